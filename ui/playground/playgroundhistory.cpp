// The playground over history: a reopened run fills the composer, the answer and the inspector
// as it was saved; a run is deleted or exported from the History page.

#include "playgroundview.h"

#include "conversationmodel.h"
#include "errorcard.h"
#include "history.h"
#include "historypanel.h"
#include "metrics.h"
#include "paramseditor.h"
#include "playgroundtext.h"
#include "runwarnings.h"
#include "snippets.h"
#include "streamview.h"

#include <QLabel>
#include <QPlainTextEdit>
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
    if (const std::optional<HistoryRun> run = m_services->history->load(historyId))
        showHistoryRun(*run);
}

void PlaygroundView::showHistoryRun(const HistoryRun& run) {
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
        QString ask;
        if (!turns.isEmpty() && turns.last().role == u"user")
            ask = turns.takeLast().content;
        setTurns(turns);
        m_prompt->setPlainText(ask);
        m_params->setParams(paramsFromJson(run.params));
        m_params->setStream(run.stream);
    }
    scheduleDraftSave();
}

void PlaygroundView::showHistoryAnswer(const HistoryRun& run) {
    m_answer->setText(run.answer);
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
