// The sandbox's own reading of each request head, ahead of QtHttpServer 6.4, which drops headers
// past about 80 KB without an error, takes conflicting or negative Content-Length and a garbage
// request line, and has no header, body or idle timeouts. A guard sits on each connection's
// readyRead, connected before the server's, and sees each byte just before the server reads it
// (the server reads inside a socket transaction, so peek() shows only what it has not read yet).
// A head it refuses is answered here with the sandbox's error JSON, the server's reader is cut
// off and the connection closed. Bodies sent chunked are not followed: the guard stops reading
// that connection and leaves it to the server.
#include "sandbox_internal.h"

#include <QSslSocket>

#include <QTimer>

namespace ik::sandbox {

namespace {

bool isTokenChar(char c) {
    // RFC 9110 tchar
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// METHOD SP request-target SP HTTP/1.x, with no control characters in the target.
bool validRequestLine(QByteArrayView line) {
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = line.lastIndexOf(' ');
    if (sp1 <= 0 || sp2 <= sp1 + 1)
        return false;
    for (char c : line.first(sp1))
        if (!isTokenChar(c))
            return false;
    for (char c : line.sliced(sp1 + 1, sp2 - sp1 - 1))
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return false;
    const QByteArrayView version = line.sliced(sp2 + 1);
    return version == "HTTP/1.1" || version == "HTTP/1.0";
}

} // namespace

// What a head says about the body that follows, or why it is refused.
HeadVerdict readHead(QByteArrayView head) {
    HeadVerdict v;
    QList<QByteArrayView> lines;
    qsizetype from = 0;
    while (from < head.size()) {
        qsizetype nl = head.indexOf('\n', from);
        if (nl < 0)
            nl = head.size();
        QByteArrayView line = head.sliced(from, nl - from);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        from = nl + 1;
    }
    if (lines.isEmpty() || !validRequestLine(lines.first())) {
        v.error = QStringLiteral("the request line is not METHOD SP target SP HTTP/1.x");
        return v;
    }
    std::optional<QByteArray> length;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            v.error = QStringLiteral("header line %1 has no name: value form").arg(i);
            return v;
        }
        for (char c : line.first(colon))
            if (!isTokenChar(c)) {
                v.error = QStringLiteral("header line %1 has an invalid name").arg(i);
                return v;
            }
        const QByteArrayView name = line.first(colon);
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            v.chunked = true;
        } else if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            const bool digits = !value.isEmpty() && value.size() <= 18 &&
                                std::all_of(value.begin(), value.end(),
                                            [](char c) { return c >= '0' && c <= '9'; });
            if (!digits) {
                v.error = QStringLiteral("Content-Length must be a non-negative decimal number");
                return v;
            }
            // Identical repeats are one length (RFC 9112 6.3); different ones are no framing.
            if (length && value.toLongLong() != length->toLongLong()) {
                v.error = QStringLiteral("the request has conflicting Content-Length headers");
                return v;
            }
            length = value;
        }
    }
    if (v.chunked && length) {
        v.error = QStringLiteral("the request has both Transfer-Encoding and Content-Length");
        return v;
    }
    v.bodyBytes = length ? length->toLongLong() : 0;
    v.ok = true;
    return v;
}

namespace {

// One connection's reader of heads and clock of timeouts. A child of the socket: it goes with it.
class HeadGuard final : public QObject {
public:
    HeadGuard(QTcpSocket* socket, const HttpLimits& limits, QObject* server)
        : QObject(socket), m_socket(socket), m_limits(limits), m_server(server) {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &HeadGuard::timedOut);
        connect(socket, &QIODevice::readyRead, this, &HeadGuard::onReadyRead);
        connect(socket, &QIODevice::bytesWritten, this, [this] {
            if (m_state == State::Idle)
                m_timer.start(m_limits.idleTimeoutMs);
        });
        enter(State::Idle);
    }

private:
    enum class State { Idle, Head, Body, Passthrough, Closed };

    void enter(State s) {
        m_state = s;
        switch (s) {
        case State::Idle:
            m_timer.start(m_limits.idleTimeoutMs);
            break;
        case State::Head:
            m_timer.start(m_limits.headerTimeoutMs);
            break;
        case State::Body:
            m_timer.start(m_limits.bodyTimeoutMs);
            break;
        case State::Passthrough:
        case State::Closed:
            m_timer.stop();
            break;
        }
    }

    void onReadyRead() {
        if (m_state == State::Passthrough || m_state == State::Closed)
            return;
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        QByteArrayView rest(fresh);
        while (!rest.isEmpty() && m_state != State::Passthrough && m_state != State::Closed)
            rest = consume(rest);
    }

    // Takes what it can of `bytes` in the current state; returns the rest.
    QByteArrayView consume(QByteArrayView bytes) {
        if (m_state == State::Body) {
            const qsizetype n = qsizetype(std::min<qint64>(m_bodyLeft, bytes.size()));
            m_bodyLeft -= n;
            if (m_bodyLeft == 0)
                enter(State::Idle);
            return bytes.sliced(n);
        }
        if (m_state == State::Idle) {
            // Empty lines before a request line are ignored (RFC 9112 2.2).
            qsizetype skip = 0;
            while (skip < bytes.size() && (bytes[skip] == '\r' || bytes[skip] == '\n'))
                ++skip;
            bytes = bytes.sliced(skip);
            if (bytes.isEmpty())
                return bytes;
            m_head.clear();
            enter(State::Head);
        }
        return consumeHead(bytes);
    }

    QByteArrayView consumeHead(QByteArrayView bytes) {
        const qsizetype before = m_head.size();
        m_head += bytes.first(std::min(bytes.size(), m_limits.maxHeaderBytes + 4 - before));
        qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        qsizetype endLen = 4;
        if (end < 0) {
            end = m_head.indexOf("\n\n", std::max<qsizetype>(0, before - 1));
            endLen = 2;
        }
        if (end < 0 || end > m_limits.maxHeaderBytes) {
            if (m_head.size() > m_limits.maxHeaderBytes)
                refuse(431, QStringLiteral("request_header_fields_too_large"),
                       QStringLiteral("the request head is larger than %1 bytes")
                           .arg(m_limits.maxHeaderBytes));
            return {};
        }
        const HeadVerdict v = readHead(QByteArrayView(m_head).first(end));
        if (!v.ok) {
            refuse(400, QStringLiteral("invalid_request"), v.error);
            return {};
        }
        const qsizetype used = end + endLen - before;
        m_head.clear();
        if (v.chunked) {
            enter(State::Passthrough);
        } else if (v.bodyBytes > 0) {
            m_bodyLeft = v.bodyBytes;
            enter(State::Body);
        } else {
            enter(State::Idle);
        }
        return bytes.sliced(used);
    }

    void timedOut() {
        if (m_state == State::Idle) {
            close();
            return;
        }
        refuse(408, QStringLiteral("request_timeout"),
               m_state == State::Head
                   ? QStringLiteral("the request head did not arrive within %1 ms")
                         .arg(m_limits.headerTimeoutMs)
                   : QStringLiteral("the request body did not arrive within %1 ms")
                         .arg(m_limits.bodyTimeoutMs));
    }

    void refuse(int status, const QString& code, const QString& message) {
        const QByteArray body = errorBody(code, message);
        const QByteArray reason = status == 431   ? "Request Header Fields Too Large"
                                  : status == 408 ? "Request Timeout"
                                                  : "Bad Request";
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                        "\r\nContent-Type: application/json\r\nContent-Length: " +
                        QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        close();
    }

    void close() {
        m_state = State::Closed;
        m_timer.stop();
        // The server must not read what was refused: its reader, connected after this one, is
        // cut off before this emission reaches it.
        QObject::disconnect(m_socket, &QIODevice::readyRead, m_server, nullptr);
        m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    QObject* m_server;
    QTimer m_timer;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};

} // namespace

void GuardedTcpServer::incomingConnection(qintptr descriptor) {
    QTcpSocket* socket = nullptr;
    QSslSocket* tls = nullptr;
    if (!m_certificate.isNull()) {
        tls = new QSslSocket(this);
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // The guard and the http server read the decrypted bytes: a QSslSocket's readyRead is
    // about plaintext once the handshake is done.
    new HeadGuard(socket, m_limits, m_httpServer);
    if (tls) {
        // A client that refuses the certificate just goes away: nothing to answer.
        connect(tls, &QSslSocket::sslErrors, tls, [tls](const QList<QSslError>&) { tls->abort(); });
        tls->startServerEncryption();
    }
    addPendingConnection(socket);
}

} // namespace ik::sandbox
