// The view contract on the window's side (DESIGN.md "Layers": each view declares its title,
// icon, shortcut, menu actions and the workload kinds it serves; the shell installs what it is
// given). Views are known by their spec's id, menus by their role, never by index or title.

#include "mainwindow.h"

#include "icons.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>

namespace ik::ui {

void MainWindow::installView(const ViewSpec& spec) {
    if (!spec.widget || spec.id.isEmpty() || installed(spec.id))
        return;
    InstalledView v;
    v.spec = spec;
    if (spec.widget->objectName().isEmpty())
        spec.widget->setObjectName(spec.id + QStringLiteral("View"));
    QIcon icon = spec.icon;
    if (icon.isNull() && !spec.kinds.isEmpty())
        icon = kindIcon(spec.kinds.first());
    m_pages->addTab(spec.widget, icon, spec.title);

    v.show = new QAction(icon, spec.title, this);
    v.show->setObjectName(QStringLiteral("view-") + spec.id);
    v.show->setShortcut(spec.shortcut);
    const QString id = spec.id;
    connect(v.show, &QAction::triggered, this, [this, id] { showView(id); });
    menu(MenuRole::View)->insertAction(m_viewsEnd, v.show);
    for (const MenuEntry& entry : spec.menuEntries)
        if (entry.action)
            menu(entry.menu)->addAction(entry.action);
    addViewDock(&v);
    m_views.append(v);
    if (id == m_wantedView) {
        m_pages->setCurrentWidget(spec.widget);
        m_wantedView.clear();
    }
}

void MainWindow::addViewDock(InstalledView* v) {
    if (!v->spec.dock)
        return;
    QString title = v->spec.dockTitle;
    auto* dock = new QDockWidget(title.remove(u'&'), this);
    dock->setObjectName(v->spec.id + QStringLiteral("Dock"));
    // In a scroll area: the dock may be shorter than what it holds, so opening it takes room
    // from the view above instead of growing the window.
    auto* scroll = new QScrollArea(dock);
    scroll->setObjectName(v->spec.id + QStringLiteral("DockScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(v->spec.dock);
    dock->setWidget(scroll);
    // Where it was when the window closed, if it was; else below, hidden until asked for.
    if (!restoreDockWidget(dock)) {
        addDockWidget(Qt::BottomDockWidgetArea, dock);
        dock->hide();
    }
    QAction* toggle = dock->toggleViewAction();
    toggle->setText(v->spec.dockTitle);
    toggle->setObjectName(QStringLiteral("dock-") + v->spec.id);
    toggle->setShortcut(v->spec.dockShortcut);
    menu(MenuRole::View)->addAction(toggle);
    v->dock = dock;
}

QMenu* MainWindow::menu(MenuRole role) const {
    return m_menus[size_t(role)];
}

const MainWindow::InstalledView* MainWindow::installed(const QString& id) const {
    for (const InstalledView& v : m_views)
        if (v.spec.id == id)
            return &v;
    return nullptr;
}

void MainWindow::showView(const QString& id) {
    const InstalledView* v = installed(id);
    if (!v || !v->spec.widget)
        return;
    QWidget* page = v->spec.widget;
    m_pages->setCurrentWidget(page);
    // A view names its first field (its focus proxy): go there.
    if (page->focusProxy())
        page->setFocus(Qt::ShortcutFocusReason);
}

QStringList MainWindow::viewIds() const {
    QStringList ids;
    for (const InstalledView& v : m_views)
        ids.append(v.spec.id);
    return ids;
}

QString MainWindow::currentViewId() const {
    for (const InstalledView& v : m_views)
        if (v.spec.widget && v.spec.widget == m_pages->currentWidget())
            return v.spec.id;
    return {};
}

QWidget* MainWindow::currentView() const {
    return m_pages->currentWidget();
}

QWidget* MainWindow::view(const QString& id) const {
    const InstalledView* v = installed(id);
    return v ? v->spec.widget.data() : nullptr;
}

QAction* MainWindow::viewAction(const QString& id) const {
    const InstalledView* v = installed(id);
    return v ? v->show : nullptr;
}

QDockWidget* MainWindow::dock(const QString& id) const {
    const InstalledView* v = installed(id);
    return v ? v->dock : nullptr;
}

} // namespace ik::ui
