// Evaluation runs against the sandbox over loopback: results land in the store as they arrive,
// a 429 waits its Retry-After, a row's fault column reaches the wire, a stopped run resumes
// without repeating a finished call, and a run timeout ends the run.

#include "evalassert.h"
#include "evalexport.h"
#include "evalresultsmodel.h"
#include "evalrunner.h"
#include "evalstore.h"
#include "sandbox.h"

#include "../testimages.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

class TestEvalRunner : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void resultsAreStoredPerCell();
    void rateLimitWaitsForRetryAfter();
    void faultColumnReachesTheWire();
    void stoppedRunResumesWithoutRepeatingCalls();
    void runTimeoutEndsTheRun();
    void templatingErrorsStopBeforeSending();
    void similarAndJudgeAskTheirWorkloads();
    void passRateIntervalIsWilsons();
    void twoRunsDiffAndExportAsCsv();
    void imagesComeFromTheirColumn();
    void concurrencyLimitsCallsOnTheWire();

private:
    EvalSet makeSet(int rows, const QByteArray& extra = {}) const;
    QList<Workload> workloadsFor(const EvalSet& set) const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    SessionServices m_services;
    QList<int> m_statuses; // of every request the sandbox answered
    QList<qint64> m_at;    // when, in ms of m_clock
    QElapsedTimer m_clock;
    int m_store = 0;
};

void TestEvalRunner::initTestCase() {
    qRegisterMetaType<ik::eval::Progress>();
    qRegisterMetaType<ik::eval::RunEnd>();
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    connect(m_sandbox, &sandbox::Sandbox::requestFinished, this,
            [this](const QString&, const QString&, int status) {
                m_statuses.append(status);
                m_at.append(m_clock.elapsed());
            });
    m_services.nam = &m_nam;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        done(m_sandbox->config().keyFor(w.project, w.slug));
    };
    m_clock.start();
}

void TestEvalRunner::init() {
    m_sandbox->setFault({});
    m_sandbox->setTokensPerSecond(0);
    m_statuses.clear();
    m_at.clear();
}

EvalSet TestEvalRunner::makeSet(int rows, const QByteArray& extra) const {
    static const QStringList topics{u"refund"_s,   u"shipping"_s, u"password"_s,
                                    u"delivery"_s, u"account"_s,  u"coupon"_s};
    QJsonArray list;
    for (int i = 0; i < rows; ++i)
        list.append(QJsonObject{{u"topic"_s, topics[i]}});
    list[1] = QJsonObject{{u"topic"_s, u"invoice"_s},
                          {u"assert"_s, QJsonArray{QJsonObject{{u"type"_s, u"contains"_s},
                                                               {u"value"_s, u"warranty"_s}}}}};
    QByteArray json = R"({"format":"ik-eval-set","version":1,"name":"runner",
        "prompt":{"system":"You are support.","user":"Tell me about {{topic}}"},
        "workloads":[{"workload":"acme/support-bot","temperature":0},
                     {"workload":"globex/helpdesk","temperature":0}],)" +
                      extra + R"("assertions":[{"type":"contains","value":"{{topic}}"},
                                      {"type":"max-tokens","value":200}],
        "dataset":{"rows":)" +
                      QJsonDocument(list).toJson() + "}}";
    LoadResult r = parseEvalSet(json, m_dir.filePath(u"set%1.json"_s.arg(rows)));
    if (!r.ok())
        qFatal("%s", qPrintable(r.errors.first().text()));
    return *r.set;
}

QList<Workload> TestEvalRunner::workloadsFor(const EvalSet& set) const {
    QList<Workload> list;
    for (const WorkloadUse& u : set.workloads) {
        QString error;
        list.append(*resolveWorkload(u.ref, {}, m_sandbox->baseUrl(), &error));
    }
    return list;
}

void TestEvalRunner::resultsAreStoredPerCell() {
    EvalStore store(m_dir.filePath(u"a.sqlite"_s));
    QVERIFY(store.isOpen());
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    QSignalSpy progress(&runner, &EvalRunner::progressChanged);
    QSignalSpy recorded(&store, &EvalStore::resultRecorded);
    EvalResultsModel model;
    const EvalSet set = makeSet(4);
    RunOptions options;
    options.concurrency = 2;
    QVERIFY2(runner.start(set, workloadsFor(set), options), qPrintable(runner.error()));
    model.setRun(&store, runner.runId(), set, {u"acme/support-bot"_s, u"globex/helpdesk"_s});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 1).data(CellStateRole).toString(), u"pending"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Done);
    QCOMPARE(changed.count(), 8); // one cell each, as its result arrived
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"globex/helpdesk"_s);
    QCOMPARE(model.index(1, 0).data().toString(), u"Tell me about invoice"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"pass"_s);
    QCOMPARE(model.index(1, 2).data(CellStateRole).toString(), u"fail"_s);
    QCOMPARE(model.index(1, 2).data().toString(), u"fail: contains \"warranty\""_s);
    QVERIFY(model.index(1, 2).data(Qt::ToolTipRole).toString().contains(u"is not in the answer"_s));
    QVERIFY(model.index(0, 2).data(TokensRole).toInt() > 0);
    QCOMPARE(recorded.count(), 8);
    QTRY_COMPARE(m_statuses.size(), 8);
    const Progress last = progress.last().first().value<Progress>();
    QCOMPARE(last.done, 8);
    QCOMPARE(last.total, 8);
    QCOMPARE(last.passed, 6); // row 2 asks for "warranty" on both workloads
    QCOMPARE(last.failed, 2);
    QCOMPARE(last.inFlight, 0);
    QCOMPARE(last.etaMs, 0);
    QVERIFY(last.throughput > 0);

    const std::optional<CellResult> ok = store.result(runner.runId(), 0, 1);
    QVERIFY(ok);
    QCOMPARE(ok->status, u"done"_s);
    QVERIFY(ok->passed);
    QVERIFY(ok->answer.contains(u"refund"_s));
    QVERIFY(ok->completionTokens > 0);
    QVERIFY(ok->totalMs >= ok->firstTokenMs && ok->firstTokenMs >= 0);
    const std::optional<CellResult> bad = store.result(runner.runId(), 1, 0);
    QVERIFY(!bad->passed);
    const QList<Outcome> outcomes = outcomesFromJson(bad->outcomes);
    QCOMPARE(outcomes.size(), 3);
    QVERIFY(outcomes[0].passed());
    QCOMPARE(outcomes[2].label, u"contains \"warranty\""_s);
    QVERIFY2(outcomes[2].reason.startsWith(u"\"warranty\" is not in the answer"_s),
             qPrintable(outcomes[2].reason));
    int seen = 0;
    store.forEach(runner.runId(), [&](const CellResult& r) {
        const int expectedRow = seen / 2, expectedWorkload = seen % 2;
        ++seen;
        return r.row == expectedRow && r.workload == expectedWorkload;
    });
    QCOMPARE(seen, 8);
    const QList<WorkloadTotals> totals = store.totals(runner.runId(), 2);
    QCOMPARE(totals[0].passed, 3);
    QCOMPARE(totals[1].cells, 4);
    QVERIFY(totals[0].p50Ms >= 0 && totals[0].p50Ms <= totals[0].p90Ms &&
            totals[0].p90Ms <= totals[0].p99Ms);
    qint64 slowest = 0;
    store.forEach(runner.runId(), [&](const CellResult& r) {
        if (r.workload == 0)
            slowest = std::max(slowest, r.totalMs);
        return true;
    });
    QCOMPARE(totals[0].p99Ms, slowest); // nearest rank of 4 values: the largest
    QCOMPARE(store.run(runner.runId())->state, u"done"_s);
}

void TestEvalRunner::rateLimitWaitsForRetryAfter() {
    EvalStore store(m_dir.filePath(u"b.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    // The first answer is a 429 (Retry-After: 2); then the sandbox serves again.
    m_sandbox->setFault(u"rate-limit"_s);
    connect(m_sandbox, &sandbox::Sandbox::requestFinished, &runner,
            [this](const QString&, const QString&, int status) {
                if (status == 429)
                    m_sandbox->setFault({});
            });
    EvalSet set = makeSet(2);
    set.rows.removeLast();
    set.workloads.removeLast();
    RunOptions options;
    options.concurrency = 1;
    QVERIFY(runner.start(set, workloadsFor(set), options));
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_statuses, QList<int>({429, 200}));
    QVERIFY2(m_at[1] - m_at[0] >= 1900, qPrintable(QString::number(m_at[1] - m_at[0])));
    const std::optional<CellResult> cell = store.result(runner.runId(), 0, 0);
    QCOMPARE(cell->status, u"done"_s);
    QCOMPARE(cell->attempts, 2);
    QVERIFY(cell->passed);
    QCOMPARE(runner.progress().retries, 1);
}

void TestEvalRunner::faultColumnReachesTheWire() {
    EvalStore store(m_dir.filePath(u"c.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    EvalSet set = makeSet(2);
    set.workloads.removeLast();
    set.rows[0].fault = u"server-error"_s;
    QVERIFY(runner.start(set, workloadsFor(set), {}));
    QVERIFY(finished.wait(20000));
    const std::optional<CellResult> cell = store.result(runner.runId(), 0, 0);
    QCOMPARE(cell->status, u"failed"_s);
    QCOMPARE(cell->attempts, 1); // a 500 is an answer, not a reason to wait
    QVERIFY2(cell->error.contains(u"500"_s), qPrintable(cell->error));
    QVERIFY(outcomesFromJson(cell->outcomes)[0].reason.startsWith(u"the call failed"_s));
    QCOMPARE(store.result(runner.runId(), 1, 0)->status, u"done"_s);
}

void TestEvalRunner::stoppedRunResumesWithoutRepeatingCalls() {
    const QString path = m_dir.filePath(u"d.sqlite"_s);
    const EvalSet set = makeSet(6);
    RunOptions options;
    options.concurrency = 1;
    qint64 runId = -1;
    {
        EvalStore store(path);
        EvalRunner runner(&m_services, &store);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        int cells = 0;
        connect(&runner, &EvalRunner::cellFinished, &runner, [&] {
            if (++cells == 5)
                runner.cancel();
        });
        QVERIFY(runner.start(set, workloadsFor(set), options));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::Cancelled);
        runId = runner.runId();
        QCOMPARE(store.resultCount(runId), 5);
        QCOMPARE(store.run(runId)->state, u"cancelled"_s);
    }
    // The other workload's call on the wire at the stop may or may not have been answered;
    // either way it has no result, and is the only one made again.
    QTest::qWait(300);
    const int servedBefore = int(m_statuses.size());
    QVERIFY(servedBefore == 5 || servedBefore == 6);
    EvalStore store(path);
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    QVERIFY(runner.start(set, workloadsFor(set), options));
    QCOMPARE(runner.runId(), runId);
    QCOMPARE(runner.progress().resumed, 5);
    QVERIFY(finished.wait(20000));
    QCOMPARE(runner.callsMade(), 7);
    QTRY_COMPARE(m_statuses.size(), servedBefore + 7);
    QCOMPARE(store.resultCount(runId), 12);
    QCOMPARE(store.run(runId)->state, u"done"_s);

    // Finished, the set starts afresh the next time.
    EvalRunner again(&m_services, &store);
    options.resume = true;
    QVERIFY(again.start(set, workloadsFor(set), options));
    QVERIFY(again.runId() != runId);
    again.cancel();
}

void TestEvalRunner::runTimeoutEndsTheRun() {
    m_sandbox->setTokensPerSecond(20); // each reply takes a couple of seconds
    EvalStore store(m_dir.filePath(u"e.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    const EvalSet set = makeSet(3);
    RunOptions options;
    options.runTimeoutMs = 300;
    QElapsedTimer t;
    t.start();
    QVERIFY(runner.start(set, workloadsFor(set), options));
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<RunEnd>(), RunEnd::TimedOut);
    QVERIFY(t.elapsed() < 2000);
    QCOMPARE(store.resultCount(runner.runId()), 0);
    QCOMPARE(store.run(runner.runId())->state, u"timed-out"_s);
    QVERIFY(!runner.isRunning());
}

void TestEvalRunner::templatingErrorsStopBeforeSending() {
    EvalStore store(m_dir.filePath(u"f.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    EvalSet set = makeSet(2);
    QJsonObject vars = set.rows[1].vars();
    vars.remove(u"topic"_s);
    set.rows[1].setVars(vars);
    QVERIFY(!runner.start(set, workloadsFor(set), {}));
    QVERIFY2(runner.error().contains(u"row 2, field \"topic\""_s), qPrintable(runner.error()));
    QTest::qWait(50);
    QVERIFY(m_statuses.isEmpty());
    QVERIFY(store.runs().isEmpty());
}

void TestEvalRunner::similarAndJudgeAskTheirWorkloads() {
    const QByteArray json = R"({"format":"ik-eval-set","version":1,
        "prompt":{"user":"Tell me about {{topic}}"},
        "workloads":[{"workload":"acme/support-bot","temperature":0}],
        "assertions":[
          {"type":"similar","workload":"acme/billing","threshold":0.8},
          {"type":"judge","workload":"acme/support-bot","threshold":0.5,
           "rubric":"Mentions {{topic}} and offers more detail"}],
        "dataset":{"rows":[
          {"topic":"refund","expected":"Good question about refund. The key point is that refund usually depends on refund. Let me know if you want more detail on refund."},
          {"topic":"shipping","expected":"Quantum chromodynamics binds gluons",
           "assert":{"type":"judge","workload":"acme/support-bot","threshold":0.5,
                     "rubric":"Apologises sincerely"}}]}})";
    const LoadResult loaded = parseEvalSet(json, m_dir.filePath(u"decide.json"_s));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).text()));
    EvalStore store(m_dir.filePath(u"g.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    QString error;
    Workload billing = *resolveWorkload(u"acme/billing"_s, {}, m_sandbox->baseUrl(), &error);
    billing.kind = WorkloadKind::Embedding;
    runner.setDeciders(
        {{u"acme/billing"_s, billing}, {u"acme/support-bot"_s, workloadsFor(*loaded.set).first()}});
    QSignalSpy finished(&runner, &EvalRunner::finished);
    QVERIFY(runner.start(*loaded.set, workloadsFor(*loaded.set), {}));
    QVERIFY(finished.wait(20000));
    // Each row: its answer, an embedding of answer and expected, then one grade per judge.
    QTRY_COMPARE(m_statuses.size(), 2 + 2 + 3);

    const QList<Outcome> close = outcomesFromJson(store.result(runner.runId(), 0, 0)->outcomes);
    QCOMPARE(close.size(), 2);
    QVERIFY2(close[0].passed(), qPrintable(close[0].reason));
    QVERIFY(*close[0].score > 0.8);
    QVERIFY(close[0].reason.startsWith(u"similarity 0."_s));
    // The sandbox's judge counts the rubric's words in the answer: refund, more, detail of 5.
    QCOMPARE(close[1].score, 0.6);
    QVERIFY2(close[1].reason.startsWith(u"graded 0.6 (threshold 0.5): 3 of 5 rubric words appear "
                                        "in the answer (refund, more, detail)"_s),
             qPrintable(close[1].reason));
    QVERIFY(store.result(runner.runId(), 0, 0)->passed);

    const QList<Outcome> far = outcomesFromJson(store.result(runner.runId(), 1, 0)->outcomes);
    QCOMPARE(far.size(), 3);
    QVERIFY(!far[0].passed());
    QVERIFY(*far[0].score < 0.8);
    QVERIFY(far[1].passed());
    QVERIFY(!far[2].passed());
    QCOMPARE(far[2].reason,
             u"graded 0 (threshold 0.5): 0 of 2 rubric words appear in the answer"_s);
}

void TestEvalRunner::passRateIntervalIsWilsons() {
    auto near = [](std::pair<double, double> got, double low, double high) {
        return std::abs(got.first - low) < 1e-4 && std::abs(got.second - high) < 1e-4;
    };
    QVERIFY(near(passRateInterval(26, 30), 0.70319, 0.94690));
    QVERIFY(near(passRateInterval(0, 10), 0.0, 0.27753));
    QVERIFY(near(passRateInterval(10, 10), 0.72247, 1.0));
    QVERIFY(near(passRateInterval(0, 0), 0.0, 0.0));
}

void TestEvalRunner::twoRunsDiffAndExportAsCsv() {
    EvalStore store(m_dir.filePath(u"h.sqlite"_s));
    auto runOnce = [&](int faultyRow) {
        EvalSet set = makeSet(3);
        set.workloads.removeLast();
        set.rows[faultyRow].fault = u"server-error"_s;
        EvalRunner runner(&m_services, &store);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        if (!runner.start(set, workloadsFor(set), {}) || !finished.wait(20000))
            return qint64(-1);
        return runner.runId();
    };
    const qint64 before = runOnce(0), after = runOnce(2);
    QVERIFY(before > 0 && after > before);
    QList<CellChange> changes;
    store.diff(before, after, [&](const CellChange& c) {
        changes.append(c);
        return true;
    });
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].row, 0);
    QVERIFY(changes[0].nowPasses); // improved
    QCOMPARE(changes[1].row, 2);
    QVERIFY(!changes[1].nowPasses); // regressed
    QVERIFY(outcomesFromJson(changes[1].outcomes)[0].reason.contains(u"500"_s));

    EvalSet set = makeSet(3);
    set.rows[0].setVars({{u"topic"_s, u"=HYPERLINK(\"x\")"_s}});
    set.messages.last().content = u"{{topic}}"_s;
    QBuffer csv;
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QVERIFY(writeCsv(store, after, set, {u"acme/support-bot"_s}, &csv));
    const QList<QByteArray> lines = csv.data().split('\n');
    QCOMPARE(lines.size(), 3 + 2); // header, three cells, the empty end
    QVERIFY(lines[0].startsWith("row,prompt,workload,status,passed,assertion,reason,total_ms"));
    // A prompt a spreadsheet would run as a formula is quoted as text.
    QVERIFY2(lines[1].startsWith("1,\"'=HYPERLINK(\"\"x\"\")\",acme/support-bot,done"),
             lines[1].constData());
    QVERIFY2(lines[3].startsWith(
                 "3,password,acme/support-bot,failed,no,\"contains \"\"password\"\"\",the "
                 "call failed: api error (status 500)"),
             lines[3].constData());
}

void TestEvalRunner::imagesComeFromTheirColumn() {
    QDir(m_dir.path()).mkpath(u"pics"_s);
    QFile png(m_dir.filePath(u"pics/chart.png"_s));
    QVERIFY(png.open(QIODevice::WriteOnly));
    png.write(testimages::png(64, 32));
    png.close();
    const QByteArray json = R"({"format":"ik-eval-set","version":1,
        "prompt":{"user":"What does the picture show?"},
        "workloads":[{"workload":"acme/support-bot","images_column":"image"}],
        "assertions":[{"type":"contains","value":"PNG, 64×32"}],
        "dataset":{"rows":[{"image":"pics/chart.png"},{"image":"pics/missing.png"}]}})";
    const LoadResult loaded = parseEvalSet(json, m_dir.filePath(u"vision.json"_s));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).text()));
    QVERIFY(checkTemplates(*loaded.set).warnings.isEmpty());
    EvalStore store(m_dir.filePath(u"i.sqlite"_s));
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    QVERIFY(runner.start(*loaded.set, workloadsFor(*loaded.set), {}));
    QVERIFY(finished.wait(20000));
    const CellResult seen = *store.result(runner.runId(), 0, 0);
    QVERIFY2(seen.passed, qPrintable(seen.answer)); // the sandbox describes what it was shown
    const CellResult missing = *store.result(runner.runId(), 1, 0);
    QCOMPARE(missing.status, u"invalid"_s);
    QCOMPARE(missing.attempts, 0);
    QVERIFY2(missing.error.endsWith(m_dir.filePath(u"pics/missing.png"_s) + u')'),
             qPrintable(missing.error));
    QVERIFY(outcomesFromJson(missing.outcomes)[0].reason.startsWith(u"the call failed"_s));
    QTRY_COMPARE(m_statuses.size(), 1); // the missing image sent nothing
}

void TestEvalRunner::concurrencyLimitsCallsOnTheWire() {
    m_sandbox->setTokensPerSecond(60); // each answer streams for about a second
    EvalStore store(m_dir.filePath(u"j.sqlite"_s));
    EvalSet set = makeSet(6);
    set.workloads[0].concurrency = 1; // one at a time here; the other takes the run's 8
    EvalRunner runner(&m_services, &store);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    int most = 0, mostOnTheWire = 0;
    connect(&runner, &EvalRunner::progressChanged, &runner,
            [&](const Progress& p) { most = std::max(most, p.inFlight); });
    QTimer sample;
    connect(&sample, &QTimer::timeout, &runner,
            [&] { mostOnTheWire = std::max(mostOnTheWire, m_sandbox->activeStreams()); });
    sample.start(10);
    RunOptions options;
    options.concurrency = 8;
    QVERIFY(runner.start(set, workloadsFor(set), options));
    QVERIFY(finished.wait(30000));
    // The second workload's six calls go out together, the first's one after the other: seven
    // streams at once on one host, past the six connections one network manager opens.
    QCOMPARE(most, 7);
    QCOMPARE(mostOnTheWire, 7);
    QCOMPARE(store.resultCount(runner.runId()), 12);
}

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "tst_evalrunner.moc"
