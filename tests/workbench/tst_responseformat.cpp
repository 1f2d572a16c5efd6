// The Parameters page's response format, checked as typed: each mistake named with its place,
// keywords the validator will not check listed, and what the answer area says of a finished
// answer's check.
#include "jsonschema.h"
#include "responseformatspec.h"

#include <QJsonDocument>
#include <QTest>

using namespace ik;
using namespace Qt::StringLiterals;

class TestResponseFormat : public QObject {
    Q_OBJECT

private slots:
    void editorCheck_data() {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("schema");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        const int schema = int(ResponseFormat::Type::JsonSchema);
        QTest::newRow("none") << int(ResponseFormat::Type::None) << QString() << QString()
                              << u"Plain text: no response_format is sent."_s << 0 << 0;
        QTest::newRow("object") << int(ResponseFormat::Type::JsonObject) << QString() << QString()
                                << u"The answer must be a JSON object; it is checked when it "
                                   "ends."_s
                                << 0 << 0;
        QTest::newRow("fine, with a keyword not checked")
            << schema << u"order"_s
            << u"{\"type\":\"object\",\"properties\":{\"mail\":{\"type\":\"string\","
               "\"format\":\"email\"}}}"_s
            << u"Schema order: the answer is checked against it when it ends. Not checked "
               "here: format at /properties/mail."_s
            << 0 << 0;
        QTest::newRow("syntax error placed")
            << schema << u"order"_s
            << u"{\n  \"type\": \"object\",\n  \"required\": [\"a\" \"b\"]\n}"_s
            << u"Not valid, nothing is sent until fixed: line 3, column 21: missing value "
               "separator"_s
            << 3 << 21;
        QTest::newRow("schema fault")
            << schema << u"order"_s << u"{\"properties\":{\"a\":{\"type\":\"str\"}}}"_s
            << u"Not valid, nothing is sent until fixed: schema /properties/a/type: unknown type "
               "\"str\" (known: null, boolean, integer, number, string, array, object)"_s
            << 0 << 0;
        QTest::newRow("no name") << schema << u" "_s << u"{}"_s
                                 << u"Not valid, nothing is sent until fixed: the schema needs a "
                                    "name of 1 to 64 letters, digits, _ or -"_s
                                 << 0 << 0;
        QTest::newRow("empty schema")
            << schema << u"order"_s << QString()
            << u"Not valid, nothing is sent until fixed: the schema is empty: write a JSON "
               "Schema object, e.g. {\"type\": \"object\"}"_s
            << 0 << 0;
        QTest::newRow("an array")
            << schema << u"order"_s << u"[]"_s
            << u"Not valid, nothing is sent until fixed: the schema is a JSON object, { ... }"_s
            << 0 << 0;
    }
    void editorCheck() {
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, schema);
        QFETCH(QString, status);
        QFETCH(int, line);
        QFETCH(int, column);
        const ResponseFormatCheck c =
            checkResponseFormat(ResponseFormat::Type(type), name, schema, true);
        QCOMPARE(responseFormatStatus(c), status);
        QCOMPARE(c.line, line);
        QCOMPARE(c.column, column);
        if (c.ok() && type == int(ResponseFormat::Type::JsonSchema)) {
            QCOMPARE(c.format.name, name);
            QCOMPARE(c.format.strict, std::optional<bool>(true));
            QVERIFY(QJsonDocument::fromJson(c.format.schema).isObject());
        }
    }

    void outcome_data() {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("withSchema");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("matches") << u"{\"price\":3}"_s << true
                                 << QStringList{u"valid JSON · matches schema order"_s};
        QTest::newRow("breaks") << u"{\"items\":[{\"price\":-1}]}"_s << true
                                << QStringList{u"valid JSON · breaks schema order"_s,
                                               u"/items/0/price: -1 is below the minimum 0"_s};
        QTest::newRow("not JSON") << u"Sure! Here it is"_s << true
                                  << QStringList{
                                         u"not valid JSON"_s,
                                         u"(root): not JSON: illegal value at character 2"_s};
        QTest::newRow("object") << u"{}"_s << false << QStringList{u"valid JSON object"_s};
        QTest::newRow("not an object")
            << u"[]"_s << false
            << QStringList{u"valid JSON · not an object"_s,
                           u"(root): expected a JSON object, got array"_s};
    }
    void outcome() {
        QFETCH(QString, answer);
        QFETCH(bool, withSchema);
        QFETCH(QStringList, lines);
        ResponseFormat f;
        f.type = withSchema ? ResponseFormat::Type::JsonSchema : ResponseFormat::Type::JsonObject;
        f.name = u"order"_s;
        f.schema = R"({"properties":{"items":{"items":{"properties":{"price":{"minimum":0}}}}}})";
        QCOMPARE(schemaOutcomeLines(answerCheckJson(*checkAnswer(answer, f), f)), lines);
        QVERIFY(schemaOutcomeLines({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestResponseFormat)
#include "tst_responseformat.moc"
