// Which HTTP version goes on the wire: through a TLS front that offers h2 and http/1.1 by ALPN
// (nghttpx, as bench_http2 uses it), the request goes as HTTP/1.1 by default and as HTTP/2 when
// allowed, whether the choice comes from the manager, from the settings applied to a window's
// services, or from ik-call --http2. Qt's word (the reply) and nghttpx's (its access log) agree.

#include "appsettings.h"
#include "controlplane.h"
#include "endpoint.h"
#include "h2front.h"
#include "httpversion.h"
#include "run.h"
#include "runsession.h"
#include "sandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TstHttp2 : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<sandbox::H2Front> m_front;
    QString m_key;
    qsizetype m_logged = 0;

    // One streamed chat through the front; the protocol Qt says the reply came over.
    QByteArray chatOver(QNetworkAccessManager* nam, const QUrl& base) {
        Endpoint endpoint(nam, {base, u"acme"_s, u"support-bot"_s}, m_key);
        endpoint.setCaCertificates(m_front->authorities());
        ChatRequest request;
        request.prompt = u"hola"_s;
        request.stream = true;
        request.params.maxTokens = 8;
        Run* run = endpoint.chat(request);
        if (!QTest::qWaitFor([run] { return run->isFinished(); }, 20000))
            return "still running";
        if (run->state() != RunState::Done)
            return "failed: " + run->error().summary().toUtf8();
        if (run->text().isEmpty())
            return "no text";
        return run->record().protocol;
    }
    // The protocol of the one request sent since the last call, from nghttpx's access log
    // (written when the response ends, so it may land just after the client saw the end).
    QString lastLogged() {
        QStringList seen;
        if (!QTest::qWaitFor([&] { return (seen = m_front->protocols()).size() > m_logged; }, 5000))
            return u"nothing logged"_s;
        m_logged = seen.size();
        return seen.last();
    }

private slots:
    void initTestCase() {
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Config::builtIn());
        m_sandbox->setTokensPerSecond(0);
        QVERIFY(m_sandbox->listen());
        m_key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
        m_front = std::make_unique<sandbox::H2Front>();
        QString error;
        QVERIFY2(m_front->start(m_sandbox->port(), m_dir.path(), &error), qPrintable(error));
    }

    void http11ByDefault() {
        QNetworkAccessManager nam;
        QVERIFY(!http2Allowed(&nam));
        QCOMPARE(chatOver(&nam, QUrl(m_front->baseUrl())), QByteArray("HTTP/1.1"));
        QCOMPARE(lastLogged(), u"http/1.1"_s);
    }

    void http2WhenAllowed() {
        QNetworkAccessManager nam;
        setHttp2Allowed(&nam, true);
        QCOMPARE(chatOver(&nam, QUrl(m_front->baseUrl())), QByteArray("HTTP/2"));
        QCOMPARE(lastLogged(), u"h2"_s);
        // Turned off again on the same manager: the next request is HTTP/1.1 again.
        setHttp2Allowed(&nam, false);
        QCOMPARE(chatOver(&nam, QUrl(m_front->baseUrl())), QByteArray("HTTP/1.1"));
        QCOMPARE(lastLogged(), u"http/1.1"_s);
    }

    // Plain http never tries h2 (Qt does no h2c), whatever the setting.
    void plainHttpStaysHttp11() {
        QNetworkAccessManager nam;
        setHttp2Allowed(&nam, true);
        QCOMPARE(chatOver(&nam, QUrl(m_sandbox->baseUrl())), QByteArray("HTTP/1.1"));
    }

    // The window's path: the saved setting, applied to the services every session shares.
    void settingReachesTheWire() {
        QNetworkAccessManager nam;
        SessionServices services;
        services.nam = &nam;
        AppSettings settings;
        settings.http2 = true;
        settings.applyTo(&services);
        QCOMPARE(chatOver(&nam, QUrl(m_front->baseUrl())), QByteArray("HTTP/2"));
        QCOMPARE(lastLogged(), u"h2"_s);
        settings.http2 = false;
        settings.applyTo(&services);
        QCOMPARE(chatOver(&nam, QUrl(m_front->baseUrl())), QByteArray("HTTP/1.1"));
        QCOMPARE(lastLogged(), u"http/1.1"_s);
    }

    // The control plane's requests follow the same manager's choice.
    void controlPlaneFollowsIt_data() {
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("logged");
        QTest::newRow("HTTP/1.1") << false << u"http/1.1"_s;
        QTest::newRow("HTTP/2") << true << u"h2"_s;
    }
    void controlPlaneFollowsIt() {
        QFETCH(bool, allowed);
        QFETCH(QString, logged);
        QNetworkAccessManager nam;
        setHttp2Allowed(&nam, allowed);
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration tls = saved;
        tls.addCaCertificates(m_front->authorities());
        QSslConfiguration::setDefaultConfiguration(tls);
        ControlPlaneClient client(&nam);
        QSignalSpy listed(&client, &ControlPlaneClient::listed);
        QSignalSpy failed(&client, &ControlPlaneClient::failed);
        const QString token = m_sandbox->config().controlTokens.value(0).token;
        client.listWorkloads(m_front->baseUrl(), u"acme"_s, token);
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() + failed.size() == 1, 20000);
        QSslConfiguration::setDefaultConfiguration(saved);
        QCOMPARE(listed.size(), 1);
        QCOMPARE(lastLogged(), logged);
    }

    void ikCallFlag_data() {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("logged");
        QTest::addColumn<QString>("reported");
        QTest::newRow("default") << QStringList{} << u"http/1.1"_s << u"HTTP/1.1"_s;
        QTest::newRow("--http2") << QStringList{u"--http2"_s} << u"h2"_s << u"HTTP/2"_s;
    }
    void ikCallFlag() {
        QFETCH(QStringList, flags);
        QFETCH(QString, logged);
        QFETCH(QString, reported);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, m_key);
        QProcess call;
        call.setProcessEnvironment(env);
        call.start(qEnvironmentVariable("IK_CALL_BIN"),
                   QStringList{u"chat"_s, u"--base-url"_s, m_front->baseUrl(), u"--ca-file"_s,
                               m_front->caPath(), u"--project"_s, u"acme"_s, u"--workload"_s,
                               u"support-bot"_s, u"--json"_s}
                       << flags << u"hola"_s);
        QVERIFY(QTest::qWaitFor([&] { return call.state() == QProcess::NotRunning; }, 30000));
        QVERIFY2(call.exitCode() == 0, call.readAllStandardError().constData());
        QCOMPARE(lastLogged(), logged);
        const QJsonObject out = QJsonDocument::fromJson(call.readAllStandardOutput()).object();
        QCOMPARE(out.value(u"protocol"_s).toString(), reported);
    }
};

QTEST_GUILESS_MAIN(TstHttp2)
#include "tst_http2.moc"
