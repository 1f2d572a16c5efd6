// ik-call --stream against curl reading the same unpaced sandbox stream. Both are timed from the
// outside the same way (process start -> first streamed byte of the answer, process start ->
// exit), so the ratio is what a person at a terminal would feel, process start-up included.
//
// BENCH ttft_overhead_ratio   median ik-call time to first token / median curl's
// BENCH total_overhead_ratio  median ik-call total / median curl's

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

struct Timing {
    double firstMs = -1;
    double totalMs = -1;
};

QString findProgram(const QString& name) {
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/../app");
    const QString local = QStandardPaths::findExecutable(name, {dir});
    return local.isEmpty() ? QStandardPaths::findExecutable(name) : local;
}

// Runs a program and times the first stdout byte that matches `firstMarker` and the exit.
Timing timeProcess(const QString& program, const QStringList& args, const QByteArray& firstMarker,
                   const QProcessEnvironment& env) {
    QProcess p;
    p.setProcessEnvironment(env);
    Timing t;
    QElapsedTimer clock;
    QByteArray seen;
    QEventLoop loop;
    QObject::connect(&p, &QProcess::readyReadStandardOutput, [&] {
        seen += p.readAllStandardOutput();
        if (t.firstMs < 0 && (firstMarker.isEmpty() ? !seen.isEmpty() : seen.contains(firstMarker)))
            t.firstMs = clock.nsecsElapsed() / 1e6;
        if (seen.size() > 4096)
            seen = seen.right(64);
    });
    QObject::connect(&p, &QProcess::finished, &loop, [&] {
        t.totalMs = clock.nsecsElapsed() / 1e6;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, [&] {
        p.kill();
        loop.quit();
    });
    clock.start();
    p.start(program, args);
    loop.exec();
    if (p.exitCode() != 0)
        std::fprintf(stderr, "%s exited %d: %s\n", qPrintable(program), p.exitCode(),
                     p.readAllStandardError().constData());
    return t;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString sandboxBin = findProgram(QStringLiteral("ik-sandbox"));
    const QString callBin = findProgram(QStringLiteral("ik-call"));
    const QString curlBin = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (sandboxBin.isEmpty() || callBin.isEmpty() || curlBin.isEmpty()) {
        std::fprintf(stderr, "bench_cli needs ik-sandbox, ik-call and curl on PATH\n");
        return 1;
    }

    QProcess sandbox;
    sandbox.start(sandboxBin, {QStringLiteral("--port"), QStringLiteral("0"),
                               QStringLiteral("--tokens-per-second"), QStringLiteral("0")});
    QByteArray banner;
    {
        QEventLoop loop;
        QObject::connect(&sandbox, &QProcess::readyReadStandardOutput, &loop, [&] {
            banner += sandbox.readAllStandardOutput();
            if (banner.contains("control-token"))
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    QString base, key;
    for (const QByteArray& line : banner.split('\n')) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.value(0) == "listening")
            base = QString::fromUtf8(f.value(1));
        else if (f.value(0) == "key" && f.value(1) == "acme/support-bot")
            key = QString::fromUtf8(f.value(2));
    }
    if (base.isEmpty() || key.isEmpty()) {
        std::fprintf(stderr, "ik-sandbox did not print its banner: %s\n", banner.constData());
        return 1;
    }

    const int tokens = 2000;
    const int runs = 9;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("INFERENCEKEY_API_KEY"), key);
    const QString url = base + QStringLiteral("/endpoint/acme/support-bot/v1/chat/completions");
    const QString body =
        QStringLiteral(
            R"({"model":"support-bot","messages":[{"role":"user","content":"Tell me a long story"}],"stream":true,"max_tokens":%1,"seed":1})")
            .arg(tokens);
    const QStringList curlArgs = {QStringLiteral("-sN"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Authorization: Bearer ") + key,
                                  QStringLiteral("-H"),
                                  QStringLiteral("Content-Type: application/json"),
                                  QStringLiteral("-H"),
                                  QStringLiteral("Accept: text/event-stream"),
                                  QStringLiteral("-d"),
                                  body,
                                  url};
    const QStringList callArgs = {QStringLiteral("chat"),
                                  QStringLiteral("--stream"),
                                  QStringLiteral("--base-url"),
                                  base,
                                  QStringLiteral("--project"),
                                  QStringLiteral("acme"),
                                  QStringLiteral("--workload"),
                                  QStringLiteral("support-bot"),
                                  QStringLiteral("--max-tokens"),
                                  QString::number(tokens),
                                  QStringLiteral("--seed"),
                                  QStringLiteral("1"),
                                  QStringLiteral("Tell me a long story")};

    QList<double> curlFirst, curlTotal, callFirst, callTotal;
    // Interleaved so drift in machine load hits both alike; one warm-up of each first.
    timeProcess(curlBin, curlArgs, "\"content\":\"", env);
    timeProcess(callBin, callArgs, {}, env);
    for (int i = 0; i < runs; ++i) {
        // curl's first answer byte is the first frame that carries content (the first one is
        // role-only), ik-call's is the first text it prints.
        const Timing c = timeProcess(curlBin, curlArgs, "\"content\":\"", env);
        const Timing k = timeProcess(callBin, callArgs, {}, env);
        curlFirst << c.firstMs;
        curlTotal << c.totalMs;
        callFirst << k.firstMs;
        callTotal << k.totalMs;
    }
    sandbox.terminate();
    sandbox.waitForFinished(5000);

    std::printf(
        "# %d runs, %d tokens each, unpaced sandbox; medians: curl first %.2f ms total %.2f ms, "
        "ik-call first %.2f ms total %.2f ms\n",
        runs, tokens, median(curlFirst), median(curlTotal), median(callFirst), median(callTotal));
    std::printf("BENCH ttft_overhead_ratio %.3f ratio\n", median(callFirst) / median(curlFirst));
    std::printf("BENCH total_overhead_ratio %.3f ratio\n", median(callTotal) / median(curlTotal));
    return 0;
}
