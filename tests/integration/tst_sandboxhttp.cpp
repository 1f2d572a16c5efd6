// What the sandbox does with hostile HTTP that QtHttpServer 6.4 would take as it comes: an
// oversized head, framing that cannot be trusted, a garbage request line, and clients that send
// part of a request, or nothing, and stay connected. Raw sockets over loopback: a client library
// would refuse to send most of these bytes.
#include "sandbox.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

using namespace ik::sandbox;

namespace {

// A client that writes raw bytes and keeps all it is sent, and whether the server closed.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;
    bool closed = false;

    explicit RawClient(quint16 port) {
        QObject::connect(&socket, &QIODevice::readyRead, &socket,
                         [this] { received += socket.readAll(); });
        QObject::connect(&socket, &QAbstractSocket::disconnected, &socket, [this] {
            if (socket.isOpen())
                received += socket.readAll();
            closed = true;
        });
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    }
    int status() const {
        if (!received.startsWith("HTTP/1.1 "))
            return 0;
        return received.mid(9, 3).toInt();
    }
    QJsonObject errorJson() const {
        const qsizetype at = received.indexOf("\r\n\r\n");
        return QJsonDocument::fromJson(received.mid(at + 4))
            .object()
            .value(QStringLiteral("error"))
            .toObject();
    }
};

const QByteArray kModels =
    "GET /endpoint/acme/support-bot/v1/models HTTP/1.1\r\nHost: 127.0.0.1\r\n";

} // namespace

class TestSandboxHttp : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> start(const HttpLimits& limits = {}) {
        auto sb = std::make_unique<Sandbox>();
        sb->setHttpLimits(limits);
        QString error;
        if (!sb->listen(0, &error))
            qFatal("listen: %s", qPrintable(error));
        return sb;
    }
    QByteArray authorized(const Sandbox& sb) {
        return "Authorization: Bearer " +
               sb.config().keyFor(QStringLiteral("acme"), QStringLiteral("support-bot")).toUtf8() +
               "\r\n";
    }

private slots:
    void oversizedHeadIs431() {
        auto sb = start();
        RawClient c(sb->port());
        // Past QtHttpServer's own 80 KB, where it dropped the header and went on without it.
        c.socket.write(kModels + authorized(*sb) + "X-Big: " + QByteArray(100 * 1024, 'a') +
                       "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QCOMPARE(c.status(), 431);
        QCOMPARE(c.errorJson().value(QStringLiteral("code")).toString(),
                 QStringLiteral("request_header_fields_too_large"));
        QVERIFY(c.errorJson()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("65536")));
    }

    void refusedHeads_data() {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("messagePart");
        const QByteArray post =
            "POST /endpoint/acme/support-bot/v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        QTest::newRow("conflicting Content-Length")
            << post + "Content-Length: 2\r\nContent-Length: 5\r\n\r\n{}"
            << QStringLiteral("conflicting");
        QTest::newRow("negative Content-Length")
            << post + "Content-Length: -5\r\n\r\n{}" << QStringLiteral("non-negative");
        QTest::newRow("Content-Length not a number")
            << post + "Content-Length: 2x\r\n\r\n{}" << QStringLiteral("non-negative");
        QTest::newRow("Content-Length and Transfer-Encoding")
            << post + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n{}"
            << QStringLiteral("Transfer-Encoding");
        QTest::newRow("garbage request line")
            << QByteArray("\x01\x02 garbage\r\n\r\n") << QStringLiteral("request line");
        QTest::newRow("no HTTP version")
            << QByteArray("GET /\r\nHost: x\r\n\r\n") << QStringLiteral("request line");
        QTest::newRow("header without colon") << kModels + "NoColonHere\r\n\r\n"
                                              << QStringLiteral("name: value");
    }
    void refusedHeads() {
        QFETCH(QByteArray, head);
        QFETCH(QString, messagePart);
        auto sb = start();
        int dispatched = 0;
        connect(sb.get(), &Sandbox::requestFinished, this, [&] { ++dispatched; });
        RawClient c(sb->port());
        c.socket.write(head);
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QCOMPARE(c.status(), 400);
        QCOMPARE(c.errorJson().value(QStringLiteral("code")).toString(),
                 QStringLiteral("invalid_request"));
        QVERIFY2(c.errorJson().value(QStringLiteral("message")).toString().contains(messagePart),
                 c.received.constData());
        QCOMPARE(dispatched, 0); // the server never saw the request
    }

    void bigButAllowedHeadersStillWork() {
        auto sb = start();
        RawClient c(sb->port());
        c.socket.write(kModels + authorized(*sb) + "X-Big: " + QByteArray(30 * 1024, 'a') +
                       "\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.received.contains("\"data\""), 3000);
        QCOMPARE(c.status(), 200);
        QVERIFY(!c.closed);
        // Keep-alive: a second request on the same connection, with a body, is read too.
        c.received.clear();
        c.socket.write(kModels + authorized(*sb) + "\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.received.contains("\"data\""), 3000);
        QCOMPARE(c.status(), 200);
    }

    void halfAHeadTimesOut() {
        HttpLimits limits;
        limits.headerTimeoutMs = 300;
        auto sb = start(limits);
        RawClient c(sb->port());
        QTRY_VERIFY(c.socket.state() == QAbstractSocket::ConnectedState);
        QElapsedTimer clock;
        clock.start();
        c.socket.write(kModels); // no blank line: the head never ends
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QVERIFY2(clock.elapsed() >= 250, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(c.status(), 408);
        QCOMPARE(c.errorJson().value(QStringLiteral("code")).toString(),
                 QStringLiteral("request_timeout"));
    }

    void halfABodyTimesOut() {
        HttpLimits limits;
        limits.bodyTimeoutMs = 300;
        auto sb = start(limits);
        RawClient c(sb->port());
        c.socket.write("POST /endpoint/acme/support-bot/v1/chat/completions HTTP/1.1\r\n"
                       "Host: 127.0.0.1\r\nContent-Length: 100\r\n\r\n{\"messages\"");
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QCOMPARE(c.status(), 408);
        QVERIFY(c.errorJson()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("body")));
    }

    void idleKeepAliveIsClosed() {
        HttpLimits limits;
        limits.idleTimeoutMs = 300;
        auto sb = start(limits);
        RawClient c(sb->port());
        c.socket.write(kModels + authorized(*sb) + "\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(c.received.contains("\"data\""), 3000);
        QCOMPARE(c.status(), 200);
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QVERIFY2(clock.elapsed() >= 200, QByteArray::number(clock.elapsed()).constData());
    }

    void silentConnectionIsClosed() {
        HttpLimits limits;
        limits.idleTimeoutMs = 300;
        auto sb = start(limits);
        RawClient c(sb->port());
        QTRY_VERIFY_WITH_TIMEOUT(c.closed, 3000);
        QVERIFY(c.received.isEmpty()); // no request, so no response: only a close
    }
};

QTEST_GUILESS_MAIN(TestSandboxHttp)
#include "tst_sandboxhttp.moc"
