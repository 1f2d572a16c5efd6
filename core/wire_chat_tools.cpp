// The chat route's reasoning and tool-call fields: reading them from deltas and messages, and
// writing assistant, tool and tools fields into a request.
#include "wire.h"

#include <QCoreApplication>

#include "wire_internal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ik {

using namespace wiredetail;

bool ToolCall::argumentsAreJson() const {
    if (arguments.trimmed().isEmpty())
        return true;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(arguments.toUtf8(), &pe);
    return pe.error == QJsonParseError::NoError && doc.isObject();
}

namespace wiredetail {

QString readReasoning(const QJsonObject& deltaOrMessage) {
    const QJsonValue content = deltaOrMessage.value(u"reasoning_content");
    if (content.isString())
        return content.toString();
    return stringOrEmpty(deltaOrMessage.value(u"reasoning"));
}

QList<ToolCall> readToolCalls(const QJsonValue& value) {
    QList<ToolCall> calls;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ToolCall call;
        // A server that sends no index sends one call per position.
        call.index = readIndex(o.value(u"index")).value_or(int(i));
        call.id = stringOrEmpty(o.value(u"id"));
        call.type = stringOrEmpty(o.value(u"type"));
        const QJsonObject function = o.value(u"function").toObject();
        call.name = stringOrEmpty(function.value(u"name"));
        const QJsonValue args = function.value(u"arguments");
        // Some servers send the arguments as an object rather than as JSON text.
        call.arguments =
            args.isObject()
                ? QString::fromUtf8(QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact))
                : stringOrEmpty(args);
        calls.append(call);
    }
    return calls;
}

// A message with images goes as OpenAI content parts: its text first (when it has any), then one
// image_url part per image, inline as a data URL. Without images content stays a plain string,
// which every server reads.
QJsonArray contentParts(const ChatMessage& m) {
    QJsonArray parts;
    if (!isBlank(m.content))
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"), m.content}});
    for (const ChatImage& image : m.images)
        parts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                                 {QStringLiteral("image_url"),
                                  QJsonObject{{QStringLiteral("url"), imageDataUrl(image)}}}});
    return parts;
}

std::optional<Error> validateImages(const ChatMessage& m, qsizetype i) {
    if (m.images.isEmpty())
        return std::nullopt;
    if (m.role != u"user")
        return validation(QCoreApplication::translate(
                              "ik::Wire", "messages[%1] (%2) carries images: only user turns may")
                              .arg(i)
                              .arg(m.role));
    for (qsizetype k = 0; k < m.images.size(); ++k) {
        if (!m.images[k].loaded())
            return validation(QCoreApplication::translate(
                                  "ik::Wire", "messages[%1] image %2 (%3) was not loaded: reopen "
                                              "the run from history, or attach it again")
                                  .arg(i)
                                  .arg(k + 1)
                                  .arg(m.images[k].format()));
        if (m.images[k].bytes.size() > kMaxImageBytes)
            return validation(QCoreApplication::translate(
                                  "ik::Wire", "messages[%1] image %2 is larger than 20 MB")
                                  .arg(i)
                                  .arg(k + 1));
    }
    return std::nullopt;
}

QJsonObject messageJson(const ChatMessage& m, bool sendReasoning) {
    QJsonObject o{{QStringLiteral("role"), m.role}};
    if (m.role == u"assistant" && !m.toolCalls.isEmpty() && m.content.isEmpty())
        o.insert(u"content", QJsonValue::Null);
    else if (!m.images.isEmpty())
        o.insert(u"content", contentParts(m));
    else
        o.insert(u"content", m.content);
    if (sendReasoning && m.role == u"assistant" && !m.reasoning.isEmpty())
        o.insert(u"reasoning_content", m.reasoning);
    if (!m.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall& c : m.toolCalls)
            calls.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("type"), c.type.isEmpty() ? QStringLiteral("function") : c.type},
                {QStringLiteral("function"),
                 QJsonObject{{QStringLiteral("name"), c.name},
                             {QStringLiteral("arguments"), c.arguments}}}});
        o.insert(u"tool_calls", calls);
    }
    if (m.role == u"tool")
        o.insert(u"tool_call_id", m.toolCallId);
    return o;
}

void insertTools(const ChatRequest& request, QJsonObject* body) {
    if (!request.tools.isEmpty()) {
        const QJsonDocument tools = QJsonDocument::fromJson(request.tools);
        if (tools.isArray())
            body->insert(u"tools", tools.array());
    }
    const ToolChoice& c = request.toolChoice;
    switch (c.mode) {
    case ToolChoice::Mode::Unset:
        break;
    case ToolChoice::Mode::Auto:
        body->insert(u"tool_choice", QStringLiteral("auto"));
        break;
    case ToolChoice::Mode::None:
        body->insert(u"tool_choice", QStringLiteral("none"));
        break;
    case ToolChoice::Mode::Required:
        body->insert(u"tool_choice", QStringLiteral("required"));
        break;
    case ToolChoice::Mode::Function:
        body->insert(u"tool_choice",
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                                 {QStringLiteral("function"),
                                  QJsonObject{{QStringLiteral("name"), c.function}}}});
        break;
    }
    if (request.parallelToolCalls)
        body->insert(u"parallel_tool_calls", *request.parallelToolCalls);
}

std::optional<Error> validateToolFields(const ChatRequest& request) {
    if (!request.tools.isEmpty() && !QJsonDocument::fromJson(request.tools).isArray())
        return validation(QCoreApplication::translate(
            "ik::Wire", "tools must be a JSON array of function tools"));
    if (request.toolChoice.mode == ToolChoice::Mode::Function &&
        isBlank(request.toolChoice.function))
        return validation(QCoreApplication::translate("ik::Wire", "tool_choice names no function"));
    return std::nullopt;
}

void insertLogprobFields(const ChatRequest& request, QJsonObject* body) {
    const ChatParams& p = request.params;
    if (p.logprobs)
        body->insert(u"logprobs", true);
    if (p.logprobs && p.topLogprobs)
        body->insert(u"top_logprobs", *p.topLogprobs);
    if (request.continueFinal) {
        body->insert(u"continue_final_message", true);
        body->insert(u"add_generation_prompt", false);
    }
}

std::optional<Error> validateLogprobFields(const ChatRequest& request) {
    const ChatParams& p = request.params;
    if (p.topLogprobs && (*p.topLogprobs < 0 || *p.topLogprobs > kMaxTopLogprobs))
        return validation(
            QCoreApplication::translate("ik::Wire", "top_logprobs must be from 0 to %1 (got %2)")
                .arg(kMaxTopLogprobs)
                .arg(*p.topLogprobs));
    if (p.topLogprobs && !p.logprobs)
        return validation(QCoreApplication::translate(
            "ik::Wire", "top_logprobs needs logprobs: turn logprobs on, or "
                        "leave top_logprobs unset"));
    if (request.continueFinal &&
        (request.messages.isEmpty() || request.messages.last().role != u"assistant"))
        return validation(QCoreApplication::translate(
            "ik::Wire", "a continuation needs an assistant message last (the "
                        "prefix the answer continues)"));
    return std::nullopt;
}

} // namespace wiredetail

} // namespace ik
