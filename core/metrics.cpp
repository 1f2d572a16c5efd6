#include "metrics.h"

#include <QCoreApplication>

#include "chatdelta.h"

#include <algorithm>
#include <cmath>

namespace ik {

double percentile(QList<qint64> values, double q) {
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(std::clamp(q, 0.0, 1.0) * double(values.size())));
    return double(values[std::clamp<qsizetype>(rank - 1, 0, values.size() - 1)]);
}

RunMetrics computeMetrics(const RunTimings& t, const Usage& usage, int chunkCount) {
    RunMetrics m;
    m.headersMs = t.headersMs;
    m.firstTokenMs = t.firstTokenMs;
    m.totalMs = t.totalMs;
    m.gapMedianMs = percentile(t.tokenGapsMs, 0.5);
    m.gapP95Ms = percentile(t.tokenGapsMs, 0.95);
    m.tokensFromUsage = usage.completionTokens >= 0;
    m.tokens = m.tokensFromUsage ? usage.completionTokens : chunkCount;
    // Generation time runs from the first token to the end: time to first token is reported on
    // its own and would otherwise make long prompts look like slow decoding.
    // Reasoning tokens are generated tokens too (usage counts them): the span starts at the
    // first output of any kind.
    const qint64 start = t.firstOutputMs >= 0 ? t.firstOutputMs : t.firstTokenMs;
    qint64 span = -1;
    if (t.totalMs >= 0 && start >= 0)
        span = t.totalMs - start;
    if (span <= 0 && t.totalMs > 0)
        span = t.totalMs;
    if (span > 0 && m.tokens > 0)
        m.tokensPerSecond = double(m.tokens) * 1000.0 / double(span);
    m.firstOutputMs = start;
    m.firstReasoningMs = t.firstReasoningMs;
    if (t.firstReasoningMs >= 0) {
        const qint64 end =
            t.firstTokenMs >= t.firstReasoningMs ? t.firstTokenMs : t.lastReasoningMs;
        m.reasoningMs = end - t.firstReasoningMs;
    }
    m.reasoningTokens = usage.reasoningTokens;
    m.promptTokens = usage.promptTokens;
    return m;
}

RunMetrics runMetrics(const Run& run) {
    RunMetrics m = computeMetrics(run.timings(), run.usage(), run.chunkCount());
    m.meanLogprob = meanLogprob(run.tokens());
    m.perplexity = perplexityOf(m.meanLogprob);
    return m;
}

void noteDelta(RunTimings& t, const ChunkDelta& d, qint64 atMs) {
    const bool answer = !d.answer.isEmpty() || d.toolCalls;
    if (!answer && d.reasoning.isEmpty())
        return;
    if (t.firstOutputMs < 0)
        t.firstOutputMs = atMs;
    else
        t.tokenGapsMs.append(atMs - t.lastOutputMs);
    t.lastOutputMs = atMs;
    if (!d.reasoning.isEmpty()) {
        if (t.firstReasoningMs < 0)
            t.firstReasoningMs = atMs;
        t.lastReasoningMs = atMs;
    }
    if (answer && t.firstTokenMs < 0)
        t.firstTokenMs = atMs;
}

QJsonObject metricsToJson(const RunMetrics& m) {
    QJsonObject o{{QStringLiteral("headers_ms"), double(m.headersMs)},
                  {QStringLiteral("first_token_ms"), double(m.firstTokenMs)},
                  {QStringLiteral("total_ms"), double(m.totalMs)},
                  {QStringLiteral("gap_median_ms"), m.gapMedianMs},
                  {QStringLiteral("gap_p95_ms"), m.gapP95Ms},
                  {QStringLiteral("tokens"), m.tokens},
                  {QStringLiteral("tokens_source"),
                   m.tokensFromUsage ? QStringLiteral("usage") : QStringLiteral("chunks")},
                  {QStringLiteral("tokens_per_s"), m.tokensPerSecond},
                  {QStringLiteral("first_output_ms"), double(m.firstOutputMs)},
                  {QStringLiteral("first_reasoning_ms"), double(m.firstReasoningMs)},
                  {QStringLiteral("reasoning_ms"), double(m.reasoningMs)},
                  {QStringLiteral("reasoning_tokens"), m.reasoningTokens},
                  {QStringLiteral("prompt_tokens"), m.promptTokens}};
    if (m.meanLogprob)
        o.insert(QStringLiteral("mean_logprob"), *m.meanLogprob);
    if (m.perplexity)
        o.insert(QStringLiteral("perplexity"), *m.perplexity);
    return o;
}

RunMetrics metricsFromJson(const QJsonObject& o) {
    RunMetrics m;
    m.headersMs = qint64(o[QLatin1String("headers_ms")].toDouble(-1));
    m.firstTokenMs = qint64(o[QLatin1String("first_token_ms")].toDouble(-1));
    m.totalMs = qint64(o[QLatin1String("total_ms")].toDouble(-1));
    m.gapMedianMs = o[QLatin1String("gap_median_ms")].toDouble(-1);
    m.gapP95Ms = o[QLatin1String("gap_p95_ms")].toDouble(-1);
    m.tokens = o[QLatin1String("tokens")].toInt();
    m.tokensFromUsage = o[QLatin1String("tokens_source")].toString() == QLatin1String("usage");
    m.tokensPerSecond = o[QLatin1String("tokens_per_s")].toDouble(-1);
    m.firstOutputMs = qint64(o[QLatin1String("first_output_ms")].toDouble(-1));
    m.firstReasoningMs = qint64(o[QLatin1String("first_reasoning_ms")].toDouble(-1));
    m.reasoningMs = qint64(o[QLatin1String("reasoning_ms")].toDouble(-1));
    m.reasoningTokens = o[QLatin1String("reasoning_tokens")].toInt(-1);
    m.promptTokens = o[QLatin1String("prompt_tokens")].toInt(-1);
    if (o[QLatin1String("mean_logprob")].isDouble())
        m.meanLogprob = o[QLatin1String("mean_logprob")].toDouble();
    if (o[QLatin1String("perplexity")].isDouble())
        m.perplexity = o[QLatin1String("perplexity")].toDouble();
    return m;
}

QJsonObject usageToJson(const Usage& u) {
    if (!u.present())
        return {};
    QJsonObject o{{QStringLiteral("prompt_tokens"), u.promptTokens},
                  {QStringLiteral("completion_tokens"), u.completionTokens},
                  {QStringLiteral("total_tokens"), u.totalTokens}};
    if (u.reasoningTokens >= 0)
        o.insert(QStringLiteral("reasoning_tokens"), u.reasoningTokens);
    return o;
}

Usage usageFromJson(const QJsonObject& o) {
    Usage u;
    u.promptTokens = o[QLatin1String("prompt_tokens")].toInt(-1);
    u.completionTokens = o[QLatin1String("completion_tokens")].toInt(-1);
    u.totalTokens = o[QLatin1String("total_tokens")].toInt(-1);
    u.reasoningTokens = o[QLatin1String("reasoning_tokens")].toInt(-1);
    return u;
}

QString formatDuration(qint64 ms) {
    const qint64 s = (std::max<qint64>(ms, 0) + 999) / 1000;
    return s < 60 ? QCoreApplication::translate("ik::Metrics", "%1 s").arg(s)
                  : QCoreApplication::translate("ik::Metrics", "%1 min %2 s")
                        .arg(s / 60)
                        .arg(s % 60, 2, 10, QChar(u'0'));
}

QString formatMs(double ms) {
    if (ms < 0)
        return QStringLiteral("—");
    if (ms >= 10000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(qRound64(ms));
}

} // namespace ik
