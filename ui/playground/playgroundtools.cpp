// The checks of a finished answer in the playground: its tool calls as cards the user answers
// (ToolCallsModel holds them), and its structured output against the response format
// (RunSession::schemaCheck()). "Send results" continues the run with a tool message per call.

#include "playgroundview.h"

#include "conversationmodel.h"
#include "playgroundtext.h"
#include "responseformatspec.h"
#include "theme.h"
#include "toolcallcards.h"
#include "toolcalls.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ik {

QWidget* PlaygroundView::buildToolCallsArea(QWidget* parent) {
    auto* area = new QWidget(parent);
    m_callModel = new ToolCallsModel(this);
    connect(m_callModel, &ToolCallsModel::cannedChanged, this, &PlaygroundView::scheduleDraftSave);
    m_callCards = new ToolCallCards(m_callModel, area);
    connect(m_callCards, &ToolCallCards::sendRequested, this, &PlaygroundView::sendToolResults);
    m_schemaOutcome = new QLabel(area);
    m_schemaOutcome->setObjectName(u"schemaOutcome"_s);
    m_schemaOutcome->setAccessibleName(tr("Structured output check"));
    m_schemaOutcome->setTextFormat(Qt::PlainText);
    m_schemaOutcome->setWordWrap(true);
    m_schemaOutcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_schemaOutcome->hide();
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_schemaOutcome);
    layout->addWidget(m_callCards);
    return area;
}

// A new answer (or none, for a null run): its calls arrive as the run streams them.
void PlaygroundView::trackToolCalls(Run* run, const QByteArray& offeredTools) {
    m_callModel->begin(offeredTools);
    m_schemaOutcome->clear();
    m_schemaOutcome->hide();
    if (run)
        connect(run, &Run::toolCallsChanged, m_callModel,
                [this, run] { m_callModel->setCalls(run->toolCalls()); });
}

void PlaygroundView::showAnswerChecks(Run* run, RunState state) {
    m_callModel->setCalls(run->toolCalls());
    // Only a whole answer's calls are judged: a cut one's arguments may be half written.
    if (state == RunState::Done)
        m_callModel->complete();
    const QStringList lines = schemaOutcomeLines(m_session->schemaCheck());
    m_schemaOutcome->setText(lines.join(u'\n'));
    m_schemaOutcome->setVisible(!lines.isEmpty());
    const bool valid = m_session->schemaCheck().value(u"valid"_s).toBool();
    theme::setTextTone(m_schemaOutcome, valid ? theme::Tone::Ok : theme::Tone::Error);
}

void PlaygroundView::sendToolResults() {
    if (isRunning())
        return;
    if (const QString missing = m_callModel->missingResults(); !missing.isEmpty()) {
        m_callCards->setNote(tr("Not sent: %1.").arg(missing));
        return;
    }
    // The answer that made the calls is already a turn (onEnded); the results follow it.
    for (const ChatMessage& result : m_callModel->resultMessages())
        m_conversation->append(result);
    dispatch({composeRequest(false), QString(), {}});
}

QString PlaygroundView::toolCallsShown() const {
    QList<ToolCall> calls;
    for (int row = 0; row < m_callModel->count(); ++row)
        calls << m_callModel->call(row);
    return calls.isEmpty() ? QString() : tr("Tool calls:\n%1").arg(toolCallsText(calls));
}

QString PlaygroundView::schemaOutcomeShown() const {
    return m_schemaOutcome->isHidden() ? QString() : m_schemaOutcome->text();
}

} // namespace ik
