#include "output.h"

#include "credential.h"
#include "toolcallcheck.h"

#include <QJsonDocument>

#include <cstdio>

namespace ikcall {

using namespace ik;

void writeOut(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Every message goes through redaction: usage errors echo what was typed (a key given to
// --api-key-env or as a command by mistake) and hints can quote it.
void writeErr(const QString& text) {
    const QByteArray b = redactSecrets(text).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

QString exitStatusTable() {
    QString t = QStringLiteral("Exit status:\n  0   success\n  2   usage error\n");
    for (ErrorKind k :
         {ErrorKind::Configuration, ErrorKind::Validation, ErrorKind::Auth, ErrorKind::Permission,
          ErrorKind::NotFound, ErrorKind::BadRequest, ErrorKind::RateLimited, ErrorKind::Server,
          ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Cancelled, ErrorKind::Truncated,
          ErrorKind::Protocol})
        t += QStringLiteral("  %1  %2\n").arg(exitStatusFor(k), -2).arg(errorKindName(k));
    t += QStringLiteral("  %1  schema: the answer breaks its --response-format\n")
             .arg(kExitSchemaMismatch, -2);
    t += QStringLiteral("  %1  below: a workload's recall@k is under evalret's --min-recall\n")
             .arg(kExitBelowThreshold, -2);
    t += QStringLiteral("  %1  eval: an assertion failed, or a call did not end done\n")
             .arg(kExitAssertionFailed, -2);
    return t;
}

int failWith(const Error& e) {
    writeErr(QStringLiteral("ik-call: %1\n").arg(e.summary()));
    if (!e.hint.isEmpty())
        writeErr(QStringLiteral("hint: %1\n").arg(e.hint));
    return exitStatusFor(e.kind);
}

int usageError(const QString& message) {
    writeErr(QStringLiteral("ik-call: %1\nTry 'ik-call --help'.\n").arg(message));
    return kExitUsage;
}

QJsonValue usageJson(const Usage& u) {
    if (!u.present())
        return QJsonValue::Null;
    QJsonObject o;
    if (u.promptTokens >= 0)
        o[QStringLiteral("prompt_tokens")] = u.promptTokens;
    if (u.completionTokens >= 0)
        o[QStringLiteral("completion_tokens")] = u.completionTokens;
    if (u.totalTokens >= 0)
        o[QStringLiteral("total_tokens")] = u.totalTokens;
    if (u.reasoningTokens >= 0)
        o[QStringLiteral("reasoning_tokens")] = u.reasoningTokens;
    return o;
}

QJsonValue msOrNull(qint64 ms) {
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QJsonObject errorJson(const Error& e) {
    QJsonObject o;
    o[QStringLiteral("kind")] = errorKindName(e.kind);
    o[QStringLiteral("message")] = redactSecrets(e.summary());
    o[QStringLiteral("hint")] = redactSecrets(e.hint);
    if (e.httpStatus)
        o[QStringLiteral("status")] = e.httpStatus;
    if (!e.code.isEmpty())
        o[QStringLiteral("code")] = redactSecrets(e.code);
    if (e.retryAfterSeconds)
        o[QStringLiteral("retry_after_s")] = *e.retryAfterSeconds;
    return o;
}

QJsonArray toolCallsJson(const QList<ToolCall>& calls, const QByteArray& offeredTools) {
    const QJsonArray offered = QJsonDocument::fromJson(offeredTools).array();
    QJsonArray out;
    for (const ToolCall& c : calls) {
        const ToolCallCheck check = checkToolCall(c, offered);
        out.append(QJsonObject{{QStringLiteral("index"), c.index},
                               {QStringLiteral("id"), c.id},
                               {QStringLiteral("type"), c.type},
                               {QStringLiteral("name"), c.name},
                               {QStringLiteral("arguments"), c.arguments},
                               {QStringLiteral("arguments_valid"), c.argumentsAreJson()},
                               {QStringLiteral("status"), toolCallStatusName(check.status)},
                               {QStringLiteral("reason"), check.reason}});
    }
    return out;
}

QString toolCallLine(const ToolCall& call) {
    QString line = QStringLiteral("tool call %1 %2").arg(call.name, call.arguments);
    if (!call.id.isEmpty())
        line += QStringLiteral(" (%1)").arg(call.id);
    if (!call.argumentsAreJson())
        line += QStringLiteral(" (arguments are not JSON)");
    return line + u'\n';
}

} // namespace ikcall
