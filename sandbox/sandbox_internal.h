#pragma once
// What the sandbox's files share (sandbox.cpp, sandbox_routing.cpp, sandbox_faults.cpp,
// sandbox_stream.cpp, sandbox_chat.cpp, sandbox_vectors.cpp). Internal to the sandbox. Its JSON
// writing is its own on purpose, like its credential parser (keys.h): an independent peer must
// not share the client's code, or it would agree with the client's bugs.

#include "sandbox.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonObject>
#include <QPair>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <memory>

class QHttpServerRequest;

namespace ik::sandbox {

using Headers = QList<QPair<QByteArray, QByteArray>>;
using Faults = QSet<QString>;

inline constexpr int kDefaultStallMs = 30'000;
inline constexpr int kSlowFirstByteMs = 1'500;
inline constexpr int kLargeChunkBytes = 1 << 20;
// Unpaced streams write this much per event-loop turn, and wait for the socket to drain below
// kHighWater before writing more: fast, yet bounded in memory however long the reply.
inline constexpr qsizetype kBatchBytes = 256 * 1024;
inline constexpr qsizetype kHighWater = 1024 * 1024;

// ---- JSON text ----
void appendEscaped(QByteArray& out, const QByteArray& utf8); // the inside of a JSON string
QByteArray jsonString(const QString& s);                     // with its quotes
QByteArray compact(const QJsonObject& o);
QByteArray errorBody(const QString& code, const QString& message);
QByteArray floatText(float v);
// Reads an optional integer field; false (and *error) when present but not an integer in range.
bool readInt(const QJsonObject& o, const QString& key, qint64 min, qint64 max,
             std::optional<qint64>* out, QString* error);

// An image_url content part (sandbox_images.cpp): appends "Image n: PNG, 64×32" to *images, or
// sets *error (prefixed with where) when it is not a base64 data URL of a readable image.
bool readImagePart(const QJsonObject& part, const QString& where, QStringList* images,
                   QString* error);

// ---- HTTP ----
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

// One request in flight: the socket (guarded: it is deleted when the client goes away), the
// faults that apply to it and the headers every response to it carries.
struct Exchange {
    Request req;
    QPointer<QTcpSocket> socket;
    Faults faults;
    Headers extraHeaders;
    bool closeAfter = false; // client sent Connection: close
};
using ExchangePtr = std::shared_ptr<Exchange>;

bool connected(const QPointer<QTcpSocket>& s);
// The `disconnect` fault in a stream: a TCP reset once what was written has left; `done` is
// deleted afterwards (sandbox_faults.cpp says why a reset).
void resetSoon(const QPointer<QTcpSocket>& socket, QObject* done);

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

// The sandbox's reading of a request head (sandbox_http.cpp says why it reads one at all).
struct HeadVerdict {
    bool ok = false;
    QString error;        // why not ok, for the 400's message
    qint64 bodyBytes = 0; // Content-Length, 0 when absent
    bool chunked = false; // Transfer-Encoding: the guard does not follow the body
};
HeadVerdict readHead(QByteArrayView head); // head: request line and headers, no blank line

// Accepts connections for the http server with a head guard on each, connected first.
class GuardedTcpServer final : public QTcpServer {
public:
    GuardedTcpServer(const HttpLimits& limits, QObject* httpServer)
        : QTcpServer(httpServer), m_limits(limits), m_httpServer(httpServer) {}
    void setLimits(const HttpLimits& limits) { m_limits = limits; }
    // https from now on: each connection a QSslSocket with this certificate (ik-sandbox --tls).
    void setTls(const QSslCertificate& certificate, const QSslKey& key) {
        m_certificate = certificate;
        m_key = key;
    }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    HttpLimits m_limits;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QObject* m_httpServer;
};

// ---- streams ----
struct ChatStreamSpec {
    QByteArray id;
    QByteArray model; // JSON-escaped, with quotes
    qint64 created = 0;
    QStringList tokens;
    QString finishReason;
    int promptTokens = 0;
    bool includeUsage = false;
    // Whole delta members (e.g. "reasoning_content":"..." or "tool_calls":[...]), one frame
    // each: lead ones before the content tokens, tail ones after them.
    QList<QByteArray> leadDeltas, tailDeltas;
    int reasoningTokens = -1; // usage.completion_tokens_details.reasoning_tokens when >= 0
    int topLogprobs = -1;     // >= 0: every content frame carries its token's logprobs
};
// ---- token probabilities and continuations (sandbox_logprobs.cpp) ----
struct LogprobOptions {
    bool on = false;            // logprobs: true
    int top = 0;                // top_logprobs
    bool continueFinal = false; // continue_final_message (with add_generation_prompt false)
};
// roles: the request's message roles in order (a continuation needs an assistant one last).
bool readLogprobOptions(const QJsonObject& body, const QList<QString>& roles, LogprobOptions* out,
                        QString* error);
// A continuation's first token gets the space that separates it from the prefix.
void continuePrefix(const QString& prefix, QStringList* tokens);
QByteArray tokenLogprobsJson(const QString& token, int top); // a chunk's {"content":[...]}
QJsonObject answerLogprobsJson(const QStringList& tokens, int top);

// Streams a chat reply as SSE, applying the stream faults; the stream is a child of `parent`
// and counts itself in *activeCounter while it lives.
void startChatStream(QObject* parent, int* activeCounter, ExchangePtr ex, ChatStreamSpec spec,
                     double rate, int stallMs);

// ---- the server's state and handlers ----
// What a path names: the operation, its project and workload, and the one method it takes.
struct Route {
    enum class Op { Chat, Embeddings, Rerank, Models, Workloads };
    Op op = Op::Chat;
    QString project;
    QString workload;
    QString rest;    // after /v1/ on the data plane
    QString allowed; // GET or POST
    bool controlPlane() const { return op == Op::Workloads; }
};

// Who calls: the credential as sent, and which of the config's keys or tokens it is.
struct Caller {
    QString token;
    const KeySpec* key = nullptr;
    const ControlTokenSpec* control = nullptr;
    const QString& project() const { return key ? key->project : control->project; }
};

struct Sandbox::Impl {
    Sandbox* q;
    Config config;
    std::unique_ptr<Server> server;
    quint16 port = 0;
    double tokensPerSecond = 40;
    QString globalFault;
    QString globalReasoning; // "content", "reasoning", "think" or empty (setReasoning)
    int stallMs = kDefaultStallMs;
    int replyTokens = 0;
    HttpLimits httpLimits;
    GuardedTcpServer* tcp = nullptr;
    QSslCertificate tlsCertificate; // set: https (setTls)
    QSslKey tlsKey;
    int activeStreams = 0;
    quint64 requestCounter = 0;
    std::optional<bool> lastRedirectSawAuth;

    // sandbox.cpp
    void handle(const QHttpServerRequest& request, QTcpSocket* socket);
    void send(const ExchangePtr& ex, int status, const QByteArray& body, Headers headers = {});
    void sendError(const ExchangePtr& ex, int status, const QString& code, const QString& message,
                   Headers headers = {}) {
        send(ex, status, errorBody(code, message), std::move(headers));
    }
    void badRequest(const ExchangePtr& ex, const QString& message) {
        sendError(ex, 400, QStringLiteral("invalid_request"), message);
    }

    // sandbox_routing.cpp: the order of checks in sandbox.h, one step each. A step that
    // answers the request returns false (or nullopt) and the caller stops.
    void process(const ExchangePtr& ex);
    bool noteRedirect(const ExchangePtr& ex);
    std::optional<Route> route(const ExchangePtr& ex);
    std::optional<Caller> authenticate(const ExchangePtr& ex, bool controlPlane);
    bool inScope(const ExchangePtr& ex, const Route& route, const Caller& caller,
                 const WorkloadSpec** workload);
    bool servesRoute(const ExchangePtr& ex, const Route& route, const WorkloadSpec& w,
                     const QString& target);
    std::optional<QJsonObject> readBody(const ExchangePtr& ex);

    // sandbox_faults.cpp
    bool readFaults(const ExchangePtr& ex);
    bool statusFault(const ExchangePtr& ex, const QString& target, bool viaRedirect);

    // sandbox_chat.cpp
    void chat(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body);

    // sandbox_vectors.cpp: embeddings, rerank and the listings
    void embeddings(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body);
    void rerank(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body);
    void listModels(const ExchangePtr& ex, const WorkloadSpec& w);
    void listWorkloads(const ExchangePtr& ex, const QString& project);

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

} // namespace ik::sandbox
