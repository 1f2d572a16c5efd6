#pragma once
// The tool calls of the latest answer as cards (DESIGN.md "Words": a turn's tool calls with their
// results): each card shows the call's id, name and arguments (growing while they stream), its
// status and reason once complete, an editor for the result the user sends back, and "Auto-answer
// with this", which keeps that result for the tool. "Send results" asks the view to continue
// the conversation. Everything shown lives in the ToolCallsModel it is given; the cards only
// show it and write the user's input back, so they can be placed anywhere (the transcript).

#include <QFrame>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace ik {

class ToolCallsModel;

class ToolCallCards : public QFrame {
    Q_OBJECT
public:
    // model is not owned and outlives the cards.
    explicit ToolCallCards(ToolCallsModel* model, QWidget* parent = nullptr);

    // While a run is under way the results cannot be sent.
    void setBusy(bool busy);
    // Says why the results cannot go yet, or clears it (empty).
    void setNote(const QString& text);
    QString note() const;

signals:
    void sendRequested();

private:
    struct Card {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* arguments = nullptr;
        QLabel* status = nullptr;
        QPlainTextEdit* result = nullptr;
        QPushButton* canned = nullptr;
    };
    void rebuild();
    Card makeCard(int row);
    void refresh(int row);
    void refreshButtons();

    ToolCallsModel* m_model;
    QLabel* m_heading;
    QVBoxLayout* m_cardsLayout;
    QLabel* m_note;
    QPushButton* m_send;
    QList<Card> m_cards;
    bool m_busy = false;
};

} // namespace ik
