// The 2D PCA plot: one scatter series per label (colour), hover names the input, click selects it.

#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ik {

using namespace embeddingsview;

namespace {

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

void titleAxes(QChart* chart, const embed::Pca& pca) {
    chart->createDefaultAxes();
    const auto axes = chart->axes();
    if (axes.size() == 2) {
        axes[0]->setTitleText(
            EmbeddingsView::tr("PC1 (%1%)").arg(pca.explained[0] * 100, 0, 'f', 1));
        axes[1]->setTitleText(
            EmbeddingsView::tr("PC2 (%1%)").arg(pca.explained[1] * 100, 0, 'f', 1));
    }
}

} // namespace

QWidget* EmbeddingsView::buildProjectionTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    m_explainedLabel = new QLabel(tr("The PCA plot appears once the inputs are embedded."));
    m_explainedLabel->setObjectName(QStringLiteral("explainedLabel"));
    m_chartView = new QChartView(newChart(palette()));
    m_chartView->setObjectName(QStringLiteral("pcaChart"));
    m_chartView->setAccessibleName(tr("2D PCA of the vectors"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_pcaHover = new QLabel;
    m_pcaHover->setObjectName(QStringLiteral("pcaHover"));
    m_pcaHover->setWordWrap(true);
    l->addWidget(m_explainedLabel);
    l->addWidget(m_chartView, 1);
    l->addWidget(m_pcaHover);
    return w;
}

void EmbeddingsView::showPca(const embed::Pca& pca) {
    QChart* chart = newChart(palette());
    chart->setTitle(tr("2D PCA"));
    const QStringList labels = m_model->labels();
    const SeriesPlan plan = planSeries(int(pca.points.size()), labels);
    for (int s = 0; s < int(plan.names.size()); ++s) {
        QList<QPointF> points;
        QList<int> inputs;
        for (int i = 0; i < int(pca.points.size()); ++i)
            if (plan.seriesOf[i] == s) {
                points.append(pca.points[i]);
                inputs.append(i);
            }
        addPcaSeries(chart, plan.names[s], points, inputs);
    }
    titleAxes(chart, pca);
    chart->legend()->setVisible(!labels.isEmpty());
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old; // setChart releases the previous chart without deleting it
    m_explainedLabel->setText(tr("PC1 explains %1% of the variance, PC2 %2% (together %3%).")
                                  .arg(pca.explained[0] * 100, 0, 'f', 1)
                                  .arg(pca.explained[1] * 100, 0, 'f', 1)
                                  .arg((pca.explained[0] + pca.explained[1]) * 100, 0, 'f', 1));
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
