// Structured output and the tool faults of ik-sandbox, over real loopback sockets: a json_schema
// answer conforms to its schema (checked by core's validator), json_object gives an object, and
// the faults give what they promise: arguments that are not JSON, a call to a tool that was not
// offered, output that breaks the schema.
#include "endpoint.h"
#include "jsonschema.h"
#include "run.h"
#include "sandbox.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ik;
using namespace Qt::StringLiterals;

namespace {

const QString kChatKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;

const QByteArray kOrderSchema = R"({"type":"object","required":["customer","status","items"],
  "additionalProperties":false,
  "properties":{"customer":{"type":"string","minLength":3,"maxLength":12},
    "status":{"enum":["open","paid","void"]},"kind":{"const":"order"},
    "note":{"anyOf":[{"type":"null"},{"type":"string"}]},
    "items":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/item"}}},
  "$defs":{"item":{"type":"object","required":["sku","qty","price"],"properties":{
    "sku":{"type":"string"},"qty":{"type":"integer","minimum":1,"maximum":9},
    "price":{"type":"number","minimum":10.5},"parts":{"type":"array",
    "items":{"$ref":"#/$defs/item"}}}}}})";

const QByteArray kTools = R"([{"type":"function","function":{"name":"get_weather",
  "parameters":{"type":"object","required":["city"],"properties":{"city":{"type":"string"}}}}}])";

} // namespace

class TestSandboxStructured : public QObject {
    Q_OBJECT

    sandbox::Sandbox* box = nullptr;
    QNetworkAccessManager nam;

    Run* send(const ChatRequest& request, const QByteArray& fault = {}) {
        auto* endpoint =
            new Endpoint(&nam, {QUrl(box->baseUrl()), u"acme"_s, u"support-bot"_s}, kChatKey, this);
        if (!fault.isEmpty())
            endpoint->setExtraHeader("X-Sandbox-Fault", fault);
        Run* run = endpoint->chat(request);
        QSignalSpy ended(run, &Run::ended);
        if (run->state() == RunState::Running)
            ended.wait(20000);
        return run;
    }

    static ChatRequest structured(const QString& prompt, bool stream) {
        ChatRequest r;
        r.model = u"support-bot"_s;
        r.prompt = prompt;
        r.stream = stream;
        r.responseFormat.type = ResponseFormat::Type::JsonSchema;
        r.responseFormat.name = u"order"_s;
        r.responseFormat.schema = QJsonDocument::fromJson(kOrderSchema).toJson();
        r.responseFormat.strict = true;
        return r;
    }

private slots:
    void initTestCase() {
        box = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(box->listen(0, &error), qPrintable(error));
        box->setTokensPerSecond(0);
    }

    void jsonSchemaConforms_data() {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<QString>("prompt");
        QTest::newRow("stream") << true << u"Write the order for Ada"_s;
        QTest::newRow("whole") << false << u"An order for Grace Hopper please"_s;
        QTest::newRow("one word") << true << u"x"_s;
    }
    void jsonSchemaConforms() {
        QFETCH(bool, stream);
        QFETCH(QString, prompt);
        Run* run = send(structured(prompt, stream));
        QCOMPARE(run->state(), RunState::Done);
        const SchemaResult r =
            checkJsonText(run->text(), QJsonDocument::fromJson(kOrderSchema).object());
        QVERIFY2(r.valid(), qPrintable(run->text() + u'\n' + describeErrors(r).join(u'\n')));
        QVERIFY(r.notChecked.isEmpty());
        // Deterministic: the same prompt, the same document.
        QCOMPARE(send(structured(prompt, stream))->text(), run->text());
    }

    void jsonObjectIsAnObject() {
        ChatRequest r;
        r.model = u"support-bot"_s;
        r.prompt = u"Say hello as JSON"_s;
        r.stream = true;
        r.responseFormat.type = ResponseFormat::Type::JsonObject;
        Run* run = send(r);
        QCOMPARE(run->state(), RunState::Done);
        QVERIFY2(checkJsonText(run->text(), QJsonValue()).valid(), qPrintable(run->text()));
        Run* broken = send(r, "schema-break");
        QCOMPARE(describeErrors(checkJsonText(broken->text(), QJsonValue())),
                 QStringList{u"(root): expected a JSON object, got string"_s});
    }

    void schemaBreakFault() {
        Run* run = send(structured(u"Write the order for Ada"_s, true), "schema-break");
        QCOMPARE(run->state(), RunState::Done);
        const SchemaResult r =
            checkJsonText(run->text(), QJsonDocument::fromJson(kOrderSchema).object());
        QVERIFY(r.parsed);
        QCOMPARE(describeErrors(r),
                 QStringList{u"(root): missing required property \"customer\""_s});
    }

    void badResponseFormatRefused() {
        // What the sandbox itself refuses (core refuses a malformed one before sending).
        QNetworkRequest req(
            QUrl(box->baseUrl() + u"/endpoint/acme/support-bot/v1/chat/completions"_s));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        req.setRawHeader("Authorization", "Bearer " + kChatKey.toUtf8());
        QNetworkReply* reply =
            nam.post(req, R"({"model":"support-bot","messages":[{"role":"user","content":"hi"}],
                    "response_format":{"type":"yaml"}})");
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(reply->readAll().contains("response_format.type must be text, json_object or "
                                          "json_schema"));
        delete reply;
    }

    void toolFaults_data() {
        QTest::addColumn<QByteArray>("fault");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("json");
        QTest::newRow("none") << QByteArray() << u"get_weather"_s << true;
        QTest::newRow("arguments not JSON")
            << QByteArray("tool-args-not-json") << u"get_weather"_s << false;
        QTest::newRow("tool not offered")
            << QByteArray("tool-not-offered") << u"run_shell"_s << true;
    }
    void toolFaults() {
        QFETCH(QByteArray, fault);
        QFETCH(QString, name);
        QFETCH(bool, json);
        for (const bool stream : {true, false}) {
            ChatRequest r;
            r.model = u"support-bot"_s;
            r.prompt = u"Please call get_weather for Paris"_s;
            r.stream = stream;
            r.tools = kTools;
            Run* run = send(r, fault);
            QCOMPARE(run->state(), RunState::Done);
            QCOMPARE(run->finishReason(), u"tool_calls"_s);
            QCOMPARE(run->toolCalls().size(), 1);
            const ToolCall& call = run->toolCalls().first();
            QCOMPARE(call.name, name);
            QCOMPARE(call.argumentsAreJson(), json);
            QVERIFY(!call.arguments.isEmpty());
        }
    }
};

QTEST_MAIN(TestSandboxStructured)
#include "tst_sandboxstructured.moc"
