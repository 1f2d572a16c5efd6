// How the playground's transcript holds up under a long conversation (the transcript issue's
// "Tests and benchmarks"): the real PlaygroundView offscreen, a conversation of Markdown finals
// (some with reasoning and tool calls) above, while a new answer streams from an in-process
// ik-sandbox at 2,000 tokens/s.
//
//   BENCH transcript_max_stall_ms   the longest event-loop block (lateness of a 1 ms timer)
//                                   while 20,000 tokens stream under 200 turns, the answer's
//                                   joining the transcript at the end included
//   BENCH transcript_cost_growth    main-thread CPU time per streamed token with 200 turns above
//                                   divided by that with 2 turns (the baseline, same run)

#include "conversationmodel.h"
#include "history.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "transcriptview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>

using namespace ik;

namespace {

constexpr int kTokens = 20000;
constexpr double kRate = 2000;
constexpr int kTailMs = 300; // measured on after the end: the answer joins the transcript

qint64 threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString markdownAnswer(int i) {
    return QStringLiteral("## Step %1\n\nTo reset a password, **open Settings** and pick "
                          "*Security*. Then:\n\n1. Choose `Reset password`.\n2. Check the mail "
                          "sent to you.\n3. Follow the link within 24 hours.\n\n```sh\nik-call "
                          "chat --workload support-bot \"reset %1\"\n```\n\n| field | value "
                          "|\n|---|---|\n| tries | %1 |\n| limit | 5 |\n\n> Keep the old "
                          "password until the new one works.\n")
        .arg(i);
}

// turns/2 exchanges; every fifth answer thought aloud, every seventh called a tool.
void fill(ConversationModel* c, int turns) {
    QList<ChatMessage> list;
    for (int i = 0; i < turns / 2; ++i) {
        list.append({QStringLiteral("user"), QStringLiteral("Question %1: how do I reset my "
                                                            "password on device %1?")
                                                 .arg(i)});
        ChatMessage a{QStringLiteral("assistant"), markdownAnswer(i)};
        if (i % 5 == 0)
            a.reasoning = QStringLiteral("The user asks about step %1. ").arg(i).repeated(20);
        if (i % 7 == 0) {
            ToolCall call;
            call.id = QStringLiteral("call_%1").arg(i);
            call.name = QStringLiteral("lookup_account");
            call.arguments = QStringLiteral("{\"device\":%1}").arg(i);
            a.toolCalls = {call};
        }
        list.append(a);
    }
    c->setTurns(list);
    for (int row = 1; row < c->rowCount(); row += 2)
        c->setInfo(row,
                   {QStringLiteral("headers 8 ms · first token 34 ms · 40.7 tok/s · finish "
                                   "stop · model meta-llama/Llama-3.1-8B-Instruct"),
                    QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"), QStringLiteral("stop")});
}

struct Pass {
    int turns = 0;
    int tokens = 0;
    qint64 cpuAtFirst = -1;
    qint64 cpuAtEnd = -1;
    qint64 maxStallMs = 0;
    qint64 streamStallMs = -1; // the same, up to the end of the stream
    bool measuring = false;
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
    sandbox.setTokensPerSecond(kRate);
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

    QElapsedTimer clock;
    clock.start();
    Pass pass;
    double baseline = 0;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    qint64 lastBeat = -1;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        if (lastBeat >= 0 && pass.measuring)
            pass.maxStallMs = qMax(pass.maxStallMs, now - lastBeat - 1);
        lastBeat = now;
    });

    std::function<void(int)> start;
    QObject::connect(&view, &PlaygroundView::runStarted, [&] {
        QObject::connect(view.currentRun(), &Run::chunkReceived, &view, [&] {
            if (++pass.tokens == 1) {
                pass.cpuAtFirst = threadCpuNs();
                pass.measuring = true;
            }
        });
    });
    QObject::connect(&view, &PlaygroundView::runEnded, [&](RunState state) {
        pass.cpuAtEnd = threadCpuNs();
        pass.streamStallMs = pass.maxStallMs;
        if (state != RunState::Done || pass.tokens < kTokens / 2) {
            std::fprintf(stderr, "run ended %s after %d tokens\n", qPrintable(runStateName(state)),
                         pass.tokens);
            app.exit(1);
            return;
        }
        QTimer::singleShot(kTailMs, [&] {
            const double perToken = double(pass.cpuAtEnd - pass.cpuAtFirst) / pass.tokens;
            std::printf("# %d turns: %d tokens, %.2f us CPU/token, longest block %lld ms (%lld "
                        "ms while streaming), %d documents built\n",
                        pass.turns, pass.tokens, perToken / 1000.0, qlonglong(pass.maxStallMs),
                        qlonglong(pass.streamStallMs),
                        view.transcript()->turnDelegate()->documentsBuilt());
            std::fflush(stdout);
            if (pass.turns == 2) {
                baseline = perToken;
                start(200);
                return;
            }
            std::printf("BENCH transcript_max_stall_ms %lld ms\n", qlonglong(pass.maxStallMs));
            std::printf("BENCH transcript_cost_growth %.3f ratio\n", perToken / baseline);
            std::fflush(stdout);
            app.quit();
        });
    });
    start = [&](int turns) {
        pass = Pass{};
        pass.turns = turns;
        fill(view.conversation(), turns);
        view.transcript()->scrollToBottom();
        view.setPrompt(QStringLiteral("Tell me about password resets"));
        // The new conversation is laid out before the stream, as a user would have it.
        QTimer::singleShot(200, [&] {
            lastBeat = -1;
            view.send();
        });
    };
    heartbeat.start();
    QTimer::singleShot(0, [&] { start(2); });
    return app.exec();
}
