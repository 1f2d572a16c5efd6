// The inspector's look at one set: the vectors table and detail, statistics, the heatmap and
// neighbours, and a query ranked against the set. The maths runs on a worker thread.

#include "batchembedder.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "heatmap.h"

#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ik {

using namespace embeddingsview;

// ---- layout ----

QWidget* EmbeddingsView::buildVectorsTab() {
    auto* split = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    m_statsLabel = new QLabel(tr("No vectors yet."));
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_statsLabel->setWordWrap(true);
    tl->addWidget(m_statsLabel);
    tl->addLayout(buildExportRow());
    tl->addWidget(buildVectorTable(), 1);
    split->addWidget(top);
    split->addWidget(buildDetailTabs());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QTableView* EmbeddingsView::buildVectorTable() {
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("vectorTable"));
    m_table->setAccessibleName(tr("Embedded inputs and their vectors"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Fixed row heights: the view never measures 10,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EmbeddingModel::InputColumn, 320);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectInput(current.row());
            });
    return m_table;
}

QWidget* EmbeddingsView::buildDetailTabs() {
    auto* detail = new QTabWidget;
    auto* one = new QWidget;
    auto* ol = new QVBoxLayout(one);
    m_strip = new HeatStrip;
    m_strip->setObjectName(QStringLiteral("heatStrip"));
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("vectorDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("All values of the selected vector"));
    ol->addWidget(m_strip);
    ol->addWidget(m_detail, 1);
    detail->addTab(one, tr("Selected vector"));
    detail->addTab(resultView(QStringLiteral("dimensionTable"), tr("Mean and spread per dimension"),
                              m_dimStats),
                   tr("Per dimension"));
    return detail;
}

QWidget* EmbeddingsView::buildSimilarityTab() {
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(buildHeatmapPane());
    split->addWidget(buildNeighboursPane());
    return split;
}

QWidget* EmbeddingsView::buildHeatmapPane() {
    auto* left = new QWidget;
    auto* ll = new QVBoxLayout(left);
    m_heatmap = new HeatmapWidget;
    m_heatmap->setObjectName(QStringLiteral("heatmap"));
    m_heatmap->setAccessibleName(tr("Cosine similarity heatmap"));
    m_hoverLabel = new QLabel(tr("Hover the heatmap for a pair; click to read both texts."));
    m_hoverLabel->setObjectName(QStringLiteral("hoverLabel"));
    m_hoverLabel->setWordWrap(true);
    m_pairView = new QPlainTextEdit;
    m_pairView->setObjectName(QStringLiteral("pairView"));
    m_pairView->setAccessibleName(tr("The two texts of the chosen pair"));
    m_pairView->setReadOnly(true);
    m_pairView->setMaximumHeight(120);
    ll->addWidget(m_heatmap, 1);
    ll->addWidget(m_hoverLabel);
    ll->addWidget(m_pairView);
    connect(m_heatmap, &HeatmapWidget::hovered, this,
            [this] { m_hoverLabel->setText(m_heatmap->hoverText()); });
    connect(m_heatmap, &HeatmapWidget::pairClicked, this, &EmbeddingsView::showPair);
    return left;
}

namespace {
// A ranking table shows the Label column only when the set has labels.
QTableView* rankingView(const QString& name, const QString& accessibleName, NeighbourModel* model) {
    QTableView* t = resultView(name, accessibleName, model);
    // Rank, cosine and label as narrow as their contents, so a narrow pane still shows the text.
    QHeaderView* header = t->horizontalHeader();
    for (int c : {int(NeighbourModel::RankColumn), int(NeighbourModel::CosineColumn),
                  int(NeighbourModel::LabelColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NeighbourModel::InputColumn, QHeaderView::Stretch);
    const auto follow = [t, model] {
        t->setColumnHidden(NeighbourModel::LabelColumn, !model->hasLabels());
    };
    QObject::connect(model, &QAbstractItemModel::modelReset, t, follow);
    follow();
    return t;
}
} // namespace

QWidget* EmbeddingsView::buildNeighboursPane() {
    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    auto* krow = new QHBoxLayout;
    m_neighboursTitle = new QLabel(tr("Nearest neighbours: select an input."));
    m_neighboursTitle->setObjectName(QStringLiteral("neighboursTitle"));
    m_neighboursTitle->setWordWrap(true);
    m_kSpin = new QSpinBox;
    m_kSpin->setObjectName(QStringLiteral("neighbourCount"));
    m_kSpin->setAccessibleName(tr("Neighbours shown"));
    m_kSpin->setRange(1, 1000);
    m_kSpin->setValue(10);
    krow->addWidget(m_neighboursTitle, 1);
    krow->addWidget(new QLabel(tr("k:")));
    krow->addWidget(m_kSpin);
    rl->addLayout(krow);
    QTableView* neighbours =
        rankingView(QStringLiteral("neighboursTable"),
                    tr("Nearest neighbours of the selected input"), m_neighbourModel);
    rl->addWidget(neighbours, 1);
    connect(m_kSpin, &QSpinBox::valueChanged, this, [this] {
        if (m_table->currentIndex().isValid())
            showNeighbours(m_table->currentIndex().row());
    });
    connect(neighbours, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        selectInput(m_neighbourModel->inputRow(index.row()));
    });
    rl->addLayout(buildQueryRow());
    rl->addWidget(
        rankingView(QStringLiteral("queryTable"), tr("Inputs nearest to the query"), m_queryModel),
        1);
    return right;
}

QLayout* EmbeddingsView::buildQueryRow() {
    auto* qrow = new QHBoxLayout;
    m_queryEdit = new QLineEdit;
    m_queryEdit->setObjectName(QStringLiteral("queryEdit"));
    m_queryEdit->setAccessibleName(tr("Query"));
    m_queryEdit->setPlaceholderText(tr("A query: it is embedded and the set ranked against it"));
    m_queryButton = new QPushButton(tr("&Rank"));
    m_queryButton->setObjectName(QStringLiteral("queryButton"));
    qrow->addWidget(m_queryEdit, 1);
    qrow->addWidget(m_queryButton);
    auto runIt = [this] { runQuery(m_queryEdit->text()); };
    connect(m_queryButton, &QPushButton::clicked, this, runIt);
    connect(m_queryEdit, &QLineEdit::returnPressed, this, runIt);
    return qrow;
}

// ---- the analysis of a set ----

void EmbeddingsView::connectAnalysis() {
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(m_job->permille.load());
        }
    });
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Analysis>>::finished, this,
            &EmbeddingsView::onAnalysisDone);
}

void EmbeddingsView::startAnalysis() {
    auto job = std::make_shared<Job>();
    m_job = job;
    const embed::Vectors v = vectors();
    const quint64 generation = m_generation;
    updateKindState();
    m_watcher->setFuture(QtConcurrent::run([job, v, generation] {
        QElapsedTimer clock;
        clock.start();
        auto out = std::make_shared<Analysis>();
        out->generation = generation;
        embed::Control c;
        c.cancel = &job->cancel;
        out->dimension = embed::commonDimension(v);
        out->norms = embed::normStats(embed::l2Norms(v));
        out->dims = embed::dimensionStats(v);
        job->permille = 50;
        if (v.size() <= kMatrixLimit) {
            c.progress = [&](double f) { job->permille = 50 + int(f * 600); };
            auto m = embed::similarityMatrix(v, c);
            if (!m) {
                out->cancelled = true;
                return out;
            }
            out->image = ik::heatmapImage(*m);
            out->matrix = std::make_shared<embed::SimilarityMatrix>(std::move(*m));
        }
        job->permille = 700;
        c.progress = [&](double f) { job->permille = 700 + int(f * 300); };
        out->pca = embed::pca2d(v, c);
        out->cancelled = job->cancel.load();
        out->elapsedMs = clock.elapsed();
        return out;
    }));
    m_progressTimer->start();
}

void EmbeddingsView::onAnalysisDone() {
    m_progressTimer->stop();
    const std::shared_ptr<Analysis> a = m_watcher->result();
    m_job.reset();
    settle();
    if (!a || a->generation != m_generation)
        return; // a set replaced meanwhile: its figures are not shown
    if (a->cancelled) {
        setStatus(tr("Cancelled."));
        return;
    }
    if (a->compare) {
        showAgreement(*a->agreement);
        return;
    }
    showAnalysis(*a);
}

void EmbeddingsView::showAnalysis(const Analysis& a) {
    suggestCompareK(a.norms.count);
    showStatistics(a);
    showHeatmap(a);
    if (a.pca)
        showPca(*a.pca);
    setStatus(m_openedFromCache.isEmpty()
                  ? tr("%n vector(s) analysed in %1 ms.", nullptr, a.norms.count).arg(a.elapsedMs)
                  : tr("%n vector(s) from the cache (no call) analysed in %1 ms; Embed again "
                       "calls the workload.",
                       nullptr, a.norms.count)
                        .arg(a.elapsedMs));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    else if (m_table->currentIndex().isValid())
        showNeighbours(m_table->currentIndex().row());
    emit analysisFinished();
}

void EmbeddingsView::showStatistics(const Analysis& a) {
    const auto& n = a.norms;
    m_statsLabel->setText(
        tr("%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5", nullptr, n.count)
            .arg(a.dimension)
            .arg(n.min, 0, 'f', 4)
            .arg(n.mean, 0, 'f', 4)
            .arg(n.max, 0, 'f', 4)
            .arg(n.normalised ? tr("normalised (every norm is 1)") : tr("not normalised")));
    m_dimStats->setStats(a.dims);
}

void EmbeddingsView::showHeatmap(const Analysis& a) {
    m_matrix = a.matrix;
    if (m_matrix) {
        const QStringList texts = m_model->texts();
        m_heatmap->setMatrix(m_matrix, a.image, [texts](int i) { return texts.value(i); });
        return;
    }
    m_heatmap->clear();
    m_hoverLabel->setText(tr("More than %1 inputs: no heatmap (the matrix would not fit "
                             "comfortably in memory); neighbours are computed per input.")
                              .arg(kMatrixLimit));
}

QImage EmbeddingsView::heatmapImage() const {
    return m_heatmap->image();
}

// ---- one input ----

void EmbeddingsView::selectInput(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_table->currentIndex().row() != row) {
        m_table->setCurrentIndex(m_model->index(row, 0)); // comes back here through the signal
        return;
    }
    showDetail(row);
    showNeighbours(row);
}

void EmbeddingsView::showDetail(int row) {
    const QVector<float>& v = vectors()[row];
    QString text;
    text.reserve(v.size() * 16);
    for (int t = 0; t < int(v.size()); ++t)
        text += QStringLiteral("%1\t%2\n").arg(t).arg(double(v[t]), 0, 'g', 7);
    m_detail->setPlainText(text);
    m_strip->setValues(v);
}

void EmbeddingsView::showNeighbours(int row) {
    const int k = m_kSpin->value();
    m_neighbourModel->setNeighbours(m_matrix ? embed::nearestNeighbours(*m_matrix, row, k)
                                             : embed::nearestNeighbours(vectors(), row, k),
                                    m_model->texts(), m_model->labels());
    m_neighboursTitle->setText(tr("Nearest neighbours of #%1 “%2”")
                                   .arg(row + 1)
                                   .arg(oneLine(m_model->texts().value(row), 80)));
    emit neighboursChanged(row);
}

void EmbeddingsView::showPair(int i, int j) {
    if (!m_matrix)
        return;
    m_pairView->setPlainText(tr("Cosine %1\n\n#%2: %3\n\n#%4: %5")
                                 .arg(m_matrix->at(i, j), 0, 'f', 4)
                                 .arg(i + 1)
                                 .arg(m_model->texts().value(i))
                                 .arg(j + 1)
                                 .arg(m_model->texts().value(j)));
}

// ---- a query against the set ----

void EmbeddingsView::runQuery(const QString& text) {
    if (text.trimmed().isEmpty()) {
        setStatus(tr("Type a query first."), true);
        return;
    }
    if (vectors().isEmpty()) {
        setStatus(tr("Embed a set first: the query is ranked against it."), true);
        return;
    }
    if (m_workload.kind != WorkloadKind::Embedding) {
        setStatus(m_workload.kind == WorkloadKind::Chat
                      ? kindRefusal(WorkloadKind::Embedding)
                      : tr("Pick the embedding workload the set was embedded with."),
                  true);
        return;
    }
    setStatus(tr("Embedding the query…"));
    m_queryEmbedder->start(m_workload, {text.trimmed()}, 1, m_extraHeaders);
    updateKindState();
}

void EmbeddingsView::connectQuery() {
    connectConfirmations(m_queryEmbedder);
    connect(m_queryEmbedder, &BatchEmbedder::finished, this, &EmbeddingsView::onQueryEmbedded);
    connect(m_queryEmbedder, &BatchEmbedder::failed, this, &EmbeddingsView::showFailure);
    connect(m_queryEmbedder, &BatchEmbedder::cancelled, this, &EmbeddingsView::showCancelled);
}

void EmbeddingsView::onQueryEmbedded() {
    settle();
    const QVector<float> q = m_queryEmbedder->vectors().value(0);
    if (q.size() != embed::commonDimension(vectors())) {
        setStatus(tr("The query has %1 dimensions, the set %2: embed the set with this "
                     "workload first.")
                      .arg(q.size())
                      .arg(embed::commonDimension(vectors())),
                  true);
        return;
    }
    m_queryModel->setNeighbours(embed::rankAgainst(q, vectors(), kQueryShown), m_model->texts(),
                                m_model->labels());
    setStatus(tr("The set ranked against the query."));
    emit queryFinished();
}

} // namespace ik
