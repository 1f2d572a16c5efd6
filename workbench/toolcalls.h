#pragma once
// The tool calls of the latest answer, as the user checks and answers them (DESIGN.md "Words":
// a turn may hold tool calls with their results). Each call is checked once it is complete:
// its arguments parsed as JSON and validated against the `parameters` schema of the tool the
// request offered, or flagged when that tool was not offered. The user's result for each call,
// and a canned result per tool ("auto-answer with this"), live here; the call cards only show
// them. The canned results belong to the workload's draft (cannedJson()).

#include "toolcallcheck.h"
#include "wire.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ik {

class ToolCallsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ArgumentsRole,
        StatusRole, // toolCallStatusName()
        ReasonRole,
        ResultRole,
    };
    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A new answer: the tools its request offered, and no calls yet.
    void begin(const QByteArray& offeredTools);
    // The calls so far while streaming (arguments growing); a call keeps its result by id.
    void setCalls(const QList<ToolCall>& calls);
    // The answer is complete: every call is checked.
    void complete();
    void clear();
    bool isComplete() const { return m_complete; }

    int count() const { return int(m_rows.size()); }
    ToolCall call(int row) const { return m_rows.value(row).call; }
    ToolCallCheck check(int row) const { return m_rows.value(row).check; }
    QString result(int row) const { return m_rows.value(row).result; }
    void setResult(int row, const QString& text);
    // "ok", "invalid · <reason>", "not offered · <reason>": what a card's status line says.
    QString statusText(int row) const;

    // The row's result becomes its tool's canned result, and answers every other call to that
    // tool that has none yet.
    void useAsCanned(int row);
    QString cannedResult(const QString& tool) const { return m_canned.value(tool); }
    // Fills each unanswered call whose tool has a canned result.
    void autoAnswer();
    QJsonObject cannedJson() const; // {"tool name": "result", ...}
    void setCannedJson(const QJsonObject& json);

    // Empty when every call has a result; else which ones have none, to say why "Send results"
    // cannot go yet.
    QString missingResults() const;
    // One `tool` message per call, carrying its tool_call_id, in call order.
    QList<ChatMessage> resultMessages() const;

signals:
    void cannedChanged(); // a draft save follows it
    void callsChecked();  // complete() has judged every call

private:
    struct Row {
        ToolCall call;
        ToolCallCheck check;
        QString result;
    };
    void changedRow(int row);
    QList<Row> m_rows;
    QJsonArray m_offered;
    QHash<QString, QString> m_canned; // by tool name
    bool m_complete = false;
};

} // namespace ik
