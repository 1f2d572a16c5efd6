#include "transcriptmodel.h"

#include "conversationmodel.h"

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString callsLine(const QList<ToolCall>& calls) {
    QStringList lines;
    for (const ToolCall& c : calls)
        lines << u"%1(%2) · %3"_s.arg(c.name, c.arguments, c.id);
    return lines.join(u'\n');
}

} // namespace

TranscriptModel::TranscriptModel(QObject* parent) : QAbstractListModel(parent) {}

void TranscriptModel::setConversation(ConversationModel* conversation) {
    if (m_conversation == conversation)
        return;
    beginResetModel();
    if (m_conversation)
        m_conversation->disconnect(this);
    m_conversation = conversation;
    m_raw.clear();
    if (conversation) {
        // Structure changes are rare next to streaming (a send's end, an edit, a switch), and a
        // reset costs the view no parsing: its documents are kept by turn id.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(conversation, signal, this, &TranscriptModel::reset);
        connect(conversation, &QAbstractItemModel::modelReset, this, &TranscriptModel::reset);
        connect(conversation, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& from, const QModelIndex& to) {
                    emit dataChanged(index(from.row()), index(to.row()));
                });
    }
    endResetModel();
}

void TranscriptModel::reset() {
    beginResetModel();
    endResetModel();
}

int TranscriptModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid() || !m_conversation)
        return 0;
    return m_conversation->rowCount();
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const ChatMessage turn = m_conversation->turn(row);
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
    case Qt::EditRole:
        return turn.content;
    case Qt::AccessibleTextRole:
        return u"%1: %2"_s.arg(turn.role, ConversationModel::preview(turn.content));
    case RoleRole:
        return turn.role;
    case MarkdownRole:
        return turn.content;
    case FinalRole:
        return true; // the answer still arriving is not a turn yet: it streams below
    case RawRole:
        return m_raw.contains(m_conversation->turnId(row));
    case ReasoningRole:
        return turn.reasoning;
    case ToolCallsRole:
        return callsLine(turn.toolCalls);
    case MetricsRole:
        return m_conversation->info(row).metrics;
    case ModelRole:
        return m_conversation->info(row).model;
    case FinishReasonRole:
        return m_conversation->info(row).finishReason;
    case SiblingIndexRole:
        return m_conversation->siblingIndex(row) + 1;
    case SiblingCountRole:
        return m_conversation->siblingCount(row);
    case TurnIdRole:
        return m_conversation->turnId(row);
    default:
        return {};
    }
}

bool TranscriptModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (role == RawRole) {
        if (value.toBool() == data(index, RawRole).toBool())
            return true;
        return toggleRaw(index.row());
    }
    if (role == ReviseRole) {
        const int row = index.row();
        if (!m_conversation->reviseTurn(row, value.toString()))
            return false;
        emit revised(row);
        return true;
    }
    if (role == Qt::EditRole || role == TextRole)
        return m_conversation->setData(m_conversation->index(index.row(), ConversationModel::Text),
                                       value, Qt::EditRole);
    return false;
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{RoleRole, "role"},
                  {TextRole, "text"},
                  {MarkdownRole, "markdown"},
                  {FinalRole, "final"},
                  {RawRole, "raw"},
                  {ReasoningRole, "reasoning"},
                  {ToolCallsRole, "toolCalls"},
                  {MetricsRole, "metrics"},
                  {ModelRole, "model"},
                  {FinishReasonRole, "finishReason"},
                  {SiblingIndexRole, "siblingIndex"},
                  {SiblingCountRole, "siblingCount"},
                  {TurnIdRole, "turnId"}});
    return names;
}

bool TranscriptModel::toggleRaw(int row) {
    if (row < 0 || row >= rowCount())
        return false;
    const int id = m_conversation->turnId(row);
    if (!m_raw.remove(id))
        m_raw.insert(id);
    emit dataChanged(index(row), index(row), {RawRole});
    return true;
}

} // namespace ik
