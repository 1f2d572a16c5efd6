#include "sandbox.h"

#include "engine.h"
#include "keys.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <functional>
#include <sys/socket.h>

namespace ik::sandbox {

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Faults = QSet<QString>;

constexpr int kDefaultStallMs = 30'000;
constexpr int kSlowFirstByteMs = 1'500;
constexpr int kLargeChunkBytes = 1 << 20;
// Unpaced streams write this much per event-loop turn, and wait for the socket to drain below
// kHighWater before writing more: fast, yet bounded in memory however long the reply.
constexpr qsizetype kBatchBytes = 256 * 1024;
constexpr qsizetype kHighWater = 1024 * 1024;

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

// What the handlers need of a request, copied: QHttpServerRequest dies with its socket.
struct Request {
    QString method;
    QString path;
    QString query;
    Headers headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const {
        for (const auto& [k, v] : headers)
            if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    bool hasHeader(QByteArrayView name) const {
        for (const auto& [k, v] : headers)
            if (QByteArrayView(k).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
};

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

// QAbstractHttpServer rather than QHttpServer's router: one function sees every request, so the
// order of checks (route, auth, project, workload, faults, body) is explicit and in one place.
class Server final : public QAbstractHttpServer {
public:
    using Handler = std::function<void(const QHttpServerRequest&, QTcpSocket*)>;
    explicit Server(Handler handler) : m_handler(std::move(handler)) {}

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest&, QTcpSocket*) override {}

private:
    Handler m_handler;
};

bool connected(const QPointer<QTcpSocket>& s) {
    return s && s->state() == QAbstractSocket::ConnectedState;
}

// The `disconnect` fault in a stream: a TCP reset, once what was written has left, as when a
// proxy or the model server dies. Clients must not count on a network error for it: after a
// FIN in the middle of a chunked body QNetworkAccessManager 6.4 mostly reports a clean finish,
// after a RST sometimes; a missing [DONE] is the dependable sign. `done` is deleted afterwards.
void resetSoon(const QPointer<QTcpSocket>& socket, QObject* done) {
    if (connected(socket))
        socket->flush();
    // Runs only while `done` lives (it goes early when the client left first: nothing to reset).
    QObject* context = done ? done : socket.data();
    if (!context)
        return;
    QTimer::singleShot(50, context, [socket, done] {
        if (connected(socket)) {
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
            socket->abort();
        }
        if (done)
            done->deleteLater();
    });
}

} // namespace

// One request in flight: the socket (guarded: it is deleted when the client goes away), the
// faults that apply to it and the headers every response to it carries.
struct Exchange {
    Request req;
    QPointer<QTcpSocket> socket;
    Faults faults;
    Headers extraHeaders;
    bool closeAfter = false; // client sent Connection: close
};

struct ChatStreamSpec {
    QByteArray id;
    QByteArray model; // JSON-escaped, with quotes
    qint64 created = 0;
    QStringList tokens;
    QString finishReason;
    int promptTokens = 0;
    bool includeUsage = false;
};

struct Sandbox::Impl {
    Sandbox* q;
    Config config;
    std::unique_ptr<Server> server;
    quint16 port = 0;
    double tokensPerSecond = 40;
    QString globalFault;
    int stallMs = kDefaultStallMs;
    int replyTokens = 0;
    int activeStreams = 0;
    quint64 requestCounter = 0;
    std::optional<bool> lastRedirectSawAuth;

    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void process(const std::shared_ptr<Exchange>& ex);
    void send(const std::shared_ptr<Exchange>& ex, int status, const QByteArray& body,
              Headers headers = {});
    void sendError(const std::shared_ptr<Exchange>& ex, int status, const QString& code,
                   const QString& message, Headers headers = {}) {
        send(ex, status, errorBody(code, message), std::move(headers));
    }
    void chat(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w, const QJsonObject& body);
    void embeddings(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w,
                    const QJsonObject& body);
    void rerank(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w,
                const QJsonObject& body);
    void listWorkloads(const std::shared_ptr<Exchange>& ex, const QString& project);

    bool projectExists(const QString& project) const {
        for (const auto& w : config.workloads)
            if (w.project == project)
                return true;
        for (const auto& k : config.keys)
            if (k.project == project)
                return true;
        for (const auto& t : config.controlTokens)
            if (t.project == project)
                return true;
        return false;
    }
    const WorkloadSpec* findWorkload(const QString& project, const QString& slug) const {
        for (const auto& w : config.workloads)
            if (w.project == project && w.slug == slug)
                return &w;
        return nullptr;
    }
};

namespace {

// Streams a chat reply as SSE over chunked transfer encoding, applying the stream faults.
// Lives until the reply is written or the client goes away, whichever comes first.
class ChatStream final : public QObject {
public:
    ChatStream(QObject* parent, int* activeCounter, std::shared_ptr<Exchange> ex,
               ChatStreamSpec spec, double rate, int stallMs)
        : QObject(parent), m_active(activeCounter), m_ex(std::move(ex)), m_spec(std::move(spec)),
          m_rate(rate), m_stallMs(stallMs) {
        ++*m_active;
        const auto n = int(m_spec.tokens.size());
        m_faultAt = std::clamp(n / 3, 1, std::max(n, 1));
        if (n == 0)
            m_faultAt = 0;
        m_prefix = "data: {\"id\":\"" + m_spec.id +
                   "\",\"object\":\"chat.completion.chunk\",\"created\":" +
                   QByteArray::number(m_spec.created) + ",\"model\":" + m_spec.model +
                   ",\"choices\":[{\"index\":0,\"delta\":{";
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] { pump(); });
        // The server deletes the socket after the client disconnects: stop writing then.
        connect(m_ex->socket, &QAbstractSocket::disconnected, this, [this] { stop(); });
        connect(m_ex->socket, &QObject::destroyed, this, [this] { stop(); });
        connect(m_ex->socket, &QIODevice::bytesWritten, this, [this] {
            if (m_waitingForDrain && m_ex->socket && m_ex->socket->bytesToWrite() < kBatchBytes) {
                m_waitingForDrain = false;
                pump();
            }
        });
    }
    ~ChatStream() override { --*m_active; }

    void start() {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
                          "Cache-Control: no-cache\r\nTransfer-Encoding: chunked\r\n";
        for (const auto& [k, v] : m_ex->extraHeaders)
            head += k + ": " + v + "\r\n";
        head += "\r\n";
        m_ex->socket->write(head);
        QByteArray out;
        if (has(u"keep-alive"))
            out += ": keep-alive\n\n";
        out += m_prefix + "\"role\":\"assistant\"},\"finish_reason\":null}]}\n\n";
        writeChunk(out);
        m_clock.start();
        if (m_rate > 0)
            scheduleNext();
        else
            pump();
    }

private:
    bool has(QStringView fault) const { return m_ex->faults.contains(fault.toString()); }

    void stop() {
        m_timer.stop();
        m_stopped = true;
        deleteLater();
    }

    void writeChunk(QByteArray data) {
        if (data.isEmpty() || !connected(m_ex->socket))
            return;
        if (has(u"crlf"))
            data.replace("\n", "\r\n");
        QByteArray framed = QByteArray::number(data.size(), 16) + "\r\n";
        framed += data;
        framed += "\r\n";
        m_ex->socket->write(framed);
    }

    QByteArray contentFrame(int i) const {
        QByteArray f = m_prefix + "\"content\":\"";
        appendEscaped(f, m_spec.tokens[i].toUtf8());
        if (i == m_faultAt && has(u"invalid-utf8"))
            f += "\xff\xfe"; // never valid in UTF-8
        f += "\"},\"finish_reason\":null}]}\n\n";
        return f;
    }

    QByteArray tail() const {
        QByteArray out =
            m_prefix + "},\"finish_reason\":" + jsonString(m_spec.finishReason) + "}]}\n\n";
        if (m_spec.includeUsage) {
            const int completion = int(m_spec.tokens.size());
            out += "data: {\"id\":\"" + m_spec.id +
                   "\",\"object\":\"chat.completion.chunk\",\"created\":" +
                   QByteArray::number(m_spec.created) + ",\"model\":" + m_spec.model +
                   ",\"choices\":[],\"usage\":{\"prompt_tokens\":" +
                   QByteArray::number(m_spec.promptTokens) +
                   ",\"completion_tokens\":" + QByteArray::number(completion) +
                   ",\"total_tokens\":" + QByteArray::number(m_spec.promptTokens + completion) +
                   "}}\n\n";
        }
        if (!has(u"no-done"))
            out += "data: [DONE]\n\n";
        return out;
    }

    // Ends the HTTP response properly; closes the connection when a fault says so.
    void finish(bool close) {
        if (connected(m_ex->socket)) {
            m_ex->socket->write("0\r\n\r\n");
            if (close || m_ex->closeAfter)
                m_ex->socket->disconnectFromHost();
        }
        stop();
    }

    // The mid-stream faults, once, before content frame m_faultAt. False: the stream is over or
    // paused and the caller must return.
    bool midStreamFault(QByteArray& out) {
        if (m_faultDone || m_next != m_faultAt)
            return true;
        m_faultDone = true;
        if (has(u"malformed-chunk"))
            out += "data: {not json\n\n";
        if (has(u"stall")) {
            writeChunk(out);
            out.clear();
            m_pausedMs += m_stallMs;
            m_timer.start(m_stallMs);
            return false;
        }
        if (has(u"disconnect")) {
            writeChunk(out);
            m_stopped = true;
            m_timer.stop();
            resetSoon(m_ex->socket, this);
            return false;
        }
        if (has(u"error-frame")) {
            out += "data: {\"error\":{\"code\":\"internal_error\",\"message\":\"the model server "
                   "failed in mid-stream (injected fault)\"}}\n\n";
            writeChunk(out);
            finish(true);
            return false;
        }
        return true;
    }

    void pump() {
        if (m_stopped)
            return;
        if (!connected(m_ex->socket)) {
            stop();
            return;
        }
        const int n = int(m_spec.tokens.size());
        qint64 budget = std::numeric_limits<qint64>::max();
        if (m_rate > 0) {
            const double elapsed = double(m_clock.elapsed() - m_pausedMs);
            const auto due = qint64(std::floor(elapsed * m_rate / 1000.0));
            budget = std::max<qint64>(0, due - m_next);
        }
        QByteArray out;
        const bool keepAlive = has(u"keep-alive");
        while (m_next < n && budget > 0 && out.size() < kBatchBytes) {
            if (!midStreamFault(out))
                return;
            if (keepAlive)
                out += ": keep-alive\n\n";
            out += contentFrame(m_next++);
            --budget;
        }
        if (m_next >= n) {
            if (!midStreamFault(out))
                return;
            out += tail();
            writeChunk(out);
            finish(has(u"no-done") || has(u"error-frame"));
            return;
        }
        writeChunk(out);
        if (m_rate > 0)
            scheduleNext();
        else if (m_ex->socket->bytesToWrite() > kHighWater)
            m_waitingForDrain = true;
        else
            QTimer::singleShot(0, this, [this] { pump(); });
    }

    void scheduleNext() {
        // Content frame i is due at (i + 1) / rate seconds after the start, plus any stall.
        const double dueMs = double(m_next + 1) * 1000.0 / m_rate + double(m_pausedMs);
        const double wait = dueMs - double(m_clock.elapsed());
        m_timer.start(std::max(0, int(std::ceil(wait))));
    }

    int* m_active;
    std::shared_ptr<Exchange> m_ex;
    ChatStreamSpec m_spec;
    double m_rate;
    int m_stallMs;
    QByteArray m_prefix;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    int m_next = 0;
    int m_faultAt = 0;
    bool m_faultDone = false;
    bool m_waitingForDrain = false;
    bool m_stopped = false;
};

// Reads an optional integer field; false (and *error) when present but not an integer in range.
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

} // namespace

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
    auto* tcp = new QTcpServer(d->server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    d->server->bind(tcp);
    d->port = tcp->serverPort();
    return true;
}

quint16 Sandbox::port() const {
    return d->port;
}
QString Sandbox::baseUrl() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(d->port);
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
QString Sandbox::fault() const {
    return d->globalFault;
}
void Sandbox::setStallMs(int ms) {
    d->stallMs = std::max(0, ms);
}
void Sandbox::setReplyTokens(int n) {
    d->replyTokens = std::max(0, n);
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

    for (const QString& f : globalFault.split(u',', Qt::SkipEmptyParts))
        ex->faults.insert(f.trimmed());
    const QString requested = QString::fromUtf8(ex->req.header("x-sandbox-fault"));
    QStringList unknown;
    for (const QString& raw : requested.split(u',', Qt::SkipEmptyParts)) {
        const QString f = raw.trimmed();
        if (faultNames().contains(f))
            ex->faults.insert(f);
        else
            unknown.append(f);
    }
    if (!unknown.isEmpty()) {
        sendError(ex, 400, QStringLiteral("unknown_fault"),
                  QStringLiteral("unknown X-Sandbox-Fault \"%1\"; known faults: %2")
                      .arg(unknown.join(u','), faultNames().join(QStringLiteral(", "))));
        return;
    }
    if (ex->faults.contains(QStringLiteral("slow-first-byte"))) {
        QTimer::singleShot(kSlowFirstByteMs, server.get(), [this, ex] {
            if (connected(ex->socket))
                process(ex);
        });
        return;
    }
    process(ex);
}

void Sandbox::Impl::send(const std::shared_ptr<Exchange>& ex, int status, const QByteArray& body,
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

void Sandbox::Impl::process(const std::shared_ptr<Exchange>& ex) {
    const Request& req = ex->req;
    const QStringList seg = req.path.split(u'/', Qt::SkipEmptyParts);

    // The redirect target: clients must not carry Authorization to another host.
    const QByteArray host = req.header("host");
    const QByteArray hostName =
        host.left(host.lastIndexOf(':') < 0 ? host.size() : host.lastIndexOf(':'));
    const bool viaRedirect = hostName.compare("localhost", Qt::CaseInsensitive) == 0;
    if (viaRedirect) {
        const bool saw = req.hasHeader("authorization");
        lastRedirectSawAuth = saw;
        ex->extraHeaders.append(
            qMakePair(QByteArray("X-Sandbox-Saw-Authorization"), QByteArray(saw ? "yes" : "no")));
        emit q->redirectFollowed(saw);
    }

    // 1. route
    enum class Op { Chat, Embeddings, Rerank, Models, Workloads } op;
    QString project, workloadSlug;
    QString allowed;
    if (seg.size() >= 5 && seg[0] == u"endpoint" && seg[3] == u"v1") {
        project = seg[1];
        workloadSlug = seg[2];
        const QString rest = QStringList(seg.mid(4)).join(u'/');
        allowed = QStringLiteral("POST");
        if (rest == u"chat/completions")
            op = Op::Chat;
        else if (rest == u"embeddings")
            op = Op::Embeddings;
        else if (rest == u"rerank")
            op = Op::Rerank;
        else if (rest == u"models") {
            op = Op::Models;
            allowed = QStringLiteral("GET");
        } else {
            sendError(ex, 404, QStringLiteral("not_found"),
                      QStringLiteral("no route %1 %2").arg(req.method, req.path));
            return;
        }
    } else if (seg.size() == 4 && seg[0] == u"api" && seg[1] == u"projects" &&
               seg[3] == u"workloads") {
        project = seg[2];
        op = Op::Workloads;
        allowed = QStringLiteral("GET");
    } else {
        sendError(ex, 404, QStringLiteral("not_found"),
                  QStringLiteral("no route %1 %2").arg(req.method, req.path));
        return;
    }
    if (req.method != allowed) {
        sendError(
            ex, 405, QStringLiteral("method_not_allowed"),
            QStringLiteral("%1 is not allowed on %2; use %3").arg(req.method, req.path, allowed),
            {{"Allow", allowed.toLatin1()}});
        return;
    }
    const bool controlPlane = op == Op::Workloads;

    // 2. authentication
    const QString auth = QString::fromUtf8(req.header("authorization")).trimmed();
    const QString invalid = QStringLiteral("invalid_api_key");
    if (auth.isEmpty()) {
        sendError(ex, 401, invalid,
                  controlPlane
                      ? QStringLiteral("missing Authorization header: send Authorization: Bearer "
                                       "<the project's ik_sdk_ control token>")
                      : QStringLiteral("missing Authorization header: send Authorization: Bearer "
                                       "<the workload's ik_live_ key>"));
        return;
    }
    if (!auth.startsWith(QStringLiteral("bearer "), Qt::CaseInsensitive)) {
        sendError(ex, 401, invalid,
                  QStringLiteral("the Authorization header must use the Bearer scheme"));
        return;
    }
    const QString token = auth.mid(7).trimmed();
    const auto parsed = parseCredential(token);
    if (!parsed) {
        sendError(ex, 401, invalid,
                  QStringLiteral("malformed credential %1: expected ik_live_<8 hex>_<64 hex>")
                      .arg(redact(token)));
        return;
    }
    if (!controlPlane && parsed->kind == u"sdk") {
        sendError(ex, 403, QStringLiteral("wrong_credential_type"),
                  QStringLiteral("%1 is a control-plane token; inference needs the workload's "
                                 "ik_live_ key")
                      .arg(redact(token)));
        return;
    }
    if (controlPlane && parsed->kind == u"live") {
        sendError(ex, 403, QStringLiteral("wrong_credential_type"),
                  QStringLiteral("%1 is a data-plane key; the control plane needs the project's "
                                 "ik_sdk_ token")
                      .arg(redact(token)));
        return;
    }
    const KeySpec* key = nullptr;
    const ControlTokenSpec* control = nullptr;
    for (const auto& k : config.keys)
        if (k.key == token)
            key = &k;
    for (const auto& t : config.controlTokens)
        if (t.token == token)
            control = &t;
    if (!key && !control) {
        sendError(ex, 401, invalid,
                  QStringLiteral("unknown or revoked credential %1").arg(redact(token)));
        return;
    }

    // 3. project
    if (!projectExists(project)) {
        sendError(ex, 404, QStringLiteral("project_not_found"),
                  QStringLiteral("no project \"%1\"").arg(project));
        return;
    }
    const QString ownProject = key ? key->project : control->project;
    if (ownProject != project) {
        sendError(ex, 403, QStringLiteral("project_scope_mismatch"),
                  QStringLiteral("%1 belongs to another project than \"%2\"")
                      .arg(redact(token), project));
        return;
    }

    // 4. workload
    const WorkloadSpec* workload = nullptr;
    if (!controlPlane) {
        workload = findWorkload(project, workloadSlug);
        if (!workload) {
            sendError(
                ex, 404, QStringLiteral("workload_not_found"),
                QStringLiteral("no workload \"%1\" in project \"%2\"").arg(workloadSlug, project));
            return;
        }
        if (!key->workloads.contains(QStringLiteral("*")) &&
            !key->workloads.contains(workloadSlug)) {
            sendError(ex, 403, QStringLiteral("scope_insufficient"),
                      QStringLiteral("%1 is not issued for %2/%3")
                          .arg(redact(token), project, workloadSlug));
            return;
        }
    }

    // 5. injected status faults
    const QString target = controlPlane ? project : project + u'/' + workloadSlug;
    if (ex->faults.contains(QStringLiteral("rate-limit"))) {
        sendError(ex, 429, QStringLiteral("rate_limit_exceeded"),
                  QStringLiteral("too many requests for %1; retry after 2 s").arg(target),
                  {{"Retry-After", "2"}});
        return;
    }
    if (ex->faults.contains(QStringLiteral("server-error"))) {
        sendError(ex, 500, QStringLiteral("internal_error"),
                  QStringLiteral("%1 failed to answer (injected fault)").arg(target));
        return;
    }
    if (ex->faults.contains(QStringLiteral("cold-start"))) {
        sendError(ex, 503, QStringLiteral("workload_starting"),
                  QStringLiteral("%1 is starting after being idle; retry in 5 s").arg(target),
                  {{"Retry-After", "5"}});
        return;
    }
    if (ex->faults.contains(QStringLiteral("redirect")) && !viaRedirect) {
        QByteArray location = "http://localhost:" + QByteArray::number(port) + req.path.toUtf8();
        if (!req.query.isEmpty())
            location += '?' + req.query.toUtf8();
        sendError(ex, 307, QStringLiteral("moved"),
                  QStringLiteral("this workload is served from another host (injected fault)"),
                  {{"Location", location}});
        return;
    }

    if (op == Op::Workloads) {
        listWorkloads(ex, project);
        return;
    }
    if (op == Op::Models) {
        QJsonObject model{{QStringLiteral("id"), workload->model},
                          {QStringLiteral("object"), QStringLiteral("model")},
                          {QStringLiteral("owned_by"), project}};
        send(ex, 200,
             compact({{QStringLiteral("object"), QStringLiteral("list")},
                      {QStringLiteral("data"), QJsonArray{model}}}));
        return;
    }

    // 6. kind, then body
    const QString needed = op == Op::Chat         ? QStringLiteral("chat")
                           : op == Op::Embeddings ? QStringLiteral("embedding")
                                                  : QStringLiteral("rerank");
    if (workload->kind != needed) {
        const QString serves = workload->kind == u"chat" ? QStringLiteral("/chat/completions")
                               : workload->kind == u"embedding" ? QStringLiteral("/embeddings")
                                                                : QStringLiteral("/rerank");
        sendError(ex, 400, QStringLiteral("wrong_workload_kind"),
                  QStringLiteral("%1 is a %2 workload: it serves %3, not /%4")
                      .arg(target, workload->kind, serves, QStringList(seg.mid(4)).join(u'/')));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sendError(ex, 400, QStringLiteral("invalid_json"),
                  QStringLiteral("the request body is not valid JSON: %1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset));
        return;
    }
    if (!doc.isObject()) {
        sendError(ex, 400, QStringLiteral("invalid_request"),
                  QStringLiteral("the request body must be a JSON object"));
        return;
    }
    const QJsonObject body = doc.object();
    if (body.contains(u"model") && !body.value(u"model").isString()) {
        sendError(ex, 400, QStringLiteral("invalid_request"),
                  QStringLiteral("model must be a string"));
        return;
    }
    switch (op) {
    case Op::Chat:
        chat(ex, *workload, body);
        break;
    case Op::Embeddings:
        embeddings(ex, *workload, body);
        break;
    case Op::Rerank:
        rerank(ex, *workload, body);
        break;
    default:
        break;
    }
}

void Sandbox::Impl::chat(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w,
                         const QJsonObject& body) {
    auto bad = [&](const QString& message) {
        sendError(ex, 400, QStringLiteral("invalid_request"), message);
    };
    engine::ChatRequest creq;
    const QJsonValue mv = body.value(u"messages");
    if (!mv.isArray() || mv.toArray().isEmpty()) {
        bad(QStringLiteral("messages must be a non-empty array of {role, content}"));
        return;
    }
    static const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                                   QStringLiteral("assistant"), QStringLiteral("tool"),
                                   QStringLiteral("developer")};
    const QJsonArray messages = mv.toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages[i].toObject();
        const QString role = m.value(u"role").toString();
        if (!roles.contains(role)) {
            bad(QStringLiteral("messages[%1].role must be one of %2")
                    .arg(i)
                    .arg(roles.join(QStringLiteral(", "))));
            return;
        }
        QString content;
        const QJsonValue cv = m.value(u"content");
        if (cv.isString()) {
            content = cv.toString();
        } else if (cv.isArray()) {
            // Content parts: only text parts mean anything to a text model.
            for (const QJsonValue& part : cv.toArray())
                if (part.toObject().value(u"type").toString() == u"text")
                    content += part.toObject().value(u"text").toString();
        } else {
            bad(QStringLiteral("messages[%1].content must be a string").arg(i));
            return;
        }
        if (content.trimmed().isEmpty()) {
            bad(QStringLiteral("messages[%1].content is blank").arg(i));
            return;
        }
        creq.messages.append({role, content});
    }
    const QJsonValue tv = body.value(u"temperature");
    if (!tv.isUndefined() && !tv.isNull()) {
        if (!tv.isDouble() || tv.toDouble() < 0 || tv.toDouble() > 2) {
            bad(QStringLiteral("temperature must be a number from 0 to 2"));
            return;
        }
        creq.temperature = tv.toDouble();
    }
    QString error;
    std::optional<qint64> maxTokens, maxCompletion, seed, minTokens, n;
    if (!readInt(body, QStringLiteral("max_tokens"), 1, 100'000'000, &maxTokens, &error) ||
        !readInt(body, QStringLiteral("max_completion_tokens"), 1, 100'000'000, &maxCompletion,
                 &error) ||
        !readInt(body, QStringLiteral("seed"), std::numeric_limits<qint32>::min() * 1024LL,
                 std::numeric_limits<qint32>::max() * 1024LL, &seed, &error) ||
        !readInt(body, QStringLiteral("min_tokens"), 0, 100'000'000, &minTokens, &error) ||
        !readInt(body, QStringLiteral("n"), 1, 1, &n, &error)) {
        bad(error);
        return;
    }
    if (maxTokens || maxCompletion)
        creq.maxTokens = int(maxTokens ? *maxTokens : *maxCompletion);
    creq.seed = seed.value_or(0);
    creq.minTokens = int(minTokens.value_or(0));
    creq.ignoreEos = body.value(u"ignore_eos").toBool(false);
    creq.replyTokens = replyTokens;
    const QJsonValue sv = body.value(u"stop");
    if (sv.isString()) {
        creq.stop = {sv.toString()};
    } else if (sv.isArray()) {
        const QJsonArray stops = sv.toArray();
        if (stops.size() > 4) {
            bad(QStringLiteral("stop takes at most 4 sequences"));
            return;
        }
        for (const QJsonValue& s : stops) {
            if (!s.isString()) {
                bad(QStringLiteral("stop must be a string or an array of strings"));
                return;
            }
            creq.stop.append(s.toString());
        }
    } else if (!sv.isUndefined() && !sv.isNull()) {
        bad(QStringLiteral("stop must be a string or an array of strings"));
        return;
    }
    const QJsonValue streamValue = body.value(u"stream");
    if (!streamValue.isUndefined() && !streamValue.isNull() && !streamValue.isBool()) {
        bad(QStringLiteral("stream must be true or false"));
        return;
    }
    const bool stream = streamValue.toBool(false);
    const QJsonValue so = body.value(u"stream_options");
    if (!so.isUndefined() && !so.isNull() && !so.isObject()) {
        bad(QStringLiteral("stream_options must be an object"));
        return;
    }
    const bool includeUsage = so.toObject().value(u"include_usage").toBool(false);

    engine::ChatReply reply = engine::generateChat(creq);
    if (ex->faults.contains(QStringLiteral("large-chunk")) && !reply.tokens.isEmpty()) {
        const auto at = std::clamp<qsizetype>(reply.tokens.size() / 3, 0, reply.tokens.size() - 1);
        reply.tokens[at] = engine::longText(kLargeChunkBytes, engine::hash64(reply.text()));
    }

    const quint64 counter = ++requestCounter;
    const QByteArray id =
        "chatcmpl-" +
        QByteArray::number(engine::hash64(reply.text().left(256)) ^ (counter << 32), 16);
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    if (stream) {
        ChatStreamSpec spec;
        spec.id = id;
        spec.model = jsonString(w.model);
        spec.created = created;
        spec.tokens = std::move(reply.tokens);
        spec.finishReason = reply.finishReason;
        spec.promptTokens = reply.promptTokens;
        spec.includeUsage = includeUsage;
        emit q->requestFinished(ex->req.method, ex->req.path, 200);
        if (!connected(ex->socket))
            return;
        auto* s = new ChatStream(server.get(), &activeStreams, ex, std::move(spec), tokensPerSecond,
                                 stallMs);
        s->start();
        return;
    }
    const int completion = int(reply.tokens.size());
    const QJsonObject response{
        {QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), created},
        {QStringLiteral("model"), w.model},
        {QStringLiteral("choices"),
         QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), reply.text()}}},
                                {QStringLiteral("logprobs"), QJsonValue::Null},
                                {QStringLiteral("finish_reason"), reply.finishReason}}}},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), reply.promptTokens},
                     {QStringLiteral("completion_tokens"), completion},
                     {QStringLiteral("total_tokens"), reply.promptTokens + completion}}}};
    send(ex, 200, compact(response));
}

void Sandbox::Impl::embeddings(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w,
                               const QJsonObject& body) {
    auto bad = [&](const QString& message) {
        sendError(ex, 400, QStringLiteral("invalid_request"), message);
    };
    QStringList inputs;
    const QJsonValue iv = body.value(u"input");
    if (iv.isString()) {
        inputs.append(iv.toString());
    } else if (iv.isArray()) {
        const QJsonArray a = iv.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString()) {
                bad(QStringLiteral("input[%1] must be a string (token arrays are not supported)")
                        .arg(i));
                return;
            }
            inputs.append(a[i].toString());
        }
    } else {
        bad(QStringLiteral("input must be a string or an array of strings"));
        return;
    }
    if (inputs.isEmpty()) {
        bad(QStringLiteral("input must not be empty"));
        return;
    }
    if (inputs.size() > 4096) {
        bad(QStringLiteral("input holds %1 items; at most 4096 per request").arg(inputs.size()));
        return;
    }
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        if (inputs[i].trimmed().isEmpty()) {
            bad(iv.isString() ? QStringLiteral("input is blank")
                              : QStringLiteral("input[%1] is blank").arg(i));
            return;
        }
    }
    const QString format = body.value(u"encoding_format").toString(QStringLiteral("float"));
    if (format != u"float" && format != u"base64") {
        bad(QStringLiteral("encoding_format must be float or base64"));
        return;
    }
    const QJsonValue dv = body.value(u"dimensions");
    if (!dv.isUndefined() && !dv.isNull() && dv.toDouble() != double(w.dimension)) {
        bad(QStringLiteral("%1 returns %2 dimensions; dimensions=%3 is not supported")
                .arg(w.model)
                .arg(w.dimension)
                .arg(dv.toVariant().toString()));
        return;
    }

    // Written by hand: QJsonDocument would print every float with 17 digits.
    QList<QByteArray> items;
    int words = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        words += engine::countWords(inputs[i]);
        const QVector<float> v = engine::embed(inputs[i], w.dimension, w.featurisation);
        QByteArray item =
            "{\"object\":\"embedding\",\"index\":" + QByteArray::number(i) + ",\"embedding\":";
        if (format == u"base64") {
            QByteArray raw(reinterpret_cast<const char*>(v.constData()),
                           v.size() * qsizetype(sizeof(float)));
            if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
                for (qsizetype b = 0; b < raw.size(); b += 4)
                    std::reverse(raw.begin() + b, raw.begin() + b + 4);
            }
            item += '"' + raw.toBase64() + '"';
        } else {
            item += '[';
            for (int j = 0; j < v.size(); ++j) {
                if (j)
                    item += ',';
                item += floatText(v[j]);
            }
            item += ']';
        }
        item += '}';
        items.append(item);
    }
    if (ex->faults.contains(QStringLiteral("shuffle")))
        std::reverse(items.begin(), items.end());
    QByteArray out = "{\"object\":\"list\",\"data\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += "],\"model\":" + jsonString(w.model) +
           ",\"usage\":{\"prompt_tokens\":" + QByteArray::number(words) +
           ",\"total_tokens\":" + QByteArray::number(words) + "}}";
    send(ex, 200, out);
}

void Sandbox::Impl::rerank(const std::shared_ptr<Exchange>& ex, const WorkloadSpec& w,
                           const QJsonObject& body) {
    auto bad = [&](const QString& message) {
        sendError(ex, 400, QStringLiteral("invalid_request"), message);
    };
    const QString query = body.value(u"query").toString();
    if (query.trimmed().isEmpty()) {
        bad(QStringLiteral("query must be a non-blank string"));
        return;
    }
    const QJsonValue dv = body.value(u"documents");
    if (!dv.isArray() || dv.toArray().isEmpty()) {
        bad(QStringLiteral("documents must be a non-empty array of strings"));
        return;
    }
    QStringList documents;
    const QJsonArray docs = dv.toArray();
    for (qsizetype i = 0; i < docs.size(); ++i) {
        // Cohere-style {"text": ...} documents are accepted too.
        const QString text =
            docs[i].isObject() ? docs[i].toObject().value(u"text").toString() : docs[i].toString();
        if (!docs[i].isString() && !docs[i].isObject()) {
            bad(QStringLiteral("documents[%1] must be a string").arg(i));
            return;
        }
        documents.append(text);
    }
    QString error;
    std::optional<qint64> topN;
    if (!readInt(body, QStringLiteral("top_n"), 1, 1'000'000, &topN, &error)) {
        bad(error);
        return;
    }
    const bool returnDocuments = body.value(u"return_documents").toBool(false);
    QList<QPair<double, int>> scored;
    int words = engine::countWords(query);
    for (int i = 0; i < int(documents.size()); ++i) {
        scored.append({engine::relevance(query, documents[i]), i});
        words += engine::countWords(documents[i]);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (topN && *topN < scored.size())
        scored.resize(*topN);
    QJsonArray results;
    for (const auto& [score, index] : scored) {
        QJsonObject r{{QStringLiteral("index"), index}, {QStringLiteral("relevance_score"), score}};
        if (returnDocuments)
            r.insert(QStringLiteral("document"),
                     QJsonObject{{QStringLiteral("text"), documents[index]}});
        results.append(r);
    }
    const quint64 counter = ++requestCounter;
    send(
        ex, 200,
        compact({{QStringLiteral("id"), QStringLiteral("rerank-%1").arg(counter)},
                 {QStringLiteral("model"), w.model},
                 {QStringLiteral("results"), results},
                 {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), words},
                                                       {QStringLiteral("total_tokens"), words}}}}));
}

void Sandbox::Impl::listWorkloads(const std::shared_ptr<Exchange>& ex, const QString& project) {
    static const QHash<QString, QString> taskType{
        {QStringLiteral("chat"), QStringLiteral("text2text")},
        {QStringLiteral("embedding"), QStringLiteral("embedding")},
        {QStringLiteral("rerank"), QStringLiteral("reranker")}};
    QJsonArray out;
    int n = 0;
    for (const WorkloadSpec& w : config.workloads) {
        if (w.project != project)
            continue;
        // Stable ids and dates, so listings can be compared across runs.
        const QByteArray h =
            QByteArray::number(engine::hash64(project + u'/' + w.slug), 16).rightJustified(16, '0');
        const QString id = QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + "-4" + h.mid(12, 3) +
                                               "-8" + h.left(3) + '-' + h.mid(4, 12));
        const QDateTime created =
            QDateTime(QDate(2025, 1, 6), QTime(9, 30), Qt::UTC).addDays(n * 3);
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), w.name.isEmpty() ? w.slug : w.name},
                      {QStringLiteral("slug"), w.slug},
                      {QStringLiteral("project_slug"), w.project},
                      {QStringLiteral("task_type"), taskType.value(w.kind, w.kind)},
                      {QStringLiteral("backend"), w.backend},
                      {QStringLiteral("model_name"), w.model},
                      {QStringLiteral("created_at"), created.toString(Qt::ISODate)},
                      {QStringLiteral("updated_at"), created.addSecs(3600).toString(Qt::ISODate)}};
        if (w.kind == u"embedding")
            o.insert(QStringLiteral("dimension"), w.dimension);
        out.append(o);
        ++n;
    }
    send(ex, 200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace ik::sandbox
