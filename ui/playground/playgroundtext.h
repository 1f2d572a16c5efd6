#pragma once
// The words the playground shows for a run, shared by its live runs and the ones reopened from
// history.

#include "run.h"

#include <QJsonObject>
#include <QString>

namespace ik {

// "done", "stopped", "incomplete", "failed", "streaming…".
QString runStateLabel(RunState state);
// One line under the answer: headers, first token, gaps, tok/s with its source, total, finish,
// model, the turn's tokens (prompt, completion, reasoning when sent; "tokens unknown" without
// usage) and, when the run was priced, its cost (costToJson()), joined by " · " (the dot kept with
// the value before it); empty when there are no metrics. Inside each value the spaces are
// non-breaking, so the line wraps between values only.
QString metricsLine(const QJsonObject& metrics, const QString& finish, const QString& model,
                    const QJsonObject& usage, const QJsonObject& cost = {});
// The fold line of the Thinking block: "first after 120 ms · 1.4 s · 96 tokens", from the keys
// first_reasoning_ms, reasoning_ms and reasoning_tokens; empty when the run did not reason.
QString reasoningSummary(const QJsonObject& metrics);
// One line per call: "get_weather({"city":"Lyon"}) · call_1", with a warning when the arguments
// are not a JSON object.
QString toolCallsText(const QList<ToolCall>& calls);
// `value` made one word for line breaking: its spaces non-breaking, U+2060 WORD JOINER after
// "/" and "-". readableText() gives back the plain words.
inline constexpr QChar kWordJoiner = QChar(0x2060);
QString unbreakable(QString value);
QString readableText(QString shown);

} // namespace ik
