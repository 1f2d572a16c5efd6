// The window's sandbox mode against the in-process ik-sandbox over real loopback sockets:
// "Test connection" for each kind, the typed error for 401, each 403 code and 404, the guard
// remembering scope answers, and importing workloads from the sandbox's control plane.

#include "hooks.h"
#include "importdialog.h"
#include "keyfield.h"
#include "keystore.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "sandbox.h"
#include "verdictview.h"
#include "workloadpanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTreeView>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

namespace {
QString demoKey(const sandbox::Config& c, const QString& project, const QString& workload) {
    return c.keyFor(project, workload);
}
} // namespace

class TestSandboxMode : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    WorkloadPanel* panel() { return m_window->panel(); }
    KeyField* field() { return panel()->findChild<KeyField*>(QStringLiteral("panelKeyField")); }
    QString runTest() {
        QSignalSpy spy(panel(), &WorkloadPanel::testFinished);
        auto* button = panel()->findChild<QPushButton*>(QStringLiteral("testConnection"));
        if (!button->isEnabled())
            return QStringLiteral("(disabled)");
        QTest::mouseClick(button, Qt::LeftButton);
        if (!spy.wait(20000))
            return QStringLiteral("(no answer)");
        return spy.first().at(1).toString();
    }
    void selectSandbox(const QString& project, const QString& slug) {
        QVERIFY(m_window->selectWorkload(m_window->sandboxWorkloadId(project, slug)));
        QTRY_VERIFY_WITH_TIMEOUT(!field()->key().isEmpty(), 10000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sandboxmode"));
        QSettings().clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        m_window->show();
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        QVERIFY(m_window->sandbox());
        QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("actionSandbox"))->isEnabled());
    }
    void cleanupTestCase() { m_window.reset(); }

    void sandboxWorkloadsListed() {
        int sandboxCount = 0;
        for (const Workload& w : m_window->workloads())
            sandboxCount += w.sandbox;
        QCOMPARE(sandboxCount, int(m_window->sandbox()->config().workloads.size()));
        // Under a clearly marked node, with demo keys for this session only.
        QAbstractItemModel* model =
            m_window->findChild<QTreeView*>(QStringLiteral("workloadTree"))->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Local sandbox"));
        const Workload first = m_window->workloads().first();
        QTRY_COMPARE(m_window->vault()->info(first.account()).state, KeyState::SessionOnly);
        // The sandbox never persists: the workloads file holds none of them.
        QFile file(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                   QStringLiteral("/workloads.json"));
        QVERIFY(!file.exists() || !file.open(QIODevice::ReadOnly) ||
                !file.readAll().contains("support-bot"));
    }

    void testConnectionSucceeds_data() {
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("model");
        QTest::newRow("chat") << "support-bot"
                              << "meta-llama/Llama-3.1-8B-Instruct";
        QTest::newRow("embedding") << "billing"
                                   << "nomic-embed-text";
        QTest::newRow("rerank") << "ranker"
                                << "bge-reranker-v2-m3";
    }
    void testConnectionSucceeds() {
        QFETCH(QString, slug);
        QFETCH(QString, model);
        selectSandbox(QStringLiteral("acme"), slug);
        const QString text = runTest();
        QVERIFY2(text.startsWith(QStringLiteral("Connected")), qPrintable(text));
        QVERIFY2(text.contains(model), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(" ms")));
        QCOMPARE(panel()->findChild<QLabel*>(QStringLiteral("testResult"))->text(), text);
    }

    void testConnectionErrors_data() {
        const sandbox::Config c = sandbox::Config::builtIn();
        QTest::addColumn<QString>("slug");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("remembered");
        QTest::addColumn<QString>("before"); // the guard's verdict before sending
        QTest::newRow("401 unknown key")
            << "support-bot" << QStringLiteral("ik_live_deadbeef_") + QString(64, u'a')
            << "authentication failed"
            << ""
            << "ok";
        // The globex key is also stored for globex/helpdesk: the guard asks first (the confirm
        // hook answers yes), then the server answers.
        QTest::newRow("403 project_scope_mismatch")
            << "support-bot" << demoKey(c, QStringLiteral("globex"), QStringLiteral("helpdesk"))
            << "project_scope_mismatch"
            << "known_project_scope_mismatch"
            << "key_shared_across_projects";
        QTest::newRow("403 scope_insufficient")
            << "support-bot" << demoKey(c, QStringLiteral("acme"), QStringLiteral("billing"))
            << "scope_insufficient"
            << "known_scope_insufficient"
            << "ok";
    }
    void testConnectionErrors() {
        QFETCH(QString, slug);
        QFETCH(QString, key);
        QFETCH(QString, expected);
        QFETCH(QString, remembered);
        QFETCH(QString, before);
        QVERIFY(!key.isEmpty());
        selectSandbox(QStringLiteral("acme"), slug);
        field()->setKey(key);
        auto* shown = panel()->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        if (before == u"ok") {
            QCOMPARE(shown->levelName(), QStringLiteral("ok"));
        } else {
            QCOMPARE(shown->levelName(), QStringLiteral("warn"));
            QVERIFY(shown->verdict().has(before));
        }
        const QString text = runTest();
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY2(text.count(u'\n') >= 1, "the hint goes with the error");
        QVERIFY(!text.contains(key.section(u'_', 3)));
        if (!remembered.isEmpty()) {
            // The guard now asks before using this key here again (id and answer only kept).
            auto* verdict = panel()->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
            QCOMPARE(verdict->levelName(), QStringLiteral("warn"));
            QVERIFY(verdict->verdict().has(remembered));
            const QStringList kept =
                QSettings().value(QStringLiteral("guard/answers")).toStringList();
            QVERIFY(!kept.isEmpty());
            QVERIFY(!kept.join(u' ').contains(key.section(u'_', 3)));
        }
    }

    void testConnectionNotFound() {
        // A workload slug the sandbox does not serve, with the project-wide demo key.
        const sandbox::Config c = m_window->sandbox()->config();
        Workload w;
        w.id = newWorkloadId();
        w.baseUrl = m_window->sandbox()->baseUrl();
        w.project = QStringLiteral("acme");
        w.slug = QStringLiteral("does-not-exist");
        panel()->setWorkload(w);
        field()->setKey(demoKey(c, QStringLiteral("acme"), QStringLiteral("*")));
        const QString text = runTest();
        QVERIFY2(text.contains(QStringLiteral("not found")), qPrintable(text));
    }

    void controlTokenNeverReachesDataRoute() {
        selectSandbox(QStringLiteral("acme"), QStringLiteral("support-bot"));
        const QString token = m_window->sandbox()->config().controlTokens.first().token;
        field()->setKey(token);
        auto* verdict = panel()->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        QCOMPARE(verdict->levelName(), QStringLiteral("block"));
        QVERIFY(verdict->verdict().has(QStringLiteral("wrong_credential_type")));
        QCOMPARE(runTest(), QStringLiteral("(disabled)"));
        // Even called directly, nothing is sent.
        QSignalSpy spy(panel(), &WorkloadPanel::testFinished);
        panel()->testConnection();
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.first().at(1).toString().contains(QStringLiteral("Wrong credential type")));
    }

    void importFromControlPlane() {
        selectSandbox(QStringLiteral("acme"), QStringLiteral("support-bot"));
        const int before = int(m_window->workloads().size());
        m_window->findChild<QAction*>(QStringLiteral("actionImportProject"))->trigger();
        ImportDialog* d = nullptr;
        QTRY_VERIFY((d = m_window->findChild<ImportDialog*>(QStringLiteral("importDialog"))));
        auto* token = d->findChild<KeyField*>(QStringLiteral("tokenField"));
        auto* table = d->findChild<QTableWidget*>(QStringLiteral("importTable"));
        auto* status = d->findChild<QLabel*>(QStringLiteral("importStatus"));
        auto* list = d->findChild<QPushButton*>(QStringLiteral("listButton"));

        // A data key is refused for the control plane, locally.
        const QString sandboxToken = token->key();
        QVERIFY(sandboxToken.startsWith(QStringLiteral("ik_sdk_")));
        token->setKey(
            demoKey(m_window->sandbox()->config(), QStringLiteral("acme"), QStringLiteral("*")));
        QSignalSpy listed(d, &ImportDialog::listedCount);
        QTest::mouseClick(list, Qt::LeftButton);
        QVERIFY(listed.wait(10000));
        QCOMPARE(listed.last().at(0).toInt(), -1);
        QVERIFY2(status->text().contains(QStringLiteral("ik_sdk_")), qPrintable(status->text()));

        token->setKey(sandboxToken);
        QTest::mouseClick(list, Qt::LeftButton);
        QVERIFY(listed.wait(10000));
        QCOMPARE(listed.last().at(0).toInt(), 4);
        QCOMPARE(table->rowCount(), 4);
        QStringList slugs;
        for (int i = 0; i < table->rowCount(); ++i)
            slugs << table->item(i, 0)->text();
        slugs.sort();
        QCOMPARE(slugs, (QStringList{QStringLiteral("billing"), QStringLiteral("ranker"),
                                     QStringLiteral("search"), QStringLiteral("support-bot")}));
        QStringList models;
        for (int i = 0; i < table->rowCount(); ++i)
            models << table->item(i, 2)->text();
        QVERIFY(models.contains(QStringLiteral("nomic-embed-text")));
        // Untick one, add the rest.
        table->item(0, 0)->setCheckState(Qt::Unchecked);
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("addSelected")),
                          Qt::LeftButton);
        QTRY_COMPARE(int(m_window->workloads().size()), before + 3);
        int imported = 0;
        for (const Workload& w : m_window->workloads())
            imported += !w.sandbox && w.project == u"acme";
        QCOMPARE(imported, 3);
        // The token was not remembered: no entry for it was written.
        QVERIFY(
            !m_window->vault()
                 ->info(
                     QStringLiteral("control/127.0.0.1:%1/acme").arg(m_window->sandbox()->port()))
                 .keyId.size());
    }

    // A key saved for a sandbox workload is still found after a restart: the sandbox comes back
    // on the port of the last launch, and when that port is taken the saved key follows the
    // workload to its new port (the port is part of the keychain account).
    void sandboxKeepsItsPortAndKeysFollow() {
        const quint16 first = m_window->sandbox()->port();
        QCOMPARE(QSettings().value(QStringLiteral("sandbox/port")).toUInt(), uint(first));
        Workload bot;
        for (const Workload& w : m_window->workloads())
            if (w.sandbox && w.slug == u"support-bot")
                bot = w;
        QVERIFY(!bot.slug.isEmpty());
        KeychainKeyStore keychain(QStringLiteral("ik-playground"));
        const QString key = demoKey(m_window->sandbox()->config(), bot.project, bot.slug);
        std::optional<bool> saved;
        keychain.write(bot.account(), key, [&](const KeyStoreResult& r) { saved = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
        QVERIFY2(*saved, "the test keyring took no write");

        // A second launch while the first still holds its port: another port, and the key moves.
        auto second =
            std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        QVERIFY(second->startSandbox());
        const quint16 moved = second->sandbox()->port();
        QVERIFY(moved != first);
        QCOMPARE(QSettings().value(QStringLiteral("sandbox/port")).toUInt(), uint(moved));
        Workload movedBot = bot;
        movedBot.baseUrl = second->sandbox()->baseUrl();
        QString found;
        QTRY_VERIFY_WITH_TIMEOUT(readKey(&keychain, movedBot.account(), &found) == key, 10000);
        QCOMPARE(readKey(&keychain, bot.account(), &found), QString());

        // The next launch, with that port free again, comes back on it.
        second.reset();
        auto third = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        QVERIFY(third->startSandbox());
        QCOMPARE(third->sandbox()->port(), moved);
        QCOMPARE(readKey(&keychain, movedBot.account(), &found), key);
    }

private:
    // The keychain's entry for account, or an empty string when there is none.
    static QString readKey(KeychainKeyStore* keychain, const QString& account, QString* out) {
        out->clear();
        bool done = false;
        keychain->read(account, [&](const KeyStoreResult& r) {
            if (r.ok())
                *out = r.secret;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            return QStringLiteral("(the keychain did not answer)");
        return *out;
    }
};

QTEST_MAIN(TestSandboxMode)
#include "tst_sandboxmode.moc"
