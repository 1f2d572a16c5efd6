// Clustering and projection at the inspector's scale: UMAP and Barnes–Hut t-SNE on 20,000
// synthetic clustered vectors of 1,024 dimensions, and k-means (k = 20) on 100,000 of them.
// The kNN graph is computed once by brute force and timed on its own (knn_exact_20k_ms); the
// UMAP and t-SNE figures exclude it. Each layout is also scored (kNN label accuracy on a sample
// of its points), so a fast figure cannot hide a broken map.
//
// Settings, chosen to keep each figure well under a minute on two cores: UMAP 200 epochs
// (umap-learn's default above 10,000 rows), n_neighbors 15; t-SNE perplexity 30 (90 neighbours)
// and 600 iterations (250 exaggerated); k-means to convergence (at most 100 Lloyd iterations),
// once and as the best of 3 restarts, each with the adjusted Rand index against the topics.

#include "cluster.h"
#include "tsne.h"
#include "umap.h"

#include <QElapsedTimer>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace ik::embed;

namespace {

constexpr int kDims = 1024;
constexpr int kTopics = 20;

struct Corpus {
    std::vector<float> data;
    QVector<int> labels;
    int n = 0;
    Rows rows() const { return {data.data(), n, kDims}; }
};

// Unit vectors around kTopics random directions, noise large enough that topics overlap a
// little in cosine (as real topics do), rows in shuffled topic order.
Corpus corpus(int n, quint32 seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> topics(size_t(kTopics) * kDims);
    for (float& t : topics)
        t = g(rng);
    Corpus c;
    c.n = n;
    c.data.resize(size_t(n) * kDims);
    for (int i = 0; i < n; ++i) {
        const int topic = int(rng() % kTopics);
        c.labels.append(topic);
        float* v = c.data.data() + size_t(i) * kDims;
        double norm = 0;
        for (int t = 0; t < kDims; ++t) {
            v[t] = topics[size_t(topic) * kDims + size_t(t)] + 1.5f * g(rng);
            norm += double(v[t]) * v[t];
        }
        for (int t = 0; t < kDims; ++t)
            v[t] = float(v[t] / std::sqrt(norm));
    }
    return c;
}

// Share of 2,000 sampled points whose 10 nearest points in the layout mostly share their label.
double layoutAccuracy(const std::vector<float>& y, int dim, const QVector<int>& labels) {
    const int n = int(labels.size()), sample = std::min(n, 2000);
    int right = 0;
    std::vector<std::pair<float, int>> d(size_t(n) - 1);
    for (int s = 0; s < sample; ++s) {
        const int i = int(qint64(s) * n / sample);
        size_t m = 0;
        for (int j = 0; j < n; ++j) {
            if (j == i)
                continue;
            float dd = 0;
            for (int c = 0; c < dim; ++c)
                dd += (y[size_t(i * dim + c)] - y[size_t(j * dim + c)]) *
                      (y[size_t(i * dim + c)] - y[size_t(j * dim + c)]);
            d[m++] = {dd, j};
        }
        std::partial_sort(d.begin(), d.begin() + 10, d.end());
        int same = 0;
        for (int r = 0; r < 10; ++r)
            same += labels[d[size_t(r)].second] == labels[i];
        right += same > 5;
    }
    return double(right) / sample;
}

// Wall time beside the process's CPU time (all threads): on a machine shared with other work the
// wall figure grows with the load while the CPU figure stays near what the work costs.
struct Stopwatch {
    QElapsedTimer wall;
    std::clock_t cpu = 0;
    void start() {
        wall.start();
        cpu = std::clock();
    }
    void print(const char* name) const {
        std::printf("BENCH %s_ms %.0f ms\n", name, double(wall.elapsed()));
        std::printf("BENCH %s_cpu_ms %.0f ms\n", name,
                    1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC);
        std::fflush(stdout);
    }
};

void fail(const QString& what) {
    std::fprintf(stderr, "bench_projection: %s\n", qPrintable(what));
    std::exit(1);
}

void projections() {
    const Corpus c = corpus(20000, 7);
    Stopwatch timer;
    timer.start();
    const KnnResult knn = exactKnn(c.rows(), 90, Metric::Cosine);
    if (!knn.ok())
        fail(knn.error);
    timer.print("knn_exact_20k");
    std::fflush(stdout);

    UmapOptions u;
    u.epochs = 200;
    timer.start();
    const Layout um = umap(knn.graph, u);
    if (!um.ok())
        fail(um.error);
    timer.print("umap_20k");
    std::printf("BENCH umap_20k_knn_label_accuracy %.3f share\n",
                layoutAccuracy(um.points, 2, c.labels));
    std::fflush(stdout);

    TsneOptions t;
    t.iterations = 600;
    timer.start();
    const Layout ts = tsne(knn.graph, t);
    if (!ts.ok())
        fail(ts.error);
    timer.print("tsne_20k");
    std::printf("BENCH tsne_20k_knn_label_accuracy %.3f share\n",
                layoutAccuracy(ts.points, 2, c.labels));
    std::fflush(stdout);
}

void clusters() {
    const Corpus c = corpus(100000, 11);
    QStringList truth;
    for (int l : c.labels)
        truth.append(QString::number(l));
    for (int restarts : {1, 3}) {
        KMeansOptions o;
        o.k = kTopics;
        o.restarts = restarts;
        Stopwatch timer;
        timer.start();
        const KMeansResult r = kMeans(c.rows(), o);
        if (!r.ok())
            fail(r.error);
        const char* name = restarts == 1 ? "kmeans_100k" : "kmeans_100k_best_of_3";
        timer.print(name);
        std::printf("BENCH %s_ari %.3f index\n", name,
                    adjustedRandIndex(confusion(truth, r.assignment)));
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char** argv) {
    const bool onlyClusters = argc > 1 && qstrcmp(argv[1], "kmeans") == 0;
    const bool onlyProjections = argc > 1 && qstrcmp(argv[1], "projections") == 0;
    if (!onlyClusters)
        projections();
    if (!onlyProjections)
        clusters();
    return 0;
}
