// The window's workload list: the local sandbox's, adding, editing, duplicating and removing the
// user's (keys follow their workload in the keychain), importing from a project's control plane
// or a file, exporting (never with keys) and the first-start offer of the environment's settings.

#include "mainwindow.h"
#include "settingsdialog.h"

#include "hooks.h"
#include "importdialog.h"
#include "keydrafts.h"
#include "keystore.h"
#include "keyvault.h"
#include "workloaddialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>

namespace ik::ui {

namespace {

QString hostPort(const QUrl& url) {
    return url.port() == -1 ? url.host() : url.host() + u':' + QString::number(url.port());
}

QString controlAccount(const QString& baseUrl, const QString& project) {
    return QStringLiteral("control/") + hostPort(QUrl(trimBaseUrl(baseUrl.trimmed()))) + u'/' +
           project.trimmed();
}

Workload fromEnvironment() {
    Workload w;
    w.baseUrl = resolveSetting({}, "INFERENCEKEY_BASE_URL", QString::fromLatin1(kDefaultBaseUrl));
    w.project = resolveSetting({}, "INFERENCEKEY_PROJECT");
    return w;
}

} // namespace

void MainWindow::setProxyRules(const ProxyRules& rules) {
    // On the manager, not application-wide: Qt's global proxy path sends loopback direct.
    m_nam->setProxyFactory(new RulesProxyFactory(rules));
}

void MainWindow::openSettings() {
    if (auto* open = findChild<SettingsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// The port of the last launch, so the keychain accounts of sandbox workloads (the port is part
// of <host[:port]>/<project>/<workload>) and copied curl commands stay valid across restarts.
// Another port only when that one is taken.
bool MainWindow::listenSandbox(sandbox::Sandbox* sb, quint16* previous, QString* error) {
    const uint remembered = QSettings().value(QStringLiteral("sandbox/port")).toUInt();
    *previous = remembered <= 65535 ? quint16(remembered) : 0;
    if (*previous != 0 && sb->listen(*previous))
        return true;
    if (!sb->listen(0, error))
        return false;
    QSettings().setValue(QStringLiteral("sandbox/port"), sb->port());
    return true;
}

bool MainWindow::startSandbox(QString* error) {
    if (m_sandbox)
        return true;
    auto* sb = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    quint16 previous = 0;
    if (!listenSandbox(sb, &previous, error)) {
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
        Workload before = w;
        before.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(previous);
        if (previous != 0 && previous != sb->port()) {
            // The port moved: a key saved under the old account follows it to the new one.
            m_vault->move(before.account(), w.account(),
                          [vault = QPointer<KeyVault>(m_vault), account = w.account(),
                           key](bool, const QString&) {
                              if (vault && !key.isEmpty())
                                  vault->storeForSession(account, key);
                          });
        } else if (!key.isEmpty()) {
            m_vault->storeForSession(w.account(), key);
        }
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

void MainWindow::openWorkloadDialog(int mode, const Workload& workload, bool hasStoredKey) {
    auto* dialog =
        new WorkloadDialog(WorkloadDialog::Mode(mode), workload, &m_guard, hasStoredKey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptWorkloadDialog(dialog); });
    dialog->open();
}

void MainWindow::addWorkload() {
    Workload w = fromEnvironment();
    if (const auto current = currentWorkload(); current && !current->sandbox) {
        w.baseUrl = current->baseUrl;
        w.project = current->project;
    }
    openWorkloadDialog(int(WorkloadDialog::Mode::Add), w, false);
}

void MainWindow::addFromEnvironment() {
    auto* dialog =
        new WorkloadDialog(WorkloadDialog::Mode::Add, fromEnvironment(), &m_guard, false, this);
    if (m_envUseKey->isChecked())
        dialog->setKey(normaliseKey(resolveSetting({}, "INFERENCEKEY_API_KEY")));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        acceptWorkloadDialog(dialog);
        m_envBar->hide();
    });
    dialog->open();
}

void MainWindow::editWorkload() {
    const auto w = currentWorkload();
    if (!w || w->sandbox)
        return;
    const KeyState state = m_vault->info(w->account()).state;
    openWorkloadDialog(int(WorkloadDialog::Mode::Edit), *w,
                       state == KeyState::Stored || state == KeyState::SessionOnly);
}

void MainWindow::duplicateWorkload() {
    const auto w = currentWorkload();
    if (!w)
        return;
    Workload copy = *w;
    copy.name = tr("%1 (copy)").arg(w->displayName());
    openWorkloadDialog(int(WorkloadDialog::Mode::Duplicate), copy, false);
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
        applyEdit(*old, w, key);
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

// The key follows its workload to the new keychain account (host, project or slug edited).
void MainWindow::applyEdit(const Workload& old, const Workload& w, const QString& key) {
    const QString from = old.account(), to = w.account();
    if (from == to) {
        if (!key.isEmpty())
            m_vault->store(to, key);
        return;
    }
    m_guard.forgetStoredKey(old.ref());
    if (!accountUsedElsewhere(from, w.id))
        m_drafts->clear(from);
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
        m_drafts->clear(w->account());
        m_vault->remove(w->account());
    }
    persist();
    m_currentId.clear();
    rebuildModel();
    statusBar()->showMessage(tr("Removed workload %1.").arg(w->displayName()), 5000);
}

void MainWindow::importFromProject() {
    Workload at = fromEnvironment();
    const auto current = currentWorkload();
    if (current)
        at = *current;
    auto* dialog = new ImportDialog(m_nam, at.baseUrl, at.project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (current && current->sandbox && m_sandbox) {
        // The sandbox's demo control token, for this session only.
        for (const auto& t : m_sandbox->config().controlTokens)
            if (t.project == current->project)
                dialog->setToken(t.token, false);
    } else {
        QPointer<ImportDialog> d(dialog);
        m_keychain->read(controlAccount(at.baseUrl, at.project), [d](const KeyStoreResult& r) {
            if (d && r.ok() && d->token().isEmpty())
                d->setToken(r.secret, true);
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { acceptImport(dialog); });
    dialog->open();
}

void MainWindow::acceptImport(ImportDialog* dialog) {
    QString firstId;
    int added = 0;
    for (const Workload& w : dialog->chosen()) {
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
    rememberControlToken(dialog);
    persist();
    if (!firstId.isEmpty()) {
        m_wantedSelection = firstId;
        m_currentId.clear();
    }
    rebuildModel();
    statusBar()->showMessage(
        tr("Imported %n workload(s); add each one's key in the key field.", nullptr, added), 10000);
}

void MainWindow::rememberControlToken(ImportDialog* dialog) {
    const QString account = controlAccount(dialog->baseUrl(), dialog->project());
    if (!dialog->rememberToken()) {
        m_keychain->remove(account, [](const KeyStoreResult&) {});
        return;
    }
    QPointer<MainWindow> self(this);
    m_keychain->write(account, dialog->token(), [self](const KeyStoreResult& r) {
        if (self && !r.ok())
            self->statusBar()->showMessage(
                tr("The control token was not remembered: %1").arg(keyStoreProblem(r)));
    });
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

} // namespace ik::ui
