#pragma once
// The small contract between a view and the window (DESIGN.md "Layers": each view declares its
// title, icon, shortcut, menu actions and the workload kinds it serves; the shell installs what it
// is given). The window keeps no list of pages by index and finds no menu by its text.

#include "wire.h"

#include <QIcon>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QAction;

namespace ik::ui {

// The window's menus, by role rather than by (translated) title.
enum class MenuRole { File, Workloads, View, Sandbox, Help };

struct MenuEntry {
    MenuRole menu = MenuRole::View;
    QAction* action = nullptr; // owned by the view
};

struct ViewSpec {
    QString id;    // stable: object names, settings ("playground", "compare", ...)
    QString title; // with its mnemonic, e.g. "&Playground"
    QIcon icon;
    QKeySequence shortcut;     // brings the view forward and focuses its first field
    QList<WorkloadKind> kinds; // the kinds it serves: activating such a workload brings it forward
    QList<MenuEntry> menuEntries;
    QPointer<QWidget> widget; // the page
    QPointer<QWidget> dock;   // optional: a side panel the window docks (the inspector)
    QString dockTitle;
    QKeySequence dockShortcut; // toggles the dock
};

} // namespace ik::ui
