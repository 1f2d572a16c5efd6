#include "mainwindow.h"

#include "hooks.h"
#include "icons.h"
#include "importdialog.h"
#include "keystore.h"
#include "keyvault.h"
#include "sandbox.h"
#include "workloaddialog.h"
#include "workloadmodel.h"
#include "workloadpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ik::ui {

namespace {

QString hostPort(const QUrl& url) {
    return url.port() == -1 ? url.host() : url.host() + u':' + QString::number(url.port());
}

QString controlAccount(const QString& baseUrl, const QString& project) {
    return QStringLiteral("control/") + hostPort(QUrl(trimBaseUrl(baseUrl.trimmed()))) + u'/' +
           project.trimmed();
}

QWidget* placeholderPage(const QString& objectName, const QString& title, const QString& text) {
    auto* page = new QWidget;
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(title, page);
    QFont f = heading->font();
    f.setBold(true);
    heading->setFont(f);
    auto* body = new QLabel(text, page);
    body->setWordWrap(true);
    body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
    page->setAccessibleName(title);
    return page;
}

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

} // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent), m_nam(options.nam ? options.nam : new QNetworkAccessManager(this)),
      m_keychain(options.keychain
                     ? options.keychain
                     : new KeychainKeyStore(QString::fromLatin1(kKeychainService), this)),
      m_vault(new KeyVault(m_keychain, this)), m_store(options.workloadsPath),
      m_model(new WorkloadModel(this)), m_splitter(new QSplitter(this)),
      m_tree(new QTreeView(m_splitter)), m_banner(nullptr), m_bannerText(nullptr),
      m_envBar(nullptr), m_envText(nullptr), m_envUseKey(nullptr), m_panel(nullptr),
      m_views(new QTabWidget(this)), m_keysStatus(new QLabel(this)),
      m_sandboxStatus(new QLabel(this)), m_statusTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("InferenceKey Playground"));
    setWindowIcon(appIcon());
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);

    m_statusTimer->setSingleShot(true);
    // Coalesces the burst of key-store answers at start-up into one pass over the sidebar.
    m_statusTimer->setInterval(30);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatuses);

    // Sidebar.
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tree->setObjectName(QStringLiteral("workloadTree"));
    m_tree->setAccessibleName(tr("Workloads"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WorkloadModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(WorkloadModel::KeyColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(WorkloadModel::VerdictColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->setMinimumWidth(220);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (!m_model->idAt(index).isEmpty() && !currentWorkload()->sandbox)
            editWorkload();
    });

    // Right side: banners, the selected workload, the views.
    auto* right = new QWidget(m_splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 6);

    m_banner = bar(QStringLiteral("keychainBanner"), right);
    m_banner->setAccessibleName(tr("Keychain problem"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    auto* bannerIcon = new QLabel(m_banner);
    bannerIcon->setPixmap(keyStateIcon(KeyState::SessionOnly).pixmap(20, 20));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("keychainBannerText"));
    m_bannerText->setWordWrap(true);
    auto* retry = new QPushButton(tr("&Retry"), m_banner);
    retry->setObjectName(QStringLiteral("keychainRetry"));
    retry->setAccessibleName(tr("Retry the keychain"));
    bannerLayout->addWidget(bannerIcon, 0, Qt::AlignTop);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(retry, 0, Qt::AlignTop);
    m_banner->hide();
    connect(retry, &QPushButton::clicked, m_vault, &KeyVault::retry);
    connect(m_vault, &KeyVault::availabilityChanged, this, &MainWindow::showBanner);

    m_envBar = bar(QStringLiteral("envBar"), right);
    m_envBar->setAccessibleName(tr("Import from the environment"));
    auto* envLayout = new QHBoxLayout(m_envBar);
    m_envText = new QLabel(m_envBar);
    m_envText->setObjectName(QStringLiteral("envText"));
    m_envText->setWordWrap(true);
    m_envUseKey = new QCheckBox(tr("Use its &key"), m_envBar);
    m_envUseKey->setObjectName(QStringLiteral("envUseKey"));
    m_envUseKey->setAccessibleName(tr("Use the key from INFERENCEKEY_API_KEY"));
    auto* envAdd = new QPushButton(tr("Add &workload from environment…"), m_envBar);
    envAdd->setObjectName(QStringLiteral("envAdd"));
    envAdd->setAccessibleName(tr("Add workload from environment"));
    auto* envDismiss = new QPushButton(tr("Dismiss"), m_envBar);
    envDismiss->setObjectName(QStringLiteral("envDismiss"));
    envDismiss->setAccessibleName(tr("Dismiss the environment offer"));
    envLayout->addWidget(m_envText, 1);
    envLayout->addWidget(m_envUseKey);
    envLayout->addWidget(envAdd);
    envLayout->addWidget(envDismiss);
    m_envBar->hide();
    connect(envDismiss, &QPushButton::clicked, m_envBar, &QWidget::hide);
    connect(envAdd, &QPushButton::clicked, this, [this] {
        Workload w;
        w.baseUrl =
            resolveSetting({}, "INFERENCEKEY_BASE_URL", QString::fromLatin1(kDefaultBaseUrl));
        w.project = resolveSetting({}, "INFERENCEKEY_PROJECT");
        auto* dialog = new WorkloadDialog(WorkloadDialog::Mode::Add, w, &m_guard, false, this);
        if (m_envUseKey->isChecked())
            dialog->setKey(normaliseKey(resolveSetting({}, "INFERENCEKEY_API_KEY")));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            acceptWorkloadDialog(dialog);
            m_envBar->hide();
        });
        dialog->open();
    });

    m_panel = new WorkloadPanel(m_nam, &m_guard, m_vault, right);
    connect(m_panel, &WorkloadPanel::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_panel, &WorkloadPanel::guardLearned, this, [this] {
        QSettings().setValue(QStringLiteral("guard/answers"), m_guard.rememberedAnswers());
        scheduleStatusRefresh();
    });

    m_views->setObjectName(QStringLiteral("views"));
    m_views->setAccessibleName(tr("Views"));
    m_views->setDocumentMode(true);
    m_views->addTab(placeholderPage(QStringLiteral("playgroundPage"), tr("Playground"),
                                    tr("Not built yet (next issue): a system prompt and "
                                       "multi-turn conversation, live streaming with metrics, "
                                       "an inspector and a history of every run. Every send "
                                       "will pass the credential guard shown above.")),
                    kindIcon(WorkloadKind::Chat), tr("&Playground"));
    m_views->addTab(placeholderPage(QStringLiteral("comparePage"), tr("Compare"),
                                    tr("Not built yet: two to six chat panes side by side with "
                                       "one shared prompt, a word-level diff and repeated runs.")),
                    kindIcon(WorkloadKind::Chat), tr("&Compare"));
    m_views->addTab(placeholderPage(QStringLiteral("embeddingsPage"), tr("Embeddings"),
                                    tr("Not built yet: embed a set of texts, look inside the "
                                       "vectors, a similarity heatmap, neighbours, a PCA plot, "
                                       "and rerank for rerank workloads.")),
                    kindIcon(WorkloadKind::Embedding), tr("&Embeddings"));

    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_envBar);
    rightLayout->addWidget(m_panel);
    rightLayout->addWidget(m_views, 1);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});
    setCentralWidget(m_splitter);

    m_keysStatus->setObjectName(QStringLiteral("keysStatus"));
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatus"));
    statusBar()->addPermanentWidget(m_sandboxStatus);
    statusBar()->addPermanentWidget(m_keysStatus);
    m_keysStatus->setText(tr("Keys: system keychain"));

    buildActions();
    buildMenus();

    connect(m_vault, &KeyVault::changed, this, [this](const QString& account) {
        for (const Workload& w : workloads())
            if (w.account() == account)
                m_guard.noteStoredKey(w.ref(), m_vault->info(account).keyId);
        scheduleStatusRefresh();
    });

    m_guard.restoreAnswers(QSettings().value(QStringLiteral("guard/answers")).toStringList());
    const WorkloadImport loaded = m_store.load();
    if (!loaded.ok())
        statusBar()->showMessage(loaded.error);
    m_workloads = loaded.workloads;
    restoreSettings();
    rebuildModel();
    for (const Workload& w : m_workloads)
        m_vault->probe(w.account());
    if (options.offerEnvironment)
        offerEnvironmentImport();
    updateActions();
}

MainWindow::~MainWindow() = default;

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
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importFileAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu* work = menuBar()->addMenu(tr("&Workloads"));
    work->addAction(m_addAction);
    work->addAction(m_editAction);
    work->addAction(m_duplicateAction);
    work->addAction(m_removeAction);
    work->addSeparator();
    work->addAction(m_importProjectAction);
    work->addAction(m_testAction);
    work->addSeparator();
    work->addAction(m_sandboxAction);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* sidebar = view->addAction(tr("Go to &workloads"), this, [this] { m_tree->setFocus(); });
    sidebar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (int i = 0; i < m_views->count(); ++i) {
        auto* a = view->addAction(m_views->tabText(i).remove(u'&'), this, [this, i] {
            m_views->setCurrentIndex(i);
            // A view names its first field (focus proxy): go there.
            if (QWidget* page = m_views->currentWidget(); page && page->focusProxy())
                page->setFocus(Qt::ShortcutFocusReason);
        });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About"), this, [this] {
        hooks().inform(this, tr("About InferenceKey Playground"),
                       tr("InferenceKey Playground %1\nKeys live in the system keychain (service "
                          "\u201cik-playground\u201d), never in files.")
                           .arg(QApplication::applicationVersion()));
    });

    auto* tools = addToolBar(tr("Workloads"));
    tools->setObjectName(QStringLiteral("workloadsToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_addAction);
    tools->addAction(m_importProjectAction);
    tools->addAction(m_testAction);
    tools->addAction(m_sandboxAction);
    // Qt's overflow buttons (shown when the window is too narrow) have no names of their own.
    if (auto* more = menuBar()->findChild<QToolButton*>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
    if (auto* more = tools->findChild<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More workload actions"));
}

QList<Workload> MainWindow::workloads() const {
    return m_workloads + m_sandboxWorkloads;
}

std::optional<Workload> MainWindow::findWorkload(const QString& id) const {
    for (const Workload& w : workloads())
        if (w.id == id)
            return w;
    return std::nullopt;
}

std::optional<Workload> MainWindow::currentWorkload() const {
    return findWorkload(m_currentId);
}

QString MainWindow::sandboxWorkloadId(const QString& project, const QString& slug) const {
    return QStringLiteral("sandbox:%1/%2").arg(project, slug);
}

bool MainWindow::selectWorkload(const QString& id) {
    const QModelIndex index = m_model->indexOfId(id);
    if (!index.isValid())
        return false;
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

void MainWindow::rebuildModel() {
    const QString keep = m_currentId.isEmpty() ? m_wantedSelection : m_currentId;
    QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setWorkloads(workloads(), tr("Local sandbox"));
    m_tree->expandAll();
    blocker.unblock();
    m_currentId.clear();
    if (!keep.isEmpty() && selectWorkload(keep)) {
        if (keep == m_wantedSelection)
            m_wantedSelection.clear();
    } else {
        // Nothing to restore: the first workload, so a newcomer sees something selected.
        const auto all = workloads();
        if (all.isEmpty() || !selectWorkload(all.first().id))
            onSelectionChanged();
    }
    scheduleStatusRefresh();
    emit workloadsChanged();
}

void MainWindow::onSelectionChanged() {
    const QString id = m_model->idAt(m_tree->selectionModel()->currentIndex());
    if (id == m_currentId && !id.isEmpty())
        return;
    m_currentId = id;
    const auto w = currentWorkload();
    m_panel->setWorkload(w);
    if (w)
        QSettings().setValue(QStringLiteral("selection/workload"), w->id);
    updateActions();
    emit currentWorkloadChanged(w);
}

void MainWindow::updateActions() {
    const auto w = currentWorkload();
    m_editAction->setEnabled(w && !w->sandbox);
    m_removeAction->setEnabled(w && !w->sandbox);
    m_duplicateAction->setEnabled(w.has_value());
    m_testAction->setEnabled(w && m_panel->canSend());
    m_sandboxAction->setEnabled(!m_sandbox);
    m_exportAction->setEnabled(!m_workloads.isEmpty());
}

void MainWindow::scheduleStatusRefresh() {
    m_statusTimer->start();
}

void MainWindow::refreshStatuses() {
    // The sidebar's marks are the guard's verdicts on the stored keys; the secrets are read,
    // judged and dropped here, never kept in the model.
    QPointer<MainWindow> self(this);
    for (const Workload& w : workloads()) {
        const QString id = w.id;
        const WorkloadRef ref = w.ref();
        const QString account = w.account();
        m_vault->read(account, [self, id, ref, account](const KeyStoreResult& r) {
            if (!self)
                return;
            const GuardVerdict v = self->m_guard.judge({ref, r.ok() ? r.secret : QString()});
            KeyState state = self->m_vault->info(account).state;
            if (!r.ok())
                state = KeyState::Missing;
            self->m_model->setStatus(id, state, v);
        });
    }
    if (m_vault->sessionOnly())
        m_keysStatus->setText(tr("Keys: this session only"));
    else
        m_keysStatus->setText(tr("Keys: system keychain"));
}

void MainWindow::showBanner(bool sessionOnly, const QString& problem) {
    m_bannerText->setText(problem);
    m_banner->setAccessibleDescription(problem);
    m_banner->setVisible(sessionOnly);
    m_keysStatus->setText(sessionOnly ? tr("Keys: this session only")
                                      : tr("Keys: system keychain"));
    m_panel->setWorkload(currentWorkload());
    scheduleStatusRefresh();
}

void MainWindow::persist() {
    QString error;
    if (!m_store.save(m_workloads, &error))
        statusBar()->showMessage(error);
    updateActions();
}

bool MainWindow::accountUsedElsewhere(const QString& account, const QString& exceptId) const {
    for (const Workload& w : workloads())
        if (w.id != exceptId && w.account() == account)
            return true;
    return false;
}

bool MainWindow::startSandbox(QString* error) {
    if (m_sandbox)
        return true;
    auto* sb = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    if (!sb->listen(0, error)) {
        delete sb;
        return false;
    }
    m_sandbox = sb;
    const sandbox::Config& config = sb->config();
    m_sandboxWorkloads.clear();
    for (const auto& spec : config.workloads) {
        const auto kind = workloadKindFromName(spec.kind);
        if (!kind)
            continue;
        Workload w;
        w.id = sandboxWorkloadId(spec.project, spec.slug);
        w.name = spec.name.isEmpty() ? spec.slug : spec.name;
        w.baseUrl = sb->baseUrl();
        w.project = spec.project;
        w.slug = spec.slug;
        w.kind = *kind;
        w.sandbox = true;
        m_sandboxWorkloads.append(w);
        const QString key = config.keyFor(spec.project, spec.slug);
        if (!key.isEmpty())
            m_vault->storeForSession(w.account(), key);
    }
    m_sandboxStatus->setText(tr("Local sandbox on %1").arg(sb->baseUrl()));
    rebuildModel();
    updateActions();
    statusBar()->showMessage(tr("Local sandbox started on %1 with %n demo workload(s).", nullptr,
                                int(m_sandboxWorkloads.size()))
                                 .arg(sb->baseUrl()),
                             10000);
    return true;
}

void MainWindow::addWorkload() {
    Workload w;
    w.baseUrl = resolveSetting({}, "INFERENCEKEY_BASE_URL", QString::fromLatin1(kDefaultBaseUrl));
    w.project = resolveSetting({}, "INFERENCEKEY_PROJECT");
    if (const auto current = currentWorkload(); current && !current->sandbox) {
        w.baseUrl = current->baseUrl;
        w.project = current->project;
    }
    auto* dialog = new WorkloadDialog(WorkloadDialog::Mode::Add, w, &m_guard, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptWorkloadDialog(dialog); });
    dialog->open();
}

void MainWindow::editWorkload() {
    const auto w = currentWorkload();
    if (!w || w->sandbox)
        return;
    const bool stored = m_vault->info(w->account()).state == KeyState::Stored ||
                        m_vault->info(w->account()).state == KeyState::SessionOnly;
    auto* dialog = new WorkloadDialog(WorkloadDialog::Mode::Edit, *w, &m_guard, stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptWorkloadDialog(dialog); });
    dialog->open();
}

void MainWindow::duplicateWorkload() {
    const auto w = currentWorkload();
    if (!w)
        return;
    Workload copy = *w;
    copy.name = tr("%1 (copy)").arg(w->displayName());
    auto* dialog = new WorkloadDialog(WorkloadDialog::Mode::Duplicate, copy, &m_guard, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptWorkloadDialog(dialog); });
    dialog->open();
}

void MainWindow::acceptWorkloadDialog(WorkloadDialog* dialog) {
    const Workload w = dialog->workload();
    const QString key = normaliseKey(dialog->key());
    if (dialog->mode() == WorkloadDialog::Mode::Edit) {
        const auto old = findWorkload(w.id);
        if (!old)
            return;
        for (Workload& each : m_workloads)
            if (each.id == w.id)
                each = w;
        const QString from = old->account(), to = w.account();
        if (from != to) {
            m_guard.forgetStoredKey(old->ref());
            if (!key.isEmpty()) {
                m_vault->store(to, key);
                if (!accountUsedElsewhere(from, w.id))
                    m_vault->remove(from);
            } else if (accountUsedElsewhere(from, w.id)) {
                // Another workload still uses the old entry: copy rather than move.
                QPointer<MainWindow> self(this);
                m_vault->read(from, [self, to](const KeyStoreResult& r) {
                    if (self && r.ok())
                        self->m_vault->store(to, r.secret);
                });
            } else {
                m_vault->move(from, to);
            }
        } else if (!key.isEmpty()) {
            m_vault->store(to, key);
        }
    } else {
        m_workloads.append(w);
        if (!key.isEmpty())
            m_vault->store(w.account(), key);
        else
            m_vault->probe(w.account());
    }
    persist();
    m_currentId.clear();
    m_wantedSelection = w.id;
    rebuildModel();
    statusBar()->showMessage(tr("Saved workload %1.").arg(w.displayName()), 5000);
}

void MainWindow::removeWorkload() {
    const auto w = currentWorkload();
    if (!w || w->sandbox)
        return;
    if (!hooks().confirm(this, tr("Remove workload"),
                         tr("Remove workload \u201c%1\u201d and delete its key from the keychain?")
                             .arg(w->displayName())))
        return;
    m_workloads.removeIf([&](const Workload& each) { return each.id == w->id; });
    if (!accountUsedElsewhere(w->account(), w->id)) {
        m_guard.forgetStoredKey(w->ref());
        m_vault->remove(w->account());
    }
    persist();
    m_currentId.clear();
    rebuildModel();
    statusBar()->showMessage(tr("Removed workload %1.").arg(w->displayName()), 5000);
}

void MainWindow::importFromProject() {
    QString base =
        resolveSetting({}, "INFERENCEKEY_BASE_URL", QString::fromLatin1(kDefaultBaseUrl));
    QString project = resolveSetting({}, "INFERENCEKEY_PROJECT");
    const auto current = currentWorkload();
    if (current) {
        base = current->baseUrl;
        project = current->project;
    }
    auto* dialog = new ImportDialog(m_nam, base, project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (current && current->sandbox && m_sandbox) {
        // The sandbox's demo control token, for this session only.
        for (const auto& t : m_sandbox->config().controlTokens)
            if (t.project == current->project)
                dialog->setToken(t.token, false);
    } else {
        QPointer<ImportDialog> d(dialog);
        m_keychain->read(controlAccount(base, project), [d](const KeyStoreResult& r) {
            if (d && r.ok() && d->token().isEmpty())
                d->setToken(r.secret, true);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<Workload> chosen = dialog->chosen();
        QString firstId;
        int added = 0;
        for (const Workload& w : chosen) {
            // Already listed: keep the existing definition (and its key).
            if (std::any_of(m_workloads.begin(), m_workloads.end(),
                            [&](const Workload& e) { return e.account() == w.account(); }))
                continue;
            m_workloads.append(w);
            m_vault->probe(w.account());
            if (firstId.isEmpty())
                firstId = w.id;
            ++added;
        }
        const QString account = controlAccount(dialog->baseUrl(), dialog->project());
        if (dialog->rememberToken()) {
            QPointer<MainWindow> self(this);
            m_keychain->write(account, dialog->token(), [self](const KeyStoreResult& r) {
                if (self && !r.ok())
                    self->statusBar()->showMessage(
                        tr("The control token was not remembered: %1").arg(keyStoreProblem(r)));
            });
        } else {
            m_keychain->remove(account, [](const KeyStoreResult&) {});
        }
        persist();
        if (!firstId.isEmpty()) {
            m_wantedSelection = firstId;
            m_currentId.clear();
        }
        rebuildModel();
        statusBar()->showMessage(tr("Imported %n workload(s); add each one's key in the key "
                                    "field.",
                                    nullptr, added),
                                 10000);
    });
    dialog->open();
}

void MainWindow::exportWorkloads() {
    const QString path = hooks().saveFile(this, tr("Export workloads"), tr("Workloads (*.json)"));
    if (path.isEmpty())
        return;
    if (!WorkloadStore(path).save(m_workloads)) {
        hooks().inform(this, tr("Export workloads"), tr("Could not write %1.").arg(path));
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n workload(s) (no keys) to %1.", nullptr, int(m_workloads.size())).arg(path),
        10000);
}

void MainWindow::importWorkloadsFile() {
    const QString path = hooks().openFile(this, tr("Import workloads"), tr("Workloads (*.json)"));
    if (path.isEmpty())
        return;
    const WorkloadImport in = WorkloadStore(path).load();
    if (!in.ok()) {
        hooks().inform(this, tr("Import workloads"), in.error);
        return;
    }
    int added = 0;
    for (Workload w : in.workloads) {
        if (findWorkload(w.id))
            w.id = newWorkloadId();
        m_workloads.append(w);
        m_vault->probe(w.account());
        ++added;
    }
    persist();
    rebuildModel();
    QString text = tr("Imported %n workload(s).", nullptr, added);
    if (!in.refused.isEmpty())
        text += QStringLiteral("\n\n") + tr("Refused:") + u'\n' + in.refused.join(u'\n');
    hooks().inform(this, tr("Import workloads"), text);
}

void MainWindow::offerEnvironmentImport() {
    QSettings settings;
    if (settings.value(QStringLiteral("environment/offered")).toBool())
        return;
    const QString base = resolveSetting({}, "INFERENCEKEY_BASE_URL");
    const QString project = resolveSetting({}, "INFERENCEKEY_PROJECT");
    const QString key = resolveSetting({}, "INFERENCEKEY_API_KEY");
    if (base.isEmpty() && project.isEmpty() && key.isEmpty())
        return;
    settings.setValue(QStringLiteral("environment/offered"), true);
    QStringList found;
    if (!project.isEmpty())
        found.append(tr("project %1").arg(project));
    found.append(
        tr("base URL %1").arg(base.isEmpty() ? QString::fromLatin1(kDefaultBaseUrl) : base));
    if (!key.isEmpty())
        found.append(tr("a key (%1)").arg(redactKey(normaliseKey(key))));
    m_envText->setText(tr("Found InferenceKey settings in the environment: %1. Add a workload "
                          "with them? The key is stored only if you tick \u201cUse its key\u201d.")
                           .arg(found.join(QStringLiteral(", "))));
    m_envUseKey->setVisible(!key.isEmpty());
    m_envUseKey->setChecked(false);
    m_envBar->show();
}

void MainWindow::setViewPage(int index, QWidget* page, const QString& title) {
    const QIcon icon = m_views->tabIcon(index);
    QWidget* old = m_views->widget(index);
    m_views->removeTab(index);
    m_views->insertTab(index, page, icon, title);
    delete old;
}

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/view"), m_views->currentIndex());
    if (!m_currentId.isEmpty())
        settings.setValue(QStringLiteral("selection/workload"), m_currentId);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_views->setCurrentIndex(settings.value(QStringLiteral("window/view"), 0).toInt());
    m_wantedSelection = settings.value(QStringLiteral("selection/workload")).toString();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ik::ui
