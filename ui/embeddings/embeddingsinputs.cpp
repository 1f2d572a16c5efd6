// The inspector's inputs: the editor and file loading, and embedding the set in batches through
// its run session (the key read and judged once for the whole set).

#include "batchembedder.h"
#include "embedcache.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "heatmap.h"
#include "metrics.h"
#include "theme.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ik {

QWidget* EmbeddingsView::buildInputsTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->addLayout(buildInputsRow());
    m_inputEdit = new QPlainTextEdit;
    m_inputEdit->setObjectName(QStringLiteral("inputEdit"));
    m_inputEdit->setAccessibleName(tr("Inputs, one per line"));
    m_inputEdit->setPlaceholderText(tr("Type or paste inputs, one per line, or load a file."));
    m_inputEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_inputEdit->setTabChangesFocus(true); // pasted tabs stay; a typed Tab moves on
    setFocusProxy(m_inputEdit);            // Ctrl+3 lands in the inputs
    l->addWidget(m_inputEdit, 1);
    m_inputNote = new QLabel;
    m_inputNote->setObjectName(QStringLiteral("inputNote"));
    m_inputError = new QLabel;
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setWordWrap(true);
    theme::setTextTone(m_inputError, theme::Tone::Error);
    l->addWidget(m_inputNote);
    l->addWidget(m_inputError);
    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingInputs)
            return;
        if (!m_loadedTexts.isEmpty()) {
            // The editor is the truth now; file labels no longer line up with its lines.
            m_loadedTexts.clear();
            m_loadedLabels.clear();
        }
        m_inputError->clear();
        m_inputNote->setText(tr("%n input(s)", nullptr, int(inputs().size())));
    });
    return w;
}

QLayout* EmbeddingsView::buildInputsRow() {
    auto* row = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load file…"));
    load->setObjectName(QStringLiteral("loadButton"));
    load->setToolTip(tr(".txt (one input per line), .csv (a text column and an optional label "
                        "column) or .jsonl (\"text\" and optional \"label\" fields)"));
    m_batchSpin = new QSpinBox;
    m_batchSpin->setObjectName(QStringLiteral("batchSize"));
    m_batchSpin->setAccessibleName(tr("Batch size"));
    m_batchSpin->setRange(1, 4096);
    m_batchSpin->setValue(64);
    auto* example = new QPushButton(tr("Open e&xample"));
    example->setObjectName(QStringLiteral("inputsExampleButton"));
    example->setToolTip(tr("Twelve support-desk sentences in three labelled topics "
                           "(docs/examples/sentences.csv)"));
    row->addWidget(load);
    row->addWidget(example);
    row->addStretch(1);
    connect(example, &QPushButton::clicked, this, [this] {
        const QString path = exampleFile(QStringLiteral("sentences.csv"));
        if (path.isEmpty())
            m_inputError->setText(tr("The sentences example is not installed (looked for "
                                     "share/ik-playground/examples and docs/examples): load a "
                                     "file of your own instead."));
        else
            loadInputsFile(path);
    });
    row->addWidget(new QLabel(tr("Batch size:")));
    row->addWidget(m_batchSpin);
    connect(load, &QPushButton::clicked, this, &EmbeddingsView::chooseInputsFile);
    return row;
}

void EmbeddingsView::chooseInputsFile() {
    const QString filter = tr("Inputs (*.txt *.csv *.jsonl *.ndjson);;All files (*)");
    auto go = [self = QPointer<EmbeddingsView>(this)](QString path) {
        if (!self || path.isEmpty())
            return;
        rememberFolder(path);
        self->loadInputsFile(path);
    };
    if (m_openFileHook) {
        m_openFileHook(filter, go);
        return;
    }
    auto* dlg = new QFileDialog(this, tr("Load inputs"), lastFolder(), filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::ExistingFile);
    connect(dlg, &QFileDialog::fileSelected, this, go);
    dlg->open();
}

void EmbeddingsView::setInputs(const QStringList& texts, const QStringList& labels) {
    m_settingInputs = true;
    QStringList shown;
    shown.reserve(texts.size());
    for (const QString& t : texts)
        shown.append(oneLine(t, 100000));
    m_inputEdit->setPlainText(shown.join(u'\n'));
    m_settingInputs = false;
    m_loadedTexts = texts;
    m_loadedLabels = labels.size() == texts.size() ? labels : QStringList();
    m_inputError->clear();
    m_inputNote->setText(m_loadedLabels.isEmpty()
                             ? tr("%n input(s)", nullptr, int(texts.size()))
                             : tr("%n input(s) with labels", nullptr, int(texts.size())));
}

bool EmbeddingsView::loadInputsFile(const QString& path) {
    const embed::Inputs in = embed::loadInputs(path);
    if (!in.ok()) {
        m_inputError->setText(in.error);
        m_tabs->setCurrentIndex(0);
        return false;
    }
    setInputs(in.texts, in.labels);
    m_inputNote->setText(m_inputNote->text() + tr(" from %1").arg(QFileInfo(path).fileName()));
    return true;
}

QStringList EmbeddingsView::inputs() const {
    if (!m_loadedTexts.isEmpty())
        return m_loadedTexts;
    QStringList out;
    for (const QString& line : m_inputEdit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

QStringList EmbeddingsView::labels() const {
    return m_loadedTexts.isEmpty() ? QStringList() : m_loadedLabels;
}

void EmbeddingsView::setBatchSize(int size) {
    m_batchSpin->setValue(size);
}
int EmbeddingsView::batchSize() const {
    return m_batchSpin->value();
}

// ---- embedding the set ----

void EmbeddingsView::embed() {
    if (m_workload.kind != WorkloadKind::Embedding || m_workload.slug.isEmpty()) {
        setStatus(kindRefusal(WorkloadKind::Embedding), true);
        return;
    }
    const QStringList texts = inputs();
    if (texts.isEmpty()) {
        m_inputError->setText(tr("No inputs: type some, one per line, or load a file."));
        m_tabs->setCurrentIndex(0);
        return;
    }
    // The same set of the same workload, cut short by a cancel or a failure: go on from there.
    const bool resumable = m_embedder->canResume() && m_embedder->workload() == m_workload &&
                           m_embedder->inputs() == texts;
    cancel();
    // An analysis of the previous set still running would otherwise land after this call and
    // show the old set's figures over the new one.
    ++m_generation;
    m_embeddedTexts = texts;
    m_embeddedLabels = labels();
    if (resumable) {
        setStatus(tr("Going on from input %1 of %2…")
                      .arg(m_embedder->done() + 1)
                      .arg(m_embedder->total()));
        m_embedder->resume();
    } else if (openFromCache(texts)) {
        return;
    } else {
        setStatus(tr("Embedding %n input(s)…", nullptr, int(texts.size())));
        m_embedder->start(m_workload, texts, m_batchSpin->value(), m_extraHeaders);
    }
    updateKindState();
}

// A set this workload embedded before opens from the cache; pressing Embed again on it calls.
bool EmbeddingsView::openFromCache(const QStringList& texts) {
    if (m_services->embedCacheDir.isEmpty())
        return false;
    const EmbedKey key = embedKeyFor(m_workload, m_workload.slug, texts);
    if (std::exchange(m_openedFromCache, {}) == key.digest())
        return false;
    const CacheOpen opened = EmbedCache(m_services->embedCacheDir).open(key);
    if (!opened.found)
        return false;
    if (!opened.ok()) {
        // A damaged entry is never used; the set is embedded again and the entry replaced.
        setStatus(
            tr("The cached vectors could not be used (%1); embedding again.").arg(opened.error),
            true);
        return false;
    }
    m_openedFromCache = key.digest();
    m_model->setData(m_embeddedTexts, m_embeddedLabels, embed::toVectors(opened.set));
    clearResults();
    for (auto* b : m_exportButtons)
        b->setEnabled(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_countLabel->setText(tr("%1 / %1 embedded").arg(texts.size()));
    setStatus(tr("%n vector(s) from the cache, embedded earlier by %1: no call made. Embed again "
                 "to call the workload.",
                 nullptr, int(texts.size()))
                  .arg(m_workload.displayName()));
    if (m_tabs->currentIndex() == 0)
        m_tabs->setCurrentIndex(1);
    updateCompareSummary();
    updateKindState();
    emit embeddingFinished();
    startAnalysis();
    return true;
}

void EmbeddingsView::keepInCache() {
    if (m_services->embedCacheDir.isEmpty())
        return;
    embed::VectorSet set = embed::fromVectors(m_embedder->vectors());
    set.texts = m_embeddedTexts;
    set.labels = m_embeddedLabels;
    QString error;
    const EmbedKey key = embedKeyFor(m_workload, m_workload.slug, m_embeddedTexts);
    if (!EmbedCache(m_services->embedCacheDir).store(key, set, &error))
        qWarning("ik-playground: the embedded set was not cached: %s", qPrintable(error));
}

void EmbeddingsView::showEmbedProgress(int done, int total) {
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    const qint64 eta = m_embedder->etaMs();
    m_countLabel->setText(
        eta < 0 || done >= total
            ? tr("%1 / %2 embedded").arg(done).arg(total)
            : tr("%1 / %2 embedded · about %3 left").arg(done).arg(total).arg(formatDuration(eta)));
}

void EmbeddingsView::connectEmbedder() {
    connectConfirmations(m_embedder);
    connect(m_embedder, &BatchEmbedder::progress, this, &EmbeddingsView::showEmbedProgress);
    connect(m_embedder, &BatchEmbedder::finished, this, &EmbeddingsView::onEmbeddingFinished);
    connect(m_embedder, &BatchEmbedder::waiting, this, [this](qint64 ms, const Error& e) {
        setStatus(tr("%1: the batch at input %2 goes again in %3, as the server asked.")
                      .arg(e.summary())
                      .arg(m_embedder->done() + 1)
                      .arg(formatDuration(ms)));
    });
    connect(m_embedder, &BatchEmbedder::failed, this, [this](const Error& e) {
        settle();
        setStatus(tr("Embedding failed after %1 of %2 inputs: %3 — %4 The %1 embedded are kept: "
                     "Embed goes on from there.")
                      .arg(m_embedder->done())
                      .arg(m_embedder->total())
                      .arg(e.summary(), e.hint),
                  true);
    });
    connect(m_embedder, &BatchEmbedder::cancelled, this, [this] {
        settle();
        setStatus(tr("Cancelled after %1 of %2 inputs; they are kept, and Embed goes on from "
                     "there.")
                      .arg(m_embedder->done())
                      .arg(m_embedder->total()));
    });
}

void EmbeddingsView::clearResults() {
    m_matrix.reset();
    m_heatmap->clear();
    m_neighbourModel->clear();
    m_queryModel->clear();
    m_agreementModel->clear();
    clearMap();
}

void EmbeddingsView::onEmbeddingFinished() {
    ++m_generation;
    keepInCache();
    m_model->setData(m_embeddedTexts, m_embeddedLabels, m_embedder->vectors());
    clearResults();
    for (auto* b : m_exportButtons)
        b->setEnabled(true);
    m_countLabel->setText(tr("%1 / %1 embedded").arg(m_embeddedTexts.size()));
    setStatus(tr("%n vector(s) from %1; analysing…", nullptr, int(m_embeddedTexts.size()))
                  .arg(m_embedder->model().isEmpty() ? m_workload.slug : m_embedder->model()));
    if (m_tabs->currentIndex() == 0)
        m_tabs->setCurrentIndex(1);
    updateCompareSummary();
    emit embeddingFinished();
    startAnalysis();
}

} // namespace ik
