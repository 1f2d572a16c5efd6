#pragma once
// Paints one turn of the transcript: a header with the role and the turn's actions, the text
// (Markdown once final, raw one toggle away), and under an assistant turn its thinking, tool
// calls and metrics line. Each turn's document is built once and kept by turn id; a new width
// only lays it out again, so Markdown is parsed once per finished turn and turns outside the
// viewport are never touched (DESIGN.md: "rendering work per frame is bounded").

#include <QHash>
#include <QStyledItemDelegate>
#include <memory>

class QTextDocument;

namespace ik {

enum class TurnAction {
    Siblings,
    Previous,
    Next,
    Raw,
    Copy,
    Edit,
    Branch,
    Regenerate,
    Fork,
    Delete
};

class TranscriptDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit TranscriptDelegate(QObject* parent = nullptr);
    ~TranscriptDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
    // The next editor saves as a new sibling (true) or in place.
    void setEditAsBranch(bool on) { m_editAsBranch = on; }

    // The actions shown in a turn's header and where they are.
    QList<std::pair<TurnAction, QRect>> actionRects(const QStyleOptionViewItem& option,
                                                    const QModelIndex& index) const;
    static QString actionText(TurnAction action, const QModelIndex& index);
    // How many documents were built (Markdown parses): what the benchmark and tests read.
    int documentsBuilt() const { return m_built; }
    void forget(); // drops every kept document (a palette or font change)

signals:
    void actionClicked(ik::TurnAction action, int row);

protected:
    bool eventFilter(QObject* editor, QEvent* event) override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    struct Entry;
    Entry& entry(const QModelIndex& index, int width, const QFont& font) const;
    mutable QHash<int, std::shared_ptr<Entry>> m_cache;
    mutable int m_built = 0;
    bool m_editAsBranch = false;
};

} // namespace ik
