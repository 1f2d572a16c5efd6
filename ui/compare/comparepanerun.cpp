// A compare pane's batch: one run session does the send sequence (key, guard, confirmation,
// endpoint, history, guard feedback); the pane shows what it reports and sends the repetitions
// with again(), each with its own seed when asked.

#include "comparepane.h"

#include "jsonschema.h"

#include "confirmbar.h"
#include "errorcard.h"
#include "history.h"
#include "metrics.h"
#include "panetext.h"
#include "playgroundtext.h"
#include "pricing.h"
#include "scrub.h"
#include "streamview.h"
#include "thinkingblock.h"
#include "toolcalls.h"
#include "turnqueue.h"

#include <QLabel>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

RunState runStateOf(SessionEnd end) {
    switch (end) {
    case SessionEnd::Done:
        return RunState::Done;
    case SessionEnd::Cancelled:
        return RunState::Cancelled;
    case SessionEnd::Truncated:
        return RunState::Truncated;
    default:
        return RunState::Failed;
    }
}

} // namespace

void ComparePane::connectSession() {
    connect(m_session, &RunSession::readingKey, this,
            [this] { m_answer->setStateLabel(tr("reading the key…")); });
    connect(m_session, &RunSession::confirmationNeeded, this, &ComparePane::onConfirmationNeeded);
    connect(m_session, &RunSession::started, this, &ComparePane::onStarted);
    connect(m_session, &RunSession::ended, this, &ComparePane::onSessionEnded);
}

ChatRequest ComparePane::requestFor(int iteration) const {
    ChatRequest request = m_request;
    if (m_varySeed)
        request.params.seed = request.params.seed.value_or(0) + iteration;
    return request;
}

void ComparePane::resetResult(const Workload& w) {
    const QString verdictLevel = m_result.verdictLevel, verdict = m_result.verdict;
    m_result = {};
    m_result.verdictLevel = verdictLevel;
    m_result.verdict = verdict;
    m_result.workloadId = w.id;
    m_result.workloadName = w.displayName();
    m_result.workloadRef = w.id.isEmpty() ? QString() : workloadUrl(w.ref(), QString()).toString();
    m_result.params = paramsToJson(m_request.params);
    m_result.price = workloadPrice(w); // set in the playground's Parameters panel
}

void ComparePane::start(const ChatRequest& request, int repeats, bool varySeed) {
    if (m_busy)
        return;
    ++m_batch;
    m_busy = true;
    m_stopRequested = false;
    m_errorCard->dismiss();
    m_confirmBar->hide();
    const Workload w = workload();
    m_request = request;
    m_request.model = w.slug;
    m_request.params = params();
    m_request.stream = stream();
    m_repeats = std::clamp(repeats, 1, 20);
    m_varySeed = varySeed;
    m_iteration = 0;
    resetResult(w);
    m_answer->clear();
    m_model->setText(tr("model: —"));
    updateButtons();
    if (w.id.isEmpty()) {
        const Error e = makeError(ErrorKind::Configuration, tr("This pane has no chat workload"),
                                  tr("Pick a chat workload in the pane's header."));
        m_errorCard->showError(e, tr("Not sent"));
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, e.summary()));
        endBatch();
        return;
    }
    SessionOptions options = m_services->options;
    for (const auto& [name, value] : std::as_const(m_extraHeaders))
        setHeader(&options.extraHeaders, name, value);
    options.price = m_result.price; // each run's history row keeps its cost
    m_session->start(w, SessionRequest::forChat(requestFor(0)), options);
}

void ComparePane::onConfirmationNeeded(const GuardVerdict& verdict) {
    showVerdict(verdict);
    if (m_services->confirm) {
        m_session->confirm(m_services->confirm(verdict));
        return;
    }
    m_confirmBar->ask(verdict);
    m_answer->setStateLabel(tr("waiting for your answer…"));
    updateButtons();
    emit confirmationRequested(verdict);
}

void ComparePane::confirmSend(bool yes) {
    if (m_confirmBar->isHidden())
        return;
    m_confirmBar->hide();
    m_session->confirm(yes);
}

void ComparePane::onStarted(Run* run) {
    if (m_iteration == 0 && m_services->session.guard)
        showVerdict(m_session->verdict());
    m_run = run;
    m_answer->clear();
    m_answer->setStateLabel(m_repeats > 1
                                ? tr("streaming… run %1 of %2").arg(m_iteration + 1).arg(m_repeats)
                                : tr("streaming…"));
    m_errorCard->dismiss();
    followRun(run);
    updateButtons();
}

void ComparePane::followRun(Run* run) {
    m_thinking->clear();
    m_calls->begin(m_request.tools);
    m_tokensShown = 0;
    showCalls();
    connect(run, &Run::chunkReceived, this, [this, run](const QString& delta) {
        m_answer->append(delta);
        if (run->tokens().size() > m_tokensShown) {
            m_answer->appendTokens(run->tokens().sliced(m_tokensShown));
            m_tokensShown = run->tokens().size();
        }
        emit textGrew(int(run->text().size()));
    });
    connect(run, &Run::reasoningReceived, this,
            [this](const QString& delta) { m_thinking->append(delta); });
    connect(run, &Run::toolCallsChanged, this, [this, run] {
        m_calls->setCalls(run->toolCalls());
        showCalls();
    });
}

void ComparePane::showExtras(Run* run) {
    m_thinking->setText(run->reasoning());
    m_thinking->setSummary(reasoningSummary(metricsToJson(runMetrics(*run))));
    m_calls->setCalls(run->toolCalls());
    m_calls->complete();
    showCalls();
    if (run->tokens().size() > m_tokensShown) {
        m_answer->appendTokens(run->tokens().sliced(m_tokensShown));
        m_tokensShown = run->tokens().size();
    }
}

void ComparePane::showCalls() {
    QStringList lines;
    for (int row = 0; row < m_calls->rowCount(); ++row)
        lines << tr("Tool call: %1").arg(m_calls->index(row).data().toString());
    m_callsLabel->setText(lines.join(u'\n'));
    m_callsLabel->setVisible(!lines.isEmpty());
}

void ComparePane::onSessionEnded(SessionEnd end) {
    if (wasSent(end))
        onRunEnded(runStateOf(end));
    else
        onNotSent(end);
}

// Nothing went out: what the session refused, the guard blocked or the user declined.
void ComparePane::onNotSent(SessionEnd end) {
    const GuardVerdict& verdict = m_session->verdict();
    switch (end) {
    case SessionEnd::Blocked:
        showVerdict(verdict);
        m_errorCard->showBlocked(verdict);
        m_answer->setStateLabel(tr("not sent · blocked by the credential guard"));
        m_result.runs.append(notSent(u"blocked"_s, verdict.headline()));
        break;
    case SessionEnd::Invalid:
        m_errorCard->showError(m_session->error(), tr("Not sent"));
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, m_session->error().summary()));
        break;
    case SessionEnd::Declined:
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, verdict.headline()));
        break;
    default: // abandoned: stopped while the key was read
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, tr("stopped before sending")));
        break;
    }
    endBatch();
}

void ComparePane::onRunEnded(RunState state) {
    Run* run = m_run;
    QString label = runEndLabel(state);
    if (state == RunState::Failed && !run->text().isEmpty())
        label = tr("failed · the partial answer is kept");
    if (m_repeats > 1)
        label += tr(" · run %1 of %2").arg(m_iteration + 1).arg(m_repeats);
    m_answer->setStateLabel(label);

    CompareRun r;
    r.historyId = m_session->historyId();
    r.state = runStateName(state);
    r.text = run->text();
    r.model = run->model();
    r.finishReason = run->finishReason();
    r.metrics = runMetrics(*run);
    r.reasoning = run->reasoning();
    r.toolCalls = run->toolCalls();
    r.tokens = run->tokens();
    if (state != RunState::Done)
        r.error = scrubSecrets(run->error().summary());
    const ChatRequest sent = requestFor(m_iteration);
    r.hasSeed = sent.params.seed.has_value();
    r.seed = sent.params.seed.value_or(-1);
    if (state == RunState::Done)
        if (const std::optional<SchemaResult> check = checkAnswer(run->text(), sent.responseFormat))
            r.schemaValid = check->valid();
    m_result.runs.append(r);

    if (!r.model.isEmpty()) {
        m_model->setText(tr("model: %1").arg(r.model));
        m_model->setToolTip(tr("The model that served this pane's last answer"));
    }
    if (state == RunState::Failed)
        m_errorCard->showError(run->error(), tr("The request failed"));
    else if (state == RunState::Truncated)
        m_errorCard->showError(run->error(), tr("Incomplete answer"));
    // A stop ends the batch; so does a failure (the next repetition would fail the same way).
    if (state == RunState::Cancelled || state == RunState::Failed)
        m_stopRequested = true;
    ++m_iteration;
    updateMetrics();
    emit runEnded(state);
    // Rendering the final answer waits for a turn of its own, never inside the run's signal,
    // and never all panes in the same turn.
    const quint64 batch = m_batch;
    auto rest = [this, batch, label] {
        if (batch == m_batch && m_busy)
            settle(label);
    };
    if (m_services->session.turns)
        m_services->session.turns->post(this, rest);
    else
        QTimer::singleShot(0, this, rest);
}

void ComparePane::settle(const QString& label) {
    if (Run* run = m_run) {
        // A non-streamed answer arrives whole.
        if ((!run->isStreaming() || run->record().frames.isEmpty()) &&
            m_answer->text() != run->text()) {
            m_answer->setText(run->text());
            m_tokensShown = 0;
        }
        showExtras(run);
    }
    m_answer->finish(label);
    startNext();
}

void ComparePane::startNext() {
    if (m_stopRequested || m_iteration >= m_repeats) {
        endBatch();
        return;
    }
    if (!m_session->again(SessionRequest::forChat(requestFor(m_iteration))))
        endBatch();
}

void ComparePane::endBatch() {
    m_busy = false;
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_session->release(); // the key and the endpoint go with the batch
    updateButtons();
    updateMetrics();
    emit finished();
}

void ComparePane::stop() {
    if (!m_busy)
        return;
    m_stopRequested = true;
    if (!m_confirmBar->isHidden()) {
        confirmSend(false);
        return;
    }
    // Reading the key: ends abandoned. Streaming: ends cancelled with its text kept, and the
    // batch ends from the event loop. Between repetitions: the next one is not sent.
    m_session->cancel();
}

CompareRun ComparePane::notSent(const QString& state, const QString& error) const {
    CompareRun r;
    r.state = state;
    r.error = scrubSecrets(error);
    return r;
}

void ComparePane::updateMetrics() {
    if (m_result.runs.isEmpty()) {
        m_metrics->clear();
        return;
    }
    const CompareRun& last = m_result.runs.last();
    QStringList parts;
    if (last.state == u"blocked" || last.state == u"not sent") {
        parts << tr("not sent");
    } else {
        const RunMetrics& m = last.metrics;
        parts << tr("first token %1").arg(formatMs(double(m.firstTokenMs)))
              << tr("%1 tok/s (%2)")
                     .arg(fixedOrDash(m.tokensPerSecond, 1),
                          m.tokensFromUsage ? tr("usage") : tr("chunks"))
              << tr("total %1").arg(formatMs(double(m.totalMs)))
              << tr("%n token(s)", nullptr, m.tokens)
              << tr("finish %1").arg(last.finishReason.isEmpty() ? u"—"_s : last.finishReason);
    }
    if (m_result.runs.size() > 1 || m_repeats > 1) {
        const PaneSummary s = summarise(m_result);
        parts << tr("run %1 of %2")
                     .arg(m_result.runs.size())
                     .arg(std::max<qsizetype>(m_repeats, m_result.runs.size()))
              << tr("%n distinct answer(s)", nullptr, s.distinct);
    }
    m_metrics->setText(parts.join(u" · "_s));
}

void ComparePane::clearResult() {
    m_result = {};
    m_answer->clear();
    m_thinking->clear();
    m_calls->clear();
    showCalls();
    m_answer->setStateLabel({});
    m_errorCard->dismiss();
    m_metrics->clear();
    m_model->setText(tr("model: —"));
}

void ComparePane::showResult(const ComparePaneResult& result) {
    if (m_busy)
        return;
    setWorkloadId(result.workloadId, result.workloadName);
    setParams(paramsFromJson(result.params));
    m_result = result;
    m_repeats = int(std::max<qsizetype>(1, result.runs.size()));
    m_errorCard->dismiss();
    if (!result.verdictLevel.isEmpty())
        showVerdictText(verdictLevelFrom(result.verdictLevel), result.verdict, result.verdict);
    m_thinking->clear();
    m_calls->clear();
    if (result.runs.isEmpty()) {
        m_answer->clear();
        m_answer->setStateLabel(tr("not run"));
    } else {
        const CompareRun& last = result.runs.last();
        m_answer->setText(last.text);
        m_answer->appendTokens(last.tokens);
        m_thinking->setText(last.reasoning);
        m_thinking->setSummary(reasoningSummary(metricsToJson(last.metrics)));
        m_calls->setCalls(last.toolCalls); // shown as they came: the offered tools are not kept
        m_answer->finish(last.state == u"cancelled"   ? tr("stopped")
                         : last.state == u"truncated" ? tr("incomplete")
                                                      : last.state);
        m_model->setText(last.model.isEmpty() ? tr("model: —") : tr("model: %1").arg(last.model));
    }
    showCalls();
    updateMetrics();
}

} // namespace ik
