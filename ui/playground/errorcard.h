#pragma once
// A typed error card: kind, status, code, the server's message (redacted) and
// the hint that says what to do; "Retry" waits out Retry-After with a visible countdown.

#include "error.h"
#include "guard.h"

#include <QDeadlineTimer>
#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace ik {

class ErrorCard : public QFrame {
    Q_OBJECT
public:
    explicit ErrorCard(QWidget* parent = nullptr);

    void showError(const Error& error, const QString& headline);
    // The guard stopped the send: reason and fix, nothing to retry.
    void showBlocked(const GuardVerdict& verdict);
    void dismiss();

    // What the card shows, to show it again later (the playground keeps each workload's view):
    // neither an error nor a verdict when hidden. A countdown goes on from where it was.
    struct Content {
        std::optional<Error> error;
        QString headline;
        std::optional<GuardVerdict> blocked;
        QDeadlineTimer deadline;
    };
    Content content() const;
    void restore(const Content& content);

    QString title() const;
    QString message() const;
    QString hint() const;
    QString countdownText() const;
    bool retryPending() const { return m_retryPending; }
    int secondsLeft() const; // of Retry-After; 0 when a retry may go now
    QPushButton* retryButton() const { return m_retry; }
    // The card's tint, derived from the palette it is shown in (what paintEvent fills).
    QColor backgroundColour() const;

signals:
    void retryRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void tick();
    void onRetryClicked();

    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_hint;
    QLabel* m_countdown;
    QPushButton* m_retry;
    QPushButton* m_close;
    QTimer* m_timer;
    QDeadlineTimer m_deadline;
    bool m_retryPending = false;
    Content m_content;
};

} // namespace ik
