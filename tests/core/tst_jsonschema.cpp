// The structured-output schema subset against known documents: each error where a user would
// look for it (its JSON pointer), with its reason; keywords outside the subset listed as not
// checked; bad schemas and $ref loops reported, never looping.

#include "jsonschema.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ik;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const char* text) {
    QJsonParseError pe;
    const QByteArray wrapped = "[" + QByteArray(text) + "]";
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &pe);
    if (pe.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test itself: %s", text);
    return doc.array().at(0);
}

// "pointer: reason" lines, so a failure shows what a user would read.
QStringList lines(const SchemaResult& r) {
    return describeErrors(r);
}

const char* kOrder = R"({
  "type": "object",
  "properties": {
    "customer": {"type": "string", "minLength": 2, "maxLength": 10},
    "status": {"enum": ["open", "paid"]},
    "kind": {"const": "order"},
    "items": {"type": "array", "minItems": 1, "maxItems": 3,
              "items": {"type": "object", "required": ["sku", "price"],
                        "properties": {"sku": {"type": "string"},
                                       "price": {"type": "number", "minimum": 0, "maximum": 100},
                                       "qty": {"type": "integer"}},
                        "additionalProperties": false}}
  },
  "required": ["customer", "items"]
})";

} // namespace

class TestJsonSchema : public QObject {
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void notChecked();
    void badSchemas_data();
    void badSchemas();
    void refRecursion();
    void refLoopsEnd_data();
    void refLoopsEnd();
    void jsonText_data();
    void jsonText();
    void historyForm();
    void schemaAlone_data();
    void schemaAlone();
    void answerAgainstFormat();
    void responseFormatBody_data();
    void responseFormatBody();
    void responseFormatRefused_data();
    void responseFormatRefused();
    void readResponseFormatFile_data();
    void readResponseFormatFile();
};

void TestJsonSchema::documents_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("document");
    QTest::addColumn<QStringList>("errors");
    const QString order = QString::fromUtf8(kOrder);
    QTest::newRow("order valid") << order
                                 << u"{\"customer\":\"Ann\",\"status\":\"paid\",\"kind\":\"order\","
                                    "\"items\":[{\"sku\":\"a\",\"price\":3.5,\"qty\":2}]}"_s
                                 << QStringList{};
    QTest::newRow("price above maximum at its pointer")
        << order
        << u"{\"customer\":\"Ann\",\"items\":[{\"sku\":\"a\",\"price\":1},{\"sku\":\"b\","
           "\"price\":1},{\"sku\":\"c\",\"price\":250}]}"_s
        << QStringList{u"/items/2/price: 250 is above the maximum 100"_s};
    QTest::newRow("missing required, wrong type, extra property")
        << order << u"{\"items\":[{\"sku\":7,\"price\":-1,\"colour\":\"red\"}]}"_s
        << QStringList{u"(root): missing required property \"customer\""_s,
                       u"/items/0/colour: property \"colour\" is not allowed "
                       "(additionalProperties is false)"_s,
                       u"/items/0/price: -1 is below the minimum 0"_s,
                       u"/items/0/sku: expected string, got integer"_s};
    QTest::newRow("enum, const, integer, lengths, counts")
        << order
        << u"{\"customer\":\"A\",\"status\":\"lost\",\"kind\":\"offer\","
           "\"items\":[{\"sku\":\"a\",\"price\":1,\"qty\":1.5},{\"sku\":\"a\",\"price\":1},"
           "{\"sku\":\"a\",\"price\":1},{\"sku\":\"a\",\"price\":1}]}"_s
        << QStringList{u"/customer: has 1 characters, below the minLength 2"_s,
                       u"/items: has 4 items, above the maxItems 3"_s,
                       u"/items/0/qty: expected integer, got number"_s,
                       u"/kind: must be \"order\" (const), got \"offer\""_s,
                       u"/status: \"lost\" is not one of [\"open\",\"paid\"] (enum)"_s};
    QTest::newRow("root of the wrong type")
        << order << u"[1,2]"_s << QStringList{u"(root): expected object, got array"_s};
    QTest::newRow("type list and null")
        << u"{\"type\":[\"string\",\"null\"]}"_s << u"null"_s << QStringList{};
    QTest::newRow("type list refused")
        << u"{\"type\":[\"string\",\"null\"]}"_s << u"3"_s
        << QStringList{u"(root): expected string or null, got integer"_s};
    QTest::newRow("anyOf matches the second")
        << u"{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\",\"minimum\":1}]}"_s << u"5"_s
        << QStringList{};
    QTest::newRow("anyOf matches none, closest named")
        << u"{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\",\"minimum\":1}]}"_s << u"0"_s
        << QStringList{u"(root): matches none of the 2 anyOf choices (closest: (root): 0 is "
                       "below the minimum 1)"_s};
    QTest::newRow("additionalProperties as a schema")
        << u"{\"type\":\"object\",\"additionalProperties\":{\"type\":\"boolean\"}}"_s
        << u"{\"a\":true,\"b/c\":1}"_s << QStringList{u"/b~1c: expected boolean, got integer"_s};
    QTest::newRow("false schema") << u"{\"properties\":{\"x\":false}}"_s << u"{\"x\":1}"_s
                                  << QStringList{
                                         u"/x: no value is allowed here (the schema is false)"_s};
    QTest::newRow("length counts characters, not bytes")
        << u"{\"maxLength\":2}"_s << u"\"éé\""_s << QStringList{};
    QTest::newRow("number accepts integers")
        << u"{\"type\":\"number\"}"_s << u"4"_s << QStringList{};
}

void TestJsonSchema::documents() {
    QFETCH(QString, schema);
    QFETCH(QString, document);
    QFETCH(QStringList, errors);
    const SchemaResult r =
        validateJson(parse(document.toUtf8().constData()), parse(schema.toUtf8().constData()));
    QStringList got = lines(r);
    got.sort();
    errors.sort();
    QCOMPARE(got, errors);
    QCOMPARE(r.valid(), errors.isEmpty());
    QVERIFY(r.notChecked.isEmpty());
}

void TestJsonSchema::notChecked() {
    // A keyword outside the subset is never silently passed, wherever it sits.
    const SchemaResult r =
        validateJson(parse(R"({"email":"nobody"})"),
                     parse(R"({"type":"object","title":"t","description":"d","properties":{"email":
                 {"type":"string","format":"email","pattern":"@"}},"patternProperties":{},
                 "$defs":{}})"));
    QVERIFY(r.valid());
    QStringList got = r.notChecked;
    got.sort();
    QCOMPARE(got, (QStringList{u"format at /properties/email"_s, u"pattern at /properties/email"_s,
                               u"patternProperties at (root)"_s}));
    const SchemaResult tuple =
        validateJson(parse("[1]"), parse(R"({"items":[{"type":"string"}]})"));
    QCOMPARE(tuple.notChecked, QStringList{u"items (list form) at (root)"_s});
}

void TestJsonSchema::badSchemas_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("fault");
    QTest::newRow("unknown type")
        << u"{\"type\":\"text\"}"_s
        << u"schema /type: unknown type \"text\" (known: null, boolean, integer, number, "
           "string, array, object)"_s;
    QTest::newRow("schema not an object")
        << u"{\"properties\":{\"a\":3}}"_s
        << u"schema /properties/a: a schema must be an object or a boolean, not integer"_s;
    QTest::newRow("required not names")
        << u"{\"required\":\"a\"}"_s
        << u"schema /required: required must be a list of property names"_s;
    QTest::newRow("minimum not a number")
        << u"{\"minimum\":\"3\"}"_s << u"schema /minimum: minimum must be a number"_s;
    QTest::newRow("negative maxLength")
        << u"{\"maxLength\":-1}"_s
        << u"schema /maxLength: maxLength must be a whole number, at least 0"_s;
    QTest::newRow("empty enum") << u"{\"enum\":[]}"_s
                                << u"schema /enum: enum must be a non-empty list of values"_s;
    QTest::newRow("empty anyOf") << u"{\"anyOf\":[]}"_s
                                 << u"schema /anyOf: anyOf must be a non-empty list of schemas"_s;
    QTest::newRow("remote ref")
        << u"{\"$ref\":\"https://example.com/s.json\"}"_s
        << u"schema /$ref: only local references (\"#\" or \"#/$defs/name\") are resolved"_s;
    QTest::newRow("dangling ref")
        << u"{\"$ref\":\"#/$defs/missing\"}"_s
        << u"schema /$ref: \"#/$defs/missing\" points at nothing in the schema"_s;
}

void TestJsonSchema::badSchemas() {
    QFETCH(QString, schema);
    QFETCH(QString, fault);
    const SchemaResult r = validateJson(parse("{\"a\":1}"), parse(schema.toUtf8().constData()));
    QVERIFY(!r.valid());
    QCOMPARE(lines(r), QStringList{fault});
}

void TestJsonSchema::refRecursion() {
    // A tree: $ref recursion that follows the document checks every level.
    const QJsonValue schema = parse(R"({"$ref":"#/$defs/node","$defs":{"node":{"type":"object",
        "required":["name"],"properties":{"name":{"type":"string"},
        "children":{"type":"array","items":{"$ref":"#/$defs/node"}}}}}})");
    QVERIFY(validateJson(parse(R"({"name":"a","children":[{"name":"b","children":[]}]})"), schema)
                .valid());
    const SchemaResult r = validateJson(
        parse(R"({"name":"a","children":[{"name":"b","children":[{"name":4}]}]})"), schema);
    QCOMPARE(lines(r), QStringList{u"/children/0/children/0/name: expected string, got integer"_s});
}

void TestJsonSchema::refLoopsEnd_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("fault");
    QTest::newRow("self")
        << u"{\"$ref\":\"#\"}"_s
        << u"schema /$ref: \"#\" refers back to itself without checking anything"_s;
    QTest::newRow("two defs")
        << u"{\"$ref\":\"#/$defs/a\",\"$defs\":{\"a\":{\"$ref\":\"#/$defs/b\"},"
           "\"b\":{\"$ref\":\"#/$defs/a\"}}}"_s
        << u"schema /$defs/b/$ref: \"#/$defs/a\" refers back to itself without checking "
           "anything"_s;
    QTest::newRow("through anyOf")
        << u"{\"anyOf\":[{\"$ref\":\"#\"}]}"_s
        << u"schema /anyOf/0/$ref: \"#\" refers back to itself without checking anything"_s;
}

void TestJsonSchema::refLoopsEnd() {
    QFETCH(QString, schema);
    QFETCH(QString, fault);
    const SchemaResult r = validateJson(parse("{\"a\":[1]}"), parse(schema.toUtf8().constData()));
    QVERIFY(!r.valid());
    QVERIFY2(lines(r).contains(fault), qPrintable(lines(r).join(u'\n')));
}

void TestJsonSchema::jsonText_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("withSchema");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("object, json_object") << u" {\"a\":1}\n"_s << false << QStringList{};
    QTest::newRow("array, json_object")
        << u"[1]"_s << false << QStringList{u"(root): expected a JSON object, got array"_s};
    QTest::newRow("not JSON") << u"{\"a\":"_s << false
                              << QStringList{
                                     u"(root): not JSON: unterminated object at character 6"_s};
    QTest::newRow("a bare value is JSON")
        << u"42"_s << false << QStringList{u"(root): expected a JSON object, got integer"_s};
    QTest::newRow("two values are not")
        << u"1, 2"_s << false << QStringList{u"(root): not JSON: illegal value at character 2"_s};
    QTest::newRow("schema applied")
        << u"{\"a\":\"x\"}"_s << true << QStringList{u"/a: expected integer, got string"_s};
}

void TestJsonSchema::jsonText() {
    QFETCH(QString, text);
    QFETCH(bool, withSchema);
    QFETCH(QStringList, errors);
    const QJsonValue schema =
        withSchema ? parse(R"({"properties":{"a":{"type":"integer"}}})") : QJsonValue();
    const SchemaResult r = checkJsonText(text, schema);
    QCOMPARE(lines(r), errors);
    QCOMPARE(r.valid(), errors.isEmpty());
}

void TestJsonSchema::historyForm() {
    const SchemaResult r =
        validateJson(parse(R"({"a":"x","b":true})"), parse(R"({"properties":{"a":{"type":"integer",
                                                 "format":"int32"}},"required":["c"]})"));
    const QJsonObject o = schemaResultJson(r);
    QCOMPARE(o.value(u"valid"_s).toBool(), false);
    QCOMPARE(o.value(u"errors"_s).toArray().size(), 2);
    const SchemaResult back = schemaResultFromJson(o);
    QCOMPARE(back.errors, r.errors);
    QCOMPARE(back.notChecked, QStringList{u"format at /properties/a"_s});
    QVERIFY(!back.valid());
}

// The schema editor's check: faults and unchecked keywords anywhere in the schema, before any
// answer exists.
void TestJsonSchema::schemaAlone_data() {
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<QStringList>("notChecked");
    QTest::newRow("fine") << QString::fromUtf8(kOrder) << QStringList{} << QStringList{};
    QTest::newRow("deep fault")
        << u"{\"properties\":{\"a\":{\"items\":{\"type\":\"strng\"}}}}"_s
        << QStringList{u"schema /properties/a/items/type: unknown type \"strng\" (known: null, "
                       "boolean, integer, number, string, array, object)"_s}
        << QStringList{};
    QTest::newRow("fault in $defs, keyword in anyOf")
        << u"{\"$defs\":{\"x\":{\"minimum\":\"1\"}},\"anyOf\":[{\"pattern\":\"a\"}]}"_s
        << QStringList{u"schema /$defs/x/minimum: minimum must be a number"_s}
        << QStringList{u"pattern at /anyOf/0"_s};
    QTest::newRow("self reference ends")
        << u"{\"$ref\":\"#\"}"_s
        << QStringList{u"schema /$ref: \"#\" refers back to itself without checking anything"_s}
        << QStringList{};
}

void TestJsonSchema::schemaAlone() {
    QFETCH(QString, schema);
    QFETCH(QStringList, faults);
    QFETCH(QStringList, notChecked);
    const SchemaResult r = checkSchema(parse(schema.toUtf8().constData()));
    QVERIFY(r.errors.isEmpty());
    QCOMPARE(lines(r), faults);
    QCOMPARE(r.notChecked, notChecked);
}

void TestJsonSchema::answerAgainstFormat() {
    ResponseFormat f;
    QVERIFY(!checkAnswer(u"anything"_s, f));
    f.type = ResponseFormat::Type::JsonObject;
    QVERIFY(checkAnswer(u"{}"_s, f)->valid());
    QVERIFY(!checkAnswer(u"Sure! {}"_s, f)->parsed);
    f.type = ResponseFormat::Type::JsonSchema;
    f.schema = R"({"required":["a"]})";
    QCOMPARE(describeErrors(*checkAnswer(u"{}"_s, f)),
             QStringList{u"(root): missing required property \"a\""_s});
}

// What goes on the wire for each response_format.
void TestJsonSchema::responseFormatBody_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("expected"); // the body's response_format, compact; empty: absent
    QTest::newRow("none") << int(ResponseFormat::Type::None) << QString();
    QTest::newRow("json_object") << int(ResponseFormat::Type::JsonObject)
                                 << u"{\"type\":\"json_object\"}"_s;
    QTest::newRow("json_schema")
        << int(ResponseFormat::Type::JsonSchema)
        << u"{\"json_schema\":{\"name\":\"order\",\"schema\":{\"type\":\"object\"},"
           "\"strict\":true},\"type\":\"json_schema\"}"_s;
}

void TestJsonSchema::responseFormatBody() {
    QFETCH(int, type);
    QFETCH(QString, expected);
    ChatRequest r;
    r.prompt = u"hi"_s;
    r.responseFormat.type = ResponseFormat::Type(type);
    r.responseFormat.name = u"order"_s;
    r.responseFormat.schema = R"({"type":"object"})";
    r.responseFormat.strict = true;
    QVERIFY(!validateChat(r));
    const QJsonObject body = QJsonDocument::fromJson(chatBody(r)).object();
    if (expected.isEmpty()) {
        QVERIFY(!body.contains(u"response_format"_s));
        return;
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(body.value(u"response_format"_s).toObject())
                                   .toJson(QJsonDocument::Compact)),
             expected);
}

void TestJsonSchema::responseFormatRefused_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << QString() << QByteArray("{}")
                             << u"response_format.json_schema.name must be 1 to 64 letters, "
                                "digits, _ or - (got '')"_s;
    QTest::newRow("name with a space")
        << u"my order"_s << QByteArray("{}")
        << u"response_format.json_schema.name must be 1 to 64 letters, digits, _ or - (got 'my "
           "order')"_s;
    QTest::newRow("schema not JSON")
        << u"order"_s << QByteArray("{type:")
        << u"response_format.json_schema.schema must be a JSON Schema object"_s;
    QTest::newRow("schema an array")
        << u"order"_s << QByteArray("[]")
        << u"response_format.json_schema.schema must be a JSON Schema object"_s;
}

void TestJsonSchema::responseFormatRefused() {
    QFETCH(QString, name);
    QFETCH(QByteArray, schema);
    QFETCH(QString, message);
    ChatRequest r;
    r.prompt = u"hi"_s;
    r.responseFormat.type = ResponseFormat::Type::JsonSchema;
    r.responseFormat.name = name;
    r.responseFormat.schema = schema;
    const std::optional<Error> e = validateChat(r);
    QVERIFY(e);
    QCOMPARE(e->kind, ErrorKind::Validation);
    QCOMPARE(e->message, message);
}

void TestJsonSchema::readResponseFormatFile_data() {
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("name");
    QTest::newRow("bare schema, named by its title")
        << QByteArray(R"({"title":"order","type":"object"})") << QString()
        << int(ResponseFormat::Type::JsonSchema) << u"order"_s;
    QTest::newRow("bare schema, no title") << QByteArray(R"({"type":"object"})") << QString()
                                           << int(ResponseFormat::Type::JsonSchema) << u"schema"_s;
    QTest::newRow("full object")
        << QByteArray(
               R"({"type":"json_schema","json_schema":{"name":"x","schema":{},"strict":true}})")
        << QString() << int(ResponseFormat::Type::JsonSchema) << u"x"_s;
    QTest::newRow("json_object") << QByteArray(R"({"type":"json_object"})") << QString()
                                 << int(ResponseFormat::Type::JsonObject) << QString();
    QTest::newRow("json_schema without its object")
        << QByteArray(R"({"type":"json_schema"})")
        << u"\"type\": \"json_schema\" needs a \"json_schema\" object {\"name\", \"schema\", "
           "\"strict\"}"_s
        << 0 << QString();
    QTest::newRow("not JSON") << QByteArray("{") << u"not JSON: unterminated object at byte 2"_s
                              << 0 << QString();
    QTest::newRow("array") << QByteArray("[]")
                           << u"a response format is a JSON object: a schema, or {\"type\": ...}"_s
                           << 0 << QString();
}

void TestJsonSchema::readResponseFormatFile() {
    QFETCH(QByteArray, file);
    QFETCH(QString, error);
    QFETCH(int, type);
    QFETCH(QString, name);
    ResponseFormat f;
    QCOMPARE(readResponseFormat(file, &f), error);
    if (!error.isEmpty())
        return;
    QCOMPARE(int(f.type), type);
    QCOMPARE(f.name, name);
}

QTEST_APPLESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
