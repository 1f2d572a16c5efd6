// The tools field is checked as typed: what is wrong is named with its line and column, or with
// the tool it is in, and what is fine is passed on compact with its function names.

#include "toolspec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace ik;

class TstToolspec : public QObject {
    Q_OBJECT

private slots:
    void blankOffersNoTools() {
        const ToolsCheck check = checkTools(u"  \n "_s);
        QVERIFY(check.ok());
        QVERIFY(check.empty);
        QVERIFY(check.json.isEmpty());
    }

    void goodToolsPassCompactWithTheirNames() {
        const QString text = uR"([
  {"type": "function", "function": {"name": "get_weather",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}},
  {"type": "function", "function": {"name": "lookup-order"}}
])"_s;
        const ToolsCheck check = checkTools(text);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QVERIFY(!check.empty);
        QCOMPARE(check.names, (QStringList{u"get_weather"_s, u"lookup-order"_s}));
        QVERIFY(!check.json.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(check.json).array().size(), 2);
    }

    void aSyntaxErrorNamesItsLineAndColumn() {
        // A comma is missing after line 3's "é" (two bytes in UTF-8): Qt stops just past the "{"
        // it did not expect, and the place is counted in characters, not bytes.
        const QString text =
            u"[\n {\"type\": \"function\", \"function\": {\"name\": \"a\"}},\n \"é\" {}]"_s;
        const ToolsCheck check = checkTools(text);
        QVERIFY(!check.ok());
        QCOMPARE(check.line, 3);
        QCOMPARE(check.column, 7);
        QVERIFY2(check.error.startsWith(u"line 3, column 7: "_s), qPrintable(check.error));
    }

    void eachWrongToolIsNamed_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object") << u"{\"type\": \"function\"}"_s << u"JSON array"_s;
        QTest::newRow("not object") << u"[1]"_s << u"tool 1 is not an object"_s;
        QTest::newRow("type") << u"[{\"type\": \"code\", \"function\": {\"name\": \"a\"}}]"_s
                              << u"tool 1 needs \"type\": \"function\""_s;
        QTest::newRow("function") << u"[{\"type\": \"function\"}]"_s
                                  << u"tool 1 needs a \"function\" object"_s;
        QTest::newRow("name")
            << u"[{\"type\": \"function\", \"function\": {\"name\": \"get weather\"}}]"_s
            << u"tool 1 needs a function name"_s;
        QTest::newRow("parameters")
            << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\"}}, {\"type\": "
               "\"function\", \"function\": {\"name\": \"b\", \"parameters\": []}}]"_s
            << u"tool 2 has parameters that are not"_s;
        QTest::newRow("repeat")
            << u"[{\"type\": \"function\", \"function\": {\"name\": \"a\"}}, {\"type\": "
               "\"function\", \"function\": {\"name\": \"a\"}}]"_s
            << u"tool 2 repeats the name a"_s;
    }
    void eachWrongToolIsNamed() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const ToolsCheck check = checkTools(text);
        QVERIFY(!check.ok());
        QVERIFY2(check.error.contains(expected), qPrintable(check.error));
        QVERIFY(check.json.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstToolspec)
#include "tst_toolspec.moc"
