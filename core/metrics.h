#pragma once
// The figures kept with every run (issue: playground metrics). Pure.

#include "run.h"

#include <QJsonObject>

namespace ik {

struct RunMetrics {
    qint64 headersMs = -1;
    qint64 firstTokenMs = -1;
    qint64 totalMs = -1;
    double gapMedianMs = -1; // between tokens
    double gapP95Ms = -1;
    int tokens = 0;               // completion tokens
    bool tokensFromUsage = false; // true: the server's usage; false: counted chunks
    double tokensPerSecond = -1;  // tokens over the generation time (first token -> end)
};

// q in [0, 1]; nearest-rank on a sorted copy; -1 for an empty list.
double percentile(QList<qint64> values, double q);

RunMetrics computeMetrics(const RunTimings& timings, const Usage& usage, int chunkCount);

// "412 tok/s (usage)" style one-liners, "—" for unknown values.
QString formatMs(double ms);

// The JSON form kept in history, comparisons and exports (keys: headers_ms, first_token_ms,
// total_ms, gap_median_ms, gap_p95_ms, tokens, tokens_source "usage"|"chunks", tokens_per_s;
// -1 for unknown).
QJsonObject metricsToJson(const RunMetrics& m);
RunMetrics metricsFromJson(const QJsonObject& o);
// prompt_tokens, completion_tokens, total_tokens; an empty object when the server sent none.
QJsonObject usageToJson(const Usage& u);

} // namespace ik
