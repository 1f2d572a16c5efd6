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
    double tokensPerSecond = -1;  // tokens over the generation time (first output -> end)
    qint64 firstOutputMs = -1;    // first output of any kind (reasoning included)
    qint64 firstReasoningMs = -1; // first reasoning token
    qint64 reasoningMs = -1;      // first reasoning token -> first answer token (or last reasoning)
    int reasoningTokens = -1;     // usage.completion_tokens_details.reasoning_tokens
    int promptTokens = -1;        // usage.prompt_tokens: what a price charges as input
    std::optional<double> meanLogprob; // of the answer tokens, when logprobs were asked
    std::optional<double> perplexity;  // exp(-meanLogprob)
};

// Notes one chunk's output at atMs into t: what makes the figures above. ChunkDelta is what
// ChatAccumulator::add returned for it.
struct ChunkDelta;
void noteDelta(RunTimings& t, const ChunkDelta& d, qint64 atMs);

// q in [0, 1]; nearest-rank on a sorted copy; -1 for an empty list.
double percentile(QList<qint64> values, double q);

RunMetrics computeMetrics(const RunTimings& timings, const Usage& usage, int chunkCount);
// The figures of a finished run, token probabilities included.
RunMetrics runMetrics(const Run& run);

// "412 tok/s (usage)" style one-liners, "—" for unknown values.
QString formatMs(double ms);
// A wait or a time left, rounded up to whole seconds: "12 s", "3 min 05 s".
QString formatDuration(qint64 ms);

// The JSON form kept in history, comparisons and exports (keys: headers_ms, first_token_ms,
// total_ms, gap_median_ms, gap_p95_ms, tokens, tokens_source "usage"|"chunks", tokens_per_s,
// first_output_ms, first_reasoning_ms, reasoning_ms, reasoning_tokens, prompt_tokens; -1 for
// unknown; and mean_logprob, perplexity only when known).
QJsonObject metricsToJson(const RunMetrics& m);
RunMetrics metricsFromJson(const QJsonObject& o);
// prompt_tokens, completion_tokens, total_tokens; an empty object when the server sent none.
QJsonObject usageToJson(const Usage& u);
Usage usageFromJson(const QJsonObject& o); // -1 for each count the object lacks

} // namespace ik
