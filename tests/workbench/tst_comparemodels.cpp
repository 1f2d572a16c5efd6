// The compare view's tables as item models: one row per pane, exact cell texts, the best value of
// each metric marked by a role and a star (ties included, cut runs never), the spread of repeated
// runs, and the signals a view relies on (a reset when panes come or go, dataChanged otherwise).

#include "comparemodels.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

CompareRun run(const QString& state, const QString& text, qint64 ttft, double tps, qint64 total,
               int tokens = 10, const QString& finish = u"stop"_s) {
    CompareRun r;
    r.state = state;
    r.text = text;
    r.model = u"meta-llama/Llama-3.1-8B-Instruct"_s;
    r.finishReason = finish;
    r.metrics.firstTokenMs = ttft;
    r.metrics.tokensPerSecond = tps;
    r.metrics.totalMs = total;
    r.metrics.tokens = tokens;
    return r;
}

ComparePaneResult pane(const QString& name, QList<CompareRun> runs) {
    ComparePaneResult p;
    p.workloadId = u"wl-"_s + name;
    p.workloadName = name;
    p.runs = std::move(runs);
    return p;
}

Comparison threePanes() {
    Comparison c;
    c.panes = {pane(u"Fast"_s, {run(u"done"_s, u"a"_s, 100, 50, 900)}),
               pane(u"Slow"_s, {run(u"done"_s, u"b"_s, 300, 20, 2000)}),
               // Cut: its figures are not a finished answer's, so it never wins.
               pane(u"Cut"_s, {run(u"truncated"_s, u"c"_s, 50, 90, 400)})};
    return c;
}

QString cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole) {
    return m.data(m.index(row, column), role).toString();
}

bool best(const QAbstractItemModel& m, int row, int column) {
    return m.data(m.index(row, column), BestRole).toBool();
}

} // namespace

class TstCompareModels : public QObject {
    Q_OBJECT
private slots:
    // A pane whose model thinks aloud shows its median reasoning time; one that does not, a dash.
    void thinkingColumnShowsReasoningTime() {
        Comparison c;
        CompareRun a = run(u"done"_s, u"a"_s, 900, 40, 2000);
        a.metrics.reasoningMs = 700;
        CompareRun b = run(u"done"_s, u"b"_s, 1100, 40, 2200);
        b.metrics.reasoningMs = 900;
        c.panes = {pane(u"Thinker"_s, {a, b}),
                   pane(u"Plain"_s, {run(u"done"_s, u"c"_s, 90, 50, 800)})};
        CompareSummaryModel model;
        model.setComparison(c, {false, false});
        using C = CompareSummaryModel;
        QCOMPARE(model.headerData(C::Thinking, Qt::Horizontal).toString(), u"Thinking"_s);
        QCOMPARE(cell(model, 0, C::Thinking), formatMs(800));
        QCOMPARE(cell(model, 1, C::Thinking), u"—"_s);
        QCOMPARE(summarise(c.panes[0]).reasoningMs.count, 2);
    }

    // The answers against the response_format schema: yes when all matched, no (with the count
    // over several runs), a dash for a pane that asked for no schema; only done runs count.
    void validColumnShowsSchemaChecks() {
        const auto checked = [](const QString& state, std::optional<bool> valid) {
            CompareRun r = run(state, u"{}"_s, 100, 40, 900);
            r.schemaValid = valid;
            return r;
        };
        Comparison c;
        c.panes = {pane(u"Strict"_s, {checked(u"done"_s, true), checked(u"done"_s, true)}),
                   pane(u"Loose"_s, {checked(u"done"_s, true), checked(u"done"_s, false),
                                     checked(u"done"_s, false)}),
                   pane(u"Once"_s, {checked(u"done"_s, false)}),
                   pane(u"Plain"_s, {run(u"done"_s, u"a"_s, 90, 50, 800)}),
                   pane(u"Cut"_s, {checked(u"truncated"_s, false)})};
        CompareSummaryModel model;
        model.setComparison(c, {false, false, false, false, false});
        using C = CompareSummaryModel;
        QCOMPARE(model.headerData(C::Valid, Qt::Horizontal).toString(), u"Valid"_s);
        QCOMPARE(cell(model, 0, C::Valid), u"yes"_s);
        QCOMPARE(cell(model, 1, C::Valid), u"no (1 of 3 valid)"_s);
        QCOMPARE(cell(model, 2, C::Valid), u"no"_s);
        QCOMPARE(cell(model, 3, C::Valid), u"—"_s);
        QCOMPARE(cell(model, 4, C::Valid), u"—"_s);
        // Kept in the comparison's JSON and read back.
        const std::optional<Comparison> back = comparisonFromJson(comparisonJson(c));
        QVERIFY(back);
        QCOMPARE(back->panes[1].runs[1].schemaValid, std::optional<bool>(false));
        QCOMPARE(back->panes[3].runs[0].schemaValid, std::optional<bool>());
    }

    // The Cost column, worked by hand: pane 1 at $1/M in and $4/M out ran twice, 200 + 50 and
    // 300 + 100 tokens, 0.0004 + 0.0007 = $0.0011; pane 2 at $0.5/M and $1.5/M ran once without
    // usage (cost unknown, never 0) and once with 1000 + 300 (0.0005 + 0.00045 = $0.00095); pane 3
    // has no price, and a run blocked before sending costs nothing. The round: 0.0011 + 0.00095 =
    // $0.00205 + 1 run unknown.
    void costColumnAndTheRound() {
        const auto priced = [](CompareRun r, int prompt, int completion) {
            r.metrics.promptTokens = prompt;
            r.metrics.tokens = completion;
            r.metrics.tokensFromUsage = prompt >= 0;
            return r;
        };
        Comparison c;
        c.panes = {pane(u"A"_s, {priced(run(u"done"_s, u"a"_s, 100, 50, 900), 200, 50),
                                 priced(run(u"done"_s, u"a"_s, 100, 50, 900), 300, 100)}),
                   pane(u"B"_s, {priced(run(u"done"_s, u"b"_s, 100, 50, 900), -1, 12),
                                 priced(run(u"done"_s, u"b"_s, 100, 50, 900), 1000, 300),
                                 priced(run(u"blocked"_s, {}, -1, -1, -1), -1, 0)}),
                   pane(u"C"_s, {priced(run(u"done"_s, u"c"_s, 100, 50, 900), 10, 10)})};
        c.panes[0].price = TokenPrice{1, 4};
        c.panes[1].price = TokenPrice{0.5, 1.5};
        CompareSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using C = CompareSummaryModel;
        model.setComparison(Comparison{});
        QVERIFY(!model.hasPrices());
        model.setComparison(c);
        QVERIFY(model.hasPrices());
        QCOMPARE(cell(model, 0, C::Cost), u"$0.0011"_s);
        QCOMPARE(model.data(model.index(0, C::Cost), ValueRole).toDouble(), 0.0011);
        QCOMPARE(cell(model, 1, C::Cost), u"$0.00095 + 1 run unknown"_s);
        QCOMPARE(cell(model, 2, C::Cost), u"—"_s);
        QCOMPARE(model.data(model.index(2, C::Cost), ValueRole).toDouble(), -1.0);
        QCOMPARE(model.roundCostText(), u"$0.00205 + 1 run unknown"_s);
        QCOMPARE(model.headerData(C::Cost, Qt::Horizontal).toString(),
                 u"Cost (round $0.00205 + 1 run unknown)"_s);
        // Only runs without usage: "tokens unknown".
        c.panes[1].runs.removeAt(1);
        model.setComparison(c);
        QCOMPARE(cell(model, 1, C::Cost), u"tokens unknown"_s);
        // The price goes with the comparison's JSON and comes back.
        const std::optional<Comparison> back = comparisonFromJson(comparisonJson(c));
        QVERIFY(back);
        QCOMPARE(back->panes[0].price, c.panes[0].price);
        QVERIFY(!back->panes[2].price);
        QCOMPARE(back->panes[0].runs[1].metrics.promptTokens, 300);
        // No price anywhere: no cost, the plain header.
        for (ComparePaneResult& p : c.panes)
            p.price.reset();
        model.setComparison(c);
        QVERIFY(!model.hasPrices());
        QCOMPARE(model.headerData(C::Cost, Qt::Horizontal).toString(), u"Cost"_s);
        QCOMPARE(cell(model, 0, C::Cost), u"—"_s);
    }

    void summaryRowsAndTexts() {
        CompareSummaryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CompareSummaryModel::ColumnCount));
        model.setComparison(threePanes(), {false, false, true});
        QCOMPARE(model.rowCount(), 3);
        using C = CompareSummaryModel;
        QCOMPARE(cell(model, 0, C::Pane), u"1"_s);
        QCOMPARE(cell(model, 1, C::Workload), u"Slow"_s);
        QCOMPARE(cell(model, 0, C::Model), u"meta-llama/Llama-3.1-8B-Instruct"_s);
        QCOMPARE(cell(model, 0, C::State), u"done"_s);
        QCOMPARE(cell(model, 2, C::State), u"running"_s); // still going
        QCOMPARE(cell(model, 1, C::FirstToken), u"300 ms"_s);
        QCOMPARE(cell(model, 1, C::TokensPerSecond), u"20.0 (chunks)"_s);
        QCOMPARE(cell(model, 1, C::Total), u"2000 ms"_s);
        QCOMPARE(cell(model, 1, C::Tokens), u"10"_s);
        QCOMPARE(cell(model, 1, C::Finish), u"stop"_s);
        QCOMPARE(cell(model, 1, C::Distinct), u"1"_s);
        QCOMPARE(model.data(model.index(1, C::FirstToken), ValueRole).toDouble(), 300.0);
        // Not finished: no time to first token to compare.
        QCOMPARE(cell(model, 2, C::FirstToken), u"—"_s);
        QCOMPARE(model.data(model.index(2, C::FirstToken), ValueRole).toDouble(), -1.0);
        QCOMPARE(model.headerData(C::FirstToken, Qt::Horizontal).toString(), u"First token"_s);
        QCOMPARE(model.headerData(C::Distinct, Qt::Horizontal).toString(), u"Distinct answers"_s);
        const auto align =
            model.data(model.index(1, C::Total), Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY(align & Qt::AlignRight);
    }

    // The best first token, rate and total are marked by the role, a star in the text, a tooltip
    // and an accessible description; a cut run's faster figures never win.
    void summaryMarksTheBest() {
        CompareSummaryModel model;
        model.setComparison(threePanes());
        using C = CompareSummaryModel;
        for (int column : {int(C::FirstToken), int(C::TokensPerSecond), int(C::Total)}) {
            QCOMPARE(model.bestRows(column), QList<int>{0});
            QVERIFY(best(model, 0, column));
            QVERIFY(cell(model, 0, column).startsWith(u"★ "_s));
            QVERIFY(cell(model, 0, column, Qt::ToolTipRole).startsWith(u"best "_s));
            QCOMPARE(cell(model, 0, column, Qt::AccessibleDescriptionRole), u"best"_s);
            for (int row : {1, 2}) {
                QVERIFY(!best(model, row, column));
                QVERIFY(!cell(model, row, column).startsWith(u"★"_s));
                QVERIFY(cell(model, row, column, Qt::AccessibleDescriptionRole).isEmpty());
            }
        }
        for (int column : {int(C::Pane), int(C::Workload), int(C::Tokens), int(C::Distinct)})
            for (int row = 0; row < 3; ++row)
                QVERIFY(!best(model, row, column));
        QCOMPARE(model.bestRows(C::Tokens), QList<int>{});
    }

    void summaryTiesMarkEveryWinner() {
        Comparison c;
        c.panes = {pane(u"A"_s, {run(u"done"_s, u"a"_s, 100, 50, 900)}),
                   pane(u"B"_s, {run(u"done"_s, u"b"_s, 100, 50, 900)})};
        CompareSummaryModel model;
        model.setComparison(c);
        QCOMPARE(model.bestRows(CompareSummaryModel::FirstToken), (QList<int>{0, 1}));
        QVERIFY(best(model, 1, CompareSummaryModel::Total));
        QVERIFY(cell(model, 1, CompareSummaryModel::Total).startsWith(u"★"_s));
    }

    // A single pane that knows a figure has no one to beat.
    void summaryOnePaneKnowingMarksNothing() {
        Comparison c;
        c.panes = {pane(u"A"_s, {run(u"done"_s, u"a"_s, 100, 50, 900)}), pane(u"B"_s, {})};
        CompareSummaryModel model;
        model.setComparison(c);
        QVERIFY(!best(model, 0, CompareSummaryModel::FirstToken));
        QCOMPARE(cell(model, 1, CompareSummaryModel::Model), u"—"_s);
        QCOMPARE(cell(model, 1, CompareSummaryModel::Finish), u"—"_s);
    }

    void spreadOfRepeatedRuns() {
        Comparison c;
        c.panes = {
            pane(u"A"_s,
                 {run(u"done"_s, u"x"_s, 100, 40, 900), run(u"done"_s, u"y"_s, 300, 60, 800),
                  run(u"done"_s, u"x"_s, 200, 50, 700), run(u"failed"_s, QString(), -1, -1, -1)}),
            pane(u"B"_s, {})};
        CompareSpreadModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(c);
        using S = CompareSpreadModel;
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(S::ColumnCount));
        QCOMPARE(cell(model, 0, S::Pane), u"1"_s);
        QCOMPARE(cell(model, 0, S::Workload), u"A"_s);
        QCOMPARE(cell(model, 0, S::DoneOfRuns), u"3 / 4"_s);
        QCOMPARE(cell(model, 0, S::FirstTokenMedian), u"200 ms"_s);
        QCOMPARE(cell(model, 0, S::FirstTokenMin), u"100 ms"_s);
        QCOMPARE(cell(model, 0, S::FirstTokenMax), u"300 ms"_s);
        QCOMPARE(cell(model, 0, S::RateMedian), u"50.0"_s);
        QCOMPARE(cell(model, 0, S::RateMin), u"40.0"_s);
        QCOMPARE(cell(model, 0, S::RateMax), u"60.0"_s);
        QCOMPARE(cell(model, 0, S::Distinct), u"2"_s);
        QCOMPARE(model.data(model.index(0, S::RateMax), ValueRole).toDouble(), 60.0);
        QCOMPARE(cell(model, 1, S::DoneOfRuns), u"0 / 0"_s);
        QCOMPARE(cell(model, 1, S::FirstTokenMedian), u"—"_s);
        QCOMPARE(cell(model, 1, S::RateMedian), u"—"_s);
        QCOMPARE(cell(model, 1, S::Distinct), u"0"_s);
        QCOMPARE(model.headerData(S::RateMedian, Qt::Horizontal).toString(), u"Tokens/s median"_s);
        for (int column = 0; column < S::ColumnCount; ++column)
            QVERIFY(!best(model, 0, column));
    }

    // Same panes: the cells change in place. Another pane count: the rows are reset.
    void updatesSignalWhatChanged() {
        CompareSummaryModel model;
        model.setComparison(threePanes());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Comparison c = threePanes();
        c.panes[1].runs.first().metrics.firstTokenMs = 10;
        model.setComparison(c);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(best(model, 1, CompareSummaryModel::FirstToken));
        c.panes.removeLast();
        model.setComparison(c);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.comparison().panes.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TstCompareModels)
#include "tst_comparemodels.moc"
