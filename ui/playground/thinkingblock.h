#pragma once
// The model's thinking, apart from its answer and above it: shown live as it streams, one click
// to fold away, with its own timings on the fold line. Reasoning is kept apart from the answer
// everywhere (DESIGN.md "Words"), so it never lands in the answer's text or its copy.

#include <QWidget>

class QPlainTextEdit;
class QToolButton;

namespace ik {

class ThinkingBlock : public QWidget {
    Q_OBJECT
public:
    explicit ThinkingBlock(QWidget* parent = nullptr);

    void clear(); // hidden until some reasoning arrives
    void append(const QString& delta);
    void setText(const QString& text);
    QString text() const { return m_text; }
    // The fold line after "Thinking": e.g. "first after 120 ms · 1.4 s · 96 tokens".
    void setSummary(const QString& summary);
    QString title() const;
    bool isExpanded() const;
    void setExpanded(bool on);

private:
    QToolButton* m_toggle;
    QPlainTextEdit* m_body;
    QString m_text, m_summary;
};

} // namespace ik
