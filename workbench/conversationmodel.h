#pragma once
// A conversation (DESIGN.md "Words": the system prompt and turns sent to one workload) as a Qt
// item model, so views are item views over it and tests read rowCount()/data() instead of
// widget items. The turns form a tree: a turn may have sibling alternatives (an edit kept as a
// branch, a regenerated answer, a fork), and the rows are the current path through it, the turns
// a request carries. The system prompt is held beside the rows, since it is one text rather than
// a turn of the exchange.

#include "wire.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace ik {

// What a finished assistant turn showed under it, kept so it still shows when scrolled back to.
struct TurnInfo {
    QString metrics; // the metrics line as the playground wrote it
    QString model;
    QString finishReason;
    bool operator==(const TurnInfo&) const = default;
};

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
    // Text: any text, edited in place. Role: "user" or "assistant" only.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QString system() const { return m_system; }
    void setSystem(const QString& text);

    QList<ChatMessage> turns() const; // the current path
    ChatMessage turn(int row) const;
    TurnInfo info(int row) const;
    void setInfo(int row, const TurnInfo& info);
    // A stable id of the turn at row, the same while the turn lives whatever path shows it.
    int turnId(int row) const;
    // Replaces the whole tree by one path.
    void setTurns(const QList<ChatMessage>& turns);
    void append(const QString& role, const QString& content);
    // A whole message: an assistant turn keeps the tool calls it made (its text may be empty)
    // and its reasoning, which a request carries only when asked (ChatRequest::sendReasoning).
    // Appended where the path ends: after openBranch(), as a new sibling.
    void append(const ChatMessage& message, const TurnInfo& info = {});
    // Removes one turn; the turns after it close up (its other branches join its parent).
    bool removeTurn(int row);
    bool switchRole(int row); // user <-> assistant
    void clearTurns();
    bool isEmpty() const { return m_path.isEmpty(); }

    // Branches. The path ends just before row, keeping the turn at row and what followed it
    // as a sibling branch: the next append() becomes that turn's new sibling.
    bool openBranch(int row);
    // Undoes an openBranch() that got no new turn: the path goes on where it went before.
    void resumeBranch();
    // The turn at row again with new text, as its new sibling; what followed stays on the old
    // branch and the path ends at the new turn.
    bool reviseTurn(int row, const QString& text);
    // A branch at row: a copy of that turn as its sibling, the path ending there.
    bool fork(int row);
    int siblingIndex(int row) const; // 0-based among the turn's alternatives
    int siblingCount(int row) const; // 1 when it has none; 0 outside the path
    // Shows the step-th next (or previous, when negative) alternative at row, and the branch
    // that followed it.
    bool switchSibling(int row, int step);
    // Puts turns on the path: the part they share with the tree is followed, the rest joins
    // as a new branch where they first differ.
    void addBranch(const QList<ChatMessage>& turns);

    // What a request carries: the system prompt (when not blank) and the turns, in order.
    QList<ChatMessage> messages() const;

    // {"system", "turns": [the current path, as older drafts held it], "tree": {"nodes":
    // [{"parent", "active", "message", "info"?}]}}: the conversation part of a draft. A draft
    // with no "tree" (an older one) loads its turns as one path.
    QJsonObject toJson() const;
    void setFromJson(const QJsonObject& json);

    static QString preview(const QString& content);
    static QVariantList imagesData(const QList<ChatImage>& images);

signals:
    // Any change of the system prompt or of a turn: what a draft save follows.
    void changed();
    void systemChanged(const QString& text);

private:
    struct Node {
        ChatMessage message;
        TurnInfo info;
        int parent = -1;
        QList<int> children;
        int active = -1; // index into children; -1: the path ends here
    };
    QList<int>& childrenOf(int node) { return node < 0 ? m_roots : m_nodes[node].children; }
    const QList<int>& childrenOf(int node) const {
        return node < 0 ? m_roots : m_nodes.at(node).children;
    }
    int& activeOf(int node) { return node < 0 ? m_rootActive : m_nodes[node].active; }
    int activeOf(int node) const { return node < 0 ? m_rootActive : m_nodes.at(node).active; }
    int addNode(int parent, const ChatMessage& message, const TurnInfo& info);
    QList<int> pathFrom(int node) const; // the active chain below node
    void showPathFrom(int row);          // rows from row on follow the active chain again
    void resetTree();
    QJsonObject treeJson() const;
    bool loadTree(const QJsonObject& tree);

    QString m_system;
    QList<Node> m_nodes; // by id; removed ones stay, unreachable, until the tree is replaced
    QList<int> m_roots;
    int m_rootActive = -1;
    QList<int> m_path; // node ids, the rows
};

} // namespace ik
