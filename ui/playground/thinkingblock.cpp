#include "thinkingblock.h"

#include <QPlainTextEdit>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ik {

ThinkingBlock::ThinkingBlock(QWidget* parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_body(new QPlainTextEdit(this)) {
    setObjectName(u"thinking"_s);
    m_toggle->setObjectName(u"thinkingToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    // As wide as the block, the timings on its fold line; elided only when very narrow, and
    // whole in its tooltip.
    m_toggle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setAccessibleName(tr("Show or hide the model's thinking"));
    m_body->setObjectName(u"thinkingText"_s);
    m_body->setReadOnly(true);
    m_body->setUndoRedoEnabled(false);
    m_body->setAccessibleName(tr("The model's thinking"));
    // A few lines, scrolled: the answer keeps most of the height.
    m_body->setMaximumHeight(m_body->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_body->setVisible(on);
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle);
    layout->addWidget(m_body);
    clear();
}

void ThinkingBlock::clear() {
    m_text.clear();
    m_summary.clear();
    m_body->clear();
    m_toggle->setText(title());
    hide();
}

void ThinkingBlock::append(const QString& delta) {
    if (delta.isEmpty())
        return;
    m_text += delta;
    QScrollBar* bar = m_body->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor end(m_body->document());
    end.movePosition(QTextCursor::End);
    end.insertText(delta);
    if (atEnd)
        bar->setValue(bar->maximum());
    setVisible(true);
}

void ThinkingBlock::setText(const QString& text) {
    if (text == m_text)
        return;
    m_text = text;
    m_body->setPlainText(text);
    setVisible(!text.isEmpty());
}

void ThinkingBlock::setSummary(const QString& summary) {
    m_summary = summary;
    m_toggle->setText(title());
    m_toggle->setToolTip(title());
}

QString ThinkingBlock::title() const {
    return m_summary.isEmpty() ? tr("Thinking") : tr("Thinking · %1").arg(m_summary);
}

bool ThinkingBlock::isExpanded() const {
    return m_toggle->isChecked();
}

void ThinkingBlock::setExpanded(bool on) {
    m_toggle->setChecked(on);
}

} // namespace ik
