// End to end: the assembled window used the way people use it, with the local sandbox's demo keys
// and with a workload of the user's own whose key lives in the real keychain (gnome-keyring under
// dbus-run-session, as ./test runs it). Afterwards no secret, nor any 16-character slice of one,
// is in any file under the (throwaway) HOME, in any line Qt logged, in what the window showed in
// labels, tooltips, the status bar, the inspector or error cards, or in anything it exported or
// copied. Keys pasted into a prompt (and echoed back by the model) included.

#include "compareview.h"
#include "credential.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "errorcard.h"
#include "history.h"
#include "hooks.h"
#include "icons.h"
#include "importdialog.h"
#include "inspector.h"
#include "keyfield.h"
#include "keystore.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "shell.h"
#include "streamview.h"
#include "workloaddialog.h"
#include "workloadpanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QUuid>
#include <QtTest>

#include <cstdio>
#include <cstdlib>

using namespace ik;
using namespace ik::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// ---- every log line of the whole process, from before QApplication to after the window ----

QMutex g_logMutex;
QStringList g_log;

void recordMessage(QtMsgType, const QMessageLogContext&, const QString& message) {
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    // Still shown for whoever reads the test's output, but never with a key in it.
    std::fprintf(stderr, "%s\n", qPrintable(redactSecrets(message)));
}

QStringList loggedLines() {
    QMutexLocker lock(&g_logMutex);
    return g_log;
}

QString hex(int n) {
    QString s;
    while (s.size() < n)
        s += QUuid::createUuid().toString(QUuid::Id128);
    return s.left(n);
}

// "ik_live_<id>_<secret>" -> secret
QString secretOf(const QString& key) {
    return Credential::parse(key).secret;
}

// Every 16-character slice of every secret: a leak of a piece counts as a leak.
QList<QByteArray> needlesOf(const QStringList& secrets) {
    QList<QByteArray> out;
    for (const QString& s : secrets)
        for (qsizetype i = 0; i + 16 <= s.size(); ++i)
            out.append(s.mid(i, 16).toLatin1());
    return out;
}

QString firstHit(const QString& text, const QList<QByteArray>& needles) {
    const QByteArray bytes = text.toUtf8().toLower();
    for (const QByteArray& n : needles)
        if (bytes.contains(n))
            return QString::fromLatin1(n);
    return {};
}

// path -> the slice found in it, for every file under `root`.
QStringList filesHolding(const QString& root, const QList<QByteArray>& needles) {
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.size() > 256 * 1024 * 1024 || !f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll().toLower();
        for (const QByteArray& n : needles) {
            if (bytes.contains(n)) {
                hits.append(path + QStringLiteral(" (") + QString::fromLatin1(n) + u')');
                break;
            }
        }
    }
    return hits;
}

void type(QWidget* root, const char* name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QString g_outerHome; // HOME as the test was started (./test's throwaway one)
QString g_home;      // this test's own HOME inside it (or in TMPDIR)

} // namespace

class TstNoLeaks : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::Sandbox> m_userSandbox; // the "user's own server"
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;
    QString m_userKey = QStringLiteral("ik_live_") + hex(8) + u'_' + hex(64);
    QString m_userToken = QStringLiteral("ik_sdk_") + hex(8) + u'_' + hex(64);
    QString m_exports;   // where the export hooks write
    QStringList m_shown; // what the window said: status bar, dialogs, labels, clipboard
    int m_confirmations = 0;
    QString m_userChatId, m_userEmbedId;

    QString demoKey(const QString& project, const QString& workload) const {
        return m_window->sandbox()->config().keyFor(project, workload);
    }
    QStringList demoSecrets() const {
        QStringList out;
        for (const auto& k : m_window->sandbox()->config().keys)
            out.append(secretOf(k.key));
        for (const auto& t : m_window->sandbox()->config().controlTokens)
            out.append(secretOf(t.token));
        return out;
    }
    QStringList userSecrets() const { return {secretOf(m_userKey), secretOf(m_userToken)}; }
    QStringList allSecrets() const { return demoSecrets() + userSecrets(); }

    // Labels, tooltips and the like of every widget of the window and its dialogs. Text fields
    // the user types in (the key fields, the prompt) hold what the user put there and are not
    // looked at.
    void collectWidgetTexts() {
        if (!m_window)
            return;
        QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
        widgets.append(m_window.get());
        for (QWidget* w : widgets) {
            m_shown.append(w->toolTip());
            m_shown.append(w->accessibleName());
            m_shown.append(w->accessibleDescription());
            m_shown.append(w->windowTitle());
            if (auto* l = qobject_cast<QLabel*>(w))
                m_shown.append(l->text());
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                m_shown.append(b->text());
        }
        m_shown.append(m_window->statusBar()->currentMessage());
    }

    void checkShown(const char* where) {
        collectWidgetTexts();
        const QStringList shown = std::exchange(m_shown, {}); // one report per leak, not more
        const QList<QByteArray> needles = needlesOf(allSecrets());
        for (const QString& text : shown) {
            const QString hit = firstHit(text, needles);
            QVERIFY2(hit.isEmpty(), qPrintable(QStringLiteral("%1 showed a secret (%2): %3")
                                                   .arg(QLatin1String(where), hit,
                                                        redactSecrets(text).left(300))));
        }
    }

    QString exportPath(const QString& name) const { return m_exports + u'/' + name; }

    Workload addUserWorkload(const QString& slug, WorkloadKind kind) {
        [&] {
            QTRY_VERIFY(!m_window->findChild<WorkloadDialog*>(QStringLiteral("workloadDialog")));
        }();
        m_window->findChild<QAction*>(QStringLiteral("actionAdd"))->trigger();
        WorkloadDialog* d = nullptr;
        [&] {
            QTRY_VERIFY(
                (d = m_window->findChild<WorkloadDialog*>(QStringLiteral("workloadDialog"))));
        }();
        if (!d)
            return {};
        type(d, "nameEdit", QStringLiteral("My ") + slug);
        type(d, "baseUrlEdit", m_userSandbox->baseUrl());
        type(d, "projectEdit", QStringLiteral("team"));
        type(d, "slugEdit", slug);
        auto* kindCombo = d->findChild<QComboBox*>(QStringLiteral("kindCombo"));
        kindCombo->setCurrentIndex(kindCombo->findData(int(kind)));
        QTest::keyClicks(d->findChild<KeyField*>(QStringLiteral("keyField"))->lineEdit(),
                         m_userKey);
        auto* ok = d->findChild<QPushButton*>(QStringLiteral("okButton"));
        if (!ok || !ok->isEnabled())
            return {};
        m_shown.append(d->findChild<QLabel*>(QStringLiteral("endpointPreview"))->text());
        QTest::mouseClick(ok, Qt::LeftButton);
        const QString account =
            QStringLiteral("127.0.0.1:%1/team/%2").arg(m_userSandbox->port()).arg(slug);
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(m_window->vault()->info(account).state, KeyState::Stored,
                                      20000);
        }();
        for (const Workload& w : m_window->workloads())
            if (!w.sandbox && w.account() == account)
                return w;
        return {};
    }

    bool sendInPlayground(const QString& workloadId, const QString& prompt, RunState* state) {
        if (!m_window->selectWorkload(workloadId))
            return false;
        m_window->showView(QStringLiteral("playground"));
        [&] { QTRY_COMPARE(m_shell.playground->workload().id, workloadId); }();
        m_shell.playground->setPrompt(prompt);
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        m_shell.playground->send();
        if (!ended.wait(30000))
            return false;
        *state = ended.first().first().value<RunState>();
        return true;
    }

    // Everything a user can read of the last run, and every export of it.
    void inspectAndExportLastRun(const QString& tag) {
        PlaygroundView* p = m_shell.playground;
        Inspector* inspector = p->inspectorView();
        m_shown << inspector->requestText() << inspector->responseText();
        for (int row = 0; row < inspector->frames()->rowCount(); ++row)
            for (int column = 0; column < inspector->frames()->columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    m_shown << inspector->frames()
                                   ->data(inspector->frames()->index(row, column), role)
                                   .toString();
        for (const char* name : {"copyCurl", "copyPython", "copyTypeScript"}) {
            auto* b = inspector->findChild<QAbstractButton*>(QString::fromLatin1(name));
            QVERIFY2(b && b->isEnabled(), name);
            QGuiApplication::clipboard()->clear();
            b->click();
            const QString copied = QGuiApplication::clipboard()->text();
            QVERIFY2(!copied.isEmpty(), name);
            m_shown << copied;
        }
        m_shown << inspector->curl() << inspector->python() << inspector->typeScript();
        ErrorCard* card = p->errorCard();
        m_shown << card->title() << card->message() << card->hint() << p->metricsText();
        const qint64 id = p->currentHistoryId();
        QVERIFY(id >= 0);
        const QList<QPair<PlaygroundView::ExportFormat, QString>> formats = {
            {PlaygroundView::ExportFormat::RunMarkdown, QStringLiteral("run.md")},
            {PlaygroundView::ExportFormat::RunJson, QStringLiteral("run.json")},
            {PlaygroundView::ExportFormat::ConversationMarkdown, QStringLiteral("conv.md")},
            {PlaygroundView::ExportFormat::ConversationJson, QStringLiteral("conv.json")}};
        for (const auto& [format, name] : formats) {
            const QString path = exportPath(tag + u'-' + name);
            QVERIFY2(p->exportRun(id, format, path), qPrintable(path));
            QVERIFY(QFileInfo(path).size() > 0);
        }
        // Reopened from history, the inspector shows what was saved.
        p->reopen(id);
        m_shown << inspector->requestText() << inspector->responseText();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_noleaks"));
        QSettings().clear();
        for (const char* v : {"INFERENCEKEY_BASE_URL", "INFERENCEKEY_PROJECT",
                              "INFERENCEKEY_API_KEY", "INFERENCEKEY_SDK_TOKEN"})
            qunsetenv(v);
        QVERIFY2(QDir::homePath() == g_home, qPrintable(QDir::homePath()));
        m_exports = g_home + QStringLiteral("/exports");
        QVERIFY(QDir().mkpath(m_exports));

        hooks().confirm = [this](QWidget*, const QString& title, const QString& text) {
            m_shown << title << text;
            return true;
        };
        hooks().inform = [this](QWidget*, const QString& title, const QString& text) {
            m_shown << title << text;
        };
        hooks().saveFile = [this](QWidget*, const QString&, const QString&) {
            return exportPath(
                QStringLiteral("saved-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
        };
        hooks().openFile = [](QWidget*, const QString&, const QString&) { return QString(); };

        // The user's own server: a second sandbox with keys nobody printed anywhere.
        sandbox::Config config;
        auto spec = [](const char* slug, const char* kind, const char* model, int dimension) {
            sandbox::WorkloadSpec w;
            w.project = QStringLiteral("team");
            w.slug = QString::fromLatin1(slug);
            w.kind = QString::fromLatin1(kind);
            w.model = QString::fromLatin1(model);
            w.dimension = dimension;
            return w;
        };
        config.workloads = {spec("helper", "chat", "team/helper-7b", 0),
                            spec("vectors", "embedding", "team/embed", 64),
                            spec("notes", "chat", "team/notes-7b", 0)};
        config.keys = {{m_userKey, QStringLiteral("team"), {QStringLiteral("*")}}};
        config.controlTokens = {{m_userToken, QStringLiteral("team")}};
        m_userSandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_userSandbox->listen(0, &error), qPrintable(error));
        m_userSandbox->setTokensPerSecond(2000);

        // The real keychain; the default history database, in this HOME.
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        m_shell = installViews(m_window.get());
        QVERIFY(m_shell.history);
        QVERIFY(m_shell.history->path().startsWith(g_home));
        connect(m_window->statusBar(), &QStatusBar::messageChanged, this,
                [this](const QString& text) { m_shown << text; });
        const auto confirm = [this](const GuardVerdict& v) {
            ++m_confirmations;
            m_shown << v.details();
            return true;
        };
        m_shell.playground->setConfirmHook(confirm);
        m_shell.compare->setConfirmHook(confirm);
        m_shell.embeddings->setConfirmHook(confirm);
        auto save = [this](const QString& name, const QString&, std::function<void(QString)> go) {
            go(exportPath(name));
        };
        m_shell.playground->setSaveFileHook(save);
        m_shell.compare->setSaveFileHook(save);
        m_shell.embeddings->setSaveFileHook(save);
        m_window->show();
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        m_window->sandbox()->setTokensPerSecond(2000);
        QVERIFY(demoSecrets().size() >= 6);
    }

    void userWorkloadsKeepTheirKeyInTheKeychain() {
        const Workload chat = addUserWorkload(QStringLiteral("helper"), WorkloadKind::Chat);
        QVERIFY(!chat.id.isEmpty());
        m_userChatId = chat.id;
        const Workload embed = addUserWorkload(QStringLiteral("vectors"), WorkloadKind::Embedding);
        QVERIFY(!embed.id.isEmpty());
        QCOMPARE(embed.kind, WorkloadKind::Embedding);
        m_userEmbedId = embed.id;
        // Test connection from the panel, with the key the panel read back from the keychain.
        QVERIFY(m_window->selectWorkload(m_userChatId));
        WorkloadPanel* panel = m_window->panel();
        QTRY_COMPARE_WITH_TIMEOUT(panel->keyField()->key(), m_userKey, 20000);
        QSignalSpy tested(panel, &WorkloadPanel::testFinished);
        panel->findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        m_shown << tested.first().at(1).toString();
        checkShown("adding workloads");
    }

    // A key pasted into the prompt: the guard asks, the user confirms, the model echoes it.
    void playgroundWithAPastedKey_data() {
        QTest::addColumn<bool>("userWorkload");
        QTest::newRow("sandbox workload, user key pasted") << false;
        QTest::newRow("user workload, demo key pasted") << true;
    }
    void playgroundWithAPastedKey() {
        QFETCH(bool, userWorkload);
        const QString id = userWorkload
                               ? m_userChatId
                               : m_window->sandboxWorkloadId(QStringLiteral("acme"),
                                                             QStringLiteral("support-bot"));
        const QString pasted =
            userWorkload ? demoKey(QStringLiteral("acme"), QStringLiteral("ranker")) : m_userKey;
        const int asked = m_confirmations;
        RunState state = RunState::Pending;
        QVERIFY(sendInPlayground(id, pasted, &state));
        QCOMPARE(state, RunState::Done);
        QCOMPARE(m_confirmations, asked + 1); // key_in_prompt asked first
        // The model talked about what it was given: the secret itself, word by word.
        QVERIFY2(m_shell.playground->answerView()->text().contains(secretOf(pasted)),
                 "the sandbox no longer echoes the prompt: this test lost its teeth");
        m_shell.playground->saveDraftNow();
        inspectAndExportLastRun(userWorkload ? QStringLiteral("user") : QStringLiteral("demo"));
        checkShown("the playground");
    }

    void faultsShowErrorCards_data() {
        QTest::addColumn<bool>("userWorkload");
        QTest::addColumn<QString>("fault");
        QTest::newRow("demo server-error") << false << "server-error";
        QTest::newRow("demo error-frame") << false << "error-frame";
        QTest::newRow("user disconnect") << true << "disconnect";
        QTest::newRow("user redirect") << true << "redirect";
        QTest::newRow("user server-error") << true << "server-error";
    }
    void faultsShowErrorCards() {
        QFETCH(bool, userWorkload);
        QFETCH(QString, fault);
        const QString id = userWorkload
                               ? m_userChatId
                               : m_window->sandboxWorkloadId(QStringLiteral("acme"),
                                                             QStringLiteral("support-bot"));
        if (userWorkload) {
            m_userSandbox->setFault(fault);
        } else {
            auto* action = m_window->findChild<QAction*>(QStringLiteral("fault-") + fault);
            QVERIFY(action);
            action->trigger();
        }
        RunState state = RunState::Pending;
        const bool sent = sendInPlayground(id, QStringLiteral("Tell me about refunds"), &state);
        m_userSandbox->setFault({});
        m_window->findChild<QAction*>(QStringLiteral("fault-none"))->trigger();
        QVERIFY(sent);
        QVERIFY(state != RunState::Done);
        QVERIFY(m_shell.playground->errorCard()->isVisible());
        inspectAndExportLastRun(u"fault-"_s + fault);
        checkShown("an error card");
    }

    void compareTwoPanes() {
        CompareView* compare = m_shell.compare;
        m_window->showView(QStringLiteral("compare"));
        QTRY_VERIFY(compare->workloads().size() >= 2);
        compare->setPaneCount(2);
        compare->pane(0)->setWorkloadId(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot")));
        compare->pane(1)->setWorkloadId(m_userChatId);
        const int asked = m_confirmations;
        compare->setPrompt(QStringLiteral("Compare ") + m_userKey + u' ' +
                           demoKey(QStringLiteral("acme"), QStringLiteral("search")));
        QSignalSpy finished(compare, &CompareView::comparisonFinished);
        compare->send();
        QVERIFY(finished.wait(30000));
        QVERIFY(m_confirmations > asked);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(compare->pane(i)->result().runs.size(), 1);
            QCOMPARE(compare->pane(i)->result().runs.first().state, QStringLiteral("done"));
        }
        QString error;
        QVERIFY2(compare->exportTo(exportPath(QStringLiteral("compare.md")),
                                   CompareView::ExportFormat::Markdown, &error),
                 qPrintable(error));
        QVERIFY2(compare->exportTo(exportPath(QStringLiteral("compare.json")),
                                   CompareView::ExportFormat::Json, &error),
                 qPrintable(error));
        m_shown << compare->exportMarkdown() << QString::fromUtf8(compare->exportJson());
        checkShown("the compare view");
    }

    void embedAndExport_data() {
        QTest::addColumn<bool>("userWorkload");
        QTest::newRow("demo") << false;
        QTest::newRow("user") << true;
    }
    void embedAndExport() {
        QFETCH(bool, userWorkload);
        const QString id = userWorkload ? m_userEmbedId
                                        : m_window->sandboxWorkloadId(QStringLiteral("acme"),
                                                                      QStringLiteral("billing"));
        EmbeddingsView* view = m_shell.embeddings;
        m_window->showView(QStringLiteral("embeddings"));
        QVERIFY(m_window->selectWorkload(id));
        QTRY_COMPARE(view->workload().id, id);
        const int asked = m_confirmations;
        view->setInputs({QStringLiteral("the invoice is overdue"),
                         QStringLiteral("my key is ") + m_userKey,
                         QStringLiteral("a cat on the sofa"),
                         demoKey(QStringLiteral("acme"), QStringLiteral("billing"))});
        QSignalSpy finished(view, &EmbeddingsView::embeddingFinished);
        view->embed();
        QTRY_VERIFY2_WITH_TIMEOUT(finished.size() > 0,
                                  qPrintable(redactSecrets(view->statusText())), 30000);
        QCOMPARE(m_confirmations, asked + 1);
        QCOMPARE(view->model()->rowCount(), 4);
        const QList<QPair<EmbeddingsView::ExportFormat, QString>> formats = {
            {EmbeddingsView::ExportFormat::Csv, QStringLiteral("emb.csv")},
            {EmbeddingsView::ExportFormat::Json, QStringLiteral("emb.json")},
            {EmbeddingsView::ExportFormat::Npy, QStringLiteral("emb.npy")},
            {EmbeddingsView::ExportFormat::ProjectorTsv, QStringLiteral("vectors.tsv")}};
        for (const auto& [format, name] : formats) {
            QString error;
            const QString path = exportPath((userWorkload ? u"user-"_s : u"demo-"_s) + name);
            QVERIFY2(view->exportTo(format, path, &error), qPrintable(error));
        }
        // The table of inputs is what the user typed; its tooltips and headers are ours.
        checkShown("the embeddings view");
    }

    // The control token: used for one call, remembered in its own keychain entry because asked.
    void importWithTheControlToken() {
        QVERIFY(m_window->selectWorkload(m_userChatId));
        const int before = int(m_window->workloads().size());
        m_window->findChild<QAction*>(QStringLiteral("actionImportProject"))->trigger();
        ImportDialog* d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<ImportDialog*>(QStringLiteral("importDialog"))));
        QCOMPARE(d->findChild<QLineEdit*>(QStringLiteral("importBaseUrl"))->text(),
                 m_userSandbox->baseUrl());
        auto* token = d->findChild<KeyField*>(QStringLiteral("tokenField"));
        QTest::qWait(300); // the keychain answers "nothing remembered" meanwhile
        QVERIFY(token->key().isEmpty());
        QTest::keyClicks(token->lineEdit(), m_userToken);
        d->findChild<QCheckBox*>(QStringLiteral("rememberToken"))->setChecked(true);
        QSignalSpy listed(d, &ImportDialog::listedCount);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("listButton")), Qt::LeftButton);
        QVERIFY(listed.wait(20000));
        QCOMPARE(listed.last().at(0).toInt(), 3);
        m_shown << d->findChild<QLabel*>(QStringLiteral("importStatus"))->text();
        auto* table = d->findChild<QTableWidget*>(QStringLiteral("importTable"));
        for (int r = 0; r < table->rowCount(); ++r)
            for (int c = 0; c < table->columnCount(); ++c)
                m_shown << table->item(r, c)->text() << table->item(r, c)->toolTip();
        QPointer<ImportDialog> first(d);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addSelected")),
                          Qt::LeftButton);
        QTRY_VERIFY(!first);
        // helper and vectors are listed already: only notes is new.
        QTRY_COMPARE(int(m_window->workloads().size()), before + 1);
        // Remembered in the keychain, where the next import finds it.
        KeychainKeyStore store;
        std::optional<KeyStoreResult> read;
        store.read(QStringLiteral("control/127.0.0.1:%1/team").arg(m_userSandbox->port()),
                   [&](const KeyStoreResult& r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY2(read->ok(), qPrintable(read->message));
        QCOMPARE(read->secret, m_userToken);
        checkShown("the import dialog");

        // Reopened: the remembered token fills in, and is dropped when the server is changed.
        m_window->findChild<QAction*>(QStringLiteral("actionImportProject"))->trigger();
        ImportDialog* again = nullptr;
        QTRY_VERIFY((again = m_window->findChild<ImportDialog*>(QStringLiteral("importDialog"))));
        auto* token2 = again->findChild<KeyField*>(QStringLiteral("tokenField"));
        QTRY_COMPARE_WITH_TIMEOUT(token2->key(), m_userToken, 20000);
        auto* base = again->findChild<QLineEdit*>(QStringLiteral("importBaseUrl"));
        base->setText(QStringLiteral("https://elsewhere.example.invalid"));
        QVERIFY(token2->key().isEmpty());
        QVERIFY(!again->rememberToken());
        again->reject();
    }

    // What remains after the window is gone: files and log lines.
    void nothingLeaked() {
        collectWidgetTexts();
        checkShown("the window");
        const QList<QByteArray> all = needlesOf(allSecrets());
        const QList<QByteArray> users = needlesOf(userSecrets());
        m_window->close();
        m_window.reset();
        m_userSandbox.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();

        // The user's keys were typed into the window and must be in the keychain only.
        const QStringList here = filesHolding(g_home, all);
        QVERIFY2(here.isEmpty(), qPrintable(here.join(u'\n')));
        QVERIFY(QFileInfo(exportPath(QStringLiteral("user-run.json"))).size() > 0);
        QVERIFY(QFileInfo(exportPath(QStringLiteral("compare.md"))).size() > 0);
        QVERIFY(QFileInfo(exportPath(QStringLiteral("user-emb.csv"))).size() > 0);
        if (g_outerHome != g_home && !g_outerHome.isEmpty()) {
            const QStringList outer = filesHolding(g_outerHome, users);
            QVERIFY2(outer.isEmpty(), qPrintable(outer.join(u'\n')));
        }
        const QStringList lines = loggedLines();
        for (const QString& line : lines) {
            const QString hit = firstHit(line, all);
            QVERIFY2(hit.isEmpty(), qPrintable(u"a log line holds "_s + hit));
        }
        const QString clip = QGuiApplication::clipboard()->text();
        QVERIFY(firstHit(clip, all).isEmpty());
    }
};

int main(int argc, char** argv) {
    // A HOME of its own, inside the throwaway one ./test gives (else in TMPDIR), so that every
    // file in it is this test's: settings, history, workloads, exports, temporary files.
    g_outerHome = QString::fromLocal8Bit(qgetenv("HOME"));
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty())
        base = "/tmp";
    QByteArray dir = base + "/ik-noleaks.XXXXXX";
    if (!::mkdtemp(dir.data())) {
        std::perror("mkdtemp");
        return 1;
    }
    g_home = QString::fromLocal8Bit(dir);
    qputenv("HOME", dir);
    qputenv("XDG_DATA_HOME", dir + "/.local/share");
    qputenv("XDG_CONFIG_HOME", dir + "/.config");
    qputenv("XDG_CACHE_HOME", dir + "/.cache");
    qputenv("TMPDIR", dir + "/tmp");
    QDir().mkpath(g_home + QStringLiteral("/tmp"));
    qInstallMessageHandler(recordMessage);
    int status = 0;
    {
        QApplication app(argc, argv);
        TstNoLeaks test;
        status = QTest::qExec(&test, argc, argv);
    }
    if (status == 0)
        QDir(g_home).removeRecursively();
    else
        std::fprintf(stderr, "tst_noleaks: files kept in %s\n", dir.constData());
    return status;
}

#include "tst_noleaks.moc"
