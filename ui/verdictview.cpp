#include "verdictview.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace ik::ui {

VerdictView::VerdictView(QWidget* parent)
    : QFrame(parent), m_mark(new QLabel(this)), m_text(new QLabel(this)),
      m_fix(new QPushButton(tr("Apply fix"), this)) {
    setObjectName(QStringLiteral("verdict"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_mark->setObjectName(QStringLiteral("verdictMark"));
    m_text->setObjectName(QStringLiteral("verdictText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setObjectName(QStringLiteral("applyFix"));
    m_fix->setAccessibleName(tr("Apply the suggested key fix"));
    m_fix->hide();
    layout->addWidget(m_mark, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_fix, 0, Qt::AlignTop);
    connect(m_fix, &QPushButton::clicked, this,
            [this] { emit applyFix(m_verdict.key.normalised); });
    setVerdict({});
}

void VerdictView::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    holdTextHeight();
}

// The text's lines at its width are its minimum height, so the window it is in (a dialog, the
// header) grows to show every line instead of cutting the last ones off.
void VerdictView::holdTextHeight() {
    const int lines = m_text->heightForWidth(m_text->width());
    if (lines > 0 && m_text->minimumHeight() != lines)
        m_text->setMinimumHeight(lines);
}

QString VerdictView::levelName() const {
    return verdictLevelName(m_verdict.level());
}

QString VerdictView::text() const {
    return m_text->text();
}

void VerdictView::setVerdict(const GuardVerdict& verdict) {
    m_verdict = verdict;
    const bool missing = verdict.has(QStringLiteral("missing_key")) && verdict.blocks.size() == 1;
    const int px = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_mark->setPixmap(verdictIcon(verdict.level(), missing).pixmap(px, px));
    // Every finding on screen, each with its fix, one a line: none is left to a tooltip.
    QString text = verdict.headline();
    if (!verdict.fix().isEmpty())
        text += u' ' + verdict.fix();
    if (verdict.blocks.size() + verdict.warnings.size() > 1)
        text = verdict.details();
    m_text->setText(text);
    holdTextHeight();
    setToolTip(verdict.details());
    const QString prefix = verdict.level() == GuardVerdict::Level::Block  ? tr("Blocked")
                           : verdict.level() == GuardVerdict::Level::Warn ? tr("Asks first")
                                                                          : tr("Ready");
    setAccessibleName(tr("Credential guard"));
    setAccessibleDescription(prefix + QStringLiteral(": ") + text);
    m_mark->setAccessibleName(prefix);
    m_fix->setVisible(verdict.key.status == Verdict::Status::Fixable &&
                      !verdict.key.normalised.isEmpty());
    m_fix->setToolTip(verdict.key.changes.join(u'\n'));
}

} // namespace ik::ui
