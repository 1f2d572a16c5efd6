// The pure side of a comparison: spread, distinct answers, the best value of each metric, and
// the Markdown / JSON exports (exact table rows, escaping, round trip, no secret).

#include "comparison.h"
#include "credential.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;

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
    p.workloadRef = u"http://127.0.0.1:1/endpoint/acme/"_s + name;
    p.params = QJsonObject{{u"temperature"_s, 0.5}};
    p.verdictLevel = u"ok"_s;
    p.verdict = u"ready"_s;
    p.runs = std::move(runs);
    return p;
}

} // namespace

class TstComparison : public QObject {
    Q_OBJECT
private slots:
    void spread_data() {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("median");
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<int>("count");
        QTest::newRow("empty") << QList<double>{} << -1.0 << -1.0 << -1.0 << 0;
        QTest::newRow("one") << QList<double>{7} << 7.0 << 7.0 << 7.0 << 1;
        QTest::newRow("odd") << QList<double>{30, 10, 20} << 20.0 << 10.0 << 30.0 << 3;
        QTest::newRow("even takes the mean of the middle two")
            << QList<double>{40, 10, 20, 30} << 25.0 << 10.0 << 40.0 << 4;
        QTest::newRow("unknown values are left out")
            << QList<double>{-1, 5, -1, 9} << 7.0 << 5.0 << 9.0 << 2;
    }
    void spread() {
        QFETCH(QList<double>, values);
        const Spread s = spreadOf(values);
        QTEST(s.median, "median");
        QTEST(s.min, "min");
        QTEST(s.max, "max");
        QTEST(s.count, "count");
    }

    void distinct() {
        QCOMPARE(distinctAnswers({}), 0);
        QCOMPARE(
            distinctAnswers({run(u"done"_s, u"a"_s, 1, 1, 1), run(u"done"_s, u"a"_s, 1, 1, 1)}), 1);
        QCOMPARE(distinctAnswers({run(u"done"_s, u"a"_s, 1, 1, 1), run(u"done"_s, u"b"_s, 1, 1, 1),
                                  run(u"done"_s, u"a"_s, 1, 1, 1)}),
                 2);
        // A cut or stopped answer is not an answer the pane gave.
        QCOMPARE(distinctAnswers({run(u"done"_s, u"a"_s, 1, 1, 1),
                                  run(u"truncated"_s, u"a b"_s, 1, 1, 1),
                                  run(u"cancelled"_s, u"c"_s, 1, 1, 1)}),
                 1);
    }

    void best() {
        const QList<PaneSummary> sums{
            summarise(pane(u"a"_s, {run(u"done"_s, u"x"_s, 120, 400, 900)})),
            summarise(pane(u"b"_s, {run(u"done"_s, u"y"_s, 80, 450, 950)})),
            summarise(pane(u"c"_s, {run(u"truncated"_s, u"z"_s, 60, 900, 100)})),
            summarise(pane(u"d"_s, {run(u"done"_s, u"w"_s, 80, 300, 900)})),
        };
        // Ties share the star; a cut run never wins rate, total or first token.
        QCOMPARE(bestPanes(sums, CompareMetric::FirstToken), (QList<int>{1, 3}));
        QCOMPARE(bestPanes(sums, CompareMetric::TokensPerSecond), (QList<int>{1}));
        QCOMPARE(bestPanes(sums, CompareMetric::Total), (QList<int>{0, 3}));
        // With one pane knowing a value there is nothing to compare.
        QVERIFY(bestPanes({sums[0], sums[2]}, CompareMetric::TokensPerSecond).isEmpty());
    }

    void summary() {
        const PaneSummary s =
            summarise(pane(u"a"_s, {run(u"done"_s, u"x"_s, 100, 400, 900, 30),
                                    run(u"done"_s, u"y"_s, 300, 200, 1100, 40),
                                    run(u"done"_s, u"x"_s, 200, 300, 1000, 50, u"length"_s)}));
        QCOMPARE(s.runs, 3);
        QCOMPARE(s.done, 3);
        QCOMPARE(s.firstTokenMs.median, 200.0);
        QCOMPARE(s.firstTokenMs.min, 100.0);
        QCOMPARE(s.firstTokenMs.max, 300.0);
        QCOMPARE(s.tokensPerSecond.median, 300.0);
        QCOMPARE(s.tokens.median, 40.0);
        QCOMPARE(s.finishReason, u"stop/length"_s);
        QCOMPARE(s.distinct, 2);
    }

    void markdown() {
        Comparison c;
        c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5));
        c.system = u"Be brief."_s;
        c.turns = {{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello!"_s}};
        c.prompt = u"Why does %1 fail?"_s.arg(kKey);
        c.panes = {
            pane(u"Support | bot"_s, {run(u"done"_s, u"Use ```code``` here"_s, 120, 400.5, 900)}),
            pane(u"Helpdesk"_s,
                 {run(u"done"_s, u"Echo "_s + kKey, 80, 300, 1200, 12, u"length"_s)})};
        const QString md = comparisonMarkdown(c);
        QVERIFY(md.contains(u"| # | Workload | Model | State | First token | Tokens/s | Total | "
                            u"Tokens | Finish | Distinct answers |"_s));
        QVERIFY2(md.contains(u"| 1 | Support \\| bot | meta-llama/Llama-3.1-8B-Instruct | done | "
                             u"120 ms | **400.5 ★** | **900 ms ★** | 10 | stop | 1 |"_s),
                 qPrintable(md));
        QVERIFY(md.contains(u"| 2 | Helpdesk | meta-llama/Llama-3.1-8B-Instruct | done | "
                            u"**80 ms ★** | 300.0 | 1200 ms | 12 | length | 1 |"_s));
        // An answer holding ``` gets a longer fence.
        QVERIFY(md.contains(u"````\nUse ```code``` here\n````"_s));
        QVERIFY(md.contains(u"## Earlier turns"_s));
        QVERIFY(!md.contains(Credential::parse(kKey).secret));
        QVERIFY(md.contains(redactKey(kKey)));
        QVERIFY(!md.contains(u"## Spread"_s)); // one run per pane
        c.repeat = 3;
        QVERIFY(comparisonMarkdown(c).contains(u"## Spread over 3 runs"_s));
    }

    void jsonRoundTrip() {
        Comparison c;
        c.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6));
        c.system = u"sys"_s;
        c.turns = {{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello!"_s}};
        c.prompt = u"p"_s;
        c.repeat = 2;
        c.varySeed = true;
        CompareRun r = run(u"done"_s, u"answer"_s, 10, 20, 30);
        r.historyId = 42;
        r.hasSeed = true;
        r.seed = 7;
        c.panes = {pane(u"a"_s, {r, run(u"truncated"_s, u"ans"_s, 11, 21, 31)}), pane(u"b"_s, {})};
        c.panes[1].runs.append(CompareRun{-1, u"blocked"_s, {}, {}, {}, {}, u"control token"_s});
        const QByteArray json = comparisonJson(c);
        std::optional<Comparison> back = comparisonFromJson(json);
        QVERIFY(back);
        QCOMPARE(back->createdAt, c.createdAt);
        QCOMPARE(back->system, c.system);
        QCOMPARE(back->turns, c.turns);
        QCOMPARE(back->prompt, c.prompt);
        QCOMPARE(back->repeat, 2);
        QVERIFY(back->varySeed);
        QCOMPARE(back->panes.size(), 2);
        QCOMPARE(back->panes[0].workloadName, u"a"_s);
        QCOMPARE(back->panes[0].params, c.panes[0].params);
        QCOMPARE(back->panes[0].runs.size(), 2);
        QCOMPARE(back->panes[0].runs[0].historyId, 42);
        QCOMPARE(back->panes[0].runs[0].text, u"answer"_s);
        QCOMPARE(back->panes[0].runs[0].seed, 7);
        QCOMPARE(back->panes[0].runs[0].metrics.firstTokenMs, 10);
        QCOMPARE(back->panes[0].runs[1].state, u"truncated"_s);
        QCOMPARE(back->panes[1].runs[0].state, u"blocked"_s);
        QCOMPARE(back->panes[1].runs[0].error, u"control token"_s);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root[u"panes"][0][u"summary"][u"distinct_answers"].toInt(), 1);
        // Without texts, as the history row keeps it.
        const std::optional<Comparison> bare = comparisonFromJson(comparisonJson(c, false));
        QVERIFY(bare && bare->panes[0].runs[0].text.isEmpty());
        QVERIFY(!comparisonFromJson("{\"format\":\"other\"}"));
        QVERIFY(!comparisonFromJson("not json"));
    }
};

QTEST_APPLESS_MAIN(TstComparison)
#include "tst_comparison.moc"
