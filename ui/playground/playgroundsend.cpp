// Sending from the playground: the request is composed here and handed to the run session, which
// does the whole sequence (runsession.h); this part only shows each step the session reports.

#include "playgroundview.h"

#include "attachments.h"
#include "confirmbar.h"
#include "conversationmodel.h"
#include "cost.h"
#include "errorcard.h"
#include "metrics.h"
#include "playgroundtext.h"
#include "responseformateditor.h"
#include "runwarnings.h"
#include "snippets.h"
#include "streamview.h"
#include "thinkingblock.h"
#include "toolcallcards.h"
#include "toolseditor.h"
#include "transcriptview.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace ik {

void PlaygroundView::connectSession() {
    connect(m_session, &RunSession::readingKey, this, &PlaygroundView::onReadingKey);
    connect(m_session, &RunSession::confirmationNeeded, this,
            &PlaygroundView::onConfirmationNeeded);
    connect(m_session, &RunSession::started, this, &PlaygroundView::onStarted);
    connect(m_session, &RunSession::ended, this, &PlaygroundView::onEnded);
}

ChatRequest PlaygroundView::composeRequest(bool includePrompt) const {
    ChatRequest request;
    request.model = m_workload.slug;
    request.params = params();
    request.stream = streaming();
    if (!request.stream)
        request.params.includeUsage = false;
    request.messages = m_conversation->messages();
    if (includePrompt && (!prompt().trimmed().isEmpty() || !m_attachments->isEmpty()))
        request.messages.append(promptMessage());
    request.sendReasoning = m_sendReasoning->isChecked();
    QString invalid; // dispatch() refuses while the tools or the response format are not valid
    m_tools->applyTo(&request, &invalid);
    m_responseFormat->applyTo(&request, &invalid);
    return request;
}

bool PlaygroundView::isRunning() const {
    return m_session->isBusy();
}

Run* PlaygroundView::currentRun() const {
    return m_session->run();
}

void PlaygroundView::send() {
    if (isRunning())
        return;
    dispatch({composeRequest(true), prompt().trimmed().isEmpty() ? QString() : prompt(),
              m_attachments->images()});
}

void PlaygroundView::regenerate() {
    if (isRunning())
        return;
    regenerateFrom(m_conversation->rowCount() - 1);
}

void PlaygroundView::regenerateFrom(int row) {
    if (isRunning() || row < 0 || row >= m_conversation->rowCount())
        return;
    // From an answer: ask again for it. From a question: ask again for the answer after it.
    if (m_conversation->turn(row).role != u"assistant")
        ++row;
    while (row > 0 && m_conversation->turn(row - 1).role != u"user")
        --row; // a tool-calling exchange: regenerate from the question that started it
    if (row == 0) {
        emit statusMessage(tr("Nothing to regenerate: no user turn comes before this one."));
        return;
    }
    // What followed stays, as the sibling branch ‹ 1/2 › of the new answer.
    const bool branched = row < m_conversation->rowCount() && m_conversation->openBranch(row);
    Ask ask{composeRequest(false), QString()};
    ask.branched = branched;
    dispatch(ask);
    if (!m_ask && branched)
        m_conversation->resumeBranch(); // refused before sending: nothing lost
}

void PlaygroundView::retry() {
    if (isRunning() || !m_lastAsk)
        return;
    dispatch(*m_lastAsk);
}

void PlaygroundView::dispatch(const Ask& ask) {
    m_answerPane->show(); // where the answer streams, or why it was not sent
    m_errorCard->dismiss();
    m_draftNote->hide(); // the draft it spoke of is being sent or replaced
    m_lastAsk = ask;
    if (!servesWorkload()) {
        // Never sent to another workload instead: the one shown is the one it would go to.
        m_errorCard->showError(makeError(ErrorKind::Configuration, kindNotice(),
                                         tr("Pick a chat workload in the sidebar to send here.")),
                               tr("Not sent"));
        return;
    }
    if (!m_tools->check().ok()) {
        m_errorCard->showError(
            makeError(ErrorKind::Configuration,
                      tr("The tools are not valid: %1").arg(m_tools->check().error),
                      tr("Fix them in the Parameters panel, or empty the field to offer none.")),
            tr("Not sent"));
        return;
    }
    if (!m_responseFormat->check().ok()) {
        m_errorCard->showError(
            makeError(
                ErrorKind::Configuration,
                tr("The response format is not valid: %1").arg(m_responseFormat->check().error),
                tr("Fix it on the Parameters page, or choose \"none\".")),
            tr("Not sent"));
        return;
    }
    m_ask = ask;
    m_session->start(m_workload, SessionRequest::forChat(ask.request), m_options);
}

void PlaygroundView::onReadingKey() {
    m_answer->setStateLabel(tr("reading the key…"));
    updateButtons();
}

void PlaygroundView::onConfirmationNeeded(const GuardVerdict& verdict) {
    if (m_confirmHook) {
        m_session->confirm(m_confirmHook(verdict));
        return;
    }
    m_confirmBar->ask(verdict);
    updateButtons();
    emit confirmationRequested(verdict);
}

void PlaygroundView::confirmSend(bool yes) {
    if (m_confirmBar->isHidden())
        return;
    m_confirmBar->hide();
    m_session->confirm(yes);
    updateButtons();
}

QString PlaygroundView::confirmationText() const {
    return m_confirmBar->text();
}

void PlaygroundView::stop() {
    if (!m_confirmBar->isHidden()) {
        confirmSend(false);
        return;
    }
    m_session->cancel(); // a run's ended() follows synchronously
}

void PlaygroundView::onStarted(Run* run) {
    m_historyId = m_session->historyId();
    startAnswer();
    m_answer->setStateLabel(runStateLabel(RunState::Running));
    m_metrics->setText(tr("waiting for the server…"));
    m_errorCard->dismiss();

    SnippetInput snippet;
    snippet.workload = m_workload.ref();
    snippet.route = routeFor(WorkloadKind::Chat);
    snippet.body = run->record().requestBody;
    snippet.stream = m_ask && m_ask->request.stream;
    m_inspector->clear();
    m_inspector->showRequest(run->record(), snippet);

    connect(run, &Run::headersReceived, this, [this, run] {
        m_inspector->showResponse(run->record());
        m_metrics->setText(
            unbreakable(tr("headers after %1").arg(formatMs(double(run->timings().headersMs)))));
    });
    connect(run, &Run::chunkReceived, m_answer, [this, run](const QString& delta) {
        showAnswerTokens(run);
        m_answer->append(delta);
    });
    m_thinking->clear();
    connect(run, &Run::reasoningReceived, m_thinking,
            [this](const QString& delta) { m_thinking->append(delta); });
    trackToolCalls(run, m_ask ? m_ask->request.tools : QByteArray());
    connect(run, &Run::frameReceived, this,
            [this](const Frame& frame) { m_inspector->frames()->append(frame); });
    updateButtons();
    emit runStarted();
}

void PlaygroundView::onEnded(SessionEnd end) {
    m_confirmBar->hide();
    const std::optional<Ask> ask = std::exchange(m_ask, std::nullopt);
    Run* run = m_session->run();
    switch (end) {
    case SessionEnd::Invalid:
        m_errorCard->showError(m_session->error(), tr("Not sent"));
        break;
    case SessionEnd::Blocked:
        m_answer->setStateLabel(tr("not sent"));
        m_errorCard->showBlocked(m_session->verdict());
        break;
    case SessionEnd::Declined:
    case SessionEnd::Abandoned:
        m_answer->setStateLabel(tr("not sent"));
        break;
    default:
        showRunEnd(run, run->state());
        if (end == SessionEnd::Done && ask) {
            if (!ask->sentPrompt.isEmpty() || !ask->sentImages.isEmpty()) {
                ChatMessage user{u"user"_s, ask->sentPrompt};
                user.images = ask->sentImages;
                m_conversation->append(user);
                if (prompt() == ask->sentPrompt)
                    m_prompt->clear();
                if (m_attachments->images() == ask->sentImages)
                    m_attachments->clear();
            }
            // The calls stay with the turn, so the next request is valid and complete.
            if (ask->replacesLast && !m_conversation->isEmpty())
                m_conversation->removeTurn(int(turns().size()) - 1);
            ChatMessage answer{u"assistant"_s, answerText(run)};
            answer.reasoning = run->reasoning();
            answer.toolCalls = run->toolCalls();
            m_conversation->append(answer, {m_metrics->text(), run->model(), run->finishReason()});
            // It reads in the transcript now, its metrics line with it: the answer view that
            // streamed it steps aside until the next send, unless the reader still has work
            // there: warnings about the answer, calls to answer, a schema check to read, token
            // probabilities to tint, hover and regenerate from.
            m_answerPane->setHidden(m_answer->warnings().isEmpty() && answer.toolCalls.isEmpty() &&
                                    m_schemaOutcome->isHidden() && m_answer->tokens().isEmpty());
            m_transcript->scrollToBottom();
        }
    }
    if (ask && ask->branched && end != SessionEnd::Done)
        m_conversation->resumeBranch(); // no new answer: the old one shows again
    updateButtons();
    if (!wasSent(end))
        return;
    countRun(run);
    emit runEnded(run->state());
    refreshHistory();
}

void PlaygroundView::showRunEnd(Run* run, RunState state) {
    m_inspector->frames()->publish();
    m_inspector->showResponse(run->record());
    if (!run->isStreaming() || run->record().frames.isEmpty()) {
        // A non-streamed answer arrives whole.
        showWholeAnswer(run);
        m_thinking->setText(run->reasoning());
    }
    showAnswerChecks(run, state);
    // One reading of the figures, for the metrics line and the Thinking fold line.
    const QJsonObject metrics = metricsToJson(runMetrics(*run));
    m_thinking->setSummary(reasoningSummary(metrics));
    QString label = runStateLabel(state);
    if (state == RunState::Cancelled)
        label = tr("stopped · the partial answer is kept");
    else if (state == RunState::Truncated)
        label = tr("incomplete · the stream was cut before its end");
    else if (state == RunState::Failed && !run->text().isEmpty())
        label = tr("failed · the partial answer is kept");
    else if (state == RunState::Done && run->text().isEmpty() && !run->toolCalls().isEmpty())
        label = tr("done · no text: the model called %n tool(s)", nullptr,
                   int(run->toolCalls().size()));
    m_answer->finish(label);
    m_answer->setWarnings(runWarnings(*run));
    m_metrics->setText(metricsLine(metrics, run->finishReason(), run->model(),
                                   usageToJson(run->usage()),
                                   costToJson(m_session->options().price, run->usage())));
    if (state == RunState::Failed)
        m_errorCard->showError(run->error(), tr("The request failed"));
    else if (state == RunState::Truncated)
        m_errorCard->showError(run->error(), tr("Incomplete answer"));
}

QString PlaygroundView::metricsText() const {
    return readableText(m_metrics->text());
}

void PlaygroundView::updateButtons() {
    const bool running = isRunning();
    const bool chat = servesWorkload();
    m_send->setEnabled(!running && chat);
    m_stop->setEnabled(running);
    m_regenerate->setEnabled(!running && chat && !m_conversation->isEmpty());
    m_callCards->setBusy(running);
}

} // namespace ik
