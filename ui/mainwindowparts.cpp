// The main window's fixed parts, built once by its constructor: the sidebar, the banners, the
// workload header, the central area, the status bar, actions, menus and the tool bar.

#include "mainwindow.h"

#include "buildinfo.h"
#include "hooks.h"
#include "icons.h"
#include "keyvault.h"
#include "workloadmodel.h"
#include "workloadpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

QFrame* bar(const QString& objectName, QWidget* parent) {
    auto* frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    // Palette roles, not colours: legible in light and dark themes alike.
    frame->setBackgroundRole(QPalette::ToolTipBase);
    frame->setForegroundRole(QPalette::ToolTipText);
    frame->setAutoFillBackground(true);
    return frame;
}

QPushButton* button(const QString& text, const QString& name, const QString& accessible,
                    QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}

// The least the views' side and the whole window are given, chosen so the window fits a
// 1024x700 screen with the inspector open; explicit, so no child's minimum can grow them.
constexpr QSize kRightMinimum(480, 320);
constexpr QSize kWindowMinimum(760, 520);

} // namespace

void MainWindow::buildSidebar() {
    setMinimumSize(kWindowMinimum);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tree->setObjectName(QStringLiteral("workloadTree"));
    m_tree->setAccessibleName(tr("Workloads"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(WorkloadModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(WorkloadModel::KeyColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WorkloadModel::VerdictColumn, QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setMinimumWidth(220);
    // Arrowing through the list selects (the header and every view follow); only activating a
    // workload (Enter, double-click) turns the page to the view that serves its kind.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (m_model->idAt(index) == m_currentId && !m_currentId.isEmpty())
            activateCurrentWorkload();
    });
}

QWidget* MainWindow::buildRight() {
    auto* right = new QWidget(m_splitter);
    auto* layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    m_banner = buildKeychainBanner(right);
    m_envBar = buildEnvironmentBar(right);
    m_panel = new WorkloadPanel(&m_services, m_vault, m_drafts, right);
    connect(m_panel, &WorkloadPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    m_pages->setParent(right);
    m_pages->setObjectName(QStringLiteral("views"));
    m_pages->setAccessibleName(tr("Views"));
    m_pages->setDocumentMode(true);
    layout->addWidget(m_banner);
    layout->addWidget(m_envBar);
    layout->addWidget(m_panel);
    layout->addWidget(m_pages, 1);
    // A minimum of its own, so what a view shows (an error card, a long state line, a status)
    // never widens or heightens the window nor pushes the sidebar's splitter: the layout only
    // ever sees this size, not the views' wishes.
    right->setMinimumSize(kRightMinimum);
    return right;
}

QFrame* MainWindow::buildKeychainBanner(QWidget* parent) {
    QFrame* banner = bar(QStringLiteral("keychainBanner"), parent);
    banner->setAccessibleName(tr("Keychain problem"));
    auto* layout = new QHBoxLayout(banner);
    auto* icon = new QLabel(banner);
    icon->setPixmap(keyStateIcon(KeyState::SessionOnly).pixmap(20, 20));
    m_bannerText = new QLabel(banner);
    m_bannerText->setObjectName(QStringLiteral("keychainBannerText"));
    m_bannerText->setWordWrap(true);
    auto* retry =
        button(tr("&Retry"), QStringLiteral("keychainRetry"), tr("Retry the keychain"), banner);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(retry, 0, Qt::AlignTop);
    banner->hide();
    connect(retry, &QPushButton::clicked, m_vault, &KeyVault::retry);
    connect(m_vault, &KeyVault::availabilityChanged, this, &MainWindow::showBanner);
    return banner;
}

QFrame* MainWindow::buildEnvironmentBar(QWidget* parent) {
    QFrame* envBar = bar(QStringLiteral("envBar"), parent);
    envBar->setAccessibleName(tr("Import from the environment"));
    m_envText = new QLabel(envBar);
    m_envText->setObjectName(QStringLiteral("envText"));
    m_envText->setWordWrap(true);
    m_envUseKey = new QCheckBox(tr("Use its &key"), envBar);
    m_envUseKey->setObjectName(QStringLiteral("envUseKey"));
    m_envUseKey->setAccessibleName(tr("Use the key from INFERENCEKEY_API_KEY"));
    auto* add = button(tr("Add &workload from environment…"), QStringLiteral("envAdd"),
                       tr("Add workload from environment"), envBar);
    auto* dismiss = button(tr("Dismiss"), QStringLiteral("envDismiss"),
                           tr("Dismiss the environment offer"), envBar);
    auto* layout = new QHBoxLayout(envBar);
    layout->addWidget(m_envText, 1);
    layout->addWidget(m_envUseKey);
    layout->addWidget(add);
    layout->addWidget(dismiss);
    envBar->hide();
    connect(dismiss, &QPushButton::clicked, envBar, &QWidget::hide);
    connect(add, &QPushButton::clicked, this, &MainWindow::addFromEnvironment);
    return envBar;
}

void MainWindow::buildStatusBar() {
    m_keysStatus->setObjectName(QStringLiteral("keysStatus"));
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatus"));
    statusBar()->addPermanentWidget(m_sandboxStatus);
    statusBar()->addPermanentWidget(m_keysStatus);
    m_keysStatus->setText(tr("Keys: system keychain"));
}

void MainWindow::buildActions() {
    auto make = [this](const QString& text, const QString& name, const QKeySequence& key,
                       void (MainWindow::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addAction = make(tr("&Add workload…"), QStringLiteral("actionAdd"), QKeySequence::New,
                       &MainWindow::addWorkload);
    m_addAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    m_editAction = make(tr("&Edit workload…"), QStringLiteral("actionEdit"),
                        QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::editWorkload);
    m_duplicateAction = make(tr("&Duplicate workload…"), QStringLiteral("actionDuplicate"),
                             QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::duplicateWorkload);
    m_removeAction = make(tr("&Remove workload"), QStringLiteral("actionRemove"),
                          QKeySequence::Delete, &MainWindow::removeWorkload);
    // Delete must not steal the key from text fields: only the sidebar answers it.
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_removeAction);
    m_tree->addAction(m_editAction);
    m_tree->addAction(m_duplicateAction);
    m_importProjectAction =
        make(tr("&Import workloads from project…"), QStringLiteral("actionImportProject"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), &MainWindow::importFromProject);
    m_exportAction =
        make(tr("E&xport workloads…"), QStringLiteral("actionExport"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::exportWorkloads);
    m_importFileAction = make(tr("Import workloads &file…"), QStringLiteral("actionImportFile"),
                              QKeySequence::Open, &MainWindow::importWorkloadsFile);
    m_testAction = new QAction(tr("&Test connection"), this);
    m_testAction->setObjectName(QStringLiteral("actionTest"));
    m_testAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_testAction, &QAction::triggered, m_panel, &WorkloadPanel::testConnection);
    connect(m_panel, &WorkloadPanel::canSendChanged, m_testAction, &QAction::setEnabled);
    m_sandboxAction = new QAction(tr("Start the local &sandbox"), this);
    m_sandboxAction->setObjectName(QStringLiteral("actionSandbox"));
    m_sandboxAction->setIcon(sandboxIcon());
    connect(m_sandboxAction, &QAction::triggered, this, [this] {
        QString error;
        if (!startSandbox(&error))
            hooks().inform(this, tr("Local sandbox"), error);
    });
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::buildMenus() {
    const std::pair<MenuRole, QString> menus[] = {
        {MenuRole::File, tr("&File")}, {MenuRole::Workloads, tr("&Workloads")},
        {MenuRole::View, tr("&View")}, {MenuRole::Sandbox, tr("&Sandbox")},
        {MenuRole::Help, tr("&Help")},
    };
    for (const auto& [role, title] : menus)
        m_menus[size_t(role)] = menuBar()->addMenu(title);
    QMenu* file = menu(MenuRole::File);
    file->addAction(m_importFileAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    QAction* settings = file->addAction(tr("Se&ttings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* work = menu(MenuRole::Workloads);
    work->addActions({m_addAction, m_editAction, m_duplicateAction, m_removeAction});
    work->addSeparator();
    work->addActions({m_importProjectAction, m_testAction});
    menu(MenuRole::Sandbox)->addAction(m_sandboxAction);
    menu(MenuRole::Sandbox)->addSeparator();
    auto* sidebar = menu(MenuRole::View)->addAction(tr("Go to &workloads"), this, [this] {
        m_tree->setFocus();
    });
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    menu(MenuRole::View)->addSeparator();
    m_viewsEnd = menu(MenuRole::View)->addSeparator();
    menu(MenuRole::Help)->addAction(tr("&About"), this, [this] {
        hooks().inform(this, tr("About InferenceKey Playground"),
                       tr("InferenceKey Playground %1\nCommit %2 · Qt %3 (built with %4)\n"
                          "Keys live in the system keychain (service \u201cik-playground\u201d), "
                          "never in files.")
                           .arg(buildVersion(), buildCommit(), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR)));
    });
    // Qt's overflow button (shown when the window is too narrow) has no name of its own.
    if (auto* more = menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
}

void MainWindow::buildToolBar() {
    auto* tools = addToolBar(tr("Workloads"));
    tools->setObjectName(QStringLiteral("workloadsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_addAction);
    tools->addAction(m_importProjectAction);
    // Test connection is on the workload header's line, next to what it tests.
    tools->addAction(m_sandboxAction);
    if (auto* more = tools->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More workload actions"));
}

} // namespace ik::ui
