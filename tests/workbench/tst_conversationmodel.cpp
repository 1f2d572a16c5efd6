// The conversation as an item model: what its rows say, how edits change it, what a request
// carries and what a draft keeps.

#include "conversationmodel.h"
#include "transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
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
    // Each branch operation on "q1 a1 q2 a2": the path after it (texts joined by spaces) and
    // the alternatives at the row it touched.
    void branches_data() {
        QTest::addColumn<QString>("op");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("siblings");
        QTest::newRow("regenerate a2") << u"open"_s << 3 << u"q1 a1 q2 A"_s << 2;
        QTest::newRow("regenerate a1") << u"open"_s << 1 << u"q1 A"_s << 2;
        QTest::newRow("revise q2") << u"revise"_s << 2 << u"q1 a1 Q"_s << 2;
        QTest::newRow("revise q1") << u"revise"_s << 0 << u"Q"_s << 2;
        QTest::newRow("fork q2") << u"fork"_s << 2 << u"q1 a1 q2"_s << 2;
        QTest::newRow("delete a1") << u"delete"_s << 1 << u"q1 q2 a2"_s << 1;
        QTest::newRow("delete a2") << u"delete"_s << 3 << u"q1 a1 q2"_s << 1;
        QTest::newRow("delete q1") << u"delete"_s << 0 << u"a1 q2 a2"_s << 1;
    }
    void branches() {
        QFETCH(QString, op);
        QFETCH(int, row);
        QFETCH(QString, path);
        QFETCH(int, siblings);
        ConversationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTurns({{u"user"_s, u"q1"_s},
                        {u"assistant"_s, u"a1"_s},
                        {u"user"_s, u"q2"_s},
                        {u"assistant"_s, u"a2"_s}});
        const QList<ChatMessage> before = model.turns();
        if (op == u"open") {
            QVERIFY(model.openBranch(row));
            QCOMPARE(model.rowCount(), row);
            model.append({u"assistant"_s, u"A"_s}, {u"m"_s, u"llama"_s, u"stop"_s});
        } else if (op == u"revise") {
            QVERIFY(model.reviseTurn(row, u"Q"_s));
        } else if (op == u"fork") {
            QVERIFY(model.fork(row));
        } else {
            QVERIFY(model.removeTurn(row));
        }
        QStringList texts;
        for (const ChatMessage& m : model.turns())
            texts << m.content;
        QCOMPARE(texts.join(u' '), path);
        const int at = qMin(row, model.rowCount() - 1);
        QCOMPARE(model.siblingCount(at), siblings);
        if (siblings < 2)
            return;
        QCOMPARE(model.siblingIndex(at), 1);
        // ‹: the old turn and all that followed it come back; ›: the new one again.
        QVERIFY(!model.switchSibling(at, 1));
        QVERIFY(model.switchSibling(at, -1));
        QCOMPARE(model.turns(), before);
        QVERIFY(model.switchSibling(at, 1));
        QStringList again;
        for (const ChatMessage& m : model.turns())
            again << m.content;
        QCOMPARE(again.join(u' '), path);
        // The tree survives a draft, with the metrics of the turn that has them.
        ConversationModel back;
        back.setFromJson(model.toJson());
        QCOMPARE(back.turns(), model.turns());
        QCOMPARE(back.siblingCount(at), siblings);
        QCOMPARE(back.siblingIndex(at), 1);
        QCOMPARE(back.info(at), model.info(at));
        QVERIFY(back.switchSibling(at, -1));
        QCOMPARE(back.turns(), before);
    }

    // An older draft held a flat list of turns only; a damaged tree falls back to that list.
    void olderAndDamagedDraftsLoad_data() {
        QTest::addColumn<QJsonValue>("tree");
        QTest::newRow("older draft") << QJsonValue();
        QTest::newRow("parent after child")
            << QJsonValue(QJsonObject{{u"nodes"_s, QJsonArray{QJsonObject{{u"parent"_s, 3}}}}});
        QTest::newRow("no message")
            << QJsonValue(QJsonObject{{u"nodes"_s, QJsonArray{QJsonObject{{u"parent"_s, -1}}}}});
    }
    void olderAndDamagedDraftsLoad() {
        QFETCH(QJsonValue, tree);
        QJsonObject draft{
            {u"system"_s, u"Be brief."_s},
            {u"turns"_s,
             QJsonArray{QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, u"Hi"_s}},
                        QJsonObject{{u"role"_s, u"assistant"_s}, {u"content"_s, u"Hello."_s}}}}};
        if (!tree.isUndefined() && !tree.isNull())
            draft[u"tree"] = tree;
        ConversationModel model;
        model.setFromJson(draft);
        QCOMPARE(model.system(), u"Be brief."_s);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.turn(1).content, u"Hello."_s);
        QCOMPARE(model.siblingCount(1), 1);
    }

    // A run from history joins as a branch where it first differs from the conversation.
    void addBranchSharesThePrefix() {
        ConversationModel model;
        model.setTurns({{u"user"_s, u"q1"_s}, {u"assistant"_s, u"a1"_s}});
        model.addBranch({{u"user"_s, u"q1"_s}, {u"assistant"_s, u"other"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.turn(1).content, u"other"_s);
        QCOMPARE(model.siblingCount(0), 1);
        QCOMPARE(model.siblingCount(1), 2);
        model.addBranch({{u"user"_s, u"q1"_s}, {u"assistant"_s, u"a1"_s}});
        QCOMPARE(model.turn(1).content, u"a1"_s);
        QCOMPARE(model.siblingCount(1), 2); // found, not added again
    }

    // An opened branch that got no turn (a failed regenerate) shows the old one again.
    void resumeBranchUndoesAnEmptyBranch() {
        ConversationModel model;
        model.setTurns({{u"user"_s, u"q1"_s}, {u"assistant"_s, u"a1"_s}});
        QVERIFY(model.openBranch(1));
        QCOMPARE(model.rowCount(), 1);
        model.resumeBranch();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.turn(1).content, u"a1"_s);
        QCOMPARE(model.siblingCount(1), 1);
    }

    // The transcript reads the path with what each turn shows, and its raw toggle per turn.
    void transcriptRoles() {
        ConversationModel model;
        TranscriptModel transcript;
        QAbstractItemModelTester tester(&transcript,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        transcript.setConversation(&model);
        ChatMessage answer{u"assistant"_s, u"**bold**"_s};
        answer.reasoning = u"thinking"_s;
        ToolCall call;
        call.id = u"call_1"_s;
        call.name = u"get_weather"_s;
        call.arguments = uR"({"city":"Lyon"})"_s;
        answer.toolCalls = {call};
        model.append(u"user"_s, u"Hi"_s);
        model.append(answer, {u"first token 5 ms"_s, u"llama"_s, u"stop"_s});
        QCOMPARE(transcript.rowCount(), 2);
        const QModelIndex a = transcript.index(1);
        QCOMPARE(a.data(TranscriptModel::RoleRole).toString(), u"assistant"_s);
        QCOMPARE(a.data(TranscriptModel::MarkdownRole).toString(), u"**bold**"_s);
        QCOMPARE(a.data(TranscriptModel::ReasoningRole).toString(), u"thinking"_s);
        QCOMPARE(a.data(TranscriptModel::ToolCallsRole).toString(),
                 uR"(get_weather({"city":"Lyon"}) · call_1)"_s);
        QCOMPARE(a.data(TranscriptModel::MetricsRole).toString(), u"first token 5 ms"_s);
        QCOMPARE(a.data(TranscriptModel::ModelRole).toString(), u"llama"_s);
        QCOMPARE(a.data(TranscriptModel::FinishReasonRole).toString(), u"stop"_s);
        QCOMPARE(a.data(TranscriptModel::SiblingIndexRole).toInt(), 1);
        QCOMPARE(a.data(TranscriptModel::SiblingCountRole).toInt(), 1);
        QVERIFY(!a.data(TranscriptModel::RawRole).toBool());
        QVERIFY(transcript.setData(a, true, TranscriptModel::RawRole));
        QVERIFY(a.data(TranscriptModel::RawRole).toBool());
        QVERIFY(!transcript.index(0).data(TranscriptModel::RawRole).toBool());
        QVERIFY(transcript.setData(transcript.index(0), u"Hello"_s, TranscriptModel::ReviseRole));
        QCOMPARE(transcript.rowCount(), 1);
        QCOMPARE(transcript.index(0).data(TranscriptModel::SiblingIndexRole).toInt(), 2);
        QCOMPARE(transcript.index(0).data(TranscriptModel::SiblingCountRole).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TstConversationModel)

#include "tst_conversationmodel.moc"
