#pragma once
// A run: one request and everything that came back (DESIGN.md "Words").

#include "error.h"
#include "wire.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace ik {

enum class RunState { Pending, Running, Done, Failed, Cancelled, Truncated };
QString
runStateName(RunState state); // "pending", "running", "done", "failed", "cancelled", "truncated"

// One SSE event as received.
struct Frame {
    int index = 0;
    qint64 atMs = 0;        // ms since the request was sent
    qsizetype bytes = 0;    // raw bytes of the event
    QString data;           // the data: payload as text (what the inspector shows)
    QString delta;          // answer text it contributed (empty for role-only/usage/[DONE])
    QString reasoning;      // reasoning text it contributed
    bool toolCalls = false; // it carried tool-call fragments
    bool json = true;       // false: not JSON, skipped
    bool done = false;      // the [DONE] marker
};

// What the inspector shows of a run. Authorization is already redacted here.
struct RunRecord {
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody;
    int status = 0;
    QByteArray protocol; // "HTTP/2" or "HTTP/1.1", as the reply was carried; empty: no reply yet
    HeaderList responseHeaders;
    QByteArray responseBody; // non-streaming body, or error body (capped)
    QList<Frame> frames;
    int nonJsonFrames = 0;
    qint64 invalidUtf8At = -1; // body offset of the first byte that is not UTF-8; -1: all valid
    int comments = 0;
    QList<QUrl> redirects; // same-origin redirects that were followed, in order
};

// Every time is in ms since the request was sent; -1: did not happen.
struct RunTimings {
    qint64 headersMs = -1;        // -> response headers
    qint64 firstTokenMs = -1;     // -> first answer token (text or a tool call, not reasoning)
    qint64 totalMs = -1;          // -> end
    QList<qint64> tokenGapsMs;    // between consecutive deltas of any output
    qint64 firstOutputMs = -1;    // -> first output of any kind, reasoning included
    qint64 firstReasoningMs = -1; // -> first reasoning token
    qint64 lastReasoningMs = -1;  // -> last reasoning token
    qint64 lastOutputMs = -1;     // -> last output of any kind (for the gaps)
};

class Run : public QObject {
    Q_OBJECT
public:
    enum class Type { Chat, Embeddings, Rerank };

    Type type() const { return m_type; }
    RunState state() const { return m_state; }
    bool isFinished() const { return m_state != RunState::Pending && m_state != RunState::Running; }
    bool isStreaming() const { return m_streaming; }

    QString text() const { return m_text; } // the answer so far, kept on every end
    // The model's thinking (reasoning_content, reasoning, or <think> in content), apart from text.
    QString reasoning() const { return m_reasoning; }
    // Calls assembled so far by index; a run may end with calls and no text.
    const QList<ToolCall>& toolCalls() const { return m_toolCalls; }
    // Answer tokens with log-probabilities (logprobs asked), offsets into text(); grows before
    // chunkReceived() is emitted for the chunk that carried them.
    const QList<TokenLogprob>& tokens() const { return m_tokens; }
    QString model() const { return m_model; }
    QString finishReason() const { return m_finishReason; }
    Usage usage() const { return m_usage; }
    int chunkCount() const { return m_chunkCount; } // chunks that carried text
    const Error& error() const { return m_error; }  // Failed (and Truncated/Cancelled: the reason)
    const RunTimings& timings() const { return m_timings; }
    const RunRecord& record() const { return m_record; }
    const EmbeddingsResponse& embeddings() const { return m_embeddings; }
    const RerankResponse& rerank() const { return m_rerank; }

public slots:
    // Stops at any moment; keeps the partial text; ends Cancelled. No-op once ended.
    void cancel();

signals:
    void started();
    void headersReceived(int status);
    void frameReceived(const ik::Frame& frame);
    void chunkReceived(const QString& delta, qint64 atMs);     // non-empty answer deltas only
    void reasoningReceived(const QString& delta, qint64 atMs); // non-empty reasoning deltas
    void toolCallsChanged(); // a fragment arrived: toolCalls() has grown
    // Exactly one of these, then ended().
    void done();
    void failed(const ik::Error& error);
    void cancelled();
    void truncated();
    void ended(ik::RunState state);

private:
    friend class Endpoint;
    explicit Run(Type type, QObject* parent = nullptr);
    void finish(RunState state, const Error& error = {});
    // Endpoint's two ways to begin: send the request, or end Failed from the event loop without
    // sending anything.
    void send(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& body,
              int connectTimeoutMs, int idleTimeoutMs, int expectedCount);
    void refuse(const Error& error);

    Type m_type;
    RunState m_state = RunState::Pending;
    bool m_streaming = false;
    QString m_text, m_reasoning, m_model, m_finishReason;
    QList<ToolCall> m_toolCalls;
    QList<TokenLogprob> m_tokens;
    Usage m_usage;
    int m_chunkCount = 0;
    Error m_error;
    RunTimings m_timings;
    RunRecord m_record;
    EmbeddingsResponse m_embeddings;
    RerankResponse m_rerank;
    QElapsedTimer m_clock;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_connectTimer = nullptr;
    QTimer* m_idleTimer = nullptr;
    struct Impl;
    Impl* m_impl = nullptr; // parser state, owned
public:
    ~Run() override;
};

} // namespace ik

Q_DECLARE_METATYPE(ik::Frame)
