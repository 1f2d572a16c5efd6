#pragma once
// What a comparison is once it ran (issue 5 "What it shows", "Keeping it"): each pane's workload,
// parameters, verdict and runs with their metrics, the summary across panes, the spread of
// repeated runs, and the Markdown / JSON exports. Pure: no widgets, no I/O.

#include "cost.h"
#include "logprobs.h"
#include "metrics.h"
#include "wire.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace ik {

// One run of one pane.
struct CompareRun {
    qint64 historyId = -1; // the linked run in History, -1 when not saved
    QString state;         // runStateName(), or "blocked" / "not sent" when nothing was sent
    QString text;          // the answer (not kept in the comparison row: it lives in the run)
    QString model;         // the model that served
    QString finishReason;
    RunMetrics metrics;
    QString error; // the error's summary, redacted; empty when none
    qint64 seed = -1;
    bool hasSeed = false;
    // The answer against the request's response_format (jsonschema.h checkAnswer); nullopt when
    // the request asked for no structured output.
    std::optional<bool> schemaValid = std::nullopt;
    // Like the text, these live in the run's history row, not in the comparison's.
    QString reasoning = {};
    QList<ToolCall> toolCalls = {};
    QList<TokenLogprob> tokens = {};
};

struct ComparePaneResult {
    QString workloadId;
    QString workloadName;
    QString workloadRef;  // <base>/endpoint/<project>/<workload>: never a key
    QJsonObject params;   // paramsToJson()
    QString verdictLevel; // "ok", "warn", "block"; empty before the first send
    QString verdict;      // the guard's headline
    // The workload's price per million tokens when it was sent (pricing.h); none: no cost.
    std::optional<TokenPrice> price;
    QList<CompareRun> runs;
};

struct Comparison {
    qint64 id = -1;
    QDateTime createdAt;
    QString system;
    QList<ChatMessage> turns; // earlier user/assistant turns, sent before the prompt
    QString prompt;
    int repeat = 1;
    bool varySeed = false;
    QList<ComparePaneResult> panes;
};

struct Spread {
    double median = -1;
    double min = -1;
    double max = -1;
    int count = 0; // values that were known
};
// Over the known (>= 0) values; median of an even count is the mean of the middle two.
Spread spreadOf(QList<double> values);

// Texts of the runs that ended "done", counted once each.
int distinctAnswers(const QList<CompareRun>& runs);

struct PaneSummary {
    int runs = 0;
    int done = 0;
    Spread firstTokenMs;
    Spread reasoningMs; // runs that reasoned only: first reasoning token -> first answer token
    Spread tokensPerSecond;
    Spread totalMs;
    Spread tokens;
    QString finishReason; // the distinct finish reasons, joined with "/"
    QString model;
    QString state; // the last run's state
    int distinct = 0;
    bool tokensFromUsage = false;
    int schemaChecked = 0; // done runs whose answer was checked against a schema
    int schemaValid = 0;   // ... and matched it
    // With a price: the cost of the runs that were sent, summed over those whose usage came;
    // costUnknown counts the others (their cost is unknown, never 0).
    bool priced = false;
    int costRuns = 0;
    int costUnknown = 0;
    double cost = 0;
};
PaneSummary summarise(const ComparePaneResult& pane);

enum class CompareMetric { FirstToken, TokensPerSecond, Total };
// Indexes of the panes holding the best median of the metric (several on a tie), among panes
// with at least one finished run that knows it; empty when fewer than two panes know it.
QList<int> bestPanes(const QList<PaneSummary>& summaries, CompareMetric metric);

// Exports. Every text goes through the key scrubber: no key, only redacted forms.
QString comparisonMarkdown(const Comparison& c);
// withTexts false: the answers are left out (the history row links the runs that hold them).
QByteArray comparisonJson(const Comparison& c, bool withTexts = true);
std::optional<Comparison> comparisonFromJson(const QByteArray& json, QString* error = nullptr);

QString comparisonTitle(const Comparison& c); // the prompt's first line, shortened

} // namespace ik
