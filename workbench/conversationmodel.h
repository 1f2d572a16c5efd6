#pragma once
// A conversation (DESIGN.md "Words": the system prompt and turns sent to one workload) as a Qt
// item model, so the view is a QTreeView over it and tests read rowCount()/data() instead of
// widget items. A row is a turn; the system prompt is held beside the rows, since it is one
// text rather than a turn of the exchange.

#include "wire.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace ik {

class ConversationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Role, Text, ColumnCount };
    // Qt::EditRole and ContentRole answer a turn's whole text; Qt::DisplayRole a one-line
    // preview, since laying out a whole long answer in a list row would cost as much as the
    // answer view itself.
    // ImagesRole: the turn's images as a QVariantList of QVariantMaps {mime, format, width,
    // height, size, sha256, bytes (empty for a reference not loaded), label ("PNG, 64×32,
    // 1.2 KB")}: what a thumbnail delegate paints (views decode the bytes, since workbench has no
    // QtGui). ImageCountRole: how many.
    enum DataRole { ContentRole = Qt::UserRole + 1, ImagesRole, ImageCountRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Text: any text. Role: "user" or "assistant" only.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString system() const { return m_system; }
    void setSystem(const QString& text);

    QList<ChatMessage> turns() const { return m_turns; }
    ChatMessage turn(int row) const { return m_turns.value(row); }
    void setTurns(const QList<ChatMessage>& turns);
    void append(const QString& role, const QString& content);
    // A whole message: an assistant turn keeps the tool calls it made (its text may be empty)
    // and its reasoning, which a request carries only when asked (ChatRequest::sendReasoning).
    void append(const ChatMessage& message);
    bool removeTurn(int row);
    bool switchRole(int row); // user <-> assistant
    void clearTurns();
    bool isEmpty() const { return m_turns.isEmpty(); }

    // What a request carries: the system prompt (when not blank) and the turns, in order.
    QList<ChatMessage> messages() const;

    // {"system": ..., "turns": [{"role", "content", "tool_calls"?: [{"id", "name",
    // "arguments"}]}]}: the conversation part of a draft.
    QJsonObject toJson() const;
    void setFromJson(const QJsonObject& json);

    static QString preview(const QString& content);
    static QVariantList imagesData(const QList<ChatImage>& images);

signals:
    // Any change of the system prompt or of a turn: what a draft save follows.
    void changed();
    void systemChanged(const QString& text);

private:
    QString m_system;
    QList<ChatMessage> m_turns;
};

} // namespace ik
