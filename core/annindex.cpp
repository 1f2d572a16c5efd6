// The neighbour index: hnswlib's HNSW graph on unit vectors (inner product = cosine), or exact
// brute force on small sets.
#include "annindex.h"

#include "embedmath_kernel.h"

#include <QCoreApplication>

// hnswlib.h defines non-inline functions (its CPU feature checks): this must stay the one file
// of the program that includes it, or the link fails with duplicate symbols.
// hnswlib 0.6.2's SSE path prefetches one link past the end of a node's list (an out-of-bounds
// read AddressSanitizer reports while the graph is built); without it only the prefetch hints
// go, since the distance is this file's own (CosineSpace).
#define NO_MANUAL_VECTORIZATION
#include <hnswlib/hnswlib.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>
#include <exception>
#include <functional>
#include <mutex>
#include <numeric>
#include <thread>

namespace ik::embed {

using namespace Qt::Literals::StringLiterals;

// Where exact search stops being as fast as the graph, measured with `bench_ann --crossover`
// (Release, 1,024 dimensions, two threads, build + kNN graph with k = 15, on the shared 2-core
// machine, five runs: four with efConstruction 100 / efSearch 64, one with AnnParams' defaults):
// at 4,000 rows exact took 0.8-3.2 s against the graph's 1.5-4.6 s, at 8,000 rows 3.8-15 s
// against 1.9-8.2 s; single queries stay under 2 ms either way below 5,000 rows. Exact is as
// fast up to about 5,000-6,000 rows, and it is exact.
const int kExactBelow = 5000;

namespace {

using detail::hsum;
using detail::load4;
using detail::v4;

float dotSse(const float* a, const float* b, int d) {
    v4 c0{}, c1{};
    int t = 0;
    for (; t + 8 <= d; t += 8) {
        c0 += load4(a + t) * load4(b + t);
        c1 += load4(a + t + 4) * load4(b + t + 4);
    }
    for (; t + 4 <= d; t += 4)
        c0 += load4(a + t) * load4(b + t);
    float s = hsum(c0 + c1);
    for (; t < d; ++t)
        s += a[t] * b[t];
    return s;
}

// The same eight floats at a time, for CPUs with AVX2 (chosen at run time, so the build stays
// runnable on any x86-64). Distances are the whole cost of the graph's build and search, and
// hnswlib's own kernels use only SSE unless everything is compiled with -mavx.
using v8 = float __attribute__((vector_size(32)));
__attribute__((target("avx2"))) inline v8 load8(const float* p) {
    v8 r;
    std::memcpy(&r, p, sizeof r);
    return r;
}
__attribute__((target("avx2"))) float dotAvx2(const float* a, const float* b, int d) {
    v8 c0{}, c1{};
    int t = 0;
    for (; t + 16 <= d; t += 16) {
        c0 += load8(a + t) * load8(b + t);
        c1 += load8(a + t + 8) * load8(b + t + 8);
    }
    for (; t + 8 <= d; t += 8)
        c0 += load8(a + t) * load8(b + t);
    const v8 c = c0 + c1;
    float s = ((c[0] + c[1]) + (c[2] + c[3])) + ((c[4] + c[5]) + (c[6] + c[7]));
    for (; t < d; ++t)
        s += a[t] * b[t];
    return s;
}

using DotFn = float (*)(const float*, const float*, int);
DotFn pickDot() {
    __builtin_cpu_init(); // needed before static initialisers may ask
    return __builtin_cpu_supports("avx2") ? dotAvx2 : dotSse;
}
const DotFn dot = pickDot();

float cosineDistance(const void* a, const void* b, const void* dim) {
    return 1.0f - dot(static_cast<const float*>(a), static_cast<const float*>(b),
                      int(*static_cast<const size_t*>(dim)));
}

// Inner product on unit vectors (hnswlib::InnerProductSpace's distance) with the kernel above.
class CosineSpace : public hnswlib::SpaceInterface<float> {
public:
    explicit CosineSpace(size_t dim) : m_dim(dim) {}
    size_t get_data_size() override { return m_dim * sizeof(float); }
    hnswlib::DISTFUNC<float> get_dist_func() override { return cosineDistance; }
    void* get_dist_func_param() override { return &m_dim; }

private:
    size_t m_dim;
};

// dst = src / |src|; a zero row stays zero (similar to nothing). False when src is not finite.
bool normalise(const float* src, int d, float* dst) {
    double ss = 0;
    for (int t = 0; t < d; ++t)
        ss += double(src[t]) * double(src[t]);
    if (!std::isfinite(ss))
        return false;
    const float inv = ss > 0 ? float(1.0 / std::sqrt(ss)) : 0.0f;
    for (int t = 0; t < d; ++t)
        dst[t] = src[t] * inv;
    return true;
}

int threadCount(const Control& control, int items) {
    const int hw = int(std::thread::hardware_concurrency());
    const int t = control.threads > 0 ? control.threads : std::max(1, hw);
    return std::clamp(t, 1, std::max(1, items));
}

// Runs work(i) for every i in [0, n) on `threads` threads, the calling thread among them (it
// alone reports progress, as Control promises). False with *error when cancelled or when a work
// item threw (hnswlib throws on allocation failure).
bool forEach(int n, int threads, const Control& control, const std::function<void(int)>& work,
             QString* error) {
    std::atomic<int> next{0}, done{0};
    std::atomic_bool stop{false};
    std::mutex failureLock;
    QString failure;
    auto run = [&](bool reporter) {
        constexpr int chunk = 8;
        while (!stop.load(std::memory_order_relaxed)) {
            if (control.cancelled()) {
                stop = true;
                return;
            }
            const int from = next.fetch_add(chunk);
            if (from >= n)
                return;
            const int to = std::min(n, from + chunk);
            try {
                for (int i = from; i < to; ++i)
                    work(i);
            } catch (const std::exception& e) {
                const std::lock_guard lock(failureLock);
                failure = QString::fromLocal8Bit(e.what());
                stop = true;
                return;
            }
            const int finished = done.fetch_add(to - from) + (to - from);
            if (reporter)
                control.report(double(finished) / n);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(run, false);
    run(true);
    for (std::thread& t : pool)
        t.join();
    if (!failure.isEmpty()) {
        *error =
            QCoreApplication::translate("ik::embed::AnnIndex", "the neighbour index failed: %1")
                .arg(failure);
        return false;
    }
    if (stop.load() || control.cancelled()) {
        *error = u"cancelled"_s;
        return false;
    }
    return true;
}

// The k highest of scores[0, n) other than row skip (-1: none), best first, ties to the lower
// row; order is scratch space.
void topK(const float* scores, int n, int k, int skip, std::vector<int>& order, int* rows,
          float* values) {
    order.resize(size_t(n));
    std::iota(order.begin(), order.end(), 0);
    if (skip >= 0)
        order.erase(order.begin() + skip);
    const auto better = [scores](int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
    };
    std::partial_sort(order.begin(), order.begin() + k, order.end(), better);
    for (int j = 0; j < k; ++j) {
        rows[j] = order[size_t(j)];
        values[j] = scores[order[size_t(j)]];
    }
}

// (distance, row) pairs from hnswlib, nearest first, ties to the lower row.
std::vector<std::pair<float, int>> sorted(std::priority_queue<std::pair<float, size_t>> found) {
    std::vector<std::pair<float, int>> out;
    out.reserve(found.size());
    for (; !found.empty(); found.pop())
        out.emplace_back(found.top().first, int(found.top().second));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

struct AnnIndex::Impl {
    int n = 0, d = 0;
    std::vector<float> unit; // exact search: n unit rows
    std::unique_ptr<CosineSpace> space;
    std::unique_ptr<hnswlib::HierarchicalNSW<float>> graph;

    const float* unitRow(int i) const { return unit.data() + size_t(i) * size_t(d); }

    // Searches run concurrently, which hnswlib supports (its visited lists are pooled under a
    // lock); only its search statistics (metric_hops, metric_distance_computations) are counted
    // without synchronisation, and nothing here reads them.
    void graphRow(int internal, int k, KnnGraph* g) const {
        const auto* q = reinterpret_cast<const float*>(graph->getDataByInternalId(internal));
        const int self = int(graph->getExternalLabel(internal));
        const auto found = sorted(graph->searchKnn(q, size_t(k) + 1));
        const size_t at = size_t(self) * size_t(k);
        int j = 0;
        for (const auto& [distance, row] : found) {
            if (row == self || j == k)
                continue;
            g->indices[at + size_t(j)] = row;
            g->distances[at + size_t(j)] = distance;
            ++j;
        }
    }
};

AnnIndex::AnnIndex() = default;
AnnIndex::~AnnIndex() = default;
AnnIndex::AnnIndex(AnnIndex&&) noexcept = default;
AnnIndex& AnnIndex::operator=(AnnIndex&&) noexcept = default;

int AnnIndex::size() const {
    return m_d ? m_d->n : 0;
}
int AnnIndex::dim() const {
    return m_d ? m_d->d : 0;
}
bool AnnIndex::isExact() const {
    return m_d && !m_d->graph;
}

bool AnnIndex::build(const VectorSet& set, const AnnParams& params, const Control& control,
                     QString* error) {
    return build({set.data(), size_t(set.rows()) * size_t(set.dim())}, set.rows(), set.dim(),
                 params, control, error);
}

bool AnnIndex::build(std::span<const float> values, int n, int d, const AnnParams& params,
                     const Control& control, QString* error) {
    m_d.reset();
    if (n < 1 || d < 1) {
        *error = QCoreApplication::translate(
            "ik::embed::AnnIndex", "there are no vectors to index; load or embed a set first");
        return false;
    }
    if (values.size() != size_t(n) * size_t(d)) {
        *error = QCoreApplication::translate("ik::embed::AnnIndex",
                                             "%1 values do not make %2 vectors of %3 dimensions")
                     .arg(values.size())
                     .arg(n)
                     .arg(d);
        return false;
    }
    if (params.m < 2 || params.efConstruction < 1) {
        *error = QCoreApplication::translate("ik::embed::AnnIndex",
                                             "the graph needs M >= 2 and efConstruction >= 1");
        return false;
    }
    auto impl = std::make_unique<Impl>();
    impl->n = n;
    impl->d = d;
    std::atomic<int> badRow{n};
    const auto noteBad = [&badRow](int i) {
        for (int seen = badRow.load(); i < seen && !badRow.compare_exchange_weak(seen, i);) {
        }
    };
    std::function<void(int)> work;
    if (n < params.exactBelow) {
        impl->unit.resize(size_t(n) * size_t(d));
        work = [&](int i) {
            if (!normalise(values.data() + size_t(i) * size_t(d), d,
                           &impl->unit[size_t(i) * size_t(d)]))
                noteBad(i);
        };
    } else {
        try {
            impl->space = std::make_unique<CosineSpace>(size_t(d));
            impl->graph = std::make_unique<hnswlib::HierarchicalNSW<float>>(
                impl->space.get(), size_t(n), size_t(params.m), size_t(params.efConstruction),
                size_t(params.seed));
        } catch (const std::exception& e) {
            *error = QCoreApplication::translate(
                         "ik::embed::AnnIndex", "not enough memory for an index of %1 vectors (%2)")
                         .arg(n)
                         .arg(QString::fromLocal8Bit(e.what()));
            return false;
        }
        work = [&](int i) {
            thread_local std::vector<float> unit;
            unit.resize(size_t(d));
            if (!normalise(values.data() + size_t(i) * size_t(d), d, unit.data()))
                return noteBad(i);
            impl->graph->addPoint(unit.data(), size_t(i));
        };
    }
    if (!forEach(n, threadCount(control, n), control, work, error))
        return false;
    if (badRow.load() < n) {
        *error = QCoreApplication::translate(
                     "ik::embed::AnnIndex",
                     "row %1 holds NaN or infinity; fix or drop it before indexing")
                     .arg(badRow.load());
        return false;
    }
    if (impl->graph)
        impl->graph->setEf(size_t(std::max(1, params.efSearch)));
    m_d = std::move(impl);
    return true;
}

std::optional<QList<Neighbour>> AnnIndex::knn(std::span<const float> query, int k,
                                              QString* error) const {
    if (!m_d) {
        *error = QCoreApplication::translate("ik::embed::AnnIndex",
                                             "the neighbour index is empty; build it first");
        return std::nullopt;
    }
    const int n = m_d->n, d = m_d->d;
    if (int(query.size()) != d) {
        *error =
            QCoreApplication::translate(
                "ik::embed::AnnIndex",
                "the query has %1 values but the index holds %2-dimensional vectors; embed the "
                "query with the same workload and model")
                .arg(query.size())
                .arg(d);
        return std::nullopt;
    }
    if (k < 1 || k > n) {
        *error =
            QCoreApplication::translate(
                "ik::embed::AnnIndex",
                "k = %1 but the index holds %n vector(s); choose k between 1 and %n", nullptr, n)
                .arg(k);
        return std::nullopt;
    }
    std::vector<float> q(static_cast<size_t>(d));
    if (!normalise(query.data(), d, q.data())) {
        *error =
            QCoreApplication::translate("ik::embed::AnnIndex", "the query holds NaN or infinity");
        return std::nullopt;
    }
    QList<Neighbour> out;
    if (m_d->graph) {
        for (const auto& [distance, row] : sorted(m_d->graph->searchKnn(q.data(), size_t(k))))
            out.append({row, 1.0 - double(distance)});
        return out;
    }
    std::vector<float> scores(static_cast<size_t>(n)), best(static_cast<size_t>(k));
    std::vector<int> order, rows(static_cast<size_t>(k));
    for (int j = 0; j < n; ++j)
        scores[size_t(j)] = dot(q.data(), m_d->unitRow(j), d);
    topK(scores.data(), n, k, -1, order, rows.data(), best.data());
    for (int j = 0; j < k; ++j)
        out.append({rows[size_t(j)], double(best[size_t(j)])});
    return out;
}

std::optional<KnnGraph> AnnIndex::knnAll(int k, const Control& control, QString* error) const {
    if (!m_d) {
        *error = QCoreApplication::translate("ik::embed::AnnIndex",
                                             "the neighbour index is empty; build it first");
        return std::nullopt;
    }
    const int n = m_d->n;
    if (const int others = n - 1; k < 1 || k > others) {
        *error = QCoreApplication::translate(
                     "ik::embed::AnnIndex",
                     "k = %1 but each row has %n other row(s); choose k between 1 and %n", nullptr,
                     others)
                     .arg(k);
        return std::nullopt;
    }
    const Impl& impl = *m_d;
    if (!impl.graph) {
        // Below the size where the graph pays: the clustering's brute force over the unit rows.
        KnnResult exact = exactKnn(Rows{impl.unit.data(), n, impl.d}, k, Metric::Cosine, control);
        if (!exact.ok()) {
            *error = exact.error;
            return std::nullopt;
        }
        return std::move(exact.graph);
    }
    KnnGraph g;
    g.n = n;
    g.k = k;
    g.indices.assign(size_t(n) * size_t(k), -1);
    g.distances.assign(size_t(n) * size_t(k), 0.0f);
    const auto work = [&](int i) { impl.graphRow(i, k, &g); };
    if (!forEach(n, threadCount(control, n), control, work, error))
        return std::nullopt;
    return g;
}

} // namespace ik::embed
