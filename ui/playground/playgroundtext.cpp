#include "playgroundtext.h"

#include "cost.h"
#include "metrics.h"
#include "playgroundview.h"

using namespace Qt::Literals::StringLiterals;

namespace ik {

QString runStateLabel(RunState state) {
    switch (state) {
    case RunState::Done:
        return PlaygroundView::tr("done");
    case RunState::Cancelled:
        return PlaygroundView::tr("stopped");
    case RunState::Truncated:
        return PlaygroundView::tr("incomplete");
    case RunState::Failed:
        return PlaygroundView::tr("failed");
    default:
        return PlaygroundView::tr("streaming…");
    }
}

QString unbreakable(QString value) {
    // Spaces made non-breaking, and a word joiner after the characters a line may otherwise
    // break at ("tok/s", "Llama-3.1-8B").
    QString out;
    out.reserve(value.size() + 8);
    for (const QChar c : std::as_const(value)) {
        out += c == u' ' ? QChar(QChar::Nbsp) : c;
        if (c == u'/' || c == u'-')
            out += kWordJoiner;
    }
    return out;
}

QString readableText(QString shown) {
    return shown.remove(kWordJoiner).replace(QChar::Nbsp, u' ');
}

QString reasoningSummary(const QJsonObject& m) {
    const double first = m[u"first_reasoning_ms"].toDouble(-1);
    if (first < 0)
        return {};
    QStringList parts{PlaygroundView::tr("first after %1").arg(formatMs(first))};
    const double took = m[u"reasoning_ms"].toDouble(-1);
    if (took >= 0)
        parts << formatMs(took);
    const int tokens = m[u"reasoning_tokens"].toInt(-1);
    if (tokens >= 0)
        parts << PlaygroundView::tr("%n token(s)", nullptr, tokens);
    return parts.join(u" · "_s);
}

QString toolCallsText(const QList<ToolCall>& calls) {
    QStringList lines;
    for (const ToolCall& call : calls) {
        QString line = u"%1(%2)"_s.arg(call.name.isEmpty() ? u"?"_s : call.name, call.arguments);
        if (!call.id.isEmpty())
            line += u" · "_s + call.id;
        if (!call.argumentsAreJson())
            line += PlaygroundView::tr(" · the arguments are not a JSON object");
        lines << line;
    }
    return lines.join(u'\n');
}

QString metricsLine(const QJsonObject& m, const QString& finish, const QString& model,
                    const QJsonObject& usage, const QJsonObject& cost) {
    if (m.isEmpty())
        return {};
    const auto ms = [&](const char* key) { return formatMs(m[QLatin1String(key)].toDouble(-1)); };
    QStringList parts;
    parts << PlaygroundView::tr("headers %1").arg(ms("headers_ms"))
          << PlaygroundView::tr("first token %1").arg(ms("first_token_ms"))
          << PlaygroundView::tr("gap median %1").arg(ms("gap_median_ms"))
          << PlaygroundView::tr("p95 %1").arg(ms("gap_p95_ms"));
    const double tps = m[u"tokens_per_s"].toDouble(-1);
    parts << (tps >= 0 ? PlaygroundView::tr("%1 tok/s (%2, %3 tokens)")
                             .arg(tps, 0, 'f', 1)
                             .arg(m[u"tokens_source"].toString())
                             .arg(m[u"tokens"].toInt())
                       : PlaygroundView::tr("— tok/s"));
    parts << PlaygroundView::tr("total %1").arg(ms("total_ms"));
    if (m[u"first_reasoning_ms"].toDouble(-1) >= 0)
        parts << PlaygroundView::tr("thinking %1").arg(ms("reasoning_ms"));
    if (m[u"mean_logprob"].isDouble()) {
        const QJsonValue perplexity = m[u"perplexity"];
        parts << PlaygroundView::tr("mean logprob %1").arg(m[u"mean_logprob"].toDouble(), 0, 'f', 3)
              << PlaygroundView::tr("perplexity %1")
                     .arg(perplexity.isDouble() ? QString::number(perplexity.toDouble(), 'f', 2)
                                                : u"∞"_s);
    }
    parts << PlaygroundView::tr("finish %1").arg(finish.isEmpty() ? u"—"_s : finish);
    if (!model.isEmpty())
        parts << PlaygroundView::tr("model %1").arg(model);
    // The turn's tokens; its reasoning tokens as a value of their own, so the line can wrap
    // between them.
    if (usage.isEmpty())
        parts << tokensText(usage);
    else
        parts << PlaygroundView::tr("usage %1 prompt + %2 completion = %3")
                     .arg(usage[u"prompt_tokens"].toInt())
                     .arg(usage[u"completion_tokens"].toInt())
                     .arg(usage[u"total_tokens"].toInt());
    if (const int reasoning = usage[u"reasoning_tokens"].toInt(-1); reasoning >= 0)
        parts << PlaygroundView::tr("%1 reasoning").arg(reasoning);
    if (const QString c = costText(cost); !c.isEmpty())
        parts << c;
    // A narrow pane wraps the line between values only: "p95 26 ms" never splits.
    for (QString& part : parts)
        part = unbreakable(part);
    // The dot stays with the value before it; the line may break after it.
    return parts.join(QString(QChar::Nbsp) + u"· "_s);
}

} // namespace ik
