// The cluster table as the map shows it: one row per cluster with its size and central texts,
// and purity, adjusted Rand index and the labels x clusters counts when the inputs carry labels.
#include "clustermodel.h"

#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

// Three tight blobs of four rows each along three axes, texts naming their blob.
struct Blobs {
    std::vector<float> data;
    QStringList texts, labels;
    embed::Rows rows() const { return {data.data(), int(texts.size()), 3}; }
};

Blobs blobs() {
    Blobs b;
    const QStringList names = {u"red"_s, u"green"_s, u"blue"_s};
    for (int blob = 0; blob < 3; ++blob)
        for (int i = 0; i < 4; ++i) {
            for (int d = 0; d < 3; ++d)
                b.data.push_back(d == blob ? 1.0f : 0.02f * float(i + 1));
            b.texts << u"%1 %2"_s.arg(names[blob]).arg(i);
            b.labels << names[blob];
        }
    return b;
}

embed::KMeansResult clusterOf(const Blobs& b, int k) {
    embed::KMeansOptions o;
    o.k = k;
    return embed::kMeans(b.rows(), o);
}

} // namespace

class TstClusterModel : public QObject {
    Q_OBJECT
private slots:
    void rowsShowSizesAndCentralTexts() {
        const Blobs b = blobs();
        ClusterModel model;
        model.setClusters(clusterOf(b, 3), b.texts);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClusterModel::ColumnCount));
        QVERIFY(!model.hasLabels());
        QVERIFY(model.agreementText().isEmpty());
        int total = 0;
        for (int r = 0; r < 3; ++r) {
            total += model.index(r, ClusterModel::SizeColumn).data(Qt::UserRole).toInt();
            const QString central = model.index(r, ClusterModel::CentralColumn).data().toString();
            // A cluster's central texts all come from one blob.
            const QString colour = central.section(u' ', 0, 0);
            QCOMPARE(central.count(colour), 3);
        }
        QCOMPARE(total, 12);
    }

    void labelsGivePurityAriAndCounts() {
        const Blobs b = blobs();
        ClusterModel model;
        model.setClusters(clusterOf(b, 3), b.texts, b.labels);
        QVERIFY(model.hasLabels());
        QCOMPARE(model.purity(), 1.0);
        QCOMPARE(model.adjustedRand(), 1.0);
        QCOMPARE(model.agreementText(),
                 u"Against the labels: purity 1.000, adjusted Rand index 1.000."_s);
        ConfusionModel counts;
        counts.setConfusion(model.confusion());
        QCOMPARE(counts.rowCount(), 3);
        QCOMPARE(counts.columnCount(), 3);
        QCOMPARE(counts.headerData(0, Qt::Vertical).toString(), u"blue"_s); // sorted
        for (int r = 0; r < 3; ++r) {
            int inRow = 0, nonZero = 0;
            for (int c = 0; c < 3; ++c) {
                const int n = counts.index(r, c).data(Qt::UserRole).toInt();
                inRow += n;
                nonZero += n > 0;
            }
            QCOMPARE(inRow, 4);
            QCOMPARE(nonZero, 1);
        }
        const QString main = model.index(0, ClusterModel::TopLabelColumn).data().toString();
        QVERIFY(b.labels.contains(main));
    }

    void twoClustersForThreeLabelsLosePurity() {
        const Blobs b = blobs();
        ClusterModel model;
        model.setClusters(clusterOf(b, 2), b.texts, b.labels);
        // Two of three blobs share a cluster: 4 of 12 rows miss its majority label.
        QCOMPARE(model.purity(), 8.0 / 12.0);
        QVERIFY(model.adjustedRand() < 1.0);
        QCOMPARE(model.adjustedRand(),
                 embed::adjustedRandIndex(embed::confusion(b.labels, model.result().assignment)));
    }

    void errorShowsNoRows() {
        ClusterModel model;
        embed::KMeansResult bad;
        bad.error = u"no rows"_s;
        model.setClusters(bad, {});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.hasLabels());
    }
};

QTEST_GUILESS_MAIN(TstClusterModel)
#include "tst_clustermodel.moc"
