// The incremental SSE parser: whatever way the bytes arrive, the same events come out.

#include "sse.h"

#include <QRandomGenerator>
#include <QTest>

using ik::SseEvent;
using ik::SseParser;

namespace {

// One line per event, comparable with QCOMPARE and readable when it fails.
QString describe(const SseEvent& e) {
    QString data = e.data;
    data.replace(u'\n', QStringLiteral("\\n"));
    return QStringLiteral("data=%1 event=%2%3")
        .arg(data, e.event, e.done ? QStringLiteral(" DONE") : QString());
}

QStringList describeAll(const std::vector<SseEvent>& events) {
    QStringList out;
    for (const SseEvent& e : events)
        out << describe(e);
    return out;
}

std::vector<SseEvent> feedChunks(SseParser& parser, const QList<QByteArray>& chunks) {
    std::vector<SseEvent> all;
    for (const QByteArray& c : chunks)
        for (SseEvent& e : parser.feed(c))
            all.push_back(std::move(e));
    for (SseEvent& e : parser.finish())
        all.push_back(std::move(e));
    return all;
}

QList<QByteArray> whole(const QByteArray& s) {
    return {s};
}

QList<QByteArray> byteByByte(const QByteArray& s) {
    QList<QByteArray> out;
    for (char c : s)
        out << QByteArray(1, c);
    return out;
}

QList<QByteArray> randomSplits(const QByteArray& s, quint32 seed) {
    QRandomGenerator rng(seed);
    QList<QByteArray> out;
    qsizetype pos = 0;
    while (pos < s.size()) {
        // mostly small pieces, sometimes a large one, as a socket delivers them
        const qsizetype n = rng.bounded(10) == 0 ? rng.bounded(1, 4096) : rng.bounded(1, 8);
        out << s.mid(pos, n);
        pos += n;
    }
    return out;
}

QByteArray chunkEvent(const QByteArray& content, const QByteArray& lineEnd = "\n") {
    return "data: {\"id\":\"chatcmpl-9f2c\",\"object\":\"chat.completion.chunk\",\"choices\":[{"
           "\"index\":0,\"delta\":{\"content\":\"" +
           content + "\"},\"finish_reason\":null}]}" + lineEnd + lineEnd;
}

} // namespace

class TestSse : public QObject {
    Q_OBJECT

private slots:
    void events_data();
    void events();
    void eventBytesCountTheWire();
    void utf8SplitInsideCharacter();
    void doneSplitAcrossReads();
    void crAtEndOfReadThenLfIsOneLineEnd();
    void loneCrAtEndOfReadThenData();
    void commentsAreCounted();
    void bomAtStartDropped();
    void ceiling_data();
    void ceiling();
    void eventsBeforeOverflowSurvive();
    void finishFlushes_data();
    void finishFlushes();
    void largeMixedStreamSameInEveryFraming();
    void longLineInSmallReadsIsLinear();
    void everyTwoAndThreeWaySplitAgrees_data();
    void everyTwoAndThreeWaySplitAgrees();
    void ceilingOfSixteenMebibytesIgnoresSplits();
};

void TestSse::events_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("LF") << QByteArray("data: a\n\ndata: b\n\n")
                        << QStringList{QStringLiteral("data=a event="),
                                       QStringLiteral("data=b event=")};
    QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                          << QStringList{QStringLiteral("data=a event="),
                                         QStringLiteral("data=b event=")};
    QTest::newRow("lone CR") << QByteArray("data: a\r\rdata: b\r\r")
                             << QStringList{QStringLiteral("data=a event="),
                                            QStringLiteral("data=b event=")};
    QTest::newRow("mixed line ends")
        << QByteArray("data: a\r\ndata: b\rdata: c\n\r\ndata: d\n\r")
        << QStringList{QStringLiteral("data=a\\nb\\nc event="), QStringLiteral("data=d event=")};
    QTest::newRow("comments skipped")
        << QByteArray(": keep-alive\n\ndata: x\n: inside an event\ndata: y\n\n: ping\n\n")
        << QStringList{QStringLiteral("data=x\\ny event=")};
    QTest::newRow("multi-line data joined with LF")
        << QByteArray("data: first\ndata: second\ndata:\n\n")
        << QStringList{QStringLiteral("data=first\\nsecond\\n event=")};
    QTest::newRow("exactly one space dropped")
        << QByteArray("data:  two spaces\n\ndata:none\n\ndata: \n\n")
        << QStringList{QStringLiteral("data= two spaces event="),
                       QStringLiteral("data=none event="), QStringLiteral("data= event=")};
    QTest::newRow("field without colon has an empty value")
        << QByteArray("data\n\n") << QStringList{QStringLiteral("data= event=")};
    QTest::newRow("other fields skipped, event kept")
        << QByteArray("id: 7\nretry: 1000\nevent: update\nfoo: bar\ndata: x\n\ndata: y\n\n")
        << QStringList{QStringLiteral("data=x event=update"), QStringLiteral("data=y event=")};
    QTest::newRow("no data lines, no event")
        << QByteArray("event: ping\n\nid: 3\n\n\n\ndata: z\n\n")
        << QStringList{QStringLiteral("data=z event=")};
    QTest::newRow("colon inside the value")
        << QByteArray("data: {\"a\":\"b: c\"}\n\n")
        << QStringList{QStringLiteral("data={\"a\":\"b: c\"} event=")};
    QTest::newRow("UTF-8 text") << QByteArray("data: \xC2\xA1Hola, \xE4\xB8\x96\xE7\x95\x8C "
                                              "\xF0\x9F\x98\x80\n\n")
                                << QStringList{QStringLiteral("data=\u00A1Hola, \u4E16\u754C "
                                                              "\U0001F600 event=")};
    QTest::newRow("[DONE]") << QByteArray("data: [DONE]\n\n")
                            << QStringList{QStringLiteral("data=[DONE] event= DONE")};
    QTest::newRow("[DONE] without space") << QByteArray("data:[DONE]\r\n\r\n")
                                          << QStringList{QStringLiteral("data=[DONE] event= DONE")};
    QTest::newRow("[DONE] with more is not done")
        << QByteArray("data: [DONE] x\n\n") << QStringList{QStringLiteral("data=[DONE] x event=")};
    QTest::newRow("final event without blank line")
        << QByteArray("data: a\n\ndata: b\n")
        << QStringList{QStringLiteral("data=a event="), QStringLiteral("data=b event=")};
    QTest::newRow("final line without line end")
        << QByteArray("data: a\n\ndata: [DONE]")
        << QStringList{QStringLiteral("data=a event="), QStringLiteral("data=[DONE] event= DONE")};
    QTest::newRow("WIRE.md example")
        << QByteArray("data: {\"id\":\"chatcmpl-9f2c\",\"object\":\"chat.completion.chunk\","
                      "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\xC2\xA1Hola\"},"
                      "\"finish_reason\":null}]}\n\n"
                      "data: {\"id\":\"chatcmpl-9f2c\",\"object\":\"chat.completion.chunk\","
                      "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                      "data: [DONE]\n\n")
        << QStringList{
               QStringLiteral("data={\"id\":\"chatcmpl-9f2c\",\"object\":\"chat.completion.chunk\","
                              "\"choices\":[{\"index\":0,\"delta\":{\"content\":\"\u00A1Hola\"},"
                              "\"finish_reason\":null}]} event="),
               QStringLiteral("data={\"id\":\"chatcmpl-9f2c\",\"object\":\"chat.completion.chunk\","
                              "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}"
                              " event="),
               QStringLiteral("data=[DONE] event= DONE")};
}

void TestSse::events() {
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    SseParser wholeParser;
    QCOMPARE(describeAll(feedChunks(wholeParser, whole(stream))), expected);
    SseParser byteParser;
    QCOMPARE(describeAll(feedChunks(byteParser, byteByByte(stream))), expected);
    for (quint32 seed = 1; seed <= 12; ++seed) {
        SseParser randomParser;
        QCOMPARE(describeAll(feedChunks(randomParser, randomSplits(stream, seed))), expected);
    }
    QVERIFY(!wholeParser.overflowed());
}

void TestSse::eventBytesCountTheWire() {
    const QByteArray stream = "data: abc\n\nevent: e\ndata: x\ndata: y\n\n";
    for (const auto& chunks : {whole(stream), byteByByte(stream)}) {
        SseParser p;
        const std::vector<SseEvent> events = feedChunks(p, chunks);
        QCOMPARE(events.size(), size_t(2));
        QCOMPARE(events[0].bytes, qsizetype(11));
        QCOMPARE(events[1].bytes, qsizetype(stream.size() - 11));
    }
}

void TestSse::utf8SplitInsideCharacter() {
    // "¡" is C2 A1: the read ends between the two bytes.
    const QByteArray stream = "data: {\"c\":\"\xC2\xA1Hola\"}\n\n";
    const qsizetype split = stream.indexOf('\xC2') + 1;
    SseParser p;
    QVERIFY(p.feed(stream.left(split)).empty());
    const std::vector<SseEvent> events = p.feed(stream.mid(split));
    QCOMPARE(events.size(), size_t(1));
    QCOMPARE(events[0].data, QStringLiteral("{\"c\":\"\u00A1Hola\"}"));
    QVERIFY(!events[0].data.contains(QChar::ReplacementCharacter));

    // A 4-byte character split at every position.
    const QByteArray emoji = "data: \xF0\x9F\x98\x80\n\n";
    for (qsizetype at = 7; at < 10; ++at) {
        SseParser q;
        std::vector<SseEvent> got = q.feed(emoji.left(at));
        for (SseEvent& e : q.feed(emoji.mid(at)))
            got.push_back(std::move(e));
        QCOMPARE(got.size(), size_t(1));
        QCOMPARE(got[0].data, QStringLiteral("\U0001F600"));
    }
}

void TestSse::doneSplitAcrossReads() {
    SseParser p;
    QVERIFY(p.feed("data: {\"a\":1}\n\ndata: [DO").size() == 1);
    const std::vector<SseEvent> rest = p.feed("NE]\n\n");
    QCOMPARE(rest.size(), size_t(1));
    QVERIFY(rest[0].done);
}

void TestSse::crAtEndOfReadThenLfIsOneLineEnd() {
    // Had the LF been a second line end, "a" would have been dispatched on its own.
    SseParser p;
    QVERIFY(p.feed("data: a\r").empty());
    QVERIFY(p.feed("\n").empty());
    const std::vector<SseEvent> events = p.feed("data: b\r\n\r\n");
    QCOMPARE(describeAll(events), QStringList{QStringLiteral("data=a\\nb event=")});

    // The blank line's CR at the end of a read dispatches at once (no wait for the next read),
    // and its LF arriving later is not another blank line.
    SseParser q;
    QCOMPARE(q.feed("data: x\r\n\r").size(), size_t(1));
    QVERIFY(q.feed("\n").empty());
    QCOMPARE(describeAll(q.feed("data: y\r\n\r\n")), QStringList{QStringLiteral("data=y event=")});
}

void TestSse::loneCrAtEndOfReadThenData() {
    SseParser p;
    QVERIFY(p.feed("data: a\r").empty());
    const std::vector<SseEvent> events = p.feed("data: b\r\r");
    QCOMPARE(describeAll(events), QStringList{QStringLiteral("data=a\\nb event=")});
}

void TestSse::commentsAreCounted() {
    SseParser p;
    feedChunks(p, byteByByte(": one\r\n: two\r\rdata: x\n:three\n\n"));
    QCOMPARE(p.comments(), 3);
}

void TestSse::bomAtStartDropped() {
    const QByteArray stream = "\xEF\xBB\xBF"
                              "data: a\n\n";
    for (const auto& chunks : {whole(stream), byteByByte(stream)}) {
        SseParser p;
        QCOMPARE(describeAll(feedChunks(p, chunks)), QStringList{QStringLiteral("data=a event=")});
    }
}

void TestSse::ceiling_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<bool>("byteByByte");

    const QByteArray big(200, 'x');
    QTest::newRow("one long data line") << QByteArray("data: " + big + "\n\n") << false;
    QTest::newRow("one long data line, byte by byte")
        << QByteArray("data: " + big + "\n\n") << true;
    QTest::newRow("many short lines in one event")
        << QByteArray("data: 0123456789\n").repeated(20) + "\n"
        << false;
    QTest::newRow("an unterminated line") << QByteArray("data: " + big) << false;
    QTest::newRow("an unterminated line, byte by byte") << QByteArray("data: " + big) << true;
}

void TestSse::ceiling() {
    QFETCH(QByteArray, stream);
    QFETCH(bool, byteByByte);

    SseParser p(100);
    QCOMPARE(p.ceiling(), qsizetype(100));
    std::vector<SseEvent> got;
    for (const QByteArray& c : byteByByte ? ::byteByByte(stream) : whole(stream))
        for (SseEvent& e : p.feed(c))
            got.push_back(std::move(e));
    QVERIFY(p.overflowed());
    QVERIFY(got.empty());
    // Nothing more after the overflow, even perfectly good events.
    QVERIFY(p.feed("data: fine\n\n").empty());
    QVERIFY(p.finish().empty());
    QVERIFY(p.overflowed());
}

void TestSse::eventsBeforeOverflowSurvive() {
    SseParser p(100);
    const std::vector<SseEvent> got = p.feed("data: ok\n\ndata: " + QByteArray(300, 'y') + "\n\n");
    QCOMPARE(describeAll(got), QStringList{QStringLiteral("data=ok event=")});
    QVERIFY(p.overflowed());

    // At the ceiling is fine; one byte over is not.
    const QByteArray exact = "data: " + QByteArray(92, 'z') + "\n\n"; // 100 bytes
    SseParser atCeiling(100);
    QCOMPARE(atCeiling.feed(exact).size(), size_t(1));
    QVERIFY(!atCeiling.overflowed());
    SseParser over(99);
    QVERIFY(over.feed(exact).empty());
    QVERIFY(over.overflowed());
}

void TestSse::finishFlushes_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("data line, no blank line")
        << QByteArray("data: x\n") << QStringList{QStringLiteral("data=x event=")};
    QTest::newRow("no line end at all")
        << QByteArray("data: x") << QStringList{QStringLiteral("data=x event=")};
    QTest::newRow("CR-terminated")
        << QByteArray("data: x\r") << QStringList{QStringLiteral("data=x event=")};
    QTest::newRow("nothing") << QByteArray() << QStringList{};
    QTest::newRow("only a comment") << QByteArray(": ping\n") << QStringList{};
    QTest::newRow("only an event field") << QByteArray("event: x\n") << QStringList{};
    QTest::newRow("already dispatched") << QByteArray("data: x\n\n") << QStringList{};
}

void TestSse::finishFlushes() {
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, expected);

    SseParser p;
    p.feed(stream);
    QCOMPARE(describeAll(p.finish()), expected);
    QVERIFY(p.finish().empty()); // a second finish has nothing left
}

void TestSse::largeMixedStreamSameInEveryFraming() {
    QRandomGenerator rng(42);
    const QByteArray words[] = {
        "Hola", "\xC2\xA1", "mundo",      "\xE4\xB8\x96\xE7\x95\x8C", "\xF0\x9F\x98\x80",
        " ",    "\\n",      "caf\xC3\xA9"};
    const QByteArray ends[] = {"\n", "\r\n", "\r"};
    QByteArray stream;
    for (int i = 0; i < 2000; ++i) {
        QByteArray content;
        for (int w = rng.bounded(1, 4); w > 0; --w)
            content += words[rng.bounded(8)];
        if (rng.bounded(20) == 0)
            stream += ": keep-alive" + ends[rng.bounded(3)];
        stream += chunkEvent(content, ends[rng.bounded(3)]);
    }
    stream += "data: [DONE]\n\n";

    SseParser reference;
    const std::vector<SseEvent> expected = feedChunks(reference, whole(stream));
    QCOMPARE(expected.size(), size_t(2001));
    QVERIFY(expected.back().done);
    qsizetype total = 0;
    for (const SseEvent& e : expected)
        total += e.bytes;

    const QStringList expectedText = describeAll(expected);
    for (quint32 seed = 100; seed < 106; ++seed) {
        SseParser p;
        const std::vector<SseEvent> got = feedChunks(p, randomSplits(stream, seed));
        QCOMPARE(describeAll(got), expectedText);
        QCOMPARE(p.comments(), reference.comments());
        // A CRLF split across reads counts its LF with the next event: totals still agree.
        qsizetype gotTotal = 0;
        for (const SseEvent& e : got)
            gotTotal += e.bytes;
        QCOMPARE(gotTotal, total);
    }
    SseParser bytes;
    QCOMPARE(describeAll(feedChunks(bytes, byteByByte(stream))), expectedText);
}

void TestSse::longLineInSmallReadsIsLinear() {
    // 4 MiB of one event in 64-byte reads: rescanning the buffer from its start on each read
    // would be over 100 GB of scanning and time the test out.
    const QByteArray payload(4 * 1024 * 1024, 'a');
    const QByteArray stream = "data: " + payload + "\n\n";
    SseParser p;
    std::vector<SseEvent> got;
    for (qsizetype pos = 0; pos < stream.size(); pos += 64)
        for (SseEvent& e : p.feed(stream.mid(pos, 64)))
            got.push_back(std::move(e));
    QCOMPARE(got.size(), size_t(1));
    QCOMPARE(got[0].data.size(), payload.size());
    QCOMPARE(got[0].bytes, stream.size());
}

namespace {

// Everything the parser reports for a framing: events with their byte counts, comments and
// whether it overflowed.
QStringList outcome(SseParser& p, const QList<QByteArray>& chunks) {
    QStringList out;
    for (const SseEvent& e : feedChunks(p, chunks))
        out << describe(e) + QStringLiteral(" bytes=%1").arg(e.bytes);
    out << QStringLiteral("comments=%1 overflow=%2").arg(p.comments()).arg(p.overflowed());
    return out;
}

} // namespace

void TestSse::everyTwoAndThreeWaySplitAgrees_data() {
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("ceiling");
    const int big = int(SseParser::kDefaultCeiling);
    QTest::newRow("CRLF events") << QByteArray("data: a\r\n\r\ndata: b\r\ndata: c\r\n\r\n") << big;
    QTest::newRow("CR events") << QByteArray("data: a\r\rdata: b\r\r") << big;
    QTest::newRow("mixed ends") << QByteArray("data: a\r\n\ndata: b\n\r\ndata: c\r\r\n") << big;
    QTest::newRow("blank lines without data")
        << QByteArray("\r\n\r\n: ping\r\n\r\nevent: x\r\n\r\ndata: y\r\n\r\n") << big;
    QTest::newRow("event, id, comment")
        << QByteArray(
               ": hi\r\nevent: delta\r\nid: 4\r\ndata: {\"a\":1}\r\n\r\ndata: [DONE]\r\n\r\n")
        << big;
    QTest::newRow("BOM and UTF-8") << QByteArray("\xEF\xBB\xBF"
                                                 "data: \xC2\xA1\xF0\x9F\x98\x80\r\n\r\n")
                                   << big;
    QTest::newRow("unterminated last line") << QByteArray("data: a\r\n\r\ndata: b") << big;
    QTest::newRow("ends on a CR") << QByteArray("data: a\r\n\r") << big;
    // At a small ceiling: the second event is exactly at it with CRLF, the third one over.
    const QByteArray three = "data: 12345678\r\n\r\ndata: 1234567890123456\r\n\r\ndata: x\r\n\r\n";
    QTest::newRow("CRLF under the ceiling") << three << 27;
    QTest::newRow("CRLF at the ceiling") << three << 26;
    QTest::newRow("CRLF one over the ceiling") << three << 25;
    const QByteArray lines = "data: ab\r\ndata: cd\r\n\r\n\r\ndata: ef\r\ndata: gh\r\n\r\n";
    QTest::newRow("multi-line event at the ceiling") << lines << 22;
    QTest::newRow("multi-line event over the ceiling") << lines << 21;
    // Found by the fuzzer: blank lines and a CR-ended data line near a small ceiling.
    QTest::newRow("fuzz: blank lines near the ceiling")
        << QByteArray::fromBase64(
               "ZA0KIDoNcAogClsNcAogYXRhOngNOngNCgogOg1wCmRhdAoKIDoNcApkYXRhOg15DQoNAg==")
        << 24;
}

// Same bytes, same events, same byte counts, same overflow, however the reads split them.
void TestSse::everyTwoAndThreeWaySplitAgrees() {
    QFETCH(QByteArray, stream);
    QFETCH(int, ceiling);
    SseParser reference(ceiling);
    const QStringList expected = outcome(reference, whole(stream));
    const qsizetype n = stream.size();
    for (qsizetype i = 1; i < n; ++i) {
        SseParser two(ceiling);
        const QStringList got = outcome(two, {stream.left(i), stream.mid(i)});
        QVERIFY2(got == expected, qPrintable(QStringLiteral("split at %1:\n%2\nexpected\n%3")
                                                 .arg(i)
                                                 .arg(got.join(u'\n'), expected.join(u'\n'))));
        for (qsizetype j = i + 1; j < n; ++j) {
            SseParser three(ceiling);
            const QStringList got3 =
                outcome(three, {stream.left(i), stream.mid(i, j - i), stream.mid(j)});
            QVERIFY2(got3 == expected,
                     qPrintable(QStringLiteral("split at %1 and %2:\n%3\nexpected\n%4")
                                    .arg(i)
                                    .arg(j)
                                    .arg(got3.join(u'\n'), expected.join(u'\n'))));
        }
    }
    SseParser bytes(ceiling);
    QCOMPARE(outcome(bytes, byteByByte(stream)), expected);
}

void TestSse::ceilingOfSixteenMebibytesIgnoresSplits() {
    const qsizetype ceiling = SseParser::kDefaultCeiling;
    // The LF before it, "data: ", the payload, CRLF and the blank line's CR: sized so the event
    // sits exactly at the ceiling, and one byte over it.
    for (const qsizetype extra : {0, 1}) {
        const QByteArray event = "data: " + QByteArray(ceiling - 10 + extra, 'p') + "\r\n\r\n";
        const QByteArray stream = "data: a\r\n\r\n" + event + "data: z\r\n\r\n";
        SseParser reference;
        const QStringList expected = outcome(reference, whole(stream));
        QCOMPARE(expected.size() == 4, extra == 0);
        const qsizetype at = stream.size() - 11; // the event's last CRLF and around it
        for (qsizetype split :
             {qsizetype(9), qsizetype(10), qsizetype(11), at - 3, at - 2, at - 1, at, at + 1}) {
            SseParser p;
            QCOMPARE(outcome(p, {stream.left(split), stream.mid(split)}), expected);
        }
    }
}

QTEST_APPLESS_MAIN(TestSse)
#include "tst_sse.moc"
