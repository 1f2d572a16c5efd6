// Retrieval: documents and queries with judged relevance, ranked by the current embedding
// workload (and, side by side, a second one; optionally reordered by a rerank workload), scored
// at k. The evaluation and every figure shown are the workbench's (retrievaleval.h and its item
// models); this file lays them out and passes the user's choices on.

#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "retrievaleval.h"
#include "retrievalevalmodel.h"
#include "theme.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ik {

using namespace embeddingsview;

namespace {

// A combo's "no workload" entry: its data is an empty id.
void addNone(QComboBox* combo, const QString& text) {
    combo->addItem(text, QString());
}

void restoreChoice(QComboBox* combo, const QString& id, int fallback) {
    const int i = id.isNull() ? -1 : combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : std::min(fallback, combo->count() - 1));
}

// Rows one line high: the tab shares 700 pixels with the window's own bars.
QTableView* compactTable(QTableView* t) {
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

// Tall enough for every row of the overall figures and no more, so the queries get the rest.
void fitRows(QTableView* t) {
    const int rows = std::max(1, t->model()->rowCount());
    const int scroll =
        t->horizontalScrollBar()->isVisible() ? t->horizontalScrollBar()->height() : 0;
    t->setFixedHeight(t->horizontalHeader()->sizeHint().height() +
                      rows * t->verticalHeader()->defaultSectionSize() + 2 * t->frameWidth() +
                      scroll);
}

} // namespace

QString EmbeddingsView::exampleFile(const QString& relativePath) {
    // Installed (share/ik-playground/examples, on the data path or beside the program), then a
    // build tree run from the sources (./run, the tests): docs/examples a few folders up.
    QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                    QStringLiteral("ik-playground/examples"),
                                                    QStandardPaths::LocateDirectory);
    const QString bin = QCoreApplication::applicationDirPath();
    folders.append(bin + QStringLiteral("/../share/ik-playground/examples"));
    QDir up(bin);
    for (int i = 0; i < 4 && up.cdUp(); ++i)
        folders.append(up.filePath(QStringLiteral("docs/examples")));
    for (const QString& folder : folders) {
        const QFileInfo file(QDir(folder).filePath(relativePath));
        if (file.isFile())
            return file.canonicalFilePath();
    }
    return {};
}

QWidget* EmbeddingsView::buildRetrievalTab() {
    m_retrieval = new RetrievalEval(m_services, this);
    m_retSummaryModel = new RetrievalSummaryModel(this);
    m_retQueryModel = new RetrievalQueryModel(this);
    m_retRankingModel = new RetrievalRankingModel(this);
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->addLayout(buildRetrievalFilesRow());
    m_retError = new QLabel;
    m_retError->setObjectName(QStringLiteral("retrievalError"));
    m_retError->setWordWrap(true);
    m_retError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retError->hide();
    theme::setTextTone(m_retError, theme::Tone::Error);
    l->addWidget(m_retError);
    l->addLayout(buildRetrievalSetupRow());
    l->addWidget(buildRetrievalResults(), 1);
    return w;
}

QLayout* EmbeddingsView::buildRetrievalFilesRow() {
    auto* row = new QHBoxLayout;
    auto* docs = new QPushButton(tr("&Documents…"));
    docs->setObjectName(QStringLiteral("retrievalDocumentsButton"));
    docs->setToolTip(tr(".csv with id and text columns (label optional), .jsonl {\"id\", "
                        "\"text\"}, or .txt (one document a line, its id the line number)"));
    auto* queries = new QPushButton(tr("&Queries…"));
    queries->setObjectName(QStringLiteral("retrievalQueriesButton"));
    queries->setToolTip(tr(".csv with query and relevant columns (relevant as \"d1;d7:3\"), or "
                           ".jsonl {\"query\", \"relevant\": [\"d1\", \"d7:3\"]}"));
    auto* example = new QPushButton(tr("Open e&xample"));
    example->setObjectName(QStringLiteral("retrievalExampleButton"));
    example->setToolTip(tr("40 help-desk articles and 12 graded questions (docs/examples)"));
    m_retFiles = new QLabel(tr("Load documents and queries with their relevant documents."));
    m_retFiles->setObjectName(QStringLiteral("retrievalFiles"));
    m_retFiles->setWordWrap(true);
    row->addWidget(docs);
    row->addWidget(queries);
    row->addWidget(example);
    row->addWidget(m_retFiles, 1);
    connect(docs, &QPushButton::clicked, this, [this] { chooseRetrievalFile(false); });
    connect(queries, &QPushButton::clicked, this, [this] { chooseRetrievalFile(true); });
    connect(example, &QPushButton::clicked, this, &EmbeddingsView::openRetrievalExample);
    return row;
}

QLayout* EmbeddingsView::buildRetrievalSetupRow() {
    auto* rows = new QVBoxLayout;
    m_retSecond = new QComboBox;
    m_retSecond->setObjectName(QStringLiteral("retrievalSecondWorkload"));
    m_retSecond->setAccessibleName(tr("Second embedding workload"));
    m_retRerank = new QComboBox;
    m_retRerank->setObjectName(QStringLiteral("retrievalRerankWorkload"));
    m_retRerank->setAccessibleName(tr("Rerank workload"));
    m_retTopN = new QSpinBox;
    m_retTopN->setObjectName(QStringLiteral("retrievalTopN"));
    m_retTopN->setAccessibleName(tr("Results reranked (top N)"));
    m_retTopN->setRange(1, 1000);
    m_retTopN->setValue(20);
    m_retK = new QSpinBox;
    m_retK->setObjectName(QStringLiteral("retrievalK"));
    m_retK->setAccessibleName(tr("Cut-off of the metrics (k)"));
    m_retK->setRange(1, 1000);
    m_retK->setValue(10);
    m_retRun = new QPushButton(tr("Ev&aluate"));
    m_retRun->setObjectName(QStringLiteral("retrievalRunButton"));
    m_retCancel = new QPushButton(tr("Cancel"));
    m_retCancel->setObjectName(QStringLiteral("retrievalCancelButton"));
    m_retProgress = new QProgressBar;
    m_retProgress->setObjectName(QStringLiteral("retrievalProgress"));
    m_retProgress->setAccessibleName(tr("Retrieval progress"));
    m_retProgress->setRange(0, 1);
    m_retProgress->setValue(0);
    m_retStage = new QLabel;
    m_retStage->setObjectName(QStringLiteral("retrievalStage"));
    m_retStage->setWordWrap(true);
    auto* setup = new QHBoxLayout;
    for (QComboBox* c : {m_retSecond, m_retRerank})
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setup->addWidget(new QLabel(tr("Beside:")));
    setup->addWidget(m_retSecond);
    setup->addWidget(new QLabel(tr("Rerank with:")));
    setup->addWidget(m_retRerank);
    setup->addWidget(new QLabel(tr("top N:")));
    setup->addWidget(m_retTopN);
    setup->addWidget(new QLabel(tr("k:")));
    setup->addWidget(m_retK);
    setup->addStretch(1);
    auto* run = new QHBoxLayout;
    run->addWidget(m_retRun);
    run->addWidget(m_retCancel);
    run->addWidget(m_retProgress, 1);
    run->addWidget(m_retStage, 2);
    rows->addLayout(setup);
    rows->addLayout(run);
    connect(m_retRun, &QPushButton::clicked, this, &EmbeddingsView::evaluateRetrieval);
    connect(m_retCancel, &QPushButton::clicked, m_retrieval, &RetrievalEval::cancel);
    connect(m_retRerank, &QComboBox::currentIndexChanged, this,
            &EmbeddingsView::updateRetrievalState);
    return rows;
}

QWidget* EmbeddingsView::buildRetrievalResults() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    QTableView* summary =
        compactTable(resultView(QStringLiteral("retrievalSummaryTable"),
                                tr("Retrieval metrics overall"), m_retSummaryModel));
    // The workload's name gives way (its tooltip has it whole) so every figure stays in view.
    summary->horizontalHeader()->setStretchLastSection(false);
    summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary->horizontalHeader()->setSectionResizeMode(RetrievalSummaryModel::WorkloadColumn,
                                                      QHeaderView::Stretch);
    fitRows(summary);
    l->addWidget(summary);
    auto* split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("retrievalSplitter"));
    split->setChildrenCollapsible(false);
    l->addWidget(split, 1);

    auto* queries = new QWidget;
    auto* ql = new QVBoxLayout(queries);
    ql->setContentsMargins(0, 0, 0, 0);
    auto* rowsOf = new QHBoxLayout;
    m_retRowsOf = new QComboBox;
    m_retRowsOf->setObjectName(QStringLiteral("retrievalRowsOf"));
    m_retRowsOf->setAccessibleName(tr("Queries ranked by"));
    m_retRowsOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    rowsOf->addWidget(new QLabel(tr("Queries, worst first, as ranked by:")));
    rowsOf->addWidget(m_retRowsOf);
    rowsOf->addStretch(1);
    ql->addLayout(rowsOf);
    m_retQueryTable = compactTable(resultView(QStringLiteral("retrievalQueryTable"),
                                              tr("Queries, worst first"), m_retQueryModel));
    m_retQueryTable->setSelectionMode(QAbstractItemView::SingleSelection);
    ql->addWidget(m_retQueryTable, 1);
    split->addWidget(queries);

    auto* detail = new QWidget;
    auto* dl = new QVBoxLayout(detail);
    dl->setContentsMargins(0, 0, 0, 0);
    m_retQueryTitle = new QLabel(tr("Select a query to see what was retrieved for it."));
    m_retQueryTitle->setObjectName(QStringLiteral("retrievalQueryTitle"));
    m_retQueryTitle->setWordWrap(true);
    dl->addWidget(m_retQueryTitle);
    dl->addWidget(
        compactTable(resultView(QStringLiteral("retrievalRankingTable"),
                                tr("What the selected query retrieved"), m_retRankingModel)),
        1);
    split->addWidget(detail);

    connect(m_retRowsOf, &QComboBox::currentIndexChanged, this, [this](int workload) {
        if (workload >= 0 && !m_retrieval->report().workloads.isEmpty())
            m_retQueryModel->setReport(m_retrieval->report(), workload);
        showRetrievalQuery(0);
    });
    connect(m_retQueryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRetrievalQuery(current.row()); });
    return w;
}

// ---- files ----

void EmbeddingsView::chooseRetrievalFile(bool queries) {
    const QString filter = queries ? tr("Queries (*.csv *.jsonl *.ndjson);;All files (*)")
                                   : tr("Documents (*.csv *.jsonl *.ndjson *.txt);;All files (*)");
    auto go = [self = QPointer<EmbeddingsView>(this), queries](QString path) {
        if (!self || path.isEmpty())
            return;
        rememberFolder(path);
        if (queries)
            self->loadRetrievalQueries(path);
        else
            self->loadRetrievalDocuments(path);
    };
    if (m_openFileHook) {
        m_openFileHook(filter, go);
        return;
    }
    auto* dlg = new QFileDialog(this, queries ? tr("Load queries") : tr("Load documents"),
                                lastFolder(), filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setFileMode(QFileDialog::ExistingFile);
    connect(dlg, &QFileDialog::fileSelected, this, go);
    dlg->open();
}

bool EmbeddingsView::loadRetrievalDocuments(const QString& path) {
    retrieval::Documents docs = retrieval::loadDocuments(path);
    if (!docs.ok()) {
        showRetrievalError(docs.error);
        return false;
    }
    m_retDocs = std::move(docs);
    m_retDocsPath = path;
    showRetrievalError({});
    // Queries are checked against the documents' ids: the ones loaded are read again.
    m_retQueries = {};
    if (!m_retQueriesPath.isEmpty())
        return loadRetrievalQueries(m_retQueriesPath);
    showRetrievalSets();
    return true;
}

bool EmbeddingsView::loadRetrievalQueries(const QString& path) {
    m_retQueriesPath = path;
    if (m_retDocs.items.isEmpty()) {
        // Kept: read as soon as the documents are loaded.
        showRetrievalError(tr("Load the documents first: %1 is checked against their ids.")
                               .arg(QFileInfo(path).fileName()));
        showRetrievalSets();
        return false;
    }
    retrieval::Queries queries = retrieval::loadQueries(path, m_retDocs);
    m_retQueries = queries.ok() ? std::move(queries) : retrieval::Queries();
    showRetrievalError(queries.ok() ? QString() : queries.error);
    if (!m_retQueries.ok() || m_retQueries.items.isEmpty())
        m_retQueriesPath.clear(); // a bad file is not read again with the next documents
    showRetrievalSets();
    return !m_retQueries.items.isEmpty();
}

bool EmbeddingsView::openRetrievalExample() {
    const QString docs = exampleFile(QStringLiteral("retrieval/documents.csv"));
    const QString queries = exampleFile(QStringLiteral("retrieval/queries.csv"));
    if (docs.isEmpty() || queries.isEmpty()) {
        showRetrievalError(tr("The retrieval example is not installed (looked for "
                              "share/ik-playground/examples/retrieval and docs/examples/"
                              "retrieval): load a documents and a queries file instead."));
        return false;
    }
    m_retQueriesPath.clear();
    return loadRetrievalDocuments(docs) && loadRetrievalQueries(queries);
}

void EmbeddingsView::showRetrievalError(const QString& text) {
    m_retError->setText(text);
    m_retError->setVisible(!text.isEmpty());
}

QString EmbeddingsView::retrievalError() const {
    return m_retError->text();
}

void EmbeddingsView::showRetrievalSets() {
    QStringList parts;
    if (!m_retDocsPath.isEmpty())
        parts.append(tr("%n documents from %1", nullptr, int(m_retDocs.items.size()))
                         .arg(QFileInfo(m_retDocsPath).fileName()));
    if (!m_retQueries.items.isEmpty())
        parts.append(tr("%n queries from %1", nullptr, int(m_retQueries.items.size()))
                         .arg(QFileInfo(m_retQueriesPath).fileName()));
    else if (!m_retDocsPath.isEmpty())
        parts.append(tr("now load the queries"));
    m_retFiles->setText(parts.isEmpty()
                            ? tr("Load documents and queries with their relevant documents.")
                            : parts.join(tr("; ")));
    updateRetrievalState();
}

// ---- the evaluation ----

void EmbeddingsView::fillRetrievalCombos() {
    const QString second = m_retSecond->currentData().toString();
    const QString reranker = m_retRerank->currentData().toString();
    const bool hadSecond = m_retSecond->count() > 0;
    const QSignalBlocker quietSecond(m_retSecond), quietRerank(m_retRerank);
    m_retSecond->clear();
    m_retRerank->clear();
    addNone(m_retSecond, tr("no second workload"));
    addNone(m_retRerank, tr("no reranking"));
    // Names alone keep the row inside 1024 pixels; the project is added where two share one.
    QHash<QString, int> named;
    for (const Workload& w : m_workloads)
        ++named[w.displayName()];
    for (const Workload& w : m_workloads) {
        const QString name = named.value(w.displayName()) > 1
                                 ? QStringLiteral("%1 (%2)").arg(w.displayName(), w.project)
                                 : w.displayName();
        QComboBox* combo = w.kind == WorkloadKind::Rerank ? m_retRerank
                           : w.kind == WorkloadKind::Embedding && w.id != m_workload.id
                               ? m_retSecond
                               : nullptr;
        if (!combo)
            continue;
        combo->addItem(name, w.id);
        combo->setItemData(combo->count() - 1,
                           QStringLiteral("%1/%2 · %3").arg(w.project, w.slug, w.baseUrl),
                           Qt::ToolTipRole);
    }
    // Side by side is the point of a second workload: offer the first other one until the
    // user chose, and keep what they chose while it is still there.
    restoreChoice(m_retSecond, hadSecond ? second : QString(), 1);
    restoreChoice(m_retRerank, reranker, 0);
    updateRetrievalState();
}

void EmbeddingsView::updateRetrievalState() {
    if (!m_retRun)
        return; // still being built
    const bool running = m_retrieval->isRunning();
    const bool embedding = m_workload.kind == WorkloadKind::Embedding && !m_workload.slug.isEmpty();
    m_retRun->setEnabled(!running && embedding && !m_retQueries.items.isEmpty());
    m_retCancel->setEnabled(running);
    m_retTopN->setEnabled(!m_retRerank->currentData().toString().isEmpty());
    if (running || m_retSummaryModel->rowCount() > 0)
        return; // the stage or the results line stays
    if (!embedding)
        m_retStage->setText(kindRefusal(WorkloadKind::Embedding));
    else if (m_retQueries.items.isEmpty())
        m_retStage->setText(tr("Load documents and queries (or the example) to evaluate them."));
    else
        m_retStage->setText(
            tr("Ready to rank %n queries with %1.", nullptr, int(m_retQueries.items.size()))
                .arg(m_workload.displayName()));
}

void EmbeddingsView::evaluateRetrieval() {
    RetrievalSetup setup;
    setup.embedders.append(m_workload);
    const auto byId = [this](const QString& id) -> std::optional<Workload> {
        for (const Workload& w : m_workloads)
            if (!id.isEmpty() && w.id == id)
                return w;
        return std::nullopt;
    };
    if (const auto second = byId(m_retSecond->currentData().toString()))
        setup.embedders.append(*second);
    setup.reranker = byId(m_retRerank->currentData().toString());
    setup.k = m_retK->value();
    setup.rerankTopN = m_retTopN->value();
    setup.batchSize = m_batchSpin->value();
    m_retSummaryModel->clear();
    m_retQueryModel->clear();
    m_retRankingModel->clear();
    m_retStage->clear();
    const QString problem = m_retrieval->start(m_retDocs, m_retQueries, setup);
    if (!problem.isEmpty()) {
        showRetrievalError(problem);
        updateRetrievalState();
        return;
    }
    showRetrievalError({});
    m_retProgress->setRange(0, 0); // busy until the first batch reports
    m_retStage->setText(tr("Starting…"));
    updateKindState();
}

void EmbeddingsView::connectRetrieval() {
    connect(m_retrieval, &RetrievalEval::confirmationNeeded, this,
            [this](const Workload&, const GuardVerdict& v) {
                askToConfirm(v, [eval = m_retrieval](bool yes) { eval->confirm(yes); });
            });
    connect(m_retrieval, &RetrievalEval::progress, this,
            [this](const QString& stage, int done, int total) {
                m_retProgress->setRange(0, std::max(total, 1));
                m_retProgress->setValue(done);
                m_retStage->setText(tr("%1: %2 of %3").arg(stage).arg(done).arg(total));
            });
    connect(m_retrieval, &RetrievalEval::finished, this, &EmbeddingsView::showRetrievalReport);
    connect(m_retrieval, &RetrievalEval::failed, this, [this](const Workload& w, const Error& e) {
        m_retProgress->setRange(0, 1);
        m_retProgress->setValue(0);
        settle();
        m_retStage->setText(tr("Not scored: %1 failed.").arg(w.displayName()));
        // Every failure carries a hint; none means nothing failed: the user said no.
        showRetrievalError(e.hint.isEmpty() && e.message.isEmpty()
                               ? tr("%1: not sent, as you chose. Take the key-like text out of "
                                    "the documents or queries, or choose Send anyway.")
                                     .arg(w.displayName())
                               : tr("%1: %2 — %3").arg(w.displayName(), e.summary(), e.hint));
    });
    connect(m_retrieval, &RetrievalEval::cancelled, this, [this] {
        m_retProgress->setRange(0, 1);
        m_retProgress->setValue(0);
        settle();
        m_retStage->setText(tr("Cancelled; nothing was scored."));
    });
}

void EmbeddingsView::showRetrievalReport() {
    const RetrievalReport& report = m_retrieval->report();
    m_retProgress->setRange(0, 1);
    m_retProgress->setValue(1);
    m_retSummaryModel->setReport(report);
    {
        const QSignalBlocker quiet(m_retRowsOf);
        m_retRowsOf->clear();
        for (const WorkloadOutcome& w : report.workloads)
            m_retRowsOf->addItem(w.workload.displayName());
        m_retRowsOf->setEnabled(report.sideBySide());
    }
    m_retQueryModel->setReport(report, 0);
    // Columns with nothing to say for this report are not shown.
    m_retQueryTable->setColumnHidden(RetrievalQueryModel::BeforeRerankColumn, !report.reranked());
    m_retQueryTable->setColumnHidden(RetrievalQueryModel::OtherColumn, !report.sideBySide());
    m_retQueryTable->setColumnHidden(RetrievalQueryModel::WinnerColumn, !report.sideBySide());
    m_retQueryTable->resizeColumnsToContents();
    // The last column stretches into what is left; its ids are in its tooltip too.
    m_retQueryTable->setColumnWidth(
        RetrievalQueryModel::InsteadColumn,
        m_retQueryTable->horizontalHeader()->sectionSizeHint(RetrievalQueryModel::InsteadColumn));
    // A long query gives way to the figures; its tooltip has it whole.
    int others = 0;
    for (int c = 0; c < RetrievalQueryModel::ColumnCount; ++c)
        if (c != RetrievalQueryModel::QueryColumn && !m_retQueryTable->isColumnHidden(c))
            others += m_retQueryTable->columnWidth(c);
    // The scroll bar the rows are about to need is not shown yet: its width is kept free.
    const int width = m_retQueryTable->width() - 2 * m_retQueryTable->frameWidth() -
                      m_retQueryTable->verticalScrollBar()->sizeHint().width();
    const int room = std::max(width - others, 100);
    if (m_retQueryTable->columnWidth(RetrievalQueryModel::QueryColumn) > room)
        m_retQueryTable->setColumnWidth(RetrievalQueryModel::QueryColumn, room);
    fitRows(findChild<QTableView*>(QStringLiteral("retrievalSummaryTable")));
    findChild<QTableView*>(QStringLiteral("retrievalRankingTable"))
        ->setColumnHidden(RetrievalRankingModel::BeforeRerankColumn, !report.reranked());
    m_retStage->setText(
        tr("%n queries against %1 documents at k = %2.", nullptr, int(report.queries.items.size()))
            .arg(report.documents.items.size())
            .arg(report.k));
    showRetrievalQuery(0);
    settle();
    emit retrievalFinished();
}

void EmbeddingsView::showRetrievalQuery(int row) {
    const int query = m_retQueryModel->queryOf(row);
    if (query < 0) {
        m_retRankingModel->clear();
        m_retQueryTitle->setText(tr("Select a query to see what was retrieved for it."));
        return;
    }
    if (m_retQueryTable->currentIndex().row() != row) {
        m_retQueryTable->selectRow(row); // comes back here through currentRowChanged
        if (m_retQueryTable->currentIndex().row() == row)
            return;
    }
    m_retRankingModel->setQuery(m_retrieval->report(), m_retQueryModel->workload(), query);
    m_retQueryTitle->setText(m_retRankingModel->title());
    auto* table = findChild<QTableView*>(QStringLiteral("retrievalRankingTable"));
    table->resizeColumnsToContents();
}

} // namespace ik
