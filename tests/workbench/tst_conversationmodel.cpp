// The conversation as an item model: what its rows say, how edits change it, what a request
// carries and what a draft keeps.

#include "conversationmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TstConversationModel : public QObject {
    Q_OBJECT

private slots:
    void rowsShowRoleAndAPreview() {
        ConversationModel model;
        QAbstractItemModelTester tester(&model);
        const QString longText = u"line one\nline two "_s + QString(400, u'x');
        model.append(u"user"_s, u"Hi"_s);
        model.append(u"assistant"_s, longText);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ConversationModel::ColumnCount));
        QCOMPARE(model.headerData(ConversationModel::Role, Qt::Horizontal).toString(), u"Role"_s);
        QCOMPARE(model.headerData(ConversationModel::Text, Qt::Horizontal).toString(), u"Text"_s);
        QCOMPARE(model.index(1, ConversationModel::Role).data().toString(), u"assistant"_s);
        const QString preview = model.index(1, ConversationModel::Text).data().toString();
        QVERIFY(preview.startsWith(u"line one line two x"_s)); // one line
        QVERIFY(preview.endsWith(u"…"_s));
        QCOMPARE(preview.size(), 301);
        QCOMPARE(model.index(1, ConversationModel::Text).data(Qt::EditRole).toString(), longText);
        QCOMPARE(
            model.index(1, ConversationModel::Role).data(ConversationModel::ContentRole).toString(),
            longText);
        QCOMPARE(model.index(0, ConversationModel::Text).data(Qt::ToolTipRole).toString(), u"Hi"_s);
        QVERIFY(model.flags(model.index(0, ConversationModel::Text)) & Qt::ItemIsEditable);
    }

    void editsSwitchesAndRemovals() {
        ConversationModel model;
        QAbstractItemModelTester tester(&model);
        model.setTurns({{u"user"_s, u"a"_s}, {u"assistant"_s, u"b"_s}, {u"user"_s, u"c"_s}});
        QSignalSpy changed(&model, &ConversationModel::changed);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1, ConversationModel::Text), u"B"_s));
        QCOMPARE(model.turn(1).content, u"B"_s);
        QCOMPARE(dataChanged.size(), 1);
        QVERIFY(!model.setData(model.index(1, ConversationModel::Role), u"system"_s));
        QVERIFY(model.setData(model.index(1, ConversationModel::Role), u" User "_s));
        QCOMPARE(model.turn(1).role, u"user"_s);
        QVERIFY(model.switchRole(1));
        QCOMPARE(model.turn(1).role, u"assistant"_s);
        QVERIFY(!model.switchRole(7));
        QVERIFY(model.removeTurn(0));
        QVERIFY(!model.removeTurn(5));
        QCOMPARE(model.turns(),
                 (QList<ChatMessage>{{u"assistant"_s, u"B"_s}, {u"user"_s, u"c"_s}}));
        QCOMPARE(changed.size(), 4); // text, role, switch, removal; refusals change nothing
        model.clearTurns();
        QVERIFY(model.isEmpty());
        QCOMPARE(changed.size(), 5);
    }

    void messagesAndDrafts() {
        ConversationModel model;
        QSignalSpy system(&model, &ConversationModel::systemChanged);
        model.setSystem(u"Be brief."_s);
        model.setSystem(u"Be brief."_s);
        QCOMPARE(system.size(), 1);
        model.setTurns({{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello."_s}});
        QCOMPARE(model.messages(), (QList<ChatMessage>{{u"system"_s, u"Be brief."_s},
                                                       {u"user"_s, u"Hi"_s},
                                                       {u"assistant"_s, u"Hello."_s}}));
        ConversationModel copy;
        copy.setFromJson(model.toJson());
        QCOMPARE(copy.system(), u"Be brief."_s);
        QCOMPARE(copy.turns(), model.turns());
        // A blank system prompt is not sent.
        model.setSystem(u"  \n"_s);
        QCOMPARE(model.messages().size(), 2);
        QCOMPARE(model.messages().first().role, u"user"_s);
    }

    // A turn that only called tools keeps its calls through a draft, and shows what it called.
    void toolCallsSurviveADraft() {
        ConversationModel model;
        model.append(u"user"_s, u"Weather in Lyon?"_s);
        ChatMessage answer{u"assistant"_s, QString()};
        ToolCall call;
        call.id = u"call_1"_s;
        call.name = u"get_weather"_s;
        call.arguments = uR"({"city":"Lyon"})"_s;
        answer.toolCalls = {call};
        model.append(answer);
        QCOMPARE(model.data(model.index(1, ConversationModel::Text)).toString(),
                 u"called get_weather()"_s);
        ConversationModel back;
        back.setFromJson(model.toJson());
        QCOMPARE(back.turns().size(), 2);
        QCOMPARE(back.turn(1).toolCalls.size(), 1);
        QCOMPARE(back.turn(1).toolCalls.first().id, u"call_1"_s);
        QCOMPARE(back.turn(1).toolCalls.first().name, u"get_weather"_s);
        QCOMPARE(back.turn(1).toolCalls.first().arguments, call.arguments);
    }
};

QTEST_GUILESS_MAIN(TstConversationModel)

#include "tst_conversationmodel.moc"
