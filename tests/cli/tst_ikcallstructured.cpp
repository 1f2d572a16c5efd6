// ik-call chat --response-format, end to end: the real binary against a sandbox over loopback.
// Asserts what a terminal user sees: stdout, stderr and the exit status of an answer that
// breaks its schema, and what --json says of the schema and of each tool call.

#include "sandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString kChatKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;
constexpr int kExitSchema = 16; // as ik-call --help lists it

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TstIkCallStructured : public QObject {
    Q_OBJECT

    ik::sandbox::Sandbox* m_box = nullptr;
    QTemporaryDir m_dir;

    Result call(const QStringList& args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, kChatKey);
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"chat"_s, u"--base-url"_s, m_box->baseUrl(), u"--project"_s, u"acme"_s,
                            u"--workload"_s, u"support-bot"_s} +
                    args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!done.wait(60000)) { // the sandbox answers in this test's event loop
            p.kill();
            done.wait(5000);
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString file(const QString& name, const QByteArray& content) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

private slots:
    void initTestCase() {
        if (qEnvironmentVariable("IK_CALL_BIN").isEmpty())
            QSKIP("IK_CALL_BIN is not set: run this test through ctest");
        m_box = new ik::sandbox::Sandbox(ik::sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(m_box->listen(0, &error), qPrintable(error));
        m_box->setTokensPerSecond(0);
    }

    void helpListsTheSchemaStatus() {
        QProcess p;
        p.start(qEnvironmentVariable("IK_CALL_BIN"), {u"--help"_s});
        QVERIFY(p.waitForFinished(10000));
        const QString help = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(QRegularExpression(u"\\n\\s+%1\\s+schema: the answer breaks its "
                                    "--response-format\\n"_s.arg(kExitSchema))
                     .match(help)
                     .hasMatch(),
                 qPrintable(help));
        QVERIFY(help.contains(u"--response-format <json|FILE>"_s));
    }

    // A bare schema file or a whole response_format object; streamed or not; the answer
    // conforms, --json says so, and the exit status is 0.
    void schemaFileConforms_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stream");
        const QByteArray schema = R"({"title":"weather","type":"object","required":["city","temp"],
            "properties":{"city":{"type":"string"},"temp":{"type":"number","minimum":-50}}})";
        QTest::newRow("bare schema") << schema << u"weather"_s << false;
        QTest::newRow("bare schema, stream") << schema << u"weather"_s << true;
        QTest::newRow("response_format object")
            << R"({"type":"json_schema","json_schema":{"name":"forecast","strict":true,
                  "schema":{"type":"object","required":["days"],"properties":{"days":
                  {"type":"array","minItems":3,"items":{"type":"integer"}}}}}})"_ba
            << u"forecast"_s << true;
    }
    void schemaFileConforms() {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        QFETCH(bool, stream);
        const QString path = file(u"format.json"_s, content);
        QStringList args{u"--response-format"_s, path, u"--json"_s, u"Weather in Oslo"_s};
        if (stream)
            args.prepend(u"--stream"_s);
        const Result r = call(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject schema = r.json().value(u"schema"_s).toObject();
        QCOMPARE(schema.value(u"valid"_s).toBool(), true);
        QCOMPARE(schema.value(u"type"_s).toString(), u"json_schema"_s);
        QCOMPARE(schema.value(u"name"_s).toString(), name);
        QVERIFY(QJsonDocument::fromJson(r.json().value(u"text"_s).toString().toUtf8()).isObject());
        // Plain output is the document itself.
        const Result plain = call({u"--response-format"_s, path, u"Weather in Oslo"_s});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(plain.out.trimmed(), r.json().value(u"text"_s).toString());
    }

    void brokenAnswerExitsWithItsStatus() {
        const QString path = file(u"weather.json"_s, R"({"type":"object","required":["city"],
            "properties":{"city":{"type":"string"}}})");
        const QStringList args{u"--header"_s, u"X-Sandbox-Fault: schema-break"_s,
                               u"--response-format"_s, path, u"Weather in Oslo"_s};
        const Result plain = call(args);
        QCOMPARE(plain.exitCode, kExitSchema);
        QCOMPARE(plain.err, u"ik-call: the answer does not match schema schema\n"
                            "  (root): missing required property \"city\"\n"_s);
        const Result json = call(QStringList{u"--json"_s} + args);
        QCOMPARE(json.exitCode, kExitSchema);
        const QJsonObject schema = json.json().value(u"schema"_s).toObject();
        QCOMPARE(schema.value(u"valid"_s).toBool(true), false);
        const QJsonObject first = schema.value(u"errors"_s).toArray().first().toObject();
        QCOMPARE(first.value(u"pointer"_s).toString(), QString());
        QCOMPARE(first.value(u"reason"_s).toString(), u"missing required property \"city\""_s);
        // json_object: an answer that is not an object breaks it too.
        const Result object = call({u"--header"_s, u"X-Sandbox-Fault: schema-break"_s,
                                    u"--response-format"_s, u"json"_s, u"hi"_s});
        QCOMPARE(object.exitCode, kExitSchema);
        QVERIFY2(object.err.contains(u"(root): expected a JSON object, got string"_s),
                 qPrintable(object.err));
    }

    void noSchemaNoVerdict() {
        const Result r = call({u"--json"_s, u"Hola"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().value(u"schema"_s).isNull());
    }

    void badFormatFileIsAUsageError_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "{"_ba << u"not JSON: unterminated object at byte 2"_s;
        QTest::newRow("bad name") << R"({"type":"json_schema","json_schema":{"name":"my order",
            "schema":{}}})"_ba << QString();
    }
    void badFormatFileIsAUsageError() {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = file(u"bad.json"_s, content);
        const Result r = call({u"--response-format"_s, path, u"hi"_s});
        if (message.isEmpty()) { // read fine, refused by the SDK's local checks before sending
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(u"response_format.json_schema.name must be 1 to 64"_s),
                     qPrintable(r.err));
            return;
        }
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--response-format %1: %2"_s.arg(path, message)),
                 qPrintable(r.err));
        const Result missing = call({u"--response-format"_s, m_dir.filePath(u"nope"_s), u"hi"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"cannot read"_s));
    }

    // --json judges each tool call against the tools offered.
    void toolCallValidity_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fits") << QString() << u"ok"_s << QString();
        QTest::newRow("arguments not JSON")
            << u"tool-args-not-json"_s << u"invalid"_s << u"the arguments are not JSON"_s;
        QTest::newRow("not offered") << u"tool-not-offered"_s << u"not offered"_s
                                     << u"the request offered only get_weather"_s;
    }
    void toolCallValidity() {
        QFETCH(QString, fault);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const QString tools = file(u"tools.json"_s, R"([{"type":"function","function":{
            "name":"get_weather","parameters":{"type":"object","required":["city"],
            "properties":{"city":{"type":"string"}}}}}])");
        QStringList args{u"--stream"_s, u"--json"_s, u"--tools"_s, tools,
                         u"call get_weather for Oslo"_s};
        if (!fault.isEmpty())
            args.prepend(u"X-Sandbox-Fault: "_s + fault), args.prepend(u"--header"_s);
        const Result r = call(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject c = r.json().value(u"tool_calls"_s).toArray().first().toObject();
        QCOMPARE(c.value(u"status"_s).toString(), status);
        QVERIFY2(c.value(u"reason"_s).toString().startsWith(reason),
                 qPrintable(c.value(u"reason"_s).toString()));
    }
};

QTEST_MAIN(TstIkCallStructured)
#include "tst_ikcallstructured.moc"
