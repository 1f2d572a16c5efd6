#pragma once
// The few places where the window would ask the user in a modal box. Tests (and anything that
// drives the window) replace these hooks so no nested event loop ever waits for a click.

#include <QString>
#include <functional>

class QWidget;

namespace ik::ui {

struct Hooks {
    // Yes/no question; true means go ahead.
    std::function<bool(QWidget* parent, const QString& title, const QString& text)> confirm;
    // File to save to / open; empty means cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)> saveFile;
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)> openFile;
    // A message the user must see (import refusals, failed writes).
    std::function<void(QWidget* parent, const QString& title, const QString& text)> inform;
    // A folder to use, starting at `start`; empty means cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& start)> openFolder;
};

// The process-wide hooks; defaults use QMessageBox and QFileDialog.
Hooks& hooks();

} // namespace ik::ui
