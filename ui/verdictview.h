#pragma once
// The guard's verdict as people see it: a coloured mark, the reason, the fix, and "Apply fix"
// when the key only needs the safe clean-up.

#include "guard.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace ik::ui {

class VerdictView : public QFrame {
    Q_OBJECT
    Q_PROPERTY(QString level READ levelName) // "ok", "warn", "block": what tests and a11y read
public:
    explicit VerdictView(QWidget* parent = nullptr);
    void setVerdict(const GuardVerdict& verdict);
    const GuardVerdict& verdict() const { return m_verdict; }
    QString levelName() const;
    QString text() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void applyFix(const QString& normalisedKey);

private:
    void holdTextHeight();

    GuardVerdict m_verdict;
    QLabel* m_mark;
    QLabel* m_text;
    QPushButton* m_fix;
};

} // namespace ik::ui
