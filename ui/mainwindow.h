#pragma once
// The main window (issue 3): workloads grouped by project in a sidebar, the selected workload's
// key and guard verdict, the views of the next issues in the central area, a status bar.

#include "guard.h"
#include "sandbox.h"
#include "workloads.h"

#include <QMainWindow>
#include <QPointer>
#include <optional>

class QAction;
class QCheckBox;
class QFrame;
class QLabel;
class QNetworkAccessManager;
class QSplitter;
class QTabWidget;
class QTimer;
class QTreeView;

namespace ik {
class KeyStore;
class KeyVault;
} // namespace ik

namespace ik::ui {

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

    // The in-process sandbox on a free loopback port; its workloads under "Local sandbox".
    bool startSandbox(QString* error = nullptr);
    sandbox::Sandbox* sandbox() const { return m_sandbox; }

    QList<Workload> workloads() const; // the user's, then the sandbox's
    std::optional<Workload> currentWorkload() const;
    bool selectWorkload(const QString& id);
    QString sandboxWorkloadId(const QString& project, const QString& slug) const;

    KeyVault* vault() const { return m_vault; }
    CredentialGuard* guard() { return &m_guard; }
    WorkloadPanel* panel() const { return m_panel; }
    QNetworkAccessManager* networkManager() const { return m_nam; }
    QTabWidget* views() const { return m_views; }
    // The central area's pages; the next issues replace the placeholders through this.
    void setViewPage(int index, QWidget* page, const QString& title);

public slots:
    void addWorkload();
    void editWorkload();
    void duplicateWorkload();
    void removeWorkload();
    void importFromProject();
    void exportWorkloads();
    void importWorkloadsFile();
    void offerEnvironmentImport();

signals:
    void currentWorkloadChanged(const std::optional<ik::Workload>& workload);
    void workloadsChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void buildMenus();
    void rebuildModel();
    void scheduleStatusRefresh();
    void refreshStatuses();
    void persist();
    void saveSettings();
    void restoreSettings();
    void onSelectionChanged();
    void updateActions();
    void showBanner(bool sessionOnly, const QString& problem);
    void acceptWorkloadDialog(class WorkloadDialog* dialog);
    bool accountUsedElsewhere(const QString& account, const QString& exceptId) const;
    std::optional<Workload> findWorkload(const QString& id) const;

    QNetworkAccessManager* m_nam;
    KeyStore* m_keychain;
    KeyVault* m_vault;
    CredentialGuard m_guard;
    WorkloadStore m_store;
    QList<Workload> m_workloads;        // the user's, persisted
    QList<Workload> m_sandboxWorkloads; // this session's sandbox, never persisted
    QPointer<sandbox::Sandbox> m_sandbox;
    QString m_wantedSelection;
    QString m_currentId;

    WorkloadModel* m_model;
    QSplitter* m_splitter;
    QTreeView* m_tree;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QFrame* m_envBar;
    QLabel* m_envText;
    QCheckBox* m_envUseKey;
    WorkloadPanel* m_panel;
    QTabWidget* m_views;
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
