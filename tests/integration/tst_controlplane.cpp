// The control-plane client carries an ik_sdk_ control token: like a key, it never travels over
// plain http:// to a host that is not this computer, never follows a redirect to another host (or
// port, or down to http), and never shows up in an error text. Against the real sandbox and
// hand-written loopback servers.

#include "controlplane.h"
#include "credential.h"
#include "sandbox.h"
#include "workloads.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace ik;

namespace {

// A loopback HTTP server that answers every request with `answer(path)` and counts connections.
class TinyServer : public QObject {
public:
    std::function<QByteArray(const QByteArray& path)> answer;
    int connections = 0;
    QList<QByteArray> requests;

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    TinyServer() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                ++connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    buffer->append(s->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    requests.append(head);
                    buffer->remove(0, end + 4);
                    const QByteArray path = head.split(' ').value(1);
                    s->write(answer ? answer(path) : QByteArray("HTTP/1.1 500 X\r\n\r\n"));
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    QTcpServer m_server;
};

QByteArray response(int status, const QByteArray& body, const QByteArray& extra = {}) {
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
           extra + "Content-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

const QByteArray kList = R"([{"slug":"bot","task_type":"text2text","name":"Bot"}])";

} // namespace

class TstControlPlane : public QObject {
    Q_OBJECT
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QString m_token; // the sandbox's control token for project acme

    struct Outcome {
        std::optional<QList<RemoteWorkload>> listed;
        std::optional<Error> failed;
    };
    Outcome list(const QString& base, const QString& project, const QString& token) {
        ControlPlaneClient client(&m_nam);
        client.setTimeoutMs(15000);
        QSignalSpy listed(&client, &ControlPlaneClient::listed);
        QSignalSpy failed(&client, &ControlPlaneClient::failed);
        client.listWorkloads(base, project, token);
        Outcome out;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(listed.size() + failed.size() > 0, 20000); }();
        if (!listed.isEmpty())
            out.listed = listed.first().first().value<QList<RemoteWorkload>>();
        if (!failed.isEmpty())
            out.failed = failed.first().first().value<Error>();
        return out;
    }

private slots:
    void initTestCase() {
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        for (const auto& t : m_sandbox->config().controlTokens)
            if (t.project == QLatin1String("acme"))
                m_token = t.token;
        QVERIFY(m_token.startsWith(QLatin1String("ik_sdk_")));
    }
    void init() { m_sandbox->setFault({}); }

    void listsFromTheSandbox() {
        const Outcome o = list(m_sandbox->baseUrl(), QStringLiteral("acme"), m_token);
        QVERIFY2(o.listed, o.failed ? qPrintable(o.failed->summary()) : "no answer");
        QVERIFY(o.listed->size() >= 3);
    }

    // Refused before any connection is made: nothing listens there, and the error says why.
    void plainHttpToAnotherHostIsRefused_data() {
        QTest::addColumn<QString>("base");
        QTest::newRow("name") << "http://api.example.invalid";
        QTest::newRow("private address") << "http://10.0.0.1:8000";
        QTest::newRow("public address") << "http://203.0.113.7";
        QTest::newRow("upper-case scheme") << "HTTP://api.example.invalid";
        // A *.localhost name goes wherever a resolver sends it.
        QTest::newRow("sub.localhost") << "http://api.localhost:%1";
        QTest::newRow("localhost.example") << "http://localhost.example.invalid:%1";
    }
    void plainHttpToAnotherHostIsRefused() {
        QFETCH(QString, base);
        TinyServer server;
        QVERIFY(server.listen());
        server.answer = [](const QByteArray&) { return response(200, kList); };
        if (base.contains(QLatin1String("%1")))
            base = base.arg(server.port());
        const Outcome o = list(base, QStringLiteral("acme"), m_token);
        QVERIFY2(o.failed, "the token was sent");
        QCOMPARE(o.failed->kind, ErrorKind::Configuration);
        QVERIFY2(o.failed->message.contains(QLatin1String("http://")),
                 qPrintable(o.failed->message));
        QCOMPARE(server.connections, 0);
        QVERIFY(!o.failed->summary().contains(Credential::parse(m_token).secret));
        QVERIFY(!isLoopbackHost(QUrl(base).host()));
    }

    void plainHttpToLoopbackIsAllowed_data() {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << "127.0.0.1";
        QTest::newRow("localhost") << "localhost";
    }
    void plainHttpToLoopbackIsAllowed() {
        QFETCH(QString, host);
        TinyServer server;
        QVERIFY(server.listen());
        server.answer = [](const QByteArray&) { return response(200, kList); };
        const Outcome o = list(QStringLiteral("http://%1:%2").arg(host).arg(server.port()),
                               QStringLiteral("acme"), m_token);
        QVERIFY2(o.listed, o.failed ? qPrintable(o.failed->summary()) : "no answer");
        QCOMPARE(o.listed->size(), 1);
    }

    // The sandbox's redirect fault points at http://localhost:<port>: another host name.
    void redirectToAnotherHostIsRefused() {
        m_sandbox->setFault(QStringLiteral("redirect"));
        QSignalSpy followed(m_sandbox.get(), &sandbox::Sandbox::redirectFollowed);
        const Outcome o = list(m_sandbox->baseUrl(), QStringLiteral("acme"), m_token);
        QVERIFY2(o.failed, "the redirect was followed");
        QVERIFY2(o.failed->message.contains(QLatin1String("Refused a redirect")),
                 qPrintable(o.failed->message));
        QTest::qWait(200); // a request the client should not have made would arrive by now
        QCOMPARE(followed.size(), 0);
        QVERIFY(!m_sandbox->lastRedirectSawAuthorization().has_value());
    }

    void redirectToAnotherPortIsRefused() {
        TinyServer other;
        QVERIFY(other.listen());
        other.answer = [](const QByteArray&) { return response(200, kList); };
        TinyServer first;
        QVERIFY(first.listen());
        const QByteArray location = other.base().toUtf8() + "/api/projects/acme/workloads";
        first.answer = [location](const QByteArray&) {
            return response(307, {}, "Location: " + location + "\r\n");
        };
        const Outcome o = list(first.base(), QStringLiteral("acme"), m_token);
        QVERIFY2(o.failed, "the redirect was followed");
        QVERIFY2(o.failed->message.contains(QLatin1String("Refused a redirect")),
                 qPrintable(o.failed->message));
        QTest::qWait(200);
        QCOMPARE(other.connections, 0);
    }

    void sameOriginRedirectIsFollowed() {
        TinyServer server;
        QVERIFY(server.listen());
        server.answer = [&server](const QByteArray& path) {
            if (path.startsWith("/moved"))
                return response(200, kList);
            return response(308, {}, "Location: " + server.base().toUtf8() + "/moved\r\n");
        };
        const Outcome o = list(server.base(), QStringLiteral("acme"), m_token);
        QVERIFY2(o.listed, o.failed ? qPrintable(o.failed->summary()) : "no answer");
        QCOMPARE(server.requests.size(), 2);
        QVERIFY(server.requests.last().contains("Authorization: Bearer ik_sdk_"));
    }

    // A server that echoes the token in its error body, its messages and its workload names.
    void theTokenNeverShowsInAnErrorOrAName() {
        const QString secret = Credential::parse(m_token).secret;
        TinyServer server;
        QVERIFY(server.listen());
        const QByteArray token = m_token.toUtf8();
        server.answer = [token](const QByteArray&) {
            return response(401, R"({"error":{"code":"invalid_api_key","message":"bad token )" +
                                     token + R"("}})");
        };
        Outcome o = list(server.base(), QStringLiteral("acme"), m_token);
        QVERIFY(o.failed);
        QCOMPARE(o.failed->kind, ErrorKind::Auth);
        QVERIFY2(!(o.failed->summary() + o.failed->hint).contains(secret),
                 qPrintable(o.failed->summary()));

        server.answer = [token](const QByteArray&) {
            return response(200, R"([{"slug":"bot","task_type":"text2text","name":"bot )" + token +
                                     R"(","model_name":")" + token + R"("}])");
        };
        o = list(server.base(), QStringLiteral("acme"), m_token);
        QVERIFY2(o.listed, o.failed ? qPrintable(o.failed->summary()) : "no answer");
        QCOMPARE(o.listed->size(), 1);
        QVERIFY(!o.listed->first().name.contains(secret));
        QVERIFY(!o.listed->first().model.contains(secret));
        QVERIFY(o.listed->first().name.startsWith(QLatin1String("bot ik_sdk_")));
    }

    // A data key is not a control token: refused locally, named only in its redacted form.
    void aDataKeyIsRefusedLocally() {
        QString key;
        for (const auto& k : m_sandbox->config().keys)
            if (k.project == QLatin1String("acme"))
                key = k.key;
        QSignalSpy finished(m_sandbox.get(), &sandbox::Sandbox::requestFinished);
        const Outcome o = list(m_sandbox->baseUrl(), QStringLiteral("acme"), key);
        QVERIFY(o.failed);
        QCOMPARE(o.failed->kind, ErrorKind::Configuration);
        QVERIFY(!o.failed->summary().contains(Credential::parse(key).secret));
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstControlPlane)
#include "tst_controlplane.moc"
