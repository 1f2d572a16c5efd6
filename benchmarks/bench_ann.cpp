// The neighbour index at the inspector's large scale: 100,000 × 1,024 synthetic clustered
// vectors (fixed seed). With --crossover it instead times exact search against the graph on
// growing sets, the measurement behind kExactBelow.

#include "annindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <climits>
#include <cstdio>
#include <random>
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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (app.arguments().contains(QStringLiteral("--crossover"))) {
        crossover();
        return 0;
    }
    return 0;
}
