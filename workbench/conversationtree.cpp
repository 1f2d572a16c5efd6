// The branches of a conversation (DESIGN.md "Words": a branch is a conversation forked at a
// turn): siblings, switching between them, and the tree's form in a draft.

#include "conversationmodel.h"

#include "history.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace ik {

QList<int> ConversationModel::pathFrom(int node) const {
    QList<int> out;
    for (int active = activeOf(node); active >= 0; active = activeOf(node)) {
        node = childrenOf(node).at(active);
        out.append(node);
    }
    return out;
}

void ConversationModel::showPathFrom(int row) {
    const int parent = row > 0 ? m_path.at(row - 1) : -1;
    if (row < m_path.size()) {
        beginRemoveRows({}, row, int(m_path.size()) - 1);
        m_path.resize(row);
        endRemoveRows();
    }
    const QList<int> rest = pathFrom(parent);
    if (!rest.isEmpty()) {
        beginInsertRows({}, row, row + int(rest.size()) - 1);
        m_path.append(rest);
        endInsertRows();
    }
    emit changed();
}

bool ConversationModel::openBranch(int row) {
    if (row < 0 || row >= m_path.size())
        return false;
    activeOf(m_nodes.at(m_path.at(row)).parent) = -1;
    showPathFrom(row);
    return true;
}

void ConversationModel::resumeBranch() {
    const int end = m_path.isEmpty() ? -1 : m_path.last();
    if (activeOf(end) >= 0 || childrenOf(end).isEmpty())
        return;
    activeOf(end) = int(childrenOf(end).size()) - 1;
    showPathFrom(int(m_path.size()));
}

bool ConversationModel::reviseTurn(int row, const QString& text) {
    if (row < 0 || row >= m_path.size())
        return false;
    ChatMessage message = turn(row);
    message.content = text;
    if (message.role == u"assistant") {
        message.reasoning.clear(); // the thinking and calls were the model's, not this text's
        message.toolCalls.clear();
    }
    openBranch(row);
    append(message);
    return true;
}

bool ConversationModel::fork(int row) {
    if (row < 0 || row >= m_path.size())
        return false;
    const Node copy = m_nodes.at(m_path.at(row));
    openBranch(row);
    append(copy.message, copy.info);
    return true;
}

int ConversationModel::siblingIndex(int row) const {
    if (row < 0 || row >= m_path.size())
        return 0;
    const int id = m_path.at(row);
    return int(childrenOf(m_nodes.at(id).parent).indexOf(id));
}

int ConversationModel::siblingCount(int row) const {
    if (row < 0 || row >= m_path.size())
        return 0;
    return int(childrenOf(m_nodes.at(m_path.at(row)).parent).size());
}

bool ConversationModel::switchSibling(int row, int step) {
    const int count = siblingCount(row);
    const int next = siblingIndex(row) + step;
    if (count < 2 || step == 0 || next < 0 || next >= count)
        return false;
    activeOf(m_nodes.at(m_path.at(row)).parent) = next;
    showPathFrom(row);
    return true;
}

void ConversationModel::addBranch(const QList<ChatMessage>& turns) {
    int parent = -1;
    int row = 0;
    for (; row < turns.size(); ++row) {
        const QList<int>& kids = childrenOf(parent);
        const auto same = std::find_if(kids.begin(), kids.end(), [&](int id) {
            return m_nodes.at(id).message == turns.at(row);
        });
        if (same == kids.end())
            break;
        activeOf(parent) = int(same - kids.begin());
        parent = *same;
    }
    for (; row < turns.size(); ++row)
        parent = addNode(parent, turns.at(row), {});
    activeOf(parent) = -1;
    beginResetModel();
    m_path = pathFrom(-1);
    endResetModel();
    emit changed();
}

// ---------------------------------------------------------------- drafts

namespace {

QJsonObject infoJson(const TurnInfo& info) {
    QJsonObject o;
    if (!info.metrics.isEmpty())
        o[u"metrics"] = info.metrics;
    if (!info.model.isEmpty())
        o[u"model"] = info.model;
    if (!info.finishReason.isEmpty())
        o[u"finish_reason"] = info.finishReason;
    return o;
}

} // namespace

QJsonObject ConversationModel::treeJson() const {
    // Only what the roots reach, renumbered in that order, so parents come before children.
    QHash<int, int> number;
    QList<int> order;
    QList<int> todo = m_roots;
    while (!todo.isEmpty()) {
        const int id = todo.takeFirst();
        number.insert(id, int(order.size()));
        order.append(id);
        todo.append(m_nodes.at(id).children);
    }
    QJsonArray nodes;
    for (int id : std::as_const(order)) {
        const Node& n = m_nodes.at(id);
        QJsonObject o{{u"parent"_s, n.parent < 0 ? -1 : number.value(n.parent)},
                      {u"active"_s, n.active},
                      {u"message"_s, messageToJson(n.message)}};
        if (const QJsonObject info = infoJson(n.info); !info.isEmpty())
            o[u"info"] = info;
        nodes.append(o);
    }
    return QJsonObject{{u"nodes"_s, nodes}, {u"active"_s, m_rootActive}};
}

bool ConversationModel::loadTree(const QJsonObject& tree) {
    const QJsonArray nodes = tree[u"nodes"].toArray();
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const QJsonObject o = nodes.at(i).toObject();
        const int parent = o[u"parent"].toInt(-1);
        if (parent >= i || parent < -1 || !o[u"message"].isObject())
            return false; // not a tree this code wrote: the caller falls back to the path
        const QJsonObject info = o[u"info"].toObject();
        addNode(parent, messageFromJson(o[u"message"].toObject()),
                {info[u"metrics"].toString(), info[u"model"].toString(),
                 info[u"finish_reason"].toString()});
    }
    // Actives last: addNode() moves each parent's choice to its newest child.
    auto valid = [this](int node, int active) {
        return active >= -1 && active < childrenOf(node).size() ? active : -1;
    };
    for (qsizetype i = 0; i < nodes.size(); ++i)
        m_nodes[i].active = valid(int(i), nodes.at(i)[u"active"].toInt(-1));
    m_rootActive = valid(-1, tree[u"active"].toInt(-1));
    m_path = pathFrom(-1);
    return true;
}

QJsonObject ConversationModel::toJson() const {
    return QJsonObject{
        {u"system"_s, m_system}, {u"turns"_s, messagesToJson(turns())}, {u"tree"_s, treeJson()}};
}

void ConversationModel::setFromJson(const QJsonObject& json) {
    setSystem(json[u"system"].toString());
    const QList<ChatMessage> path = messagesFromJson(json[u"turns"].toArray());
    if (!json[u"tree"].isObject()) {
        setTurns(path);
        return;
    }
    beginResetModel();
    resetTree();
    const bool ok = loadTree(json[u"tree"].toObject());
    endResetModel();
    if (ok)
        emit changed();
    else
        setTurns(path);
}

} // namespace ik
