// How the playground's answer view holds up under a long stream (issue 4 "Benchmarks"): the real
// PlaygroundView (with its history and inspector) offscreen, fed by an in-process ik-sandbox.
//
//   BENCH render_cost_growth   mean view cost per token over the last 5,000 tokens divided by
//                              that over the first 5,000 (50,000 tokens at 2,000 tokens/s)
//   BENCH render_max_stall_ms  the longest event-loop block while that stream ran (lateness of
//                              a 1 ms timer)
//   BENCH render_tokens_per_s  tokens per second the view absorbs from an unpaced sandbox

#include "history.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "streamview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace ik;

namespace {

constexpr int kTokens = 50000;
constexpr int kWindow = 5000;
constexpr double kPacedRate = 2000;

struct Pass {
    bool paced = true;
    int tokens = 0;
    qint64 nanosAtFirstWindow = -1;
    qint64 nanosAtLastWindowStart = -1;
    qint64 nanosAtEnd = -1;
    qint64 maxStallMs = 0;
    qint64 firstTokenNs = -1;
    qint64 endNs = -1;
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
    PlaygroundView view(&services);
    Workload w;
    w.id = QStringLiteral("bench");
    w.name = QStringLiteral("Support bot");
    w.baseUrl = sandbox.baseUrl();
    w.project = QStringLiteral("acme");
    w.slug = QStringLiteral("support-bot");
    view.setWorkload(w);
    view.setTimeouts(30000, 30000);
    view.resize(1400, 900);
    view.show();
    QWidget* inspector = view.inspector();
    inspector->setParent(nullptr); // as if docked: a visible frames table that keeps up
    inspector->resize(700, 900);
    if (auto* tabs = inspector->findChild<QTabWidget*>())
        tabs->setCurrentIndex(2);
    inspector->show();

    QElapsedTimer clock;
    clock.start();
    Pass pass;
    // The event loop's health: a 1 ms timer that notes how late it fires.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    qint64 lastBeat = -1;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (lastBeat >= 0 && pass.tokens > 0)
            pass.maxStallMs = qMax(pass.maxStallMs, now - lastBeat - 1);
        lastBeat = now;
    });

    std::function<void(bool)> start;
    QObject::connect(&view, &PlaygroundView::runStarted, [&] {
        Run* run = view.currentRun();
        QObject::connect(run, &Run::chunkReceived, &view, [&] {
            ++pass.tokens;
            StreamView* answer = view.answerView();
            if (pass.tokens == 1)
                pass.firstTokenNs = clock.nsecsElapsed();
            if (pass.tokens == kWindow)
                pass.nanosAtFirstWindow = answer->renderNanos();
            if (pass.tokens == kTokens - kWindow)
                pass.nanosAtLastWindowStart = answer->renderNanos();
        });
    });
    QObject::connect(&view, &PlaygroundView::runEnded, [&](RunState state) {
        pass.endNs = clock.nsecsElapsed();
        pass.nanosAtEnd = view.answerView()->renderNanos();
        if (state != RunState::Done || pass.tokens < kTokens) {
            std::fprintf(stderr, "run ended %s after %d tokens\n", qPrintable(runStateName(state)),
                         pass.tokens);
            app.exit(1);
            return;
        }
        if (pass.paced) {
            const double first = double(pass.nanosAtFirstWindow) / kWindow;
            const double last = double(pass.nanosAtEnd - pass.nanosAtLastWindowStart) / kWindow;
            std::printf("# paced: %d tokens, %d flushes, view cost %.2f us/token first 5k, %.2f "
                        "us/token last 5k\n",
                        pass.tokens, view.answerView()->flushCount(), first / 1000.0,
                        last / 1000.0);
            std::printf("BENCH render_cost_growth %.3f ratio\n", last / first);
            std::printf("BENCH render_max_stall_ms %lld ms\n", qlonglong(pass.maxStallMs));
            std::fflush(stdout);
            QTimer::singleShot(0, [&] { start(false); });
            return;
        }
        const double seconds = double(pass.endNs - pass.firstTokenNs) / 1e9;
        std::printf("# unpaced: %d tokens in %.2f s, longest event-loop block %lld ms\n",
                    pass.tokens, seconds, qlonglong(pass.maxStallMs));
        std::printf("BENCH render_tokens_per_s %.0f tokens/s\n", double(pass.tokens) / seconds);
        std::fflush(stdout);
        app.quit();
    });
    start = [&](bool paced) {
        pass = Pass{};
        pass.paced = paced;
        lastBeat = -1;
        sandbox.setTokensPerSecond(paced ? kPacedRate : 0);
        view.clearConversation(); // each pass asks the same single question
        view.setPrompt(QStringLiteral("Tell me about password resets"));
        view.send();
    };
    heartbeat.start();
    QTimer::singleShot(0, [&] { start(true); });
    return app.exec();
}
