#include "chatdelta.h"
#include "cost.h"
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

    // Prices per million tokens, worked by hand: 1000 prompt tokens at $0.50/M is $0.0005, 250
    // completion tokens at $1.50/M is $0.000375, together $0.000875.
    void costOfARun_data() {
        QTest::addColumn<double>("in");
        QTest::addColumn<double>("out");
        QTest::addColumn<int>("prompt");
        QTest::addColumn<int>("completion");
        QTest::addColumn<double>("expected"); // -1: tokens unknown
        QTest::addColumn<QString>("shown");
        QTest::newRow("small run")
            << 0.5 << 1.5 << 1000 << 250 << 0.000875 << QStringLiteral("cost $0.000875");
        QTest::newRow("a million each")
            << 3.0 << 15.0 << 1000000 << 1000000 << 18.0 << QStringLiteral("cost $18.00");
        QTest::newRow("cents") << 2.0 << 8.0 << 5000 << 1000 << 0.018
                               << QStringLiteral("cost $0.018");
        QTest::newRow("free model")
            << 0.0 << 0.0 << 1200 << 300 << 0.0 << QStringLiteral("cost $0.00");
        QTest::newRow("no usage") << 0.5 << 1.5 << -1 << -1 << -1.0
                                  << QStringLiteral("cost: tokens unknown");
        QTest::newRow("completion only")
            << 0.5 << 1.5 << -1 << 40 << -1.0 << QStringLiteral("cost: tokens unknown");
    }
    void costOfARun() {
        QFETCH(double, in);
        QFETCH(double, out);
        QFETCH(int, prompt);
        QFETCH(int, completion);
        QFETCH(double, expected);
        QFETCH(QString, shown);
        Usage u;
        u.promptTokens = prompt;
        u.completionTokens = completion;
        const TokenPrice price{in, out};
        const std::optional<double> cost = costOf(price, u);
        QCOMPARE(cost.has_value(), expected >= 0);
        if (cost)
            QVERIFY2(qAbs(*cost - expected) < 1e-12, qPrintable(QString::number(*cost, 'g', 17)));
        const QJsonObject kept = costToJson(price, u);
        QCOMPARE(kept[u"input_per_million"].toDouble(), in);
        QCOMPARE(kept.contains(u"amount"), expected >= 0);
        QCOMPARE(costText(kept), shown);
        QCOMPARE(priceFromJson(kept), std::optional<TokenPrice>(price));
        // No price: no cost at all, not a cost of 0.
        QVERIFY(costToJson(std::nullopt, u).isEmpty());
        QVERIFY(costText({}).isEmpty());
    }

    void costFormats_data() {
        QTest::addColumn<double>("amount");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << QStringLiteral("$0.00");
        QTest::newRow("dollars") << 12.5 << QStringLiteral("$12.50");
        QTest::newRow("half") << 0.5 << QStringLiteral("$0.50");
        QTest::newRow("a cent and a quarter") << 0.0125 << QStringLiteral("$0.0125");
        QTest::newRow("six places") << 0.000012 << QStringLiteral("$0.000012");
        QTest::newRow("below a millionth") << 0.0000001 << QStringLiteral("< $0.000001");
    }
    void costFormats() {
        QFETCH(double, amount);
        QFETCH(QString, text);
        QCOMPARE(formatCost(amount), text);
    }

    void tokensOfATurn() {
        QCOMPARE(tokensText({}), QStringLiteral("tokens unknown"));
        Usage u;
        u.promptTokens = 12;
        u.completionTokens = 30;
        u.totalTokens = 42;
        QCOMPARE(tokensText(usageToJson(u)), QStringLiteral("12 prompt + 30 completion"));
        u.reasoningTokens = 8;
        QCOMPARE(tokensText(usageToJson(u)),
                 QStringLiteral("12 prompt + 30 completion (8 reasoning)"));
        QCOMPARE(usageToJson(usageFromJson(usageToJson(u))), usageToJson(u));
        QVERIFY(!usageFromJson({}).present());
        QCOMPARE(computeMetrics(RunTimings{}, u, 0).promptTokens, 12);
        QCOMPARE(metricsFromJson(metricsToJson(computeMetrics(RunTimings{}, u, 0))).promptTokens,
                 12);
    }

    // A conversation of three priced runs, one without usage: 100+20 and 300+40 tokens at
    // $1/M in and $2/M out cost 0.00014 + 0.00038 = $0.00052; the third's cost is unknown,
    // never counted as 0.
    void conversationTally() {
        const TokenPrice price{1.0, 2.0};
        Usage a;
        a.promptTokens = 100;
        a.completionTokens = 20;
        Usage b;
        b.promptTokens = 300;
        b.completionTokens = 40;
        b.reasoningTokens = 10;
        TokenTally t;
        QCOMPARE(tallyText(t), QString());
        t.add(a, costToJson(price, a));
        t.add(b, costToJson(price, b));
        QCOMPARE(t.promptTokens, 400);
        QCOMPARE(t.completionTokens, 60);
        QVERIFY(qAbs(t.cost - 0.00052) < 1e-12);
        QCOMPARE(tallyText(t), QStringLiteral("2 runs · 400 prompt + 60 completion tokens (10 "
                                              "reasoning) · cost $0.00052"));
        t.add(Usage{}, costToJson(price, Usage{}));
        QCOMPARE(tallyText(t),
                 QStringLiteral("3 runs · 400 prompt + 60 completion tokens (10 reasoning), "
                                "tokens unknown for 1 run · cost $0.00052 + 1 run unknown"));
        QCOMPARE(TokenTally::fromJson(t.toJson()), t);
        // Runs sent without a price say nothing of cost.
        TokenTally unpriced;
        unpriced.add(a);
        QCOMPARE(tallyText(unpriced), QStringLiteral("1 run · 100 prompt + 20 completion tokens"));
        TokenTally unknown;
        unknown.add(Usage{}, costToJson(price, Usage{}));
        QCOMPARE(tallyText(unknown),
                 QStringLiteral("1 run · tokens unknown · cost: tokens unknown"));
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
