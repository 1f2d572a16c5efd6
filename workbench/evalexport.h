#pragma once
// A stored evaluation run written out for other tools: JUnit XML, which CI servers read (one
// test suite per workload, one test case per dataset row, a failure per failing cell with every
// failing assertion's reason), and a JSON summary. Both stream from the store: a run of any
// size is written without holding its results.

#include "evalset.h"
#include "evalstore.h"

#include <QIODevice>
#include <QJsonObject>

namespace ik::eval {

// names: each workload's display name, by column. False when the device refuses writing.
bool writeJUnit(const EvalStore& store, qint64 runId, const EvalSet& set, const QStringList& names,
                QIODevice* out);

// {"run", "set", "state", "workloads": [{name, cells, passed, failed, errors, pass_rate,
//  pass_rate_95 [low, high], p50_ms, p90_ms, p99_ms, cost, mean_total_ms}],
//  "failures": [{row, workload, status, assertion, reason, answer}]}
QJsonObject summaryJson(const EvalStore& store, qint64 runId, const EvalSet& set,
                        const QStringList& names);

// One line per cell: row, prompt, workload, status, passed, failed assertion, reason, latency,
// first token, tokens, cost, answer. Text a spreadsheet would run as a formula (=, +, -, @) is
// quoted with a leading apostrophe.
bool writeCsv(const EvalStore& store, qint64 runId, const EvalSet& set, const QStringList& names,
              QIODevice* out);

// What a test case is called: "row 3: How do I reset my pass…" (the first user message).
QString caseName(const EvalSet& set, int row);

} // namespace ik::eval
