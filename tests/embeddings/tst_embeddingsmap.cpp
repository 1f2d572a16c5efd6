// The map of the Projection tab as a newcomer uses it on the sentences example: UMAP and t-SNE
// layouts with a seed, axes that keep every point whole, clusters with their purity and adjusted
// Rand index against the labels, and the map exported as CSV and PNG.
#include "cluster.h"
#include "clustermodel.h"
#include "credential.h"
#include "embeddingsview.h"
#include "guard.h"
#include "sandbox.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QValueAxis>
#include <QtTest>
#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

Workload workload(const QString& baseUrl, const QString& slug) {
    Workload w;
    w.id = u"wl-"_s + slug;
    w.name = slug;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = slug;
    w.kind = WorkloadKind::Embedding;
    return w;
}

// One CSV record per line (fields may be quoted, with "" for a quote).
QStringList csvFields(const QString& line) {
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < int(line.size()); ++i) {
        const QChar ch = line[i];
        if (quoted && ch == u'"' && i + 1 < int(line.size()) && line[i + 1] == u'"')
            cur += u'"', ++i;
        else if (ch == u'"')
            quoted = !quoted;
        else if (ch == u',' && !quoted)
            out << cur, cur.clear();
        else
            cur += ch;
    }
    out << cur;
    return out;
}

} // namespace

class TstEmbeddingsMap : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    Workload m_billing;

    // The sentences example, embedded, with its first map (PCA and clusters) finished.
    std::unique_ptr<EmbeddingsView> embeddedSentences() {
        auto view = std::make_unique<EmbeddingsView>(&m_services);
        view->setWorkloads({m_billing});
        view->setWorkload(m_billing);
        view->resize(1024, 700);
        view->show();
        QTest::mouseClick(view->findChild<QPushButton*>(u"inputsExampleButton"_s), Qt::LeftButton);
        QSignalSpy mapped(view.get(), &EmbeddingsView::mapFinished);
        view->embed();
        if (!mapped.wait(30000))
            return nullptr;
        return view;
    }

    static bool project(EmbeddingsView* view, EmbeddingsView::Projection p) {
        QSignalSpy mapped(view, &EmbeddingsView::mapFinished);
        view->setProjection(p);
        return mapped.wait(30000) && !view->isMapping();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Config::builtIn());
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_billing = workload(m_sandbox->baseUrl(), u"billing"_s);
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> cb) {
            QTimer::singleShot(
                0, this, [this, w, cb] { cb(m_sandbox->config().keyFor(w.project, w.slug)); });
        };
    }

    void umapIsDrawnWholeAndRepeatsForASeed() {
        auto view = embeddedSentences();
        QVERIFY(view);
        const int n = int(view->inputs().size());
        QVERIFY(n >= 10);
        const QList<QPointF> pca = view->mapPoints();
        QCOMPARE(view->pcaPointCount(), n);

        view->findChild<QSpinBox*>(u"mapSeed"_s)->setValue(7);
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Umap));
        QCOMPARE(view->pcaPointCount(), n);
        const QList<QPointF> first = view->mapPoints();
        QCOMPARE(int(first.size()), n);
        QVERIFY2(first != pca, qPrintable(view->findChild<QLabel*>(u"mapNote"_s)->text()));
        QChart* chart = view->findChild<QChartView*>(u"pcaChart"_s)->chart();
        QVERIFY2(chart->title().startsWith(u"UMAP"_s), qPrintable(chart->title()));
        // Every point lies strictly inside the axes, with room for its marker.
        auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(x && y);
        for (const QPointF& p : first) {
            QVERIFY(p.x() > x->min() && p.x() < x->max());
            QVERIFY(p.y() > y->min() && p.y() < y->max());
        }
        const double spanX = x->max() - x->min();
        double minX = first[0].x();
        for (const QPointF& p : first)
            minX = std::min(minX, p.x());
        QVERIFY(minX - x->min() > 0.04 * spanX);

        QVERIFY(project(view.get(), EmbeddingsView::Projection::Umap));
        QCOMPARE(view->mapPoints(), first);
        view->findChild<QSpinBox*>(u"mapSeed"_s)->setValue(8);
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Umap));
        QVERIFY(view->mapPoints() != first);

        // Back to PCA: its points and its explained variance again.
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Pca));
        QCOMPARE(view->mapPoints(), pca);
        QCOMPARE(view->pcaPointCount(), n);
        QCOMPARE(view->findChild<QChartView*>(u"pcaChart"_s)->chart()->title(), u"2D PCA"_s);
    }

    void tsneAdaptsItsPerplexityToASmallSet() {
        auto view = embeddedSentences();
        QVERIFY(view);
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Tsne));
        QCOMPARE(view->pcaPointCount(), int(view->inputs().size()));
        const QString note = view->findChild<QLabel*>(u"mapNote"_s)->text();
        QVERIFY2(note.startsWith(u"Perplexity lowered to"_s), qPrintable(note));
        const QList<QPointF> first = view->mapPoints();
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Tsne));
        QCOMPARE(view->mapPoints(), first);
    }

    void tsneConvergesInSightAndStops() {
        auto view = std::make_unique<EmbeddingsView>(&m_services);
        view->setWorkloads({m_billing});
        view->setWorkload(m_billing);
        view->resize(1024, 700);
        view->show();
        QStringList texts;
        for (int i = 0; i < 400; ++i)
            texts << u"ticket %1 about topic %2 and item %3"_s.arg(i).arg(i % 5).arg(i * 7 % 13);
        view->setInputs(texts);
        view->setBatchSize(100);
        QSignalSpy mapped(view.get(), &EmbeddingsView::mapFinished);
        view->embed();
        QVERIFY(mapped.wait(60000));
        // The layouts drawn while t-SNE runs: the map moves before it is finished.
        QList<QList<QPointF>> seen;
        QTimer watch;
        connect(&watch, &QTimer::timeout, this, [&] {
            if (view->isMapping() && (seen.isEmpty() || seen.last() != view->mapPoints()))
                seen << view->mapPoints();
        });
        watch.start(20);
        mapped.clear();
        view->setProjection(EmbeddingsView::Projection::Tsne);
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 3, 60000);
        for (const auto& layout : seen)
            QCOMPARE(int(layout.size()), 400);
        auto* progress = view->findChild<QProgressBar*>(u"mapProgress"_s);
        QVERIFY(progress->value() > 0 && progress->value() < 1000);
        // Stop keeps the layout reached.
        view->findChild<QPushButton*>(u"mapCancel"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!view->isMapping(), 10000);
        QCOMPARE(mapped.count(), 0);
        QVERIFY(view->findChild<QLabel*>(u"mapNote"_s)->text().startsWith(u"Stopped"_s));
        QCOMPARE(view->pcaPointCount(), 400);
    }

    void clustersAgreeWithCore() {
        auto view = embeddedSentences();
        QVERIFY(view);
        const embed::Vectors& v = view->vectors();
        std::vector<float> flat;
        for (const auto& row : v)
            flat.insert(flat.end(), row.begin(), row.end());
        const embed::Rows rows{flat.data(), int(v.size()), int(v[0].size())};
        embed::KMeansOptions o;
        o.seed = 1;
        o.restarts = 3;
        const embed::KChoice choice = embed::chooseK(rows, 2, 10, o);
        QVERIFY(choice.ok());
        const embed::Confusion table = embed::confusion(view->labels(), choice.best.assignment);

        ClusterModel* model = view->clusterModel();
        QCOMPARE(model->rowCount(), choice.best.k);
        QVERIFY(model->hasLabels());
        QCOMPARE(model->purity(), embed::purity(table));
        QCOMPARE(model->adjustedRand(), embed::adjustedRandIndex(table));
        const QString summary = view->findChild<QLabel*>(u"clusterSummary"_s)->text();
        QVERIFY2(summary.contains(u"purity %1"_s.arg(embed::purity(table), 0, 'f', 3)),
                 qPrintable(summary));
        QCOMPARE(view->confusionModel()->rowCount(), int(table.labels.size()));

        // Coloured by cluster: one series per cluster.
        view->findChild<QComboBox*>(u"mapColour"_s)->setCurrentIndex(1);
        QChart* chart = view->findChild<QChartView*>(u"pcaChart"_s)->chart();
        QCOMPARE(int(chart->series().size()), choice.best.k);
        QCOMPARE(view->pcaPointCount(), int(v.size()));
    }

    void theMapExportsAsCsvAndPng() {
        auto view = embeddedSentences();
        QVERIFY(view);
        QVERIFY(project(view.get(), EmbeddingsView::Projection::Umap));
        // The picture is of the scatter as the Projection tab shows it.
        auto* tabs = view->findChild<QTabWidget*>();
        tabs->setCurrentIndex(3);
        QCOMPARE(tabs->tabText(3), u"Projection"_s);
        QTemporaryDir dir;
        QString typed = dir.filePath(u"sentences-map"_s); // no extension typed
        view->setSaveFileHook(
            [&](const QString&, const QString&, std::function<void(QString)> cb) { cb(typed); });
        view->findChild<QPushButton*>(u"exportMapCSV"_s)->click();
        QFile csv(typed + u".csv"_s);
        QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(view->statusText()));
        const QStringList lines = QString::fromUtf8(csv.readAll()).trimmed().split(u'\n');
        QCOMPARE(lines.value(0), u"x,y,text,label,cluster"_s);
        const int n = int(view->inputs().size());
        QCOMPARE(int(lines.size()), n + 1);
        const QList<QPointF> points = view->mapPoints();
        const QVector<int> clusters = view->clusterModel()->result().assignment;
        for (int i = 0; i < n; ++i) {
            const QStringList f = csvFields(lines[i + 1]);
            QCOMPARE(int(f.size()), 5);
            QVERIFY(qAbs(f[0].toDouble() - points[i].x()) < 1e-5);
            QVERIFY(qAbs(f[1].toDouble() - points[i].y()) < 1e-5);
            QCOMPARE(f[2], view->inputs()[i]);
            QCOMPARE(f[3], view->labels()[i]);
            QCOMPARE(f[4].toInt(), clusters[i] + 1);
        }
        QCOMPARE(EmbeddingsView::lastFolder(), dir.path());

        typed = dir.filePath(u"sentences-map-picture"_s);
        view->findChild<QPushButton*>(u"exportMapPNG"_s)->click();
        const QImage png(typed + u".png"_s);
        QVERIFY2(!png.isNull(), qPrintable(view->statusText()));
        QVERIFY(png.width() > 200 && png.height() > 200);
    }
};

QTEST_MAIN(TstEmbeddingsMap)
#include "tst_embeddingsmap.moc"
