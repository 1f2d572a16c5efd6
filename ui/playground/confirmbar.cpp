#include "confirmbar.h"

#include "guard.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace ik {

ConfirmBar::ConfirmBar(const Names& names, Qt::Orientation layout, QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_yes(new QPushButton(tr("Send anyway"), this)),
      m_no(new QPushButton(names.noText, this)) {
    setObjectName(names.bar);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(names.text);
    m_text->setWordWrap(true);
    m_yes->setObjectName(names.yes);
    m_yes->setAccessibleName(m_yes->text());
    m_no->setObjectName(names.no);
    m_no->setAccessibleName(names.noText);
    const auto answer = [this](bool yes) {
        hide();
        emit answered(yes);
    };
    connect(m_yes, &QPushButton::clicked, this, [answer] { answer(true); });
    connect(m_no, &QPushButton::clicked, this, [answer] { answer(false); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_yes);
    buttons->addWidget(m_no);
    auto* box = new QBoxLayout(
        layout == Qt::Horizontal ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom, this);
    box->addWidget(m_text, 1);
    box->addLayout(buttons);
    hide();
}

QString ConfirmBar::question(const GuardVerdict& verdict) {
    QStringList lines;
    for (const GuardFinding& f : verdict.warnings)
        lines.append(f.reason + u' ' + f.fix);
    return tr("Send anyway?\n%1").arg(lines.join(u'\n'));
}

void ConfirmBar::ask(const GuardVerdict& verdict) {
    m_text->setText(question(verdict));
    show();
}

QString ConfirmBar::text() const {
    return isHidden() ? QString() : m_text->text();
}

} // namespace ik
