#include "mainwindow.h"

#include "keydrafts.h"
#include "keystore.h"
#include "keyvault.h"
#include "workloadmodel.h"
#include "workloadpanel.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

namespace ik::ui {

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent), m_nam(options.nam ? options.nam : new QNetworkAccessManager(this)),
      m_keychain(options.keychain
                     ? options.keychain
                     : new KeychainKeyStore(QString::fromLatin1(kKeychainService), this)),
      m_vault(new KeyVault(m_keychain, this)), m_drafts(new KeyDrafts(this)),
      m_store(options.workloadsPath), m_model(new WorkloadModel(this)),
      m_splitter(new QSplitter(this)), m_tree(new QTreeView(m_splitter)),
      m_pages(new QTabWidget(this)), m_keysStatus(new QLabel(this)),
      m_sandboxStatus(new QLabel(this)), m_statusTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("InferenceKey Playground"));
    setWindowIcon(appIcon());
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
    m_statusTimer->setSingleShot(true);
    // Coalesces the burst of key-store answers at start-up into one pass over the sidebar.
    m_statusTimer->setInterval(30);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatuses);

    buildServices();
    buildSidebar();
    m_splitter->addWidget(buildRight());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({280, 900});
    setCentralWidget(m_splitter);
    buildStatusBar();
    buildActions();
    buildMenus();
    buildToolBar();
    loadWorkloads(options);
}

MainWindow::~MainWindow() {
    // The views' run sessions use m_services and m_guard: they go first, while both still exist
    // (QWidget would delete them only after this class's members).
    delete takeCentralWidget();
    qDeleteAll(findChildren<QDockWidget*>(Qt::FindDirectChildrenOnly));
}

void MainWindow::buildServices() {
    m_services.nam = m_nam;
    m_services.guard = &m_guard;
    m_services.keyLookup = draftsThenVault(m_drafts, m_vault);
    m_services.guardLearned = [self = QPointer<MainWindow>(this)] {
        if (self)
            self->persistGuard();
    };
    connect(m_vault, &KeyVault::changed, this, [this](const QString& account) {
        for (const Workload& w : workloads())
            if (w.account() == account)
                m_guard.noteStoredKey(w.ref(), m_vault->info(account).keyId);
        scheduleStatusRefresh();
    });
    // The sidebar's verdict is the verdict on the key the next send uses: the draft, if any.
    connect(m_drafts, &KeyDrafts::changed, this, &MainWindow::scheduleStatusRefresh);
}

void MainWindow::persistGuard() {
    QSettings().setValue(QStringLiteral("guard/answers"), m_guard.rememberedAnswers());
    m_panel->refreshVerdict();
    scheduleStatusRefresh();
}

void MainWindow::loadWorkloads(const Options& options) {
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

void MainWindow::activateCurrentWorkload() {
    const auto w = currentWorkload();
    if (!w)
        return;
    for (const InstalledView& v : std::as_const(m_views)) {
        if (v.spec.kinds.contains(w->kind)) {
            showView(v.spec.id);
            return;
        }
    }
}

void MainWindow::rebuildModel() {
    // A restored selection waits for its workload to be listed (the sandbox's arrive after the
    // first rebuild); meanwhile the first workload stands in without taking its place.
    const QString keep = (m_currentId.isEmpty() || m_standIn) && !m_wantedSelection.isEmpty()
                             ? m_wantedSelection
                             : m_currentId;
    QSignalBlocker blocker(m_tree->selectionModel());
    m_model->setWorkloads(workloads(), tr("Local sandbox"));
    m_tree->expandAll();
    blocker.unblock();
    m_currentId.clear();
    m_rebuilding = true;
    if (!keep.isEmpty() && selectWorkload(keep)) {
        m_standIn = false;
        if (keep == m_wantedSelection)
            m_wantedSelection.clear();
    } else {
        // Nothing to restore: the first workload, so a newcomer sees something selected.
        m_standIn = !m_wantedSelection.isEmpty();
        const auto all = workloads();
        if (all.isEmpty() || !selectWorkload(all.first().id))
            onSelectionChanged();
    }
    m_rebuilding = false;
    scheduleStatusRefresh();
    emit workloadsChanged();
}

void MainWindow::onSelectionChanged() {
    if (!m_rebuilding) { // the user's own choice replaces whatever was waiting to be restored
        m_standIn = false;
        m_wantedSelection.clear();
    }
    const QString id = m_model->idAt(m_tree->selectionModel()->currentIndex());
    if (id == m_currentId && !id.isEmpty())
        return;
    m_currentId = id;
    const auto w = currentWorkload();
    m_panel->setWorkload(w);
    if (w && !m_standIn)
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
    // The sidebar's marks are the guard's verdicts on the keys the next send would use (an
    // unsaved draft first); the secrets are read, judged and dropped here, never kept.
    QPointer<MainWindow> self(this);
    for (const Workload& w : workloads()) {
        m_services.keyLookup(w, [self, w](const QString& key) {
            if (!self)
                return;
            const QString account = w.account();
            KeyState state = self->m_vault->info(account).state;
            if (key.isEmpty() && !self->m_drafts->has(account))
                state = KeyState::Missing;
            self->m_model->setStatus(w.id, state, judgeSend(&self->m_guard, w, key));
        });
    }
    m_keysStatus->setText(m_vault->sessionOnly() ? tr("Keys: this session only")
                                                 : tr("Keys: system keychain"));
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

void MainWindow::saveSettings() {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/view"), currentViewId());
    const QString selection = m_standIn ? m_wantedSelection : m_currentId;
    if (!selection.isEmpty())
        settings.setValue(QStringLiteral("selection/workload"), selection);
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(QSize(1280, 800).boundedTo(screen()->availableGeometry().size()));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_wantedView = settings.value(QStringLiteral("window/view")).toString();
    m_wantedSelection = settings.value(QStringLiteral("selection/workload")).toString();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ik::ui
