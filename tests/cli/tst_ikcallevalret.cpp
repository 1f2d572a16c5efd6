// ik-call evalret end to end: the real binary against a sandbox over loopback. Asserts what a CI
// job reads: the metrics in text and JSON, the per-query winner of two workloads, the rerank
// stage's before and after, the exit status of --min-recall, and files with mistakes refused
// before anything is sent, with the file, line and fix.

#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// The project-wide demo key: one key for every workload evalret calls.
const QString kAcmeKey =
    u"ik_live_ef40f78b_838ec8bb0f2dbaf643ec7b02fcf61651a05bc1d295fd1267fde69ec2a74c1944"_s;
constexpr int kExitUsage = 2, kExitConfiguration = 3, kExitValidation = 4;
constexpr int kExitBelow = 17; // as ik-call --help lists it

const QByteArray kDocuments = "id,text,label\n"
                              "inv,Invoices are emailed on the first day of each month,billing\n"
                              "card,A payment failed because the card expired,billing\n"
                              "crash,The app crashes with an error after the update,bug\n"
                              "export,Exporting a large file stops halfway,bug\n"
                              "dark,Feature request: please add a dark mode,feature\n"
                              "shortcut,Add keyboard shortcuts for the common actions,feature\n"
                              "password,Reset a forgotten password from the sign-in page,account\n"
                              "refund,Refunds reach the original card within five days,billing\n";

// q1 is a document's own text; q2 an inflection that shares letters with "Refunds" but no word.
const QByteArray kQueries =
    "{\"id\": \"q1\", \"query\": \"Invoices are emailed on the first day "
    "of each month\", \"relevant\": [\"inv\"]}\n"
    "{\"id\": \"q2\", \"query\": \"refunding\", \"relevant\": [\"refund:2\"]}\n"
    "{\"id\": \"q3\", \"query\": \"locked out of my profile\", "
    "\"relevant\": {\"password\": 1}}\n";

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QJsonObject perQuery(const QJsonObject& workload, const QString& id) {
    for (const QJsonValue& q : workload.value(u"per_query"_s).toArray())
        if (q.toObject().value(u"id"_s).toString() == id)
            return q.toObject();
    return {};
}

} // namespace

class TstIkCallEvalRet : public QObject {
    Q_OBJECT

    ik::sandbox::Sandbox* m_box = nullptr;
    QTemporaryDir m_dir;
    int m_requests = 0;

    Result call(const QStringList& args, const QString& key = kAcmeKey) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, key);
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"evalret"_s, u"--base-url"_s, m_box->baseUrl(), u"--project"_s,
                            u"acme"_s} +
                    args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!done.wait(60000)) { // the sandbox answers in this test's event loop
            p.kill();
            done.wait(5000);
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString file(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    QStringList sets() {
        return {u"--docs"_s, file(u"docs.csv"_s, kDocuments), u"--queries"_s,
                file(u"queries.jsonl"_s, kQueries)};
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_box = new ik::sandbox::Sandbox(ik::sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(m_box->listen(0, &error), qPrintable(error));
        connect(m_box, &ik::sandbox::Sandbox::requestFinished, this, [this] { ++m_requests; });
    }

    void twoWorkloadsSideBySideInText() {
        const Result r = call(QStringList{u"--workload"_s, u"billing"_s, u"--workload"_s,
                                          u"search"_s, u"--k"_s, u"1"_s} +
                              sets());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"3 queries, 8 documents, k = 1\n"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"recall@1   precision@1   MRR     nDCG@1   hit rate"_s));
        QVERIFY(r.out.contains(u"\nbilling            nomic-embed-text     "_s));
        QVERIFY(r.out.contains(u"\nsearch             bge-small-en         "_s));
        QVERIFY(r.out.contains(u"\nsearch - billing "_s));
        // The worst query is shown with what came instead of its document.
        QVERIFY2(r.out.contains(u"q3  nDCG 0.000  recall 0.00  \"locked out of my profile\"\n"
                                "      missed password; retrieved instead "_s),
                 qPrintable(r.out));
    }

    void jsonPerQueryWithWinners() {
        const Result r = call(QStringList{u"--workload"_s, u"billing"_s, u"--workload"_s,
                                          u"search"_s, u"--k"_s, u"1"_s, u"--json"_s} +
                              sets());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"k"_s).toInt(), 1);
        const QJsonArray w = o.value(u"workloads"_s).toArray();
        QCOMPARE(w.size(), 2);
        const QJsonObject billing = w[0].toObject(), search = w[1].toObject();
        QCOMPARE(billing.value(u"model"_s).toString(), u"nomic-embed-text"_s);
        // A document's own text: found first by both, nobody's win.
        QCOMPARE(perQuery(billing, u"q1"_s).value(u"recall"_s).toDouble(), 1.0);
        QCOMPARE(perQuery(search, u"q1"_s).value(u"retrieved"_s).toArray(), (QJsonArray{u"inv"_s}));
        QVERIFY(perQuery(billing, u"q1"_s).value(u"winner"_s).isNull());
        // The inflection: the trigram model finds it, the word model misses it.
        QCOMPARE(perQuery(billing, u"q2"_s).value(u"retrieved"_s).toArray(),
                 (QJsonArray{u"refund"_s}));
        QCOMPARE(perQuery(search, u"q2"_s).value(u"missed"_s).toArray(), (QJsonArray{u"refund"_s}));
        QCOMPARE(perQuery(search, u"q2"_s).value(u"winner"_s).toString(), u"billing"_s);
        QCOMPARE(perQuery(search, u"q2"_s).value(u"retrieved_instead"_s).toArray(),
                 perQuery(search, u"q2"_s).value(u"retrieved"_s).toArray());
        const double diff = o.value(u"difference"_s).toObject().value(u"ndcg"_s).toDouble();
        const double a = billing.value(u"metrics"_s).toObject().value(u"ndcg"_s).toDouble();
        const double b = search.value(u"metrics"_s).toObject().value(u"ndcg"_s).toDouble();
        QVERIFY(qAbs(diff - (b - a)) < 1e-12);
        QVERIFY(diff < 0);
    }

    void rerankBeforeAndAfter() {
        const int before = m_requests;
        const Result r = call(QStringList{u"--workload"_s, u"search"_s, u"--rerank"_s, u"ranker"_s,
                                          u"--top-n"_s, u"8"_s, u"--k"_s, u"1"_s, u"--json"_s} +
                              sets());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"rerank"_s).toObject().value(u"top_n"_s).toInt(), 8);
        const QJsonObject w = o.value(u"workloads"_s).toArray().first().toObject();
        QCOMPARE(w.value(u"rerank_model"_s).toString(), u"bge-reranker-v2-m3"_s);
        const QJsonObject q2 = perQuery(w, u"q2"_s);
        QCOMPARE(q2.value(u"first_stage"_s).toObject().value(u"recall"_s).toDouble(), 0.0);
        QCOMPARE(q2.value(u"retrieved"_s).toArray(), (QJsonArray{u"refund"_s}));
        QVERIFY(w.value(u"metrics"_s).toObject().value(u"recall"_s).toDouble() >
                w.value(u"first_stage"_s).toObject().value(u"recall"_s).toDouble());
        QCOMPARE(m_requests, before + 1 + 3); // one embeddings batch, one rerank per query
        // In text: a row before and a row after.
        const Result t = call(QStringList{u"--workload"_s, u"search"_s, u"--rerank"_s, u"ranker"_s,
                                          u"--k"_s, u"1"_s} +
                              sets());
        QCOMPARE(t.exitCode, 0);
        QVERIFY2(t.out.contains(u", top 8 reranked by ranker\n"_s), qPrintable(t.out));
        QVERIFY(t.out.contains(u"\nsearch > ranker    bge-reranker-v2-m3   "_s));
    }

    void minRecallHoldsAModelToIt() {
        const QStringList args =
            QStringList{u"--workload"_s, u"search"_s, u"--k"_s, u"1"_s} + sets();
        const Result below = call(args + QStringList{u"--min-recall"_s, u"0.9"_s});
        QCOMPARE(below.exitCode, kExitBelow);
        QVERIFY2(below.err.contains(u"ik-call: recall@1 of search is 0.333, below --min-recall "
                                    "0.9\n"_s),
                 qPrintable(below.err));
        QVERIFY(below.out.contains(u"recall@1"_s)); // the figures are printed all the same
        const Result above = call(args + QStringList{u"--min-recall"_s, u"0.3"_s});
        QCOMPARE(above.exitCode, 0);
        QVERIFY(above.err.isEmpty());
    }

    void badFilesRefusedBeforeSending_data() {
        QTest::addColumn<QByteArray>("queries");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown id")
            << QByteArray("query,relevant\nrefunds,refund\ninvoices,inv;nope\n")
            << u"ik-call: validation error: queries.csv, line 3: relevant id \"nope\" is not a document's id"_s;
        QTest::newRow("bad grade") << QByteArray("query,relevant\nrefunds,refund:lots\n")
                                   << u"queries.csv, line 2: bad grade \"lots\" for \"refund\""_s;
        QTest::newRow("empty query")
            << QByteArray("query,relevant\n\"\",refund\n") << u"line 2: the query is empty"_s;
        QTest::newRow("missing column")
            << QByteArray("question,ids\nrefunds,refund\n")
            << u"line 1: missing column \"relevant\": the header has \"question\", \"ids\""_s;
    }

    void badFilesRefusedBeforeSending() {
        QFETCH(QByteArray, queries);
        QFETCH(QString, says);
        const int before = m_requests;
        const Result r =
            call({u"--workload"_s, u"billing"_s, u"--docs"_s, file(u"docs.csv"_s, kDocuments),
                  u"--queries"_s, file(u"queries.csv"_s, queries)});
        QCOMPARE(r.exitCode, kExitValidation);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.err.contains(u"hint: fix the file"_s));
        QCOMPARE(m_requests, before);
        // A duplicate document id is the documents file's mistake.
        const Result dup = call({u"--workload"_s, u"billing"_s, u"--docs"_s,
                                 file(u"dup.csv"_s, "id,text\na,x\na,y\n"), u"--queries"_s,
                                 file(u"q.csv"_s, "query,relevant\nx,a\n")});
        QCOMPARE(dup.exitCode, kExitValidation);
        QVERIFY2(dup.err.contains(u"dup.csv, line 3: duplicate document id \"a\""_s),
                 qPrintable(dup.err));
    }

    void usageMistakes_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no queries")
            << QStringList{u"--workload"_s, u"billing"_s, u"--docs"_s, u"d.csv"_s}
            << u"evalret needs --docs FILE and --queries FILE"_s;
        QTest::newRow("three workloads")
            << QStringList{u"--workload"_s, u"a"_s,          u"--workload"_s,
                           u"b"_s,          u"--workload"_s, u"c"_s}
            << u"at most two embedding workloads"_s;
        QTest::newRow("recall over 1")
            << QStringList{u"--workload"_s, u"billing"_s, u"--min-recall"_s, u"80"_s}
            << u"--min-recall is a share from 0 to 1, got '80'"_s;
        QTest::newRow("k zero") << QStringList{u"--workload"_s, u"billing"_s, u"--k"_s, u"0"_s}
                                << u"--k expects a whole number from 1"_s;
        QTest::newRow("top-n alone")
            << QStringList{u"--workload"_s, u"billing"_s, u"--top-n"_s, u"5"_s}
            << u"give --rerank too"_s;
        QTest::newRow("argument") << QStringList{u"--workload"_s, u"billing"_s, u"extra"_s}
                                  << u"evalret takes no arguments ('extra' given)"_s;
    }

    void usageMistakes() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Result r = call(args);
        QCOMPARE(r.exitCode, kExitUsage);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }

    void evalretOptionsBelongToEvalret() {
        QProcess p;
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                {u"embed"_s, u"--project"_s, u"acme"_s, u"--workload"_s, u"billing"_s, u"--k"_s,
                 u"3"_s, u"x"_s});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), kExitUsage);
        QVERIFY(
            QString::fromUtf8(p.readAllStandardError()).contains(u"--k applies to evalret only"_s));
    }

    void keysNeverLeave() {
        const int before = m_requests;
        // A key pasted into a document is refused unless meant.
        const QByteArray docs = kDocuments + "leak,my key is " + kAcmeKey.toUtf8() + "\n";
        const QStringList args{u"--workload"_s, u"billing"_s,
                               u"--docs"_s,     file(u"leak.csv"_s, docs),
                               u"--queries"_s,  file(u"queries.jsonl"_s, kQueries)};
        const Result refused = call(args);
        QCOMPARE(refused.exitCode, kExitConfiguration);
        QVERIFY2(refused.err.contains(u"documents or queries"_s), qPrintable(refused.err));
        QVERIFY(!refused.err.contains(kAcmeKey));
        QCOMPARE(m_requests, before);
        // A control token is not a key: blocked by the guard before sending.
        const Result blocked = call(
            QStringList{u"--workload"_s, u"billing"_s} + sets(),
            u"ik_sdk_c8d24321_7dfae4d985e1353ce243b58522dee1d5ed0cec173dac28b28486a52de9f5f5c7"_s);
        QCOMPARE(blocked.exitCode, kExitConfiguration);
        QVERIFY2(blocked.err.contains(u"billing failed"_s), qPrintable(blocked.err));
        QVERIFY(!blocked.err.contains(u"6d8bcacb"_s) && !blocked.err.contains(u"7dfae4d9"_s));
        QCOMPARE(m_requests, before);
    }

    void helpDescribesEvalret() {
        QProcess p;
        p.start(qEnvironmentVariable("IK_CALL_BIN"), {u"--help"_s});
        QVERIFY(p.waitForFinished(20000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(help.contains(u"ik-call evalret --workload W [--workload W2] --docs FILE"_s));
        QVERIFY(help.contains(u"--min-recall <X>"_s));
        QVERIFY(help.contains(u"\n  17  below: "_s));
    }
};

QTEST_MAIN(TstIkCallEvalRet)
#include "tst_ikcallevalret.moc"
