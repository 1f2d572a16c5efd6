#pragma once
// The whole conversation, top to bottom, as a scrolling transcript: a list view over a
// TranscriptModel painted by TranscriptDelegate. Each turn's actions are reachable by mouse
// (the links in its header, the context menu) and by keyboard on the current turn:
//   F2 edit in place · Ctrl+E edit a user turn as a new branch · Delete · Ctrl+R regenerate
//   from here · Ctrl+Shift+F fork · Ctrl+C copy · Ctrl+M raw/Markdown · Alt+Left/Right
//   the previous/next alternative (‹ n/m ›).
// What needs a run (regenerate, an edit as branch of a user turn) is asked of the host through
// signals; the rest are operations of the conversation itself.

#include "transcriptdelegate.h"

#include <QListView>

namespace ik {

class ConversationModel;
class TranscriptModel;

class TranscriptView : public QListView {
    Q_OBJECT
public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void setConversation(ConversationModel* conversation);
    TranscriptModel* transcript() const { return m_model; }
    TranscriptDelegate* turnDelegate() const { return m_delegate; }
    // Does what a turn's action asks at row (a row of the transcript).
    void trigger(TurnAction action, int row);
    QAction* action(TurnAction action) const { return m_actions.value(int(action)); }
    void scrollToBottom(); // and follows the bottom from then on

signals:
    void regenerateRequested(int row);
    // A user turn was edited as a new branch: the conversation now ends with it.
    void revised(int row);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addAction(TurnAction action, const QKeySequence& keys);
    QAction* actionFor(const QKeyEvent* event) const;
    TranscriptModel* m_model;
    TranscriptDelegate* m_delegate;
    QHash<int, QAction*> m_actions;
    bool m_followBottom = true;
};

} // namespace ik
