#include "call.h"

#include <utility>

#include "embedcache.h"
#include "endpoint.h"
#include "evalret.h"
#include "jsonschema.h"
#include "metrics.h"
#include "npy.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <utility>

namespace ikcall {

using namespace ik;

void Call::start() {
    if (m_opt.command == QLatin1String("evalret")) {
        // Through run sessions, one per workload: it builds its own endpoints.
        m_evalret = new EvalRet(m_opt, m_key, &m_nam, this);
        m_evalret->start();
        return;
    }
    m_endpoint = new Endpoint(&m_nam, m_opt.ref, m_key, this);
    const Connection& c = m_opt.connection;
    m_endpoint->setInferenceKey(!c.openaiCompatible);
    if (c.connectTimeoutMs)
        m_endpoint->setConnectTimeoutMs(*c.connectTimeoutMs);
    if (c.idleTimeoutMs)
        m_endpoint->setIdleTimeoutMs(*c.idleTimeoutMs);
    for (const auto& h : c.extraHeaders)
        m_endpoint->setExtraHeader(h.first, h.second);
    if (m_opt.command == QLatin1String("chat"))
        startChat();
    else if (m_opt.command == QLatin1String("embed"))
        startEmbed();
    else
        startRerank();
}

void Call::cancel() {
    if (m_evalret)
        m_evalret->cancel();
    if (m_run)
        m_run->cancel();
}

void Call::startChat() {
    ChatRequest req;
    req.model = m_opt.ref.workload;
    req.system = m_opt.system;
    req.prompt = m_opt.args.join(QLatin1Char(' '));
    if (!m_opt.images.isEmpty()) { // images go as content parts of the one user message
        ChatMessage user{QStringLiteral("user"), std::exchange(req.prompt, QString())};
        user.images = m_opt.images;
        req.messages = {user};
    }
    req.params = m_opt.params;
    req.stream = m_opt.stream;
    req.tools = m_opt.tools;
    req.toolChoice = m_opt.toolChoice;
    req.responseFormat = m_opt.responseFormat;
    m_run = m_endpoint->chat(req);
    if (m_opt.stream && !m_opt.json) {
        connect(m_run, &Run::reasoningReceived, this, [this](const QString& delta, qint64) {
            if (!m_opt.showReasoning)
                return;
            writeErr(m_thinking ? delta : QStringLiteral("thinking: ") + delta);
            m_thinking = true;
        });
        connect(m_run, &Run::chunkReceived, this, [this](const QString& delta, qint64) {
            endThinking();
            writeOut(delta.toUtf8());
            m_printed = true;
        });
    }
    connect(m_run, &Run::ended, this, [this](RunState) { chatEnded(); });
}

void Call::chatEnded() {
    const Run& r = *m_run;
    int status = 0;
    // A whole answer only: a cut one is reported as cut, not as breaking its schema.
    const std::optional<SchemaResult> schema =
        r.state() == RunState::Done ? checkAnswer(r.text(), m_opt.responseFormat) : std::nullopt;
    if (m_opt.json) {
        QJsonObject o;
        o[QStringLiteral("state")] = runStateName(r.state());
        o[QStringLiteral("text")] = r.text();
        o[QStringLiteral("model")] = r.model();
        o[QStringLiteral("finish_reason")] =
            r.finishReason().isEmpty() ? QJsonValue(QJsonValue::Null) : r.finishReason();
        o[QStringLiteral("usage")] = usageJson(r.usage());
        o[QStringLiteral("reasoning")] =
            r.reasoning().isEmpty() ? QJsonValue(QJsonValue::Null) : r.reasoning();
        o[QStringLiteral("tool_calls")] = toolCallsJson(r.toolCalls(), m_opt.tools);
        o[QStringLiteral("schema")] =
            schema ? QJsonValue(answerCheckJson(*schema, m_opt.responseFormat)) : QJsonValue();
        o[QStringLiteral("timings")] = timingsJson(r);
        // "HTTP/1.1" or "HTTP/2": what --http2 got from this server; null when nothing came back.
        o[QStringLiteral("protocol")] = r.record().protocol.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QString::fromLatin1(r.record().protocol);
        o[QStringLiteral("chunks")] = r.chunkCount();
        if (m_opt.params.logprobs)
            addLogprobs(r, &o);
        if (r.state() != RunState::Done)
            o[QStringLiteral("error")] = errorJson(r.error());
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        if (!m_opt.stream) {
            if (m_opt.showReasoning && !r.reasoning().isEmpty()) {
                writeErr(QStringLiteral("thinking: ") + r.reasoning());
                m_thinking = true;
            }
            endThinking();
            writeOut(r.text().toUtf8());
            m_printed = !r.text().isEmpty();
        }
        endThinking();
        if (m_printed)
            writeOut("\n");
        // A run that ends with tool calls and no text has an answer: the calls.
        for (const ToolCall& c : r.toolCalls())
            writeOut(toolCallLine(c).toUtf8());
    }
    if (r.state() != RunState::Done)
        status = failWith(r.error());
    else if (schema && !schema->valid())
        status = schemaMismatch(*schema);
    QCoreApplication::exit(status);
}

// Each place the answer breaks its schema, on standard error, whatever the output mode.
int Call::schemaMismatch(const SchemaResult& schema) {
    const QString name = m_opt.responseFormat.type == ResponseFormat::Type::JsonSchema
                             ? QStringLiteral("schema %1").arg(m_opt.responseFormat.name)
                             : QStringLiteral("a JSON object");
    writeErr(QStringLiteral("ik-call: the answer does not match %1\n").arg(name));
    for (const QString& line : describeErrors(schema))
        writeErr(QStringLiteral("  %1\n").arg(line));
    return kExitSchemaMismatch;
}

void Call::endThinking() {
    if (m_thinking)
        writeErr(QStringLiteral("\n"));
    m_thinking = false;
}

// Time to first token is the first answer token; the reasoning figures sit beside it.
QJsonObject Call::timingsJson(const Run& r) {
    const RunMetrics m = runMetrics(r);
    QJsonObject t;
    t[QStringLiteral("headers_ms")] = msOrNull(r.timings().headersMs);
    t[QStringLiteral("first_token_ms")] = msOrNull(r.timings().firstTokenMs);
    t[QStringLiteral("total_ms")] = msOrNull(r.timings().totalMs);
    t[QStringLiteral("first_output_ms")] = msOrNull(m.firstOutputMs);
    t[QStringLiteral("first_reasoning_ms")] = msOrNull(m.firstReasoningMs);
    t[QStringLiteral("reasoning_ms")] = msOrNull(m.reasoningMs);
    return t;
}

// The tokens with their alternatives, and the answer's mean log-probability and perplexity
// (null when the server sent no logprobs).
void Call::addLogprobs(const Run& r, QJsonObject* o) {
    const RunMetrics m = runMetrics(r);
    (*o)[QStringLiteral("logprobs")] = logprobsToJson(r.tokens());
    (*o)[QStringLiteral("mean_logprob")] =
        m.meanLogprob ? QJsonValue(*m.meanLogprob) : QJsonValue();
    (*o)[QStringLiteral("perplexity")] = m.perplexity ? QJsonValue(*m.perplexity) : QJsonValue();
}

bool Call::exitOnFailure(const Run& r) {
    if (r.state() == RunState::Done)
        return false;
    if (m_opt.json) {
        QJsonObject o;
        o[QStringLiteral("state")] = runStateName(r.state());
        o[QStringLiteral("error")] = errorJson(r.error());
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    }
    QCoreApplication::exit(failWith(r.error()));
    return true;
}

void Call::startEmbed() {
    EmbeddingsRequest req;
    req.model = m_opt.ref.workload;
    req.input = m_opt.args;
    m_inputs = m_opt.args;
    m_run = m_endpoint->embed(req);
    connect(m_run, &Run::ended, this, [this](RunState) { embedEnded(); });
}

// Where the playground looks for this set: its own cache folder, under the workload and the
// inputs exactly as sent, so opening the same inputs there costs no call.
bool Call::keepInCache(const ik::embed::Vectors& vectors) {
    QCoreApplication::setOrganizationName(QStringLiteral("InferenceKey"));
    QCoreApplication::setApplicationName(QStringLiteral("InferenceKey Playground"));
    Workload w;
    w.baseUrl = m_opt.ref.baseUrl.toString();
    w.project = m_opt.ref.project;
    w.slug = m_opt.ref.workload;
    embed::VectorSet set = embed::fromVectors(vectors);
    set.texts = m_inputs;
    const EmbedCache cache;
    QString err;
    if (cache.store(embedKeyFor(w, w.slug, m_inputs), set, &err)) {
        writeErr(QStringLiteral("kept in the playground's cache (%1)\n").arg(cache.dir()));
        return true;
    }
    QCoreApplication::exit(
        failWith(makeError(ErrorKind::Configuration, err,
                           QStringLiteral("free some space or fix the folder's rights"))));
    return false;
}

void Call::embedEnded() {
    const Run& r = *m_run;
    if (exitOnFailure(r))
        return;
    const auto& e = r.embeddings();
    const int dim = e.vectors.isEmpty() ? 0 : int(e.vectors.first().size());
    if (!m_opt.npyPath.isEmpty()) {
        QString err;
        if (!writeNpy(m_opt.npyPath, e.vectors, &err)) {
            QCoreApplication::exit(failWith(makeError(ErrorKind::Configuration, err,
                                                      QStringLiteral("choose a writable path"))));
            return;
        }
    }
    if (m_opt.cache && !keepInCache(e.vectors))
        return;
    if (m_opt.json) {
        QJsonObject o;
        o[QStringLiteral("model")] = e.model;
        o[QStringLiteral("count")] = int(e.vectors.size());
        o[QStringLiteral("dimension")] = dim;
        o[QStringLiteral("usage")] = usageJson(e.usage);
        QJsonArray all;
        for (const auto& v : e.vectors) {
            QJsonArray a;
            for (float f : v)
                a.append(double(f));
            all.append(a);
        }
        o[QStringLiteral("embeddings")] = all;
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QString out = QStringLiteral("model %1, %2 vectors of dimension %3\n")
                          .arg(e.model)
                          .arg(e.vectors.size())
                          .arg(dim);
        for (qsizetype i = 0; i < e.vectors.size(); ++i) {
            const auto& v = e.vectors[i];
            double n2 = 0;
            for (float f : v)
                n2 += double(f) * f;
            QStringList head;
            for (qsizetype j = 0; j < std::min<qsizetype>(4, v.size()); ++j)
                head << QString::number(v[j], 'f', 4);
            out += QStringLiteral("%1\tnorm %2\t[%3%4]\t%5\n")
                       .arg(i)
                       .arg(std::sqrt(n2), 0, 'f', 4)
                       .arg(head.join(QStringLiteral(", ")),
                            v.size() > 4 ? QStringLiteral(", …") : QString(),
                            i < m_inputs.size() ? m_inputs[i].left(60) : QString());
        }
        writeOut(out.toUtf8());
    }
    QCoreApplication::exit(0);
}

void Call::startRerank() {
    RerankRequest req;
    req.model = m_opt.ref.workload;
    req.query = m_opt.args.value(0);
    req.documents = m_opt.args.mid(1);
    req.topN = m_opt.topN;
    m_inputs = req.documents;
    m_run = m_endpoint->rerank(req);
    connect(m_run, &Run::ended, this, [this](RunState) { rerankEnded(); });
}

void Call::rerankEnded() {
    const Run& r = *m_run;
    if (exitOnFailure(r))
        return;
    const auto& rr = r.rerank();
    if (m_opt.json) {
        QJsonObject o;
        o[QStringLiteral("model")] = rr.model;
        QJsonArray a;
        for (const auto& res : rr.results)
            a.append(QJsonObject{{QStringLiteral("index"), res.index},
                                 {QStringLiteral("relevance_score"), res.score},
                                 {QStringLiteral("document"), m_inputs.value(res.index)}});
        o[QStringLiteral("results")] = a;
        writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else {
        QString out;
        int rank = 1;
        for (const auto& res : rr.results)
            out += QStringLiteral("%1\t%2\t%3\n")
                       .arg(rank++)
                       .arg(res.score, 0, 'f', 4)
                       .arg(m_inputs.value(res.index));
        writeOut(out.toUtf8());
    }
    QCoreApplication::exit(0);
}

} // namespace ikcall
