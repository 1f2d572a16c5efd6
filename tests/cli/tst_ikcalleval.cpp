// ik-call eval end to end: the real binary against the sandbox over loopback. What a CI server
// sees: the exit status, the JUnit file it reads back, and a run killed with SIGKILL that
// resumes without repeating a call that finished.

#include "evalstore.h"
#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

struct Case {
    QString name;
    bool failed = false;
    QString failureMessage;
    QString failureText;
};

struct Suite {
    QString name;
    int tests = 0, failures = 0, errors = 0;
    QList<Case> cases;
};

// The JUnit file as a CI server reads it.
QList<Suite> readJUnit(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"no JUnit file at "_s + path;
        return {};
    }
    QXmlStreamReader x(&f);
    QList<Suite> suites;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attr = [&x](const char* name) {
            return x.attributes().value(QLatin1String(name)).toString();
        };
        if (x.name() == u"testsuite"_s) {
            suites.append({attr("name"),
                           attr("tests").toInt(),
                           attr("failures").toInt(),
                           attr("errors").toInt(),
                           {}});
        } else if (x.name() == u"testcase"_s && !suites.isEmpty()) {
            Case c;
            c.name = attr("name");
            suites.last().cases.append(c);
        } else if (x.name() == u"failure"_s && !suites.isEmpty() &&
                   !suites.last().cases.isEmpty()) {
            Case& c = suites.last().cases.last();
            c.failed = true;
            c.failureMessage = attr("message");
            c.failureText = x.readElementText();
        }
    }
    if (x.hasError())
        *error = x.errorString();
    return suites;
}

} // namespace

class TstIkCallEval : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_served = 0; }
    void helpListsItsExitStatus();
    void failingAssertionsExit17AndJUnitReadsBack();
    void allPassingExitsZeroWithJson();
    void templatingErrorSaysWhereAndSendsNothing();
    void killedRunResumesWithoutRepeatingCalls();
    void theExampleSetRunsWithItsDeliberateFailures();

private:
    QString writeSet(const QString& name, int rows, bool failOne, int workloads = 2);
    Result eval(const QStringList& args);
    QProcess* startEval(const QStringList& args);
    QProcessEnvironment env() const;

    QTemporaryDir m_dir;
    ik::sandbox::Sandbox* m_sandbox = nullptr;
    int m_served = 0;
};

void TstIkCallEval::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sandbox = new ik::sandbox::Sandbox(ik::sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    connect(m_sandbox, &ik::sandbox::Sandbox::requestFinished, this, [this] { ++m_served; });
}

QProcessEnvironment TstIkCallEval::env() const {
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"INFERENCEKEY_BASE_URL", "INFERENCEKEY_PROJECT", "INFERENCEKEY_API_KEY"})
        e.remove(QString::fromLatin1(v));
    // Neither the user's workloads nor their results store.
    e.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    e.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    e.insert(u"ACME_KEY"_s, m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s));
    e.insert(u"GLOBEX_KEY"_s, m_sandbox->config().keyFor(u"globex"_s, u"helpdesk"_s));
    e.insert(u"BILLING_KEY"_s, m_sandbox->config().keyFor(u"acme"_s, u"billing"_s));
    return e;
}

QString TstIkCallEval::writeSet(const QString& name, int rows, bool failOne, int workloads) {
    static const QStringList topics{u"refund"_s,   u"shipping"_s, u"password"_s,
                                    u"delivery"_s, u"account"_s,  u"coupon"_s};
    QJsonArray list;
    for (int i = 0; i < rows; ++i)
        list.append(QJsonObject{{u"topic"_s, topics[i % topics.size()]}});
    if (failOne)
        list[1] = QJsonObject{{u"topic"_s, u"invoice"_s},
                              {u"assert"_s, QJsonArray{QJsonObject{{u"type"_s, u"contains"_s},
                                                                   {u"value"_s, u"warranty"_s}}}}};
    QJsonArray uses{QJsonObject{{u"workload"_s, u"acme/support-bot"_s}, {u"temperature"_s, 0}}};
    if (workloads > 1)
        uses.append(QJsonObject{{u"workload"_s, u"globex/helpdesk"_s}, {u"temperature"_s, 0}});
    const QJsonObject set{{u"format"_s, u"ik-eval-set"_s},
                          {u"version"_s, 1},
                          {u"name"_s, name},
                          {u"prompt"_s, QJsonObject{{u"user"_s, u"Tell me about {{topic}}"_s}}},
                          {u"workloads"_s, uses},
                          {u"assertions"_s, QJsonArray{QJsonObject{{u"type"_s, u"contains"_s},
                                                                   {u"value"_s, u"{{topic}}"_s}}}},
                          {u"dataset"_s, QJsonObject{{u"rows"_s, list}}}};
    const QString path = m_dir.filePath(name + u".json"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(QJsonDocument(set).toJson());
    return path;
}

QProcess* TstIkCallEval::startEval(const QStringList& args) {
    auto* p = new QProcess(this);
    p->setProcessEnvironment(env());
    p->start(qEnvironmentVariable("IK_CALL_BIN"),
             QStringList{u"eval"_s} + args +
                 QStringList{u"--base-url"_s, m_sandbox->baseUrl(), u"--api-key-env"_s,
                             u"acme/support-bot=ACME_KEY"_s, u"--api-key-env"_s,
                             u"globex/helpdesk=GLOBEX_KEY"_s, u"--api-key-env"_s,
                             u"acme/billing=BILLING_KEY"_s});
    return p;
}

Result TstIkCallEval::eval(const QStringList& args) {
    QProcess* p = startEval(args);
    QSignalSpy done(p, &QProcess::finished);
    if (!done.wait(60000)) {
        p->kill();
        done.wait(5000);
    }
    Result r{p->exitCode(), QString::fromUtf8(p->readAllStandardOutput()),
             QString::fromUtf8(p->readAllStandardError())};
    p->deleteLater();
    return r;
}

void TstIkCallEval::helpListsItsExitStatus() {
    const Result r = eval({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"ik-call eval SET.json"_s));
    QVERIFY2(r.out.contains(u"17  eval: an assertion failed"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"--junit"_s));
}

void TstIkCallEval::failingAssertionsExit17AndJUnitReadsBack() {
    const QString junit = m_dir.filePath(u"a.xml"_s);
    const Result r = eval({writeSet(u"support"_s, 4, true), u"--junit"_s, junit, u"--store"_s,
                           m_dir.filePath(u"a.sqlite"_s)});
    QVERIFY2(r.exitCode == 17, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(u"acme/support-bot: 3/4 passed (75.0%, 95% CI 30–95%)"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"FAIL row 2 · globex/helpdesk · contains \"warranty\""_s));
    QCOMPARE(m_served, 8);

    QString error;
    const QList<Suite> suites = readJUnit(junit, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(suites.size(), 2);
    QCOMPARE(suites[0].name, u"acme/support-bot"_s);
    QCOMPARE(suites[1].name, u"globex/helpdesk"_s);
    for (const Suite& s : suites) {
        QCOMPARE(s.tests, 4);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.errors, 0);
        QCOMPARE(s.cases.size(), 4);
        QCOMPARE(s.cases[0].name, u"row 1: Tell me about refund"_s);
        QVERIFY(!s.cases[0].failed);
        QVERIFY(s.cases[1].failed);
        QCOMPARE(s.cases[1].failureMessage, u"contains \"warranty\""_s);
        QVERIFY2(s.cases[1].failureText.contains(u"\"warranty\" is not in the answer"_s),
                 qPrintable(s.cases[1].failureText));
    }
}

void TstIkCallEval::allPassingExitsZeroWithJson() {
    const Result r = eval({writeSet(u"green"_s, 3, false), u"--workload"_s, u"acme/support-bot"_s,
                           u"--json"_s, u"--store"_s, m_dir.filePath(u"b.sqlite"_s)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QCOMPARE(m_served, 3); // only the workload asked for
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"state"_s].toString(), u"done"_s);
    const QJsonArray workloads = o[u"workloads"_s].toArray();
    QCOMPARE(workloads.size(), 1);
    QCOMPARE(workloads[0][u"passed"_s].toInt(), 3);
    QCOMPARE(workloads[0][u"pass_rate"_s].toDouble(), 1.0);
    QVERIFY(o[u"failures"_s].toArray().isEmpty());
}

void TstIkCallEval::templatingErrorSaysWhereAndSendsNothing() {
    QString path = writeSet(u"broken"_s, 2, false);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll().replace("Tell me about {{topic}}", "{{topic}} for {{tier}}");
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(json);
    f.close();
    const Result r = eval({path, u"--store"_s, m_dir.filePath(u"c.sqlite"_s)});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(u"broken.json, row 1, field \"tier\": the template uses {{tier}}"_s),
             qPrintable(r.err));
    QTest::qWait(100);
    QCOMPARE(m_served, 0);
}

void TstIkCallEval::killedRunResumesWithoutRepeatingCalls() {
    const QString store = m_dir.filePath(u"d.sqlite"_s);
    const QString set = writeSet(u"resume"_s, 6, false, 1);
    const QStringList args{set, u"--concurrency"_s, u"1"_s, u"--store"_s, store};
    m_sandbox->setTokensPerSecond(150); // each answer takes a few tenths of a second
    QProcess* p = startEval(args);
    {
        ik::eval::EvalStore reader(store);
        QTRY_VERIFY_WITH_TIMEOUT(reader.isOpen() && !reader.runs().isEmpty() &&
                                     reader.resultCount(reader.runs().first().id) >= 2,
                                 30000);
    }
    p->kill(); // SIGKILL: no handler runs, nothing is flushed
    QVERIFY(p->waitForFinished(5000));
    QCOMPARE(p->exitStatus(), QProcess::CrashExit);
    QTest::qWait(500); // the sandbox notices the dropped stream
    m_sandbox->setTokensPerSecond(0);
    const int servedBefore = m_served;
    int storedBefore = 0;
    {
        ik::eval::EvalStore reader(store);
        storedBefore = reader.resultCount(reader.runs().first().id);
        QCOMPARE(reader.runs().first().state, u"running"_s);
    }
    QVERIFY(storedBefore >= 2 && storedBefore < 6);

    const Result r = eval(args);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.err.contains(u"resuming run 1: %1 of 6 results already stored"_s.arg(storedBefore)),
             qPrintable(r.err));
    // Every call that finished before the kill was stored and not made again; only the one on
    // the wire at the kill (if any) was.
    QCOMPARE(m_served - servedBefore, 6 - storedBefore);
    ik::eval::EvalStore reader(store);
    QCOMPARE(reader.runs().size(), 1);
    QCOMPARE(reader.resultCount(reader.runs().first().id), 6);
    QCOMPARE(reader.runs().first().state, u"done"_s);
}

// docs/examples/eval/support.json against the sandbox's two chat workloads: the sandbox answers
// deterministically at temperature 0, so the example's deliberate failures are always the same.
void TstIkCallEval::theExampleSetRunsWithItsDeliberateFailures() {
    const QString set =
        qEnvironmentVariable("IK_SOURCE_DIR") + u"/docs/examples/eval/support.json"_s;
    const QString junit = m_dir.filePath(u"example.xml"_s);
    const Result r = eval({set, u"--concurrency"_s, u"8"_s, u"--junit"_s, junit, u"--store"_s,
                           m_dir.filePath(u"e.sqlite"_s)});
    QVERIFY2(r.exitCode == 17, qPrintable(r.err + r.out));
    QVERIFY(!r.err.contains(u"warning"_s)); // every column is used
    QVERIFY2(
        r.out.contains(
            u"acme/support-bot: 26/30 passed (86.7%, 95% CI 70–95%), 1 call failed, latency p50 "_s),
        qPrintable(r.out));
    QVERIFY(
        r.out.contains(u"globex/helpdesk: 26/30 passed (86.7%, 95% CI 70–95%), 1 call failed"_s));
    QVERIFY(r.out.contains(u"FAIL row 10 · acme/support-bot · talks about the topic: the call "
                           "failed: api error (status 500)"_s));
    QVERIFY(r.out.contains(u"FAIL row 28 · globex/helpdesk · apologises in Spanish"_s));
    QString error;
    const QList<Suite> suites = readJUnit(junit, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(suites.size(), 2);
    QCOMPARE(suites[0].failures, 3);
    QCOMPARE(suites[0].errors, 1);
    QVERIFY(!suites[0].cases[1].failed);  // graded 0.6 by the sandbox's judge
    QVERIFY(!suites[0].cases[4].failed);  // similar enough to its expected answer
    QVERIFY(!suites[0].cases[15].failed); // the tool call row: lookup_order was called
}

QTEST_GUILESS_MAIN(TstIkCallEval)
#include "tst_ikcalleval.moc"
