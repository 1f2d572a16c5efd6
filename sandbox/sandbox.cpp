// The sandbox's server: its public face, the request intake and the plain responses. Routing and
// the order of checks are in sandbox_routing.cpp, the routes in sandbox_chat.cpp and
// sandbox_vectors.cpp, streams in sandbox_stream.cpp, injected faults in sandbox_faults.cpp.
#include "sandbox.h"

#include "sandbox_internal.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTimer>
#include <cmath>

namespace ik::sandbox {

namespace {

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QString methodName(QHttpServerRequest::Method m) {
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

void appendEscaped(QByteArray& out, const QByteArray& utf8) {
    static const char hex[] = "0123456789abcdef";
    for (char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
}

QByteArray jsonString(const QString& s) {
    QByteArray out = "\"";
    appendEscaped(out, s.toUtf8());
    out += '"';
    return out;
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray errorBody(const QString& code, const QString& message) {
    return compact(
        QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                          {QStringLiteral("message"), message}}}});
}

bool readInt(const QJsonObject& o, const QString& key, qint64 min, qint64 max,
             std::optional<qint64>* out, QString* error) {
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
        *error = QStringLiteral("%1 must be an integer from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = qint64(d);
    return true;
}

QByteArray floatText(float v) {
    return QByteArray::number(double(v), 'g', 7);
}

bool connected(const QPointer<QTcpSocket>& s) {
    return s && s->state() == QAbstractSocket::ConnectedState;
}

Sandbox::Sandbox(Config config, QObject* parent) : QObject(parent), d(std::make_unique<Impl>()) {
    d->q = this;
    d->config = std::move(config);
    d->server = std::make_unique<Server>(
        [this](const QHttpServerRequest& r, QTcpSocket* s) { d->handle(r, s); });
}

Sandbox::~Sandbox() {
    // Streams and pending timers belong to the server; they go before the state they read.
    d->server.reset();
}

bool Sandbox::listen(quint16 port, QString* error) {
    auto* tcp = new GuardedTcpServer(d->httpLimits, d->server.get());
    if (!d->tlsCertificate.isNull())
        tcp->setTls(d->tlsCertificate, d->tlsKey);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->server->bind(tcp);
    d->tcp = tcp;
    d->port = tcp->serverPort();
    return true;
}

quint16 Sandbox::port() const {
    return d->port;
}
QString Sandbox::baseUrl() const {
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(d->tlsCertificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"))
        .arg(d->port);
}
void Sandbox::setTls(const QSslCertificate& certificate, const QSslKey& key) {
    d->tlsCertificate = certificate;
    d->tlsKey = key;
}
void Sandbox::setTokensPerSecond(double rate) {
    d->tokensPerSecond = rate;
}
double Sandbox::tokensPerSecond() const {
    return d->tokensPerSecond;
}
void Sandbox::setFault(const QString& name) {
    d->globalFault = name;
}
void Sandbox::setReasoning(const QString& form) {
    d->globalReasoning = form;
}
QString Sandbox::reasoning() const {
    return d->globalReasoning;
}
QString Sandbox::fault() const {
    return d->globalFault;
}
void Sandbox::setStallMs(int ms) {
    d->stallMs = std::max(0, ms);
}
void Sandbox::setReplyTokens(int n) {
    d->replyTokens = std::max(0, n);
}
void Sandbox::setHttpLimits(const HttpLimits& limits) {
    d->httpLimits = limits;
    if (d->tcp)
        d->tcp->setLimits(limits);
}
int Sandbox::activeStreams() const {
    return d->activeStreams;
}
const Config& Sandbox::config() const {
    return d->config;
}
std::optional<bool> Sandbox::lastRedirectSawAuthorization() const {
    return d->lastRedirectSawAuth;
}

QStringList Sandbox::banner() const {
    QStringList lines{QStringLiteral("listening ") + baseUrl()};
    for (const KeySpec& k : d->config.keys)
        for (const QString& w : k.workloads)
            lines.append(QStringLiteral("key %1/%2 %3").arg(k.project, w, k.key));
    for (const ControlTokenSpec& t : d->config.controlTokens)
        lines.append(QStringLiteral("control-token %1 %2").arg(t.project, t.token));
    return lines;
}

void Sandbox::Impl::handle(const QHttpServerRequest& request, QTcpSocket* socket) {
    // Frames must leave at once: Nagle would hold small writes back for the peer's ACK.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto ex = std::make_shared<Exchange>();
    ex->socket = socket;
    ex->req.method = methodName(request.method());
    ex->req.path = request.url().path();
    ex->req.query = request.url().query();
    ex->req.headers = request.headers();
    ex->req.body = request.body();
    ex->closeAfter = ex->req.header("connection").toLower() == "close";
    if (ex->req.body.size() > kMaxRequestBytes) {
        ex->req.body = QByteArray();
        ex->closeAfter = true;
        sendError(ex, 413, QStringLiteral("request_too_large"),
                  QStringLiteral("the request body is larger than %1 bytes").arg(kMaxRequestBytes));
        return;
    }
    if (!readFaults(ex))
        return;
    if (ex->faults.contains(QStringLiteral("slow-first-byte"))) {
        QTimer::singleShot(kSlowFirstByteMs, server.get(), [this, ex] {
            if (connected(ex->socket))
                process(ex);
        });
        return;
    }
    process(ex);
}

void Sandbox::Impl::send(const ExchangePtr& ex, int status, const QByteArray& body,
                         Headers headers) {
    emit q->requestFinished(ex->req.method, ex->req.path, status);
    if (!connected(ex->socket))
        return;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n";
    for (const auto& [k, v] : headers + ex->extraHeaders)
        head += k + ": " + v + "\r\n";
    head += "\r\n";
    const bool ok = status == 200;
    if (ok && ex->faults.contains(QStringLiteral("disconnect"))) {
        // Half a body, then gone: the non-streaming form of a server dying mid-response.
        // Content-Length promises more than arrives; a close (FIN) then is what QNAM 6.4
        // reliably reports as RemoteHostClosedError.
        ex->socket->write(head + body.left(body.size() / 2));
        ex->socket->disconnectFromHost();
        return;
    }
    if (ok && ex->faults.contains(QStringLiteral("stall"))) {
        ex->socket->write(head);
        QTimer::singleShot(stallMs, server.get(), [ex, body] {
            if (connected(ex->socket))
                ex->socket->write(body);
        });
        return;
    }
    ex->socket->write(head + body);
    if (ex->closeAfter)
        ex->socket->disconnectFromHost();
}

} // namespace ik::sandbox
