// "Test connection" sends the key in the panel's field: never over plain http:// to a host that is
// not this computer (*.localhost included), never after a redirect to another host, and its result
// line never holds the secret.

#include "credential.h"
#include "guard.h"
#include "hooks.h"
#include "keydrafts.h"
#include "keyfield.h"
#include "keystore.h"
#include "keyvault.h"
#include "runsession.h"
#include "sandbox.h"
#include "workloadpanel.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTcpServer>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

class TstTestConnection : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    MemoryKeyStore m_store;
    std::unique_ptr<KeyVault> m_vault;
    KeyDrafts m_drafts;
    SessionServices m_services;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QString m_key; // acme/support-bot

    Workload workload(const QString& base) const {
        Workload w;
        w.id = QStringLiteral("w1");
        w.name = QStringLiteral("bot");
        w.baseUrl = base;
        w.project = QStringLiteral("acme");
        w.slug = QStringLiteral("support-bot");
        return w;
    }

private slots:
    void initTestCase() {
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        m_vault = std::make_unique<KeyVault>(&m_store);
        // As the window has them: the key in the header's field is the key that is sent.
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = draftsThenVault(&m_drafts, m_vault.get());
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_key = m_sandbox->config().keyFor(QStringLiteral("acme"), QStringLiteral("support-bot"));
        QVERIFY(!m_key.isEmpty());
    }
    void init() { m_sandbox->setFault({}); }

    void plainHttpToAnotherHostIsNotSent_data() {
        QTest::addColumn<QString>("base");
        QTest::newRow("name") << "http://api.example.invalid";
        QTest::newRow("private address") << "http://10.0.0.1:8000";
        QTest::newRow("sub.localhost") << "http://api.localhost:%1";
    }
    void plainHttpToAnotherHostIsNotSent() {
        QFETCH(QString, base);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        if (base.contains(QLatin1String("%1")))
            base = base.arg(server.serverPort());
        WorkloadPanel panel(&m_services, m_vault.get(), &m_drafts);
        panel.show();
        panel.setWorkload(workload(base));
        panel.keyField()->setKey(m_key);
        auto* test = panel.findChild<QPushButton*>(QStringLiteral("testConnection"));
        QVERIFY(test);
        QVERIFY(!test->isEnabled());
        QVERIFY(panel.verdict().has(QStringLiteral("plain_http")));
        // Even when called directly (a shortcut, a menu), nothing is sent.
        QSignalSpy finished(&panel, &WorkloadPanel::testFinished);
        panel.testConnection();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString text = finished.first().at(1).toString();
        QVERIFY2(text.startsWith(QLatin1String("Not sent")), qPrintable(text));
        QVERIFY(!text.contains(Credential::parse(m_key).secret));
        QTest::qWait(100);
        QVERIFY(!server.hasPendingConnections());
    }

    void loopbackIsTested() {
        WorkloadPanel panel(&m_services, m_vault.get(), &m_drafts);
        panel.show();
        panel.setWorkload(workload(m_sandbox->baseUrl()));
        panel.keyField()->setKey(m_key);
        QSignalSpy finished(&panel, &WorkloadPanel::testFinished);
        panel.testConnection();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    // The sandbox's redirect fault sends the call on to http://localhost:<port>, another host.
    void redirectToAnotherHostIsRefused() {
        m_sandbox->setFault(QStringLiteral("redirect"));
        QSignalSpy followed(m_sandbox.get(), &sandbox::Sandbox::redirectFollowed);
        WorkloadPanel panel(&m_services, m_vault.get(), &m_drafts);
        panel.show();
        panel.setWorkload(workload(m_sandbox->baseUrl()));
        panel.keyField()->setKey(m_key);
        QSignalSpy finished(&panel, &WorkloadPanel::testFinished);
        panel.testConnection();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString text = finished.first().at(1).toString();
        QVERIFY2(text.contains(QLatin1String("redirect to another host")), qPrintable(text));
        QVERIFY(!text.contains(Credential::parse(m_key).secret));
        QTest::qWait(200);
        QCOMPARE(followed.size(), 0);
        QVERIFY(!m_sandbox->lastRedirectSawAuthorization().has_value());
    }
};

QTEST_MAIN(TstTestConnection)
#include "tst_testconnection.moc"
