// The retrieval loaders with good and bad files: documents and queries in each format read into
// the judgements score() takes, and every mistake a user makes in them (unknown relevant id,
// duplicate document id, empty query, bad grade, missing column) named with its file, line and
// fix.

#include "retrievalset.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ik::retrieval;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kDocsCsv = "id,text,label\n"
                            "d1,Refunds take five days,billing\n"
                            "d2,\"Reset your password, then sign in\",account\n"
                            "doc:3,Invoices are sent monthly,billing\n";

Documents docs() {
    return parseDocumentsCsv(kDocsCsv);
}

} // namespace

class TestRetrievalSet : public QObject {
    Q_OBJECT

private slots:
    void documentsCsv() {
        const Documents d = docs();
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.ids(), (QStringList{u"d1"_s, u"d2"_s, u"doc:3"_s}));
        QCOMPARE(d.items[1].text, u"Reset your password, then sign in"_s);
        QCOMPARE(d.items[2].label, u"billing"_s);
        QCOMPARE(d.row.value(u"doc:3"_s), 2);
    }

    void documentsJsonlAndTxt() {
        const Documents j = parseDocumentsJsonl("{\"id\": \"a\", \"text\": \"one\", \"label\": 1}\n"
                                                "\n"
                                                "{\"id\": 7, \"text\": \"two\"}\n");
        QVERIFY2(j.ok(), qPrintable(j.error));
        QCOMPARE(j.ids(), (QStringList{u"a"_s, u"7"_s}));
        QCOMPARE(j.items[0].label, u"1"_s);
        // Plain text: the id is the line number, blank lines keep the numbering.
        const Documents t = parseDocumentsTxt("first\n\nthird\r\n");
        QVERIFY(t.ok());
        QCOMPARE(t.ids(), (QStringList{u"1"_s, u"3"_s}));
        QCOMPARE(t.texts(), (QStringList{u"first"_s, u"third"_s}));
    }

    void badDocuments_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("jsonl");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate id")
            << QByteArray("id,text\nd1,a\nd2,b\nd1,c\n") << false << 4
            << u"duplicate document id \"d1\" (first used by document 1)"_s;
        QTest::newRow("no id column")
            << QByteArray("doc,text\nd1,a\n") << false << 1
            << u"missing column \"id\": the header has \"doc\", \"text\""_s;
        QTest::newRow("no text column")
            << QByteArray("id,body\nd1,a\n") << false << 1 << u"missing column \"text\""_s;
        QTest::newRow("empty text") << QByteArray("id,text\nd1,a\nd2,  \n") << false << 3
                                    << u"document \"d2\" has no text"_s;
        QTest::newRow("empty id") << QByteArray("id,text\n,a\n") << false << 2
                                  << u"the document has no id"_s;
        QTest::newRow("open quote")
            << QByteArray("id,text\nd1,\"never closed\n") << false << 2 << u"never closed"_s;
        QTest::newRow("header only")
            << QByteArray("id,text\n") << false << 0 << u"the file holds no documents"_s;
        QTest::newRow("jsonl not json") << QByteArray("{\"id\": \"a\", \"text\": \"x\"}\n{oops\n")
                                        << true << 2 << u"line 2: not JSON"_s;
        QTest::newRow("jsonl no text")
            << QByteArray("{\"id\": \"a\"}\n") << true << 1 << u"missing field \"text\""_s;
        QTest::newRow("jsonl duplicate") << QByteArray("{\"id\": 1, \"text\": \"x\"}\n"
                                                       "{\"id\": \"1\", \"text\": \"y\"}\n")
                                         << true << 2 << u"duplicate document id \"1\""_s;
        QTest::newRow("jsonl array")
            << QByteArray("[1, 2]\n") << true << 1 << u"expected a JSON object"_s;
    }

    void badDocuments() {
        QFETCH(QByteArray, data);
        QFETCH(bool, jsonl);
        QFETCH(int, line);
        QFETCH(QString, says);
        const Documents d = jsonl ? parseDocumentsJsonl(data) : parseDocumentsCsv(data);
        QVERIFY(!d.ok());
        QVERIFY(d.items.isEmpty());
        QVERIFY2(d.error.contains(says), qPrintable(d.error));
        QCOMPARE(d.errorLine, line);
        if (line > 0)
            QVERIFY2(d.error.startsWith(u"line %1: "_s.arg(line)), qPrintable(d.error));
    }

    void queriesCsvWithGrades() {
        const Queries q = parseQueriesCsv("id,query,relevant\n"
                                          "q1,how long do refunds take,d1:3;doc:3\n"
                                          ",forgot my password, d2 \n",
                                          docs());
        QVERIFY2(q.ok(), qPrintable(q.error));
        QCOMPARE(q.items.size(), 2);
        QCOMPARE(q.items[0].id, u"q1"_s);
        QCOMPARE(q.items[0].relevant, (Judgements{{u"d1"_s, 3}, {u"doc:3"_s, 1}}));
        QCOMPARE(q.items[0].line, 2);
        // Without its own id a query is numbered.
        QCOMPARE(q.items[1].id, u"2"_s);
        QCOMPARE(q.items[1].relevant, (Judgements{{u"d2"_s, 1}}));
        // What score() makes of them: the relevant document first is a perfect query.
        QCOMPARE(score({u"d2"_s, u"d1"_s}, q.items[1].relevant, 10).recall, 1.0);
    }

    void queriesJsonlInEachShape() {
        const Queries q = parseQueriesJsonl(
            "{\"query\": \"refunds\", \"relevant\": [\"d1:2\", \"d2\"]}\n"
            "{\"id\": \"x\", \"query\": \"invoice\", \"relevant\": [{\"id\": \"doc:3\", "
            "\"grade\": 2.5}]}\n"
            "{\"query\": \"password\", \"relevant\": {\"d2\": 3}}\n"
            "{\"query\": \"all\", \"relevant\": \"d1;d2:2\"}\n",
            docs());
        QVERIFY2(q.ok(), qPrintable(q.error));
        QCOMPARE(q.items.size(), 4);
        QCOMPARE(q.items[0].relevant, (Judgements{{u"d1"_s, 2}, {u"d2"_s, 1}}));
        QCOMPARE(q.items[1].id, u"x"_s);
        QCOMPARE(q.items[1].relevant, (Judgements{{u"doc:3"_s, 2.5}}));
        QCOMPARE(q.items[2].relevant, (Judgements{{u"d2"_s, 3}}));
        QCOMPARE(q.items[3].relevant, (Judgements{{u"d1"_s, 1}, {u"d2"_s, 2}}));
        // Numbered ids of plain-text documents may be written as numbers.
        const Documents lines = parseDocumentsTxt("a\nb\n");
        const Queries n = parseQueriesJsonl("{\"query\": \"b\", \"relevant\": [2]}\n", lines);
        QVERIFY2(n.ok(), qPrintable(n.error));
        QCOMPARE(n.items[0].relevant, (Judgements{{u"2"_s, 1}}));
    }

    void badQueries_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("jsonl");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown id")
            << QByteArray("query,relevant\nrefunds,d1\ninvoices,d9\n") << false << 3
            << u"relevant id \"d9\" is not a document's id (the documents' "
               "ids are d1, d2, doc:3); fix the id or add that document"_s;
        QTest::newRow("empty query")
            << QByteArray("query,relevant\n  ,d1\n") << false << 2 << u"the query is empty"_s;
        QTest::newRow("no relevant")
            << QByteArray("query,relevant\nrefunds,\n") << false << 2 << u"lists no relevant"_s;
        QTest::newRow("word grade") << QByteArray("query,relevant\nrefunds,d1:high\n") << false << 2
                                    << u"bad grade \"high\" for \"d1\""_s;
        QTest::newRow("zero grade")
            << QByteArray("query,relevant\nrefunds,d1:0\n") << false << 2 << u"bad grade \"0\""_s;
        QTest::newRow("negative grade")
            << QByteArray("query,relevant\nrefunds,d1:-1\n") << false << 2 << u"bad grade \"-1\""_s;
        QTest::newRow("huge grade")
            << QByteArray("query,relevant\nrefunds,d1:1e9\n") << false << 2 << u"at most 10"_s;
        QTest::newRow("listed twice") << QByteArray("query,relevant\nrefunds,d1;d1:2\n") << false
                                      << 2 << u"\"d1\" is listed twice"_s;
        QTest::newRow("duplicate query id")
            << QByteArray("id,query,relevant\nq1,refunds,d1\nq2,reset,d2\nq1,invoices,doc:3\n")
            << false << 4 << u"duplicate query id \"q1\" (first used on line 2)"_s;
        QTest::newRow("own id taken by a number")
            << QByteArray("id,query,relevant\n,refunds,d1\n1,reset,d2\n") << false << 3
            << u"duplicate query id \"1\""_s;
        QTest::newRow("no relevant column")
            << QByteArray("query,ids\nrefunds,d1\n") << false << 1
            << u"missing column \"relevant\": the header has \"query\", \"ids\""_s;
        QTest::newRow("no query column") << QByteArray("question_text,relevant\nx,d1\n") << false
                                         << 1 << u"missing column \"query\""_s;
        QTest::newRow("jsonl unknown id")
            << QByteArray("{\"query\": \"a\", \"relevant\": [\"d1\"]}\n"
                          "{\"query\": \"b\", \"relevant\": [\"nope\"]}\n")
            << true << 2 << u"relevant id \"nope\" is not a document's id"_s;
        QTest::newRow("jsonl bad grade")
            << QByteArray("{\"query\": \"a\", \"relevant\": [{\"id\": \"d1\", \"grade\": "
                          "\"top\"}]}\n")
            << true << 1 << u"bad grade \"top\""_s;
        QTest::newRow("jsonl map grade")
            << QByteArray("{\"query\": \"a\", \"relevant\": {\"d1\": -2}}\n") << true << 1
            << u"bad grade \"-2\""_s;
        QTest::newRow("jsonl no relevant")
            << QByteArray("{\"query\": \"a\"}\n") << true << 1 << u"missing field \"relevant\""_s;
        QTest::newRow("jsonl relevant number")
            << QByteArray("{\"query\": \"a\", \"relevant\": 3}\n") << true << 1
            << u"\"relevant\" must be a list of ids"_s;
        QTest::newRow("jsonl empty query")
            << QByteArray("{\"query\": \"\", \"relevant\": [\"d1\"]}\n") << true << 1
            << u"the query is empty"_s;
        QTest::newRow("jsonl query not text")
            << QByteArray("{\"query\": 5, \"relevant\": [\"d1\"]}\n") << true << 1
            << u"\"query\" must be a string"_s;
    }

    void badQueries() {
        QFETCH(QByteArray, data);
        QFETCH(bool, jsonl);
        QFETCH(int, line);
        QFETCH(QString, says);
        const Queries q = jsonl ? parseQueriesJsonl(data, docs()) : parseQueriesCsv(data, docs());
        QVERIFY(!q.ok());
        QVERIFY(q.items.isEmpty());
        QVERIFY2(q.error.contains(says), qPrintable(q.error));
        QCOMPARE(q.errorLine, line);
        QVERIFY2(q.error.startsWith(u"line %1: "_s.arg(line)), qPrintable(q.error));
    }

    void filesNameThemselvesInErrors() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(u"docs.csv"_s, kDocsCsv);
        write(u"queries.jsonl"_s, "{\"query\": \"refunds\", \"relevant\": [\"d1\"]}\n"
                                  "{\"query\": \"x\", \"relevant\": [\"d1:9000\"]}\n");
        write(u"docs.tsv"_s, "id\ttext\n");
        const Documents d = loadDocuments(dir.filePath(u"docs.csv"_s));
        QVERIFY2(d.ok(), qPrintable(d.error));
        const Queries q = loadQueries(dir.filePath(u"queries.jsonl"_s), d);
        QVERIFY(!q.ok());
        QVERIFY2(q.error.startsWith(u"queries.jsonl, line 2: bad grade \"9000\" for \"d1\""_s),
                 qPrintable(q.error));
        const Documents tsv = loadDocuments(dir.filePath(u"docs.tsv"_s));
        QVERIFY2(tsv.error.contains(u"docs.tsv: unknown kind of file"_s), qPrintable(tsv.error));
        const Documents missing = loadDocuments(dir.filePath(u"nothing.csv"_s));
        QVERIFY2(missing.error.startsWith(u"cannot open "_s), qPrintable(missing.error));
        QVERIFY(missing.error.contains(u"nothing.csv"_s));
    }

    void shippedExampleLoads() {
        // The example docs/examples/README.md runs evalret on: it must stay loadable.
        const QString dir = qEnvironmentVariable("IK_SOURCE_DIR");
        if (dir.isEmpty())
            QSKIP("IK_SOURCE_DIR is not set: run through ctest");
        const Documents d = loadDocuments(dir + u"/docs/examples/retrieval/documents.csv"_s);
        QVERIFY2(d.ok(), qPrintable(d.error));
        QCOMPARE(d.items.size(), 40);
        QSet<QString> labels;
        for (const Document& doc : d.items)
            labels.insert(doc.label);
        QCOMPARE(labels.size(), 4);
        const Queries q = loadQueries(dir + u"/docs/examples/retrieval/queries.csv"_s, d);
        QVERIFY2(q.ok(), qPrintable(q.error));
        QCOMPARE(q.items.size(), 12);
        for (const Query& query : q.items) // graded: each has an article that answers it
            QVERIFY2(query.relevant.values().contains(2.0), qPrintable(query.id));
    }
};

QTEST_APPLESS_MAIN(TestRetrievalSet)
#include "tst_retrievalset.moc"
