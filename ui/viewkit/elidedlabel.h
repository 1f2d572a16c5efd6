#pragma once
// A one-line label that elides when narrow instead of widening its window or wrapping onto a
// second line: "nothing a run shows may resize the window". The full text is its tooltip and
// its accessible name, and fullText() is what the owner set, never the elided rendering.

#include <QLabel>
#include <QResizeEvent>

namespace ik::ui {

class ElidedLabel : public QLabel {
public:
    explicit ElidedLabel(Qt::TextElideMode mode, QWidget* parent = nullptr)
        : QLabel(parent), m_mode(mode) {
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setMinimumWidth(60);
    }
    void setFullText(const QString& text) {
        m_full = text;
        setToolTip(text);
        setAccessibleDescription(text);
        elide();
    }
    QString fullText() const { return m_full; }
    QSize sizeHint() const override {
        return {fontMetrics().horizontalAdvance(m_full), QLabel::sizeHint().height()};
    }

protected:
    void resizeEvent(QResizeEvent* event) override {
        QLabel::resizeEvent(event);
        elide();
    }

private:
    void elide() { setText(fontMetrics().elidedText(m_full, m_mode, width())); }
    Qt::TextElideMode m_mode;
    QString m_full;
};

} // namespace ik::ui
