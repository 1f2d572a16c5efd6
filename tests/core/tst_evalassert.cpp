// Every assertion kind on a finished answer, with a passing and a failing case, and the reason a
// person reads for each.

#include "evalassert.h"

#include <QJsonDocument>
#include <QtTest>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(ik::eval::Answer)

class TestEvalAssert : public QObject {
    Q_OBJECT

private slots:
    void eachKind_data();
    void eachKind();
    void expectedComesFromTheRow();
    void aFailedCallFailsEveryAssertion();
    void networkKindsWaitThenDecide();
    void outcomesRoundTrip();
};

static Answer answer(const QString& text) {
    Answer a;
    a.text = text;
    a.finishReason = u"stop"_s;
    a.firstTokenMs = 120;
    a.totalMs = 900;
    a.usage.promptTokens = 20;
    a.usage.completionTokens = 35;
    a.usage.totalTokens = 55;
    a.cost = 0.0004;
    return a;
}

static Answer withCall(const QString& name, const QString& args) {
    Answer a = answer({});
    ToolCall c;
    c.id = u"call_1"_s;
    c.name = name;
    c.arguments = args;
    a.toolCalls = {c};
    return a;
}

void TestEvalAssert::eachKind_data() {
    QTest::addColumn<QByteArray>("assertion");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("reason");

    auto row = [](const char* name, const char* json, const Answer& a, bool pass,
                  const QString& why) {
        QTest::newRow(name) << QByteArray(json) << a << pass << why;
    };
    row("equals pass", R"({"type":"equals","value":"Yes"})", answer(u" Yes\n"_s), true,
        u"the answer is \"Yes\""_s);
    row("equals fail", R"({"type":"equals","value":"Yes"})", answer(u"yes"_s), false,
        u"expected \"Yes\", got \"yes\""_s);
    row("contains pass", R"({"type":"contains","value":"REFUND","case_sensitive":false})",
        answer(u"Your refund is on its way"_s), true, u"the answer contains \"REFUND\""_s);
    row("contains fail", R"({"type":"contains","value":"refund"})", answer(u"No idea"_s), false,
        u"\"refund\" is not in the answer \"No idea\""_s);
    row("not-contains pass", R"({"type":"not-contains","value":"sorry"})", answer(u"Done."_s), true,
        u"the answer does not contain \"sorry\""_s);
    row("not-contains fail", R"({"type":"not-contains","value":"sorry"})", answer(u"I am sorry"_s),
        false, u"the answer contains \"sorry\" at character 6"_s);
    row("regex pass", R"({"type":"regex","pattern":"order #\\d+"})",
        answer(u"see order #123 today"_s), true, u"matched \"order #123\""_s);
    row("regex fail", R"({"type":"regex","pattern":"^\\d+$"})", answer(u"abc"_s), false,
        u"/^\\d+$/ does not match the answer \"abc\""_s);
    row("json-valid pass", R"({"type":"json-valid"})", answer(u"[1, 2]"_s), true,
        u"the answer is valid JSON"_s);
    row("json-valid fail", R"({"type":"json-valid"})", answer(u"{\"a\": }"_s), false,
        u"the answer is not JSON: "_s);
    const char* schema = R"({"type":"json-schema-valid","schema":{"type":"object",
        "required":["price"],"properties":{"price":{"type":"number","minimum":5}}}})";
    row("json-schema pass", schema, answer(u"{\"price\": 7}"_s), true,
        u"the answer matches the schema"_s);
    row("json-schema fail", schema, answer(u"{\"price\": 3}"_s), false,
        u"the answer breaks the schema: /price: "_s);
    row("tool-called pass", R"({"type":"tool-called","name":"lookup","arguments_pattern":"W-\\d"})",
        withCall(u"lookup"_s, u"{\"sku\":\"W-1\"}"_s), true,
        u"lookup was called with {\"sku\":\"W-1\"}"_s);
    row("tool-called none", R"({"type":"tool-called","name":"lookup"})", answer(u"hi"_s), false,
        u"no tool was called; expected lookup"_s);
    row("tool-called other", R"({"type":"tool-called","name":"lookup"})",
        withCall(u"refund"_s, u"{}"_s), false, u"refund was called, not lookup"_s);
    const char* args = R"({"type":"tool-called","name":"lookup","arguments_schema":
        {"type":"object","required":["sku"]}})";
    row("tool-called schema pass", args, withCall(u"lookup"_s, u"{\"sku\":\"x\"}"_s), true,
        u"lookup was called"_s);
    row("tool-called schema fail", args, withCall(u"lookup"_s, u"{}"_s), false,
        u"the arguments of lookup break the schema: "_s);
    row("latency total pass", R"({"type":"max-latency","ms":1000})", answer(u"x"_s), true,
        u"the answer took 900 ms; the limit is 1000 ms"_s);
    row("latency first fail", R"({"type":"max-latency","measure":"first_token","ms":100})",
        answer(u"x"_s), false, u"the first token took 120 ms; the limit is 100 ms"_s);
    row("tokens pass", R"({"type":"max-tokens","value":40})", answer(u"x"_s), true,
        u"35 completion tokens; the limit is 40"_s);
    row("tokens total fail", R"({"type":"max-tokens","measure":"total","value":40})",
        answer(u"x"_s), false, u"55 total tokens; the limit is 40"_s);
    Answer noUsage = answer(u"x"_s);
    noUsage.usage = {};
    noUsage.cost.reset();
    row("tokens unknown", R"({"type":"max-tokens","value":40})", noUsage, false,
        u"the server sent no token counts (usage)"_s);
    row("cost pass", R"({"type":"max-cost","value":0.001})", answer(u"x"_s), true,
        u"cost $0.0004; the limit is $0.001"_s);
    row("cost fail", R"({"type":"max-cost","value":0.0001})", answer(u"x"_s), false,
        u"cost $0.0004; the limit is $0.0001"_s);
    row("cost unknown", R"({"type":"max-cost","value":1})", noUsage, false,
        u"the cost is unknown"_s);
}

void TestEvalAssert::eachKind() {
    QFETCH(QByteArray, assertion);
    QFETCH(Answer, answer);
    QFETCH(bool, passes);
    QFETCH(QString, reason);
    QString error;
    const std::optional<Assertion> a =
        parseAssertion(QJsonDocument::fromJson(assertion).object(), &error);
    QVERIFY2(a, qPrintable(error));
    const Outcome o = evaluate(*a, answer);
    QCOMPARE(o.passed(), passes);
    QCOMPARE(o.state, passes ? Outcome::State::Pass : Outcome::State::Fail);
    QVERIFY2(o.reason.startsWith(reason), qPrintable(o.reason));
    QVERIFY(!o.label.isEmpty());
}

void TestEvalAssert::expectedComesFromTheRow() {
    EvalSet set;
    set.assertions = {
        *parseAssertion(QJsonDocument::fromJson(R"({"type":"equals"})").object(), nullptr)};
    Row row;
    row.expected = u"Paris"_s;
    const QList<Assertion> list = assertionsFor(set, row);
    QCOMPARE(evaluate(list[0], answer(u"Paris"_s)).passed(), true);
    QCOMPARE(evaluate(list[0], answer(u"Lyon"_s)).reason, u"expected \"Paris\", got \"Lyon\""_s);
}

void TestEvalAssert::aFailedCallFailsEveryAssertion() {
    Answer a = answer(u"partial refund"_s);
    a.error = u"api error (status 500): boom"_s;
    Assertion c;
    c.kind = AssertionKind::Contains;
    c.value = u"refund"_s;
    const Outcome o = evaluate(c, a);
    QVERIFY(!o.passed());
    QCOMPARE(o.reason, u"the call failed: api error (status 500): boom"_s);
}

void TestEvalAssert::networkKindsWaitThenDecide() {
    QString error;
    const Assertion sim = *parseAssertion(
        QJsonDocument::fromJson(R"({"type":"similar","workload":"acme/billing","threshold":0.8})")
            .object(),
        &error);
    QCOMPARE(evaluate(sim, answer(u"x"_s)).state, Outcome::State::Pending);
    QVERIFY(similarityOutcome(sim, 0.91).passed());
    const Outcome low = similarityOutcome(sim, 0.5);
    QVERIFY(!low.passed());
    QCOMPARE(low.reason, u"similarity 0.500 to the expected answer; the threshold is 0.8"_s);

    const Assertion judge = *parseAssertion(
        QJsonDocument::fromJson(
            R"({"type":"judge","workload":"acme/judge","rubric":"Polite?","threshold":0.7})")
            .object(),
        &error);
    QCOMPARE(evaluate(judge, answer(u"x"_s)).state, Outcome::State::Pending);
    QVERIFY(judgePrompt(judge, u"Q?"_s, u"A."_s).contains(u"Polite?"_s));
    const Outcome good = judgeOutcome(judge, u"Sure: {\"score\": 0.9, \"reason\": \"kind\"}"_s);
    QVERIFY(good.passed());
    QCOMPARE(good.reason, u"graded 0.9 (threshold 0.7): kind"_s);
    QCOMPARE(good.score, 0.9);
    QVERIFY(!judgeOutcome(judge, u"Score: 0.4"_s).passed());
    const Outcome none = judgeOutcome(judge, u"I like it"_s);
    QVERIFY(!none.passed());
    QVERIFY(none.reason.startsWith(u"the judge's reply holds no score"_s));
}

void TestEvalAssert::outcomesRoundTrip() {
    Assertion c;
    c.kind = AssertionKind::Contains;
    c.value = u"x"_s;
    QList<Outcome> list = {evaluate(c, answer(u"x"_s)), evaluate(c, answer(u"y"_s))};
    const QList<Outcome> back = outcomesFromJson(outcomesJson(list));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back[1].reason, list[1].reason);
    QCOMPARE(back[1].state, Outcome::State::Fail);
    QCOMPARE(firstFailure(back)->label, u"contains \"x\""_s);
}

QTEST_GUILESS_MAIN(TestEvalAssert)
#include "tst_evalassert.moc"
