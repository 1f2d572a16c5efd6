// Token probabilities: read from streamed chunks and whole answers, placed at their offsets in
// the answer, summarised as mean log-probability and perplexity, and what a hovered token shows.

#include "chatdelta.h"
#include "logprobs.h"
#include "metrics.h"
#include "wire.h"
#include "wire_internal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace ik;

namespace {

// One streamed chunk whose tokens spell `content`, each with an alternative " alt".
QString chunkWith(const QStringList& tokens, const QByteArray& logprobText = "-0.5") {
    QByteArray entries;
    QString content;
    for (const QString& t : tokens) {
        if (!entries.isEmpty())
            entries += ',';
        const QByteArray tok = QJsonDocument(QJsonObject{{QStringLiteral("t"), t}})
                                   .toJson(QJsonDocument::Compact)
                                   .mid(5)
                                   .chopped(1);
        entries += "{\"token\":" + tok + ",\"logprob\":" + logprobText +
                   ",\"bytes\":[1],\"top_logprobs\":[{\"token\":" + tok +
                   ",\"logprob\":" + logprobText + "},{\"token\":\" alt\",\"logprob\":-2.0}]}";
        content += t;
    }
    const QByteArray c = QJsonDocument(QJsonObject{{QStringLiteral("c"), content}})
                             .toJson(QJsonDocument::Compact)
                             .mid(5)
                             .chopped(1);
    return QString::fromUtf8("{\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{"
                             "\"index\":0,\"delta\":{\"content\":" +
                             c + "},\"logprobs\":{\"content\":[" + entries +
                             "]},\"finish_reason\":null}]}");
}

} // namespace

class TstLogprobs : public QObject {
    Q_OBJECT
private slots:
    void streamedChunkCarriesTokens() {
        const ChatChunk chunk =
            parseChatChunk(chunkWith({QStringLiteral("Hello"), QStringLiteral(" world")}));
        QCOMPARE(chunk.content, QStringLiteral("Hello world"));
        QCOMPARE(chunk.logprobs.size(), 2);
        QCOMPARE(chunk.logprobs[1].token, QStringLiteral(" world"));
        QCOMPARE(chunk.logprobs[1].logprob, -0.5);
        QCOMPARE(chunk.logprobs[1].top.size(), 2);
        QCOMPARE(chunk.logprobs[1].top[1], (TokenAlternative{QStringLiteral(" alt"), -2.0}));
    }

    // The fast scanner must not read a chunk with logprobs as plain content.
    void fastScannerDefersToTheFullParser() {
        ChatChunk fast;
        QVERIFY(!wiredetail::scanChatChunk(chunkWith({QStringLiteral("a")}).toUtf8(), &fast));
        const QByteArray nullLogprobs = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\"},"
                                        "\"logprobs\":null,\"finish_reason\":null}]}";
        QVERIFY(wiredetail::scanChatChunk(nullLogprobs, &fast));
        QCOMPARE(fast.content, QStringLiteral("a"));
        QVERIFY(fast.logprobs.isEmpty());
    }

    void tokensSplitAcrossChunksGetAnswerOffsets() {
        ChatAccumulator acc;
        acc.add(parseChatChunk(chunkWith({QStringLiteral("The"), QStringLiteral(" cat")})));
        acc.add(parseChatChunk(
            QStringLiteral("{\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}"))); // no tokens
        acc.add(parseChatChunk(chunkWith({QStringLiteral(" sat"), QStringLiteral(".")})));
        QCOMPARE(acc.answer(), QStringLiteral("The cat sat."));
        const QList<TokenLogprob>& t = acc.tokens();
        QCOMPARE(t.size(), 4);
        QList<qsizetype> offsets;
        for (const TokenLogprob& x : t)
            offsets << x.offset;
        QCOMPARE(offsets, (QList<qsizetype>{0, 3, 7, 11}));
        for (const TokenLogprob& x : t)
            QCOMPARE(acc.answer().mid(x.offset, x.token.size()), x.token);
        QCOMPARE(tokenAt(t, 0), 0);
        QCOMPARE(tokenAt(t, 5), 1);
        QCOMPARE(tokenAt(t, 11), 3);
        QCOMPARE(tokenAt(t, 12), -1);
        QCOMPARE(tokenAt(t, -1), -1);
    }

    // <think> spelled by tokens: those tokens are reasoning, the answer's tokens start at 0.
    void thinkTagTokensAreNotAnswerTokens() {
        ChatAccumulator acc;
        acc.add(parseChatChunk(chunkWith({QStringLiteral("<think>"), QStringLiteral("hm")})));
        acc.add(parseChatChunk(chunkWith({QStringLiteral("</think>"), QStringLiteral("Yes")})));
        QCOMPARE(acc.answer(), QStringLiteral("Yes"));
        QCOMPARE(acc.tokens().size(), 1);
        QCOMPARE(acc.tokens()[0].token, QStringLiteral("Yes"));
        QCOMPARE(acc.tokens()[0].offset, 0);
    }

    // Tokens that do not spell the text (byte tokens, a server's own spelling) still land inside
    // the chunk's text, in order.
    void mismatchedTokensStayInsideTheText_data() {
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<QString>("delta");
        QTest::addColumn<QList<qsizetype>>("offsets");
        QTest::newRow("byte tokens") << QStringList{u"bytes:\\xe2\\x82"_qs, u"bytes:\\xac"_qs}
                                     << u"€"_qs << QList<qsizetype>{10, 10};
        QTest::newRow("shorter") << QStringList{u"a"_qs, u"b"_qs} << u"abcdef"_qs
                                 << QList<qsizetype>{10, 11};
        QTest::newRow("empty token")
            << QStringList{u""_qs, u"ab"_qs} << u"ab"_qs << QList<qsizetype>{10, 10};
        QTest::newRow("no text") << QStringList{u"x"_qs} << QString() << QList<qsizetype>{};
    }
    void mismatchedTokensStayInsideTheText() {
        QFETCH(QStringList, tokens);
        QFETCH(QString, delta);
        QFETCH(QList<qsizetype>, offsets);
        QList<TokenLogprob> fresh;
        for (const QString& t : tokens)
            fresh.append({t, -1.0, {}, 0});
        QList<qsizetype> got;
        for (const TokenLogprob& t : placeTokens(fresh, 10, delta))
            got << t.offset;
        QCOMPARE(got, offsets);
    }

    void nonStreamAnswerCarriesTokens() {
        const QByteArray body =
            "{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
            "\"assistant\",\"content\":\"Hi there\"},\"logprobs\":{\"content\":[{\"token\":"
            "\"Hi\",\"logprob\":-0.1,\"top_logprobs\":[{\"token\":\"Hello\",\"logprob\":-2.5}]},"
            "{\"token\":\" there\",\"logprob\":-1.2,\"top_logprobs\":[]}]},\"finish_reason\":"
            "\"stop\"}]}";
        ChatResponse r;
        QVERIFY(!parseChatResponse(body, &r));
        QCOMPARE(r.logprobs.size(), 2);
        QCOMPARE(r.logprobs[1].offset, 2);
        QCOMPARE(r.logprobs[0].top[0].token, QStringLiteral("Hello"));
        QCOMPARE(*meanLogprob(r.logprobs), -0.65);
        QVERIFY(std::abs(*perplexityOf(meanLogprob(r.logprobs)) - std::exp(0.65)) < 1e-12);
    }

    void missingOrNullLogprobs_data() {
        QTest::addColumn<QByteArray>("logprobs");
        QTest::addColumn<int>("tokens");
        QTest::newRow("absent") << QByteArray() << 0;
        QTest::newRow("null") << QByteArray(",\"logprobs\":null") << 0;
        QTest::newRow("content null") << QByteArray(",\"logprobs\":{\"content\":null}") << 0;
        QTest::newRow("not an object") << QByteArray(",\"logprobs\":[1,2]") << 0;
        QTest::newRow("entry not an object")
            << QByteArray(",\"logprobs\":{\"content\":[1,\"x\",null]}") << 0;
        QTest::newRow("logprob null")
            << QByteArray(",\"logprobs\":{\"content\":[{\"token\":\"Hi\",\"logprob\":null}]}") << 1;
        QTest::newRow("top_logprobs junk")
            << QByteArray(",\"logprobs\":{\"content\":[{\"token\":\"Hi\",\"logprob\":-1,"
                          "\"top_logprobs\":[null,3,{\"logprob\":-1}]}]}")
            << 1;
    }
    void missingOrNullLogprobs() {
        QFETCH(QByteArray, logprobs);
        QFETCH(int, tokens);
        const QByteArray body = "{\"choices\":[{\"message\":{\"content\":\"Hi\"}" + logprobs +
                                ",\"finish_reason\":\"stop\"}]}";
        ChatResponse r;
        QVERIFY(!parseChatResponse(body, &r));
        QCOMPARE(r.text, QStringLiteral("Hi"));
        QCOMPARE(r.logprobs.size(), tokens);
        for (const TokenLogprob& t : r.logprobs)
            QVERIFY(t.top.isEmpty());
        const ChatChunk chunk = parseChatChunk(
            QString::fromUtf8("{\"choices\":[{\"delta\":{\"content\":\"Hi\"}" + logprobs + "}]}"));
        QCOMPARE(chunk.content, QStringLiteral("Hi"));
        QCOMPARE(chunk.logprobs.size(), tokens);
    }

    // Out-of-range values are clamped, never propagated into the mean as inf or nan.
    void oddLogprobValues_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("read");
        QTest::newRow("positive") << QByteArray("0.7") << 0.0;
        QTest::newRow("huge positive") << QByteArray("1e308") << 0.0;
        QTest::newRow("vLLM's -inf") << QByteArray("-9999.0") << kLogprobFloor;
        QTest::newRow("below the floor") << QByteArray("-1e308") << kLogprobFloor;
        QTest::newRow("string") << QByteArray("\"-1\"") << std::nan("");
        QTest::newRow("bool") << QByteArray("true") << std::nan("");
    }
    void oddLogprobValues() {
        QFETCH(QByteArray, value);
        QFETCH(double, read);
        const QByteArray body = "{\"choices\":[{\"message\":{\"content\":\"ab\"},\"logprobs\":"
                                "{\"content\":[{\"token\":\"a\",\"logprob\":" +
                                value + "},{\"token\":\"b\",\"logprob\":-1}]}}]}";
        ChatResponse r;
        QVERIFY(!parseChatResponse(body, &r));
        QCOMPARE(r.logprobs.size(), 2);
        if (std::isnan(read)) {
            QVERIFY(std::isnan(r.logprobs[0].logprob));
            QCOMPARE(*meanLogprob(r.logprobs), -1.0); // the unknown one is left out
            QCOMPARE(percentText(r.logprobs[0].logprob), QStringLiteral("?"));
            QCOMPARE(probabilityBand(tokenProbability(r.logprobs[0].logprob)), -1);
        } else {
            QCOMPARE(r.logprobs[0].logprob, read);
            const double mean = *meanLogprob(r.logprobs);
            QVERIFY(std::isfinite(mean));
            QCOMPARE(mean, (read - 1.0) / 2.0);
        }
        // Reading -9999 twice overflows exp(): no perplexity rather than infinity.
        if (read == kLogprobFloor)
            QVERIFY(!perplexityOf(-5000.0));
    }

    // A non-finite number is not JSON: such a chunk is skipped whole, as the wire says.
    void nonFiniteLiteralIsNotJson() {
        const ChatChunk chunk = parseChatChunk(QStringLiteral(
            "{\"choices\":[{\"delta\":{\"content\":\"a\"},\"logprobs\":{\"content\":[{\"token\":"
            "\"a\",\"logprob\":-Infinity}]}}]}"));
        QCOMPARE(chunk.type, ChatChunk::Type::NotJson);
    }

    void bandsAndHoverText_data() {
        QTest::addColumn<double>("probability");
        QTest::addColumn<int>("band");
        QTest::newRow("sure") << 0.95 << 0;
        QTest::newRow("likely") << 0.7 << 1;
        QTest::newRow("even") << 0.4 << 2;
        QTest::newRow("unlikely") << 0.2 << 3;
        QTest::newRow("surprise") << 0.01 << 4;
        QTest::newRow("unknown") << -1.0 << -1;
    }
    void bandsAndHoverText() {
        QFETCH(double, probability);
        QFETCH(int, band);
        QCOMPARE(probabilityBand(probability), band);
    }

    void alternativesTextReadsAsAUserSeesIt() {
        TokenLogprob t{QStringLiteral(" the"), std::log(0.621), {}, 0};
        t.top = {{QStringLiteral(" the"), std::log(0.621)},
                 {QStringLiteral(" a"), std::log(0.203)},
                 {QStringLiteral("\n"), std::log(0.004)}};
        QCOMPARE(alternativesText(t),
                 QStringLiteral("“ the” 62.1% · alternatives: “ a” 20.3%, “\\n” 0.40%"));
        t.top.clear();
        QCOMPARE(alternativesText(t), QStringLiteral("“ the” 62.1% · no alternatives sent"));
        QVERIFY(bandHue(0) > bandHue(4));
    }

    void requestFields_data() {
        QTest::addColumn<bool>("logprobs");
        QTest::addColumn<int>("top"); // -1: unset
        QTest::addColumn<QString>("error");
        QTest::newRow("off") << false << -1 << QString();
        QTest::newRow("on") << true << -1 << QString();
        QTest::newRow("top 0") << true << 0 << QString();
        QTest::newRow("top 20") << true << 20 << QString();
        QTest::newRow("top 21") << true << 21 << u"top_logprobs must be from 0 to 20 (got 21)"_qs;
        QTest::newRow("top -1") << true << -2 << u"top_logprobs must be from 0 to 20 (got -2)"_qs;
        QTest::newRow("top without logprobs") << false << 3 << u"top_logprobs needs logprobs"_qs;
    }
    void requestFields() {
        QFETCH(bool, logprobs);
        QFETCH(int, top);
        QFETCH(QString, error);
        ChatRequest r;
        r.prompt = QStringLiteral("hi");
        r.params.logprobs = logprobs;
        if (top != -1)
            r.params.topLogprobs = top;
        const std::optional<Error> e = validateChat(r);
        if (!error.isEmpty()) {
            QVERIFY(e);
            QVERIFY2(e->message.contains(error), qPrintable(e->message));
            return;
        }
        QVERIFY(!e);
        const QJsonObject body = QJsonDocument::fromJson(chatBody(r)).object();
        QCOMPARE(body.contains(u"logprobs"), logprobs);
        QCOMPARE(body.value(u"top_logprobs").toInt(-1), top);
    }

    void continuationFields() {
        ChatRequest r;
        r.messages = {{QStringLiteral("user"), QStringLiteral("Tell me")},
                      {QStringLiteral("assistant"), QStringLiteral("Once upon a")}};
        r.continueFinal = true;
        QVERIFY(!validateChat(r));
        const QJsonObject body = QJsonDocument::fromJson(chatBody(r)).object();
        QCOMPARE(body.value(u"continue_final_message"), QJsonValue(true));
        QCOMPARE(body.value(u"add_generation_prompt"), QJsonValue(false));
        r.messages.removeLast();
        const std::optional<Error> e = validateChat(r);
        QVERIFY(e);
        QVERIFY(e->message.contains(u"assistant message last"));
    }

    void metricsJsonKeys() {
        RunMetrics m;
        QVERIFY(!metricsToJson(m).contains(u"mean_logprob"));
        QVERIFY(!metricsToJson(m).contains(u"perplexity"));
        m.meanLogprob = -0.25;
        m.perplexity = std::exp(0.25);
        const QJsonObject o = metricsToJson(m);
        QCOMPARE(o.value(u"mean_logprob").toDouble(), -0.25);
        QCOMPARE(o.value(u"perplexity").toDouble(), std::exp(0.25));
        const RunMetrics back = metricsFromJson(o);
        QCOMPARE(*back.meanLogprob, -0.25);
        QCOMPARE(*back.perplexity, std::exp(0.25));
        QVERIFY(!metricsFromJson(metricsToJson(RunMetrics{})).meanLogprob);
    }

    // What history keeps comes back as it was; a damaged row loses tokens, never misplaces them.
    void storedTokensRoundTrip() {
        const QString answer = QStringLiteral("Hello world");
        QList<TokenLogprob> tokens{
            {QStringLiteral("Hello"), -0.1, {{QStringLiteral("Hi"), -2.5}}, 0},
            {QStringLiteral(" world"), std::nan(""), {}, 5}};
        const QList<TokenLogprob> back = logprobsFromJson(logprobsToJson(tokens), answer.size());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back[0], tokens[0]);
        QCOMPARE(back[1].offset, 5);
        QVERIFY(std::isnan(back[1].logprob));

        QJsonArray damaged = logprobsToJson(tokens);
        damaged.append(QStringLiteral("not an entry"));
        QJsonObject past = damaged[1].toObject();
        past[QStringLiteral("offset")] = 9; // " world" from 9 runs past the 11-character answer
        damaged.append(past);
        QJsonObject backwards = damaged[0].toObject(); // offset 0 after 5
        damaged.append(backwards);
        const QList<TokenLogprob> kept = logprobsFromJson(damaged, answer.size());
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0], tokens[0]);
        QCOMPARE(kept[1].token, QStringLiteral(" world"));
        QCOMPARE(kept[1].offset, 5);
        QVERIFY(logprobsFromJson(logprobsToJson(tokens), 4).isEmpty()); // shorter answer
    }
};

QTEST_GUILESS_MAIN(TstLogprobs)
#include "tst_logprobs.moc"
