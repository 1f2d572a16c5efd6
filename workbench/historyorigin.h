#pragma once
// Where a run in history came from: the playground, or one repetition of a comparison. Compare's
// Repeat sends the same prompt many times, so its rows say which comparison they belong to and
// which run of it they are, and the history list can leave them out. Stored in one text column:
// "playground", or a compact JSON object for a comparison.

#include <QString>

namespace ik {

enum class HistoryOriginFilter { All, Playground, Compare };

struct HistoryOrigin {
    bool compare = false;
    QString comparison; // what ties the panes and runs of one comparison together
    QString title;      // comparisonTitle()
    int run = 0;        // 1-based; 0 when unknown
    int runs = 0;       // the comparison's runs per pane
};

QString playgroundOrigin();
// What a session's options carry for a comparison; the session adds each run's number.
QString compareOrigin(const QString& comparison, const QString& title, int runs);
// The stored text of the session's run-th run (1-based) with this origin.
QString originOfRun(const QString& origin, int run);
// Empty, unknown or "playground" text reads as the playground (rows older than the column).
HistoryOrigin parseOrigin(const QString& stored);
// "Playground", or "Compare · <title> · run 2/5".
QString originLabel(const QString& stored);
// The SQL that narrows a query of the runs table to the filter: empty for All.
QString originCondition(HistoryOriginFilter filter);

} // namespace ik
