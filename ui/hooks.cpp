#include "hooks.h"

#include <QFileDialog>
#include <QMessageBox>

namespace ik::ui {

Hooks& hooks() {
    static Hooks h{
        [](QWidget* parent, const QString& title, const QString& text) {
            return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                         QMessageBox::No) == QMessageBox::Yes;
        },
        [](QWidget* parent, const QString& title, const QString& filter) {
            return QFileDialog::getSaveFileName(parent, title, {}, filter);
        },
        [](QWidget* parent, const QString& title, const QString& filter) {
            return QFileDialog::getOpenFileName(parent, title, {}, filter);
        },
        [](QWidget* parent, const QString& title, const QString& text) {
            QMessageBox::information(parent, title, text);
        },
        [](QWidget* parent, const QString& title, const QString& start) {
            return QFileDialog::getExistingDirectory(parent, title, start);
        },
    };
    return h;
}

} // namespace ik::ui
