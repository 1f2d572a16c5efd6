#include "toolcalls.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ik {

int ToolCallsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ToolCallsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return u"%1(%2) · %3"_s.arg(r.call.name, r.call.arguments, statusText(index.row()));
    case IdRole:
        return r.call.id;
    case NameRole:
        return r.call.name;
    case ArgumentsRole:
        return r.call.arguments;
    case StatusRole:
        return toolCallStatusName(r.check.status);
    case ReasonRole:
        return r.check.reason;
    case ResultRole:
        return r.result;
    default:
        return {};
    }
}

QHash<int, QByteArray> ToolCallsModel::roleNames() const {
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"},         {NameRole, "name"},
            {ArgumentsRole, "arguments"}, {StatusRole, "status"}, {ReasonRole, "reason"},
            {ResultRole, "result"}};
}

void ToolCallsModel::begin(const QByteArray& offeredTools) {
    beginResetModel();
    m_rows.clear();
    m_offered = QJsonDocument::fromJson(offeredTools).array();
    m_complete = false;
    endResetModel();
}

void ToolCallsModel::setCalls(const QList<ToolCall>& calls) {
    if (calls.size() < m_rows.size()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (i < m_rows.size()) {
            if (m_rows[i].call == calls[i])
                continue;
            m_rows[i].call = calls[i];
            changedRow(int(i));
            continue;
        }
        beginInsertRows({}, int(i), int(i));
        m_rows.append({calls[i], {}, {}});
        endInsertRows();
    }
}

void ToolCallsModel::complete() {
    m_complete = true;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_rows[i].check = checkToolCall(m_rows[i].call, m_offered);
        changedRow(int(i));
    }
    autoAnswer();
    emit callsChecked();
}

void ToolCallsModel::clear() {
    begin({});
}

void ToolCallsModel::setResult(int row, const QString& text) {
    if (row < 0 || row >= m_rows.size() || m_rows[row].result == text)
        return;
    m_rows[row].result = text;
    changedRow(row);
}

QString ToolCallsModel::statusText(int row) const {
    const ToolCallCheck c = check(row);
    const QString name = toolCallStatusName(c.status);
    if (c.status == ToolCallCheck::Status::Streaming)
        return tr("arguments arriving…");
    return c.reason.isEmpty() ? name : u"%1 · %2"_s.arg(name, c.reason);
}

void ToolCallsModel::useAsCanned(int row) {
    if (row < 0 || row >= m_rows.size() || m_rows[row].result.trimmed().isEmpty())
        return;
    m_canned.insert(m_rows[row].call.name, m_rows[row].result);
    autoAnswer();
    emit cannedChanged();
}

void ToolCallsModel::autoAnswer() {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].result.trimmed().isEmpty() && m_canned.contains(m_rows[i].call.name))
            setResult(int(i), m_canned.value(m_rows[i].call.name));
}

QJsonObject ToolCallsModel::cannedJson() const {
    QJsonObject o;
    for (auto it = m_canned.begin(); it != m_canned.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void ToolCallsModel::setCannedJson(const QJsonObject& json) {
    m_canned.clear();
    for (auto it = json.begin(); it != json.end(); ++it)
        if (it.value().isString())
            m_canned.insert(it.key(), it.value().toString());
}

QString ToolCallsModel::missingResults() const {
    if (m_rows.isEmpty())
        return tr("there are no tool calls to answer");
    if (!m_complete)
        return tr("the calls are still arriving");
    QStringList missing;
    for (const Row& r : m_rows)
        if (r.result.trimmed().isEmpty())
            missing << u"%1 (%2)"_s.arg(r.call.name, r.call.id);
    if (missing.isEmpty())
        return {};
    return tr("no result yet for %1: type one, or use a canned result").arg(missing.join(u", "_s));
}

QList<ChatMessage> ToolCallsModel::resultMessages() const {
    QList<ChatMessage> messages;
    for (const Row& r : m_rows) {
        ChatMessage m(u"tool"_s, r.result);
        m.toolCallId = r.call.id;
        messages.append(m);
    }
    return messages;
}

void ToolCallsModel::changedRow(int row) {
    emit dataChanged(index(row), index(row));
}

} // namespace ik
