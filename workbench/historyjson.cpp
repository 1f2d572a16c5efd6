// The JSON forms of what history keeps: parameters, frames, errors, run records and messages.
#include "history.h"

#include "scrub.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

void jsonHeaderList(const HeaderList& headers, QJsonArray* out) {
    for (const auto& [name, value] : headers)
        out->append(QJsonArray{QString::fromLatin1(name), scrubSecrets(QString::fromUtf8(value))});
}

} // namespace

QJsonObject paramsToJson(const ChatParams& p) {
    QJsonObject o;
    if (p.temperature)
        o[u"temperature"] = *p.temperature;
    if (p.maxTokens)
        o[u"max_tokens"] = *p.maxTokens;
    if (p.topP)
        o[u"top_p"] = *p.topP;
    if (!p.stop.isEmpty())
        o[u"stop"] = QJsonArray::fromStringList(p.stop);
    if (p.seed)
        o[u"seed"] = double(*p.seed);
    if (p.presencePenalty)
        o[u"presence_penalty"] = *p.presencePenalty;
    if (p.frequencyPenalty)
        o[u"frequency_penalty"] = *p.frequencyPenalty;
    if (p.includeUsage)
        o[u"include_usage"] = true;
    if (p.logprobs)
        o[u"logprobs"] = true;
    if (p.topLogprobs)
        o[u"top_logprobs"] = *p.topLogprobs;
    return o;
}

ChatParams paramsFromJson(const QJsonObject& o) {
    ChatParams p;
    if (o.contains(u"temperature"))
        p.temperature = o[u"temperature"].toDouble();
    if (o.contains(u"max_tokens"))
        p.maxTokens = o[u"max_tokens"].toInt();
    if (o.contains(u"top_p"))
        p.topP = o[u"top_p"].toDouble();
    for (const QJsonValue& s : o[u"stop"].toArray())
        p.stop.append(s.toString());
    if (o.contains(u"seed"))
        p.seed = qint64(o[u"seed"].toDouble());
    if (o.contains(u"presence_penalty"))
        p.presencePenalty = o[u"presence_penalty"].toDouble();
    if (o.contains(u"frequency_penalty"))
        p.frequencyPenalty = o[u"frequency_penalty"].toDouble();
    p.includeUsage = o[u"include_usage"].toBool();
    p.logprobs = o[u"logprobs"].toBool();
    // A value out of range (an edited file) is dropped rather than sent to be refused.
    if (const int top = o[u"top_logprobs"].toInt(-1); top >= 0 && top <= kMaxTopLogprobs)
        p.topLogprobs = top;
    return p;
}

QJsonObject frameToJson(const Frame& f) {
    return {{u"index"_s, f.index},
            {u"at_ms"_s, double(f.atMs)},
            {u"bytes"_s, double(f.bytes)},
            {u"data"_s, scrubSecrets(f.data)},
            {u"delta"_s, scrubSecrets(f.delta)},
            {u"json"_s, f.json},
            {u"done"_s, f.done}};
}

Frame frameFromJson(const QJsonObject& o) {
    Frame f;
    f.index = o[u"index"].toInt();
    f.atMs = qint64(o[u"at_ms"].toDouble());
    f.bytes = qsizetype(o[u"bytes"].toDouble());
    f.data = o[u"data"].toString();
    f.delta = o[u"delta"].toString();
    f.json = o[u"json"].toBool(true);
    f.done = o[u"done"].toBool();
    return f;
}

QJsonObject errorToJson(const Error& e) {
    QJsonObject o{{u"kind"_s, errorKindName(e.kind)},
                  {u"status"_s, e.httpStatus},
                  {u"code"_s, e.code},
                  {u"message"_s, scrubSecrets(e.message)},
                  {u"hint"_s, scrubSecrets(e.hint)},
                  {u"summary"_s, scrubSecrets(e.summary())}};
    if (e.retryAfterSeconds)
        o[u"retry_after_s"] = *e.retryAfterSeconds;
    return o;
}

QJsonObject recordToJson(const RunRecord& r) {
    QJsonArray requestHeaders, responseHeaders;
    jsonHeaderList(r.requestHeaders, &requestHeaders);
    jsonHeaderList(r.responseHeaders, &responseHeaders);
    QJsonArray redirects;
    for (const QUrl& u : r.redirects)
        redirects.append(u.toString());
    return {{u"method"_s, QString::fromLatin1(r.method)},
            {u"url"_s, scrubSecrets(r.url.toString())},
            {u"request_headers"_s, requestHeaders},
            // Images are kept in their own table (History), not as megabytes of base64 here.
            {u"request_body"_s, scrubSecrets(QString::fromUtf8(elideDataUrls(r.requestBody)))},
            {u"status"_s, r.status},
            {u"response_headers"_s, responseHeaders},
            {u"response_body"_s, scrubSecrets(QString::fromUtf8(r.responseBody))},
            {u"non_json_frames"_s, r.nonJsonFrames},
            {u"invalid_utf8_at"_s, double(r.invalidUtf8At)},
            {u"comments"_s, r.comments},
            {u"redirects"_s, redirects}};
}

QString historyStateLabel(const QString& state) {
    if (state == u"cancelled")
        return QObject::tr("stopped");
    if (state == u"truncated" || state == u"incomplete")
        return QObject::tr("incomplete");
    return state;
}

QJsonObject messageToJson(const ChatMessage& m) {
    QJsonObject o{{u"role"_s, m.role}, {u"content"_s, m.content}};
    if (!m.reasoning.isEmpty())
        o[u"reasoning"_s] = m.reasoning;
    QJsonArray calls;
    for (const ToolCall& c : m.toolCalls)
        calls.append(QJsonObject{{u"index"_s, c.index},
                                 {u"id"_s, c.id},
                                 {u"name"_s, c.name},
                                 {u"arguments"_s, c.arguments}});
    if (!calls.isEmpty())
        o[u"tool_calls"_s] = calls;
    if (!m.toolCallId.isEmpty())
        o[u"tool_call_id"_s] = m.toolCallId;
    QJsonArray images;
    for (const ChatImage& image : m.images)
        images.append(imageReferenceToJson(image));
    if (!images.isEmpty())
        o[u"images"_s] = images;
    return o;
}

QJsonObject imageReferenceToJson(const ChatImage& image) {
    return {{u"mime"_s, image.mime},
            {u"size"_s, double(image.size)},
            {u"width"_s, image.width},
            {u"height"_s, image.height},
            {u"sha256"_s, image.sha256}};
}

ChatImage imageReferenceFromJson(const QJsonObject& o) {
    ChatImage image;
    image.mime = o[u"mime"].toString();
    image.size = qint64(o[u"size"].toDouble());
    image.width = o[u"width"].toInt();
    image.height = o[u"height"].toInt();
    image.sha256 = o[u"sha256"].toString();
    return image;
}

ChatMessage messageFromJson(const QJsonObject& o) {
    ChatMessage m{o[u"role"].toString(), o[u"content"].toString()};
    m.reasoning = o[u"reasoning"].toString();
    m.toolCallId = o[u"tool_call_id"].toString();
    int next = 0;
    for (const QJsonValue& c : o[u"tool_calls"].toArray()) {
        ToolCall call;
        call.index = c[u"index"].toInt(next);
        next = call.index + 1;
        call.id = c[u"id"].toString();
        call.name = c[u"name"].toString();
        call.arguments = c[u"arguments"].toString();
        m.toolCalls.append(call);
    }
    for (const QJsonValue& image : o[u"images"].toArray())
        m.images.append(imageReferenceFromJson(image.toObject()));
    return m;
}

QJsonArray messagesToJson(const QList<ChatMessage>& messages) {
    QJsonArray a;
    for (const ChatMessage& m : messages)
        a.append(messageToJson(m));
    return a;
}

QList<ChatMessage> messagesFromJson(const QJsonArray& array) {
    QList<ChatMessage> out;
    for (const QJsonValue& m : array)
        out.append(messageFromJson(m.toObject()));
    return out;
}

QJsonObject answerExtraToJson(const HistoryRun& run) {
    QJsonObject o = run.extra;
    if (!run.reasoning.isEmpty())
        o[u"reasoning"_s] = run.reasoning;
    ChatMessage calls;
    calls.toolCalls = run.toolCalls;
    if (!run.toolCalls.isEmpty())
        o[u"tool_calls"_s] = messageToJson(calls)[u"tool_calls"];
    return o;
}

void answerExtraFromJson(const QJsonObject& json, HistoryRun* run) {
    QJsonObject extra = json;
    run->reasoning = extra.take(u"reasoning").toString();
    run->toolCalls =
        messageFromJson(QJsonObject{{u"tool_calls"_s, extra.take(u"tool_calls")}}).toolCalls;
    run->extra = extra;
}

} // namespace ik
