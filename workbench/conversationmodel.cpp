#include "conversationmodel.h"

#include "history.h"

#include <QJsonArray>

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
    return parent.isValid() ? 0 : int(m_turns.size());
}

int ConversationModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ChatMessage& turn = m_turns.at(index.row());
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
                                            : tr("[%1 images]").arg(turn.images.size()))
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
    ChatMessage& turn = m_turns[index.row()];
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
    emit dataChanged(index, index);
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

void ConversationModel::setTurns(const QList<ChatMessage>& turns) {
    beginResetModel();
    m_turns = turns;
    endResetModel();
    emit changed();
}

void ConversationModel::append(const QString& role, const QString& content) {
    append(ChatMessage{role, content});
}

void ConversationModel::append(const ChatMessage& message) {
    const int row = int(m_turns.size());
    beginInsertRows({}, row, row);
    m_turns.append(message);
    endInsertRows();
    emit changed();
}

bool ConversationModel::removeTurn(int row) {
    if (row < 0 || row >= m_turns.size())
        return false;
    beginRemoveRows({}, row, row);
    m_turns.removeAt(row);
    endRemoveRows();
    emit changed();
    return true;
}

bool ConversationModel::switchRole(int row) {
    if (row < 0 || row >= m_turns.size())
        return false;
    const QString next = m_turns.at(row).role == u"user" ? u"assistant"_s : u"user"_s;
    return setData(index(row, Role), next);
}

void ConversationModel::clearTurns() {
    if (m_turns.isEmpty())
        return;
    setTurns({});
}

QList<ChatMessage> ConversationModel::messages() const {
    QList<ChatMessage> out;
    if (!m_system.trimmed().isEmpty())
        out.append({u"system"_s, m_system});
    out.append(m_turns);
    return out;
}

QJsonObject ConversationModel::toJson() const {
    return QJsonObject{{u"system"_s, m_system}, {u"turns"_s, messagesToJson(m_turns)}};
}

void ConversationModel::setFromJson(const QJsonObject& json) {
    setSystem(json[u"system"].toString());
    setTurns(messagesFromJson(json[u"turns"].toArray()));
}

} // namespace ik
