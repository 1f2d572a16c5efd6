// Brute-force k-nearest neighbours and the checks every clustering and projection input passes.
#include "knngraph.h"

#include "rowkernel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik::embed {

using namespace detail;

QString checkRows(const Rows& rows) {
    if (rows.n <= 0)
        return QCoreApplication::translate("ik::embed::KnnGraph",
                                           "there are no vectors: load or embed some inputs first");
    if (rows.d <= 0)
        return QCoreApplication::translate(
            "ik::embed::KnnGraph",
            "the vectors have no dimensions: each row needs at least one value");
    if (!rows.data)
        return QCoreApplication::translate("ik::embed::KnnGraph",
                                           "the vectors are missing (no data for %1 rows)")
            .arg(rows.n);
    for (int i = 0; i < rows.n; ++i) {
        const float* r = rows.row(i);
        for (int t = 0; t < rows.d; ++t)
            if (!std::isfinite(r[t]))
                return QCoreApplication::translate(
                           "ik::embed::KnnGraph",
                           "row %1, dimension %2 is %3: every value must be a finite number")
                    .arg(i)
                    .arg(t)
                    .arg(std::isnan(r[t]) ? u"NaN"_s : u"infinite"_s);
    }
    return {};
}

QString checkGraph(const KnnGraph& g) {
    if (g.n <= 1)
        return QCoreApplication::translate("ik::embed::KnnGraph",
                                           "the neighbour graph needs at least 2 rows, it has %1")
            .arg(g.n);
    if (g.k < 1 || g.k >= g.n)
        return QCoreApplication::translate(
                   "ik::embed::KnnGraph",
                   "the neighbour graph has %1 neighbours per row; it needs between 1 and %2 "
                   "(rows - 1)")
            .arg(g.k)
            .arg(g.n - 1);
    const size_t size = size_t(g.n) * size_t(g.k);
    if (g.indices.size() != size || g.distances.size() != size)
        return QCoreApplication::translate(
                   "ik::embed::KnnGraph",
                   "the neighbour graph should hold %1 x %2 entries, it holds %3 indices and %4 "
                   "distances")
            .arg(g.n)
            .arg(g.k)
            .arg(g.indices.size())
            .arg(g.distances.size());
    for (int i = 0; i < g.n; ++i)
        for (int r = 0; r < g.k; ++r) {
            const int j = g.neighbours(i)[r];
            const float dist = g.distancesOf(i)[r];
            if (j < 0 || j >= g.n || j == i)
                return QCoreApplication::translate(
                           "ik::embed::KnnGraph",
                           "row %1's neighbour %2 is %3, which is not another row")
                    .arg(i)
                    .arg(r)
                    .arg(j);
            if (!std::isfinite(dist) || dist < 0)
                return QCoreApplication::translate(
                           "ik::embed::KnnGraph",
                           "row %1's distance to row %2 is %3: distances must be finite and "
                           "non-negative")
                    .arg(i)
                    .arg(j)
                    .arg(double(dist));
        }
    return {};
}

namespace {

struct Candidate {
    float dist;
    int index;
    bool operator<(const Candidate& o) const {
        return dist != o.dist ? dist < o.dist : index < o.index;
    }
};

// Per thread, a bounded max-heap of the best candidates so far for every row.
struct Heaps {
    int k = 0;
    std::vector<Candidate> items; // n * k
    std::vector<int> sizes;       // n
    Heaps(int n, int neighbours)
        : k(neighbours), items(size_t(n) * size_t(neighbours)), sizes(size_t(n), 0) {}
    void offer(int row, Candidate c) {
        Candidate* h = items.data() + size_t(row) * size_t(k);
        int& size = sizes[size_t(row)];
        if (size < k) {
            h[size++] = c;
            std::push_heap(h, h + size);
        } else if (c < h[0]) {
            std::pop_heap(h, h + k);
            h[k - 1] = c;
            std::push_heap(h, h + k);
        }
    }
};

float distanceOf(float dot, float normI, float normJ, Metric metric) {
    if (metric == Metric::Cosine)
        return std::max(0.0f, 1.0f - dot);
    return float(std::sqrt(std::max(0.0, double(normI) + double(normJ) - 2.0 * dot)));
}

// The union of the threads' heaps, best first: the same top k whichever thread saw what.
void mergeHeaps(const std::vector<Heaps>& heaps, KnnGraph& g) {
    std::vector<Candidate> all;
    for (int i = 0; i < g.n; ++i) {
        all.clear();
        for (const Heaps& h : heaps)
            all.insert(all.end(), h.items.begin() + qsizetype(i) * g.k,
                       h.items.begin() + qsizetype(i) * g.k + h.sizes[size_t(i)]);
        std::partial_sort(all.begin(), all.begin() + g.k, all.end());
        for (int r = 0; r < g.k; ++r) {
            g.indices[size_t(i) * size_t(g.k) + size_t(r)] = all[size_t(r)].index;
            g.distances[size_t(i) * size_t(g.k) + size_t(r)] = all[size_t(r)].dist;
        }
    }
}

} // namespace

// Each pair is computed once: a block of rows against every row after its start, offering the
// distance to both rows' heaps. Blocks near the top have the most pairs and are handed out
// first.
KnnResult exactKnn(const Rows& rows, int k, Metric metric, const Control& control) {
    KnnResult result;
    if (QString e = checkRows(rows); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    if (k < 1 || k >= rows.n) {
        result.error = QCoreApplication::translate(
                           "ik::embed::KnnGraph",
                           "%1 neighbours asked of %2 rows: choose between 1 and %3 (rows - 1)")
                           .arg(k)
                           .arg(rows.n)
                           .arg(rows.n - 1);
        return result;
    }
    std::vector<float> norms;
    const Padded p = padRows(rows, metric == Metric::Cosine, &norms);
    constexpr int kBlock = 32;
    const int blocks = (rows.n + kBlock - 1) / kBlock;
    const int threads = threadCount(control, blocks);
    std::vector<std::vector<float>> scratch(static_cast<size_t>(threads));
    std::vector<Heaps> heaps(static_cast<size_t>(threads), Heaps(rows.n, k));
    const bool done = parallelBlocks(blocks, control, threads, [&](int block, int worker) {
        const int i0 = block * kBlock, i1 = std::min(rows.n, i0 + kBlock);
        const int width = p.paddedRows - i0;
        auto& dots = scratch[size_t(worker)];
        dots.resize(size_t(kBlock) * size_t(width));
        dotRange(p, i0, i1, p, i0, p.paddedRows, dots.data());
        Heaps& h = heaps[size_t(worker)];
        for (int i = i0; i < i1; ++i) {
            const float* row = dots.data() + size_t(i - i0) * size_t(width);
            for (int j = i + 1; j < rows.n; ++j) {
                const float d = distanceOf(row[j - i0], norms[size_t(i)], norms[size_t(j)], metric);
                h.offer(i, {d, j});
                h.offer(j, {d, i});
            }
        }
    });
    if (!done) {
        result.error = u"cancelled"_s;
        return result;
    }
    KnnGraph& g = result.graph;
    g.n = rows.n;
    g.k = k;
    g.indices.assign(size_t(g.n) * size_t(k), -1);
    g.distances.assign(size_t(g.n) * size_t(k), 0.0f);
    mergeHeaps(heaps, g);
    return result;
}

Layout runToEnd(SteppedLayout& layout, const Control& control, const LayoutCallback& onLayout,
                int every) {
    Layout out;
    every = std::max(1, every);
    while (!layout.finished()) {
        if (control.cancelled()) {
            out.error = u"cancelled"_s;
            return out;
        }
        if (layout.step(every) == 0)
            break;
        control.report(double(layout.stepsDone()) / double(std::max(1, layout.totalSteps())));
        if (onLayout)
            onLayout(layout.stepsDone(), layout.layout());
    }
    out.components = layout.components();
    out.points = layout.layout();
    out.n = out.components ? int(out.points.size()) / out.components : 0;
    out.steps = layout.stepsDone();
    return out;
}

} // namespace ik::embed
