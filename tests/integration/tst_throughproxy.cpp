// Requests through a real proxy from Debian's packages (tinyproxy), started on loopback by the
// test: plain http to the sandbox goes through it, NO_PROXY bypasses it, and https goes through
// it only as a CONNECT tunnel, so what the proxy relays is TLS it cannot read.

#include "endpoint.h"
#include "proxy.h"
#include "run.h"
#include "sandbox.h"

#include "../tinyproxy.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TstThroughProxy : public QObject {
    Q_OBJECT

    TinyProxy m_proxy;
    quint16 m_proxyPort = 0;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QString m_key;

    QString proxyLog() const { return m_proxy.log(); }
    // A chat to the sandbox through a network access manager with these rules.
    Run* chat(QNetworkAccessManager* nam, const QStringList& env, const QUrl& base) {
        QProcessEnvironment e;
        for (const QString& pair : env)
            e.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        nam->setProxyFactory(new RulesProxyFactory(proxyRulesFromEnvironment(e)));
        auto* endpoint = new Endpoint(nam, {base, u"acme"_s, u"support-bot"_s}, m_key, nam);
        ChatRequest request;
        request.prompt = u"hola"_s;
        request.params.maxTokens = 8;
        return endpoint->chat(request);
    }
    static bool finished(Run* run) {
        return QTest::qWaitFor(
            [run] {
                return run->state() != RunState::Pending && run->state() != RunState::Running;
            },
            20000);
    }

private slots:
    void initTestCase() {
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Config::builtIn());
        m_sandbox->setTokensPerSecond(0);
        QVERIFY(m_sandbox->listen());
        m_key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
        QString error;
        QVERIFY2(m_proxy.start(&error), qPrintable(error));
        m_proxyPort = m_proxy.port();
    }

    void httpGoesThroughTheProxy() {
        QNetworkAccessManager nam;
        const QUrl base(m_sandbox->baseUrl());
        Run* run = chat(&nam, {u"http_proxy=http://127.0.0.1:%1"_s.arg(m_proxyPort)}, base);
        QVERIFY(finished(run));
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QVERIFY(!run->text().isEmpty());
        const QString expected =
            u"POST http://127.0.0.1:%1/endpoint/acme/support-bot/"_s.arg(m_sandbox->port());
        QTRY_VERIFY2(proxyLog().contains(expected), qPrintable(proxyLog()));
    }

    void noProxyBypassesIt() {
        const int before = proxyLog().count(u"POST http://"_s);
        QNetworkAccessManager nam;
        Run* run = chat(&nam,
                        {u"http_proxy=http://127.0.0.1:%1"_s.arg(m_proxyPort),
                         u"NO_PROXY=example.org,127.0.0.1"_s},
                        QUrl(m_sandbox->baseUrl()));
        QVERIFY(finished(run));
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QCOMPARE(proxyLog().count(u"POST http://"_s), before);
    }

    // ik-call reads the same variables: through the proxy, and a malformed one is a
    // configuration error (exit 3) naming it, never a silent direct connection.
    void ikCallGoesThroughIt() {
        const int before = proxyLog().count(u"POST http://"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"http_proxy"_s, u"http://127.0.0.1:%1"_s.arg(m_proxyPort));
        env.insert(u"INFERENCEKEY_API_KEY"_s, m_key);
        const QStringList args{u"chat"_s, u"--base-url"_s, m_sandbox->baseUrl(), u"--project"_s,
                               u"acme"_s, u"--workload"_s, u"support-bot"_s,     u"hola"_s};
        QProcess call;
        call.setProcessEnvironment(env);
        call.start(qEnvironmentVariable("IK_CALL_BIN"), args);
        QVERIFY(QTest::qWaitFor([&] { return call.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(call.exitCode(), 0);
        QVERIFY(!call.readAllStandardOutput().trimmed().isEmpty());
        QTRY_COMPARE(proxyLog().count(u"POST http://"_s), before + 1);

        env.insert(u"https_proxy"_s, u"socks5://127.0.0.1:1"_s);
        call.setProcessEnvironment(env);
        call.start(qEnvironmentVariable("IK_CALL_BIN"), args);
        QVERIFY(QTest::qWaitFor([&] { return call.state() == QProcess::NotRunning; }, 30000));
        QCOMPARE(call.exitCode(), 3);
        const QString err = QString::fromUtf8(call.readAllStandardError());
        QVERIFY2(err.contains(u"https_proxy is not a proxy URL"_s), qPrintable(err));
    }

    // https through the proxy: a CONNECT tunnel, and what comes out of it is a TLS handshake,
    // not a request line or a header with the key.
    void httpsIsATunnelTheProxyCannotRead() {
        QTcpServer target;
        QVERIFY(target.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        QTcpSocket* peer = nullptr;
        connect(&target, &QTcpServer::newConnection, this, [&] {
            peer = target.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, this, [&] { received += peer->readAll(); });
        });
        QNetworkAccessManager nam;
        Run* run = chat(&nam, {u"https_proxy=http://127.0.0.1:%1"_s.arg(m_proxyPort)},
                        QUrl(u"https://127.0.0.1:%1"_s.arg(target.serverPort())));
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 5, 20000);
        QCOMPARE(quint8(received.at(0)), quint8(0x16)); // a TLS handshake record
        QCOMPARE(quint8(received.at(1)), quint8(0x03));
        const QByteArray secret = m_key.mid(m_key.lastIndexOf(u'_') + 1).toLatin1();
        QVERIFY(!received.contains("Authorization"));
        QVERIFY(!received.contains(secret));
        QTRY_VERIFY2(proxyLog().contains(u"CONNECT 127.0.0.1:%1"_s.arg(target.serverPort())),
                     qPrintable(proxyLog()));
        QVERIFY(!proxyLog().contains(QString::fromLatin1(secret)));
        if (peer)
            peer->abort();
        QVERIFY(finished(run));
        QVERIFY(run->state() == RunState::Failed);
    }
};

QTEST_GUILESS_MAIN(TstThroughProxy)

#include "tst_throughproxy.moc"
