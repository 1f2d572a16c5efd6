// UMAP and Barnes–Hut t-SNE on a kNN graph: the brute-force graph against a naive search, the
// pieces that have known values (umap-learn's a and b for min_dist 0.1, smooth-kNN sums of
// log2(k), a symmetric P summing to 1), then the layouts: the same seed gives the same layout,
// another seed another, well-separated blobs stay apart (kNN label accuracy in the layout), and
// bad parameters are refused with a message that says what to change.

#include "blobs.h"
#include "tsne.h"
#include "umap.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

Blobs makeBlobs(int blobs, int per, int d, quint32 seed, float spread = 0.5f) {
    return gaussianBlobs(blobs, per, d, seed, spread, 3.0f);
}

KnnGraph graphOf(const Blobs& b, int k, Metric metric = Metric::Euclidean) {
    KnnResult r = exactKnn(b.rows(), k, metric);
    if (!r.ok())
        qFatal("%s", qPrintable(r.error));
    return r.graph;
}

// Share of points whose 5 nearest points in the layout mostly carry their own label.
double knnLabelAccuracy(const std::vector<float>& y, int dim, const QVector<int>& labels) {
    const int n = int(labels.size());
    int right = 0;
    for (int i = 0; i < n; ++i) {
        std::vector<std::pair<double, int>> d;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            double s = 0;
            for (int c = 0; c < dim; ++c)
                s += std::pow(double(y[size_t(i * dim + c)]) - y[size_t(j * dim + c)], 2);
            d.push_back({s, j});
        }
        std::partial_sort(d.begin(), d.begin() + 5, d.end());
        int same = 0;
        for (int r = 0; r < 5; ++r)
            same += labels[d[size_t(r)].second] == labels[i];
        right += same >= 3;
    }
    return double(right) / n;
}

} // namespace

class TestProjection : public QObject {
    Q_OBJECT

private slots:
    void exactKnnMatchesANaiveSearch_data() {
        QTest::addColumn<int>("metric");
        QTest::newRow("euclidean") << int(Metric::Euclidean);
        QTest::newRow("cosine") << int(Metric::Cosine);
    }
    void exactKnnMatchesANaiveSearch() {
        QFETCH(int, metric);
        const Blobs b = makeBlobs(3, 23, 13, 2, 2.0f); // 69 rows, 13 dims: both are padded
        const KnnResult one = exactKnn(b.rows(), 6, Metric(metric), Control{nullptr, {}, 1});
        const KnnResult two = exactKnn(b.rows(), 6, Metric(metric), Control{nullptr, {}, 2});
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(one.graph.indices, two.graph.indices);
        for (int i = 0; i < b.n; ++i) {
            std::vector<std::pair<double, int>> d;
            for (int j = 0; j < b.n; ++j) {
                if (j == i)
                    continue;
                double dot = 0, ni = 0, nj = 0, e = 0;
                for (int t = 0; t < b.d; ++t) {
                    const double x = b.rows().row(i)[t], y = b.rows().row(j)[t];
                    dot += x * y, ni += x * x, nj += y * y, e += (x - y) * (x - y);
                }
                d.push_back(
                    {Metric(metric) == Metric::Cosine ? 1 - dot / std::sqrt(ni * nj) : std::sqrt(e),
                     j});
            }
            std::sort(d.begin(), d.end());
            for (int r = 0; r < 6; ++r) {
                QCOMPARE(one.graph.neighbours(i)[r], d[size_t(r)].second);
                QVERIFY(std::abs(one.graph.distancesOf(i)[r] - d[size_t(r)].first) < 1e-4);
            }
        }
    }

    void exactKnnRefusesBadK() {
        const Blobs b = makeBlobs(2, 5, 3, 1);
        QVERIFY(exactKnn(b.rows(), 10, Metric::Cosine).error.contains(u"between 1 and 9"_s));
        QVERIFY(exactKnn(b.rows(), 0, Metric::Cosine).error.contains(u"between 1 and 9"_s));
        QVERIFY(exactKnn({nullptr, 0, 3}, 2, Metric::Cosine).error.contains(u"no vectors"_s));
    }

    // umap-learn's find_ab_params(spread=1.0, min_dist=0.1) gives a = 1.5769, b = 0.8951.
    void curveFitMatchesUmapLearn() {
        const UmapCurve c = fitUmapCurve(0.1, 1.0);
        QVERIFY2(std::abs(c.a - 1.5769) < 2e-3 && std::abs(c.b - 0.8951) < 2e-3,
                 qPrintable(u"a %1 b %2"_s.arg(c.a).arg(c.b)));
    }

    void fuzzyGraphIsSymmetricWithCalibratedRows() {
        const Blobs b = makeBlobs(3, 30, 8, 4);
        const KnnGraph g = graphOf(b, 9);
        const FuzzyGraph f = fuzzySimplicialSet(g, 10);
        QCOMPARE(f.n, b.n);
        QMap<QPair<int, int>, float> w;
        for (size_t e = 0; e < f.weights.size(); ++e) {
            QVERIFY(f.weights[e] > 0 && f.weights[e] <= 1);
            w.insert({f.heads[e], f.tails[e]}, f.weights[e]);
        }
        for (auto it = w.cbegin(); it != w.cend(); ++it)
            QCOMPARE(w.value({it.key().second, it.key().first}), it.value());
        for (int i = 0; i < b.n; ++i) {
            double sum = 0;
            for (int r = 0; r < 9; ++r)
                sum += std::exp(-std::max(0.0f, g.distancesOf(i)[r] - f.rhos[size_t(i)]) /
                                f.sigmas[size_t(i)]);
            QVERIFY2(std::abs(sum - std::log2(10.0)) < 1e-3, qPrintable(QString::number(sum)));
            QCOMPARE(f.rhos[size_t(i)], g.distancesOf(i)[0]);
        }
    }

    void umapSameSeedSameLayout() {
        const Blobs b = makeBlobs(3, 40, 10, 5);
        const KnnGraph g = graphOf(b, 10);
        UmapOptions o;
        o.nNeighbors = 10;
        o.epochs = 50;
        o.seed = 7;
        const Layout one = umap(g, o), two = umap(g, o);
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(one.points.size(), size_t(b.n * 2));
        QCOMPARE(one.points, two.points);
        o.seed = 8;
        QVERIFY(umap(g, o).points != one.points);
    }

    void umapSeparatesBlobs_data() {
        QTest::addColumn<int>("components");
        QTest::newRow("2D") << 2;
        QTest::newRow("3D") << 3;
    }
    void umapSeparatesBlobs() {
        QFETCH(int, components);
        const Blobs b = makeBlobs(4, 100, 32, 9);
        UmapOptions o;
        o.nComponents = components;
        o.epochs = 200;
        const Layout l = umap(graphOf(b, 14, Metric::Cosine), o);
        QVERIFY2(l.ok(), qPrintable(l.error));
        QCOMPARE(l.components, components);
        const double accuracy = knnLabelAccuracy(l.points, components, b.labels);
        QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
    }

    // Laplacian eigenmaps put the blobs apart before any epoch; a random start does not.
    void umapSpectralStartAlreadySeparatesBlobs() {
        const Blobs b = makeBlobs(3, 60, 16, 12);
        const KnnGraph g = graphOf(b, 14);
        UmapOptions o;
        Umap u;
        QCOMPARE(u.start(g, o), QString());
        const double spectral = knnLabelAccuracy(u.layout(), 2, b.labels);
        QVERIFY2(spectral >= 0.95, qPrintable(QString::number(spectral)));
        o.init = UmapInit::Random;
        QCOMPARE(u.start(g, o), QString());
        const double random = knnLabelAccuracy(u.layout(), 2, b.labels);
        QVERIFY2(random < 0.7, qPrintable(QString::number(random)));
    }

    void umapShowsIntermediateLayoutsAndCancels() {
        const Blobs b = makeBlobs(2, 30, 6, 3);
        UmapOptions o;
        o.nNeighbors = 8;
        o.epochs = 40;
        QList<int> seen;
        std::vector<float> first;
        const Layout done = umap(graphOf(b, 8), o, {}, [&](int steps, const std::vector<float>& y) {
            seen.append(steps);
            if (first.empty())
                first = y;
        });
        QCOMPARE(seen, QList<int>({10, 20, 30, 40}));
        QVERIFY(first != done.points); // the layout moved after the first chunk
        std::atomic_bool cancel{false};
        QList<double> progress;
        const Control control{&cancel, [&](double f) { progress.append(f); }, 1};
        const Layout stopped =
            umap(graphOf(b, 8), o, control, [&](int, const std::vector<float>&) { cancel = true; });
        QCOMPARE(stopped.error, u"cancelled"_s);
        QCOMPARE(progress, QList<double>({0.25}));
    }

    void umapRefusesBadParameters_data() {
        QTest::addColumn<int>("neighbours");
        QTest::addColumn<double>("minDist");
        QTest::addColumn<int>("components");
        QTest::addColumn<QString>("needle");
        QTest::newRow("n_neighbors >= n") << 20 << 0.1 << 2 << u"only 20 rows"_s;
        QTest::newRow("graph too small") << 12 << 0.1 << 2 << u"needs 11"_s;
        QTest::newRow("n_neighbors < 2") << 1 << 0.1 << 2 << u"at least 2"_s;
        QTest::newRow("min_dist > spread") << 5 << 1.5 << 2 << u"min_dist <= spread"_s;
        QTest::newRow("4 components") << 5 << 0.1 << 4 << u"2 or 3"_s;
    }
    void umapRefusesBadParameters() {
        QFETCH(int, neighbours);
        QFETCH(double, minDist);
        QFETCH(int, components);
        QFETCH(QString, needle);
        const Blobs b = makeBlobs(2, 10, 4, 1);
        UmapOptions o;
        o.nNeighbors = neighbours;
        o.minDist = minDist;
        o.nComponents = components;
        const Layout l = umap(graphOf(b, 8), o);
        QVERIFY2(l.error.contains(needle), qPrintable(l.error));
        QVERIFY(l.points.empty());
    }

    void jointProbabilitiesAreSymmetricAndSumToOne() {
        const Blobs b = makeBlobs(3, 30, 8, 6);
        const JointP p = jointProbabilities(graphOf(b, 15), 5);
        QCOMPARE(p.n, b.n);
        QMap<QPair<int, int>, double> m;
        double total = 0;
        for (int i = 0; i < p.n; ++i)
            for (int e = p.rowStart[size_t(i)]; e < p.rowStart[size_t(i) + 1]; ++e) {
                m.insert({i, p.columns[size_t(e)]}, p.values[size_t(e)]);
                total += p.values[size_t(e)];
            }
        QVERIFY(std::abs(total - 1.0) < 1e-9);
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            QVERIFY(std::abs(m.value({it.key().second, it.key().first}) - it.value()) < 1e-15);
    }

    // Perplexity is 2^H with H the entropy in bits: the calibrated row must have the one asked,
    // and nearer neighbours must get more of the probability.
    void conditionalProbabilitiesHaveTheAskedPerplexity_data() {
        QTest::addColumn<double>("perplexity");
        QTest::newRow("5") << 5.0;
        QTest::newRow("10") << 10.0;
        QTest::newRow("29.5") << 29.5;
    }
    void conditionalProbabilitiesHaveTheAskedPerplexity() {
        QFETCH(double, perplexity);
        std::vector<float> d;
        for (int m = 0; m < 90; ++m)
            d.push_back(30.0f + 0.05f * m); // long distances, as in 1,024 dimensions
        std::vector<double> p(90);
        conditionalProbabilities(d.data(), 90, perplexity, p.data());
        double sum = 0, bits = 0;
        for (double x : p) {
            sum += x;
            bits -= x > 0 ? x * std::log2(x) : 0;
        }
        QVERIFY(std::abs(sum - 1) < 1e-12);
        QVERIFY2(std::abs(std::exp2(bits) - perplexity) < 1e-3 * perplexity,
                 qPrintable(QString::number(std::exp2(bits))));
        QVERIFY(p[0] > p[45] && p[45] > p[89]);
    }

    void umapStartsFromAGivenLayout() {
        const Blobs b = makeBlobs(2, 10, 4, 1);
        const KnnGraph g = graphOf(b, 8);
        UmapOptions o;
        o.nNeighbors = 5;
        for (int i = 0; i < b.n; ++i) // x from 0 to 19, y from -1 to 18: rescaled to [0, 10]
            o.initial.insert(o.initial.end(), {float(i), float(i - 1)});
        Umap u;
        QCOMPARE(u.start(g, o), QString());
        QCOMPARE(u.stepsDone(), 0);
        QCOMPARE(u.totalSteps(), 500);
        for (int i = 0; i < b.n; ++i) {
            QCOMPARE(u.layout()[size_t(2 * i)], 10.0f * float(i) / 19.0f);
            QCOMPARE(u.layout()[size_t(2 * i + 1)], 10.0f * float(i) / 19.0f);
        }
        QCOMPARE(u.step(7), 7);
        QCOMPARE(u.stepsDone(), 7);
        o.initial.pop_back();
        QVERIFY(u.start(g, o).contains(u"39 values; it needs 20 rows x 2"_s));
    }

    void tsneSameSeedSameLayoutWhateverTheThreads() {
        const Blobs b = makeBlobs(3, 40, 10, 5);
        const KnnGraph g = graphOf(b, 30);
        TsneOptions o;
        o.perplexity = 10;
        o.iterations = 100;
        o.seed = 3;
        o.threads = 1;
        const Layout one = tsne(g, o), two = tsne(g, o);
        QVERIFY2(one.ok(), qPrintable(one.error));
        QCOMPARE(one.points, two.points);
        o.threads = 2;
        QCOMPARE(tsne(g, o).points, one.points);
        o.seed = 4;
        QVERIFY(tsne(g, o).points != one.points);
    }

    void tsneSeparatesBlobs_data() {
        QTest::addColumn<int>("components");
        QTest::newRow("2D") << 2;
        QTest::newRow("3D") << 3;
    }
    void tsneSeparatesBlobs() {
        QFETCH(int, components);
        const Blobs b = makeBlobs(4, 100, 32, 9);
        TsneOptions o;
        o.perplexity = 20;
        o.iterations = 500;
        o.nComponents = components;
        const Layout l = tsne(graphOf(b, 60), o);
        QVERIFY2(l.ok(), qPrintable(l.error));
        const double accuracy = knnLabelAccuracy(l.points, components, b.labels);
        QVERIFY2(accuracy >= 0.95, qPrintable(QString::number(accuracy)));
    }

    void tsneSurvivesDuplicateRows() {
        Blobs b = makeBlobs(2, 30, 4, 8);
        for (int i = 0; i < 20; ++i) // rows 0..19 become one point
            std::copy(b.data.begin(), b.data.begin() + 4, b.data.begin() + i * 4);
        TsneOptions o;
        o.perplexity = 5;
        o.iterations = 300;
        const Layout l = tsne(graphOf(b, 15), o);
        QVERIFY2(l.ok(), qPrintable(l.error));
        for (float v : l.points)
            QVERIFY(std::isfinite(v));
    }

    void tsneRefusesBadParameters_data() {
        QTest::addColumn<double>("perplexity");
        QTest::addColumn<int>("graphK");
        QTest::addColumn<int>("components");
        QTest::addColumn<QString>("needle");
        QTest::newRow("perplexity too large for n")
            << 30.0 << 19 << 2 << u"only 20 rows: lower it to at most 6"_s;
        QTest::newRow("graph too small") << 5.0 << 10 << 2 << u"needs 15"_s;
        QTest::newRow("perplexity < 1") << 0.5 << 10 << 2 << u"at least 1"_s;
        QTest::newRow("1 component") << 3.0 << 10 << 1 << u"2 or 3"_s;
    }
    void tsneRefusesBadParameters() {
        QFETCH(double, perplexity);
        QFETCH(int, graphK);
        QFETCH(int, components);
        QFETCH(QString, needle);
        const Blobs b = makeBlobs(2, 10, 4, 1);
        TsneOptions o;
        o.perplexity = perplexity;
        o.nComponents = components;
        const Layout l = tsne(graphOf(b, graphK), o);
        QVERIFY2(l.error.contains(needle), qPrintable(l.error));
        QVERIFY(l.points.empty());
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
