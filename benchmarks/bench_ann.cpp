// The inspector's large scale: 100,000 × 1,024 synthetic clustered vectors (fixed seed) stored
// in the embedding cache, reopened from it, indexed, searched (recall against exact search in
// the same run) and projected by PCA; peak memory at the end. With --crossover it instead times
// exact search against the graph on growing sets, the measurement behind kExactBelow.
// Options (for trade-off runs and quick Debug checks): --rows N --dim D --m M
// --ef-construction E --ef-search S --threads T (the runs behind AnnParams' defaults).

#include "annindex.h"
#include "embedcache.h"
#include "embedmath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <random>
#include <set>
#include <vector>

using namespace ik::embed;

namespace {

// n points around `clusters` centres; noise 1 per axis against a unit spread of the centres,
// so clusters overlap and neighbour search is not trivial.
std::vector<float> clustered(int n, int d, int clusters, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> centres(size_t(clusters) * size_t(d));
    for (float& c : centres)
        c = g(rng);
    std::vector<float> out(size_t(n) * size_t(d));
    std::uniform_int_distribution<int> pick(0, clusters - 1);
    for (int i = 0; i < n; ++i) {
        const float* c = centres.data() + size_t(pick(rng)) * size_t(d);
        float* row = out.data() + size_t(i) * size_t(d);
        for (int t = 0; t < d; ++t)
            row[t] = c[t] + g(rng);
    }
    return out;
}

double ms(const QElapsedTimer& t) {
    return double(t.nsecsElapsed()) / 1e6;
}

// Build + kNN graph (k = 15, what UMAP asks for) and 100 single queries, exact and graph.
void crossover() {
    const int d = 1024;
    Control c;
    c.threads = 2;
    for (int n : {1000, 2000, 4000, 8000, 16000}) {
        const std::vector<float> v = clustered(n, d, 50, 1);
        for (int exactBelow : {INT_MAX, 0}) {
            AnnParams p;
            p.exactBelow = exactBelow;
            AnnIndex index;
            QString error;
            QElapsedTimer t;
            t.start();
            if (!index.build(v, n, d, p, c, &error) || !index.knnAll(15, c, &error))
                qFatal("%s", qPrintable(error));
            const double graphMs = ms(t);
            t.restart();
            for (int q = 0; q < 100; ++q)
                index.knn({v.data() + size_t(q) * d, size_t(d)}, 10, &error);
            std::printf("crossover n=%d %s: build+knnAll(15) %.1f ms, query %.3f ms\n", n,
                        exactBelow ? "exact" : "graph", graphMs, ms(t) / 100);
        }
    }
}

struct Options {
    int rows = 100000, dim = 1024, queries = 200, threads = 2;
    AnnParams params;
};

Options options(const QStringList& args) {
    Options o;
    const auto value = [&](const char* name, int fallback) {
        const qsizetype at = args.indexOf(QString::fromLatin1(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    o.rows = value("--rows", o.rows);
    o.dim = value("--dim", o.dim);
    o.threads = value("--threads", o.threads);
    o.params.m = value("--m", o.params.m);
    o.params.efConstruction = value("--ef-construction", o.params.efConstruction);
    o.params.efSearch = value("--ef-search", o.params.efSearch);
    o.params.exactBelow = 0; // the graph, whatever the size
    return o;
}

// Real embeddings have a low intrinsic dimension: topics, and within a topic variation along
// a few directions. So: 200 cluster centres, a 24-dimensional latent variation through one
// shared random basis, and small isotropic noise on every axis (without the latent part,
// isotropic noise in 1,024 dimensions makes every point nearly equidistant from its cluster,
// which no embedding model produces).
std::vector<float> embeddingLike(int n, int d, unsigned seed) {
    constexpr int clusters = 200, latent = 24;
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> centres(size_t(clusters) * size_t(d)), basis(size_t(latent) * size_t(d));
    for (float& c : centres)
        c = g(rng);
    for (float& b : basis)
        b = g(rng) * 0.6f / std::sqrt(float(latent)); // 0.6 per axis over all latent axes
    std::vector<float> out(size_t(n) * size_t(d));
    std::uniform_int_distribution<int> pick(0, clusters - 1);
    std::vector<float> z(latent);
    for (int i = 0; i < n; ++i) {
        const float* c = centres.data() + size_t(pick(rng)) * size_t(d);
        float* row = out.data() + size_t(i) * size_t(d);
        for (float& x : z)
            x = g(rng);
        for (int t = 0; t < d; ++t)
            row[t] = c[t] + 0.25f * g(rng);
        for (int l = 0; l < latent; ++l)
            for (int t = 0; t < d; ++t)
                row[t] += z[size_t(l)] * basis[size_t(l) * size_t(d) + size_t(t)];
    }
    return out;
}

// CPU time of the whole process: next to wall time, it shows how much of the machine (two
// cores shared with other builds) a phase actually had.
double cpuMs() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
            double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3);
}

double peakRssMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // kilobytes on Linux
}

[[noreturn]] void fail(const QString& what) {
    std::fprintf(stderr, "bench_ann: %s\n", qPrintable(what));
    std::exit(1);
}

// Writes the set (and 200 held-out queries from the same distribution) and returns the
// queries; the set itself leaves memory before it is reopened from the cache.
std::vector<float> storeSet(const Options& o, const ik::EmbedCache& cache,
                            const ik::EmbedKey& key) {
    std::vector<float> all = embeddingLike(o.rows + o.queries, o.dim, 2026);
    std::vector<float> queries(all.end() - ptrdiff_t(o.queries) * o.dim, all.end());
    all.resize(size_t(o.rows) * size_t(o.dim));
    VectorSet set = VectorSet::fromValues(o.rows, o.dim, std::move(all));
    for (int i = 0; i < o.rows; ++i) {
        set.texts.append(QStringLiteral("document %1").arg(i));
        set.ids.append(QStringLiteral("d%1").arg(i));
    }
    QString error;
    if (!cache.store(key, set, &error))
        fail(error);
    return queries;
}

VectorSet loadSet(const ik::EmbedCache& cache, const ik::EmbedKey& key) {
    std::vector<double> times;
    ik::CacheOpen opened;
    for (int r = 0; r < 3; ++r) {
        QElapsedTimer t;
        t.start();
        opened = cache.open(key);
        times.push_back(ms(t));
        if (!opened.ok())
            fail(opened.error);
    }
    std::sort(times.begin(), times.end());
    std::printf("BENCH embed100k_load_ms %.1f ms\n", times[1]);
    return opened.set;
}

void searchAndRecall(const Options& o, const VectorSet& set, const std::vector<float>& queries) {
    Control c;
    c.threads = o.threads;
    QString error;
    AnnIndex graph;
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    if (!graph.build(set, o.params, c, &error))
        fail(error);
    std::printf("BENCH ann_build_100k_ms %.0f ms\n", ms(t));
    std::printf("(the build used %.0f ms of CPU on %d threads)\n", cpuMs() - cpu0, o.threads);
    std::vector<std::set<int>> found(size_t(o.queries));
    t.restart();
    for (int q = 0; q < o.queries; ++q) {
        const auto nb = graph.knn({queries.data() + size_t(q) * o.dim, size_t(o.dim)}, 10, &error);
        if (!nb)
            fail(error);
        for (const Neighbour& n : *nb)
            found[size_t(q)].insert(n.index);
    }
    std::printf("BENCH knn_query_ms %.3f ms\n", ms(t) / o.queries);
    AnnParams exactParams = o.params;
    exactParams.exactBelow = INT_MAX;
    AnnIndex exact;
    if (!exact.build(set, exactParams, c, &error))
        fail(error);
    double hits = 0;
    t.restart();
    for (int q = 0; q < o.queries; ++q) {
        const auto nb = exact.knn({queries.data() + size_t(q) * o.dim, size_t(o.dim)}, 10, &error);
        if (!nb)
            fail(error);
        for (const Neighbour& n : *nb)
            hits += double(found[size_t(q)].count(n.index));
    }
    std::printf("exact search, the baseline: %.2f ms per query\n", ms(t) / o.queries);
    std::printf("BENCH ann_recall_at_10 %.4f ratio\n", hits / (10.0 * o.queries));
}

void projection(const VectorSet& set) {
    QElapsedTimer t;
    t.start();
    const Vectors rows = toVectors(set);
    const double copyMs = ms(t);
    t.restart();
    const std::optional<Pca> pca = pca2d(rows);
    if (!pca)
        fail(QStringLiteral("PCA failed"));
    std::printf("BENCH pca_100k_ms %.0f ms\n", ms(t));
    std::printf("(the copy into the list PCA takes: %.0f ms; explained %.3f + %.3f)\n", copyMs,
                pca->explained[0], pca->explained[1]);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    if (app.arguments().contains(QStringLiteral("--crossover"))) {
        crossover();
        return 0;
    }
    const Options o = options(app.arguments());
    std::printf("bench_ann: %d × %d, M %d, efConstruction %d, efSearch %d, %d threads\n", o.rows,
                o.dim, o.params.m, o.params.efConstruction, o.params.efSearch, o.threads);
    QTemporaryDir dir;
    const ik::EmbedCache cache(dir.path());
    const ik::EmbedKey key{QStringLiteral("bench/ann"), QStringLiteral("synthetic"),
                           QByteArray(32, 'x')};
    const std::vector<float> queries = storeSet(o, cache, key);
    {
        const VectorSet set = loadSet(cache, key);
        searchAndRecall(o, set, queries);
        projection(set);
    }
    std::printf("BENCH embed100k_peak_rss_mb %.0f MB\n", peakRssMb());
    return 0;
}
