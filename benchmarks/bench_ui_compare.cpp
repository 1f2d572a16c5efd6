// How the compare view holds up with many panes streaming at once (issue 5 "Benchmarks"): the
// real CompareView (with its history) offscreen, every pane fed by an in-process ik-sandbox at
// 500 tokens/s with a long reply, for 1, 2, 4 and 6 streaming panes.
//
//   BENCH compare_throughput_ratio_n6  mean per-pane tokens/s with 6 panes divided by that with 1
//   BENCH compare_max_stall_ms_n6      the longest event-loop block with 6 panes (lateness of a
//                                      1 ms timer)
//
// The view never has fewer than two panes: the single-pane baseline leaves the second pane
// without a workload, so it is refused locally and sends nothing.

#include "compareview.h"
#include "history.h"
#include "runsession.h"
#include "sandbox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace ik;

namespace {

constexpr double kRate = 500;
constexpr int kTokens = 1500; // 3 s per stream at 500 tokens/s

struct Result {
    double meanTokensPerSecond = 0;
    qint64 maxStallMs = 0;
    qint64 maxStallAtMs = 0;        // when the worst block ended, since the send
    qint64 maxStallStreamingMs = 0; // before the first pane ended: the streaming itself
    qint64 wallMs = 0;
    int streamed = 0;
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ik-playground-bench"));
    QStandardPaths::setTestModeEnabled(true);

    sandbox::Sandbox sandbox;
    QString error;
    if (!sandbox.listen(0, &error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    sandbox.setTokensPerSecond(kRate);
    sandbox.setReplyTokens(kTokens);
    const QString key =
        sandbox.config().keyFor(QStringLiteral("acme"), QStringLiteral("support-bot"));

    QTemporaryDir dir;
    History history(dir.filePath(QStringLiteral("history.sqlite")));
    QNetworkAccessManager nam;
    CredentialGuard guard;
    SessionServices services;
    services.nam = &nam;
    services.guard = &guard;
    services.keyLookup = [key](const Workload&, std::function<void(QString)> done) { done(key); };
    services.history = &history;
    CompareView view(&services);
    Workload w;
    w.id = QStringLiteral("bench");
    w.name = QStringLiteral("Support bot");
    w.baseUrl = sandbox.baseUrl();
    w.project = QStringLiteral("acme");
    w.slug = QStringLiteral("support-bot");
    view.setWorkloads({w});
    view.setTimeouts(30000, 30000);
    view.setPrompt(QStringLiteral("Write a long answer about streaming."));
    view.resize(1600, 1000);
    view.show();

    auto runWith = [&](int streaming) {
        view.setPaneCount(std::max(streaming, int(CompareView::kMinPanes)));
        for (int i = 0; i < view.paneCount(); ++i) {
            ChatParams p;
            p.temperature = 0.7;
            p.seed = i;
            view.pane(i)->setParams(p);
            view.pane(i)->setWorkloadId(i < streaming ? w.id : QString());
        }
        Result r;
        QElapsedTimer clock;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        qint64 last = -1;
        bool anyEnded = false;
        QList<QMetaObject::Connection> ends;
        for (int i = 0; i < view.paneCount(); ++i)
            ends.append(QObject::connect(view.pane(i), &ComparePane::runEnded,
                                         [&anyEnded] { anyEnded = true; }));
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            if (last >= 0 && !anyEnded)
                r.maxStallStreamingMs = std::max(r.maxStallStreamingMs, now - last - 1);
            if (last >= 0 && now - last - 1 > r.maxStallMs) {
                r.maxStallMs = now - last - 1;
                r.maxStallAtMs = now;
            }
            last = now;
        });
        QEventLoop loop;
        QObject::connect(&view, &CompareView::comparisonFinished, &loop, &QEventLoop::quit);
        clock.start();
        ticker.start();
        view.send();
        loop.exec();
        ticker.stop();
        r.wallMs = clock.elapsed();
        for (const auto& c : ends)
            QObject::disconnect(c);
        double sum = 0;
        for (int i = 0; i < streaming; ++i) {
            const ComparePaneResult& res = view.pane(i)->result();
            if (res.runs.isEmpty() || res.runs.last().state != QLatin1String("done")) {
                std::fprintf(stderr, "pane %d did not finish: %s\n", i + 1,
                             res.runs.isEmpty() ? "no run" : qPrintable(res.runs.last().error));
                continue;
            }
            sum += res.runs.last().metrics.tokensPerSecond;
            ++r.streamed;
        }
        r.meanTokensPerSecond = r.streamed ? sum / r.streamed : 0;
        std::printf("panes=%d streamed=%d mean_tokens_per_s=%.1f max_stall_ms=%lld (at %lld ms) "
                    "max_stall_while_streaming_ms=%lld wall_ms=%lld\n",
                    streaming, r.streamed, r.meanTokensPerSecond, (long long)r.maxStallMs,
                    (long long)r.maxStallAtMs, (long long)r.maxStallStreamingMs,
                    (long long)r.wallMs);
        std::fflush(stdout);
        return r;
    };

    runWith(1); // warm-up: connections, fonts, the database
    Result one = runWith(1);
    runWith(2);
    runWith(4);
    Result six = runWith(6);
    if (one.streamed != 1 || six.streamed != 6 || one.meanTokensPerSecond <= 0)
        return 1;
    std::printf("BENCH compare_throughput_ratio_n6 %.3f ratio\n",
                six.meanTokensPerSecond / one.meanTokensPerSecond);
    std::printf("BENCH compare_max_stall_ms_n6 %lld ms\n", (long long)six.maxStallMs);
    return 0;
}
