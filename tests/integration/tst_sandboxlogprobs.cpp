// The sandbox's token probabilities and continuations over loopback: deterministic per token,
// the same streamed and whole, top_logprobs alternatives, and the checks vLLM makes.
#include "endpoint.h"
#include "logprobs.h"
#include "metrics.h"
#include "run.h"
#include "sandbox.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ik;

namespace {

const QString kChatKey = QStringLiteral(
    "ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140");

ChatRequest ask(const QString& prompt, bool stream, int top) {
    ChatRequest r;
    r.model = QStringLiteral("support-bot");
    r.prompt = prompt;
    r.stream = stream;
    r.params.temperature = 0.7;
    r.params.seed = 5;
    r.params.logprobs = true;
    if (top >= 0)
        r.params.topLogprobs = top;
    return r;
}

} // namespace

class TstSandboxLogprobs : public QObject {
    Q_OBJECT
    sandbox::Sandbox* sandbox = nullptr;
    QNetworkAccessManager nam;
    std::unique_ptr<Endpoint> endpoint;

    Run* runOf(const ChatRequest& request) {
        Run* run = endpoint->chat(request);
        QSignalSpy ended(run, &Run::ended);
        if (!run->isFinished())
            ended.wait(20000);
        return run;
    }

private slots:
    void initTestCase() {
        sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(sandbox->listen(0, &error), qPrintable(error));
        sandbox->setTokensPerSecond(0);
        endpoint =
            std::make_unique<Endpoint>(&nam,
                                       WorkloadRef{QUrl(sandbox->baseUrl()), QStringLiteral("acme"),
                                                   QStringLiteral("support-bot")},
                                       kChatKey);
    }
    void cleanup() { QTRY_COMPARE_WITH_TIMEOUT(sandbox->activeStreams(), 0, 20000); }

    void streamedAndWholeAgree_data() {
        QTest::addColumn<int>("top");
        QTest::newRow("logprobs only") << -1;
        QTest::newRow("top 0") << 0;
        QTest::newRow("top 3") << 3;
        QTest::newRow("top 20") << 20;
    }
    void streamedAndWholeAgree() {
        QFETCH(int, top);
        const QString prompt = QStringLiteral("How do I rotate the webhook secret?");
        Run* whole = runOf(ask(prompt, false, top));
        Run* streamed = runOf(ask(prompt, true, top));
        QCOMPARE(whole->state(), RunState::Done);
        QCOMPARE(streamed->state(), RunState::Done);
        QCOMPARE(streamed->text(), whole->text());
        QVERIFY(whole->tokens().size() > 10);
        QCOMPARE(streamed->tokens(), whole->tokens());
        // The tokens spell the answer at their offsets.
        QString spelled;
        for (const TokenLogprob& t : whole->tokens()) {
            QCOMPARE(t.offset, spelled.size());
            spelled += t.token;
            QVERIFY(t.logprob <= 0 && t.logprob > -10);
            QCOMPARE(t.top.size(), std::max(top, 0));
            for (qsizetype i = 1; i < t.top.size(); ++i)
                QVERIFY(t.top[i - 1].logprob >= t.top[i].logprob);
            if (!t.top.isEmpty())
                QVERIFY(std::any_of(t.top.begin(), t.top.end(),
                                    [&](const TokenAlternative& a) { return a.token == t.token; }));
        }
        QCOMPARE(spelled, whole->text());
        // Every content frame carries its token; the wire shows the bytes too.
        const QJsonObject body = QJsonDocument::fromJson(whole->record().responseBody).object();
        const QJsonObject first = body.value(u"choices")[0]
                                      .toObject()
                                      .value(u"logprobs")
                                      .toObject()
                                      .value(u"content")[0]
                                      .toObject();
        QCOMPARE(first.value(u"bytes").toArray().size(),
                 first.value(u"token").toString().toUtf8().size());
    }

    // Derived from the token's text: the same token gets the same figures in another answer.
    void probabilitiesAreAFunctionOfTheToken() {
        Run* a = runOf(ask(QStringLiteral("Explain embeddings for invoices"), false, 2));
        Run* b = runOf(ask(QStringLiteral("Explain rate limits for webhooks"), true, 2));
        QHash<QString, double> seen;
        for (const TokenLogprob& t : a->tokens())
            seen.insert(t.token, t.logprob);
        int shared = 0;
        for (const TokenLogprob& t : b->tokens())
            if (seen.contains(t.token)) {
                QCOMPARE(t.logprob, seen.value(t.token));
                ++shared;
            }
        QVERIFY(shared > 3);
        // And they are spread over the bands, not all alike.
        QSet<int> bands;
        for (const TokenLogprob& t : a->tokens())
            bands.insert(probabilityBand(tokenProbability(t.logprob)));
        QVERIFY2(bands.size() >= 3, qPrintable(QString::number(bands.size())));
    }

    void noLogprobsUnlessAsked() {
        ChatRequest r = ask(QStringLiteral("hello"), true, -1);
        r.params.logprobs = false;
        Run* run = runOf(r);
        QCOMPARE(run->state(), RunState::Done);
        QVERIFY(run->tokens().isEmpty());
        for (const Frame& f : run->record().frames)
            QVERIFY(!f.data.contains(u"\"logprobs\":{"));
    }

    void metricsFromTheTokens() {
        Run* run = runOf(ask(QStringLiteral("Summarise our refund policy"), true, 1));
        const RunMetrics m = runMetrics(*run);
        QVERIFY(m.meanLogprob);
        double sum = 0;
        for (const TokenLogprob& t : run->tokens())
            sum += t.logprob;
        QCOMPARE(*m.meanLogprob, sum / double(run->tokens().size()));
        QCOMPARE(*m.perplexity, std::exp(-*m.meanLogprob));
        QVERIFY(*m.perplexity >= 1.0);
    }

    // What the sandbox needs to continue a prefix: the assistant message last, with
    // continue_final_message and add_generation_prompt false; the answer is the continuation only.
    void continuation() {
        ChatRequest r;
        r.model = QStringLiteral("support-bot");
        r.stream = true;
        r.params.logprobs = true;
        r.messages = {{QStringLiteral("user"), QStringLiteral("How do I rotate the secret?")},
                      {QStringLiteral("assistant"), QStringLiteral("First, open")}};
        r.continueFinal = true;
        Run* run = runOf(r);
        QCOMPARE(run->state(), RunState::Done);
        QVERIFY(run->text().startsWith(u' ')); // it goes on after "open"
        QVERIFY(!run->text().contains(u"First, open"));
        QVERIFY(!run->tokens().isEmpty());
        r.messages.last().content = QStringLiteral("First, close");
        Run* other = runOf(r);
        QVERIFY(other->text() != run->text()); // another prefix, another continuation
        QCOMPARE(runOf(r)->text(), other->text());
    }

    void refusals_data() {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("top_logprobs out of range")
            << QByteArray(R"("logprobs":true,"top_logprobs":21)")
            << QStringLiteral("top_logprobs must be an integer from 0 to 20");
        QTest::newRow("top_logprobs without logprobs")
            << QByteArray(R"("top_logprobs":2)")
            << QStringLiteral("when using top_logprobs, logprobs must be set to true");
        QTest::newRow("logprobs not a bool") << QByteArray(R"("logprobs":"yes")")
                                             << QStringLiteral("logprobs must be true or false");
        QTest::newRow("continue with a generation prompt")
            << QByteArray(R"("continue_final_message":true)")
            << QStringLiteral("Cannot set both `continue_final_message`");
        QTest::newRow("continue after a user message")
            << QByteArray(R"("continue_final_message":true,"add_generation_prompt":false)")
            << QStringLiteral("the last message is not from the assistant");
    }
    void refusals() {
        QFETCH(QByteArray, extra);
        QFETCH(QString, message);
        // Sent as written: the client's own checks would refuse some of these first.
        QNetworkRequest req(QUrl(sandbox->baseUrl() +
                                 QStringLiteral("/endpoint/acme/support-bot/v1/chat/completions")));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        QNetworkReply* reply =
            nam.post(req, R"({"model":"support-bot","messages":[{"role":"user","content":"hi"}],)" +
                              extra + "}");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        const QString text = QString::fromUtf8(reply->readAll());
        QVERIFY2(text.contains(message), qPrintable(text));
        delete reply;
    }
};

QTEST_GUILESS_MAIN(TstSandboxLogprobs)
#include "tst_sandboxlogprobs.moc"
