// The fast scanner for chat chunks and embeddings bodies against QJsonDocument, differentially:
// on every input, whatever the scanner accepts must read exactly as QJsonDocument reads it.

#include "wire.h"
#include "wire_internal.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace ik;
using namespace ik::wiredetail;

namespace {

const QByteArray kChunk =
    R"({"id":"c1","object":"chat.completion.chunk","model":"m-1","choices":[{"index":0,)"
    R"("delta":{"role":"assistant","content":"Hola \u00a1caf\u00e9\n"},"finish_reason":null}],)"
    R"("usage":{"prompt_tokens":3,"completion_tokens":10,"total_tokens":13},"x":[1,-2.5e3,true]})";
const QByteArray kEmbeddings =
    R"({"object":"list","model":"e-1","data":[{"object":"embedding","index":1,)"
    R"("embedding":[0.25,-1.5e-2,3]},{"object":"embedding","index":0,"embedding":[1,0,-0.125]}],)"
    R"("usage":{"prompt_tokens":4,"total_tokens":4},"meta":{"s":"a\"b\\c","n":null}})";

QString usageText(const Usage& u) {
    return QStringLiteral("%1/%2/%3")
        .arg(u.promptTokens)
        .arg(u.completionTokens)
        .arg(u.totalTokens);
}

QString chunkText(const ChatChunk& c) {
    return QStringLiteral("type=%1 content=[%2] finish=[%3] model=[%4] usage=%5")
        .arg(int(c.type))
        .arg(c.content, c.finishReason, c.model,
             c.usage ? usageText(*c.usage) : QStringLiteral("none"));
}

QString embeddingsText(const RawEmbeddings& r) {
    QString s = QStringLiteral("model=[%1] usage=%2 data=%3:")
                    .arg(r.model, usageText(r.usage))
                    .arg(r.hasData);
    for (const RawEmbedding& item : r.items) {
        s += QStringLiteral(" %1[").arg(item.index);
        for (float f : item.vector) {
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            s += QString::number(bits, 16) + u',';
        }
        s += u']';
    }
    return s;
}

// What the scanner must agree with: nullopt when it may decline (it then falls back), else the
// QJsonDocument reading it must reproduce.
std::optional<QString> fastChunk(const QByteArray& bytes) {
    ChatChunk c;
    if (!scanChatChunk(bytes, &c))
        return std::nullopt;
    return chunkText(c);
}

std::optional<QString> fastEmbeddings(const QByteArray& bytes) {
    RawEmbeddings r;
    if (!scanEmbeddings(bytes, &r) || !r.hasData)
        return std::nullopt;
    return embeddingsText(r);
}

QString slowEmbeddings(const QByteArray& bytes) {
    RawEmbeddings r;
    if (auto e = readEmbeddingsSlow(bytes, &r))
        return QStringLiteral("error: ") + e->message;
    return embeddingsText(r);
}

// Mutations a fuzzer would try: bytes JSON gives meaning to, control bytes, broken UTF-8,
// duplicated members.
QByteArray mutate(QByteArray s, QRandomGenerator& rng) {
    static const QByteArray pieces[] = {
        "0",
        "01",
        "1.",
        ".5",
        "-",
        "+1",
        "1e",
        "1e+",
        "-0",
        "00",
        "1.e5",
        "\\",
        "\\x",
        "\\u12",
        "\\ud800",
        "\\udc00",
        "\\u00e9",
        "\\ufeff",
        "\xEF\xBB\xBF",
        "\xC3",
        "\xC3\xA9",
        "\xE2\x82",
        "\xED\xA0\x80",
        "\xF4\x90\x80\x80",
        "\xC0\xAF",
        "\xFF",
        "\x01",
        "\t",
        "\x7f",
        "\"",
        "{",
        "}",
        "[",
        "]",
        ":",
        ",",
        "null",
        "true",
        "tru",
        "1e400",
        "nan",
        "Infinity",
        " ",
        "\"choices\":[]",
        "\"data\":[]",
        "\"model\":\"z\"",
        "\"usage\":null",
        "\"content\":\"d\"",
        "\"index\":0",
    };
    const int edits = rng.bounded(1, 4);
    for (int k = 0; k < edits && !s.isEmpty(); ++k) {
        const qsizetype at = rng.bounded(int(s.size()));
        switch (rng.bounded(5)) {
        case 0:
            s.insert(at, pieces[rng.bounded(int(std::size(pieces)))]);
            break;
        case 1:
            s.replace(at, 1, pieces[rng.bounded(int(std::size(pieces)))]);
            break;
        case 2:
            s.remove(at, rng.bounded(1, 4));
            break;
        case 3: { // duplicate a member: copy the text from a '"' up to the next ','
            const qsizetype q = s.indexOf('"', at);
            const qsizetype c = q < 0 ? -1 : s.indexOf(',', q);
            if (c > q && q > 0)
                s.insert(q, s.mid(q, c - q + 1));
            break;
        }
        default:
            s[at] = char(rng.bounded(256));
            break;
        }
    }
    return s;
}

} // namespace

class TestWireScan : public QObject {
    Q_OBJECT

private slots:
    void seedsTakeTheFastPath();
    void handPickedCases_data();
    void handPickedCases();
    void mutatedCorpusAgrees();
};

void TestWireScan::seedsTakeTheFastPath() {
    QVERIFY(fastChunk(kChunk).has_value());
    QCOMPARE(*fastChunk(kChunk), chunkText(readChatChunkSlow(kChunk)));
    QVERIFY(fastEmbeddings(kEmbeddings).has_value());
    QCOMPARE(*fastEmbeddings(kEmbeddings), slowEmbeddings(kEmbeddings));
}

void TestWireScan::handPickedCases_data() {
    QTest::addColumn<QByteArray>("chunk");
    QTest::addColumn<QByteArray>("embeddings");
    const auto chunk = [](const char* extra) {
        return QByteArray(R"({"choices":[{"delta":{"content":"a"}}],"x":)") + extra + '}';
    };
    const auto vectors = [](const char* values) {
        return QByteArray(R"({"data":[{"index":0,"embedding":[)") + values + "]}]}";
    };
    QTest::newRow("leading zero") << chunk("01") << vectors("01");
    QTest::newRow("trailing dot") << chunk("1.") << vectors("1.");
    QTest::newRow("dot exponent") << chunk("1.e5") << vectors("1.e5");
    QTest::newRow("bare exponent") << chunk("1e") << vectors("1e");
    QTest::newRow("minus zero leading zero") << chunk("-01") << vectors("-01");
    QTest::newRow("plus") << chunk("+1") << vectors("+1");
    QTest::newRow("huge") << chunk("1e400") << vectors("1e400");
    QTest::newRow("invalid escape in a skipped string") << chunk(R"("\x")") << vectors("1");
    QTest::newRow("control character in a skipped string") << chunk("\"a\tb\"") << vectors("1");
    QTest::newRow("short \\u in a skipped string") << chunk(R"("\u12")") << vectors("1");
    QTest::newRow("invalid UTF-8 in a skipped string") << chunk("\"\xFF\"") << vectors("1");
    QTest::newRow("truncated UTF-8") << chunk("\"\xC3\"") << vectors("1");
    QTest::newRow("overlong UTF-8") << chunk("\"\xC0\xAF\"") << vectors("1");
    QTest::newRow("surrogate in UTF-8") << chunk("\"\xED\xA0\x80\"") << vectors("1");
    QTest::newRow("beyond U+10FFFF") << chunk("\"\xF4\x90\x80\x80\"") << vectors("1");
    QTest::newRow("BOM in a string") << chunk("\"\xEF\xBB\xBFz\"") << vectors("1");
    QTest::newRow("escaped BOM") << chunk(R"("\ufeffz")") << vectors("1");
    QTest::newRow("invalid UTF-8 in content")
        << QByteArray("{\"choices\":[{\"delta\":{\"content\":\"a\xFF\"}}]}") << vectors("1");
    QTest::newRow("duplicate choices")
        << QByteArray(
               R"({"choices":[{"delta":{"content":"first"}}],"choices":[{"delta":{"content":"last"}}]})")
        << QByteArray(
               R"({"data":[{"index":0,"embedding":[1]}],"data":[{"index":0,"embedding":[2]}]})");
    QTest::newRow("duplicate content")
        << QByteArray(R"({"choices":[{"delta":{"content":"first","content":"last"}}]})")
        << QByteArray(R"({"data":[{"index":0,"embedding":[1],"embedding":[2]}]})");
    QTest::newRow("duplicate model and index")
        << QByteArray(R"({"model":"a","model":"b","choices":[]})")
        << QByteArray(R"({"data":[{"index":0,"index":1,"embedding":[1]}]})");
    QTest::newRow("duplicate usage fields")
        << QByteArray(R"({"choices":[],"usage":{"total_tokens":1,"total_tokens":2}})")
        << QByteArray(
               R"({"data":[{"index":0,"embedding":[1]}],"usage":{"prompt_tokens":1,"prompt_tokens":2}})");
    QTest::newRow("truex") << chunk("truex") << vectors("1,truex");
}

void TestWireScan::handPickedCases() {
    QFETCH(QByteArray, chunk);
    QFETCH(QByteArray, embeddings);
    if (const auto fast = fastChunk(chunk))
        QCOMPARE(*fast, chunkText(readChatChunkSlow(chunk)));
    if (const auto fast = fastEmbeddings(embeddings))
        QCOMPARE(*fast, slowEmbeddings(embeddings));
    // The public parsers are the QJsonDocument reading, whichever path they took.
    QCOMPARE(chunkText(parseChatChunk(QString::fromUtf8(chunk))),
             chunkText(readChatChunkSlow(QString::fromUtf8(chunk).toUtf8())));
}

void TestWireScan::mutatedCorpusAgrees() {
    QRandomGenerator rng(20240611);
    int fastChunks = 0;
    int fastBodies = 0;
    for (int i = 0; i < 40000; ++i) {
        const QByteArray c = mutate(kChunk, rng);
        if (const auto fast = fastChunk(c)) {
            ++fastChunks;
            QVERIFY2(*fast == chunkText(readChatChunkSlow(c)),
                     qPrintable(QStringLiteral("%1\nfast %2\nslow %3")
                                    .arg(QString::fromLatin1(c.toPercentEncoding("{}[]\":,")),
                                         *fast, chunkText(readChatChunkSlow(c)))));
        }
        const QByteArray b = mutate(kEmbeddings, rng);
        if (const auto fast = fastEmbeddings(b)) {
            ++fastBodies;
            QVERIFY2(*fast == slowEmbeddings(b),
                     qPrintable(QStringLiteral("%1\nfast %2\nslow %3")
                                    .arg(QString::fromLatin1(b.toPercentEncoding("{}[]\":,")),
                                         *fast, slowEmbeddings(b))));
        }
    }
    // The mutations leave many inputs valid: the comparison is not vacuous.
    QVERIFY2(fastChunks > 1000, qPrintable(QString::number(fastChunks)));
    QVERIFY2(fastBodies > 1000, qPrintable(QString::number(fastBodies)));
}

QTEST_APPLESS_MAIN(TestWireScan)
#include "tst_wirescan.moc"
