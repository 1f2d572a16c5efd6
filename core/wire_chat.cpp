// The chat route: validation, request body, and the parsers for whole and streamed answers.
#include "wire.h"

#include <QCoreApplication>

#include "chatdelta.h"
#include "wire_internal.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace ik {

using namespace wiredetail;

namespace {

std::optional<Error> checkRange(const char* name, const std::optional<double>& v, double lo,
                                double hi, bool loOpen = false) {
    if (!v)
        return std::nullopt;
    const double x = *v;
    if (std::isnan(x) || x < lo || x > hi || (loOpen && x == lo))
        return validation(
            QCoreApplication::translate("ik::Wire", "%1 must be %2 %3 and at most %4 (got %5)")
                .arg(QLatin1String(name),
                     loOpen ? QCoreApplication::translate("ik::Wire", "greater than")
                            : QStringLiteral("at least"))
                .arg(lo)
                .arg(hi)
                .arg(x));
    return std::nullopt;
}

// Unset options are omitted from the body, not sent as null.
template <typename T>
void insertIfSet(QJsonObject& body, QStringView name, const std::optional<T>& value) {
    if (value)
        body.insert(name, *value);
}

} // namespace

std::optional<Error> validateChat(const ChatRequest& request) {
    if (auto e = keyInModel(request.model))
        return e;
    const bool hasPrompt = !request.prompt.isEmpty();
    const bool hasMessages = !request.messages.isEmpty();
    if (hasPrompt && hasMessages)
        return validation(
            QCoreApplication::translate("ik::Wire", "provide either prompt or messages, not both"));
    if (!hasPrompt && !hasMessages)
        return validation(
            QCoreApplication::translate("ik::Wire", "provide either prompt or messages"));
    if (hasPrompt && isBlank(request.prompt))
        return validation(QCoreApplication::translate("ik::Wire", "prompt must not be blank"));
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const ChatMessage& m = request.messages[i];
        if (m.role != u"system" && m.role != u"user" && m.role != u"assistant" && m.role != u"tool")
            return validation(QCoreApplication::translate("ik::Wire",
                                                          "messages[%1].role must be system, user, "
                                                          "assistant or tool (got '%2')")
                                  .arg(i)
                                  .arg(m.role.left(40)));
        if (m.role == u"tool" && isBlank(m.toolCallId))
            return validation(
                QCoreApplication::translate("ik::Wire", "messages[%1] (tool) has no tool_call_id")
                    .arg(i));
        // An assistant turn that only called tools has no text, legitimately.
        const bool onlyCalls = m.role == u"assistant" && !m.toolCalls.isEmpty();
        if (auto e = validateImages(m, i))
            return e;
        // A user turn may be only an image ("what is this?" left unsaid).
        if (isBlank(m.content) && !onlyCalls && m.images.isEmpty())
            return validation(
                QCoreApplication::translate("ik::Wire", "messages[%1].content must not be blank")
                    .arg(i));
    }
    if (auto e = validateToolFields(request))
        return e;
    if (auto e = validateResponseFormat(request.responseFormat))
        return e;
    const ChatParams& p = request.params;
    if (auto e = checkRange("temperature", p.temperature, 0, 2))
        return e;
    if (auto e = checkRange("top_p", p.topP, 0, 1, true))
        return e;
    if (auto e = checkRange("presence_penalty", p.presencePenalty, -2, 2))
        return e;
    if (auto e = checkRange("frequency_penalty", p.frequencyPenalty, -2, 2))
        return e;
    if (p.maxTokens && *p.maxTokens < 1)
        return validation(
            QCoreApplication::translate("ik::Wire", "max_tokens must be at least 1 (got %1)")
                .arg(*p.maxTokens));
    for (qsizetype i = 0; i < p.stop.size(); ++i)
        if (p.stop[i].isEmpty())
            return validation(
                QCoreApplication::translate("ik::Wire", "stop[%1] must not be empty").arg(i));
    if (auto e = validateLogprobFields(request))
        return e;
    return std::nullopt;
}

QByteArray chatBody(const ChatRequest& request) {
    QJsonArray messages;
    auto message = [](const QString& role, const QString& content) {
        return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
    };
    if (!isBlank(request.system))
        messages.append(message(QStringLiteral("system"), request.system));
    if (!request.prompt.isEmpty())
        messages.append(message(QStringLiteral("user"), request.prompt));
    else
        for (const ChatMessage& m : request.messages)
            messages.append(messageJson(m, request.sendReasoning));

    QJsonObject body;
    body.insert(u"model", modelOrDefault(request.model));
    body.insert(u"messages", messages);
    body.insert(u"stream", request.stream);
    const ChatParams& p = request.params;
    insertIfSet(body, u"temperature", p.temperature);
    insertIfSet(body, u"max_tokens", p.maxTokens);
    insertIfSet(body, u"top_p", p.topP);
    if (!p.stop.isEmpty())
        body.insert(u"stop", QJsonArray::fromStringList(p.stop));
    insertIfSet(body, u"seed", p.seed);
    insertIfSet(body, u"presence_penalty", p.presencePenalty);
    insertIfSet(body, u"frequency_penalty", p.frequencyPenalty);
    insertTools(request, &body);
    insertResponseFormat(request, &body);
    insertLogprobFields(request, &body);
    if (request.stream && p.includeUsage)
        body.insert(u"stream_options", QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<Error> parseChatResponse(const QByteArray& body, ChatResponse* out) {
    Error error;
    const std::optional<QJsonObject> root = parseObject(body, "chat", &error);
    if (!root)
        return error;
    if (root->contains(u"error"))
        return errorFromJsonError(body, 0);
    const QJsonValue choices = root->value(u"choices");
    if (!choices.isArray() || choices.toArray().isEmpty())
        return protocol(
            choices.isArray()
                ? QCoreApplication::translate("ik::Wire",
                                              "the chat response has an empty choices list")
                : QCoreApplication::translate("ik::Wire", "the chat response has no choices list"));
    const QJsonValue first = choices.toArray().at(0);
    if (!first.isObject())
        return protocol(QCoreApplication::translate(
            "ik::Wire", "the chat response's choices[0] is not an object"));
    const QJsonObject choice = first.toObject();
    const QJsonValue message = choice.value(u"message");
    const QJsonValue content = message.toObject().value(u"content");
    if (!message.isObject() && !choice.value(u"text").isString())
        return protocol(QCoreApplication::translate(
            "ik::Wire", "the chat response's choices[0] has no message"));
    if (!content.isString() && !content.isNull() && !content.isUndefined())
        return protocol(QCoreApplication::translate(
            "ik::Wire", "the chat response's message content is not text"));

    ChatResponse r;
    r.id = stringOrEmpty(root->value(u"id"));
    // null content is legitimate (tool calls, empty generation): no text, not an error
    const QString raw =
        message.isObject() ? stringOrEmpty(content) : choice.value(u"text").toString();
    r.reasoning = readReasoning(message.toObject());
    ThinkSplitter splitter;
    splitter.feed(raw, &r.reasoning, &r.text);
    splitter.flush(&r.reasoning, &r.text);
    r.toolCalls = readToolCalls(message.toObject().value(u"tool_calls"));
    r.model = stringOrEmpty(root->value(u"model"));
    r.finishReason = stringOrEmpty(choice.value(u"finish_reason"));
    r.usage = readUsage(root->value(u"usage"));
    r.logprobs = placeTokens(readLogprobs(choice.value(u"logprobs")), 0, r.text);
    *out = r;
    return std::nullopt;
}

ChatChunk parseChatChunk(const QString& data) {
    ChatChunk chunk;
    const QByteArray bytes = data.toUtf8();
    if (scanChatChunk(bytes, &chunk))
        return chunk;
    return readChatChunkSlow(bytes);
}

ChatChunk wiredetail::readChatChunkSlow(const QByteArray& bytes) {
    ChatChunk chunk;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        chunk.type = ChatChunk::Type::NotJson;
        return chunk;
    }
    const QJsonObject root = doc.object();
    if (root.contains(u"error")) {
        chunk.type = ChatChunk::Type::Error;
        chunk.error = errorFromJsonError(bytes, 0);
        return chunk;
    }
    chunk.model = stringOrEmpty(root.value(u"model"));
    const QJsonArray choices = root.value(u"choices").toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.at(0).toObject();
        const QJsonValue delta = choice.value(u"delta");
        if (delta.isObject()) {
            const QJsonObject d = delta.toObject();
            chunk.content = stringOrEmpty(d.value(u"content"));
            chunk.reasoning = readReasoning(d);
            chunk.toolCalls = readToolCalls(d.value(u"tool_calls"));
        } else // llama.cpp's /completion-style chunk
            chunk.content = stringOrEmpty(choice.value(u"text"));
        chunk.finishReason = stringOrEmpty(choice.value(u"finish_reason"));
        chunk.logprobs = readLogprobs(choice.value(u"logprobs"));
    }
    const QJsonValue usage = root.value(u"usage");
    if (usage.isObject())
        chunk.usage = readUsage(usage);
    return chunk;
}

} // namespace ik
