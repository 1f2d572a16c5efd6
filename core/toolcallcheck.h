#pragma once
// A complete tool call against the tools its request offered: its arguments parsed as JSON and
// validated against that tool's `parameters` schema (jsonschema.h), or flagged when the model
// called a tool that was not offered. Pure: no I/O.

#include "wire.h"

#include <QJsonArray>
#include <QString>

namespace ik {

struct ToolCallCheck {
    enum class Status { Streaming, Ok, Invalid, NotOffered };
    Status status = Status::Streaming;
    QString reason; // why Invalid or NotOffered; for Ok, what the schema could not check
};
QString toolCallStatusName(ToolCallCheck::Status status); // "streaming", "ok", "invalid", ...

// offered: the request's tools, a JSON array of OpenAI function tools.
ToolCallCheck checkToolCall(const ToolCall& call, const QJsonArray& offered);

} // namespace ik
