// The neighbour index: the approximate graph's recall against exact search on clustered data,
// the exact path against a plain double-precision loop, bad input, progress and cancel.

#include "annindex.h"

#include <QtTest>

#include <algorithm>
#include <climits>
#include <cmath>
#include <random>
#include <set>

using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

// n points around `clusters` random centres (unit spread per axis). With noise near 1 the
// clusters overlap, so the nearest neighbours are not trivially the cluster's own points.
std::vector<float> clustered(int n, int d, int clusters, unsigned seed, float noise = 0.6f) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> centres(size_t(clusters) * size_t(d));
    for (float& c : centres)
        c = g(rng);
    std::vector<float> out(size_t(n) * size_t(d));
    std::uniform_int_distribution<int> pick(0, clusters - 1);
    for (int i = 0; i < n; ++i) {
        const float* c = centres.data() + size_t(pick(rng)) * size_t(d);
        for (int t = 0; t < d; ++t)
            out[size_t(i) * size_t(d) + size_t(t)] = c[t] + noise * g(rng);
    }
    return out;
}

double cosineD(const float* a, const float* b, int d) {
    double ab = 0, aa = 0, bb = 0;
    for (int t = 0; t < d; ++t) {
        ab += double(a[t]) * b[t];
        aa += double(a[t]) * a[t];
        bb += double(b[t]) * b[t];
    }
    return aa > 0 && bb > 0 ? ab / std::sqrt(aa * bb) : 0.0;
}

AnnIndex built(const std::vector<float>& v, int n, int d, int exactBelow, int threads = 2) {
    AnnIndex index;
    AnnParams p;
    p.exactBelow = exactBelow;
    Control c;
    c.threads = threads;
    QString error;
    if (!index.build(v, n, d, p, c, &error))
        qFatal("build failed: %s", qPrintable(error));
    return index;
}

std::set<int> rowsOf(const QList<Neighbour>& list) {
    std::set<int> out;
    for (const Neighbour& nb : list)
        out.insert(nb.index);
    return out;
}

} // namespace

class TstAnnIndex : public QObject {
    Q_OBJECT

private slots:
    void recallAgainstExact() {
        const int n = 4000, d = 48, k = 10;
        // The last 200 points, drawn around the same centres, are the queries: not in the set.
        const std::vector<float> all = clustered(n + 200, d, 40, 7, 1.0f);
        const std::vector<float> v(all.begin(), all.begin() + ptrdiff_t(n) * d);
        const float* queries = all.data() + size_t(n) * d;
        const AnnIndex approx = built(v, n, d, 0);
        const AnnIndex exact = built(v, n, d, INT_MAX);
        QVERIFY(!approx.isExact());
        QVERIFY(exact.isExact());
        QString error;
        double hits = 0;
        for (int q = 0; q < 200; ++q) {
            const std::span<const float> query(queries + size_t(q) * d, size_t(d));
            const auto a = approx.knn(query, k, &error);
            const auto e = exact.knn(query, k, &error);
            QVERIFY2(a && e, qPrintable(error));
            QCOMPARE(a->size(), k);
            std::set<int> common;
            const std::set<int> ea = rowsOf(*a), ee = rowsOf(*e);
            std::set_intersection(ea.begin(), ea.end(), ee.begin(), ee.end(),
                                  std::inserter(common, common.begin()));
            hits += double(common.size());
        }
        const double recall = hits / (200.0 * k);
        qInfo("recall@10 of single queries: %.4f", recall);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void graphRecallAgainstExact() {
        const int n = 3000, d = 32, k = 10;
        const std::vector<float> v = clustered(n, d, 30, 11, 1.0f);
        QString error;
        const auto a = built(v, n, d, 0).knnAll(k, {}, &error);
        const auto e = built(v, n, d, INT_MAX).knnAll(k, {}, &error);
        QVERIFY2(a && e, qPrintable(error));
        QCOMPARE(a->n, n);
        QCOMPARE(a->k, k);
        double hits = 0;
        for (int i = 0; i < n; ++i) {
            std::set<int> ee;
            for (int j = 0; j < k; ++j) {
                ee.insert(e->neighbours(i)[j]);
                QVERIFY(a->neighbours(i)[j] != i); // a row is not its own neighbour
                if (j > 0)
                    QVERIFY(a->distancesOf(i)[j] >= a->distancesOf(i)[j - 1]);
            }
            for (int j = 0; j < k; ++j)
                hits += ee.count(a->neighbours(i)[j]);
        }
        const double recall = hits / (double(n) * k);
        qInfo("recall@10 of the kNN graph: %.4f", recall);
        QVERIFY2(recall >= 0.95, qPrintable(QString::number(recall)));
    }

    void exactEqualsBruteForce() {
        const int n = 300, d = 17, k = 7; // 17: the kernel's tail is used
        const std::vector<float> v = clustered(n, d, 5, 3);
        const AnnIndex index = built(v, n, d, kExactBelow);
        QVERIFY(index.isExact());
        QString error;
        const auto g = index.knnAll(k, {}, &error);
        QVERIFY2(g, qPrintable(error));
        for (int i = 0; i < n; ++i) {
            std::vector<std::pair<double, int>> all;
            for (int j = 0; j < n; ++j)
                if (j != i)
                    all.emplace_back(-cosineD(&v[size_t(i) * d], &v[size_t(j) * d], d), j);
            std::sort(all.begin(), all.end());
            const auto one = index.knn({&v[size_t(i) * d], size_t(d)}, k + 1, &error);
            QVERIFY(one);
            QCOMPARE(one->first().index, i); // the row itself, at cosine 1
            for (int j = 0; j < k; ++j) {
                QCOMPARE(g->neighbours(i)[j], all[size_t(j)].second);
                QVERIFY(std::abs(g->distancesOf(i)[j] - (1.0 + all[size_t(j)].first)) < 1e-5);
                QCOMPARE(one->at(j + 1).index, all[size_t(j)].second);
                QVERIFY(std::abs(one->at(j + 1).score + all[size_t(j)].first) < 1e-5);
            }
        }
    }

    void thresholdChoosesThePath() {
        const int d = 4;
        const std::vector<float> small = clustered(kExactBelow - 1, d, 3, 1);
        const std::vector<float> large = clustered(kExactBelow, d, 3, 1);
        QString error;
        AnnIndex a, b;
        QVERIFY(a.build(small, kExactBelow - 1, d, {}, {}, &error));
        QVERIFY(b.build(large, kExactBelow, d, {}, {}, &error));
        QVERIFY(a.isExact());
        QVERIFY(!b.isExact());
        QCOMPARE(b.size(), kExactBelow);
        QCOMPARE(b.dim(), d);
    }

    void badInput_data() {
        QTest::addColumn<int>("exactBelow");
        QTest::newRow("exact") << INT_MAX;
        QTest::newRow("graph") << 0;
    }

    void badInput() {
        QFETCH(int, exactBelow);
        const int n = 50, d = 8;
        const std::vector<float> v = clustered(n, d, 3, 5);
        const AnnIndex index = built(v, n, d, exactBelow);
        const std::vector<float> q(size_t(d), 1.0f), shortQ(size_t(d - 1), 1.0f);
        QString error;
        QVERIFY(!index.knn(q, n + 1, &error));
        QCOMPARE(error, u"k = 51 but the index holds 50 vector(s); choose k between 1 and 50"_s);
        QVERIFY(!index.knn(q, 0, &error));
        QVERIFY(error.startsWith(u"k = 0 "_s));
        QVERIFY(index.knn(q, n, &error)); // every row is fine
        QVERIFY(!index.knn(shortQ, 5, &error));
        QVERIFY2(error.startsWith(u"the query has 7 values but the index holds 8-dimensional"_s),
                 qPrintable(error));
        QVERIFY(!index.knnAll(n, {}, &error));
        QCOMPARE(error, u"k = 50 but each row has 49 other row(s); choose k between 1 and 49"_s);
        std::vector<float> nanQ = q;
        nanQ[3] = std::nanf("");
        QVERIFY(!index.knn(nanQ, 3, &error));
        QCOMPARE(error, u"the query holds NaN or infinity"_s);
    }

    void badBuild() {
        std::vector<float> v = clustered(20, 4, 2, 9);
        AnnIndex index;
        QString error;
        QVERIFY(!index.build(v, 20, 5, {}, {}, &error));
        QCOMPARE(error, u"80 values do not make 20 vectors of 5 dimensions"_s);
        QVERIFY(!index.build({}, 0, 4, {}, {}, &error));
        QVERIFY(error.contains(u"no vectors"_s));
        v[13 * 4 + 2] = INFINITY;
        for (int exactBelow : {INT_MAX, 0}) {
            AnnParams p;
            p.exactBelow = exactBelow;
            QVERIFY(!index.build(v, 20, 4, p, {}, &error));
            QCOMPARE(error, u"row 13 holds NaN or infinity; fix or drop it before indexing"_s);
            QCOMPARE(index.size(), 0);
            QVERIFY(!index.knn(std::vector<float>(4, 1.0f), 1, &error));
            QVERIFY(error.contains(u"build it first"_s));
        }
    }

    void zeroRowIsSimilarToNothing() {
        std::vector<float> v = clustered(30, 4, 2, 2);
        std::fill_n(v.begin() + 8, 4, 0.0f); // row 2
        const AnnIndex index = built(v, 30, 4, INT_MAX);
        QString error;
        const auto g = index.knnAll(3, {}, &error);
        QVERIFY(g);
        QCOMPARE(g->distancesOf(2)[0], 1.0f);
    }

    void progressAndCancel() {
        const int n = 3000, d = 16;
        const std::vector<float> v = clustered(n, d, 10, 4);
        QList<double> seen;
        Control c;
        c.threads = 2;
        c.progress = [&](double f) { seen.append(f); };
        AnnParams p;
        p.exactBelow = 0;
        AnnIndex index;
        QString error;
        QVERIFY(index.build(v, n, d, p, c, &error));
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(seen.last() <= 1.0);
        std::atomic_bool cancel{false};
        c.cancel = &cancel;
        c.progress = [&](double f) {
            if (f > 0.2)
                cancel = true;
        };
        QVERIFY(!index.build(v, n, d, p, c, &error));
        QCOMPARE(error, u"cancelled"_s);
        QCOMPARE(index.size(), 0);
        // The kNN graph stops as well, for either path.
        for (int exactBelow : {0, INT_MAX}) {
            cancel = false;
            const AnnIndex built = ::built(v, n, d, exactBelow);
            QVERIFY(!built.knnAll(5, c, &error));
            QCOMPARE(error, u"cancelled"_s);
        }
    }

    void oneThreadIsReproducible() {
        const int n = 1000, d = 16;
        const std::vector<float> v = clustered(n, d, 10, 8);
        QString error;
        const auto a = built(v, n, d, 0, 1).knnAll(5, {}, &error);
        const auto b = built(v, n, d, 0, 1).knnAll(5, {}, &error);
        QVERIFY(a && b);
        QCOMPARE(a->indices, b->indices);
    }
};

QTEST_GUILESS_MAIN(TstAnnIndex)
#include "tst_annindex.moc"
