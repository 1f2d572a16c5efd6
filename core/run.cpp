#include "run.h"

#include <QCoreApplication>

#include "chatdelta.h"
#include "credential.h"
#include "metrics.h"
#include "sse.h"
#include "tlserror.h"
#include "utf8.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ik {

namespace {

// An error body only needs to be long enough to classify and show.
constexpr qsizetype kErrorBodyCap = 64 * 1024;
// A non-streaming body is parsed whole (1,000 embeddings of 1,024 floats are ~20 MB of JSON); past
// this something is wrong with the server, and memory is not given to it.
constexpr qsizetype kBodyCap = 512 * 1024 * 1024;

QString hostForMessage(const QUrl& url) {
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() >= 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

bool sameOrigin(const QUrl& a, const QUrl& b) {
    const auto defaultPort = [](const QUrl& url) {
        return url.port(
            url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

Error networkError(QNetworkReply::NetworkError code, const QString& detail, const QUrl& url) {
    const QString host = hostForMessage(url);
    const QString text = redactSecrets(detail);
    switch (code) {
    case QNetworkReply::TimeoutError:
        return makeError(
            ErrorKind::Timeout,
            QCoreApplication::translate("ik::Run", "%1 did not answer in time: %2").arg(host, text),
            QCoreApplication::translate("ik::Run",
                                        "The server may be overloaded or starting; retry, or raise "
                                        "the timeout."));
    case QNetworkReply::ConnectionRefusedError:
        return makeError(
            ErrorKind::Network,
            QCoreApplication::translate("ik::Run", "could not connect to %1: connection refused")
                .arg(host),
            QCoreApplication::translate("ik::Run",
                                        "Is the server running? Check the base URL and its port."));
    case QNetworkReply::HostNotFoundError:
        return makeError(
            ErrorKind::Network,
            QCoreApplication::translate("ik::Run", "host %1 not found").arg(url.host()),
            QCoreApplication::translate("ik::Run", "Check the host name in the base URL."));
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return makeError(
            ErrorKind::Network,
            QCoreApplication::translate("ik::Run", "could not talk to %1: %2").arg(host, text),
            QCoreApplication::translate("ik::Run",
                                        "Check the base URL; certificate verification stays on."));
    default:
        return makeError(
            ErrorKind::Network,
            QCoreApplication::translate("ik::Run", "no response from %1: %2").arg(host, text),
            QCoreApplication::translate("ik::Run",
                                        "Check the network, the base URL, and that the server is "
                                        "up."));
    }
}

} // namespace

QString runStateName(RunState state) {
    switch (state) {
    case RunState::Pending:
        return QStringLiteral("pending");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Done:
        return QStringLiteral("done");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Truncated:
        return QStringLiteral("truncated");
    }
    return QStringLiteral("unknown");
}

struct Run::Impl {
    explicit Impl(Run* run) : q(run) {}

    void onMetaData(bool force = false);
    void onReadyRead();
    void onFinished();
    void onRedirected(const QUrl& target);
    void handleEvents(const std::vector<SseEvent>& events);
    void finishBody();
    void checkUtf8(const QByteArray& bytes);

    Run* q;
    SseParser parser;
    QByteArray body; // error body (capped) or non-streaming body
    int status = 0;
    bool headersSeen = false;
    bool success = false;
    bool sse = false; // 2xx answered with an event stream: bytes go to the parser
    int expectedCount = -1;
    int idleTimeoutMs = 0;
    ChatAccumulator chat;       // reasoning, answer and tool calls of a streamed chat answer
    QList<QSslError> sslErrors; // the certificate check's findings, when it failed
    QByteArray utf8Tail;        // the start of a UTF-8 sequence split across reads
    qint64 utf8Offset = 0;      // body bytes checked before utf8Tail
};

Run::Run(Type type, QObject* parent) : QObject(parent), m_type(type), m_impl(new Impl(this)) {}

Run::~Run() {
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    delete m_impl;
}

void Run::cancel() {
    if (isFinished())
        return;
    finish(RunState::Cancelled,
           makeError(ErrorKind::Cancelled,
                     m_text.isEmpty()
                         ? QStringLiteral("cancelled")
                         : QCoreApplication::translate(
                               "ik::Run", "cancelled; the text received so far is kept"),
                     QCoreApplication::translate("ik::Run", "Run it again when you are ready.")));
}

void Run::refuse(const Error& error) {
    // Ended at once, so cancel() is already a no-op; the signals wait for the event loop so that a
    // caller can connect to them after chat() returns.
    m_state = RunState::Failed;
    m_error = error;
    m_timings.totalMs = 0;
    QMetaObject::invokeMethod(
        this,
        [this] {
            emit failed(m_error);
            emit ended(m_state);
        },
        Qt::QueuedConnection);
}

void Run::send(QNetworkAccessManager* nam, const QNetworkRequest& request, const QByteArray& body,
               int connectTimeoutMs, int idleTimeoutMs, int expectedCount) {
    m_state = RunState::Running;
    m_impl->expectedCount = expectedCount;
    m_impl->idleTimeoutMs = idleTimeoutMs;

    if (connectTimeoutMs > 0) {
        m_connectTimer = new QTimer(this);
        m_connectTimer->setSingleShot(true);
        connect(m_connectTimer, &QTimer::timeout, this, [this, connectTimeoutMs] {
            finish(
                RunState::Failed,
                makeError(ErrorKind::Timeout,
                          QCoreApplication::translate("ik::Run", "no response from %1 within %2 ms")
                              .arg(hostForMessage(m_record.url))
                              .arg(connectTimeoutMs),
                          QCoreApplication::translate(
                              "ik::Run", "The server may be down or a cold workload may still "
                                         "be starting; retry, or raise the connect timeout.")));
        });
    }
    if (idleTimeoutMs > 0) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        connect(m_idleTimer, &QTimer::timeout, this, [this, idleTimeoutMs] {
            finish(RunState::Failed,
                   makeError(
                       ErrorKind::Timeout,
                       QCoreApplication::translate("ik::Run", "the server sent nothing for %1 ms%2")
                           .arg(idleTimeoutMs)
                           .arg(m_text.isEmpty()
                                    ? QString()
                                    : QCoreApplication::translate(
                                          "ik::Run", "; the text received so far is kept")),
                       QCoreApplication::translate("ik::Run",
                                                   "The stream stalled; retry, or raise the idle "
                                                   "timeout.")));
        });
    }

    m_clock.start();
    QNetworkReply* reply = nam->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] { m_impl->onMetaData(); });
    connect(reply, &QNetworkReply::readyRead, this, [this] { m_impl->onReadyRead(); });
    connect(reply, &QNetworkReply::finished, this, [this] { m_impl->onFinished(); });
    connect(reply, &QNetworkReply::redirected, this,
            [this](const QUrl& target) { m_impl->onRedirected(target); });
    // Kept to say why the handshake failed; never ignored (no ignoreSslErrors anywhere).
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError>& errors) { m_impl->sslErrors = errors; });
    if (m_connectTimer)
        m_connectTimer->start(connectTimeoutMs);
    // Queued behind nothing the reply can post yet, so started() always comes first.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!isFinished())
                emit started();
        },
        Qt::QueuedConnection);
}

void Run::finish(RunState state, const Error& error) {
    if (isFinished())
        return;
    // A tail held back as a possible <think> tag is plain text after all.
    const ChunkDelta held = m_impl->chat.finish();
    m_text += held.answer;
    m_reasoning += held.reasoning;
    m_state = state;
    m_error = error;
    m_timings.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_record.comments = m_impl->parser.comments();
    if (m_connectTimer)
        m_connectTimer->stop();
    if (m_idleTimer)
        m_idleTimer->stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        // abort() emits finished() synchronously: nothing of ours may run from it.
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
    QPointer<Run> guard(this);
    switch (state) {
    case RunState::Done:
        emit done();
        break;
    case RunState::Cancelled:
        emit cancelled();
        break;
    case RunState::Truncated:
        emit truncated();
        break;
    default:
        emit failed(m_error);
        break;
    }
    // A slot above may have deleted this run.
    if (guard)
        emit ended(state);
}

void Run::Impl::onMetaData(bool force) {
    QNetworkReply* reply = q->m_reply;
    if (headersSeen || !reply)
        return;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttr.isValid())
        return;
    const int code = statusAttr.toInt();
    // A redirect is decided in onRedirected(); its headers are not the answer.
    if (!force && code >= 300 && code < 400 && reply->hasRawHeader("Location"))
        return;

    headersSeen = true;
    status = code;
    success = code >= 200 && code < 300;
    q->m_timings.headersMs = q->m_clock.elapsed();
    q->m_record.status = code;
    q->m_record.protocol =
        reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? "HTTP/2" : "HTTP/1.1";
    q->m_record.responseHeaders = reply->rawHeaderPairs();
    if (q->m_connectTimer)
        q->m_connectTimer->stop();
    if (success && q->m_type == Run::Type::Chat) {
        const QByteArray contentType =
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
        // Some OpenAI-compatible servers ignore "stream": follow what actually came.
        sse = contentType.contains("text/event-stream") ||
              (q->m_streaming && !contentType.contains("json"));
    }
    if (q->m_idleTimer)
        q->m_idleTimer->start(idleTimeoutMs);
    emit q->headersReceived(code);
}

void Run::Impl::onReadyRead() {
    QNetworkReply* reply = q->m_reply;
    if (!reply || q->isFinished())
        return;
    QPointer<Run> guard(q);
    if (!headersSeen)
        onMetaData(); // headersReceived() may end or delete the run
    if (!guard || q->isFinished())
        return;
    const QByteArray bytes = reply->readAll();
    if (!headersSeen)
        return; // the body of a redirect under way
    if (q->m_idleTimer)
        q->m_idleTimer->start(idleTimeoutMs);

    if (!success) {
        // Never fed to the SSE parser: an error body is classified whole at the end.
        if (body.size() < kErrorBodyCap)
            body.append(bytes.left(kErrorBodyCap - body.size()));
        return;
    }
    checkUtf8(bytes);
    if (!sse) {
        if (body.size() + bytes.size() > kBodyCap) {
            q->finish(RunState::Failed,
                      makeError(ErrorKind::Protocol,
                                QCoreApplication::translate("ik::Run",
                                                            "the response body exceeded %1 MiB")
                                    .arg(kBodyCap / (1024 * 1024)),
                                QCoreApplication::translate(
                                    "ik::Run", "Ask for less at once (fewer inputs).")));
            return;
        }
        body.append(bytes);
        return;
    }
    handleEvents(parser.feed(bytes));
    if (!guard || q->isFinished())
        return;
    if (parser.overflowed()) {
        q->finish(RunState::Failed,
                  makeError(ErrorKind::Protocol,
                            QCoreApplication::translate("ik::Run", "one event exceeded %1 MiB")
                                .arg(parser.ceiling() / (1024 * 1024)),
                            QCoreApplication::translate(
                                "ik::Run", "The server broke the stream format; the text "
                                           "received so far is kept.")));
    }
}

// The decoders show a broken sequence as U+FFFD; the record says where the body held it.
void Run::Impl::checkUtf8(const QByteArray& bytes) {
    if (q->m_record.invalidUtf8At >= 0)
        return;
    const QByteArray data = utf8Tail.isEmpty() ? bytes : utf8Tail + bytes;
    qsizetype incomplete = 0;
    const qsizetype bad = firstInvalidUtf8(data, &incomplete);
    if (bad >= 0) {
        q->m_record.invalidUtf8At = utf8Offset + bad;
        return;
    }
    utf8Offset += data.size() - incomplete;
    utf8Tail = data.right(incomplete);
}

void Run::Impl::handleEvents(const std::vector<SseEvent>& events) {
    QPointer<Run> guard(q);
    for (const SseEvent& event : events) {
        if (!guard || q->isFinished())
            return;
        Frame frame;
        frame.index = int(q->m_record.frames.size());
        frame.atMs = q->m_clock.elapsed();
        frame.bytes = event.bytes;
        frame.data = event.data;
        frame.done = event.done;
        if (event.done) {
            q->m_record.frames.append(frame);
            emit q->frameReceived(frame);
            if (guard)
                q->finish(RunState::Done);
            return;
        }
        const ChatChunk chunk = parseChatChunk(event.data);
        if (chunk.type == ChatChunk::Type::NotJson) {
            frame.json = false;
            ++q->m_record.nonJsonFrames;
            q->m_record.frames.append(frame);
            emit q->frameReceived(frame);
            continue;
        }
        if (chunk.type == ChatChunk::Type::Error) {
            q->m_record.frames.append(frame);
            emit q->frameReceived(frame);
            if (guard)
                q->finish(RunState::Failed, chunk.error);
            return;
        }
        const ChunkDelta delta = chat.add(chunk);
        frame.delta = delta.answer;
        frame.reasoning = delta.reasoning;
        frame.toolCalls = delta.toolCalls;
        if (!chunk.model.isEmpty())
            q->m_model = chunk.model;
        if (!chunk.finishReason.isEmpty())
            q->m_finishReason = chunk.finishReason;
        if (chunk.usage)
            q->m_usage = *chunk.usage;
        q->m_record.frames.append(frame);
        q->m_text = chat.answer();
        q->m_reasoning = chat.reasoning();
        if (delta.toolCalls)
            q->m_toolCalls = chat.toolCalls();
        if (delta.tokens > 0) // appended, not copied: a copy would detach on every chunk
            q->m_tokens.append(chat.tokens().sliced(chat.tokens().size() - delta.tokens));
        if (!delta.answer.isEmpty() || !delta.reasoning.isEmpty() || delta.toolCalls)
            ++q->m_chunkCount;
        noteDelta(q->m_timings, delta, frame.atMs);
        emit q->frameReceived(frame);
        if (guard && !q->isFinished() && !delta.reasoning.isEmpty())
            emit q->reasoningReceived(delta.reasoning, frame.atMs);
        if (guard && !q->isFinished() && delta.toolCalls)
            emit q->toolCallsChanged();
        if (guard && !q->isFinished() && !delta.answer.isEmpty())
            emit q->chunkReceived(delta.answer, frame.atMs);
        if (!guard || q->isFinished())
            return;
    }
}

void Run::Impl::onRedirected(const QUrl& target) {
    QNetworkReply* reply = q->m_reply;
    if (!reply || q->isFinished())
        return;
    const QUrl absolute = reply->url().resolved(target);
    if (sameOrigin(absolute, q->m_record.url)) {
        q->m_record.redirects.append(absolute);
        emit reply->redirectAllowed();
        return;
    }
    // Aborting here, before redirectAllowed(), means the request to the other host is never made.
    q->finish(RunState::Failed,
              makeError(ErrorKind::Network,
                        QCoreApplication::translate(
                            "ik::Run", "refused a redirect to another host (%1): the key is never "
                                       "sent there")
                            .arg(hostForMessage(absolute)),
                        QCoreApplication::translate(
                            "ik::Run", "Point the base URL at the server that answers directly, "
                                       "if you trust it.")));
}

void Run::Impl::onFinished() {
    QNetworkReply* reply = q->m_reply;
    if (!reply || q->isFinished())
        return;
    QPointer<Run> guard(q);
    if (!headersSeen)
        onMetaData(true); // e.g. a redirect that was not followed: its status is the answer
    if (!guard || q->isFinished())
        return;
    if (!headersSeen) {
        const std::optional<Error> certificate = certificateError(sslErrors, reply->url());
        q->finish(RunState::Failed,
                  certificate ? *certificate
                              : networkError(reply->error(), reply->errorString(), reply->url()));
        return;
    }
    if (reply->bytesAvailable() > 0)
        onReadyRead();
    if (!guard || q->isFinished())
        return;
    if (success && !utf8Tail.isEmpty() && q->m_record.invalidUtf8At < 0)
        q->m_record.invalidUtf8At = utf8Offset; // the body ended inside a sequence

    if (!success) {
        q->m_record.responseBody = body;
        Error error = errorFromHttp(status, body, q->m_record.responseHeaders);
        if (error.kind == ErrorKind::BadRequest)
            error.hint =
                badRequestHint(q->m_type == Run::Type::Chat         ? WorkloadKind::Chat
                               : q->m_type == Run::Type::Embeddings ? WorkloadKind::Embedding
                                                                    : WorkloadKind::Rerank);
        q->finish(RunState::Failed, error);
        return;
    }
    if (sse) {
        handleEvents(parser.finish());
        if (!guard || q->isFinished())
            return;
        QString message = QCoreApplication::translate(
                              "ik::Run", "the stream closed before [DONE] after %1 chunk(s)")
                              .arg(q->m_chunkCount);
        if (reply->error() != QNetworkReply::NoError)
            message += QStringLiteral(" (%1)").arg(redactSecrets(reply->errorString()));
        if (!q->m_text.isEmpty())
            message += QCoreApplication::translate("ik::Run", "; the text received so far is kept");
        q->finish(RunState::Truncated,
                  makeError(ErrorKind::Truncated, message,
                            QCoreApplication::translate(
                                "ik::Run", "The answer is incomplete: the server or the network "
                                           "cut the stream. Run it again.")));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        q->finish(RunState::Failed,
                  makeError(ErrorKind::Network,
                            QCoreApplication::translate(
                                "ik::Run", "the connection broke while reading the response: %1")
                                .arg(redactSecrets(reply->errorString())),
                            QCoreApplication::translate(
                                "ik::Run", "Run it again; check the network if it repeats.")));
        return;
    }
    finishBody();
}

void Run::Impl::finishBody() {
    q->m_record.responseBody = body;
    std::optional<Error> error;
    switch (q->m_type) {
    case Run::Type::Chat: {
        ChatResponse response;
        error = parseChatResponse(body, &response);
        if (!error) {
            q->m_text = response.text;
            q->m_reasoning = response.reasoning;
            q->m_toolCalls = response.toolCalls;
            q->m_tokens = response.logprobs;
            q->m_model = response.model;
            q->m_finishReason = response.finishReason;
            q->m_usage = response.usage;
            // One body: every output arrived at once.
            ChunkDelta whole{response.reasoning, response.text, !response.toolCalls.isEmpty()};
            noteDelta(q->m_timings, whole, q->m_clock.elapsed());
        }
        break;
    }
    case Run::Type::Embeddings:
        error = parseEmbeddingsResponse(body, expectedCount, &q->m_embeddings);
        if (!error) {
            q->m_model = q->m_embeddings.model;
            q->m_usage = q->m_embeddings.usage;
        }
        break;
    case Run::Type::Rerank:
        error = parseRerankResponse(body, &q->m_rerank);
        if (!error)
            q->m_model = q->m_rerank.model;
        break;
    }
    if (error)
        q->finish(RunState::Failed, *error);
    else
        q->finish(RunState::Done);
}

} // namespace ik
