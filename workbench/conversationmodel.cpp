#include "conversationmodel.h"

#include "history.h"

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString callNames(const QList<ToolCall>& calls) {
    QStringList names;
    for (const ToolCall& c : calls)
        names << c.name + u"()"_s;
    return names.join(u", "_s);
}

constexpr int kPreviewChars = 300;
constexpr int kToolTipChars = 2000;

} // namespace

QString ConversationModel::preview(const QString& content) {
    QString line = content.left(kPreviewChars).simplified();
    if (content.size() > kPreviewChars)
        line += u"…"_s;
    return line;
}

QVariantList ConversationModel::imagesData(const QList<ChatImage>& images) {
    QVariantList out;
    for (const ChatImage& image : images)
        out.append(QVariantMap{{u"mime"_s, image.mime},
                               {u"format"_s, image.format()},
                               {u"width"_s, image.width},
                               {u"height"_s, image.height},
                               {u"size"_s, image.size},
                               {u"sha256"_s, image.sha256},
                               {u"bytes"_s, image.bytes},
                               {u"label"_s, describeImage(image)}});
    return out;
}

int ConversationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_path.size());
}

int ConversationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChatMessage& turn = m_nodes.at(m_path.at(index.row())).message;
    if (role == ContentRole)
        return turn.content;
    if (role == ImagesRole)
        return imagesData(turn.images);
    if (role == ImageCountRole)
        return int(turn.images.size());
    if (index.column() == Role) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return turn.role;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (turn.content.isEmpty() && !turn.toolCalls.isEmpty())
            return tr("called %1").arg(callNames(turn.toolCalls));
        if (!turn.images.isEmpty())
            return (turn.images.size() == 1 ? tr("[1 image]")
                                            : tr("[%n images]", nullptr, int(turn.images.size())))
                .append(u' ' + preview(turn.content))
                .trimmed();
        return preview(turn.content);
    case Qt::EditRole:
        return turn.content;
    case Qt::ToolTipRole:
        return turn.content.left(kToolTipChars);
    default:
        return {};
    }
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role:
        return tr("Role");
    case Text:
        return tr("Text");
    default:
        return {};
    }
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ConversationModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ChatMessage& turn = m_nodes[m_path.at(index.row())].message;
    if (index.column() == Role) {
        const QString name = value.toString().trimmed().toLower();
        if (name != u"user" && name != u"assistant")
            return false;
        if (name == turn.role)
            return true;
        turn.role = name;
    } else {
        if (value.toString() == turn.content)
            return true;
        turn.content = value.toString();
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit changed();
    return true;
}

void ConversationModel::setSystem(const QString& text) {
    if (text == m_system)
        return;
    m_system = text;
    emit systemChanged(text);
    emit changed();
}

QList<ChatMessage> ConversationModel::turns() const {
    QList<ChatMessage> out;
    out.reserve(m_path.size());
    for (int id : m_path)
        out.append(m_nodes.at(id).message);
    return out;
}

ChatMessage ConversationModel::turn(int row) const {
    return row >= 0 && row < m_path.size() ? m_nodes.at(m_path.at(row)).message : ChatMessage{};
}

TurnInfo ConversationModel::info(int row) const {
    return row >= 0 && row < m_path.size() ? m_nodes.at(m_path.at(row)).info : TurnInfo{};
}

void ConversationModel::setInfo(int row, const TurnInfo& info) {
    if (row < 0 || row >= m_path.size() || m_nodes.at(m_path.at(row)).info == info)
        return;
    m_nodes[m_path.at(row)].info = info;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit changed();
}

int ConversationModel::turnId(int row) const {
    return m_path.value(row, -1);
}

void ConversationModel::resetTree() {
    m_nodes.clear();
    m_roots.clear();
    m_rootActive = -1;
    m_path.clear();
}

void ConversationModel::setTurns(const QList<ChatMessage>& turns) {
    beginResetModel();
    resetTree();
    int parent = -1;
    for (const ChatMessage& m : turns) {
        parent = addNode(parent, m, {});
        m_path.append(parent);
    }
    endResetModel();
    emit changed();
}

int ConversationModel::addNode(int parent, const ChatMessage& message, const TurnInfo& info) {
    Node node;
    node.message = message;
    node.info = info;
    node.parent = parent;
    const int id = int(m_nodes.size());
    m_nodes.append(node);
    QList<int>& siblings = childrenOf(parent);
    siblings.append(id);
    activeOf(parent) = int(siblings.size()) - 1;
    return id;
}

void ConversationModel::append(const QString& role, const QString& content) {
    append(ChatMessage{role, content});
}

void ConversationModel::append(const ChatMessage& message, const TurnInfo& info) {
    const int row = int(m_path.size());
    beginInsertRows({}, row, row);
    m_path.append(addNode(m_path.isEmpty() ? -1 : m_path.last(), message, info));
    endInsertRows();
    emit changed();
}

bool ConversationModel::removeTurn(int row) {
    if (row < 0 || row >= m_path.size())
        return false;
    const int id = m_path.at(row);
    Node& node = m_nodes[id];
    QList<int>& siblings = childrenOf(node.parent);
    const qsizetype at = siblings.indexOf(id);
    // Its children take its place among its siblings, the one on the path where it was.
    siblings.removeAt(at);
    for (qsizetype i = 0; i < node.children.size(); ++i) {
        siblings.insert(at + i, node.children.at(i));
        m_nodes[node.children.at(i)].parent = node.parent;
    }
    // The path goes on through the child it went through, or ends before the removed turn.
    activeOf(node.parent) = node.active >= 0 ? int(at) + node.active : -1;
    node.children.clear();
    beginRemoveRows({}, row, row);
    m_path.removeAt(row);
    endRemoveRows();
    emit changed();
    return true;
}

bool ConversationModel::switchRole(int row) {
    if (row < 0 || row >= m_path.size())
        return false;
    const QString next = turn(row).role == u"user" ? u"assistant"_s : u"user"_s;
    return setData(index(row, Role), next);
}

void ConversationModel::clearTurns() {
    if (m_nodes.isEmpty())
        return;
    setTurns({});
}

QList<ChatMessage> ConversationModel::messages() const {
    QList<ChatMessage> out;
    if (!m_system.trimmed().isEmpty())
        out.append({u"system"_s, m_system});
    out.append(turns());
    return out;
}

} // namespace ik
