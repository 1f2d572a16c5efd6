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
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

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

// The view, its sandbox and the two passes (2 turns, then 200), driven by the view's signals.
class Bench {
public:
    explicit Bench(QApplication* app) : m_app(app) {}

    bool setUp() {
        QString error;
        if (!m_sandbox.listen(0, &error)) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
            return false;
        }
        m_sandbox.setReplyTokens(kTokens);
        m_sandbox.setTokensPerSecond(kRate);
        const QString key =
            m_sandbox.config().keyFor(QStringLiteral("acme"), QStringLiteral("support-bot"));
        m_history = std::make_unique<History>(m_dir.filePath(QStringLiteral("history.sqlite")));
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [key](const Workload&, std::function<void(QString)> done) {
            done(key);
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        Workload w;
        w.id = QStringLiteral("bench");
        w.name = QStringLiteral("Support bot");
        w.baseUrl = m_sandbox.baseUrl();
        w.project = QStringLiteral("acme");
        w.slug = QStringLiteral("support-bot");
        m_view->setWorkload(w);
        m_view->setTimeouts(30000, 30000);
        m_view->resize(1400, 900);
        m_view->show();
        connectView();
        return true;
    }

    void start(int turns) {
        m_pass = Pass{};
        m_pass.turns = turns;
        fill(m_view->conversation(), turns);
        m_view->transcript()->scrollToBottom();
        m_view->setPrompt(QStringLiteral("Tell me about password resets"));
        // The new conversation is laid out before the stream, as a user would have it.
        QTimer::singleShot(200, m_view.get(), [this] {
            m_lastBeat = -1;
            m_view->send();
        });
    }

private:
    void connectView() {
        m_clock.start();
        // The event loop's health: a 1 ms timer that notes how late it fires.
        m_heartbeat.setTimerType(Qt::PreciseTimer);
        m_heartbeat.setInterval(1);
        QObject::connect(&m_heartbeat, &QTimer::timeout, [this] { beat(); });
        m_heartbeat.start();
        QObject::connect(m_view.get(), &PlaygroundView::runStarted, [this] {
            QObject::connect(m_view->currentRun(), &Run::chunkReceived, m_view.get(), [this] {
                if (++m_pass.tokens == 1) {
                    m_pass.cpuAtFirst = threadCpuNs();
                    m_pass.measuring = true;
                }
            });
        });
        QObject::connect(m_view.get(), &PlaygroundView::runEnded,
                         [this](RunState state) { ended(state); });
    }

    void beat() {
        const qint64 now = m_clock.elapsed();
        if (m_lastBeat >= 0 && m_pass.measuring) {
            m_pass.maxStallMs = qMax(m_pass.maxStallMs, now - m_lastBeat - 1);
            if (qEnvironmentVariableIsSet("IK_BENCH_TRACE") && now - m_lastBeat > 30)
                std::fprintf(stderr, "block %lld ms at token %d\n", now - m_lastBeat,
                             m_pass.tokens);
        }
        m_lastBeat = now;
    }

    void ended(RunState state) {
        m_pass.cpuAtEnd = threadCpuNs();
        m_pass.streamStallMs = m_pass.maxStallMs;
        if (state != RunState::Done || m_pass.tokens < kTokens / 2) {
            std::fprintf(stderr, "run ended %s after %d tokens\n", qPrintable(runStateName(state)),
                         m_pass.tokens);
            m_app->exit(1);
            return;
        }
        QTimer::singleShot(kTailMs, m_view.get(), [this] { report(); });
    }

    void report() {
        const double perToken = double(m_pass.cpuAtEnd - m_pass.cpuAtFirst) / m_pass.tokens;
        std::printf("# %d turns: %d tokens, %.2f us CPU/token, longest block %lld ms (%lld ms "
                    "while streaming), %d documents built\n",
                    m_pass.turns, m_pass.tokens, perToken / 1000.0, qlonglong(m_pass.maxStallMs),
                    qlonglong(m_pass.streamStallMs),
                    m_view->transcript()->turnDelegate()->documentsBuilt());
        std::fflush(stdout);
        if (m_pass.turns == 2) {
            m_baseline = perToken;
            start(200);
            return;
        }
        std::printf("BENCH transcript_max_stall_ms %lld ms\n", qlonglong(m_pass.maxStallMs));
        std::printf("BENCH transcript_cost_growth %.3f ratio\n", perToken / m_baseline);
        std::fflush(stdout);
        m_app->quit();
    }

    QApplication* m_app;
    sandbox::Sandbox m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<History> m_history;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;
    QElapsedTimer m_clock;
    QTimer m_heartbeat;
    qint64 m_lastBeat = -1;
    Pass m_pass;
    double m_baseline = 0;
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ik-playground-bench"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // no draft of an earlier run: each pass starts from its own turns
    Bench bench(&app);
    if (!bench.setUp())
        return 1;
    QTimer::singleShot(0, [&] { bench.start(2); });
    return app.exec();
}
