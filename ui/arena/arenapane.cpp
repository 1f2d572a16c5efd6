#include "arenapane.h"

#include "confirmbar.h"
#include "fitlabel.h"
#include "panetext.h"
#include "streamview.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString sideName(ArenaSide side) {
    return side == ArenaSide::A ? u"A"_s : u"B"_s;
}

} // namespace

ArenaPane::ArenaPane(ArenaRound* round, ArenaSide side, QWidget* parent)
    : QFrame(parent), m_round(round), m_side(side) {
    const QString id = sideName(side);
    setObjectName(u"arenaPane"_s + id);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(u"arenaPaneTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setText(round->sideLabel(side));
    layout->addWidget(m_title);
    m_confirm =
        new ConfirmBar({u"arenaConfirm"_s + id, u"arenaConfirmText"_s + id,
                        u"arenaSendAnyway"_s + id, u"arenaDontSend"_s + id, tr("Don't send")},
                       Qt::Vertical, this);
    m_confirm->hide();
    connect(m_confirm, &ConfirmBar::answered, this,
            [this](bool yes) { m_round->confirm(m_side, yes); });
    layout->addWidget(m_confirm);
    m_error = new ui::FitLabel(this);
    m_error->setObjectName(u"arenaPaneError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    layout->addWidget(m_error);
    m_answer = new StreamView(this);
    m_answer->setObjectName(u"arenaAnswer"_s + id);
    m_answer->setAccessibleName(tr("Answer %1").arg(round->sideLabel(side)));
    layout->addWidget(m_answer, 1);
    setAccessibleName(tr("Side %1").arg(round->sideLabel(side)));
}

void ArenaPane::begin() {
    m_title->setText(m_round->sideLabel(m_side));
    m_error->hide();
    m_confirm->hide();
    m_answer->clear();
    m_shown = 0;
    m_answer->setStateLabel(tr("waiting for the answer…"));
}

void ArenaPane::grow() {
    const QString& text = m_round->text(m_side);
    m_answer->append(text.mid(m_shown));
    m_shown = text.size();
    m_answer->setStateLabel(tr("streaming…"));
}

void ArenaPane::finish(SessionEnd end) {
    m_confirm->hide();
    if (wasSent(end)) {
        // The round has the whole answer: a non-streamed one arrives in one piece at the end.
        if (m_shown != m_round->text(m_side).size())
            m_answer->setText(m_round->text(m_side));
        m_shown = m_round->text(m_side).size();
        m_answer->finish(runEndLabel(end == SessionEnd::Done        ? RunState::Done
                                     : end == SessionEnd::Cancelled ? RunState::Cancelled
                                     : end == SessionEnd::Truncated ? RunState::Truncated
                                                                    : RunState::Failed));
    } else {
        m_answer->setStateLabel(tr("not sent"));
    }
    const QString error = m_round->errorText(m_side);
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
}

void ArenaPane::reveal() {
    m_title->setText(tr("%1: %2").arg(sideName(m_side), m_round->sideLabel(m_side)));
    const QString error = m_round->errorText(m_side);
    if (!error.isEmpty())
        m_error->setText(error);
}

void ArenaPane::ask(const GuardVerdict& verdict) {
    m_confirm->ask(verdict);
    m_answer->setStateLabel(tr("waiting for your answer…"));
}

QString ArenaPane::title() const {
    return m_title->text();
}

} // namespace ik
