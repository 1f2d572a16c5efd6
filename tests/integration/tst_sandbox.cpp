// ik-sandbox over real loopback sockets, read with a plain QNetworkAccessManager and a small SSE
// splitter of its own: the sandbox is the peer everything else is tested against, so it is
// checked here without the project's own client code.
#include "chatdelta.h"
#include "endpoint.h"
#include "run.h"
#include "sandbox.h"
#include "wire.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>
#include <cmath>

using namespace ik::sandbox;

namespace {

const QString kChatKey = QStringLiteral(
    "ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140");
const QString kBillingKey = QStringLiteral(
    "ik_live_fdc4861d_f79303ddb8195b1d4dea77f896f9f44895cadaef13c3c73edd5d07ebdba8489b");
const QString kRankerKey = QStringLiteral(
    "ik_live_22e8c737_1363868e0fc0a0ffd44caacefc574d5a11d4207673b1f0c5767b0cb43e40234b");
const QString kProjectKey = QStringLiteral(
    "ik_live_ef40f78b_838ec8bb0f2dbaf643ec7b02fcf61651a05bc1d295fd1267fde69ec2a74c1944");
const QString kGlobexKey = QStringLiteral(
    "ik_live_0f12643a_89a62f505bac6867bb4c1918af35b73abd455b85f9b4da0bf58abc68013b987e");
const QString kAcmeControl = QStringLiteral(
    "ik_sdk_c8d24321_7dfae4d985e1353ce243b58522dee1d5ed0cec173dac28b28486a52de9f5f5c7");
const QString kChat = QStringLiteral("/endpoint/acme/support-bot/v1/chat/completions");
const QString kEmbed = QStringLiteral("/endpoint/acme/billing/v1/embeddings");

struct Result {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 msToHeaders = -1;
    QList<qint64> readTimes; // ms since the request, one per readyRead
    bool finished = false;

    QByteArray header(const QByteArray& name) const {
        for (const auto& [k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString errorCode() const {
        return json().value(u"error").toObject().value(u"code").toString();
    }
};

// SSE as the issue describes it, split independently of core/sse.
struct Sse {
    QList<QByteArray> data;
    QList<QByteArray> comments;
    bool done = false;
    QList<QJsonObject> chunks() const {
        QList<QJsonObject> out;
        for (const QByteArray& d : data) {
            const QJsonDocument doc = QJsonDocument::fromJson(d);
            if (doc.isObject())
                out.append(doc.object());
        }
        return out;
    }
    QString text() const {
        QString t;
        for (const QJsonObject& c : chunks()) {
            const QJsonArray choices = c.value(u"choices").toArray();
            if (!choices.isEmpty())
                t += choices[0].toObject().value(u"delta").toObject().value(u"content").toString();
        }
        return t;
    }
    int contentChunks() const {
        int n = 0;
        for (const QJsonObject& c : chunks()) {
            const QJsonArray choices = c.value(u"choices").toArray();
            if (!choices.isEmpty() &&
                choices[0].toObject().value(u"delta").toObject().contains(u"content"))
                ++n;
        }
        return n;
    }
};

Sse parseSse(QByteArray raw) {
    raw.replace("\r\n", "\n");
    Sse s;
    for (const QByteArray& block : raw.split('\n')) {
        if (block.startsWith(':')) {
            s.comments.append(block);
        } else if (block.startsWith("data:")) {
            QByteArray v = block.mid(5);
            if (v.startsWith(' '))
                v.remove(0, 1);
            // Decoded as text first, as a client does: invalid bytes become U+FFFD.
            if (v == "[DONE]")
                s.done = true;
            else
                s.data.append(QString::fromUtf8(v).toUtf8());
        }
    }
    return s;
}

// What core assembles from the stream: reasoning, answer, tool calls, finish reason.
struct Assembled {
    ik::ChatAccumulator acc;
    QString finish;
    ik::Usage usage;
};
Assembled assemble(const Result& r) {
    Assembled a;
    for (const QByteArray& d : parseSse(r.body).data) {
        const ik::ChatChunk c = ik::parseChatChunk(QString::fromUtf8(d));
        a.acc.add(c);
        if (!c.finishReason.isEmpty())
            a.finish = c.finishReason;
        if (c.usage)
            a.usage = *c.usage;
    }
    a.acc.finish();
    return a;
}

QByteArray chatBody(const QString& prompt, QJsonObject extra = {}) {
    extra.insert(QStringLiteral("model"), QStringLiteral("support-bot"));
    extra.insert(QStringLiteral("messages"),
                 QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                        {QStringLiteral("content"), prompt}}});
    return QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

double cosine(const QJsonArray& a, const QJsonArray& b) {
    double dot = 0, na = 0, nb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += a[i].toDouble() * b[i].toDouble();
        na += a[i].toDouble() * a[i].toDouble();
        nb += b[i].toDouble() * b[i].toDouble();
    }
    return dot / std::sqrt(na * nb);
}

} // namespace

class TestSandbox : public QObject {
    Q_OBJECT

    Sandbox* sandbox = nullptr;
    QNetworkAccessManager nam;

    Result call(const QString& method, const QString& path, const QByteArray& body,
                const QString& key, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                int timeoutMs = 30000, const QString& base = {},
                const std::function<void(QNetworkReply*, Result&)>& onRead = {}) {
        QNetworkRequest req(QUrl((base.isEmpty() ? sandbox->baseUrl() : base) + path));
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!key.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        for (const auto& [k, v] : headers)
            req.setRawHeader(k, v);
        QNetworkReply* reply = nam.sendCustomRequest(req, method.toLatin1(), body);
        Result r;
        QElapsedTimer clock;
        clock.start();
        connect(reply, &QNetworkReply::metaDataChanged, reply, [&] {
            if (r.msToHeaders < 0)
                r.msToHeaders = clock.elapsed();
        });
        connect(reply, &QNetworkReply::readyRead, reply, [&] {
            r.readTimes.append(clock.elapsed());
            r.body += reply->readAll();
            if (onRead)
                onRead(reply, r);
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(timeoutMs);
        r.finished = reply->isFinished();
        if (!r.finished) {
            disconnect(reply, nullptr, reply, nullptr);
            reply->abort();
        } else {
            r.body += reply->readAll();
        }
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.headers = reply->rawHeaderPairs();
        delete reply;
        return r;
    }
    Result post(const QString& path, const QByteArray& body, const QString& key,
                const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 30000) {
        return call(QStringLiteral("POST"), path, body, key, headers, timeoutMs);
    }
    Result stream(const QString& prompt, QJsonObject extra = {},
                  const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 30000) {
        extra.insert(QStringLiteral("stream"), true);
        auto h = headers;
        h.append(qMakePair(QByteArray("Accept"), QByteArray("text/event-stream")));
        return post(kChat, chatBody(prompt, extra), kChatKey, h, timeoutMs);
    }
    QJsonArray embedVectors(const QStringList& inputs, const QString& workload = {},
                            const QString& key = {}) {
        const QString path = workload.isEmpty()
                                 ? kEmbed
                                 : QStringLiteral("/endpoint/acme/%1/v1/embeddings").arg(workload);
        const Result r = post(path,
                              QJsonDocument(QJsonObject{{QStringLiteral("input"),
                                                         QJsonArray::fromStringList(inputs)}})
                                  .toJson(),
                              key.isEmpty() ? kBillingKey : key);
        QJsonArray out;
        for (const QJsonValue& d : r.json().value(u"data").toArray())
            out.append(d.toObject().value(u"embedding").toArray());
        return out;
    }

private slots:
    // What one request may cost is bounded: a body over the limit is answered 413 unread, and
    // a prompt that is one long word gives a reply of ordinary size (the word was echoed
    // whole, and tokenised five characters at a time).
    void overLargeBodyIs413() {
        const QByteArray big = chatBody(QString(kMaxRequestBytes, u'a'));
        QVERIFY(big.size() > kMaxRequestBytes);
        const Result r = post(kChat, big, kChatKey);
        QCOMPARE(r.status, 413);
        const QJsonObject error =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("request_too_large"));
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QString::number(kMaxRequestBytes)),
                 r.body.constData());
    }

    void oneLongWordCostsLittle() {
        const Result r = post(kChat, chatBody(QString(2'000'000, u'a')), kChatKey);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.size() < 16 * 1024, QByteArray::number(r.body.size()).constData());
        const Result s = stream(QString(2'000'000, u'b'));
        QCOMPARE(s.status, 200);
        QVERIFY2(s.body.size() < 64 * 1024, QByteArray::number(s.body.size()).constData());
    }

    void initTestCase() {
        sandbox = new Sandbox(Config::builtIn(), this);
        QString error;
        QVERIFY2(sandbox->listen(0, &error), qPrintable(error));
        QVERIFY(sandbox->port() != 0);
        sandbox->setTokensPerSecond(0);
    }
    void init() {
        sandbox->setTokensPerSecond(0);
        sandbox->setFault({});
        sandbox->setStallMs(30000);
        sandbox->setReplyTokens(0);
    }
    void cleanup() { QTRY_COMPARE_WITH_TIMEOUT(sandbox->activeStreams(), 0, 40000); }

    void faultNamesAreComplete() {
        const QStringList expected{QStringLiteral("rate-limit"),
                                   QStringLiteral("server-error"),
                                   QStringLiteral("cold-start"),
                                   QStringLiteral("slow-first-byte"),
                                   QStringLiteral("stall"),
                                   QStringLiteral("disconnect"),
                                   QStringLiteral("no-done"),
                                   QStringLiteral("error-frame"),
                                   QStringLiteral("malformed-chunk"),
                                   QStringLiteral("keep-alive"),
                                   QStringLiteral("crlf"),
                                   QStringLiteral("large-chunk"),
                                   QStringLiteral("invalid-utf8"),
                                   QStringLiteral("shuffle"),
                                   QStringLiteral("redirect"),
                                   QStringLiteral("tool-args-not-json"),
                                   QStringLiteral("tool-not-offered"),
                                   QStringLiteral("schema-break")};
        QCOMPARE(faultNames(), expected);
    }

    void bannerLines() {
        const QStringList lines = sandbox->banner();
        QCOMPARE(lines.first(),
                 QStringLiteral("listening http://127.0.0.1:%1").arg(sandbox->port()));
        QVERIFY(lines.contains(QStringLiteral("key acme/support-bot ") + kChatKey));
        QVERIFY(lines.contains(QStringLiteral("key acme/* ") + kProjectKey));
        QVERIFY(lines.contains(QStringLiteral("control-token acme ") + kAcmeControl));
        const QRegularExpression form(QStringLiteral(
            "^(listening http://127\\.0\\.0\\.1:\\d+|key [a-z0-9_-]+/([a-z0-9_-]+|\\*) "
            "ik_live_[0-9a-f]{8}_[0-9a-f]{64}|control-token [a-z0-9_-]+ "
            "ik_sdk_[0-9a-f]{8}_[0-9a-f]{64})$"));
        for (const QString& l : lines)
            QVERIFY2(form.match(l).hasMatch(), qPrintable(l));
        QVERIFY(lines.last().startsWith(u"control-token"));
    }

    void chatCompletion() {
        const Result r =
            post(kChat, chatBody(QStringLiteral("How do I rotate the webhook secret?")), kChatKey);
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"object").toString(), QStringLiteral("chat.completion"));
        QVERIFY(o.value(u"id").toString().startsWith(u"chatcmpl-"));
        QCOMPARE(o.value(u"model").toString(), QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
        const QJsonObject choice = o.value(u"choices").toArray().at(0).toObject();
        QCOMPARE(choice.value(u"finish_reason").toString(), QStringLiteral("stop"));
        QCOMPARE(choice.value(u"message").toObject().value(u"role").toString(),
                 QStringLiteral("assistant"));
        const QString text = choice.value(u"message").toObject().value(u"content").toString();
        QVERIFY(text.contains(u"webhook") || text.contains(u"secret") || text.contains(u"rotate"));
        QVERIFY2(text.count(u' ') >= 15, qPrintable(text)); // "some tens of tokens"
        QVERIFY(text.endsWith(u'.'));
        const QJsonObject usage = o.value(u"usage").toObject();
        QCOMPARE(usage.value(u"prompt_tokens").toInt(), 7);
        const int completion = usage.value(u"completion_tokens").toInt();
        QVERIFY(completion >= 25 && completion <= 100);
        QCOMPARE(usage.value(u"total_tokens").toInt(), 7 + completion);
    }

    void determinism() {
        auto text = [&](const QString& prompt, QJsonObject params) {
            const Result r = post(kChat, chatBody(prompt, params), kChatKey);
            return r.json()
                .value(u"choices")
                .toArray()
                .at(0)
                .toObject()
                .value(u"message")
                .toObject()
                .value(u"content")
                .toString();
        };
        const QString p = QStringLiteral("Explain embeddings for invoices");
        auto params = [](double t, int seed) {
            return QJsonObject{{QStringLiteral("temperature"), t}, {QStringLiteral("seed"), seed}};
        };
        const QString a = text(p, params(0.8, 7));
        QVERIFY(!a.isEmpty());
        QCOMPARE(text(p, params(0.8, 7)), a);
        QVERIFY(text(p, params(0.8, 8)) != a);
        QVERIFY(text(p, params(1.3, 7)) != a);
        QVERIFY(text(QStringLiteral("Explain rate limits for webhooks"), params(0.8, 7)) != a);
        // Greedy decoding does not sample: the seed makes no difference at temperature 0.
        QCOMPARE(text(p, params(0, 1)), text(p, params(0, 2)));
    }

    void streamMatchesCompletion() {
        const QString prompt = QStringLiteral("Summarise our refund policy for annual plans");
        const QJsonObject params{{QStringLiteral("seed"), 3}, {QStringLiteral("temperature"), 0.7}};
        const Result plain = post(kChat, chatBody(prompt, params), kChatKey);
        QJsonObject sp = params;
        sp.insert(QStringLiteral("stream_options"),
                  QJsonObject{{QStringLiteral("include_usage"), true}});
        const Result r = stream(prompt, sp);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(r.header("content-type").startsWith("text/event-stream"));
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        QVERIFY(r.body.trimmed().endsWith("data: [DONE]"));
        const QList<QJsonObject> chunks = s.chunks();
        QCOMPARE(chunks.size(), s.data.size());
        QVERIFY(chunks.size() >= 4);
        // role-only first, content chunks, a final chunk with finish_reason, then usage.
        const QJsonObject first = chunks.first().value(u"choices").toArray()[0].toObject();
        QCOMPARE(first.value(u"delta").toObject(),
                 QJsonObject({{QStringLiteral("role"), QStringLiteral("assistant")}}));
        const QJsonObject last = chunks.last();
        QVERIFY(last.value(u"choices").toArray().isEmpty());
        const QJsonObject fin = chunks[chunks.size() - 2].value(u"choices").toArray()[0].toObject();
        QCOMPARE(fin.value(u"finish_reason").toString(), QStringLiteral("stop"));
        QVERIFY(fin.value(u"delta").toObject().isEmpty());
        for (qsizetype i = 1; i + 2 < chunks.size(); ++i) {
            const QJsonObject c = chunks[i].value(u"choices").toArray()[0].toObject();
            QVERIFY(c.value(u"finish_reason").isNull());
            QVERIFY(!c.value(u"delta").toObject().value(u"content").toString().isEmpty());
            QCOMPARE(chunks[i].value(u"object").toString(),
                     QStringLiteral("chat.completion.chunk"));
            QCOMPARE(chunks[i].value(u"model").toString(),
                     QStringLiteral("meta-llama/Llama-3.1-8B-Instruct"));
            QVERIFY(chunks[i].value(u"id").toString().startsWith(u"chatcmpl-"));
        }
        const QString expected = plain.json()
                                     .value(u"choices")
                                     .toArray()[0]
                                     .toObject()
                                     .value(u"message")
                                     .toObject()
                                     .value(u"content")
                                     .toString();
        QCOMPARE(s.text(), expected);
        const QJsonObject usage = last.value(u"usage").toObject();
        QCOMPARE(usage.value(u"completion_tokens").toInt(), s.contentChunks());
        QCOMPARE(usage, plain.json().value(u"usage").toObject());
    }

    void reasoningForms_data() {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<QString>("deltaKey"); // where the stream carries it
        QTest::newRow("reasoning_content")
            << QByteArray("content") << QStringLiteral("reasoning_content");
        QTest::newRow("reasoning") << QByteArray("reasoning") << QStringLiteral("reasoning");
        QTest::newRow("think") << QByteArray("think") << QStringLiteral("content");
    }

    void reasoningForms() {
        QFETCH(QByteArray, form);
        QFETCH(QString, deltaKey);
        const QString prompt = QStringLiteral("What is two and two?");
        const QList<QPair<QByteArray, QByteArray>> h{
            qMakePair(QByteArray("X-Sandbox-Reasoning"), form)};
        const Result r = stream(prompt,
                                {{QStringLiteral("stream_options"),
                                  QJsonObject{{QStringLiteral("include_usage"), true}}}},
                                h);
        QCOMPARE(r.status, 200);
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        QVERIFY(r.body.contains(deltaKey.toUtf8()));
        const Assembled a = assemble(r);
        QVERIFY2(a.acc.reasoning().contains(prompt), qPrintable(a.acc.reasoning()));
        QVERIFY(!a.acc.answer().isEmpty());
        QVERIFY(!a.acc.answer().contains(u"think>"));
        QVERIFY(!a.acc.answer().contains(prompt));
        QVERIFY(a.usage.reasoningTokens > 0);
        QVERIFY(a.usage.completionTokens > a.usage.reasoningTokens);
        // The same answer whole: the same reasoning and text once parsed.
        const Result whole = post(kChat, chatBody(prompt), kChatKey, h);
        QCOMPARE(whole.status, 200);
        ik::ChatResponse resp;
        QVERIFY(!ik::parseChatResponse(whole.body, &resp));
        QCOMPARE(resp.reasoning, a.acc.reasoning());
        QCOMPARE(resp.text.trimmed(), a.acc.answer().trimmed());
        QVERIFY(resp.usage.reasoningTokens > 0);
        // Without the header the support bot does not reason.
        QVERIFY(assemble(stream(prompt)).acc.reasoning().isEmpty());
    }

    void toolCallsStreamed() {
        const QJsonArray tools{QJsonObject{
            {QStringLiteral("type"), QStringLiteral("function")},
            {QStringLiteral("function"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("get_weather")},
                 {QStringLiteral("parameters"),
                  QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                              {QStringLiteral("properties"),
                               QJsonObject{{QStringLiteral("city"),
                                            QJsonObject{{QStringLiteral("type"),
                                                         QStringLiteral("string")}}},
                                           {QStringLiteral("days"),
                                            QJsonObject{{QStringLiteral("type"),
                                                         QStringLiteral("integer")}}}}}}}}}}};
        const QString prompt = QStringLiteral("Please call get_weather for Paris");
        const Result r = stream(prompt, {{QStringLiteral("tools"), tools}});
        QCOMPARE(r.status, 200);
        const Assembled a = assemble(r);
        QCOMPARE(a.finish, QStringLiteral("tool_calls"));
        QVERIFY(a.acc.answer().isEmpty());
        QCOMPARE(a.acc.toolCalls().size(), 1);
        const ik::ToolCall& call = a.acc.toolCalls().first();
        QCOMPARE(call.name, QStringLiteral("get_weather"));
        QVERIFY(call.id.startsWith(u"call_"));
        QVERIFY(call.argumentsAreJson());
        const QJsonObject args = QJsonDocument::fromJson(call.arguments.toUtf8()).object();
        QCOMPARE(args.value(u"city").toString(), QStringLiteral("Paris"));
        QCOMPARE(args.value(u"days").toInt(), 3);
        // Arguments arrive in fragments, over several frames.
        QVERIFY(parseSse(r.body).data.size() >= 5);

        // The whole answer carries the same call, with null content.
        const Result whole =
            post(kChat, chatBody(prompt, {{QStringLiteral("tools"), tools}}), kChatKey);
        ik::ChatResponse resp;
        QVERIFY(!ik::parseChatResponse(whole.body, &resp));
        QCOMPARE(resp.finishReason, QStringLiteral("tool_calls"));
        QCOMPARE(resp.toolCalls.size(), 1);
        QCOMPARE(resp.toolCalls.first().arguments, call.arguments);
        QCOMPARE(resp.toolCalls.first().id, call.id);

        // The tool result goes back; the model answers with it.
        ik::ChatRequest next;
        next.model = QStringLiteral("support-bot");
        ik::ChatMessage asked(QStringLiteral("assistant"), QString());
        asked.toolCalls = {call};
        ik::ChatMessage result(QStringLiteral("tool"), QStringLiteral("sunny, 21 C"));
        result.toolCallId = call.id;
        next.messages = {{QStringLiteral("user"), prompt}, asked, result};
        next.tools = QJsonDocument(tools).toJson(QJsonDocument::Compact);
        QVERIFY(!ik::validateChat(next));
        const Result answer = post(kChat, ik::chatBody(next), kChatKey);
        QCOMPARE(answer.status, 200);
        ik::ChatResponse final;
        QVERIFY(!ik::parseChatResponse(answer.body, &final));
        QCOMPARE(final.finishReason, QStringLiteral("stop"));
        QVERIFY(final.toolCalls.isEmpty());
        QVERIFY2(final.text.contains(u"sunny, 21 C"), qPrintable(final.text));
    }

    // The Run the views build on: reasoning apart from the text, its timings before the first
    // answer token, and a run that ends with tool calls and no text.
    void runExposesReasoningAndToolCalls() {
        ik::Endpoint endpoint(
            &nam, {QUrl(sandbox->baseUrl()), QStringLiteral("acme"), QStringLiteral("support-bot")},
            kChatKey);
        endpoint.setExtraHeader("X-Sandbox-Reasoning", "think");
        ik::ChatRequest req;
        req.model = QStringLiteral("support-bot");
        req.prompt = QStringLiteral("What is two and two?");
        req.stream = true;
        req.params.includeUsage = true;
        ik::Run* run = endpoint.chat(req);
        QSignalSpy reasoning(run, &ik::Run::reasoningReceived);
        QSignalSpy ended(run, &ik::Run::ended);
        QVERIFY(ended.wait(20000));
        QCOMPARE(run->state(), ik::RunState::Done);
        QVERIFY(run->reasoning().startsWith(u"The user asks:"));
        QVERIFY(!run->text().isEmpty());
        QVERIFY(!run->text().contains(u"think>"));
        QVERIFY(reasoning.size() > 3);
        const ik::RunTimings& t = run->timings();
        QVERIFY(t.firstReasoningMs >= 0);
        QVERIFY(t.firstOutputMs == t.firstReasoningMs);
        QVERIFY(t.firstTokenMs >= t.lastReasoningMs);
        QVERIFY(run->usage().reasoningTokens > 0);

        ik::Endpoint plain(
            &nam, {QUrl(sandbox->baseUrl()), QStringLiteral("acme"), QStringLiteral("support-bot")},
            kChatKey);
        req.prompt = QStringLiteral("call lookup now");
        req.tools = R"([{"type":"function","function":{"name":"lookup"}}])";
        ik::Run* calls = plain.chat(req);
        QSignalSpy changed(calls, &ik::Run::toolCallsChanged);
        QSignalSpy callsEnded(calls, &ik::Run::ended);
        QVERIFY(callsEnded.wait(20000));
        QCOMPARE(calls->state(), ik::RunState::Done);
        QCOMPARE(calls->finishReason(), QStringLiteral("tool_calls"));
        QVERIFY(calls->text().isEmpty());
        QCOMPARE(calls->toolCalls().size(), 1);
        QCOMPARE(calls->toolCalls().first().name, QStringLiteral("lookup"));
        QVERIFY(calls->toolCalls().first().argumentsAreJson());
        QVERIFY(!changed.isEmpty());
        QVERIFY(calls->timings().firstTokenMs >= 0); // a call is the answer
    }

    void toolChoiceRequiredAndNone() {
        const QJsonArray tools{
            QJsonObject{{QStringLiteral("type"), QStringLiteral("function")},
                        {QStringLiteral("function"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("lookup")}}}}};
        const Assembled forced =
            assemble(stream(QStringLiteral("hello there"),
                            {{QStringLiteral("tools"), tools},
                             {QStringLiteral("tool_choice"), QStringLiteral("required")}}));
        QCOMPARE(forced.finish, QStringLiteral("tool_calls"));
        QCOMPARE(forced.acc.toolCalls().size(), 1);
        QCOMPARE(forced.acc.toolCalls().first().arguments, QStringLiteral("{}"));
        const Assembled none =
            assemble(stream(QStringLiteral("please lookup this"),
                            {{QStringLiteral("tools"), tools},
                             {QStringLiteral("tool_choice"), QStringLiteral("none")}}));
        QCOMPARE(none.finish, QStringLiteral("stop"));
        QVERIFY(none.acc.toolCalls().isEmpty());
        QVERIFY(!none.acc.answer().isEmpty());
    }

    void maxTokensCutsWithLength() {
        const QJsonObject p{{QStringLiteral("max_tokens"), 5}};
        const Result r = stream(QStringLiteral("Tell me about invoices"), p);
        const Sse s = parseSse(r.body);
        QCOMPARE(s.contentChunks(), 5);
        QCOMPARE(
            s.chunks().last().value(u"choices").toArray()[0].toObject().value(u"finish_reason"),
            QJsonValue(QStringLiteral("length")));
        const Result plain =
            post(kChat, chatBody(QStringLiteral("Tell me about invoices"), p), kChatKey);
        const QJsonObject choice = plain.json().value(u"choices").toArray()[0].toObject();
        QCOMPARE(choice.value(u"finish_reason").toString(), QStringLiteral("length"));
        QCOMPARE(choice.value(u"message").toObject().value(u"content").toString(), s.text());
        QCOMPARE(plain.json().value(u"usage").toObject().value(u"completion_tokens").toInt(), 5);
    }

    void stopSequenceCutsBefore() {
        const QString prompt = QStringLiteral("How should I name billing webhooks?");
        const Result full = post(kChat, chatBody(prompt), kChatKey);
        const QString text = full.json()
                                 .value(u"choices")
                                 .toArray()[0]
                                 .toObject()
                                 .value(u"message")
                                 .toObject()
                                 .value(u"content")
                                 .toString();
        const qsizetype dot = text.indexOf(u'.');
        QVERIFY(dot > 0 && dot + 1 < text.size());
        const QJsonObject p{
            {QStringLiteral("stop"), QJsonArray{QStringLiteral("zzz-never"), QStringLiteral(".")}}};
        const Result r = stream(prompt, p);
        const Sse s = parseSse(r.body);
        QCOMPARE(s.text(), text.left(dot));
        QCOMPARE(
            s.chunks().last().value(u"choices").toArray()[0].toObject().value(u"finish_reason"),
            QJsonValue(QStringLiteral("stop")));
        const Result plain = post(kChat, chatBody(prompt, p), kChatKey);
        QCOMPARE(plain.json()
                     .value(u"choices")
                     .toArray()[0]
                     .toObject()
                     .value(u"message")
                     .toObject()
                     .value(u"content")
                     .toString(),
                 text.left(dot));
    }

    void errors_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("auth"); // full header value, or empty for none
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString bearer = QStringLiteral("Bearer ");
        const QByteArray ok = chatBody(QStringLiteral("hello there"));
        const QString post = QStringLiteral("POST");
        const QString get = QStringLiteral("GET");
        const QString workloads = QStringLiteral("/api/projects/acme/workloads");
        QTest::newRow("missing key")
            << post << kChat << QString() << ok << QByteArray() << 401 << "invalid_api_key";
        QTest::newRow("not bearer") << post << kChat << (QStringLiteral("Basic ") + kChatKey) << ok
                                    << QByteArray() << 401 << "invalid_api_key";
        QTest::newRow("truncated key") << post << kChat << (bearer + kChatKey.chopped(1)) << ok
                                       << QByteArray() << 401 << "invalid_api_key";
        QTest::newRow("unknown key")
            << post << kChat << (bearer + QString(kChatKey).replace(u'd', u'e')) << ok
            << QByteArray() << 401 << "invalid_api_key";
        QTest::newRow("sdk token on data route") << post << kChat << (bearer + kAcmeControl) << ok
                                                 << QByteArray() << 403 << "wrong_credential_type";
        QTest::newRow("live key on control route")
            << get << workloads << (bearer + kChatKey) << QByteArray() << QByteArray() << 403
            << "wrong_credential_type";
        QTest::newRow("another project's key") << post << kChat << (bearer + kGlobexKey) << ok
                                               << QByteArray() << 403 << "project_scope_mismatch";
        QTest::newRow("key of another workload") << post << kChat << (bearer + kBillingKey) << ok
                                                 << QByteArray() << 403 << "scope_insufficient";
        QTest::newRow("unknown project")
            << post << QStringLiteral("/endpoint/nope/support-bot/v1/chat/completions")
            << (bearer + kChatKey) << ok << QByteArray() << 404 << "project_not_found";
        QTest::newRow("unknown workload")
            << post << QStringLiteral("/endpoint/acme/nope/v1/chat/completions")
            << (bearer + kChatKey) << ok << QByteArray() << 404 << "workload_not_found";
        QTest::newRow("unknown route")
            << post << QStringLiteral("/v1/chat/completions") << (bearer + kChatKey) << ok
            << QByteArray() << 404 << "not_found";
        QTest::newRow("wrong method") << get << kChat << (bearer + kChatKey) << QByteArray()
                                      << QByteArray() << 405 << "method_not_allowed";
        QTest::newRow("bad json") << post << kChat << (bearer + kChatKey) << QByteArray("{bad")
                                  << QByteArray() << 400 << "invalid_json";
        QTest::newRow("no messages")
            << post << kChat << (bearer + kChatKey) << QByteArray(R"({"model":"support-bot"})")
            << QByteArray() << 400 << "invalid_request";
        QTest::newRow("blank prompt")
            << post << kChat << (bearer + kChatKey) << chatBody(QStringLiteral(" \n "))
            << QByteArray() << 400 << "invalid_request";
        QTest::newRow("bad temperature")
            << post << kChat << (bearer + kChatKey)
            << chatBody(QStringLiteral("hi"), {{QStringLiteral("temperature"), 5}}) << QByteArray()
            << 400 << "invalid_request";
        QTest::newRow("embeddings on chat workload")
            << post << QStringLiteral("/endpoint/acme/support-bot/v1/embeddings")
            << (bearer + kChatKey) << QByteArray(R"({"input":"x"})") << QByteArray() << 400
            << "wrong_workload_kind";
        QTest::newRow("empty embed input")
            << post << kEmbed << (bearer + kBillingKey) << QByteArray(R"({"input":[]})")
            << QByteArray() << 400 << "invalid_request";
        QTest::newRow("rerank without documents")
            << post << QStringLiteral("/endpoint/acme/ranker/v1/rerank") << (bearer + kRankerKey)
            << QByteArray(R"({"query":"x","documents":[]})") << QByteArray() << 400
            << "invalid_request";
        QTest::newRow("unknown fault") << post << kChat << (bearer + kChatKey) << ok
                                       << QByteArray("no-such-fault") << 400 << "unknown_fault";
        QTest::newRow("rate-limit") << post << kChat << (bearer + kChatKey) << ok
                                    << QByteArray("rate-limit") << 429 << "rate_limit_exceeded";
        QTest::newRow("server-error") << post << kChat << (bearer + kChatKey) << ok
                                      << QByteArray("server-error") << 500 << "internal_error";
        QTest::newRow("cold-start") << post << kChat << (bearer + kChatKey) << ok
                                    << QByteArray("cold-start") << 503 << "workload_starting";
        QTest::newRow("fault on control plane")
            << get << workloads << (bearer + kAcmeControl) << QByteArray()
            << QByteArray("rate-limit") << 429 << "rate_limit_exceeded";
        // Authentication comes before faults: a bad key never sees the injected 429.
        QTest::newRow("auth before faults") << post << kChat << QString() << ok
                                            << QByteArray("rate-limit") << 401 << "invalid_api_key";
    }
    void errors() {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(QString, auth);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, fault);
        QFETCH(int, status);
        QFETCH(QString, code);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!auth.isEmpty())
            headers.append(qMakePair(QByteArray("Authorization"), auth.toUtf8()));
        if (!fault.isEmpty())
            headers.append(qMakePair(QByteArray("X-Sandbox-Fault"), fault));
        const Result r = call(method, path, body, QString(), headers);
        QCOMPARE(r.status, status);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.errorCode(), code);
        const QString message = r.json().value(u"error").toObject().value(u"message").toString();
        QVERIFY(!message.isEmpty());
        // No secret in any error text: the 64-hex part of every credential stays out.
        for (const QString& k : {kChatKey, kBillingKey, kGlobexKey, kAcmeControl})
            QVERIFY2(!r.body.contains(k.right(64).left(20).toUtf8()), r.body.constData());
        if (status == 429)
            QCOMPARE(r.header("retry-after"), QByteArray("2"));
        if (status == 503)
            QCOMPARE(r.header("retry-after"), QByteArray("5"));
        if (status == 405)
            QCOMPARE(r.header("allow"), QByteArray("POST"));
    }

    void globalFaultAppliesToEveryRequest() {
        sandbox->setFault(QStringLiteral("server-error"));
        QCOMPARE(post(kChat, chatBody(QStringLiteral("hi")), kChatKey).status, 500);
        QCOMPARE(post(kEmbed, R"({"input":"hi"})", kBillingKey).status, 500);
        sandbox->setFault({});
        QCOMPARE(post(kChat, chatBody(QStringLiteral("hi")), kChatKey).status, 200);
    }

    void slowFirstByte() {
        const Result r = post(kChat, chatBody(QStringLiteral("hi")), kChatKey,
                              {{"X-Sandbox-Fault", "slow-first-byte"}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.msToHeaders >= 1400, qPrintable(QString::number(r.msToHeaders)));
        const Result fast = post(kChat, chatBody(QStringLiteral("hi")), kChatKey);
        QVERIFY(fast.msToHeaders < 1000);
    }

    void stallStopsSendingThenResumes() {
        // With the default 30 s stall, nothing arrives for a long time after the first frames.
        QList<qint64> times;
        const Result r =
            call(QStringLiteral("POST"), kChat,
                 chatBody(QStringLiteral("hi there"), {{QStringLiteral("stream"), true}}), kChatKey,
                 {{"X-Sandbox-Fault", "stall"}}, 1500);
        QVERIFY(!r.finished);
        QCOMPARE(r.status, 200);
        const Sse partial = parseSse(r.body);
        QVERIFY(partial.contentChunks() >= 1);
        QVERIFY(!partial.done);
        QVERIFY(r.readTimes.last() < 1000);
        // The aborted client's stream is cleaned up on the server (see cleanup()).
        QTRY_COMPARE(sandbox->activeStreams(), 0);

        // A short stall: the stream then completes with a visible gap.
        sandbox->setStallMs(400);
        const Result s = stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "stall"}});
        QVERIFY(s.finished);
        const Sse full = parseSse(s.body);
        QVERIFY(full.done);
        qint64 gap = 0;
        for (qsizetype i = 1; i < s.readTimes.size(); ++i)
            gap = std::max(gap, s.readTimes[i] - s.readTimes[i - 1]);
        QVERIFY2(gap >= 350, qPrintable(QString::number(gap)));
        sandbox->setTokensPerSecond(0);
        const Result plain = stream(QStringLiteral("hi there"));
        QCOMPARE(full.text(), parseSse(plain.body).text());
    }

    void disconnectMidStream() {
        // Asserted on what arrived, not on QNetworkReply::error(): Qt 6.4 reports a connection
        // cut in the middle of a chunked body as a clean finish more often than not.
        const Result r = stream(QStringLiteral("hi there"), {{QStringLiteral("max_tokens"), 30}},
                                {{"X-Sandbox-Fault", "disconnect"}});
        QVERIFY(r.finished);
        const Sse s = parseSse(r.body);
        QVERIFY(s.contentChunks() >= 1);
        QVERIFY(s.contentChunks() < 30);
        QVERIFY(!s.done);
        QVERIFY(!r.body.contains("finish_reason\":\""));
    }

    void nonStreamingBodyFaults() {
        // disconnect: headers and half the body, then the connection closes.
        const Result cut = post(kChat, chatBody(QStringLiteral("hi there")), kChatKey,
                                {{"X-Sandbox-Fault", "disconnect"}});
        QVERIFY(cut.finished);
        QVERIFY(cut.error != QNetworkReply::NoError);
        QVERIFY(cut.body.size() < cut.header("content-length").toLongLong());
        QVERIFY(QJsonDocument::fromJson(cut.body).isNull());
        // stall: headers at once, the body only after the stall.
        sandbox->setStallMs(500);
        const Result late = post(kChat, chatBody(QStringLiteral("hi there")), kChatKey,
                                 {{"X-Sandbox-Fault", "stall"}});
        QCOMPARE(late.status, 200);
        QVERIFY(late.msToHeaders < 400);
        QVERIFY(late.readTimes.last() >= 450);
        QVERIFY(late.json().contains(u"choices"));
    }

    void destroyedMidStream() {
        // Tearing the sandbox down under a live stream must neither crash nor leak.
        auto* local = new Sandbox(Config::builtIn());
        QVERIFY(local->listen());
        local->setTokensPerSecond(20);
        QNetworkRequest req(QUrl(local->baseUrl() + kChat));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        QNetworkReply* reply =
            nam.post(req, chatBody(QStringLiteral("hi"), {{QStringLiteral("stream"), true}}));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        connect(reply, &QNetworkReply::readyRead, this, [&] {
            if (local && reply->readAll().contains("\"content\"")) {
                QCOMPARE(local->activeStreams(), 1);
                delete local;
                local = nullptr;
            }
        });
        QVERIFY(finished.wait(20000));
        QVERIFY(!local);
        delete reply;
    }

    void noDone() {
        const Result r = stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "no-done"}});
        QCOMPARE(r.error, QNetworkReply::NoError);
        const Sse s = parseSse(r.body);
        QVERIFY(!s.done);
        QCOMPARE(s.text(), parseSse(stream(QStringLiteral("hi there")).body).text());
        QVERIFY(!s.chunks()
                     .last()
                     .value(u"choices")
                     .toArray()[0]
                     .toObject()
                     .value(u"finish_reason")
                     .isNull());
    }

    void errorFrame() {
        const Result r =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "error-frame"}});
        QCOMPARE(r.status, 200);
        const Sse s = parseSse(r.body);
        QVERIFY(!s.done);
        QVERIFY(s.contentChunks() >= 1);
        const QJsonObject last = s.chunks().last();
        QCOMPARE(last.value(u"error").toObject().value(u"code").toString(),
                 QStringLiteral("internal_error"));
        QVERIFY(!last.value(u"error").toObject().value(u"message").toString().isEmpty());
    }

    void malformedChunk() {
        const Result r =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "malformed-chunk"}});
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        QCOMPARE(s.data.count("{not json"), 1);
        QCOMPARE(s.chunks().size(), s.data.size() - 1);
        QCOMPARE(s.text(), parseSse(stream(QStringLiteral("hi there")).body).text());
    }

    void keepAliveAndCrlf() {
        const QString expected = parseSse(stream(QStringLiteral("hi there")).body).text();
        const Result k =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "keep-alive"}});
        const Sse ks = parseSse(k.body);
        QVERIFY(ks.comments.size() >= ks.contentChunks());
        QVERIFY(ks.comments.contains(": keep-alive"));
        QCOMPARE(ks.text(), expected);
        QVERIFY(ks.done);

        const Result c = stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "crlf"}});
        QVERIFY(c.body.contains("\r\n\r\ndata: "));
        QCOMPARE(c.body.count("\n"), c.body.count("\r\n"));
        QCOMPARE(parseSse(c.body).text(), expected);
        QVERIFY(parseSse(c.body).done);

        const Result both =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "keep-alive,crlf"}});
        QVERIFY(both.body.contains(": keep-alive\r\n"));
        QCOMPARE(parseSse(both.body).text(), expected);
    }

    void largeChunk() {
        const Result r =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "large-chunk"}});
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        qsizetype biggest = 0;
        for (const QJsonObject& c : s.chunks()) {
            const QJsonArray ch = c.value(u"choices").toArray();
            if (!ch.isEmpty())
                biggest = std::max(biggest, ch[0]
                                                .toObject()
                                                .value(u"delta")
                                                .toObject()
                                                .value(u"content")
                                                .toString()
                                                .size());
        }
        QVERIFY(biggest >= 1000 * 1000);
        const Result plain = post(kChat, chatBody(QStringLiteral("hi there")), kChatKey,
                                  {{"X-Sandbox-Fault", "large-chunk"}});
        QCOMPARE(plain.json()
                     .value(u"choices")
                     .toArray()[0]
                     .toObject()
                     .value(u"message")
                     .toObject()
                     .value(u"content")
                     .toString(),
                 s.text());
    }

    void invalidUtf8() {
        const Result r =
            stream(QStringLiteral("hi there"), {}, {{"X-Sandbox-Fault", "invalid-utf8"}});
        QVERIFY(r.body.contains('\xff'));
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        QVERIFY(s.text().contains(QChar::ReplacementCharacter));
    }

    void embeddings() {
        const Result r = post(
            kEmbed, R"({"model":"billing","input":["refund my invoice","hello"]})", kBillingKey);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"object").toString(), QStringLiteral("list"));
        QCOMPARE(o.value(u"model").toString(), QStringLiteral("nomic-embed-text"));
        const QJsonArray data = o.value(u"data").toArray();
        QCOMPARE(data.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject d = data[i].toObject();
            QCOMPARE(d.value(u"index").toInt(), i);
            QCOMPARE(d.value(u"object").toString(), QStringLiteral("embedding"));
            const QJsonArray v = d.value(u"embedding").toArray();
            QCOMPARE(v.size(), 384);
            double norm = 0;
            int nonZero = 0;
            for (const QJsonValue& x : v) {
                norm += x.toDouble() * x.toDouble();
                nonZero += x.toDouble() != 0;
            }
            QVERIFY(std::abs(norm - 1.0) < 1e-4);
            QVERIFY(nonZero > 20);
        }
        QCOMPARE(o.value(u"usage").toObject().value(u"prompt_tokens").toInt(), 4);
        // A single string is a batch of one, and vectors are deterministic.
        const Result one = post(kEmbed, R"({"input":"refund my invoice"})", kBillingKey);
        QCOMPARE(one.json().value(u"data").toArray().size(), 1);
        QCOMPARE(one.json().value(u"data").toArray()[0].toObject().value(u"embedding"),
                 data[0].toObject().value(u"embedding"));
    }

    void embeddingsAreLexical_data() {
        QTest::addColumn<QString>("workload");
        QTest::addColumn<int>("dimension");
        QTest::newRow("billing, char trigrams") << QStringLiteral("billing") << 384;
        QTest::newRow("search, word n-grams") << QStringLiteral("search") << 256;
    }
    void embeddingsAreLexical() {
        QFETCH(QString, workload);
        QFETCH(int, dimension);
        const QJsonArray v = embedVectors({QStringLiteral("How do I get a refund for my invoice?"),
                                           QStringLiteral("refund for an invoice"),
                                           QStringLiteral("The weather in Lisbon is sunny today"),
                                           QStringLiteral("Lisbon weather: sunny")},
                                          workload, kProjectKey);
        QCOMPARE(v.size(), 4);
        QCOMPARE(v[0].toArray().size(), dimension);
        const double same1 = cosine(v[0].toArray(), v[1].toArray());
        const double same2 = cosine(v[2].toArray(), v[3].toArray());
        const double cross = cosine(v[0].toArray(), v[2].toArray());
        QVERIFY2(same1 > cross + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(same1).arg(cross)));
        QVERIFY2(same2 > cross + 0.2, qPrintable(QStringLiteral("%1 vs %2").arg(same2).arg(cross)));
    }

    void embeddingSpacesDiffer() {
        const QStringList inputs{QStringLiteral("refund for an invoice")};
        const QJsonArray billing = embedVectors(inputs, QStringLiteral("billing"), kProjectKey);
        const QJsonArray search = embedVectors(inputs, QStringLiteral("search"), kProjectKey);
        QCOMPARE(billing[0].toArray().size(), 384);
        QCOMPARE(search[0].toArray().size(), 256);
    }

    void embeddingsBase64() {
        const Result f = post(kEmbed, R"({"input":["abc def","ghi"]})", kBillingKey);
        const Result b =
            post(kEmbed, R"({"input":["abc def","ghi"],"encoding_format":"base64"})", kBillingKey);
        QCOMPARE(b.status, 200);
        const QJsonArray fd = f.json().value(u"data").toArray();
        const QJsonArray bd = b.json().value(u"data").toArray();
        for (int i = 0; i < 2; ++i) {
            const QByteArray raw =
                QByteArray::fromBase64(bd[i].toObject().value(u"embedding").toString().toLatin1());
            QCOMPARE(raw.size(), 384 * 4);
            const auto* floats = reinterpret_cast<const float*>(raw.constData());
            const QJsonArray fv = fd[i].toObject().value(u"embedding").toArray();
            for (int j = 0; j < 384; ++j)
                QVERIFY(std::abs(double(floats[j]) - fv[j].toDouble()) < 1e-6);
        }
    }

    void shuffleKeepsIndexes() {
        const QByteArray body = R"({"input":["one","two","three","four"]})";
        const Result plain = post(kEmbed, body, kBillingKey);
        const Result shuffled = post(kEmbed, body, kBillingKey, {{"X-Sandbox-Fault", "shuffle"}});
        const QJsonArray a = plain.json().value(u"data").toArray();
        const QJsonArray b = shuffled.json().value(u"data").toArray();
        QCOMPARE(b.size(), 4);
        QList<int> order;
        for (const QJsonValue& d : b)
            order.append(d.toObject().value(u"index").toInt());
        QVERIFY(order != QList<int>({0, 1, 2, 3}));
        for (const QJsonValue& d : b) {
            const int index = d.toObject().value(u"index").toInt();
            QCOMPARE(d.toObject().value(u"embedding"), a[index].toObject().value(u"embedding"));
        }
    }

    void rerank() {
        const QString path = QStringLiteral("/endpoint/acme/ranker/v1/rerank");
        const QByteArray body = R"({"model":"ranker","query":"refund an invoice","documents":[
            "The weather is nice today","How to get a refund for an invoice",
            "Invoice numbering rules","Refunds for annual plans"],"top_n":3})";
        const Result r = post(path, body, kRankerKey);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"model").toString(), QStringLiteral("bge-reranker-v2-m3"));
        const QJsonArray results = r.json().value(u"results").toArray();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].toObject().value(u"index").toInt(), 1);
        double previous = 2;
        for (const QJsonValue& x : results) {
            const double s = x.toObject().value(u"relevance_score").toDouble();
            QVERIFY(s <= previous && s >= 0 && s <= 1);
            QVERIFY(x.toObject().value(u"index").toInt() != 0); // the weather is last
            previous = s;
        }
    }

    void workloadsList() {
        const Result r = call(QStringLiteral("GET"), QStringLiteral("/api/projects/acme/workloads"),
                              {}, kAcmeControl);
        QCOMPARE(r.status, 200);
        const QJsonArray a = QJsonDocument::fromJson(r.body).array();
        QCOMPARE(a.size(), 4);
        QHash<QString, QString> types;
        for (const QJsonValue& v : a) {
            const QJsonObject o = v.toObject();
            for (const char* field : {"id", "name", "slug", "project_slug", "task_type", "backend",
                                      "model_name", "created_at", "updated_at"})
                QVERIFY2(!o.value(QLatin1String(field)).toString().isEmpty(), field);
            QCOMPARE(o.value(u"project_slug").toString(), QStringLiteral("acme"));
            types.insert(o.value(u"slug").toString(), o.value(u"task_type").toString());
        }
        QCOMPARE(types.value(QStringLiteral("support-bot")), QStringLiteral("text2text"));
        QCOMPARE(types.value(QStringLiteral("billing")), QStringLiteral("embedding"));
        QCOMPARE(types.value(QStringLiteral("search")), QStringLiteral("embedding"));
        QCOMPARE(types.value(QStringLiteral("ranker")), QStringLiteral("reranker"));
        const Result other =
            call(QStringLiteral("GET"), QStringLiteral("/api/projects/globex/workloads"), {},
                 kAcmeControl);
        QCOMPARE(other.status, 403);
        QCOMPARE(other.errorCode(), QStringLiteral("project_scope_mismatch"));
    }

    void redirect() {
        const Result r = post(kChat, chatBody(QStringLiteral("hi")), kChatKey,
                              {{"X-Sandbox-Fault", "redirect"}});
        QCOMPARE(r.status, 307);
        const QUrl location(QString::fromUtf8(r.header("location")));
        QCOMPARE(location.host(), QStringLiteral("localhost"));
        QCOMPARE(location.port(), int(sandbox->port()));
        QCOMPARE(location.path(), kChat);

        // A careful client drops Authorization for the other host: the sandbox saw none.
        const QString other = QStringLiteral("http://localhost:%1").arg(sandbox->port());
        QSignalSpy followed(sandbox, &Sandbox::redirectFollowed);
        const Result without = call(QStringLiteral("POST"), kChat, chatBody(QStringLiteral("hi")),
                                    QString(), {{"X-Sandbox-Fault", "redirect"}}, 30000, other);
        QCOMPARE(without.header("x-sandbox-saw-authorization"), QByteArray("no"));
        QCOMPARE(without.status, 401); // answered normally: no key, no service
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first().first().toBool(), false);
        QCOMPARE(sandbox->lastRedirectSawAuthorization(), std::optional<bool>(false));

        // A careless one carries it, and the sandbox says so (and serves it: no redirect loop).
        const Result with = call(QStringLiteral("POST"), kChat, chatBody(QStringLiteral("hi")),
                                 kChatKey, {{"X-Sandbox-Fault", "redirect"}}, 30000, other);
        QCOMPARE(with.status, 200);
        QCOMPARE(with.header("x-sandbox-saw-authorization"), QByteArray("yes"));
        QCOMPARE(sandbox->lastRedirectSawAuthorization(), std::optional<bool>(true));
        QCOMPARE(followed.size(), 2);
    }

    void qnamDefaultRedirectCarriesAuthorization() {
        // Why clients must handle redirects themselves: Qt 6.4's default policy follows the
        // redirect to another host and re-sends the raw Authorization header with it.
        QNetworkRequest req(QUrl(sandbox->baseUrl() + kChat));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        req.setRawHeader("X-Sandbox-Fault", "redirect");
        QNetworkReply* reply = nam.post(req, chatBody(QStringLiteral("hi")));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->url().host(), QStringLiteral("localhost"));
        QCOMPARE(reply->rawHeader("X-Sandbox-Saw-Authorization"), QByteArray("yes"));
        delete reply;
    }

    void pacedStreamArrivesOverTime() {
        sandbox->setTokensPerSecond(100);
        const Result r = stream(QStringLiteral("hi there"), {{QStringLiteral("max_tokens"), 20}});
        const Sse s = parseSse(r.body);
        QCOMPARE(s.contentChunks(), 20);
        QVERIFY(s.done);
        // 20 tokens at 100/s: about 200 ms, spread over many reads.
        QVERIFY2(r.readTimes.last() - r.msToHeaders >= 150,
                 qPrintable(QString::number(r.readTimes.last() - r.msToHeaders)));
        QVERIFY(r.readTimes.size() >= 10);
    }

    void clientAbortCleansUp() {
        sandbox->setTokensPerSecond(20);
        bool aborted = false;
        QNetworkRequest req(QUrl(sandbox->baseUrl() + kChat));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        QNetworkReply* reply =
            nam.post(req, chatBody(QStringLiteral("hi"), {{QStringLiteral("stream"), true}}));
        QByteArray got;
        connect(reply, &QNetworkReply::readyRead, reply, [&] {
            got += reply->readAll();
            if (got.contains("\"content\"") && !aborted) {
                aborted = true;
                reply->abort();
            }
        });
        QTRY_VERIFY(aborted);
        QTRY_COMPARE(sandbox->activeStreams(), 0);
        reply->deleteLater();
    }

    void unpacedLongStream() {
        sandbox->setReplyTokens(50000);
        QElapsedTimer clock;
        clock.start();
        const Result r = stream(QStringLiteral("a long one"), {}, {}, 120000);
        QVERIFY(r.finished);
        const Sse s = parseSse(r.body);
        QVERIFY(s.done);
        QCOMPARE(s.contentChunks(), 50000);
        qInfo("50,000 tokens in %lld ms (sanitizer build)", clock.elapsed());
    }

    void vllmExtrasLengthen() {
        const QJsonObject p{{QStringLiteral("max_tokens"), 400},
                            {QStringLiteral("ignore_eos"), true}};
        const Result r = post(kChat, chatBody(QStringLiteral("hi"), p), kChatKey);
        QCOMPARE(r.json().value(u"usage").toObject().value(u"completion_tokens").toInt(), 400);
        QCOMPARE(r.json().value(u"choices").toArray()[0].toObject().value(u"finish_reason"),
                 QJsonValue(QStringLiteral("length")));
    }

    void configFromJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::newRow("valid") << QByteArray(R"({"projects":[{"slug":"p","workloads":[
            {"slug":"e","kind":"embedding","model":"m","dimension":8}],
            "keys":[{"key":"ik_live_0123abcd_0000000000000000000000000000000000000000000000000000000000000000","workloads":["*"]}],
            "control_tokens":["ik_sdk_0123abcd_1111111111111111111111111111111111111111111111111111111111111111"]}]})")
                               << QString();
        QTest::newRow("not json") << QByteArray("{\n  \"projects\": [\n  oops") << "line 3";
        QTest::newRow("no projects") << QByteArray("{}") << "\"projects\"";
        QTest::newRow("no dimension")
            << QByteArray(
                   R"({"projects":[{"slug":"p","workloads":[{"slug":"e","kind":"embedding","model":"m"}]}]})")
            << "projects[0].workloads[0].dimension";
        QTest::newRow("bad kind")
            << QByteArray(
                   R"({"projects":[{"slug":"p","workloads":[{"slug":"e","kind":"tts","model":"m"}]}]})")
            << "projects[0].workloads[0].kind";
        QTest::newRow("bad key")
            << QByteArray(
                   R"({"projects":[{"slug":"p","keys":[{"key":"ik_live_12_34","workloads":["*"]}]}]})")
            << "projects[0].keys[0].key";
        QTest::newRow("key for unknown workload")
            << QByteArray(
                   R"({"projects":[{"slug":"p","keys":[{"key":"ik_live_0123abcd_0000000000000000000000000000000000000000000000000000000000000000","workloads":["x"]}]}]})")
            << "projects[0].keys[0].workloads[0]";
        QTest::newRow("live key as control token")
            << QByteArray(
                   R"({"projects":[{"slug":"p","control_tokens":["ik_live_0123abcd_0000000000000000000000000000000000000000000000000000000000000000"]}]})")
            << "projects[0].control_tokens[0]";
    }
    void configFromJson() {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString message;
        const auto config = Config::fromJson(json, &message);
        if (error.isEmpty()) {
            QVERIFY2(config.has_value(), qPrintable(message));
            QCOMPARE(config->workloads.size(), 1);
            QCOMPARE(config->workloads[0].dimension, 8);
            QCOMPARE(config->keys.size(), 1);
            QCOMPARE(config->controlTokens.size(), 1);
            QCOMPARE(config->controlTokens[0].project, QStringLiteral("p"));
        } else {
            QVERIFY(!config);
            QVERIFY2(message.contains(error), qPrintable(message));
            QVERIFY(!message.contains(u"0000000000000000"));
        }
    }

    void programBanner() {
        const QString bin = qEnvironmentVariable("IK_SANDBOX_BIN");
        if (bin.isEmpty())
            QSKIP("IK_SANDBOX_BIN not set");
        QProcess p;
        QByteArray out;
        connect(&p, &QProcess::readyReadStandardOutput, this,
                [&] { out += p.readAllStandardOutput(); });
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(bin, {QStringLiteral("--port"), QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("control-token globex"), 20000);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QVERIFY(lines[0].startsWith("listening http://127.0.0.1:"));
        const int port = lines[0].mid(lines[0].lastIndexOf(':') + 1).toInt();
        QVERIFY(port > 0);
        QVERIFY(lines.contains("key acme/support-bot " + kChatKey.toUtf8()));
        QVERIFY(lines.contains("control-token acme " + kAcmeControl.toUtf8()));
        // It serves what it printed.
        const Result r = call(QStringLiteral("POST"), kChat, chatBody(QStringLiteral("hi")),
                              kChatKey, {}, 30000, QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(r.status, 200);
        p.terminate();
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void programBadArguments_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown fault")
            << QStringList{QStringLiteral("--fault"), QStringLiteral("nope")}
            << "unknown fault \"nope\"";
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("x")}
                                  << "--port";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << "bogus";
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/ik.json")}
            << "/nonexistent/ik.json";
    }
    void programBadArguments() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString bin = qEnvironmentVariable("IK_SANDBOX_BIN");
        if (bin.isEmpty())
            QSKIP("IK_SANDBOX_BIN not set");
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(bin, args);
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void programConfigFile() {
        const QString bin = qEnvironmentVariable("IK_SANDBOX_BIN");
        if (bin.isEmpty())
            QSKIP("IK_SANDBOX_BIN not set");
        QTemporaryFile bad;
        QVERIFY(bad.open());
        bad.write(
            R"({"projects":[{"slug":"p","workloads":[{"slug":"e","kind":"embedding","model":"m"}]}]})");
        bad.close();
        QProcess p;
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(bin, {QStringLiteral("--config"), bad.fileName()});
        QVERIFY(finished.wait(20000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"projects[0].workloads[0].dimension"), qPrintable(err));

        QTemporaryFile good;
        QVERIFY(good.open());
        good.write(
            R"({"projects":[{"slug":"demo","workloads":[{"slug":"bot","kind":"chat","model":"m"}],
            "keys":[{"key":"ik_live_0123abcd_0000000000000000000000000000000000000000000000000000000000000000","workloads":["bot"]}]}]})");
        good.close();
        QProcess q;
        QByteArray out;
        connect(&q, &QProcess::readyReadStandardOutput, this,
                [&] { out += q.readAllStandardOutput(); });
        QSignalSpy qFinished(&q, &QProcess::finished);
        q.start(bin, {QStringLiteral("--config"), good.fileName(), QStringLiteral("--port"),
                      QStringLiteral("0")});
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("key demo/bot ik_live_0123abcd_"), 20000);
        q.terminate();
        QVERIFY(qFinished.wait(20000));
        QCOMPARE(q.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
