// k-means, silhouette and cluster-against-label scores. ARI is checked against the examples in
// scikit-learn's adjusted_rand_score documentation and against a table worked out by hand;
// silhouette against a four-point example worked out by hand.

#include "blobs.h"
#include "cluster.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

// Clouds 10 apart on average, spread 0.3: well separated under both metrics.
Blobs makeBlobs(int blobs, int per, int d, quint32 seed, float spread = 0.3f) {
    return gaussianBlobs(blobs, per, d, seed, spread, 5.0f);
}

double squaredDistance(const float* a, const float* b, int d) {
    double s = 0;
    for (int t = 0; t < d; ++t)
        s += (double(a[t]) - b[t]) * (double(a[t]) - b[t]);
    return s;
}

} // namespace

class TestCluster : public QObject {
    Q_OBJECT

private slots:
    void kMeansRecoversSeparableBlobs_data() {
        QTest::addColumn<int>("metric");
        QTest::newRow("euclidean") << int(Metric::Euclidean);
        QTest::newRow("cosine") << int(Metric::Cosine);
    }
    void kMeansRecoversSeparableBlobs() {
        QFETCH(int, metric);
        const Blobs b = makeBlobs(4, 50, 16, 7);
        KMeansOptions o;
        o.k = 4;
        o.metric = Metric(metric);
        o.seed = 3;
        const KMeansResult r = kMeans(b.rows(), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.converged);
        QCOMPARE(adjustedRandIndex(b.labels, r.assignment), 1.0);
        QCOMPARE(r.sizes, QVector<int>({50, 50, 50, 50}));
        QCOMPARE(r.central.size(), 4);
        for (int c = 0; c < 4; ++c)
            QCOMPARE(r.central[c].size(), 5);
    }

    void centralRowsAreTheNearestToTheirCentroid() {
        const Blobs b = makeBlobs(3, 40, 8, 11, 1.0f);
        KMeansOptions o;
        o.k = 3;
        o.metric = Metric::Euclidean;
        o.centralCount = 3;
        const KMeansResult r = kMeans(b.rows(), o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        for (int c = 0; c < r.k; ++c) {
            const float* centre = r.centroids.data() + size_t(c) * size_t(b.d);
            double worstCentral = 0;
            for (int i : r.central[c]) {
                QCOMPARE(r.assignment[i], c);
                worstCentral =
                    std::max(worstCentral, squaredDistance(b.rows().row(i), centre, b.d));
            }
            for (int i = 0; i < b.n; ++i)
                if (r.assignment[i] == c && !r.central[c].contains(i))
                    QVERIFY(squaredDistance(b.rows().row(i), centre, b.d) >= worstCentral - 1e-4);
        }
    }

    void sameSeedSameClustersWhateverTheThreads() {
        const Blobs b = makeBlobs(6, 60, 12, 5, 3.0f); // overlapping: the seed matters
        KMeansOptions o;
        o.k = 6;
        o.seed = 42;
        const KMeansResult one = kMeans(b.rows(), o, Control{nullptr, {}, 1});
        const KMeansResult two = kMeans(b.rows(), o, Control{nullptr, {}, 2});
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(one.assignment, two.assignment);
        QCOMPARE(one.centroids, two.centroids);
        QCOMPARE(one.inertia, two.inertia);
        o.seed = 43;
        const KMeansResult other = kMeans(b.rows(), o);
        QVERIFY(other.centroids != one.centroids);
    }

    void restartsKeepTheLowestInertia() {
        const Blobs b = makeBlobs(8, 30, 6, 13, 2.5f);
        KMeansOptions o;
        o.k = 8;
        o.seed = 5;
        double lowest = std::numeric_limits<double>::infinity();
        QSet<double> inertias;
        for (int s = 5; s < 9; ++s) {
            o.seed = quint64(s);
            const double inertia = kMeans(b.rows(), o).inertia;
            lowest = std::min(lowest, inertia);
            inertias.insert(inertia);
        }
        QVERIFY(inertias.size() > 1); // the seeds do land in different optima
        o.seed = 5;
        o.restarts = 4;
        QCOMPARE(kMeans(b.rows(), o).inertia, lowest);
        o.restarts = 0;
        QVERIFY(kMeans(b.rows(), o).error.contains(u"run at least once"_s));
    }

    void badInputSaysWhatIsWrong_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("nan");
        QTest::addColumn<QString>("needle");
        QTest::newRow("k > n") << 5 << 6 << false << u"only 5 rows"_s;
        QTest::newRow("k = 0") << 5 << 0 << false << u"at least 1 cluster"_s;
        QTest::newRow("k < 0") << 5 << -2 << false << u"at least 1 cluster"_s;
        QTest::newRow("empty") << 0 << 2 << false << u"no vectors"_s;
        QTest::newRow("NaN") << 5 << 2 << true << u"row 3, dimension 1 is NaN"_s;
    }
    void badInputSaysWhatIsWrong() {
        QFETCH(int, n);
        QFETCH(int, k);
        QFETCH(bool, nan);
        QFETCH(QString, needle);
        std::vector<float> data(size_t(n) * 2, 1.0f);
        if (nan)
            data[3 * 2 + 1] = std::nanf("");
        KMeansOptions o;
        o.k = k;
        const KMeansResult r = kMeans({data.data(), n, 2}, o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(needle), qPrintable(r.error));
        QVERIFY(r.assignment.isEmpty());
    }

    // Fewer distinct rows than clusters (and a zero row under cosine): every cluster still gets
    // a row, none is left empty, nothing divides by zero.
    void degenerateRowsStillGiveKNonEmptyClusters() {
        std::vector<float> data{1, 2, 1, 2, 1, 2, 1, 2, 0, 0};
        KMeansOptions o;
        o.k = 3;
        const KMeansResult r = kMeans({data.data(), 5, 2}, o);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.sizes.size(), 3);
        for (int size : r.sizes)
            QVERIFY(size >= 1);
        QCOMPARE(std::accumulate(r.sizes.begin(), r.sizes.end(), 0), 5);
        for (float c : r.centroids)
            QVERIFY(std::isfinite(c));
        o.k = 5;
        QCOMPARE(kMeans({data.data(), 5, 2}, o).sizes, QVector<int>({1, 1, 1, 1, 1}));
    }

    void cancelStopsWithACancelledError() {
        const Blobs b = makeBlobs(3, 30, 4, 1);
        std::atomic_bool cancel{true};
        KMeansOptions o;
        o.k = 3;
        const KMeansResult r = kMeans(b.rows(), o, Control{&cancel, {}, 1});
        QCOMPARE(r.error, u"cancelled"_s);
    }

    // Points 0, 1 | 10, 11 on a line. For 0: a = 1, b = (10 + 11) / 2 = 10.5; for 1: a = 1,
    // b = (9 + 10) / 2 = 9.5; the other cluster mirrors them.
    void silhouetteMatchesTheHandWorkedExample() {
        const std::vector<float> x{0, 1, 10, 11};
        const double expected = (9.5 / 10.5 + 8.5 / 9.5) / 2;
        QCOMPARE(silhouette({x.data(), 4, 1}, {0, 0, 1, 1}, Metric::Euclidean), expected);
        // A row alone in its cluster scores 0: for 0, 1 | 10 | 11 only 0 and 1 count.
        const double a = (1.0 - 1.0 / 10.0 + 1.0 - 1.0 / 9.0) / 4;
        QCOMPARE(silhouette({x.data(), 4, 1}, {0, 0, 1, 2}, Metric::Euclidean), a);
        QVERIFY(std::isnan(silhouette({x.data(), 4, 1}, {0, 0, 1}, Metric::Euclidean)));
    }

    void sampledSilhouetteIsCloseToTheExactOne() {
        const Blobs b = makeBlobs(3, 400, 8, 9, 2.0f);
        const double exact = silhouette(b.rows(), b.labels, Metric::Euclidean, b.n);
        const double sampled = silhouette(b.rows(), b.labels, Metric::Euclidean, 300, 4);
        QVERIFY(exact > 0.3);
        QVERIFY2(std::abs(exact - sampled) < 0.05,
                 qPrintable(u"%1 vs %2"_s.arg(exact).arg(sampled)));
    }

    void chooseKFindsTheNumberOfBlobs() {
        const Blobs b = makeBlobs(5, 30, 10, 21);
        const KChoice c = chooseK(b.rows(), 2, 8, KMeansOptions{}, 100);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.ks, QVector<int>({2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(c.sampled, 100);
        QCOMPARE(c.best.k, 5);
        QCOMPARE(adjustedRandIndex(b.labels, c.best.assignment), 1.0);
        const KChoice bad = chooseK(b.rows(), 1, 4, KMeansOptions{}, 100);
        QVERIFY(bad.error.contains(u"2 <= from"_s));
        QVERIFY(chooseK(b.rows(), 2, 150, KMeansOptions{}).error.contains(u"149"_s));
    }

    void adjustedRandIndexMatchesScikitLearnExamples_data() {
        QTest::addColumn<QVector<int>>("truth");
        QTest::addColumn<QVector<int>>("pred");
        QTest::addColumn<double>("ari");
        QTest::newRow("same") << QVector<int>{0, 0, 1, 1} << QVector<int>{0, 0, 1, 1} << 1.0;
        QTest::newRow("renamed") << QVector<int>{0, 0, 1, 1} << QVector<int>{1, 1, 0, 0} << 1.0;
        QTest::newRow("split") << QVector<int>{0, 0, 1, 1} << QVector<int>{0, 0, 1, 2}
                               << 0.5714285714;
        QTest::newRow("merged") << QVector<int>{0, 0, 1, 2} << QVector<int>{0, 0, 1, 1}
                                << 0.5714285714;
        QTest::newRow("one block vs singletons")
            << QVector<int>{0, 0, 0, 0} << QVector<int>{0, 1, 2, 3} << 0.0;
        QTest::newRow("crossed") << QVector<int>{0, 0, 1, 1} << QVector<int>{0, 1, 0, 1} << -0.5;
        QTest::newRow("all singletons")
            << QVector<int>{0, 1, 2, 3} << QVector<int>{3, 2, 1, 0} << 1.0;
    }
    void adjustedRandIndexMatchesScikitLearnExamples() {
        QFETCH(QVector<int>, truth);
        QFETCH(QVector<int>, pred);
        QFETCH(double, ari);
        QVERIFY2(std::abs(adjustedRandIndex(truth, pred) - ari) < 1e-9,
                 qPrintable(QString::number(adjustedRandIndex(truth, pred), 'g', 12)));
    }

    // Labels a a a b b c against clusters 0 0 1 1 2 2. Table a: 2 1 0, b: 0 1 1, c: 0 0 1.
    // Purity: (2 + 1 + 1) / 6. ARI: index = C(2,2) = 1; rows C(3,2) + C(2,2) = 4; columns
    // 3 x C(2,2) = 3; expected = 4 x 3 / C(6,2) = 0.8; max = 3.5; (1 - 0.8) / (3.5 - 0.8).
    void confusionPurityAndAriWorkedByHand() {
        const Confusion t =
            confusion({u"a"_s, u"a"_s, u"a"_s, u"b"_s, u"b"_s, u"c"_s}, {0, 0, 1, 1, 2, 2});
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.labels, QStringList({u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(t.clusters, 3);
        QCOMPARE(t.counts, QList<QVector<int>>({{2, 1, 0}, {0, 1, 1}, {0, 0, 1}}));
        QCOMPARE(purity(t), 4.0 / 6.0);
        QVERIFY(std::abs(adjustedRandIndex(t) - 0.2 / 2.7) < 1e-12);
    }

    void confusionRejectsMismatchedInput() {
        QVERIFY(confusion({u"a"_s}, {0, 1}).error.contains(u"1 labels for 2 cluster ids"_s));
        QVERIFY(confusion({}, {}).error.contains(u"one label per"_s));
        QVERIFY(confusion({u"a"_s, u"b"_s}, {0, -1}).error.contains(u"negative"_s));
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
