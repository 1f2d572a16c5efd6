#pragma once
// The main window: workloads grouped by project in a sidebar, the one current workload's header
// (WorkloadPanel), the views the shell installs in the central area, a status bar. The window
// keeps no list of pages by index and finds no menu by its text: each view declares itself in a
// ViewSpec (DESIGN.md "Layers") and installView() puts it where it says.

#include "guard.h"
#include "proxy.h"
#include "runsession.h"
#include "sandbox.h"
#include "viewspec.h"
#include "workloads.h"

#include <QMainWindow>
#include <QPointer>
#include <array>
#include <optional>

class QAction;
class QCheckBox;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace ik {
class KeyDrafts;
class KeyStore;
class KeyVault;
} // namespace ik

namespace ik::ui {

class WorkloadDialog;
class WorkloadModel;
class WorkloadPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Options {
        // The keychain to use; null: a KeychainKeyStore (service "ik-playground") of the window.
        KeyStore* keychain = nullptr;
        QString workloadsPath; // empty: workloads.json in the application data location
        QNetworkAccessManager* nam = nullptr; // null: one of the window's own
        bool offerEnvironment = true;         // the first-start offer to import the environment
    };
    explicit MainWindow(const Options& options, QWidget* parent = nullptr);
    explicit MainWindow(QWidget* parent = nullptr) : MainWindow(Options{}, parent) {}
    ~MainWindow() override;

    // The in-process sandbox on loopback, on the port of the last launch when it is free (else
    // another, and saved keys follow); its workloads under "Local sandbox".
    bool startSandbox(QString* error = nullptr);
    sandbox::Sandbox* sandbox() const { return m_sandbox; }
    // Which proxy each request of the window goes through (proxy.h); direct until set.
    void setProxyRules(const ProxyRules& rules);

    QList<Workload> workloads() const; // the user's, then the sandbox's
    // The one current workload of the window: the header and every view show this one.
    std::optional<Workload> currentWorkload() const;
    bool selectWorkload(const QString& id);
    // What Enter and a double-click in the sidebar do: the first view that serves the current
    // workload's kind comes forward. Selecting alone never turns the page.
    void activateCurrentWorkload();
    QString sandboxWorkloadId(const QString& project, const QString& slug) const;

    KeyVault* vault() const { return m_vault; }
    KeyDrafts* keyDrafts() const { return m_drafts; }
    CredentialGuard* guard() { return &m_guard; }
    WorkloadPanel* panel() const { return m_panel; }
    QNetworkAccessManager* networkManager() const { return m_nam; }
    // What every run session of the window shares: the network manager, the guard, the key
    // lookup (the key field's unsaved draft first, then the vault) and the guard's feedback,
    // persisted. History is the shell's to set, before it builds the views.
    SessionServices* services() { return &m_services; }

    // The view contract: the page goes into the central area, "View → <title>" (with the spec's
    // shortcut) brings it forward and focuses it, its menu entries go under their menus and its
    // dock gets a toggle under View.
    void installView(const ViewSpec& spec);
    QMenu* menu(MenuRole role) const;
    void showView(const QString& id); // brings it forward and into its first field
    QStringList viewIds() const;      // in the order installed
    QString currentViewId() const;
    QWidget* currentView() const;
    QWidget* view(const QString& id) const;
    QAction* viewAction(const QString& id) const; // its "View → <title>" action
    QDockWidget* dock(const QString& id) const;

public slots:
    void addWorkload();
    void editWorkload();
    void duplicateWorkload();
    void removeWorkload();
    void importFromProject();
    void exportWorkloads();
    void importWorkloadsFile();
    void offerEnvironmentImport();
    void openSettings(); // File → Settings… (Ctrl+,); one dialog at a time

signals:
    void currentWorkloadChanged(const std::optional<ik::Workload>& workload);
    void workloadsChanged();
    // The settings chose another language ("" for the system's); the shell puts it into effect.
    void languageChosen(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct InstalledView {
        ViewSpec spec;
        QAction* show = nullptr;
        QDockWidget* dock = nullptr;
    };

    // Built once, by the constructor (mainwindowparts.cpp).
    void buildServices();
    void buildSidebar();
    QWidget* buildRight();
    QFrame* buildKeychainBanner(QWidget* parent);
    QFrame* buildEnvironmentBar(QWidget* parent);
    void buildStatusBar();
    void buildActions();
    void buildMenus();
    void buildToolBar();
    void loadWorkloads(const Options& options);
    bool listenSandbox(sandbox::Sandbox* sb, quint16* previous, QString* error);

    void rebuildModel();
    void scheduleStatusRefresh();
    void refreshStatuses();
    void persist();
    void persistGuard();
    void saveSettings();
    void restoreSettings();
    void onSelectionChanged();
    void updateActions();
    void showBanner(bool sessionOnly, const QString& problem);
    void openWorkloadDialog(int mode, const Workload& workload, bool hasStoredKey);
    void acceptWorkloadDialog(WorkloadDialog* dialog);
    void applyEdit(const Workload& old, const Workload& w, const QString& key);
    void acceptImport(class ImportDialog* dialog);
    void rememberControlToken(class ImportDialog* dialog);
    void addFromEnvironment();
    bool accountUsedElsewhere(const QString& account, const QString& exceptId) const;
    std::optional<Workload> findWorkload(const QString& id) const;
    const InstalledView* installed(const QString& id) const;
    void addViewDock(InstalledView* view);

    QNetworkAccessManager* m_nam;
    KeyStore* m_keychain;
    KeyVault* m_vault;
    KeyDrafts* m_drafts;
    CredentialGuard m_guard;
    SessionServices m_services;
    WorkloadStore m_store;
    QList<Workload> m_workloads;        // the user's, persisted
    QList<Workload> m_sandboxWorkloads; // this session's sandbox, never persisted
    QPointer<sandbox::Sandbox> m_sandbox;
    QString m_wantedSelection;
    bool m_standIn = false;    // the selection only holds the place of m_wantedSelection
    bool m_rebuilding = false; // selection changes come from rebuildModel, not the user
    QString m_wantedView;      // the view on show when the window closed, until it is installed
    QString m_currentId;
    QList<InstalledView> m_views;
    std::array<QMenu*, 5> m_menus{}; // by MenuRole
    QAction* m_viewsEnd = nullptr;   // View menu: the views above it, the docks' toggles below

    WorkloadModel* m_model;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QFrame* m_envBar = nullptr;
    QLabel* m_envText = nullptr;
    QCheckBox* m_envUseKey = nullptr;
    WorkloadPanel* m_panel = nullptr;
    QTabWidget* m_pages;
    QLabel* m_keysStatus;
    QLabel* m_sandboxStatus;
    QTimer* m_statusTimer;

    QAction* m_addAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_importProjectAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_importFileAction = nullptr;
    QAction* m_testAction = nullptr;
    QAction* m_sandboxAction = nullptr;
    QAction* m_quitAction = nullptr;
};

} // namespace ik::ui
