// What the compare view keeps and shows of its answers: the diff of two panes, the saved
// comparisons (reopen, delete), the crash-safe draft of its input, and the exports.

#include "compareview.h"

#include "comparestore.h"
#include "diffview.h"
#include "drafts.h"
#include "history.h"
#include "paramseditor.h"
#include "streamview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSpinBox>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ik {

// A and B stay what was picked while those panes exist; otherwise panes 1 and 2.
void CompareView::refreshDiffChoices() {
    const int n = int(m_panes.size());
    const int a = m_diffWantA < n ? m_diffWantA : 0;
    const int b = std::min(m_diffWantB < n ? m_diffWantB : (a == 0 ? 1 : 0), n - 1);
    QSignalBlocker blockA(m_diffA), blockB(m_diffB);
    m_diffA->clear();
    m_diffB->clear();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const QString label = tr("Pane %1 · %2").arg(i + 1).arg(m_panes[i]->workloadName());
        m_diffA->addItem(label);
        m_diffB->addItem(label);
    }
    m_diffA->setCurrentIndex(std::min(a, n - 1));
    m_diffB->setCurrentIndex(b);
    blockA.unblock();
    blockB.unblock();
    refreshDiff();
}

bool CompareView::diffEnabled() const {
    return m_diffOn->isChecked();
}

void CompareView::setDiffEnabled(bool on) {
    m_diffOn->setChecked(on);
}

void CompareView::setDiffPanes(int a, int b) {
    m_diffWantA = a;
    m_diffWantB = b;
    QSignalBlocker block(m_diffA);
    m_diffA->setCurrentIndex(a);
    block.unblock();
    m_diffB->setCurrentIndex(b);
    refreshDiff();
}

QPair<int, int> CompareView::diffPanes() const {
    return {m_diffA->currentIndex(), m_diffB->currentIndex()};
}

QString CompareView::diffSummary() const {
    return m_diffStats->text();
}

void CompareView::refreshDiff() {
    m_lastDiff = {};
    if (!m_diffOn->isChecked()) {
        m_diffStats->clear();
        m_diff->showMessage(tr("The diff is off: tick “Show diff” to compare two answers word "
                               "by word."));
        return;
    }
    const int a = m_diffA->currentIndex(), b = m_diffB->currentIndex();
    if (a < 0 || b < 0 || a >= m_panes.size() || b >= m_panes.size() || a == b) {
        m_diffStats->clear();
        m_diff->showMessage(tr("Pick two different panes as A and B."));
        return;
    }
    m_lastDiff = m_diff->showDiff(m_panes[a]->text(), m_panes[b]->text());
    QString stats = tr("pane %1 → pane %2: %3 words removed, %4 added, %5 kept")
                        .arg(a + 1)
                        .arg(b + 1)
                        .arg(m_lastDiff.deletedTokens)
                        .arg(m_lastDiff.insertedTokens)
                        .arg(m_lastDiff.equalTokens);
    if (m_lastDiff.identical())
        stats = tr("pane %1 and pane %2 gave the same answer").arg(a + 1).arg(b + 1);
    if (!m_lastDiff.complete)
        stats += tr(" (coarse: the answers are long, the search was cut short)");
    m_diffStats->setText(stats);
}

void CompareView::refreshSaved() {
    const qint64 current = m_saved->currentData().toLongLong();
    m_saved->clear();
    if (m_store) {
        for (const ComparisonEntry& e : m_store->list()) {
            m_saved->addItem(tr("#%1 · %2 · %3 panes · %4")
                                 .arg(e.id)
                                 .arg(e.title)
                                 .arg(e.panes)
                                 .arg(QLocale().toString(e.createdAt, QLocale::ShortFormat)),
                             e.id);
        }
    }
    const int index = m_saved->findData(current);
    if (index >= 0)
        m_saved->setCurrentIndex(index);
    updateButtons();
}

QList<qint64> CompareView::savedComparisonIds() const {
    QList<qint64> out;
    if (m_store)
        for (const ComparisonEntry& e : m_store->list())
            out.append(e.id);
    return out;
}

bool CompareView::reopen(qint64 comparisonId) {
    if (isRunning() || !m_store)
        return false;
    std::optional<Comparison> c = m_store->load(comparisonId);
    if (!c || c->panes.isEmpty())
        return false;
    setPaneCount(int(c->panes.size()));
    for (qsizetype i = 0; i < m_panes.size() && i < c->panes.size(); ++i)
        m_panes[i]->showResult(c->panes[i]);
    setSystemPrompt(c->system);
    setPrompt(c->prompt);
    setTurns(c->turns);
    if (c->repeat > 1)
        setRepeatCount(c->repeat);
    setVarySeed(c->varySeed);
    m_comparison = *c;
    refreshDiffChoices();
    refreshTables();
    const int index = m_saved->findData(comparisonId);
    if (index >= 0)
        m_saved->setCurrentIndex(index);
    emit statusMessage(tr("Reopened comparison #%1").arg(comparisonId));
    return true;
}

bool CompareView::deleteComparison(qint64 comparisonId) {
    if (!m_store || !m_store->remove(comparisonId))
        return false;
    if (m_comparison.id == comparisonId)
        m_comparison.id = -1; // what the panes show is no longer saved
    return true;
}

bool CompareView::deleteSelected() {
    if (!m_store || isRunning() || m_saved->currentIndex() < 0)
        return false;
    const qint64 id = m_saved->currentData().toLongLong();
    const QString title = m_saved->currentText();
    const bool yes =
        m_confirmDelete
            ? m_confirmDelete(id, title)
            : QMessageBox::question(this, tr("Delete comparison"),
                                    tr("Delete the saved comparison “%1”? Its runs stay in "
                                       "history.")
                                        .arg(title),
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return false;
    if (!deleteComparison(id)) {
        emit statusMessage(tr("The comparison could not be deleted: %1").arg(m_store->lastError()));
        return false;
    }
    emit statusMessage(tr("Deleted comparison #%1").arg(id));
    return true;
}

// ---------------------------------------------------------------- the draft

QString CompareView::draftSettingsKey() {
    return u"compare/draft"_s;
}

void CompareView::scheduleDraftSave() {
    if (!m_loadingDraft)
        m_draftTimer->start();
}

void CompareView::saveDraftNow() {
    m_draftTimer->stop();
    QJsonArray turns;
    for (const ChatMessage& m : this->turns())
        turns.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    QJsonArray panes;
    for (const ComparePane* p : std::as_const(m_panes))
        panes.append(QJsonObject{{u"workload"_s, p->workloadId()},
                                 {u"name"_s, p->workloadName()},
                                 {u"params"_s, paramsToJson(p->params())},
                                 {u"stream"_s, p->stream()}});
    writeDraft(draftSettingsKey(), QJsonObject{{u"system"_s, systemPrompt()},
                                               {u"turns"_s, turns},
                                               {u"prompt"_s, prompt()},
                                               {u"repeat"_s, repeatCount()},
                                               {u"varySeed"_s, varySeed()},
                                               {u"panes"_s, panes}});
}

void CompareView::loadDraft() {
    m_loadingDraft = true;
    const QJsonObject draft = readDraft(draftSettingsKey());
    if (!draft.isEmpty()) {
        setSystemPrompt(draft[u"system"].toString());
        QList<ChatMessage> turns;
        for (const QJsonValue& t : draft[u"turns"].toArray())
            turns.append({t[u"role"].toString(), t[u"content"].toString()});
        setTurns(turns);
        setPrompt(draft[u"prompt"].toString());
        if (draft.contains(u"repeat"))
            setRepeatCount(draft[u"repeat"].toInt());
        setVarySeed(draft[u"varySeed"].toBool());
        const QJsonArray panes = draft[u"panes"].toArray();
        setPaneCount(int(panes.size()));
        m_draftWorkloads.clear();
        for (qsizetype i = 0; i < m_panes.size() && i < panes.size(); ++i) {
            const QJsonObject p = panes[i].toObject();
            m_panes[i]->setParams(paramsFromJson(p[u"params"].toObject()));
            m_panes[i]->paramsEditor()->setStream(p[u"stream"].toBool(true));
            const QString id = p[u"workload"].toString();
            m_draftWorkloads.append(id);
            if (!id.isEmpty())
                m_panes[i]->setWorkloadId(id, p[u"name"].toString());
        }
    }
    m_loadingDraft = false;
}

QString CompareView::exportMarkdown() const {
    return comparisonMarkdown(comparison());
}

QByteArray CompareView::exportJson() const {
    return comparisonJson(comparison(), true);
}

bool CompareView::exportTo(const QString& path, ExportFormat format, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(format == ExportFormat::Markdown ? exportMarkdown().toUtf8() : exportJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void CompareView::exportWith(ExportFormat format) {
    const bool md = format == ExportFormat::Markdown;
    const QString base =
        m_comparison.id >= 0 ? u"comparison-%1"_s.arg(m_comparison.id) : u"comparison"_s;
    const QString name = base + (md ? u".md"_s : u".json"_s);
    const QString filter = md ? tr("Markdown (*.md)") : tr("JSON (*.json)");
    QPointer<CompareView> self(this);
    auto write = [self, format](const QString& path) {
        if (!self || path.isEmpty())
            return;
        QString error;
        if (self->exportTo(path, format, &error))
            emit self->statusMessage(tr("Exported to %1").arg(path));
        else
            emit self->statusMessage(tr("Export failed: %1").arg(error));
    };
    if (m_saveFileHook) {
        m_saveFileHook(name, filter, write);
        return;
    }
    // Not exec(): the streams keep going while the dialog is open.
    auto* dialog = new QFileDialog(this, tr("Export comparison"), name, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

} // namespace ik
