// The tool calls of the latest answer as a user checks and answers them: the status and reason
// each call card shows, results typed or canned per tool, and the `tool` messages that go back.
#include "toolcalls.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ik;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kTools = R"([
  {"type":"function","function":{"name":"get_weather","parameters":{"type":"object",
    "required":["city"],"additionalProperties":false,
    "properties":{"city":{"type":"string"},"days":{"type":"integer","minimum":1,"maximum":7}}}}},
  {"type":"function","function":{"name":"lookup","parameters":{"type":"object",
    "properties":{"q":{"type":"string","pattern":"^[a-z]+$"}}}}},
  {"type":"function","function":{"name":"now"}}])";

ToolCall makeCall(const QString& id, const QString& name, const QString& arguments, int index = 0) {
    ToolCall c;
    c.index = index;
    c.id = id;
    c.name = name;
    c.arguments = arguments;
    return c;
}

} // namespace

class TestToolCalls : public QObject {
    Q_OBJECT

private slots:
    void checks_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("fits") << u"get_weather"_s << u"{\"city\":\"Paris\",\"days\":3}"_s << u"ok"_s
                              << QString();
        QTest::newRow("not JSON") << u"get_weather"_s << u"{\"city\":\"Par"_s << u"invalid"_s
                                  << u"the arguments are not JSON: unterminated string at "
                                     "character 13"_s;
        QTest::newRow("not an object") << u"get_weather"_s << u"[\"Paris\"]"_s << u"invalid"_s
                                       << u"(root): expected a JSON object, got array"_s;
        QTest::newRow("breaks the schema")
            << u"get_weather"_s << u"{\"days\":9,\"unit\":\"C\"}"_s << u"invalid"_s
            << u"(root): missing required property \"city\"; /days: 9 is above the maximum 7; "
               "/unit: property \"unit\" is not allowed (additionalProperties is false)"_s;
        QTest::newRow("not offered") << u"run_shell"_s << u"{}"_s << u"not offered"_s
                                     << u"the request offered only get_weather, lookup, now"_s;
        QTest::newRow("keyword not checked") << u"lookup"_s << u"{\"q\":\"x\"}"_s << u"ok"_s
                                             << u"not checked: pattern at /properties/q"_s;
        QTest::newRow("blank arguments, no parameters")
            << u"now"_s << QString() << u"ok"_s << QString();
    }
    void checks() {
        QFETCH(QString, name);
        QFETCH(QString, arguments);
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const ToolCallCheck c = checkToolCall(makeCall(u"call_1"_s, name, arguments),
                                              QJsonDocument::fromJson(kTools).array());
        QCOMPARE(toolCallStatusName(c.status), status);
        QCOMPARE(c.reason, reason);
    }

    void noToolsOffered() {
        const ToolCallCheck c = checkToolCall(makeCall(u"c"_s, u"x"_s, u"{}"_s), {});
        QCOMPARE(c.status, ToolCallCheck::Status::NotOffered);
        QCOMPARE(c.reason, u"the request offered no tools"_s);
    }

    // While streaming the arguments grow in place; complete() judges each call once.
    void streamingThenChecked() {
        ToolCallsModel model;
        model.begin(kTools);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setCalls({makeCall(u"call_a"_s, u"get_weather"_s, u"{\"ci"_s)});
        QCOMPARE(model.count(), 1);
        QCOMPARE(model.statusText(0), u"arguments arriving…"_s);
        model.setCalls({makeCall(u"call_a"_s, u"get_weather"_s, u"{\"city\":\"Oslo\"}"_s),
                        makeCall(u"call_b"_s, u"run_shell"_s, u"{}"_s, 1)});
        QCOMPARE(inserted.size(), 2);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.data(model.index(0), ToolCallsModel::ArgumentsRole).toString(),
                 u"{\"city\":\"Oslo\"}"_s);
        QCOMPARE(model.missingResults(), u"the calls are still arriving"_s);
        model.complete();
        QCOMPARE(model.statusText(0), u"ok"_s);
        QCOMPARE(model.statusText(1),
                 u"not offered · the request offered only get_weather, lookup, now"_s);
        QCOMPARE(model.data(model.index(1), ToolCallsModel::StatusRole).toString(),
                 u"not offered"_s);
    }

    // Results typed, or canned per tool; the tool messages carry each call's id, in order.
    void answering() {
        ToolCallsModel model;
        model.begin(kTools);
        model.setCalls({makeCall(u"call_a"_s, u"get_weather"_s, u"{\"city\":\"Oslo\"}"_s),
                        makeCall(u"call_b"_s, u"get_weather"_s, u"{\"city\":\"Rome\"}"_s, 1),
                        makeCall(u"call_c"_s, u"lookup"_s, u"{}"_s, 2)});
        model.complete();
        QCOMPARE(model.missingResults(),
                 u"no result yet for get_weather (call_a), get_weather (call_b), lookup "
                 "(call_c): type one, or use a canned result"_s);
        QSignalSpy canned(&model, &ToolCallsModel::cannedChanged);
        model.setResult(0, u"sunny, 21 C"_s);
        model.useAsCanned(0); // answers call_b too
        QCOMPARE(canned.size(), 1);
        QCOMPARE(model.result(1), u"sunny, 21 C"_s);
        QCOMPARE(model.missingResults(),
                 u"no result yet for lookup (call_c): type one, or use a canned result"_s);
        model.setResult(2, u"3 hits"_s);
        QVERIFY(model.missingResults().isEmpty());
        const QList<ChatMessage> m = model.resultMessages();
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[1].role, u"tool"_s);
        QCOMPARE(m[1].toolCallId, u"call_b"_s);
        QCOMPARE(m[2].content, u"3 hits"_s);

        // The canned results are the draft's: a new answer to the same tool is answered at once.
        ToolCallsModel next;
        next.setCannedJson(model.cannedJson());
        next.begin(kTools);
        next.setCalls({makeCall(u"call_d"_s, u"get_weather"_s, u"{\"city\":\"Kyiv\"}"_s)});
        QVERIFY(next.result(0).isEmpty());
        next.complete();
        QCOMPARE(next.result(0), u"sunny, 21 C"_s);
        QVERIFY(next.missingResults().isEmpty());
        // A blank result is never canned.
        next.setResult(0, u"  "_s);
        next.useAsCanned(0);
        QCOMPARE(next.cannedResult(u"get_weather"_s), u"sunny, 21 C"_s);
    }

    void nothingToAnswer() {
        ToolCallsModel model;
        QCOMPARE(model.missingResults(), u"there are no tool calls to answer"_s);
        QVERIFY(model.resultMessages().isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestToolCalls)
#include "tst_toolcalls.moc"
