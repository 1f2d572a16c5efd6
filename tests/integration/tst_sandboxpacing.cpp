// The sandbox paces every frame a model streams, not only the answer: a reasoning model's thinking
// and a tool call's argument fragments arrive over time, so the client's first-token timing and
// the live Thinking and tool-card rendering can be seen and tested on the sandbox as on vLLM.
#include "endpoint.h"
#include "run.h"
#include "sandbox.h"
#include "wire.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace ik;
using namespace Qt::StringLiterals;

namespace {

const QString kChatKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;

const QByteArray kTools = R"([{"type":"function","function":{"name":"get_weather",
  "parameters":{"type":"object","required":["city"],"properties":{"city":{"type":"string"}}}}}])";

constexpr double kRate = 50; // frames per second: 20 ms apart

// When each kind of frame arrived, in ms since the request.
struct Arrivals {
    QList<qint64> reasoning, answer, toolFragments;
    RunState state = RunState::Pending;
};

} // namespace

class TestSandboxPacing : public QObject {
    Q_OBJECT

    sandbox::Sandbox* box = nullptr;
    QNetworkAccessManager nam;

    Arrivals send(const ChatRequest& request) {
        auto* endpoint =
            new Endpoint(&nam, {QUrl(box->baseUrl()), u"acme"_s, u"support-bot"_s}, kChatKey, this);
        Run* run = endpoint->chat(request);
        Arrivals a;
        QElapsedTimer clock;
        clock.start();
        connect(run, &Run::reasoningReceived, this,
                [&a](const QString&, qint64 at) { a.reasoning.append(at); });
        connect(run, &Run::chunkReceived, this,
                [&a](const QString&, qint64 at) { a.answer.append(at); });
        connect(run, &Run::toolCallsChanged, this,
                [&a, &clock] { a.toolFragments.append(clock.elapsed()); });
        QSignalSpy ended(run, &Run::ended);
        if (run->state() == RunState::Running)
            ended.wait(20000);
        a.state = run->state();
        return a;
    }

    static ChatRequest streamed(const QString& prompt) {
        ChatRequest r;
        r.model = u"support-bot"_s;
        r.prompt = prompt;
        r.stream = true;
        return r;
    }

    // n frames paced at kRate span about (n - 1) / kRate s; a generous floor keeps a loaded
    // machine from failing the test while a burst (everything in one read) still fails it.
    static qint64 pacedSpan(qsizetype n) { return qint64(double(n - 1) * 1000.0 / kRate * 0.6); }

private slots:
    void initTestCase() {
        box = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(box->listen(0, &error), qPrintable(error));
        box->setTokensPerSecond(kRate);
    }

    void reasoningArrivesOverTime_data() {
        QTest::addColumn<QString>("form");
        QTest::newRow("reasoning_content") << u"content"_s;
        QTest::newRow("reasoning") << u"reasoning"_s;
    }
    void reasoningArrivesOverTime() {
        QFETCH(QString, form);
        box->setReasoning(form);
        const Arrivals a = send(streamed(u"What is two and two?"_s));
        box->setReasoning(QString());
        QCOMPARE(a.state, RunState::Done);
        QVERIFY(a.reasoning.size() >= 4);
        QVERIFY(!a.answer.isEmpty());
        const qint64 span = a.reasoning.last() - a.reasoning.first();
        QVERIFY2(
            span >= pacedSpan(a.reasoning.size()),
            qPrintable(u"%1 reasoning frames within %2 ms"_s.arg(a.reasoning.size()).arg(span)));
        // The answer begins after the thinking, one frame later, not with it.
        QVERIFY(a.answer.first() > a.reasoning.last());
    }

    void toolFragmentsArriveOverTime() {
        ChatRequest r = streamed(u"Please call get_weather for Paris"_s);
        r.tools = kTools;
        const Arrivals a = send(r);
        QCOMPARE(a.state, RunState::Done);
        QVERIFY(a.toolFragments.size() >= 3);
        const qint64 span = a.toolFragments.last() - a.toolFragments.first();
        QVERIFY2(span >= pacedSpan(a.toolFragments.size()),
                 qPrintable(u"%1 fragments within %2 ms"_s.arg(a.toolFragments.size()).arg(span)));
    }

    void unpacedIsImmediate() {
        box->setTokensPerSecond(0);
        box->setReasoning(u"content"_s);
        QElapsedTimer clock;
        clock.start();
        const Arrivals a = send(streamed(u"What is two and two?"_s));
        box->setReasoning(QString());
        box->setTokensPerSecond(kRate);
        QCOMPARE(a.state, RunState::Done);
        QVERIFY(!a.reasoning.isEmpty());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestSandboxPacing)
#include "tst_sandboxpacing.moc"
