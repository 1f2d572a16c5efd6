// The playground over history: a reopened run fills the composer, the answer and the inspector
// as it was saved; a run is deleted or exported from the History page.

#include "playgroundview.h"

#include "conversationmodel.h"
#include "errorcard.h"
#include "history.h"
#include "historypanel.h"
#include "logprobs.h"
#include "metrics.h"
#include "paramseditor.h"
#include "playgroundtext.h"
#include "runwarnings.h"
#include "scrub.h"
#include "snippets.h"
#include "streamview.h"
#include "transcriptview.h"

#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScopedValueRollback>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace ik {

HistoryModel* PlaygroundView::historyModel() const {
    return m_historyPanel->model();
}

void PlaygroundView::refreshHistory() {
    m_historyPanel->refresh();
}

void PlaygroundView::reopen(qint64 historyId) {
    if (!m_services->history || isRunning())
        return;
    const std::optional<HistoryRun> run = m_services->history->load(historyId);
    if (!run)
        return;
    if (!hasUnsavedTurns(*run))
        showHistoryRun(*run);
    else if (m_reopenHook)
        reopenAs(*run, m_reopenHook(*run));
    else
        askReopen(*run);
}

void PlaygroundView::reopenAs(const HistoryRun& run, ReopenChoice choice) {
    if (choice == ReopenChoice::Cancel || isRunning())
        return;
    if (choice == ReopenChoice::Replace) {
        showHistoryRun(run);
        return;
    }
    // The run's exchange joins the conversation as a branch where it first differs, and reads
    // there: the answer view under the transcript is not needed for it.
    m_answerPane->hide();
    QList<ChatMessage> turns = run.messages;
    ChatMessage answer{u"assistant"_s, run.answer};
    answer.reasoning = run.reasoning;
    answer.toolCalls = run.toolCalls;
    turns.append(answer);
    m_conversation->addBranch(turns);
    m_conversation->setInfo(int(turns.size()) - 1,
                            {metricsLine(run.metrics, run.finishReason, run.model, run.usage),
                             run.model, run.finishReason});
    m_historyId = run.id;
    showHistoryInspector(run);
    m_leftTabs->setCurrentIndex(0);
    m_transcript->scrollToBottom();
    updateButtons();
}

namespace {

// The turns are all in what run sent and got back, in order: replacing them loses nothing.
// History keeps text scrubbed of keys, so a turn is compared as history would keep it.
bool heldBy(const QList<ChatMessage>& turns, const HistoryRun& run) {
    QList<ChatMessage> held = run.messages;
    held.append({u"assistant"_s, run.answer});
    if (turns.size() > held.size())
        return false;
    for (qsizetype i = 0; i < turns.size(); ++i)
        if (turns.at(i).role != held.at(i).role ||
            scrubSecrets(turns.at(i).content) != scrubSecrets(held.at(i).content))
            return false;
    return true;
}

} // namespace

// Unsaved: turns that neither the run being reopened nor the one this view last sent or
// reopened holds, which replacing them would lose.
bool PlaygroundView::hasUnsavedTurns(const HistoryRun& reopened) const {
    const QList<ChatMessage> now = m_conversation->turns();
    if (now.isEmpty() || heldBy(now, reopened))
        return false;
    if (m_historyId < 0 || !m_services->history)
        return true;
    const std::optional<HistoryRun> shown = m_services->history->load(m_historyId);
    return !shown || !heldBy(now, *shown);
}

void PlaygroundView::askReopen(const HistoryRun& run) {
    // open(), not exec(): the event loop keeps running while the box is up.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reopen run"),
                                tr("The conversation has turns that are not in history. Replace "
                                   "it with the run from %1, or open that run as a branch of it?")
                                    .arg(run.startedAt.toString(u"yyyy-MM-dd HH:mm"_s)),
                                QMessageBox::Cancel, this);
    box->setObjectName(u"reopenBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* replace = box->addButton(tr("Replace"), QMessageBox::DestructiveRole);
    QPushButton* branch = box->addButton(tr("Open as a branch"), QMessageBox::AcceptRole);
    box->setDefaultButton(branch);
    connect(box, &QMessageBox::finished, this, [this, box, replace, branch, run] {
        const QAbstractButton* clicked = box->clickedButton();
        reopenAs(run, clicked == replace  ? ReopenChoice::Replace
                      : clicked == branch ? ReopenChoice::Branch
                                          : ReopenChoice::Cancel);
    });
    box->open();
}

void PlaygroundView::showHistoryRun(const HistoryRun& run) {
    m_answerPane->show(); // the answer is not a turn: the question is back in the prompt box
    showHistoryComposer(run);
    m_session->release(); // the last live run is no longer what the view shows
    m_historyId = run.id;
    showHistoryAnswer(run);
    showHistoryInspector(run);
    // The conversation shown is now that run's: its tokens and cost are what it holds.
    m_tally = {};
    m_tally.add(usageFromJson(run.usage), run.extra[u"cost"].toObject());
    showTotals();
    m_leftTabs->setCurrentIndex(0);
    updateButtons();
}

void PlaygroundView::showHistoryComposer(const HistoryRun& run) {
    {
        const QScopedValueRollback loading(m_loadingDraft, true);
        m_system->setPlainText(run.system);
        QList<ChatMessage> turns = run.messages;
        ChatMessage ask;
        if (!turns.isEmpty() && turns.last().role == u"user")
            ask = turns.takeLast();
        setTurns(turns);
        m_prompt->setPlainText(ask.content);
        restoreAttachments(ask.images);
        m_params->setParams(paramsFromJson(run.params));
        m_params->setStream(run.stream);
    }
    scheduleDraftSave();
}

void PlaygroundView::showHistoryAnswer(const HistoryRun& run) {
    m_answer->setText(run.answer);
    m_answer->appendTokens(logprobsFromJson(run.extra[u"logprobs"].toArray(), run.answer.size()));
    m_answer->finish(
        tr("%1 · from history, %2")
            .arg(historyStateLabel(run.state), run.startedAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    m_answer->setWarnings(runWarnings(recordFromJson(run.record)));
    m_metrics->setText(metricsLine(run.metrics, run.finishReason, run.model, run.usage,
                                   run.extra[u"cost"].toObject()));
    m_errorCard->dismiss();
    if (!run.error.isEmpty() && run.state != u"cancelled") {
        m_errorCard->showError(errorFromJson(run.error), tr("From history"));
    } else if (run.state == u"incomplete") {
        m_errorCard->showError(
            makeError(ErrorKind::Truncated,
                      tr("the application ended while this answer was still arriving"),
                      tr("The text saved up to then is shown. Send it again for a full answer.")),
            tr("Incomplete answer"));
    }
}

void PlaygroundView::showHistoryInspector(const HistoryRun& run) {
    const RunRecord record = recordFromJson(run.record);
    SnippetInput snippet;
    snippet.workload = m_workload.ref();
    snippet.route = routeFor(WorkloadKind::Chat);
    snippet.body = record.requestBody;
    snippet.stream = run.stream;
    m_inspector->clear();
    m_inspector->showRequest(record, snippet);
    m_inspector->frames()->setFrames(run.frames);
    m_inspector->showResponse(record);
}

bool PlaygroundView::deleteRun(qint64 historyId) {
    if (!m_services->history)
        return false;
    return historyModel()->remove(historyId);
}

bool PlaygroundView::exportRun(qint64 historyId, ExportFormat format, const QString& path) {
    if (!m_services->history)
        return false;
    const std::optional<HistoryRun> run = m_services->history->load(historyId);
    if (!run)
        return false;
    const QByteArray bytes = exportBytes(*run, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        emit statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(path));
    return true;
}

void PlaygroundView::exportSelected(qint64 selectedId, ExportFormat format) {
    const qint64 id = selectedId >= 0 ? selectedId : m_historyId;
    if (id < 0 || !m_saveFileHook)
        return;
    const bool json = isJsonExport(format);
    QPointer<PlaygroundView> self(this);
    m_saveFileHook(exportFileName(m_workload.slug, id, format),
                   json ? tr("JSON (*.json)") : tr("Markdown (*.md)"),
                   [self, id, format](QString path) {
                       if (self && !path.isEmpty())
                           self->exportRun(id, format, path);
                   });
}

} // namespace ik
