#pragma once
// A typed error card: kind, status, code, the server's message (redacted) and
// the hint that says what to do; "Retry" waits out Retry-After with a visible countdown.

#include "error.h"

#include <QDeadlineTimer>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace ik {

struct GuardVerdict;

class ErrorCard : public QFrame {
    Q_OBJECT
public:
    explicit ErrorCard(QWidget* parent = nullptr);

    void showError(const Error& error, const QString& headline);
    // The guard stopped the send: reason and fix, nothing to retry.
    void showBlocked(const GuardVerdict& verdict);
    void dismiss();

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
};

} // namespace ik
