// Request builders and response parsers: what goes on the wire and what the user gets back.

#include "chatdelta.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace ik;

Q_DECLARE_METATYPE(ChatRequest)
Q_DECLARE_METATYPE(EmbeddingsRequest)
Q_DECLARE_METATYPE(RerankRequest)
Q_DECLARE_METATYPE(std::optional<ErrorKind>)

namespace {

QJsonObject json(const QByteArray& text) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test itself: %s", text.constData());
    return doc.object();
}

ChatRequest prompt(const QString& text, const QString& model = QStringLiteral("support-bot")) {
    ChatRequest r;
    r.model = model;
    r.prompt = text;
    return r;
}

ChatRequest messages(QList<ChatMessage> list) {
    ChatRequest r;
    r.model = QStringLiteral("support-bot");
    r.messages = std::move(list);
    return r;
}

ChatMessage msg(const char* role, const char* content) {
    return {QString::fromUtf8(role), QString::fromUtf8(content)};
}

const QString kKey = QStringLiteral(
    "ik_live_0a1b2c3d_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d");

QByteArray embeddingsJson(const QList<QPair<int, QList<double>>>& items,
                          const QByteArray& model = "nomic-embed-text") {
    QJsonArray data;
    for (const auto& [index, values] : items) {
        QJsonArray v;
        for (double d : values)
            v.append(d);
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("embedding"), v}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                     {QStringLiteral("model"), QString::fromUtf8(model)},
                                     {QStringLiteral("data"), data},
                                     {QStringLiteral("usage"),
                                      QJsonObject{{QStringLiteral("prompt_tokens"), 12},
                                                  {QStringLiteral("total_tokens"), 12}}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestWire : public QObject {
    Q_OBJECT

private slots:
    void trimBaseUrl_data();
    void trimBaseUrl();
    void workloadUrl_data();
    void workloadUrl();
    void keychainAccount_data();
    void keychainAccount();
    void resolveSetting_data();
    void resolveSetting();
    void workloadKindNames_data();
    void workloadKindNames();

    void validateChat_data();
    void validateChat();
    void chatBody_data();
    void chatBody();
    void parseChatResponse_data();
    void parseChatResponse();
    void parseChatChunk_data();
    void parseChatChunk();
    void parseChatChunkAgreesWithQJson();
    void reasoningForms_data();
    void reasoningForms();
    void thinkSplitAtEveryOffset();
    void toolCallsAssembledByIndex();
    void toolCallsSplitAtEveryByte();
    void nonStreamToolCalls();
    void reasoningTokensInUsage();
    void chatBodyToolsAndReasoning();
    void validateToolMessages();

    void validateEmbeddings_data();
    void validateEmbeddings();
    void embeddingsBody();
    void parseEmbeddings_data();
    void parseEmbeddings();
    void parseEmbeddingsRejects_data();
    void parseEmbeddingsRejects();
    void parseEmbeddingsLargeShuffled();

    void validateRerank_data();
    void validateRerank();
    void rerankBody();
    void parseRerank_data();
    void parseRerank();
};

void TestWire::trimBaseUrl_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringLiteral("https://api.inferencekey.com")
                          << QStringLiteral("https://api.inferencekey.com");
    QTest::newRow("one") << QStringLiteral("https://api.inferencekey.com/")
                         << QStringLiteral("https://api.inferencekey.com");
    QTest::newRow("several") << QStringLiteral("https://api.inferencekey.com///")
                             << QStringLiteral("https://api.inferencekey.com");
    QTest::newRow("with a path") << QStringLiteral("http://127.0.0.1:8080/gateway//")
                                 << QStringLiteral("http://127.0.0.1:8080/gateway");
    QTest::newRow("surrounding whitespace")
        << QStringLiteral(" https://x.test/ \n") << QStringLiteral("https://x.test");
}

void TestWire::trimBaseUrl() {
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(ik::trimBaseUrl(base), expected);
}

void TestWire::workloadUrl_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("route");
    QTest::addColumn<QString>("expected");
    QTest::newRow("chat") << QStringLiteral("https://api.inferencekey.com/")
                          << QStringLiteral("/chat/completions")
                          << QStringLiteral(
                                 "https://api.inferencekey.com/endpoint/acme/support-bot/"
                                 "v1/chat/completions");
    QTest::newRow("trailing slashes, port, path prefix")
        << QStringLiteral("http://127.0.0.1:8931/gw///") << QStringLiteral("/embeddings")
        << QStringLiteral("http://127.0.0.1:8931/gw/endpoint/acme/support-bot/v1/embeddings");
    QTest::newRow("route without slash")
        << QStringLiteral("https://x.test") << QStringLiteral("rerank")
        << QStringLiteral("https://x.test/endpoint/acme/"
                          "support-bot/v1/rerank");
}

void TestWire::workloadUrl() {
    QFETCH(QString, base);
    QFETCH(QString, route);
    QFETCH(QString, expected);
    const WorkloadRef ref{QUrl(base), QStringLiteral("acme"), QStringLiteral("support-bot")};
    QCOMPARE(ik::workloadUrl(ref, route).toString(), expected);
    QVERIFY(ik::workloadUrl(ref, route).isValid());
}

void TestWire::keychainAccount_data() {
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no port") << QStringLiteral("https://api.inferencekey.com/")
                             << QStringLiteral("api.inferencekey.com/acme/billing");
    QTest::newRow("explicit port")
        << QStringLiteral("http://127.0.0.1:8931") << QStringLiteral("127.0.0.1:8931/acme/billing");
    QTest::newRow("explicit default port kept")
        << QStringLiteral("https://api.inferencekey.com:443")
        << QStringLiteral("api.inferencekey.com:443/acme/"
                          "billing");
    QTest::newRow("host case folded") << QStringLiteral("https://API.InferenceKey.com")
                                      << QStringLiteral("api.inferencekey.com/acme/billing");
    QTest::newRow("IPv6") << QStringLiteral("http://[::1]:9000/")
                          << QStringLiteral("[::1]:9000/acme/billing");
}

void TestWire::keychainAccount() {
    QFETCH(QString, base);
    QFETCH(QString, expected);
    QCOMPARE(ik::keychainAccount({QUrl(base), QStringLiteral("acme"), QStringLiteral("billing")}),
             expected);
}

void TestWire::resolveSetting_data() {
    QTest::addColumn<QString>("explicitValue");
    QTest::addColumn<QByteArray>("env");
    QTest::addColumn<bool>("envSet");
    QTest::addColumn<QString>("expected");
    const QString def = QStringLiteral("https://api.inferencekey.com");
    QTest::newRow("explicit wins")
        << QStringLiteral("https://a.test") << QByteArray("https://b.test") << true
        << QStringLiteral("https://a.test");
    QTest::newRow("env next") << QString() << QByteArray("https://b.test") << true
                              << QStringLiteral("https://b.test");
    QTest::newRow("default last") << QString() << QByteArray() << false << def;
    QTest::newRow("blank explicit is absent")
        << QStringLiteral("  ") << QByteArray("https://b.test") << true
        << QStringLiteral("https://b.test");
    QTest::newRow("empty env is absent") << QString() << QByteArray("") << true << def;
    QTest::newRow("whitespace env is absent") << QString() << QByteArray(" \t\n") << true << def;
}

void TestWire::resolveSetting() {
    QFETCH(QString, explicitValue);
    QFETCH(QByteArray, env);
    QFETCH(bool, envSet);
    QFETCH(QString, expected);
    const char* name = "IK_TST_WIRE_SETTING";
    if (envSet)
        qputenv(name, env);
    else
        qunsetenv(name);
    QCOMPARE(ik::resolveSetting(explicitValue, name, QString::fromLatin1(kDefaultBaseUrl)),
             expected);
    qunsetenv(name);
}

void TestWire::workloadKindNames_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind"); // -1: unknown
    QTest::newRow("chat") << QStringLiteral("chat") << int(WorkloadKind::Chat);
    QTest::newRow("text2text") << QStringLiteral("text2text") << int(WorkloadKind::Chat);
    QTest::newRow("embedding") << QStringLiteral("embedding") << int(WorkloadKind::Embedding);
    QTest::newRow("Embeddings") << QStringLiteral("Embeddings") << int(WorkloadKind::Embedding);
    QTest::newRow("reranker") << QStringLiteral("reranker") << int(WorkloadKind::Rerank);
    QTest::newRow("rerank") << QStringLiteral("rerank") << int(WorkloadKind::Rerank);
    QTest::newRow("unknown") << QStringLiteral("text2speech") << -1;
}

void TestWire::workloadKindNames() {
    QFETCH(QString, name);
    QFETCH(int, kind);
    const auto got = ik::workloadKindFromName(name);
    QCOMPARE(got ? int(*got) : -1, kind);
    if (got)
        QCOMPARE(ik::workloadKindFromName(ik::workloadKindName(*got)), got);
}

void TestWire::validateChat_data() {
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<std::optional<ErrorKind>>("kind");
    QTest::addColumn<QString>("message");

    const auto none = std::optional<ErrorKind>();
    const auto validation = std::optional<ErrorKind>(ErrorKind::Validation);
    QTest::newRow("prompt") << prompt(QStringLiteral("Hola")) << none << QString();
    QTest::newRow("messages") << messages({msg("system", "Be brief."), msg("user", "Hola"),
                                           msg("assistant", "Hi"), msg("user", "More")})
                              << none << QString();
    ChatRequest both = prompt(QStringLiteral("Hola"));
    both.messages = {msg("user", "Hola")};
    QTest::newRow("both") << both << validation
                          << QStringLiteral("provide either prompt or messages, not both");
    QTest::newRow("neither") << prompt(QString()) << validation
                             << QStringLiteral("provide either prompt or messages");
    QTest::newRow("blank prompt") << prompt(QStringLiteral(" \n\t")) << validation
                                  << QStringLiteral("prompt must not be blank");
    QTest::newRow("blank message content")
        << messages({msg("user", "Hola"), msg("user", "   ")}) << validation
        << QStringLiteral("messages[1].content must not be blank");
    QTest::newRow("bad role") << messages({msg("bot", "Hola")}) << validation
                              << QStringLiteral("messages[0].role must be system, user, "
                                                "assistant or tool (got 'bot')");
    QTest::newRow("data key in the model field")
        << prompt(QStringLiteral("Hola"), kKey)
        << std::optional<ErrorKind>(ErrorKind::Configuration)
        << QStringLiteral("the model field holds a credential (ik_live_0a1b2c3d\u2026), not a "
                          "workload slug");
    QTest::newRow("control token in the model field")
        << prompt(QStringLiteral("Hola"), QStringLiteral(" ik_sdk_0a1b2c3d_ffff"))
        << std::optional<ErrorKind>(ErrorKind::Configuration)
        << QStringLiteral("the model field holds a credential (ik_sdk_0a1b2c3d\u2026), not a "
                          "workload slug");
    ChatRequest zeroTokens = prompt(QStringLiteral("Hola"));
    zeroTokens.params.maxTokens = 0;
    QTest::newRow("max_tokens 0") << zeroTokens << validation
                                  << QStringLiteral("max_tokens must be at least 1 (got 0)");
    ChatRequest negativeTemperature = prompt(QStringLiteral("Hola"));
    negativeTemperature.params.temperature = -0.5;
    QTest::newRow("negative temperature")
        << negativeTemperature << validation
        << QStringLiteral("temperature must be at least 0 and at most 2 (got -0.5)");
    ChatRequest topP = prompt(QStringLiteral("Hola"));
    topP.params.topP = 0;
    QTest::newRow("top_p 0") << topP << validation
                             << QStringLiteral(
                                    "top_p must be greater than 0 and at most 1 (got 0)");
    ChatRequest edge = prompt(QStringLiteral("Hola"));
    edge.params.temperature = 0;
    edge.params.topP = 1;
    edge.params.presencePenalty = -2;
    edge.params.frequencyPenalty = 2;
    QTest::newRow("edges allowed") << edge << none << QString();
}

void TestWire::validateChat() {
    QFETCH(ChatRequest, request);
    QFETCH(std::optional<ErrorKind>, kind);
    QFETCH(QString, message);

    const std::optional<Error> e = ik::validateChat(request);
    QCOMPARE(e.has_value(), kind.has_value());
    if (!e)
        return;
    QCOMPARE(e->kind, *kind);
    QCOMPARE(e->message, message);
    QVERIFY(!e->hint.isEmpty());
    QVERIFY(!e->summary().contains(u"9e8d7c6b"));
}

void TestWire::chatBody_data() {
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("prompt, nothing optional")
        << prompt(QStringLiteral("Hola"))
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":false})");
    ChatRequest withSystem = prompt(QStringLiteral("Hola"));
    withSystem.system = QStringLiteral("Answer in Spanish.");
    QTest::newRow("system then user")
        << withSystem
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"system","content":)"
                      R"("Answer in Spanish."},{"role":"user","content":"Hola"}],"stream":false})");
    ChatRequest list = messages({msg("user", "Hi"), msg("assistant", "Hello"), msg("user", "Más")});
    list.system = QStringLiteral("Be brief.");
    QTest::newRow("messages with system prepended")
        << list
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"system","content":"Be )"
                      R"(brief."},{"role":"user","content":"Hi"},{"role":"assistant","content":)"
                      R"("Hello"},{"role":"user","content":"Más"}],"stream":false})");
    ChatRequest blankSystem = prompt(QStringLiteral("Hola"));
    blankSystem.system = QStringLiteral("  ");
    QTest::newRow("blank system omitted")
        << blankSystem
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":false})");
    QTest::newRow("blank model is default")
        << prompt(QStringLiteral("Hola"), QStringLiteral(" "))
        << QByteArray(R"({"model":"default","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":false})");
    ChatRequest all = prompt(QStringLiteral("Hola"));
    all.stream = true;
    all.params.temperature = 0.2;
    all.params.maxTokens = 300;
    all.params.topP = 0.9;
    all.params.stop = {QStringLiteral("\n\n"), QStringLiteral("END")};
    all.params.seed = 42;
    all.params.presencePenalty = 0.5;
    all.params.frequencyPenalty = -0.25;
    all.params.includeUsage = true;
    QTest::newRow("every option, streaming with usage")
        << all
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":true,"temperature":0.2,"max_tokens":300,"top_p":0.9,"stop":)"
                      R"(["\n\n","END"],"seed":42,"presence_penalty":0.5,"frequency_penalty":)"
                      R"(-0.25,"stream_options":{"include_usage":true}})");
    ChatRequest usageNoStream = prompt(QStringLiteral("Hola"));
    usageNoStream.params.includeUsage = true;
    usageNoStream.params.temperature = 0;
    QTest::newRow("include_usage ignored without streaming, temperature 0 kept")
        << usageNoStream
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":false,"temperature":0})");
    ChatRequest streamNoUsage = prompt(QStringLiteral("Hola"));
    streamNoUsage.stream = true;
    QTest::newRow("streaming without usage")
        << streamNoUsage
        << QByteArray(R"({"model":"support-bot","messages":[{"role":"user","content":"Hola"}],)"
                      R"("stream":true})");
}

void TestWire::chatBody() {
    QFETCH(ChatRequest, request);
    QFETCH(QByteArray, expected);
    const QByteArray body = ik::chatBody(request);
    // compared as parsed JSON: exactly these keys, no more
    QCOMPARE(json(body), json(expected));
    QVERIFY(!body.contains('\n') || request.params.stop.isEmpty()); // compact
}

void TestWire::parseChatResponse_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<std::optional<ErrorKind>>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<int>("totalTokens");

    const auto none = std::optional<ErrorKind>();
    const auto protocol = std::optional<ErrorKind>(ErrorKind::Protocol);
    QTest::newRow("complete")
        << QByteArray(R"({"id":"chatcmpl-1","object":"chat.completion","model":)"
                      R"("meta-llama/Llama-3.1-8B-Instruct","choices":[{"index":0,"message":)"
                      R"({"role":"assistant","content":"¡Hola!"},"finish_reason":"stop"}],)"
                      R"("usage":{"prompt_tokens":9,"completion_tokens":3,"total_tokens":12}})")
        << none << QStringLiteral("\u00A1Hola!")
        << QStringLiteral("meta-llama/Llama-3.1-8B-Instruct") << QStringLiteral("stop") << 12;
    QTest::newRow("length, no usage")
        << QByteArray(R"({"model":"m","choices":[{"message":{"content":"cut"},"finish_reason":)"
                      R"("length"}]})")
        << none << QStringLiteral("cut") << QStringLiteral("m") << QStringLiteral("length") << -1;
    QTest::newRow("null content")
        << QByteArray(R"({"model":"m","choices":[{"message":{"role":"assistant","content":null},)"
                      R"("finish_reason":"tool_calls"}]})")
        << none << QString() << QStringLiteral("m") << QStringLiteral("tool_calls") << -1;
    QTest::newRow("no choices") << QByteArray(R"({"model":"m"})") << protocol << QString()
                                << QString() << QString() << -1;
    QTest::newRow("empty choices") << QByteArray(R"({"model":"m","choices":[]})") << protocol
                                   << QString() << QString() << QString() << -1;
    QTest::newRow("choices not a list") << QByteArray(R"({"choices":{"0":{}}})") << protocol
                                        << QString() << QString() << QString() << -1;
    QTest::newRow("choice without message")
        << QByteArray(R"({"choices":[{"index":0}]})") << protocol << QString() << QString()
        << QString() << -1;
    QTest::newRow("not JSON") << QByteArray("<html>oops</html>") << protocol << QString()
                              << QString() << QString() << -1;
    QTest::newRow("JSON array") << QByteArray("[]") << protocol << QString() << QString()
                                << QString() << -1;
    QTest::newRow("error body with 200")
        << QByteArray(R"({"error":{"code":"engine_error","message":"boom"}})")
        << std::optional<ErrorKind>(ErrorKind::Server) << QString() << QString() << QString() << -1;
}

void TestWire::parseChatResponse() {
    QFETCH(QByteArray, body);
    QFETCH(std::optional<ErrorKind>, kind);
    QFETCH(QString, text);
    QFETCH(QString, model);
    QFETCH(QString, finishReason);
    QFETCH(int, totalTokens);

    ChatResponse r;
    r.text = QStringLiteral("untouched");
    const std::optional<Error> e = ik::parseChatResponse(body, &r);
    QCOMPARE(e ? std::optional<ErrorKind>(e->kind) : std::nullopt, kind);
    if (e) {
        QCOMPARE(r.text, QStringLiteral("untouched"));
        QVERIFY(!e->message.isEmpty());
        return;
    }
    QCOMPARE(r.text, text);
    QCOMPARE(r.model, model);
    QCOMPARE(r.finishReason, finishReason);
    QCOMPARE(r.usage.totalTokens, totalTokens);
    QCOMPARE(r.usage.present(), totalTokens >= 0);
}

void TestWire::parseChatChunk_data() {
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<int>("totalTokens"); // -2: no usage object
    QTest::addColumn<QString>("summary");

    const int delta = int(ChatChunk::Type::Delta);
    QTest::newRow("content")
        << QStringLiteral(
               R"({"id":"c","object":"chat.completion.chunk","model":"m","choices":[{"index":0,)"
               R"("delta":{"content":"¡Hola"},"finish_reason":null}]})")
        << delta << QStringLiteral("\u00A1Hola") << QString() << -2 << QString();
    QTest::newRow("role only")
        << QStringLiteral(
               R"({"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":null}]})")
        << delta << QString() << QString() << -2 << QString();
    QTest::newRow("final") << QStringLiteral(
                                  R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})")
                           << delta << QString() << QStringLiteral("stop") << -2 << QString();
    QTest::newRow("null content")
        << QStringLiteral(
               R"({"choices":[{"index":0,"delta":{"content":null},"finish_reason":"length"}]})")
        << delta << QString() << QStringLiteral("length") << -2 << QString();
    QTest::newRow("usage chunk, empty choices")
        << QStringLiteral(
               R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":7,"total_tokens":12}})")
        << delta << QString() << QString() << 12 << QString();
    QTest::newRow("usage null") << QStringLiteral(R"({"choices":[{"delta":{"content":"x"}}],)"
                                                  R"("usage":null})")
                                << delta << QStringLiteral("x") << QString() << -2 << QString();
    QTest::newRow("escapes")
        << QStringLiteral(R"({"choices":[{"delta":{"content":"a\n\u00e9\ud83d\ude00\"\\\/\t"}}]})")
        << delta << QStringLiteral("a\n\u00E9\U0001F600\"\\/\t") << QString() << -2 << QString();
    QTest::newRow("unknown nested fields skipped")
        << QStringLiteral(
               R"({"choices":[{"delta":{"content":"x","tool_calls":[{"a":{"b":null}}]},"logprobs":)"
               R"({"content":[{"token":"x","logprob":-0.1e0}]},"finish_reason":null}],)"
               R"("system_fingerprint":"fp \"q\"","created":1.5,"ok":true})")
        << delta << QStringLiteral("x") << QString() << -2 << QString();
    QTest::newRow("only the first choice")
        << QStringLiteral(R"({"choices":[{"delta":{"content":"a"}},{"delta":{"content":"b"}}]})")
        << delta << QStringLiteral("a") << QString() << -2 << QString();
    QTest::newRow("completion-style text")
        << QStringLiteral(R"({"choices":[{"index":0,"text":"hi","finish_reason":null}]})") << delta
        << QStringLiteral("hi") << QString() << -2 << QString();
    QTest::newRow("finish and usage null")
        << QStringLiteral(R"({"choices":[{"delta":{},"finish_reason":"stop"}],"usage":null})")
        << delta << QString() << QStringLiteral("stop") << -2 << QString();
    QTest::newRow("error frame")
        << QStringLiteral(R"({"error":{"code":"engine_error","message":"CUDA out of memory"}})")
        << int(ChatChunk::Type::Error) << QString() << QString() << -2
        << QStringLiteral("api error: CUDA out of memory");
    QTest::newRow("not JSON") << QStringLiteral("hello") << int(ChatChunk::Type::NotJson)
                              << QString() << QString() << -2 << QString();
    QTest::newRow("truncated JSON")
        << QStringLiteral(R"({"choices":[{"delta":{"content":"x)") << int(ChatChunk::Type::NotJson)
        << QString() << QString() << -2 << QString();
    QTest::newRow("JSON but not an object")
        << QStringLiteral("[1,2]") << int(ChatChunk::Type::NotJson) << QString() << QString() << -2
        << QString();
}

void TestWire::parseChatChunk() {
    QFETCH(QString, data);
    QFETCH(int, type);
    QFETCH(QString, content);
    QFETCH(QString, finishReason);
    QFETCH(int, totalTokens);
    QFETCH(QString, summary);

    const ChatChunk c = ik::parseChatChunk(data);
    QCOMPARE(int(c.type), type);
    QCOMPARE(c.content, content);
    QCOMPARE(c.finishReason, finishReason);
    QCOMPARE(c.usage ? c.usage->totalTokens : -2, totalTokens);
    if (c.type == ChatChunk::Type::Error)
        QCOMPARE(c.error.summary(), summary);
}

void TestWire::parseChatChunkAgreesWithQJson() {
    // Chunks written by a JSON library, with every kind of character a model may emit: the fast
    // path must read back exactly what was written.
    QRandomGenerator rng(11);
    const char16_t pool[] = {u'a', u'"', u'\\',  u'/',   u'\n', u'\t', u'\r', 0x01,
                             0x1F, 0xE9, 0x4E16, 0xFFFD, u' ',  u'{',  u'}'};
    for (int i = 0; i < 500; ++i) {
        QString content;
        for (int n = rng.bounded(0, 12); n > 0; --n) {
            if (rng.bounded(8) == 0)
                content += QStringLiteral("\U0001F600");
            else
                content += QChar(pool[rng.bounded(int(std::size(pool)))]);
        }
        QJsonObject delta;
        if (rng.bounded(4) != 0)
            delta.insert(u"content", content);
        const QJsonObject chunk{
            {QStringLiteral("model"), QStringLiteral("m\u00E9")},
            {QStringLiteral("choices"),
             QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                    {QStringLiteral("delta"), delta},
                                    {QStringLiteral("finish_reason"),
                                     rng.bounded(3) == 0 ? QJsonValue(QStringLiteral("stop"))
                                                         : QJsonValue(QJsonValue::Null)}}}}};
        const QString data = QString::fromUtf8(QJsonDocument(chunk).toJson(
            rng.bounded(2) ? QJsonDocument::Compact : QJsonDocument::Indented));
        const ChatChunk c = ik::parseChatChunk(data);
        QCOMPARE(int(c.type), int(ChatChunk::Type::Delta));
        QCOMPARE(c.content, delta.value(u"content").toString());
        QCOMPARE(c.model, QStringLiteral("m\u00E9"));
        QCOMPARE(c.finishReason, chunk[u"choices"][0][u"finish_reason"].toString());
    }
}

void TestWire::validateEmbeddings_data() {
    QTest::addColumn<EmbeddingsRequest>("request");
    QTest::addColumn<std::optional<ErrorKind>>("kind");
    QTest::addColumn<QString>("message");

    const auto validation = std::optional<ErrorKind>(ErrorKind::Validation);
    QTest::newRow("batch") << EmbeddingsRequest{QStringLiteral("billing"),
                                                {QStringLiteral("a"), QStringLiteral("b")}}
                           << std::optional<ErrorKind>() << QString();
    QTest::newRow("empty batch") << EmbeddingsRequest{QStringLiteral("billing"), {}} << validation
                                 << QStringLiteral("input must not be empty: give at least one "
                                                   "text");
    QTest::newRow("blank single") << EmbeddingsRequest{QStringLiteral("billing"),
                                                       {QStringLiteral(" ")}}
                                  << validation << QStringLiteral("input must not be blank");
    QTest::newRow("blank in batch")
        << EmbeddingsRequest{QStringLiteral("billing"), {QStringLiteral("a"), QString()}}
        << validation << QStringLiteral("input[1] must not be blank");
    QTest::newRow("key as model") << EmbeddingsRequest{kKey, {QStringLiteral("a")}}
                                  << std::optional<ErrorKind>(ErrorKind::Configuration)
                                  << QStringLiteral(
                                         "the model field holds a credential "
                                         "(ik_live_0a1b2c3d\u2026), not a workload slug");
}

void TestWire::validateEmbeddings() {
    QFETCH(EmbeddingsRequest, request);
    QFETCH(std::optional<ErrorKind>, kind);
    QFETCH(QString, message);
    const std::optional<Error> e = ik::validateEmbeddings(request);
    QCOMPARE(e ? std::optional<ErrorKind>(e->kind) : std::nullopt, kind);
    if (e)
        QCOMPARE(e->message, message);
}

void TestWire::embeddingsBody() {
    QCOMPARE(json(ik::embeddingsBody(
                 {QStringLiteral("billing"),
                  {QStringLiteral("first document"), QStringLiteral("second document")}})),
             json(R"({"model":"billing","input":["first document","second document"]})"));
    // a single string is a batch of one
    QCOMPARE(json(ik::embeddingsBody({QString(), {QStringLiteral("solo")}})),
             json(R"({"model":"default","input":["solo"]})"));
}

void TestWire::parseEmbeddings_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<QList<QList<float>>>("vectors");

    QTest::newRow("in order") << embeddingsJson({{0, {0.5, -0.25}}, {1, {1, 0}}}) << 2
                              << QList<QList<float>>{{0.5f, -0.25f}, {1.f, 0.f}};
    QTest::newRow("shuffled indices")
        << embeddingsJson({{2, {3, 3}}, {0, {1, 1}}, {1, {2, 2}}}) << 3
        << QList<QList<float>>{{1.f, 1.f}, {2.f, 2.f}, {3.f, 3.f}};
    QTest::newRow("count not checked")
        << embeddingsJson({{0, {1}}}) << -1 << QList<QList<float>>{{1.f}};
    QTest::newRow("pretty printed, exponents, index after embedding")
        << QByteArray("{\n  \"object\": \"list\",\n  \"data\": [\n    {\"embedding\": [ 1e-3 , "
                      "-2.5E+1,0 ,-0.0], \"index\": 1, \"object\": \"embedding\"},\n    "
                      "{\"embedding\": [1,2,3,4], \"index\": 0, \"extra\": {\"a\": [true, null, "
                      "\"s\\\"q\"]}}\n  ],\n  \"model\": \"m\"\n}\n")
        << 2 << QList<QList<float>>{{1.f, 2.f, 3.f, 4.f}, {1e-3f, -25.f, 0.f, -0.f}};
    QTest::newRow("escaped model name (slow path)")
        << QByteArray(R"({"model":"nomic\u002dembed","data":[{"index":0,"embedding":[0.125]}]})")
        << 1 << QList<QList<float>>{{0.125f}};
    QTest::newRow("integer-valued float index (slow path)")
        << QByteArray(R"({"data":[{"index":0.0,"embedding":[7]}]})") << 1
        << QList<QList<float>>{{7.f}};
    QTest::newRow("no vectors") << QByteArray(R"({"data":[]})") << 0 << QList<QList<float>>{};
}

void TestWire::parseEmbeddings() {
    QFETCH(QByteArray, body);
    QFETCH(int, expectedCount);
    QFETCH(QList<QList<float>>, vectors);

    EmbeddingsResponse r;
    const std::optional<Error> e = ik::parseEmbeddingsResponse(body, expectedCount, &r);
    QVERIFY2(!e, e ? qPrintable(e->summary()) : "");
    QCOMPARE(r.vectors.size(), vectors.size());
    for (qsizetype i = 0; i < vectors.size(); ++i)
        QCOMPARE(QList<float>(r.vectors[i].begin(), r.vectors[i].end()), vectors[i]);
    if (body.contains("\\u002d")) // the escape was decoded
        QCOMPARE(r.model, QStringLiteral("nomic-embed"));
}

void TestWire::parseEmbeddingsRejects_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    const ErrorKind p = ErrorKind::Protocol;
    QTest::newRow("fewer vectors than inputs")
        << embeddingsJson({{0, {1}}}) << 2 << p
        << QStringLiteral("the server returned 1 vectors for 2 inputs");
    QTest::newRow("duplicate index") << embeddingsJson({{0, {1}}, {0, {2}}}) << 2 << p
                                     << QStringLiteral("index 0 appears more than once");
    QTest::newRow("index out of range") << embeddingsJson({{0, {1}}, {2, {2}}}) << 2 << p
                                        << QStringLiteral("data[1] has index 2, outside 0..1");
    QTest::newRow("missing index") << QByteArray(R"({"data":[{"embedding":[1]}]})") << 1 << p
                                   << QStringLiteral("data[0] has no valid index");
    QTest::newRow("negative index") << QByteArray(R"({"data":[{"index":-1,"embedding":[1]}]})") << 1
                                    << p << QStringLiteral("data[0] has no valid index");
    QTest::newRow("dimensions differ") << embeddingsJson({{1, {1, 2, 3}}, {0, {1, 2}}}) << 2 << p
                                       << QStringLiteral("the vector at index 1 has 3 dimensions, "
                                                         "the one at index 0 has 2");
    QTest::newRow("empty vector") << embeddingsJson({{0, {}}}) << 1 << p
                                  << QStringLiteral("the vector at index 0 is empty");
    QTest::newRow("base64 vector")
        << QByteArray(R"({"data":[{"index":0,"embedding":"AAAAPw=="}]})") << 1 << p
        << QStringLiteral("data[0].embedding is a string (base64?), not a list of numbers");
    QTest::newRow("a string among the numbers")
        << QByteArray(R"({"data":[{"index":0,"embedding":[1,"2"]}]})") << 1 << p
        << QStringLiteral("data[0].embedding[1] is not a number");
    QTest::newRow("no data") << QByteArray(R"({"object":"list"})") << 1 << p
                             << QStringLiteral("the embeddings response has no data list");
    QTest::newRow("NaN is not JSON")
        << QByteArray(R"({"data":[{"index":0,"embedding":[NaN]}]})") << 1 << p << QString();
    QTest::newRow("truncated body")
        << embeddingsJson({{0, {1, 2}}}).chopped(5) << 1 << p << QString();
    QTest::newRow("trailing garbage") << embeddingsJson({{0, {1, 2}}}) + "x" << 1 << p << QString();
    QTest::newRow("error object") << QByteArray(
                                         R"({"error":{"code":"engine_error","message":"boom"}})")
                                  << 1 << ErrorKind::Server << QStringLiteral("boom");
}

void TestWire::parseEmbeddingsRejects() {
    QFETCH(QByteArray, body);
    QFETCH(int, expectedCount);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    EmbeddingsResponse r;
    r.model = QStringLiteral("untouched");
    const std::optional<Error> e = ik::parseEmbeddingsResponse(body, expectedCount, &r);
    QVERIFY(e);
    QCOMPARE(e->kind, kind);
    if (!message.isEmpty())
        QCOMPARE(e->message, message);
    QVERIFY(!e->message.isEmpty());
    QCOMPARE(r.model, QStringLiteral("untouched"));
}

void TestWire::parseEmbeddingsLargeShuffled() {
    // The fast path must agree with a plain JSON reading, number for number.
    QRandomGenerator rng(7);
    const int n = 50;
    const int dim = 384;
    QList<QPair<int, QList<double>>> items;
    for (int i = 0; i < n; ++i) {
        QList<double> v;
        for (int j = 0; j < dim; ++j)
            v << (rng.generateDouble() * 2 - 1) * std::pow(10.0, -rng.bounded(4));
        items.append({i, v});
    }
    std::shuffle(items.begin(), items.end(), rng);
    const QByteArray body = embeddingsJson(items);

    EmbeddingsResponse r;
    QVERIFY(!ik::parseEmbeddingsResponse(body, n, &r));
    QCOMPARE(r.model, QStringLiteral("nomic-embed-text"));
    QCOMPARE(r.usage.promptTokens, 12);
    QCOMPARE(r.vectors.size(), n);
    const QJsonArray data = json(body).value(u"data").toArray();
    for (const QJsonValue& item : data) {
        const int index = item[u"index"].toInt();
        const QJsonArray values = item[u"embedding"].toArray();
        QCOMPARE(r.vectors[index].size(), dim);
        for (int j = 0; j < dim; ++j)
            QCOMPARE(r.vectors[index][j], static_cast<float>(values[j].toDouble()));
    }
}

void TestWire::validateRerank_data() {
    QTest::addColumn<RerankRequest>("request");
    QTest::addColumn<QString>("message"); // empty: valid

    const QStringList docs = {QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("ok") << RerankRequest{QStringLiteral("ranker"), QStringLiteral("q"), docs, 1}
                        << QString();
    QTest::newRow("blank query") << RerankRequest{QStringLiteral("ranker"), QStringLiteral(" "),
                                                  docs, std::nullopt}
                                 << QStringLiteral("query must not be blank");
    QTest::newRow("no documents")
        << RerankRequest{QStringLiteral("ranker"), QStringLiteral("q"), {}, std::nullopt}
        << QStringLiteral("documents must not be empty: give at least one");
    QTest::newRow("blank document") << RerankRequest{QStringLiteral("ranker"),
                                                     QStringLiteral("q"),
                                                     {QStringLiteral("a"), QStringLiteral("\n")},
                                                     std::nullopt}
                                    << QStringLiteral("documents[1] must not be blank");
    QTest::newRow("top_n 0") << RerankRequest{QStringLiteral("ranker"), QStringLiteral("q"), docs,
                                              0}
                             << QStringLiteral("top_n must be at least 1 (got 0)");
}

void TestWire::validateRerank() {
    QFETCH(RerankRequest, request);
    QFETCH(QString, message);
    const std::optional<Error> e = ik::validateRerank(request);
    QCOMPARE(e.has_value(), !message.isEmpty());
    if (e) {
        QCOMPARE(e->kind, ErrorKind::Validation);
        QCOMPARE(e->message, message);
    }
}

void TestWire::rerankBody() {
    RerankRequest r{QStringLiteral("ranker"),
                    QStringLiteral("refund policy"),
                    {QStringLiteral("a"), QStringLiteral("b")},
                    3};
    QCOMPARE(json(ik::rerankBody(r)),
             json(R"({"model":"ranker","query":"refund policy","documents":["a","b"],"top_n":3})"));
    r.topN.reset();
    QCOMPARE(json(ik::rerankBody(r)),
             json(R"({"model":"ranker","query":"refund policy","documents":["a","b"]})"));
}

void TestWire::parseRerank_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // "index:score ..." or "error: <message>"

    QTest::newRow("relevance_score")
        << QByteArray(R"({"model":"bge","results":[{"index":2,"relevance_score":0.93},)"
                      R"({"index":0,"relevance_score":0.5}]})")
        << QStringLiteral("2:0.93 0:0.5");
    QTest::newRow("score (llama.cpp)")
        << QByteArray(R"({"results":[{"index":1,"score":-1.5},{"index":0,"score":-3}]})")
        << QStringLiteral("1:-1.5 0:-3");
    QTest::newRow("neither") << QByteArray(R"({"results":[{"index":1}]})")
                             << QStringLiteral(
                                    "error: results[0] has neither relevance_score nor score");
    QTest::newRow("no results") << QByteArray(R"({"model":"x"})")
                                << QStringLiteral("error: the rerank response has no results list");
    QTest::newRow("duplicate index")
        << QByteArray(R"({"results":[{"index":1,"score":1},{"index":1,"score":2}]})")
        << QStringLiteral("error: index 1 appears more than once");
}

void TestWire::parseRerank() {
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    RerankResponse r;
    const std::optional<Error> e = ik::parseRerankResponse(body, &r);
    if (e) {
        QCOMPARE(e->kind, ErrorKind::Protocol);
        QCOMPARE(QStringLiteral("error: ") + e->message, expected);
        return;
    }
    QStringList got;
    for (const RerankResult& x : r.results)
        got << QStringLiteral("%1:%2").arg(x.index).arg(x.score);
    QCOMPARE(got.join(u' '), expected);
}

void TestWire::reasoningForms_data() {
    QTest::addColumn<QStringList>("chunks"); // delta objects
    QTest::addColumn<QByteArray>("body");    // the same answer, non-stream
    QTest::newRow("reasoning_content")
        << QStringList{QStringLiteral(R"({"role":"assistant"})"),
                       QStringLiteral(R"({"reasoning_content":"Two and "})"),
                       QStringLiteral(R"({"reasoning_content":"two."})"),
                       QStringLiteral(R"({"content":"It is "})"),
                       QStringLiteral(R"({"content":"4."})")}
        << QByteArray(
               R"({"choices":[{"message":{"role":"assistant","reasoning_content":"Two and two.","content":"It is 4."},"finish_reason":"stop"}]})");
    QTest::newRow("reasoning")
        << QStringList{QStringLiteral(R"({"reasoning":"Two and "})"),
                       QStringLiteral(R"({"reasoning":"two.","content":null})"),
                       QStringLiteral(R"({"content":"It is 4."})")}
        << QByteArray(
               R"({"choices":[{"message":{"reasoning":"Two and two.","content":"It is 4."}}]})");
    QTest::newRow("think in content")
        << QStringList{QStringLiteral(R"({"content":"<thi"})"),
                       QStringLiteral(R"({"content":"nk>Two and "})"),
                       QStringLiteral(R"({"content":"two.</"})"),
                       QStringLiteral(R"({"content":"think>It is 4."})")}
        << QByteArray(
               R"({"choices":[{"message":{"content":"<think>Two and two.</think>It is 4."}}]})");
}

void TestWire::reasoningForms() {
    QFETCH(QStringList, chunks);
    QFETCH(QByteArray, body);
    ChatAccumulator acc;
    for (const QString& d : chunks) {
        const ChatChunk c =
            ik::parseChatChunk(QStringLiteral(R"({"choices":[{"index":0,"delta":%1}]})").arg(d));
        QCOMPARE(int(c.type), int(ChatChunk::Type::Delta));
        acc.add(c);
    }
    acc.finish();
    QCOMPARE(acc.reasoning(), QStringLiteral("Two and two."));
    QCOMPARE(acc.answer(), QStringLiteral("It is 4."));
    ChatResponse r;
    QVERIFY(!ik::parseChatResponse(body, &r));
    QCOMPARE(r.reasoning, QStringLiteral("Two and two."));
    QCOMPARE(r.text, QStringLiteral("It is 4."));
}

void TestWire::thinkSplitAtEveryOffset() {
    const QString stream = QStringLiteral("<think>a <b> </thin</think>x < y <thinker");
    for (qsizetype i = 0; i <= stream.size(); ++i)
        for (qsizetype j = i; j <= stream.size(); ++j) {
            ThinkSplitter s;
            QString reasoning, answer;
            s.feed(stream.left(i), &reasoning, &answer);
            s.feed(stream.mid(i, j - i), &reasoning, &answer);
            s.feed(stream.mid(j), &reasoning, &answer);
            s.flush(&reasoning, &answer);
            QCOMPARE(reasoning, QStringLiteral("a <b> </thin"));
            QCOMPARE(answer, QStringLiteral("x < y <thinker"));
        }
    // Held back only while it could still be a tag, and released at the end.
    ThinkSplitter s;
    QString reasoning, answer;
    s.feed(QStringLiteral("a <th"), &reasoning, &answer);
    QCOMPARE(answer, QStringLiteral("a "));
    s.flush(&reasoning, &answer);
    QCOMPARE(answer, QStringLiteral("a <th"));
    QVERIFY(reasoning.isEmpty());
}

namespace {

QString toolDelta(const QString& calls) {
    return QStringLiteral(
               R"({"choices":[{"index":0,"delta":{"tool_calls":%1},"finish_reason":null}]})")
        .arg(calls);
}

} // namespace

void TestWire::toolCallsAssembledByIndex() {
    const QStringList frames{
        toolDelta(QStringLiteral(
            R"([{"index":1,"id":"call_b","type":"function","function":{"name":"get_time","arguments":""}}])")),
        toolDelta(QStringLiteral(
            R"([{"index":0,"id":"call_a","type":"function","function":{"name":"get_weather","arguments":"{\"ci"}}])")),
        toolDelta(QStringLiteral(
            R"([{"index":1,"function":{"arguments":"{\"tz\":\"UTC\"}"}},{"index":0,"function":{"arguments":"ty\":\"Paris\"}"}}])")),
        QStringLiteral(R"({"choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})")};
    ChatAccumulator acc;
    QString finish;
    for (const QString& f : frames) {
        const ChatChunk c = ik::parseChatChunk(f);
        if (!c.finishReason.isEmpty())
            finish = c.finishReason;
        acc.add(c);
    }
    QCOMPARE(finish, QStringLiteral("tool_calls"));
    QVERIFY(acc.answer().isEmpty());
    const QList<ToolCall>& calls = acc.toolCalls();
    QCOMPARE(calls.size(), 2);
    QCOMPARE(calls[0].index, 0);
    QCOMPARE(calls[0].id, QStringLiteral("call_a"));
    QCOMPARE(calls[0].name, QStringLiteral("get_weather"));
    QCOMPARE(calls[0].arguments, QStringLiteral(R"({"city":"Paris"})"));
    QVERIFY(calls[0].argumentsAreJson());
    QCOMPARE(calls[1].id, QStringLiteral("call_b"));
    QCOMPARE(calls[1].type, QStringLiteral("function"));
    QCOMPARE(calls[1].arguments, QStringLiteral(R"({"tz":"UTC"})"));
    ToolCall broken;
    broken.arguments = QStringLiteral(R"({"city":)");
    QVERIFY(!broken.argumentsAreJson());
}

void TestWire::toolCallsSplitAtEveryByte() {
    const QString args = QStringLiteral(R"({"city":"São Paulo","days":3})");
    for (qsizetype cut = 0; cut <= args.size(); ++cut) {
        const auto frag = [](const QString& a) {
            return QString::fromUtf8(
                QJsonDocument(
                    QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                           {QStringLiteral("function"),
                                            QJsonObject{{QStringLiteral("arguments"), a}}}}})
                    .toJson(QJsonDocument::Compact));
        };
        ChatAccumulator acc;
        acc.add(ik::parseChatChunk(toolDelta(
            QStringLiteral(R"([{"index":0,"id":"c1","function":{"name":"get_weather"}}])"))));
        acc.add(ik::parseChatChunk(toolDelta(frag(args.left(cut)))));
        acc.add(ik::parseChatChunk(toolDelta(frag(args.mid(cut)))));
        QCOMPARE(acc.toolCalls().size(), 1);
        QCOMPARE(acc.toolCalls()[0].name, QStringLiteral("get_weather"));
        QCOMPARE(acc.toolCalls()[0].arguments, args);
        QVERIFY(acc.toolCalls()[0].argumentsAreJson());
    }
}

void TestWire::nonStreamToolCalls() {
    ChatResponse r;
    QVERIFY(!ik::parseChatResponse(
        R"({"model":"m","choices":[{"message":{"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function","function":{"name":"get_weather","arguments":"{\"city\":\"Oslo\"}"}}]},"finish_reason":"tool_calls"}]})",
        &r));
    QVERIFY(r.text.isEmpty());
    QCOMPARE(r.finishReason, QStringLiteral("tool_calls"));
    QCOMPARE(r.toolCalls.size(), 1);
    QCOMPARE(r.toolCalls[0].index, 0);
    QCOMPARE(r.toolCalls[0].id, QStringLiteral("call_1"));
    QCOMPARE(r.toolCalls[0].name, QStringLiteral("get_weather"));
    QCOMPARE(r.toolCalls[0].arguments, QStringLiteral(R"({"city":"Oslo"})"));
}

void TestWire::reasoningTokensInUsage() {
    const ChatChunk c = ik::parseChatChunk(QStringLiteral(
        R"({"choices":[],"usage":{"prompt_tokens":5,"completion_tokens":20,"total_tokens":25,"completion_tokens_details":{"reasoning_tokens":12}}})"));
    QVERIFY(c.usage);
    QCOMPARE(c.usage->completionTokens, 20);
    QCOMPARE(c.usage->reasoningTokens, 12);
    ChatResponse r;
    QVERIFY(!ik::parseChatResponse(
        R"({"choices":[{"message":{"content":"x"}}],"usage":{"completion_tokens":3,"completion_tokens_details":{"reasoning_tokens":2}}})",
        &r));
    QCOMPARE(r.usage.reasoningTokens, 2);
    QCOMPARE(ik::parseChatChunk(QStringLiteral(R"({"choices":[],"usage":{"completion_tokens":3}})"))
                 .usage->reasoningTokens,
             -1);
}

void TestWire::chatBodyToolsAndReasoning() {
    ChatRequest r;
    r.model = QStringLiteral("bot");
    ToolCall call;
    call.id = QStringLiteral("call_1");
    call.name = QStringLiteral("get_weather");
    call.arguments = QStringLiteral(R"({"city":"Oslo"})");
    ChatMessage assistant(QStringLiteral("assistant"), QString());
    assistant.reasoning = QStringLiteral("I should look.");
    assistant.toolCalls = {call};
    ChatMessage tool(QStringLiteral("tool"), QStringLiteral("12 C"));
    tool.toolCallId = QStringLiteral("call_1");
    r.messages = {{QStringLiteral("user"), QStringLiteral("weather?")}, assistant, tool};
    r.tools =
        R"([{"type":"function","function":{"name":"get_weather","parameters":{"type":"object"}}}])";
    r.toolChoice.mode = ToolChoice::Mode::Function;
    r.toolChoice.function = QStringLiteral("get_weather");
    r.parallelToolCalls = false;
    QVERIFY(!ik::validateChat(r));
    QJsonObject body = json(ik::chatBody(r));
    const QJsonArray messages = body.value(u"messages").toArray();
    const QJsonObject a = messages.at(1).toObject();
    QVERIFY(a.value(u"content").isNull());
    QVERIFY(!a.contains(u"reasoning_content")); // not sent back by default
    const QJsonObject f = a.value(u"tool_calls").toArray().at(0).toObject();
    QCOMPARE(f.value(u"id").toString(), QStringLiteral("call_1"));
    QCOMPARE(f.value(u"type").toString(), QStringLiteral("function"));
    QCOMPARE(f.value(u"function").toObject().value(u"name").toString(),
             QStringLiteral("get_weather"));
    QCOMPARE(f.value(u"function").toObject().value(u"arguments").toString(), call.arguments);
    const QJsonObject t = messages.at(2).toObject();
    QCOMPARE(t.value(u"role").toString(), QStringLiteral("tool"));
    QCOMPARE(t.value(u"tool_call_id").toString(), QStringLiteral("call_1"));
    QCOMPARE(t.value(u"content").toString(), QStringLiteral("12 C"));
    QCOMPARE(body.value(u"tools").toArray().size(), 1);
    QCOMPARE(body.value(u"tool_choice")
                 .toObject()
                 .value(u"function")
                 .toObject()
                 .value(u"name")
                 .toString(),
             QStringLiteral("get_weather"));
    QCOMPARE(body.value(u"parallel_tool_calls").toBool(true), false);
    QVERIFY(!messages.at(0).toObject().contains(u"tool_call_id"));

    r.sendReasoning = true;
    body = json(ik::chatBody(r));
    QCOMPARE(
        body.value(u"messages").toArray().at(1).toObject().value(u"reasoning_content").toString(),
        QStringLiteral("I should look."));
    r.toolChoice.mode = ToolChoice::Mode::Required;
    QCOMPARE(json(ik::chatBody(r)).value(u"tool_choice").toString(), QStringLiteral("required"));
    r.toolChoice.mode = ToolChoice::Mode::None;
    QCOMPARE(json(ik::chatBody(r)).value(u"tool_choice").toString(), QStringLiteral("none"));
    r.toolChoice.mode = ToolChoice::Mode::Auto;
    QCOMPARE(json(ik::chatBody(r)).value(u"tool_choice").toString(), QStringLiteral("auto"));
    // Unset fields stay off the wire.
    const QJsonObject plain = json(ik::chatBody(prompt(QStringLiteral("hi"))));
    QVERIFY(!plain.contains(u"tools"));
    QVERIFY(!plain.contains(u"tool_choice"));
    QVERIFY(!plain.contains(u"parallel_tool_calls"));
}

void TestWire::validateToolMessages() {
    ChatRequest r;
    r.messages = {{QStringLiteral("user"), QStringLiteral("hi")},
                  {QStringLiteral("tool"), QStringLiteral("12 C")}};
    auto e = ik::validateChat(r);
    QVERIFY(e);
    QVERIFY2(e->message.contains(QStringLiteral("tool_call_id")), qPrintable(e->message));
    r.messages[1].toolCallId = QStringLiteral("call_1");
    QVERIFY(!ik::validateChat(r));
    r.messages.append({QStringLiteral("assistant"), QString()}); // no text and no calls
    QVERIFY(ik::validateChat(r));
    r.messages.removeLast();
    r.tools = "{\"not\":\"an array\"}";
    QVERIFY(ik::validateChat(r));
    r.tools.clear();
    r.toolChoice.mode = ToolChoice::Mode::Function;
    QVERIFY(ik::validateChat(r));
}

QTEST_APPLESS_MAIN(TestWire)
#include "tst_wire.moc"
