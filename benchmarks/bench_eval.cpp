// Evaluation runs against an unpaced ik-sandbox process with three chat workloads.
//
// BENCH eval_throughput_ratio  1,000 rows x 3 workloads at concurrency 8 per workload, through
//                              the EvalRunner (run session, assertions, SQLite per result),
//                              against wrk firing the same streamed requests at the same
//                              concurrency (24 connections), in the same run: cells/s over wrk's
//                              requests/s. Goal >= 0.9.
// BENCH eval_rss_mb_100k       peak resident memory (VmHWM) of `ik-call eval` over 100,000 rows
//                              against one workload.

#include "evalrunner.h"
#include "evalstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kKey =
    u"ik_live_0badcafe_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
constexpr int kRows = 1000;
constexpr int kConcurrency = 8;

QString findProgram(const QString& name) {
    const QString dir = QCoreApplication::applicationDirPath() + u"/../app"_s;
    const QString local = QStandardPaths::findExecutable(name, {dir});
    return local.isEmpty() ? QStandardPaths::findExecutable(name) : local;
}

// ik-sandbox with three chat workloads; returns its base URL, empty on failure.
QString startSandbox(QProcess* p, const QString& configPath) {
    QJsonArray workloads;
    for (const char* slug : {"w1", "w2", "w3"})
        workloads.append(QJsonObject{{u"slug"_s, QString::fromLatin1(slug)},
                                     {u"kind"_s, u"chat"_s},
                                     {u"model"_s, u"bench-model"_s}});
    const QJsonObject config{
        {u"projects"_s,
         QJsonArray{QJsonObject{
             {u"slug"_s, u"bench"_s},
             {u"workloads"_s, workloads},
             {u"keys"_s,
              QJsonArray{QJsonObject{{u"key"_s, kKey}, {u"workloads"_s, QJsonArray{u"*"_s}}}}}}}}};
    QFile f(configPath);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(QJsonDocument(config).toJson());
    f.close();
    p->start(findProgram(u"ik-sandbox"_s),
             {u"--port"_s, u"0"_s, u"--config"_s, configPath, u"--tokens-per-second"_s, u"0"_s});
    if (!p->waitForStarted(5000))
        return {};
    static const QRegularExpression listening(u"listening (http://127\\.0\\.0\\.1:\\d+)"_s);
    QByteArray out;
    while (p->waitForReadyRead(5000)) {
        out += p->readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            return m.captured(1);
    }
    return {};
}

EvalSet benchSet(int rows, int workloads) {
    EvalSet set;
    set.name = u"bench"_s;
    set.messages = {{u"system"_s, u"You are support."_s},
                    {u"user"_s, u"Question {{n}} about {{topic}}"_s}};
    static const QStringList topics{u"refund"_s, u"shipping"_s, u"password"_s, u"delivery"_s};
    for (int i = 0; i < rows; ++i) {
        set.rows.append(
            Row({{u"n"_s, QString::number(i)}, {u"topic"_s, topics[i % topics.size()]}}));
    }
    set.columns = {u"n"_s, u"topic"_s};
    for (int w = 1; w <= workloads; ++w) {
        WorkloadUse use;
        use.ref = u"bench/w%1"_s.arg(w);
        use.params.temperature = 0;
        set.workloads.append(use);
    }
    Assertion contains;
    contains.kind = AssertionKind::Contains;
    contains.value = u"{{topic}}"_s;
    set.assertions = {contains};
    return set;
}

// Cells per second of one EvalRunner run of the set, or -1.
double runnerThroughput(const EvalSet& set, const QString& base, const QString& storePath) {
    QNetworkAccessManager nam;
    SessionServices services;
    services.nam = &nam;
    services.keyLookup = [](const Workload&, std::function<void(QString)> done) { done(kKey); };
    EvalStore store(storePath);
    EvalRunner runner(&services, &store);
    QList<Workload> workloads;
    for (const WorkloadUse& u : set.workloads) {
        QString error;
        workloads.append(*resolveWorkload(u.ref, {}, base, &error));
    }
    RunOptions options;
    options.concurrency = kConcurrency;
    options.resume = false;
    QEventLoop loop;
    RunEnd end = RunEnd::Failed;
    QObject::connect(&runner, &EvalRunner::finished, &loop, [&](RunEnd e) {
        end = e;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    if (!runner.start(set, workloads, options)) {
        std::fprintf(stderr, "eval: %s\n", qPrintable(runner.error()));
        return -1;
    }
    loop.exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    if (end != RunEnd::Done || runner.progress().passed != runner.progress().total) {
        std::fprintf(stderr, "eval: ended %s with %d of %d passed\n", qPrintable(runEndName(end)),
                     runner.progress().passed, runner.progress().total);
        return -1;
    }
    return runner.progress().total / seconds;
}

QString luaString(const QByteArray& s) {
    return u"[==["_s + QString::fromUtf8(s) + u"]==]"_s;
}

// wrk over the same requests the runner sent (the same bodies, streamed, to the same three
// workloads), at the same number of connections; requests per second, or -1.
double wrkThroughput(const EvalSet& set, const QString& base, const QString& dir) {
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        std::fprintf(stderr, "wrk is not installed (apt install wrk)\n");
        return -1;
    }
    QString lua = u"local reqs = {}\n"_s;
    for (int w = 0; w < set.workloads.size(); ++w)
        for (int i = 0; i < set.rows.size(); ++i) {
            ChatRequest r = requestFor(set, set.rows[i], set.workloads[w]);
            r.model = u"w%1"_s.arg(w + 1);
            r.stream = true;
            r.params.includeUsage = true;
            lua += u"reqs[#reqs + 1] = wrk.format(\"POST\", "
                   u"\"/endpoint/bench/w%1/v1/chat/completions\", "
                   u"{[\"Content-Type\"] = \"application/json\", [\"Accept\"] = "
                   u"\"text/event-stream\", "
                   u"[\"Authorization\"] = \"Bearer %2\"}, %3)\n"_s.arg(w + 1)
                       .arg(kKey, luaString(chatBody(r)));
        }
    lua += u"local i = 0\nrequest = function()\n  i = i % #reqs + 1\n  return reqs[i]\nend\n"_s;
    const QString script = dir + u"/bench.lua"_s;
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write(lua.toUtf8());
    f.close();
    QProcess p;
    p.start(wrk, {u"-t2"_s, u"-c%1"_s.arg(kConcurrency * set.workloads.size()), u"-d5s"_s, u"-s"_s,
                  script, base});
    if (!p.waitForFinished(60000))
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression rate(u"Requests/sec:\\s+([0-9.]+)"_s);
    const auto m = rate.match(out);
    if (!m.hasMatch() || out.contains(u"Non-2xx"_s)) {
        std::fprintf(stderr, "wrk: %s\n", qPrintable(out));
        return -1;
    }
    return m.captured(1).toDouble();
}

// Peak resident memory of ik-call eval over a 100,000-row set, in MB, or -1.
double evalPeakRssMb(const QString& base, const QString& dir) {
    constexpr int rows = 100'000;
    QFile data(dir + u"/rows.jsonl"_s);
    if (!data.open(QIODevice::WriteOnly))
        return -1;
    static const char* topics[] = {"refund", "shipping", "password", "delivery"};
    for (int i = 0; i < rows; ++i)
        data.write("{\"n\":\"" + QByteArray::number(i) + "\",\"topic\":\"" + topics[i % 4] +
                   "\"}\n");
    data.close();
    const QByteArray set = R"({"format":"ik-eval-set","version":1,"name":"rss",
        "dataset":{"path":"rows.jsonl"},"prompt":{"user":"Question {{n}} about {{topic}}"},
        "workloads":[{"workload":"bench/w1","temperature":0}],
        "assertions":[{"type":"contains","value":"{{topic}}"}]})";
    QFile setFile(dir + u"/rss.json"_s);
    if (!setFile.open(QIODevice::WriteOnly))
        return -1;
    setFile.write(set);
    setFile.close();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"INFERENCEKEY_API_KEY"_s, kKey);
    env.insert(u"XDG_DATA_HOME"_s, dir);
    env.insert(u"XDG_CONFIG_HOME"_s, dir);
    p.setProcessEnvironment(env);
    p.start(findProgram(u"ik-call"_s),
            {u"eval"_s, setFile.fileName(), u"--base-url"_s, base, u"--concurrency"_s, u"8"_s,
             u"--store"_s, dir + u"/rss.sqlite"_s, u"--json"_s});
    if (!p.waitForStarted(5000))
        return -1;
    double peakKb = 0;
    const QString status = u"/proc/%1/status"_s.arg(p.processId());
    static const QRegularExpression hwm(u"VmHWM:\\s+(\\d+) kB"_s);
    while (!p.waitForFinished(200)) {
        QFile s(status);
        if (s.open(QIODevice::ReadOnly))
            if (const auto m = hwm.match(QString::fromLatin1(s.readAll())); m.hasMatch())
                peakKb = std::max(peakKb, m.captured(1).toDouble());
    }
    if (p.exitCode() != 0) {
        std::fprintf(stderr, "ik-call eval exited %d: %s\n", p.exitCode(),
                     p.readAllStandardError().constData());
        return -1;
    }
    return peakKb / 1024;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QProcess sandbox;
    const QString base = startSandbox(&sandbox, dir.filePath(u"sandbox.json"_s));
    if (base.isEmpty()) {
        std::fprintf(stderr, "ik-sandbox did not start\n");
        return 1;
    }
    const EvalSet set = benchSet(kRows, 3);
    runnerThroughput(benchSet(100, 3), base, dir.filePath(u"warm.sqlite"_s)); // warm up
    const double eval = runnerThroughput(set, base, dir.filePath(u"eval.sqlite"_s));
    const double wrk = wrkThroughput(set, base, dir.path());
    std::printf("eval: %.0f cells/s, wrk: %.0f requests/s\n", eval, wrk);
    if (eval > 0 && wrk > 0)
        std::printf("BENCH eval_throughput_ratio %.3f ratio\n", eval / wrk);
    const double rss = evalPeakRssMb(base, dir.path());
    if (rss > 0)
        std::printf("BENCH eval_rss_mb_100k %.1f MB\n", rss);
    sandbox.kill();
    sandbox.waitForFinished(2000);
    return eval > 0 && wrk > 0 && rss > 0 ? 0 : 1;
}
