#pragma once
// One side of the arena: a title that says only "A" or "B" until the vote, the answer streaming
// live, its state, and the guard's "Send anyway?" bar. What a pane shows comes from the round
// (ArenaRound::sideLabel(), errorText()), so nothing in it can name the contestant early.

#include "arena.h"

#include <QFrame>

class QLabel;

namespace ik {

class ConfirmBar;
class StreamView;

class ArenaPane : public QFrame {
    Q_OBJECT
public:
    ArenaPane(ArenaRound* round, ArenaSide side, QWidget* parent = nullptr);

    void begin();                // a round started: empty, "waiting…"
    void grow();                 // the round's answer for this side grew
    void finish(SessionEnd end); // the side ended
    void reveal();               // after the vote: the title names the contestant
    void ask(const GuardVerdict& verdict);

    QString title() const;
    StreamView* answerView() const { return m_answer; }
    ConfirmBar* confirmBar() const { return m_confirm; }

private:
    ArenaRound* m_round;
    ArenaSide m_side;
    qsizetype m_shown = 0; // characters of the round's answer handed to the stream view
    QLabel* m_title;
    QLabel* m_error;
    ConfirmBar* m_confirm;
    StreamView* m_answer;
};

} // namespace ik
