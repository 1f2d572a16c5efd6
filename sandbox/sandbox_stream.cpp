// Streamed chat replies: SSE over chunked transfer encoding, paced or as fast as the socket
// drains, with the faults that strike in mid-stream. Pacing covers every frame a model emits
// (reasoning, content, tool-call fragments) so a reasoning model's thinking arrives as slowly as
// its answer, as vLLM and SGLang stream it, and time to first token is a time a client can see.
#include "sandbox_internal.h"

#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ik::sandbox {

namespace {

// Streams a chat reply as SSE over chunked transfer encoding, applying the stream faults.
// Lives until the reply is written or the client goes away, whichever comes first.
class ChatStream final : public QObject {
public:
    ChatStream(QObject* parent, int* activeCounter, ExchangePtr ex, ChatStreamSpec spec,
               double rate, int stallMs)
        : QObject(parent), m_active(activeCounter), m_ex(std::move(ex)), m_spec(std::move(spec)),
          m_rate(rate), m_stallMs(stallMs) {
        ++*m_active;
        const auto n = int(m_spec.tokens.size());
        m_faultAt = std::clamp(n / 3, 1, std::max(n, 1));
        if (n == 0)
            m_faultAt = 0;
        m_faultAt += int(m_spec.leadDeltas.size()); // the faults strike among the content frames
        m_frames = int(m_spec.leadDeltas.size()) + n + int(m_spec.tailDeltas.size());
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
        if (i + int(m_spec.leadDeltas.size()) == m_faultAt && has(u"invalid-utf8"))
            f += "\xff\xfe"; // never valid in UTF-8
        f += "\"}";
        if (m_spec.topLogprobs >= 0)
            f += ",\"logprobs\":" + tokenLogprobsJson(m_spec.tokens[i], m_spec.topLogprobs);
        f += ",\"finish_reason\":null}]}\n\n";
        return f;
    }

    QByteArray deltaFrame(const QByteArray& member) const {
        return m_prefix + member + "},\"finish_reason\":null}]}\n\n";
    }

    // Frame i of the paced sequence: the lead deltas, the content tokens, the tail deltas.
    QByteArray frame(int i) const {
        const int lead = int(m_spec.leadDeltas.size());
        const int n = int(m_spec.tokens.size());
        if (i < lead)
            return deltaFrame(m_spec.leadDeltas[i]);
        if (i < lead + n)
            return contentFrame(i - lead);
        return deltaFrame(m_spec.tailDeltas[i - lead - n]);
    }

    QByteArray usageDetails() const {
        if (m_spec.reasoningTokens < 0)
            return {};
        return ",\"completion_tokens_details\":{\"reasoning_tokens\":" +
               QByteArray::number(m_spec.reasoningTokens) + "}";
    }

    QByteArray tail() const {
        QByteArray out =
            m_prefix + "},\"finish_reason\":" + jsonString(m_spec.finishReason) + "}]}\n\n";
        if (m_spec.includeUsage) {
            const int completion =
                int(m_spec.tokens.size() + m_spec.leadDeltas.size() + m_spec.tailDeltas.size());
            out += "data: {\"id\":\"" + m_spec.id +
                   "\",\"object\":\"chat.completion.chunk\",\"created\":" +
                   QByteArray::number(m_spec.created) + ",\"model\":" + m_spec.model +
                   ",\"choices\":[],\"usage\":{\"prompt_tokens\":" +
                   QByteArray::number(m_spec.promptTokens) +
                   ",\"completion_tokens\":" + QByteArray::number(completion) +
                   ",\"total_tokens\":" + QByteArray::number(m_spec.promptTokens + completion) +
                   usageDetails() + "}}\n\n";
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
        const int n = m_frames;
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
            out += frame(m_next++);
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
        // Frame i is due at (i + 1) / rate seconds after the start, plus any stall.
        const double dueMs = double(m_next + 1) * 1000.0 / m_rate + double(m_pausedMs);
        const double wait = dueMs - double(m_clock.elapsed());
        m_timer.start(std::max(0, int(std::ceil(wait))));
    }

    int* m_active;
    ExchangePtr m_ex;
    ChatStreamSpec m_spec;
    double m_rate;
    int m_stallMs;
    QByteArray m_prefix;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    int m_next = 0;
    int m_faultAt = 0; // a frame index, like m_next
    int m_frames = 0;
    bool m_faultDone = false;
    bool m_waitingForDrain = false;
    bool m_stopped = false;
};

} // namespace

void startChatStream(QObject* parent, int* activeCounter, ExchangePtr ex, ChatStreamSpec spec,
                     double rate, int stallMs) {
    auto* s = new ChatStream(parent, activeCounter, std::move(ex), std::move(spec), rate, stallMs);
    s->start();
}

} // namespace ik::sandbox
