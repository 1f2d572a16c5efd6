// The 2D map: PCA, UMAP or t-SNE points, one scatter series per label or cluster (colour), hover
// names the input, click selects it.

#include "clustermodel.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ik {

using namespace embeddingsview;

namespace {

constexpr double kAxisMargin = 0.06; // of the span, each side: a marker is 9 px

// Which series each point goes in: one per label, up to kMaxLabelSeries, the rest in "other";
// no labels: one series.
struct SeriesPlan {
    QStringList names;
    QList<int> seriesOf;
};

SeriesPlan planSeries(int count, const QStringList& labels) {
    SeriesPlan plan;
    plan.seriesOf = QList<int>(count, 0);
    if (labels.isEmpty()) {
        plan.names.append(EmbeddingsView::tr("inputs"));
        return plan;
    }
    auto seriesNamed = [&plan](const QString& name) {
        plan.names.append(name);
        return int(plan.names.size()) - 1;
    };
    for (int i = 0; i < count; ++i) {
        const QString l =
            labels.value(i).isEmpty() ? EmbeddingsView::tr("(no label)") : labels.value(i);
        int s = int(plan.names.indexOf(l));
        if (s < 0 && plan.names.size() < kMaxLabelSeries)
            s = seriesNamed(l);
        if (s < 0) {
            const QString other = EmbeddingsView::tr("other");
            s = int(plan.names.indexOf(other));
            if (s < 0)
                s = seriesNamed(other);
        }
        plan.seriesOf[i] = s;
    }
    return plan;
}

QChart* newChart(const QPalette& palette) {
    auto* chart = new QChart;
    // Qt Charts draws its own background: pick its dark theme when the window is dark.
    chart->setTheme(theme::isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    return chart;
}

// The axes span the points plus a margin, so the outermost markers are drawn whole.
void fitAxes(QChart* chart, const QList<QPointF>& points) {
    const auto axes = chart->axes();
    if (axes.size() != 2 || points.isEmpty())
        return;
    double x0 = points[0].x(), x1 = x0, y0 = points[0].y(), y1 = y0;
    for (const QPointF& p : points) {
        x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
    }
    const double padX = x1 > x0 ? (x1 - x0) * kAxisMargin : 1.0;
    const double padY = y1 > y0 ? (y1 - y0) * kAxisMargin : 1.0;
    axes[0]->setRange(x0 - padX, x1 + padX);
    axes[1]->setRange(y0 - padY, y1 + padY);
}

} // namespace

QWidget* EmbeddingsView::buildProjectionTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    m_explainedLabel = new QLabel(tr("The PCA plot appears once the inputs are embedded."));
    m_explainedLabel->setObjectName(QStringLiteral("explainedLabel"));
    m_explainedLabel->setWordWrap(true);
    m_chartView = new QChartView(newChart(palette()));
    m_chartView->setObjectName(QStringLiteral("pcaChart"));
    m_chartView->setAccessibleName(tr("2D map of the vectors"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_pcaHover = new QLabel;
    m_pcaHover->setObjectName(QStringLiteral("pcaHover"));
    m_pcaHover->setWordWrap(true);
    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_chartView);
    split->addWidget(buildClusterPane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // the scatter first: the tables cut their texts, with tooltips
    l->addLayout(buildMapControls());
    l->addLayout(buildMapActions());
    l->addWidget(m_explainedLabel);
    m_confusionTable->verticalHeader()->setVisible(true); // the labels name its rows
    l->addWidget(split, 1);
    l->addWidget(m_pcaHover);
    return w;
}

void EmbeddingsView::showPca(const embed::Pca& pca) {
    m_pca = pca;
    if (Projection(m_projectionCombo->currentData().toInt()) == Projection::Pca) {
        usePcaPoints();
        drawMap();
    }
    startMap(); // clusters, and the UMAP or t-SNE layout when one is picked
}

void EmbeddingsView::usePcaPoints() {
    if (!m_pca)
        return;
    const embed::Pca& pca = *m_pca;
    m_mapPoints = pca.points;
    m_mapTitle = tr("2D PCA");
    m_mapAxisX = tr("PC1 (%1%)").arg(pca.explained[0] * 100, 0, 'f', 1);
    m_mapAxisY = tr("PC2 (%1%)").arg(pca.explained[1] * 100, 0, 'f', 1);
    m_explainedLabel->setText(tr("PC1 explains %1% of the variance, PC2 %2% (together %3%).")
                                  .arg(pca.explained[0] * 100, 0, 'f', 1)
                                  .arg(pca.explained[1] * 100, 0, 'f', 1)
                                  .arg((pca.explained[0] + pca.explained[1]) * 100, 0, 'f', 1));
    m_explainedLabel->setVisible(true);
}

void EmbeddingsView::clearMap() {
    if (m_mapJob)
        m_mapJob->cancel = true;
    m_pca.reset();
    m_mapPoints.clear();
    m_clusterModel->clear();
    m_confusionModel->setConfusion({});
    m_clusterSummary->clear();
    m_mapNote->clear();
}

void EmbeddingsView::drawMap() {
    QChart* chart = newChart(palette());
    chart->setTitle(m_mapTitle);
    const QStringList keys = mapColourKeys();
    const SeriesPlan plan = planSeries(int(m_mapPoints.size()), keys);
    m_mapSeriesInputs.clear();
    for (int s = 0; s < int(plan.names.size()); ++s) {
        QList<QPointF> points;
        QList<int> inputs;
        for (int i = 0; i < int(m_mapPoints.size()); ++i)
            if (plan.seriesOf[i] == s) {
                points.append(m_mapPoints[i]);
                inputs.append(i);
            }
        addPcaSeries(chart, plan.names[s], points, inputs);
        m_mapSeriesInputs.append(inputs);
    }
    chart->createDefaultAxes();
    const auto axes = chart->axes();
    if (axes.size() == 2) {
        axes[0]->setTitleText(m_mapAxisX);
        axes[1]->setTitleText(m_mapAxisY);
    }
    fitAxes(chart, m_mapPoints);
    chart->legend()->setVisible(!keys.isEmpty());
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old; // setChart releases the previous chart without deleting it
}

void EmbeddingsView::updateMapPoints(const QList<QPointF>& points) {
    m_mapPoints = points;
    const QList<QAbstractSeries*> series = m_chartView->chart()->series();
    if (series.size() != m_mapSeriesInputs.size()) {
        drawMap();
        return;
    }
    for (int s = 0; s < int(series.size()); ++s) {
        QList<QPointF> moved;
        for (int i : m_mapSeriesInputs[s])
            moved.append(points.value(i));
        if (auto* scatter = qobject_cast<QScatterSeries*>(series[s]))
            scatter->replace(moved);
    }
    fitAxes(m_chartView->chart(), points);
}

void EmbeddingsView::addPcaSeries(QChart* chart, const QString& name, const QList<QPointF>& points,
                                  const QList<int>& inputs) {
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerSize(9);
    series->setBorderColor(Qt::transparent);
    series->replace(points);
    chart->addSeries(series);
    // The texts of the set plotted, even if another set is embedded before it is analysed.
    const PcaPoints plotted{points, inputs, m_model->texts(), m_model->labels()};
    connect(series, &QScatterSeries::hovered, this, [this, plotted](const QPointF& p, bool on) {
        if (on)
            showPcaPoint(plotted, p);
        else
            QToolTip::hideText();
    });
    connect(series, &QScatterSeries::clicked, this, [this, points, inputs](const QPointF& p) {
        for (int k = 0; k < int(points.size()); ++k)
            if (points[k] == p)
                selectInput(inputs[k]);
    });
}

void EmbeddingsView::showPcaPoint(const PcaPoints& plotted, const QPointF& p) {
    int best = -1;
    double bestD = 0;
    for (int k = 0; k < int(plotted.points.size()); ++k) {
        const QPointF d = plotted.points[k] - p;
        const double dd = d.x() * d.x() + d.y() * d.y();
        if (best < 0 || dd < bestD)
            best = k, bestD = dd;
    }
    if (best < 0)
        return;
    const int i = plotted.inputs[best];
    QString text = tr("#%1 %2").arg(i + 1).arg(oneLine(plotted.texts.value(i), 120));
    if (!plotted.labels.isEmpty())
        text += tr(" [%1]").arg(plotted.labels.value(i));
    m_pcaHover->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_chartView);
}

int EmbeddingsView::pcaPointCount() const {
    int count = 0;
    for (QAbstractSeries* s : m_chartView->chart()->series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(s))
            count += scatter->count();
    return count;
}

} // namespace ik
