#pragma once
// What ik-call prints: results on standard output, messages on standard error (always
// redacted), and the exit status each kind of error maps to.

#include "error.h"
#include "wire.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ikcall {

inline constexpr int kExitUsage = 2;
// The answer came back but breaks its --response-format (not JSON, or not matching the schema).
inline constexpr int kExitSchemaMismatch = 16;
// evalret: a workload's recall@k is below --min-recall; eval: an assertion failed, or a call did
// not end done. One status for "the quality gate says no", whichever command held it.
inline constexpr int kExitBelowThreshold = 17;
inline constexpr int kExitAssertionFailed = kExitBelowThreshold;

void writeOut(const QByteArray& bytes);
void writeErr(const QString& text);
QString exitStatusTable(); // the table --help ends with
// Prints the error and its hint; returns the exit status for its kind.
int failWith(const ik::Error& e);
// Prints the message and a pointer to --help; returns kExitUsage.
int usageError(const QString& message);

// --json pieces
QJsonValue usageJson(const ik::Usage& u);
QJsonValue msOrNull(qint64 ms);
QJsonObject errorJson(const ik::Error& e);
// [{index, id, type, name, arguments, arguments_valid, status, reason}] of the assembled calls;
// status and reason judge each against the tools offered (toolcallcheck.h).
QJsonArray toolCallsJson(const QList<ik::ToolCall>& calls, const QByteArray& offeredTools);
// "tool call get_weather {"city":"Paris"} (call_1)" and " (arguments are not JSON)" when so.
QString toolCallLine(const ik::ToolCall& call);

} // namespace ikcall
