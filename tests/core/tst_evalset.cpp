// Evaluation sets as a user writes them: the file's sections, CSV and JSONL datasets, and the
// templating checks that run before anything is sent, with where each problem is.

#include "evalset.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

class TestEvalSet : public QObject {
    Q_OBJECT

private slots:
    void inlineSetRendersEachRow();
    void unknownVariableNamesRowAndField();
    void unusedColumnIsAWarning();
    void assertionTextsAreTemplatesToo();
    void csvQuotingAndReservedColumns();
    void csvWrongFieldCountSaysWhichRow();
    void jsonlBadLineSaysWhichRow();
    void badAssertionSaysWhere_data();
    void badAssertionSaysWhere();
    void keysAreRefused();
    void tooManyWorkloads();
    void parametersReachTheRequest();
    void imagesColumnResolvesBesideTheSet();

private:
    QTemporaryDir m_dir;
    QString write(const QString& name, const QByteArray& bytes);
};

QString TestEvalSet::write(const QString& name, const QByteArray& bytes) {
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

static QByteArray setWith(const QByteArray& dataset, const QByteArray& extra = {}) {
    return R"({"format":"ik-eval-set","version":1,"name":"t",
      "prompt":{"system":"You help with {{product}}.","user":"{{question}}"},
      "workloads":["acme/support-bot"],)" +
           extra + R"("dataset":)" + dataset + "}";
}

static QString allText(const QList<Issue>& issues) {
    QStringList t;
    for (const Issue& i : issues)
        t << i.text();
    return t.join(u'\n');
}

void TestEvalSet::inlineSetRendersEachRow() {
    const LoadResult r =
        parseEvalSet(setWith(R"({"rows":[{"product":"Widgets","question":"How do I reset it?"},
                           {"product":"Gadgets","question":"¿Dónde está mi pedido?"}]})"),
                     u"/tmp/set.json"_s);
    QVERIFY2(r.ok(), qPrintable(allText(r.errors)));
    QCOMPARE(r.set->rows.size(), 2);
    QVERIFY(checkTemplates(*r.set).ok());
    const ChatRequest req = requestFor(*r.set, r.set->rows[1], r.set->workloads[0]);
    QCOMPARE(req.messages.size(), 2);
    QCOMPARE(req.messages[0].role, u"system"_s);
    QCOMPARE(req.messages[0].content, u"You help with Gadgets."_s);
    QCOMPARE(req.messages[1].content, u"¿Dónde está mi pedido?"_s);
    QVERIFY(!validateChat(req));
}

void TestEvalSet::unknownVariableNamesRowAndField() {
    const LoadResult r =
        parseEvalSet(setWith(R"({"rows":[{"product":"A","question":"q1"},{"question":"q2"}]})"),
                     u"/tmp/set.json"_s);
    QVERIFY(r.ok());
    const TemplateCheck c = checkTemplates(*r.set);
    QVERIFY(!c.ok());
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors[0].row, 2);
    QCOMPARE(c.errors[0].field, u"product"_s);
    QVERIFY2(c.errors[0].text().startsWith(u"set.json, row 2, field \"product\": the template "
                                           "uses {{product}}"_s),
             qPrintable(c.errors[0].text()));
}

void TestEvalSet::unusedColumnIsAWarning() {
    const LoadResult r = parseEvalSet(
        setWith(R"({"rows":[{"product":"A","question":"q","tier":"gold","expected":"x"}]})"),
        u"/tmp/set.json"_s);
    QVERIFY(r.ok());
    const TemplateCheck c = checkTemplates(*r.set);
    QVERIFY(c.ok());
    QCOMPARE(c.warnings.size(), 1); // "expected" is reserved, so only tier
    QCOMPARE(c.warnings[0].field, u"tier"_s);
    QVERIFY(c.warnings[0].message.contains(u"never used"_s));
}

void TestEvalSet::assertionTextsAreTemplatesToo() {
    const LoadResult r =
        parseEvalSet(setWith(R"({"rows":[{"product":"A","question":"q","sku":"W-1"},
                           {"product":"B","question":"q"}]})",
                             R"("assertions":[{"type":"contains","value":"{{sku}}"}],)"),
                     u"/tmp/set.json"_s);
    QVERIFY(r.ok());
    const TemplateCheck c = checkTemplates(*r.set);
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors[0].row, 2);
    QCOMPARE(c.errors[0].field, u"sku"_s);
    QVERIFY(c.warnings.isEmpty()); // sku is read by the assertion
    QCOMPARE(assertionsFor(*r.set, r.set->rows[0]).value(0).value, u"W-1"_s);
}

void TestEvalSet::csvQuotingAndReservedColumns() {
    write(u"rows.csv"_s, "product,question,expected,assert\r\n"
                         "Widgets,\"Hi, \"\"there\"\"\nsecond line\",Yes,"
                         "\"[{\"\"type\"\":\"\"contains\"\",\"\"value\"\":\"\"Yes\"\"}]\"\r\n"
                         "\n"
                         "Gadgets,plain,,\r\n");
    const QString path = write(u"set.json"_s, setWith(R"({"path":"rows.csv"})"));
    const LoadResult r = loadEvalSet(path);
    QVERIFY2(r.ok(), qPrintable(allText(r.errors)));
    QCOMPARE(r.set->rows.size(), 2);
    const Row& row = r.set->rows[0];
    QCOMPARE(row.vars().value(u"question"_s).toString(), u"Hi, \"there\"\nsecond line"_s);
    QCOMPARE(row.expected, u"Yes"_s);
    QCOMPARE(row.assertions.size(), 1);
    QCOMPARE(row.assertions[0].kind, AssertionKind::Contains);
    QVERIFY(r.set->rows[1].assertions.isEmpty());
    QVERIFY(checkTemplates(*r.set).warnings.isEmpty());
}

void TestEvalSet::csvWrongFieldCountSaysWhichRow() {
    write(u"bad.csv"_s, "product,question\nA,q1\nB,q2,extra\n");
    const LoadResult r = loadEvalSet(write(u"s2.json"_s, setWith(R"({"path":"bad.csv"})")));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].row, 2);
    QVERIFY2(r.errors[0].text().startsWith(u"bad.csv, row 2: has 3 fields where the header "
                                           "names 2 columns"_s),
             qPrintable(r.errors[0].text()));
}

void TestEvalSet::jsonlBadLineSaysWhichRow() {
    write(u"rows.jsonl"_s, "{\"product\":\"A\",\"question\":\"q\"}\n"
                           "{\"product\":\"B\",\"question\":\"q\",\"assert\":{\"type\":\"nope\"}}\n"
                           "{\"product\": oops}\n");
    const LoadResult r = loadEvalSet(write(u"s3.json"_s, setWith(R"({"path":"rows.jsonl"})")));
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1); // the bad line stops the reserved-column pass
    QCOMPARE(r.errors[0].row, 3);
    QVERIFY(r.errors[0].message.startsWith(u"is not JSON"_s));

    write(u"rows2.jsonl"_s,
          "{\"product\":\"B\",\"question\":\"q\",\"assert\":{\"type\":\"nope\"}}\n");
    const LoadResult r2 = loadEvalSet(write(u"s4.json"_s, setWith(R"({"path":"rows2.jsonl"})")));
    QVERIFY(!r2.ok());
    QCOMPARE(r2.errors[0].text(),
             u"rows2.jsonl, row 1, field \"assert\": unknown type \"nope\": use one of equals, "
             "contains, not-contains, regex, json-valid, json-schema-valid, tool-called, "
             "max-latency, max-tokens, max-cost, similar, judge"_s);
}

void TestEvalSet::badAssertionSaysWhere_data() {
    QTest::addColumn<QByteArray>("assertion");
    QTest::addColumn<QString>("says");
    QTest::newRow("no type") << QByteArray(R"({"value":"x"})") << u"needs \"type\""_s;
    QTest::newRow("contains no value")
        << QByteArray(R"({"type":"contains"})") << u"needs \"value\""_s;
    QTest::newRow("bad regex") << QByteArray(R"({"type":"regex","pattern":"(a"})")
                               << u"valid regular expression"_s;
    QTest::newRow("schema not object")
        << QByteArray(R"({"type":"json-schema-valid","schema":3})") << u"JSON Schema object"_s;
    QTest::newRow("latency measure")
        << QByteArray(R"({"type":"max-latency","measure":"p99","ms":5})") << u"\"measure\""_s;
    QTest::newRow("negative cost")
        << QByteArray(R"({"type":"max-cost","value":-1})") << u"at least 0"_s;
    QTest::newRow("judge without rubric")
        << QByteArray(R"({"type":"judge","workload":"acme/j","threshold":0.5})")
        << u"needs \"rubric\""_s;
}

void TestEvalSet::badAssertionSaysWhere() {
    QFETCH(QByteArray, assertion);
    QFETCH(QString, says);
    const LoadResult r =
        parseEvalSet(setWith(R"({"rows":[{"product":"A","question":"q"}]})",
                             R"("assertions":[{"type":"json-valid"},)" + assertion + "],"),
                     u"/tmp/set.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors[0].field, u"assertions[1]"_s);
    QVERIFY2(r.errors[0].message.contains(says), qPrintable(r.errors[0].message));
}

void TestEvalSet::keysAreRefused() {
    const QByteArray set = R"({"format":"ik-eval-set","version":1,"prompt":{"user":"{{q}}"},
        "workloads":[{"workload":"acme/support-bot","api_key":"x"}],"dataset":{"rows":[{"q":"a"}]}})";
    const LoadResult r = parseEvalSet(set, u"/tmp/set.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors[0].field, u"workloads[0].api_key"_s);
    QVERIFY(r.errors[0].message.contains(u"never holds keys"_s));
}

void TestEvalSet::tooManyWorkloads() {
    const QByteArray set = R"({"format":"ik-eval-set","version":1,"prompt":{"user":"{{q}}"},
        "workloads":["a/1","a/2","a/3","a/4","a/5","a/6","a/7"],"dataset":{"rows":[{"q":"a"}]}})";
    const LoadResult r = parseEvalSet(set, u"/tmp/set.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors[0].text(), u"set.json, field \"workloads\": holds 7 workloads; a run "
                                 "compares at most 6"_s);
}

void TestEvalSet::parametersReachTheRequest() {
    const QByteArray set = R"({"format":"ik-eval-set","version":1,
        "prompt":{"messages":[{"role":"user","content":"{{q}}"},{"role":"assistant","content":"ok"},
                              {"role":"user","content":"more"}]},
        "workloads":[{"workload":"acme/support-bot","temperature":0,"max_tokens":40,
          "tools":[{"type":"function","function":{"name":"lookup","parameters":{"type":"object"}}}],
          "tool_choice":"required","response_format":{"type":"json_object"},"concurrency":2}],
        "dataset":{"rows":[{"q":"a"}]}})";
    const LoadResult r = parseEvalSet(set, u"/tmp/set.json"_s);
    QVERIFY2(r.ok(), qPrintable(allText(r.errors)));
    const ChatRequest req = requestFor(*r.set, r.set->rows[0], r.set->workloads[0]);
    QCOMPARE(req.messages.size(), 3);
    QCOMPARE(req.params.temperature, 0.0);
    QCOMPARE(req.params.maxTokens, 40);
    QCOMPARE(r.set->workloads[0].concurrency, 2);
    QCOMPARE(req.toolChoice.mode, ToolChoice::Mode::Required);
    QCOMPARE(req.responseFormat.type, ResponseFormat::Type::JsonObject);
    const QByteArray body = chatBody(req);
    QVERIFY(body.contains(R"("tools":[{"function":{"name":"lookup")"));
    QVERIFY(body.contains(R"("max_tokens":40)"));
}

void TestEvalSet::imagesColumnResolvesBesideTheSet() {
    const QByteArray set = R"({"format":"ik-eval-set","version":1,"prompt":{"user":"{{q}}"},
        "workloads":[{"workload":"acme/v","images_column":"img"}],
        "dataset":{"rows":[{"q":"a","img":"pics/a.png|b.png"}]}})";
    const LoadResult r = parseEvalSet(set, m_dir.filePath(u"img.json"_s));
    QVERIFY(r.ok());
    QVERIFY(checkTemplates(*r.set).warnings.isEmpty());
    QCOMPARE(imagesFor(*r.set, r.set->rows[0], r.set->workloads[0]),
             QStringList({m_dir.filePath(u"pics/a.png"_s), m_dir.filePath(u"b.png"_s)}));
    const QByteArray missing = QByteArray(set).replace("\"img\":\"pics", "\"pic\":\"pics");
    const LoadResult r2 = parseEvalSet(missing, m_dir.filePath(u"img.json"_s));
    QVERIFY(r2.ok());
    QCOMPARE(checkTemplates(*r2.set).errors.value(0).field, u"images_column"_s);
}

QTEST_GUILESS_MAIN(TestEvalSet)
#include "tst_evalset.moc"
