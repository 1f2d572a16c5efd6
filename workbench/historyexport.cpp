// History's exports: a run as Markdown or JSON, and only its conversation. Everything leaves
// through scrubSecrets(), so an export never carries a key.
#include "history.h"

#include "scrub.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString redacted(const QString& text) {
    return scrubSecrets(text);
}

} // namespace

namespace {

ChatMessage answerMessage(const HistoryRun& run) {
    ChatMessage m{u"assistant"_s, run.answer};
    m.reasoning = run.reasoning;
    m.toolCalls = run.toolCalls;
    return m;
}

// Reasoning as a quote and each tool call as a line, the way the transcript shows them.
QString turnExtrasMarkdown(const ChatMessage& m) {
    QString md;
    if (!m.reasoning.isEmpty())
        md +=
            u"> **Thinking**\n>\n> "_s + QString(m.reasoning).replace(u'\n', u"\n> "_s) + u"\n\n"_s;
    for (const ToolCall& c : m.toolCalls)
        md += QStringLiteral("- Tool call `%1` (%2): `%3`\n").arg(c.name, c.id, c.arguments);
    if (!m.toolCalls.isEmpty())
        md += u'\n';
    if (m.role == u"tool")
        md += QStringLiteral("Result of `%1`:\n\n").arg(m.toolCallId);
    // An image is noted, never inlined: an export stays a text of readable size.
    for (qsizetype i = 0; i < m.images.size(); ++i)
        md += QStringLiteral("- Image %1: %2 (sha256 %3)\n")
                  .arg(i + 1)
                  .arg(describeImage(m.images[i]), m.images[i].sha256.left(12));
    if (!m.images.isEmpty())
        md += u'\n';
    return md;
}

QString fence(const QString& text) {
    // A fence longer than any backtick run inside, so the text cannot close it.
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString ticks(qMax(3, longest + 1), u'`');
    return ticks + u'\n' + text + u'\n' + ticks + u'\n';
}

QJsonArray conversationArray(const HistoryRun& run) {
    QJsonArray a;
    if (!run.system.isEmpty())
        a.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, run.system}});
    for (const ChatMessage& m : run.messages)
        a.append(messageToJson(m));
    if (!run.answer.isEmpty() || !run.reasoning.isEmpty() || !run.toolCalls.isEmpty())
        a.append(messageToJson(answerMessage(run)));
    return a;
}

} // namespace

QString History::conversationMarkdown(const HistoryRun& run) {
    QString md = QStringLiteral("# Conversation with %1\n\n").arg(run.workloadName);
    if (!run.system.isEmpty())
        md += QStringLiteral("## System\n\n%1\n").arg(run.system);
    for (const ChatMessage& m : run.messages) {
        const QString who = m.role == u"user"   ? u"User"_s
                            : m.role == u"tool" ? u"Tool"_s
                                                : u"Assistant"_s;
        md += QStringLiteral("## %1\n\n").arg(who) + turnExtrasMarkdown(m) + m.content + u"\n\n"_s;
    }
    const ChatMessage answer = answerMessage(run);
    if (!run.answer.isEmpty() || !run.reasoning.isEmpty() || !run.toolCalls.isEmpty()) {
        md += QStringLiteral("## Assistant");
        if (run.state != u"done")
            md += QStringLiteral(" (%1)").arg(historyStateLabel(run.state));
        md += u"\n\n"_s + turnExtrasMarkdown(answer) + run.answer + u'\n';
    }
    return redacted(md);
}

QByteArray History::conversationJson(const HistoryRun& run) {
    const QJsonObject o{{u"workload"_s, run.workloadName},
                        {u"state"_s, run.state},
                        {u"messages"_s, conversationArray(run)}};
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented))).toUtf8();
}

QString History::toMarkdown(const HistoryRun& run) {
    QString md = QStringLiteral("# Run %1 · %2\n\n").arg(run.id).arg(run.workloadName);
    md += QStringLiteral("- Started: %1\n- Workload: `%2`\n- State: %3\n")
              .arg(run.startedAt.toString(Qt::ISODate), run.workloadRef,
                   historyStateLabel(run.state));
    if (!run.model.isEmpty())
        md += QStringLiteral("- Model: %1\n").arg(run.model);
    if (!run.finishReason.isEmpty())
        md += QStringLiteral("- Finish reason: %1\n").arg(run.finishReason);
    for (auto it = run.metrics.begin(); it != run.metrics.end(); ++it)
        md += QStringLiteral("- %1: %2\n").arg(it.key(), it.value().toVariant().toString());
    if (!run.params.isEmpty())
        md += QStringLiteral("\n## Parameters\n\n") +
              fence(QString::fromUtf8(QJsonDocument(run.params).toJson(QJsonDocument::Indented)));
    if (!run.system.isEmpty())
        md += QStringLiteral("\n## System\n\n") + fence(run.system);
    for (const ChatMessage& m : run.messages)
        md += QStringLiteral("\n## %1\n\n").arg(m.role) + turnExtrasMarkdown(m) + fence(m.content);
    if (!run.reasoning.isEmpty())
        md += QStringLiteral("\n## Thinking\n\n") + fence(run.reasoning);
    md += QStringLiteral("\n## Answer (%1)\n\n").arg(historyStateLabel(run.state));
    ChatMessage calls;
    calls.toolCalls = run.toolCalls;
    md += turnExtrasMarkdown(calls) + fence(run.answer);
    if (!run.error.isEmpty())
        md += QStringLiteral("\n## Error\n\n%1\n\nHint: %2\n")
                  .arg(run.error[u"summary"].toString(), run.error[u"hint"].toString());
    return redacted(md);
}

QByteArray History::toJson(const HistoryRun& run) {
    QJsonArray frames;
    for (const Frame& f : run.frames)
        frames.append(frameToJson(f));
    const QJsonArray messages = messagesToJson(run.messages);
    QJsonObject o{{u"id"_s, run.id},
                  {u"started_at"_s, run.startedAt.toString(Qt::ISODateWithMs)},
                  {u"workload"_s, QJsonObject{{u"id"_s, run.workloadId},
                                              {u"name"_s, run.workloadName},
                                              {u"ref"_s, run.workloadRef}}},
                  {u"system"_s, run.system},
                  {u"messages"_s, messages},
                  {u"params"_s, run.params},
                  {u"stream"_s, run.stream},
                  {u"answer"_s, run.answer},
                  {u"state"_s, run.state},
                  {u"metrics"_s, run.metrics},
                  {u"model"_s, run.model},
                  {u"finish_reason"_s, run.finishReason},
                  {u"usage"_s, run.usage},
                  {u"error"_s, run.error},
                  {u"record"_s, run.record},
                  {u"frames"_s, frames}};
    for (auto it = run.extra.begin(); it != run.extra.end(); ++it)
        o.insert(it.key(), it.value());
    if (!run.reasoning.isEmpty())
        o[u"reasoning"_s] = run.reasoning;
    if (!run.toolCalls.isEmpty())
        o[u"tool_calls"_s] = messageToJson(answerMessage(run))[u"tool_calls"];
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented))).toUtf8();
}

} // namespace ik
