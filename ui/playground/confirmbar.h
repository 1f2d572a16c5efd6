#pragma once
// The guard's warnings as an inline bar (DESIGN.md "Rules": credential mistakes caught before
// anything is sent): "Send anyway?" with each warning's reason and fix, and two buttons. No modal
// box, so the event loop runs on while it waits. The session's confirm() takes the answer.

#include <QFrame>

class QLabel;
class QPushButton;

namespace ik {

struct GuardVerdict;

class ConfirmBar : public QFrame {
    Q_OBJECT
public:
    // Object names of the bar, its text and its two buttons (tests and screen readers find them);
    // `noText` labels the second button ("Cancel", "Don't send").
    struct Names {
        QString bar;
        QString text;
        QString yes;
        QString no;
        QString noText;
    };
    ConfirmBar(const Names& names, Qt::Orientation layout, QWidget* parent = nullptr);

    void ask(const GuardVerdict& verdict); // shows the bar
    QString text() const;                  // empty while hidden
    QPushButton* yesButton() const { return m_yes; }
    QPushButton* noButton() const { return m_no; }

    static QString question(const GuardVerdict& verdict);

signals:
    void answered(bool yes); // the bar is hidden by then

private:
    QLabel* m_text;
    QPushButton* m_yes;
    QPushButton* m_no;
};

} // namespace ik
