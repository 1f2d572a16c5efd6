// The chat route: the request read as vLLM reads it, the deterministic reply, sent whole or
// streamed.
#include "sandbox_internal.h"

#include "engine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace ik::sandbox {

namespace {

// The text of one message, from a string or from content parts: text parts joined, image_url
// parts read (sandbox_images.cpp) and named in *images.
bool readContent(const QJsonValue& cv, qsizetype i, QString* content, QStringList* images,
                 QString* error) {
    if (cv.isString()) {
        *content = cv.toString();
    } else if (cv.isArray()) {
        const QJsonArray parts = cv.toArray();
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QJsonObject part = parts[k].toObject();
            const QString type = part.value(u"type").toString();
            if (type == u"text")
                *content += part.value(u"text").toString();
            else if (type == u"image_url" &&
                     !readImagePart(part, QStringLiteral("messages[%1].content[%2]").arg(i).arg(k),
                                    images, error))
                return false;
        }
    } else {
        *error = QStringLiteral("messages[%1].content must be a string").arg(i);
        return false;
    }
    if (content->trimmed().isEmpty() && images->isEmpty()) {
        *error = QStringLiteral("messages[%1].content is blank").arg(i);
        return false;
    }
    return true;
}

// *images: what the last user message's image parts hold, one "Image n: PNG, 64×32" each.
bool readMessages(const QJsonObject& body, engine::ChatRequest* creq, QStringList* images,
                  QString* error) {
    const QJsonValue mv = body.value(u"messages");
    if (!mv.isArray() || mv.toArray().isEmpty()) {
        *error = QStringLiteral("messages must be a non-empty array of {role, content}");
        return false;
    }
    static const QStringList roles{QStringLiteral("system"), QStringLiteral("user"),
                                   QStringLiteral("assistant"), QStringLiteral("tool"),
                                   QStringLiteral("developer")};
    const QJsonArray messages = mv.toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QJsonObject m = messages[i].toObject();
        const QString role = m.value(u"role").toString();
        if (!roles.contains(role)) {
            *error = QStringLiteral("messages[%1].role must be one of %2")
                         .arg(i)
                         .arg(roles.join(QStringLiteral(", ")));
            return false;
        }
        QString content;
        QStringList partImages;
        // An assistant turn that only called tools carries no text (content null or blank).
        const bool onlyCalls = role == u"assistant" && !m.value(u"tool_calls").toArray().isEmpty();
        if (!onlyCalls && !readContent(m.value(u"content"), i, &content, &partImages, error))
            return false;
        if (role == u"user")
            *images = partImages;
        if (onlyCalls)
            content = m.value(u"content").toString();
        creq->messages.append({role, content});
    }
    return true;
}

// temperature, the integer options (max_tokens or max_completion_tokens, seed, min_tokens, n)
// and the vLLM extra ignore_eos.
bool readSampling(const QJsonObject& body, engine::ChatRequest* creq, QString* error) {
    const QJsonValue tv = body.value(u"temperature");
    if (!tv.isUndefined() && !tv.isNull()) {
        if (!tv.isDouble() || tv.toDouble() < 0 || tv.toDouble() > 2) {
            *error = QStringLiteral("temperature must be a number from 0 to 2");
            return false;
        }
        creq->temperature = tv.toDouble();
    }
    std::optional<qint64> maxTokens, maxCompletion, seed, minTokens, n;
    if (!readInt(body, QStringLiteral("max_tokens"), 1, 100'000'000, &maxTokens, error) ||
        !readInt(body, QStringLiteral("max_completion_tokens"), 1, 100'000'000, &maxCompletion,
                 error) ||
        !readInt(body, QStringLiteral("seed"), std::numeric_limits<qint32>::min() * 1024LL,
                 std::numeric_limits<qint32>::max() * 1024LL, &seed, error) ||
        !readInt(body, QStringLiteral("min_tokens"), 0, 100'000'000, &minTokens, error) ||
        !readInt(body, QStringLiteral("n"), 1, 1, &n, error))
        return false;
    if (maxTokens || maxCompletion)
        creq->maxTokens = int(maxTokens ? *maxTokens : *maxCompletion);
    creq->seed = seed.value_or(0);
    creq->minTokens = int(minTokens.value_or(0));
    creq->ignoreEos = body.value(u"ignore_eos").toBool(false);
    return true;
}

bool readStop(const QJsonObject& body, engine::ChatRequest* creq, QString* error) {
    const QJsonValue sv = body.value(u"stop");
    if (sv.isUndefined() || sv.isNull())
        return true;
    if (sv.isString()) {
        creq->stop = {sv.toString()};
        return true;
    }
    const QString notStrings = QStringLiteral("stop must be a string or an array of strings");
    if (!sv.isArray()) {
        *error = notStrings;
        return false;
    }
    const QJsonArray stops = sv.toArray();
    if (stops.size() > 4) {
        *error = QStringLiteral("stop takes at most 4 sequences");
        return false;
    }
    for (const QJsonValue& s : stops) {
        if (!s.isString()) {
            *error = notStrings;
            return false;
        }
        creq->stop.append(s.toString());
    }
    return true;
}

struct StreamOptions {
    bool stream = false;
    bool includeUsage = false;
};

bool readStreamOptions(const QJsonObject& body, StreamOptions* out, QString* error) {
    const QJsonValue streamValue = body.value(u"stream");
    if (!streamValue.isUndefined() && !streamValue.isNull() && !streamValue.isBool()) {
        *error = QStringLiteral("stream must be true or false");
        return false;
    }
    out->stream = streamValue.toBool(false);
    const QJsonValue so = body.value(u"stream_options");
    if (!so.isUndefined() && !so.isNull() && !so.isObject()) {
        *error = QStringLiteral("stream_options must be an object");
        return false;
    }
    out->includeUsage = so.toObject().value(u"include_usage").toBool(false);
    return true;
}

// What a reasoning or tool-calling model adds to the reply (the triggers: engine.h).
struct Extras {
    engine::ReasoningForm form = engine::ReasoningForm::None;
    QStringList reasoning; // one streamed chunk each
    QList<engine::PlannedCall> calls;
};

// The tool faults: a call to a tool the request never offered (instead of the first call, or as
// the only one), and arguments cut short so they are no JSON.
void injectToolFaults(const QSet<QString>& faults, const QList<engine::Message>& messages,
                      QList<engine::PlannedCall>* calls) {
    const bool answering = !messages.isEmpty() && messages.last().role == u"tool";
    if (faults.contains(QStringLiteral("tool-not-offered")) && !answering) {
        const engine::PlannedCall stray{QStringLiteral("call_0ff3e4ed00"),
                                        QStringLiteral("run_shell"),
                                        QStringLiteral("{\"command\":\"ls -la\"}")};
        if (calls->isEmpty())
            calls->append(stray);
        else
            calls->first() = stray;
    }
    if (faults.contains(QStringLiteral("tool-args-not-json")) && !calls->isEmpty()) {
        QString& args = calls->first().arguments;
        args = args.left(std::max<qsizetype>(1, args.size() / 2));
    }
}

// response_format: the reply becomes a document that conforms to the schema (json_schema) or an
// object (json_object); the schema-break fault makes it one that does not. False with the
// error when the field is malformed, as vLLM refuses it.
bool structuredReply(const QJsonObject& body, const QSet<QString>& faults, const QString& prompt,
                     engine::ChatReply* reply, QString* error) {
    const QJsonValue rf = body.value(u"response_format");
    if (rf.isUndefined() || rf.isNull())
        return true;
    const QString type = rf.toObject().value(u"type").toString();
    QJsonValue schema;
    if (type == u"json_schema") {
        schema = rf.toObject().value(u"json_schema").toObject().value(u"schema");
        if (!schema.isObject() && !schema.isBool()) {
            *error = QStringLiteral("response_format.json_schema.schema must be a JSON schema");
            return false;
        }
    } else if (type == u"text") {
        return true;
    } else if (type != u"json_object") {
        *error = QStringLiteral("response_format.type must be text, json_object or json_schema");
        return false;
    }
    const bool breakIt = faults.contains(QStringLiteral("schema-break"));
    QJsonValue doc;
    if (type == u"json_object")
        doc = breakIt ? engine::brokenDocumentFor(
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}, prompt)
                      : QJsonValue(QJsonObject{{QStringLiteral("answer"), reply->text()}});
    else
        doc = breakIt ? engine::brokenDocumentFor(schema, prompt)
                      : engine::documentFor(schema, prompt);
    const QString text = QString::fromUtf8(
        doc.isObject() ? QJsonDocument(doc.toObject()).toJson(QJsonDocument::Compact)
        : doc.isArray()
            ? QJsonDocument(doc.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(QJsonArray{doc}).toJson(QJsonDocument::Compact).chopped(1).mid(1));
    reply->tokens = engine::fragments(text, 5);
    reply->finishReason = QStringLiteral("stop");
    return true;
}

Extras readExtras(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body,
                  const QString& globalReasoning, engine::ChatRequest* creq,
                  engine::ChatReply* reply) {
    Extras x;
    // The request's own header first, then the form set for every request (setReasoning).
    QByteArray asked = ex->req.header("x-sandbox-reasoning");
    if (asked.isEmpty())
        asked = globalReasoning.toLatin1();
    x.form = asked.isEmpty() ? engine::reasoningFormForModel(w.model + u' ' + w.slug)
                             : engine::reasoningFormFromName(QString::fromLatin1(asked));
    if (x.form != engine::ReasoningForm::None)
        x.reasoning = engine::reasoningTokens(creq->messages);
    x.calls = engine::planToolCalls(creq->messages, body.value(u"tools").toArray(),
                                    body.value(u"tool_choice"),
                                    body.value(u"parallel_tool_calls").toBool(true));
    injectToolFaults(ex->faults, creq->messages, &x.calls);
    if (!x.calls.isEmpty()) {
        reply->tokens.clear();
        reply->finishReason = QStringLiteral("tool_calls");
    } else if (!creq->messages.isEmpty() && creq->messages.last().role == u"tool") {
        // The answer after a tool result uses it.
        const QString said = creq->messages.last().content.simplified();
        reply->tokens.clear();
        for (const QString& word : QStringLiteral("The tool says: %1").arg(said).split(u' '))
            reply->tokens.append(reply->tokens.isEmpty() ? word : u' ' + word);
        reply->finishReason = QStringLiteral("stop");
    }
    return x;
}

QJsonObject callJson(const engine::PlannedCall& c, int index) {
    return {{QStringLiteral("index"), index},
            {QStringLiteral("id"), c.id},
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"), QJsonObject{{QStringLiteral("name"), c.name},
                                                     {QStringLiteral("arguments"), c.arguments}}}};
}

QJsonObject messageJson(const Extras& x, const engine::ChatReply& reply) {
    const QString thinking = x.reasoning.join(QString());
    QJsonObject m{{QStringLiteral("role"), QStringLiteral("assistant")}};
    QString content = reply.text();
    if (x.form == engine::ReasoningForm::Think)
        content = QStringLiteral("<think>%1</think>\n\n%2").arg(thinking, content);
    else if (x.form == engine::ReasoningForm::Content)
        m.insert(u"reasoning_content", thinking);
    else if (x.form == engine::ReasoningForm::Field)
        m.insert(u"reasoning", thinking);
    if (x.calls.isEmpty() || !content.isEmpty())
        m.insert(u"content", content);
    else
        m.insert(u"content", QJsonValue::Null);
    QJsonArray calls;
    for (qsizetype i = 0; i < x.calls.size(); ++i)
        calls.append(callJson(x.calls[i], int(i)));
    if (!calls.isEmpty())
        m.insert(u"tool_calls", calls);
    return m;
}

// The reasoning and tool-call frames of a streamed reply, arguments in 7-character fragments.
void streamExtras(const Extras& x, ChatStreamSpec* spec) {
    const auto member = [](const char* name, const QString& text) {
        return QByteArray("\"") + name + "\":" + jsonString(text);
    };
    if (x.form == engine::ReasoningForm::Think) {
        QStringList tokens{QStringLiteral("<thi"), QStringLiteral("nk>")};
        tokens += x.reasoning;
        tokens += QStringLiteral("</think>\n\n");
        spec->tokens = tokens + spec->tokens;
    }
    for (const QString& r : x.reasoning) {
        if (x.form == engine::ReasoningForm::Content)
            spec->leadDeltas.append(member("reasoning_content", r));
        else if (x.form == engine::ReasoningForm::Field)
            spec->leadDeltas.append(member("reasoning", r));
    }
    if (!x.reasoning.isEmpty())
        spec->reasoningTokens = int(x.reasoning.size());
    for (qsizetype i = 0; i < x.calls.size(); ++i) {
        engine::PlannedCall head = x.calls[i];
        head.arguments.clear();
        spec->tailDeltas.append("\"tool_calls\":[" + compact(callJson(head, int(i))) + "]");
        for (const QString& piece : engine::fragments(x.calls[i].arguments, 7))
            spec->tailDeltas.append(
                "\"tool_calls\":[" +
                compact(QJsonObject{{QStringLiteral("index"), int(i)},
                                    {QStringLiteral("function"),
                                     QJsonObject{{QStringLiteral("arguments"), piece}}}}) +
                "]");
    }
}

// The tokens that spell a whole answer's content: the <think> block's as streamExtras streams
// them, then the reply's.
QStringList contentTokens(const Extras& x, const engine::ChatReply& reply) {
    if (x.form != engine::ReasoningForm::Think)
        return reply.tokens;
    return QStringList{QStringLiteral("<thi"), QStringLiteral("nk>")} + x.reasoning +
           QStringList{QStringLiteral("</think>\n\n")} + reply.tokens;
}

QByteArray completionBody(const QByteArray& id, qint64 created, const WorkloadSpec& w,
                          const engine::ChatReply& reply, const Extras& x,
                          const LogprobOptions& lp) {
    const int completion = int(reply.tokens.size() + x.reasoning.size());
    QJsonObject usage{{QStringLiteral("prompt_tokens"), reply.promptTokens},
                      {QStringLiteral("completion_tokens"), completion},
                      {QStringLiteral("total_tokens"), reply.promptTokens + completion}};
    if (!x.reasoning.isEmpty())
        usage.insert(u"completion_tokens_details",
                     QJsonObject{{QStringLiteral("reasoning_tokens"), int(x.reasoning.size())}});
    const QJsonObject response{
        {QStringLiteral("id"), QString::fromLatin1(id)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), created},
        {QStringLiteral("model"), w.model},
        {QStringLiteral("choices"),
         QJsonArray{
             QJsonObject{{QStringLiteral("index"), 0},
                         {QStringLiteral("message"), messageJson(x, reply)},
                         {QStringLiteral("logprobs"),
                          lp.on ? QJsonValue(answerLogprobsJson(contentTokens(x, reply), lp.top))
                                : QJsonValue(QJsonValue::Null)},
                         {QStringLiteral("finish_reason"), reply.finishReason}}}},
        {QStringLiteral("usage"), usage}};
    return compact(response);
}

} // namespace

void Sandbox::Impl::chat(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body) {
    engine::ChatRequest creq;
    StreamOptions options;
    QString error;
    QStringList images;
    if (!readMessages(body, &creq, &images, &error) || !readSampling(body, &creq, &error) ||
        !readStop(body, &creq, &error) || !readStreamOptions(body, &options, &error)) {
        badRequest(ex, error);
        return;
    }
    LogprobOptions lp;
    QList<QString> roles;
    for (const engine::Message& m : creq.messages)
        roles.append(m.role);
    if (!readLogprobOptions(body, roles, &lp, &error)) {
        badRequest(ex, error);
        return;
    }
    creq.replyTokens = replyTokens;

    engine::ChatReply reply = engine::generateChat(creq);
    if (!images.isEmpty()) { // a vision model's answer: what it was shown
        reply.tokens.clear();
        for (const QString& word : (images.join(QStringLiteral(". ")) + u'.').split(u' '))
            reply.tokens.append(reply.tokens.isEmpty() ? word : u' ' + word);
    }
    if (ex->faults.contains(QStringLiteral("large-chunk")) && !reply.tokens.isEmpty()) {
        const auto at = std::clamp<qsizetype>(reply.tokens.size() / 3, 0, reply.tokens.size() - 1);
        reply.tokens[at] = engine::longText(kLargeChunkBytes, engine::hash64(reply.text()));
    }
    const quint64 counter = ++requestCounter;
    const QByteArray id =
        "chatcmpl-" +
        QByteArray::number(engine::hash64(reply.text().left(256)) ^ (counter << 32), 16);
    const qint64 created = QDateTime::currentSecsSinceEpoch();
    const Extras extras = readExtras(ex, w, body, globalReasoning, &creq, &reply);
    const QString lastUser = creq.messages.isEmpty() ? QString() : creq.messages.last().content;
    if (const std::optional<QString> grade = engine::judgeReply(lastUser)) {
        reply.tokens = engine::fragments(*grade, 5);
        reply.finishReason = QStringLiteral("stop");
    }
    if (extras.calls.isEmpty() && !structuredReply(body, ex->faults, lastUser, &reply, &error)) {
        badRequest(ex, error);
        return;
    }
    if (lp.continueFinal)
        continuePrefix(creq.messages.last().content, &reply.tokens);
    if (!options.stream) {
        send(ex, 200, completionBody(id, created, w, reply, extras, lp));
        return;
    }
    ChatStreamSpec spec;
    spec.id = id;
    spec.model = jsonString(w.model);
    spec.created = created;
    spec.tokens = std::move(reply.tokens);
    spec.finishReason = reply.finishReason;
    spec.promptTokens = reply.promptTokens;
    spec.includeUsage = options.includeUsage;
    spec.topLogprobs = lp.on ? lp.top : -1;
    streamExtras(extras, &spec);
    emit q->requestFinished(ex->req.method, ex->req.path, 200);
    if (!connected(ex->socket))
        return;
    startChatStream(server.get(), &activeStreams, ex, std::move(spec), tokensPerSecond, stallMs);
}

} // namespace ik::sandbox
