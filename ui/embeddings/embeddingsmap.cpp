// The map of the Projection tab: UMAP or t-SNE laid out on the kNN graph (approximate above
// kExactBelow rows), and k-means clusters, on a worker thread. A timer draws the newest layout the
// worker published, so the map is seen converging; the final one replaces it with hover and click.

#include "annindex.h"
#include "cluster.h"
#include "clustermodel.h"
#include "credential.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "tsne.h"
#include "umap.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ik {

using namespace embeddingsview;

struct EmbeddingsView::MapResult {
    quint64 generation = 0;
    Projection projection = Projection::Pca;
    QString error, note;
    bool cancelled = false;
    std::vector<float> points; // n x 2; empty for PCA, which the analysis gives
    embed::KMeansResult clusters;
};

namespace {

constexpr int kMaxAutoK = 10;
constexpr int kStepsPerFrame = 5;
constexpr int kRestartsUpTo = 20000;

struct MapRequest {
    EmbeddingsView::Projection projection = EmbeddingsView::Projection::Pca;
    int neighbours = 15;
    double minDist = 0.1;
    double perplexity = 30;
    quint64 seed = 1;
    int k = 0; // 0: chosen by silhouette
};

bool flatten(const embed::Vectors& v, std::vector<float>* flat, QString* error) {
    const int d = v.isEmpty() ? 0 : int(v[0].size());
    flat->reserve(size_t(v.size()) * size_t(d));
    for (const auto& row : v) {
        if (int(row.size()) != d) {
            *error = EmbeddingsView::tr("The vectors differ in length: embed the set again.");
            return false;
        }
        flat->insert(flat->end(), row.begin(), row.end());
    }
    return true;
}

embed::KMeansResult clustersOf(const embed::Rows& rows, const MapRequest& req,
                               const embed::Control& c) {
    embed::KMeansOptions o;
    o.seed = req.seed;
    // Restarts avoid a poor seeding; on a large set each costs as much as a whole run.
    o.restarts = rows.n > kRestartsUpTo ? 1 : 3;
    if (req.k > 0) {
        o.k = std::min(req.k, rows.n);
        return embed::kMeans(rows, o, c);
    }
    const embed::KChoice choice =
        embed::chooseK(rows, 2, std::min(kMaxAutoK, rows.n - 1), o, 2000, c);
    if (!choice.ok()) {
        embed::KMeansResult failed;
        failed.error = choice.error;
        return failed;
    }
    return choice.best;
}

// Runs a started layout, publishing it every few steps; false when cancelled.
bool stepLayout(embed::SteppedLayout& layout, EmbeddingsView::MapJob& job) {
    while (!layout.finished()) {
        if (job.cancel.load())
            return false;
        if (layout.step(kStepsPerFrame) == 0)
            break;
        job.permille = 300 + int(700.0 * layout.stepsDone() / std::max(1, layout.totalSteps()));
        const std::lock_guard lock(job.mutex);
        job.latest = layout.layout();
        job.fresh = true;
    }
    return true;
}

// The kNN graph and the layout on it; the result's error or note says what was adjusted.
void layOut(const embed::Rows& rows, const MapRequest& req, EmbeddingsView::MapJob& job,
            EmbeddingsView::MapResult* out) {
    const int n = rows.n;
    if (n < 4) {
        out->error = EmbeddingsView::tr("UMAP and t-SNE need at least 4 inputs: add inputs.");
        return;
    }
    const bool umap = req.projection == EmbeddingsView::Projection::Umap;
    // Small sets cannot have the neighbours the parameters ask for: use what there is, and say so.
    int neighbours = std::min(req.neighbours, n - 1);
    double perplexity = req.perplexity;
    if (!umap && embed::tsneNeighbours(perplexity) > n - 1) {
        perplexity = (n - 1) / 3.0;
        out->note = EmbeddingsView::tr("Perplexity lowered to %1 for %n input(s).", nullptr, n)
                        .arg(perplexity, 0, 'f', 1);
    } else if (umap && neighbours < req.neighbours) {
        out->note = EmbeddingsView::tr("Neighbours lowered to %1 for %n input(s).", nullptr, n)
                        .arg(neighbours);
    }
    const int k = umap ? neighbours - 1 : std::min(n - 1, embed::tsneNeighbours(perplexity));
    embed::Control c;
    c.cancel = &job.cancel;
    c.progress = [&job](double f) { job.permille = 200 + int(f * 100); };
    embed::AnnIndex index;
    QString error;
    std::optional<embed::KnnGraph> graph;
    if (index.build(std::span<const float>(rows.data, size_t(n) * size_t(rows.d)), n, rows.d, {}, c,
                    &error))
        graph = index.knnAll(k, c, &error);
    if (!graph) {
        out->cancelled = job.cancel.load();
        out->error = error;
        return;
    }
    embed::Umap u;
    embed::Tsne t;
    if (umap) {
        embed::UmapOptions o;
        o.nNeighbors = neighbours;
        o.minDist = req.minDist;
        o.seed = req.seed;
        error = u.start(*graph, o);
    } else {
        embed::TsneOptions o;
        o.perplexity = perplexity;
        o.seed = req.seed;
        o.threads = 1; // two cores are shared with the GUI
        error = t.start(*graph, o);
    }
    if (!error.isEmpty()) {
        out->error = error;
        return;
    }
    embed::SteppedLayout& layout = umap ? static_cast<embed::SteppedLayout&>(u) : t;
    out->cancelled = !stepLayout(layout, job);
    out->points = layout.layout();
}

std::shared_ptr<EmbeddingsView::MapResult> computeMap(std::shared_ptr<EmbeddingsView::MapJob> job,
                                                      const embed::Vectors& v,
                                                      const MapRequest& req, quint64 generation) {
    auto out = std::make_shared<EmbeddingsView::MapResult>();
    out->generation = generation;
    out->projection = req.projection;
    std::vector<float> flat;
    if (!flatten(v, &flat, &out->error))
        return out;
    const embed::Rows rows{flat.data(), int(v.size()), v.isEmpty() ? 0 : int(v[0].size())};
    out->error = embed::checkRows(rows);
    if (!out->error.isEmpty())
        return out;
    embed::Control c;
    c.cancel = &job->cancel;
    c.progress = [&job](double f) { job->permille = int(f * 200); };
    if (rows.n >= 3)
        out->clusters = clustersOf(rows, req, c);
    if (job->cancel.load()) {
        out->cancelled = true;
        return out;
    }
    if (req.projection != EmbeddingsView::Projection::Pca)
        layOut(rows, req, *job, out.get());
    return out;
}

QList<QPointF> pointsOf(const std::vector<float>& flat) {
    QList<QPointF> points;
    points.reserve(qsizetype(flat.size() / 2));
    for (size_t i = 0; i + 1 < flat.size(); i += 2)
        points.append(QPointF(flat[i], flat[i + 1]));
    return points;
}

} // namespace

QLayout* EmbeddingsView::buildMapControls() {
    auto* row = new QHBoxLayout;
    m_projectionCombo = new QComboBox;
    m_projectionCombo->setObjectName(QStringLiteral("projectionCombo"));
    m_projectionCombo->setAccessibleName(tr("Projection"));
    m_projectionCombo->addItem(tr("PCA"), int(Projection::Pca));
    m_projectionCombo->addItem(tr("UMAP"), int(Projection::Umap));
    m_projectionCombo->addItem(tr("t-SNE"), int(Projection::Tsne));
    auto spin = [row](QSpinBox* s, const QString& name, const QString& label, int lo, int hi,
                      int value) {
        s->setObjectName(name);
        s->setRange(lo, hi);
        s->setValue(value);
        s->setAccessibleName(label);
        row->addWidget(new QLabel(label));
        row->addWidget(s);
    };
    auto dspin = [row](QDoubleSpinBox* s, const QString& name, const QString& label, double lo,
                       double hi, double step, double value) {
        s->setObjectName(name);
        s->setRange(lo, hi);
        s->setSingleStep(step);
        s->setValue(value);
        s->setAccessibleName(label);
        row->addWidget(new QLabel(label));
        row->addWidget(s);
    };
    row->addWidget(new QLabel(tr("Projection:")));
    row->addWidget(m_projectionCombo);
    spin(m_neighboursSpin = new QSpinBox, QStringLiteral("umapNeighbours"), tr("Neighbours:"), 2,
         200, 15);
    dspin(m_minDistSpin = new QDoubleSpinBox, QStringLiteral("umapMinDist"), tr("Min dist:"), 0, 1,
          0.05, 0.1);
    dspin(m_perplexitySpin = new QDoubleSpinBox, QStringLiteral("tsnePerplexity"),
          tr("Perplexity:"), 2, 100, 5, 30);
    m_perplexitySpin->setDecimals(1);
    spin(m_seedSpin = new QSpinBox, QStringLiteral("mapSeed"), tr("Seed:"), 0, 999999, 1);
    row->addStretch(1);
    return row;
}

QLayout* EmbeddingsView::buildMapActions() {
    auto* actions = new QHBoxLayout;
    m_clusterKSpin = new QSpinBox;
    m_clusterKSpin->setObjectName(QStringLiteral("clusterK"));
    m_clusterKSpin->setRange(0, 50);
    m_clusterKSpin->setSpecialValueText(tr("auto"));
    m_clusterKSpin->setAccessibleName(tr("Clusters"));
    m_clusterKSpin->setToolTip(tr("auto: the k from 2 to 10 with the best silhouette"));
    m_colourCombo = new QComboBox;
    m_colourCombo->setObjectName(QStringLiteral("mapColour"));
    m_colourCombo->setAccessibleName(tr("Colour by"));
    m_colourCombo->addItem(tr("label"));
    m_colourCombo->addItem(tr("cluster"));
    actions->addWidget(new QLabel(tr("Clusters:")));
    actions->addWidget(m_clusterKSpin);
    actions->addWidget(new QLabel(tr("Colour by:")));
    actions->addWidget(m_colourCombo);

    m_mapRun = new QPushButton(tr("Lay out"));
    m_mapRun->setObjectName(QStringLiteral("mapRun"));
    m_mapCancel = new QPushButton(tr("Stop"));
    m_mapCancel->setObjectName(QStringLiteral("mapCancel"));
    m_mapCancel->setEnabled(false);
    m_mapProgress = new QProgressBar;
    m_mapProgress->setObjectName(QStringLiteral("mapProgress"));
    m_mapProgress->setRange(0, 1000);
    m_mapProgress->setAccessibleName(tr("Map progress"));
    actions->addWidget(m_mapRun);
    actions->addWidget(m_mapCancel);
    actions->addWidget(m_mapProgress, 1);
    for (const auto& [name, format] :
         {QPair{tr("Map CSV"), ExportFormat::MapCsv}, QPair{tr("Map PNG"), ExportFormat::MapPng}}) {
        auto* b = new QPushButton(name);
        b->setObjectName(QStringLiteral("export") + name.simplified().remove(u' '));
        b->setAccessibleName(tr("Export as %1").arg(name));
        b->setEnabled(false);
        const ExportFormat f = format;
        connect(b, &QPushButton::clicked, this, [this, f] { doExport(f); });
        actions->addWidget(b);
        m_exportButtons.append(b);
    }
    return actions;
}

QWidget* EmbeddingsView::buildClusterPane() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    m_mapNote = new QLabel;
    m_mapNote->setObjectName(QStringLiteral("mapNote"));
    m_mapNote->setWordWrap(true);
    m_clusterSummary = new QLabel;
    m_clusterSummary->setObjectName(QStringLiteral("clusterSummary"));
    m_clusterSummary->setWordWrap(true);
    m_clusterModel = new ClusterModel(this);
    m_confusionModel = new ConfusionModel(this);
    m_confusionTable =
        resultView(QStringLiteral("confusionTable"), tr("Labels by clusters"), m_confusionModel);
    l->addWidget(m_mapNote);
    l->addWidget(m_clusterSummary);
    QTableView* clusters =
        resultView(QStringLiteral("clusterTable"), tr("Clusters"), m_clusterModel);
    // Narrow figures, so the central texts keep what room the pane has.
    for (int c :
         {ClusterModel::ClusterColumn, ClusterModel::SizeColumn, ClusterModel::TopLabelColumn})
        clusters->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_confusionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    l->addWidget(clusters, 2);
    l->addWidget(m_confusionTable, 1);
    return w;
}

void EmbeddingsView::connectMap() {
    m_mapWatcher = new QFutureWatcher<std::shared_ptr<MapResult>>(this);
    m_mapTimer = new QTimer(this);
    m_mapTimer->setInterval(100);
    connect(m_mapTimer, &QTimer::timeout, this, &EmbeddingsView::onMapTick);
    connect(m_mapWatcher, &QFutureWatcher<std::shared_ptr<MapResult>>::finished, this,
            &EmbeddingsView::onMapDone);
    connect(m_projectionCombo, &QComboBox::currentIndexChanged, this,
            &EmbeddingsView::updateMapParameters);
    connect(m_projectionCombo, &QComboBox::activated, this, [this] { runMap(); });
    updateMapParameters();
    connect(m_mapRun, &QPushButton::clicked, this, &EmbeddingsView::runMap);
    connect(m_mapCancel, &QPushButton::clicked, this, [this] {
        if (m_mapJob)
            m_mapJob->cancel = true;
    });
    connect(m_colourCombo, &QComboBox::currentIndexChanged, this, [this] { drawMap(); });
}

void EmbeddingsView::updateMapParameters() {
    const auto p = Projection(m_projectionCombo->currentData().toInt());
    m_neighboursSpin->setEnabled(p == Projection::Umap);
    m_minDistSpin->setEnabled(p == Projection::Umap);
    m_perplexitySpin->setEnabled(p == Projection::Tsne);
}

void EmbeddingsView::setProjection(Projection projection) {
    m_projectionCombo->setCurrentIndex(m_projectionCombo->findData(int(projection)));
    runMap();
}

bool EmbeddingsView::isMapping() const {
    return m_mapJob != nullptr;
}

QList<QPointF> EmbeddingsView::mapPoints() const {
    return m_mapPoints;
}

void EmbeddingsView::runMap() {
    if (vectors().isEmpty()) {
        m_mapNote->setText(tr("Embed the inputs first: the map is drawn from their vectors."));
        return;
    }
    startMap();
}

void EmbeddingsView::startMap() {
    if (m_mapJob)
        m_mapJob->cancel = true; // its copies die with it; its result is never watched
    auto job = std::make_shared<MapJob>();
    m_mapJob = job;
    MapRequest req;
    req.projection = Projection(m_projectionCombo->currentData().toInt());
    req.neighbours = m_neighboursSpin->value();
    req.minDist = m_minDistSpin->value();
    req.perplexity = m_perplexitySpin->value();
    req.seed = quint64(m_seedSpin->value());
    req.k = m_clusterKSpin->value();
    const embed::Vectors v = vectors();
    const quint64 generation = m_generation;
    m_mapWatcher->setFuture(QtConcurrent::run(
        [job, v, req, generation] { return computeMap(job, v, req, generation); }));
    m_mapProgress->setValue(0);
    m_mapCancel->setEnabled(true);
    m_mapNote->setText(req.projection == Projection::Pca ? tr("Finding clusters…")
                                                         : tr("Laying out…"));
    m_mapTimer->start();
}

void EmbeddingsView::onMapTick() {
    if (!m_mapJob)
        return;
    m_mapProgress->setValue(m_mapJob->permille.load());
    std::vector<float> latest;
    {
        const std::lock_guard lock(m_mapJob->mutex);
        if (!m_mapJob->fresh)
            return;
        latest.swap(m_mapJob->latest);
        m_mapJob->fresh = false;
    }
    if (int(latest.size()) != 2 * m_model->rowCount())
        return;
    updateMapPoints(pointsOf(latest));
}

void EmbeddingsView::onMapDone() {
    m_mapTimer->stop();
    const std::shared_ptr<MapResult> r = m_mapWatcher->result();
    m_mapJob.reset();
    m_mapCancel->setEnabled(false);
    if (!r || r->generation != m_generation)
        return;
    if (r->cancelled) {
        m_mapNote->setText(tr("Stopped: the map shows the layout reached so far."));
        return;
    }
    m_mapProgress->setValue(1000);
    m_clusterModel->setClusters(r->clusters, m_model->texts(), m_model->labels());
    m_confusionModel->setConfusion(m_clusterModel->confusion());
    m_confusionTable->setVisible(m_clusterModel->hasLabels());
    m_clusterSummary->setText(r->clusters.ok()
                                  ? tr("%n cluster(s) by k-means.", nullptr, r->clusters.k) + u' ' +
                                        m_clusterModel->agreementText()
                                  : r->clusters.error);
    m_mapNote->setText(r->error.isEmpty() ? r->note : r->error);
    if (r->projection == Projection::Pca)
        usePcaPoints();
    if (r->error.isEmpty() && r->projection != Projection::Pca) {
        m_explainedLabel->setVisible(false); // PCA's explained variance says nothing of this map
        const bool umap = r->projection == Projection::Umap;
        m_mapPoints = pointsOf(r->points);
        m_mapTitle = umap ? tr("UMAP (neighbours %1, min dist %2, seed %3)")
                                .arg(m_neighboursSpin->value())
                                .arg(m_minDistSpin->value())
                                .arg(m_seedSpin->value())
                          : tr("t-SNE (perplexity %1, seed %2)")
                                .arg(m_perplexitySpin->value())
                                .arg(m_seedSpin->value());
        m_mapAxisX = umap ? tr("UMAP 1") : tr("t-SNE 1");
        m_mapAxisY = umap ? tr("UMAP 2") : tr("t-SNE 2");
    }
    drawMap();
    emit mapFinished();
}

QStringList EmbeddingsView::mapColourKeys() const {
    const embed::KMeansResult& c = m_clusterModel->result();
    if (m_colourCombo->currentIndex() == 1 && c.ok() &&
        c.assignment.size() == qsizetype(m_mapPoints.size())) {
        QStringList keys;
        for (int a : c.assignment)
            keys << tr("cluster %1").arg(a + 1);
        return keys;
    }
    return m_model->labels();
}

QByteArray EmbeddingsView::mapCsv() const {
    auto field = [](QString s) {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
            s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return s;
    };
    const QStringList texts = m_model->texts(), labels = m_model->labels();
    const QVector<int> clusters = m_clusterModel->result().assignment;
    QString out = QStringLiteral("x,y,text,label,cluster\n");
    for (int i = 0; i < int(m_mapPoints.size()); ++i) {
        const QString cluster = i < clusters.size() ? QString::number(clusters[i] + 1) : QString();
        out += QString::number(m_mapPoints[i].x(), 'g', 9) + u',' +
               QString::number(m_mapPoints[i].y(), 'g', 9) + u',' +
               field(redactSecrets(texts.value(i))) + u',' + field(redactSecrets(labels.value(i))) +
               u',' + cluster + u'\n';
    }
    return out.toUtf8();
}

} // namespace ik
