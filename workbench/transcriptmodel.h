#pragma once
// The conversation as a transcript reads it (DESIGN.md "Layers": the item models views show):
// one row per turn of the current path, with what a reader sees of each turn. The Markdown is
// handed out as text with FinalRole: rendering it needs QtGui, which workbench does not link,
// so the view's delegate turns each final turn into a document once and keeps it.

#include "conversationmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QSet>

namespace ik {

class TranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum DataRole {
        RoleRole = Qt::UserRole + 1, // "user", "assistant", ...
        TextRole,                    // the exact text
        MarkdownRole,                // the text to render as Markdown (final turns only)
        FinalRole,                   // true: the turn is complete, its Markdown may be rendered
        RawRole,                     // true: shown as raw text (settable, per turn)
        ReasoningRole,
        ToolCallsRole, // one line per call: name(arguments) · id
        MetricsRole,
        ModelRole,
        FinishReasonRole,
        SiblingIndexRole, // 1-based, for "‹ 2/3 ›"
        SiblingCountRole,
        TurnIdRole, // stable while the turn lives: what a view caches by
        ReviseRole, // setData only: the turn again with this text, as a new sibling
    };

    explicit TranscriptModel(QObject* parent = nullptr);

    void setConversation(ConversationModel* conversation);
    ConversationModel* conversation() const { return m_conversation; }
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The raw/Markdown toggle of a turn.
    bool toggleRaw(int row);

signals:
    // ReviseRole made a new sibling at row: the path now ends there.
    void revised(int row);

private:
    void reset();
    QPointer<ConversationModel> m_conversation;
    QSet<int> m_raw; // turn ids shown raw
};

} // namespace ik
