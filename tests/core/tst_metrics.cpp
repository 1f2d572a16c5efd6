#include "chatdelta.h"
#include "metrics.h"

#include <QtTest>

using namespace ik;

class TstMetrics : public QObject {
    Q_OBJECT
private slots:
    void percentiles_data() {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QTest::newRow("empty") << QList<qint64>{} << 0.5 << -1.0;
        QTest::newRow("one") << QList<qint64>{7} << 0.95 << 7.0;
        QTest::newRow("median odd") << QList<qint64>{5, 1, 3} << 0.5 << 3.0;
        QTest::newRow("median even takes lower") << QList<qint64>{4, 1, 3, 2} << 0.5 << 2.0;
        QList<qint64> hundred;
        for (int i = 100; i >= 1; --i)
            hundred << i;
        QTest::newRow("p95 of 1..100") << hundred << 0.95 << 95.0;
        QTest::newRow("p100") << hundred << 1.0 << 100.0;
    }
    void percentiles() {
        QFETCH(QList<qint64>, values);
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(percentile(values, q), expected);
    }

    void tokensPerSecondPrefersUsage() {
        RunTimings t;
        t.headersMs = 10;
        t.firstTokenMs = 100;
        t.totalMs = 1100;
        t.tokenGapsMs = {10, 10, 30};
        Usage u;
        u.completionTokens = 50;
        const RunMetrics m = computeMetrics(t, u, 40);
        QVERIFY(m.tokensFromUsage);
        QCOMPARE(m.tokens, 50);
        QCOMPARE(m.tokensPerSecond, 50.0); // 50 tokens over the 1000 ms after the first token
        QCOMPARE(m.gapMedianMs, 10.0);
        QCOMPARE(m.gapP95Ms, 30.0);
        const RunMetrics byChunks = computeMetrics(t, Usage{}, 40);
        QVERIFY(!byChunks.tokensFromUsage);
        QCOMPARE(byChunks.tokens, 40);
        QCOMPARE(byChunks.tokensPerSecond, 40.0);
    }

    void jsonRoundTrip() {
        RunTimings t;
        t.headersMs = 12;
        t.firstTokenMs = 40;
        t.totalMs = 1040;
        t.tokenGapsMs = {20, 25, 30};
        Usage u;
        u.promptTokens = 7;
        u.completionTokens = 50;
        u.totalTokens = 57;
        const RunMetrics m = computeMetrics(t, u, 48);
        const QJsonObject o = metricsToJson(m);
        QCOMPARE(o.value(QStringLiteral("tokens_source")).toString(), QStringLiteral("usage"));
        QCOMPARE(o.value(QStringLiteral("first_token_ms")).toDouble(), 40.0);
        const RunMetrics back = metricsFromJson(o);
        QCOMPARE(back.firstTokenMs, m.firstTokenMs);
        QCOMPARE(back.gapP95Ms, m.gapP95Ms);
        QCOMPARE(back.tokens, 50);
        QVERIFY(back.tokensFromUsage);
        QCOMPARE(back.tokensPerSecond, m.tokensPerSecond);
        QCOMPARE(usageToJson(u).value(QStringLiteral("total_tokens")).toInt(), 57);
        QVERIFY(usageToJson(Usage{}).isEmpty());
        // What an older or partial entry lacks reads as unknown, not as zero.
        QCOMPARE(metricsFromJson({}).firstTokenMs, -1);
    }

    // A scripted stream: reasoning at 100..300 ms, the answer from 400 ms, the end at 1100 ms.
    void reasoningTimingsFromChunkTimes() {
        RunTimings t;
        t.headersMs = 50;
        const auto reasoning = [](const char* s) {
            ChunkDelta d;
            d.reasoning = QString::fromUtf8(s);
            return d;
        };
        ChunkDelta answer;
        answer.answer = QStringLiteral("It is 4.");
        noteDelta(t, ChunkDelta{}, 80); // a role-only chunk: no output
        noteDelta(t, reasoning("Two"), 100);
        noteDelta(t, reasoning(" and two"), 200);
        noteDelta(t, reasoning("."), 300);
        noteDelta(t, answer, 400);
        noteDelta(t, answer, 500);
        t.totalMs = 1100;
        QCOMPARE(t.firstOutputMs, 100);
        QCOMPARE(t.firstReasoningMs, 100);
        QCOMPARE(t.lastReasoningMs, 300);
        QCOMPARE(t.firstTokenMs, 400); // the first answer token, not the first reasoning one
        QCOMPARE(t.tokenGapsMs, (QList<qint64>{100, 100, 100, 100}));
        Usage u;
        u.completionTokens = 100;
        u.reasoningTokens = 60;
        const RunMetrics m = computeMetrics(t, u, 5);
        QCOMPARE(m.firstTokenMs, 400);
        QCOMPARE(m.firstOutputMs, 100);
        QCOMPARE(m.firstReasoningMs, 100);
        QCOMPARE(m.reasoningMs, 300); // first reasoning token -> first answer token
        QCOMPARE(m.reasoningTokens, 60);
        QCOMPARE(m.tokensPerSecond, 100.0); // 100 tokens over 1000 ms from the first output
        const RunMetrics back = metricsFromJson(metricsToJson(m));
        QCOMPARE(back.reasoningMs, 300);
        QCOMPARE(back.firstReasoningMs, 100);
        QCOMPARE(back.firstOutputMs, 100);
        QCOMPARE(back.reasoningTokens, 60);
        QCOMPARE(usageToJson(u).value(QStringLiteral("reasoning_tokens")).toInt(), 60);
        QCOMPARE(metricsFromJson({}).reasoningMs, -1);
        QCOMPARE(metricsFromJson({}).reasoningTokens, -1);
    }

    void reasoningWithoutAnswerAndToolCallsAsAnswer() {
        RunTimings t;
        ChunkDelta r;
        r.reasoning = QStringLiteral("hm");
        noteDelta(t, r, 100);
        noteDelta(t, r, 250);
        t.totalMs = 300;
        QCOMPARE(computeMetrics(t, Usage{}, 2).reasoningMs, 150); // to the last reasoning token
        QCOMPARE(t.firstTokenMs, -1);
        ChunkDelta call;
        call.toolCalls = true;
        noteDelta(t, call, 280);
        QCOMPARE(t.firstTokenMs, 280); // a tool call is the answer
    }

    void unknownStaysUnknown() {
        const RunMetrics m = computeMetrics(RunTimings{}, Usage{}, 0);
        QCOMPARE(m.tokensPerSecond, -1.0);
        QCOMPARE(formatMs(m.firstTokenMs), QStringLiteral("—"));
        QCOMPARE(formatMs(12.4), QStringLiteral("12 ms"));
        QCOMPARE(formatMs(12345), QStringLiteral("12.3 s"));
    }
};

QTEST_GUILESS_MAIN(TstMetrics)
#include "tst_metrics.moc"
