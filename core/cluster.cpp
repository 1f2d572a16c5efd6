// k-means, silhouette and the agreement of clusters with labels.
#include "cluster.h"

#include "rowkernel.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace Qt::Literals::StringLiterals;

namespace ik::embed {

using namespace detail;

namespace {

// Uniform in [0, 1) from the top 53 bits: the same sequence on every standard library, which
// std::uniform_real_distribution does not promise.
double uniform01(std::mt19937_64& rng) {
    return double(rng() >> 11) * 0x1.0p-53;
}

// The working state of one k-means run: padded rows (normalised for Cosine) and their squared
// norms, the centroids padded the same way, and per row its cluster and squared distance.
struct Lloyd {
    const Padded& rows;
    const std::vector<float>& norms;
    const Control& control;
    int k = 0;
    int threads = 1;
    Padded centroids;
    std::vector<float> centroidNorms;
    QVector<int> assignment;
    std::vector<float> best;

    Lloyd(const Padded& p, const std::vector<float>& n, const Control& c, int clusters)
        : rows(p), norms(n), control(c), k(clusters), centroids(makePadded(clusters, p.cols)) {
        assignment.fill(-1, p.rows);
        best.assign(size_t(p.rows), 0.0f);
    }

    void setCentroid(int c, const float* from) {
        std::copy(from, from + rows.stride, centroids.row(c));
    }
    void refreshCentroidNorms() {
        centroidNorms.assign(size_t(centroids.paddedRows), 0.0f);
        for (int c = 0; c < k; ++c)
            centroidNorms[size_t(c)] =
                dotPadded(centroids.row(c), centroids.row(c), centroids.stride);
    }

    // Every row to its nearest centroid (ties: the lower cluster). Rows changed, or -1 when
    // cancelled.
    int assign() {
        refreshCentroidNorms();
        constexpr int kBlock = 64;
        const int blocks = (rows.rows + kBlock - 1) / kBlock;
        std::vector<std::vector<float>> scratch(static_cast<size_t>(threads));
        std::atomic_int changed{0};
        const Control quiet{control.cancel, {}, control.threads};
        int* rowCluster = assignment.data(); // detached once here, not from the threads
        const bool done = parallelBlocks(blocks, quiet, threads, [&](int block, int worker) {
            auto& dots = scratch[size_t(worker)];
            dots.resize(size_t(kBlock) * size_t(centroids.paddedRows));
            const int i0 = block * kBlock, i1 = std::min(rows.rows, i0 + kBlock);
            dotBlock(rows, i0, i1, centroids, dots.data());
            int moved = 0;
            for (int i = i0; i < i1; ++i) {
                const float* d = dots.data() + size_t(i - i0) * size_t(centroids.paddedRows);
                int arg = 0;
                float min = std::numeric_limits<float>::infinity();
                for (int c = 0; c < k; ++c) {
                    const float dist = centroidNorms[size_t(c)] - 2.0f * d[c];
                    if (dist < min)
                        min = dist, arg = c;
                }
                best[size_t(i)] = std::max(0.0f, min + norms[size_t(i)]);
                moved += rowCluster[i] != arg;
                rowCluster[i] = arg;
            }
            changed += moved;
        });
        return done ? changed.load() : -1;
    }

    // Centroids as the means of their rows, summed in row order per slice of dimensions (so
    // the sums do not depend on threads). Returns the total squared shift.
    double update() {
        QVector<int> sizes(k, 0);
        for (int a : assignment)
            ++sizes[a];
        fillEmpty(sizes);
        constexpr int kSlice = 64;
        const int slices = (rows.stride + kSlice - 1) / kSlice;
        std::vector<double> shift(size_t(slices), 0.0);
        const Control quiet{nullptr, {}, control.threads};
        const int* rowCluster = assignment.constData();
        parallelBlocks(slices, quiet, threadCount(control, slices), [&](int s, int) {
            const int t0 = s * kSlice, t1 = std::min(rows.stride, t0 + kSlice);
            std::vector<double> sum(size_t(k) * size_t(t1 - t0), 0.0);
            for (int i = 0; i < rows.rows; ++i) {
                const float* r = rows.row(i);
                double* out = sum.data() + size_t(rowCluster[i]) * size_t(t1 - t0);
                for (int t = t0; t < t1; ++t)
                    out[t - t0] += r[t];
            }
            for (int c = 0; c < k; ++c)
                for (int t = t0; t < t1; ++t) {
                    const float v =
                        float(sum[size_t(c) * size_t(t1 - t0) + size_t(t - t0)] / double(sizes[c]));
                    const double delta = double(v) - double(centroids.row(c)[t]);
                    shift[size_t(s)] += delta * delta;
                    centroids.row(c)[t] = v;
                }
        });
        return std::accumulate(shift.begin(), shift.end(), 0.0);
    }

    // When ties left a cluster empty (rows that coincide choose the lower of equal centroids),
    // it takes a row and the means follow; distances are then to each row's own centroid.
    void repairEmpty() {
        QVector<int> sizes(k, 0);
        for (int a : assignment)
            ++sizes[a];
        if (!sizes.contains(0))
            return;
        update();
        refreshCentroidNorms();
        for (int i = 0; i < rows.rows; ++i) {
            const int c = assignment[i];
            best[size_t(i)] =
                std::max(0.0f, norms[size_t(i)] + centroidNorms[size_t(c)] -
                                   2.0f * dotPadded(rows.row(i), centroids.row(c), rows.stride));
        }
    }

    // An empty cluster takes the row farthest from its own centroid, from a cluster that can
    // spare one, and is centred on it.
    void fillEmpty(QVector<int>& sizes) {
        for (int c = 0; c < k; ++c) {
            if (sizes[c] > 0)
                continue;
            int far = -1;
            for (int i = 0; i < rows.rows; ++i)
                if (sizes[assignment[i]] > 1 && (far < 0 || best[size_t(i)] > best[size_t(far)]))
                    far = i;
            if (far < 0)
                return; // fewer rows than clusters: cannot happen after the k <= n check
            --sizes[assignment[far]];
            assignment[far] = c;
            sizes[c] = 1;
            best[size_t(far)] = 0;
            setCentroid(c, rows.row(far));
        }
    }
};

// The row where the running sum of weights first passes target (skipping zero weights).
int drawWeighted(const std::vector<double>& weights, double target) {
    double run = 0;
    for (size_t i = 0; i < weights.size(); ++i)
        if ((run += weights[i]) > target && weights[i] > 0)
            return int(i);
    return int(weights.size()) - 1;
}

// Squared distances of every row to each candidate row, in one pass over the rows. False when
// cancelled.
bool distancesTo(const Lloyd& l, const std::vector<int>& candidates,
                 std::vector<std::vector<double>>& out) {
    const int n = l.rows.rows;
    constexpr int kBlock = 512;
    const int blocks = (n + kBlock - 1) / kBlock;
    const Control quiet{l.control.cancel, {}, l.control.threads};
    out.resize(candidates.size());
    for (auto& o : out)
        o.resize(size_t(n));
    return parallelBlocks(blocks, quiet, l.threads, [&](int b, int) {
        for (int i = b * kBlock; i < std::min(n, (b + 1) * kBlock); ++i)
            for (size_t c = 0; c < candidates.size(); ++c) {
                const int j = candidates[c];
                out[c][size_t(i)] =
                    std::max(0.0, double(l.norms[size_t(i)]) + l.norms[size_t(j)] -
                                      2.0 * dotPadded(l.rows.row(i), l.rows.row(j), l.rows.stride));
            }
    });
}

// Greedy k-means++ (Arthur & Vassilvitskii 2007, section 6; scikit-learn's default): the first
// centre uniformly; for each next one, 2 + ln k candidates drawn with probability proportional
// to the squared distance to the nearest centre so far, keeping the candidate that lowers the
// total the most. Plain k-means++ often puts two centres in one of twenty topics. False when
// cancelled.
bool seedPlusPlus(Lloyd& l, std::mt19937_64& rng) {
    const int n = l.rows.rows;
    const int trials = 2 + int(std::log(double(l.k)));
    int chosen = int(uniform01(rng) * n);
    l.setCentroid(0, l.rows.row(chosen));
    std::vector<std::vector<double>> dist;
    if (!distancesTo(l, {chosen}, dist))
        return false;
    std::vector<double> nearest = std::move(dist[0]);
    for (int c = 1; c < l.k; ++c) {
        const double total = std::accumulate(nearest.begin(), nearest.end(), 0.0);
        std::vector<int> candidates;
        for (int t = 0; t < trials; ++t) // every row on a centre already: any row will do
            candidates.push_back(total > 0 ? drawWeighted(nearest, uniform01(rng) * total)
                                           : int(uniform01(rng) * n));
        if (!distancesTo(l, candidates, dist))
            return false;
        size_t best = 0;
        double bestTotal = std::numeric_limits<double>::infinity();
        for (size_t t = 0; t < candidates.size(); ++t) {
            double sum = 0;
            for (int i = 0; i < n; ++i)
                sum += (dist[t][size_t(i)] = std::min(dist[t][size_t(i)], nearest[size_t(i)]));
            if (sum < bestTotal)
                bestTotal = sum, best = t;
        }
        nearest.swap(dist[best]);
        l.setCentroid(c, l.rows.row(candidates[best]));
    }
    return true;
}

void summarise(const Lloyd& l, int centralCount, KMeansResult& r) {
    const int n = l.rows.rows, d = l.rows.cols;
    r.k = l.k;
    r.d = d;
    r.assignment = l.assignment;
    r.sizes.fill(0, l.k);
    r.inertia = 0;
    QList<std::vector<int>> members(l.k);
    for (int i = 0; i < n; ++i) {
        ++r.sizes[l.assignment[i]];
        members[l.assignment[i]].push_back(i);
        r.inertia += l.best[size_t(i)];
    }
    r.centroids.resize(size_t(l.k) * size_t(d));
    for (int c = 0; c < l.k; ++c)
        std::copy(l.centroids.row(c), l.centroids.row(c) + d, r.centroids.begin() + c * d);
    for (auto& m : members) {
        const int count = std::min(int(m.size()), std::max(0, centralCount));
        std::partial_sort(m.begin(), m.begin() + count, m.end(), [&](int a, int b) {
            return l.best[size_t(a)] != l.best[size_t(b)] ? l.best[size_t(a)] < l.best[size_t(b)]
                                                          : a < b;
        });
        r.central.append(QVector<int>(m.begin(), m.begin() + count));
    }
}

QString checkKMeans(const Rows& rows, const KMeansOptions& o) {
    if (QString e = checkRows(rows); !e.isEmpty())
        return e;
    if (o.k < 1)
        return QCoreApplication::translate("ik::embed::Cluster",
                                           "k is %1: ask for at least 1 cluster")
            .arg(o.k);
    if (o.k > rows.n)
        return QCoreApplication::translate(
                   "ik::embed::Cluster",
                   "k is %1 but there are only %2 rows: ask for at most %2 clusters")
            .arg(o.k)
            .arg(rows.n);
    if (o.restarts < 1)
        return QCoreApplication::translate("ik::embed::Cluster",
                                           "restarts is %1: run at least once")
            .arg(o.restarts);
    if (o.maxIterations < 1)
        return QCoreApplication::translate("ik::embed::Cluster",
                                           "maxIterations is %1: allow at least 1 iteration")
            .arg(o.maxIterations);
    return {};
}

} // namespace

namespace {

// One seeding and Lloyd run. False when cancelled.
bool runOnce(const Padded& p, const std::vector<float>& norms, const KMeansOptions& options,
             quint64 seed, const Control& control, KMeansResult& result) {
    Lloyd l(p, norms, control, options.k);
    l.threads = threadCount(control, (p.rows + 63) / 64);
    std::mt19937_64 rng(seed);
    const double meanNorm =
        std::accumulate(norms.begin(), norms.begin() + p.rows, 0.0) / double(p.rows);
    bool ok = seedPlusPlus(l, rng);
    for (int it = 1; ok && it <= options.maxIterations; ++it) {
        const int changed = l.assign();
        result.iterations = it;
        if (changed < 0 || (it > 1 && changed == 0)) {
            ok = changed >= 0;
            result.converged = ok;
            break;
        }
        control.report(double(it) / double(options.maxIterations));
        const double shift = l.update();
        if (shift <= options.tolerance * meanNorm || it == options.maxIterations) {
            ok = l.assign() >= 0; // rows follow the last move of the centroids
            result.converged = shift <= options.tolerance * meanNorm;
            break;
        }
    }
    if (!ok || control.cancelled())
        return false;
    l.repairEmpty();
    summarise(l, options.centralCount, result);
    return true;
}

} // namespace

KMeansResult kMeans(const Rows& rows, const KMeansOptions& options, const Control& control) {
    KMeansResult best;
    if (QString e = checkKMeans(rows, options); !e.isEmpty()) {
        best.error = e;
        return best;
    }
    std::vector<float> norms;
    const Padded p = padRows(rows, options.metric == Metric::Cosine, &norms);
    for (int r = 0; r < options.restarts; ++r) {
        Control part = control;
        part.progress = [&](double f) { control.report((r + f) / options.restarts); };
        KMeansResult run;
        if (!runOnce(p, norms, options, options.seed + quint64(r), part, run)) {
            best = {};
            best.error = u"cancelled"_s;
            return best;
        }
        if (r == 0 || run.inertia < best.inertia)
            best = std::move(run);
    }
    control.report(1.0);
    return best;
}

// ---- silhouette ----

namespace {

// Pairwise distances of a sample of rows, computed once so several assignments can be scored.
struct SampleDistances {
    std::vector<int> rows; // sampled row indices, ascending
    std::vector<float> dist;
    int s = 0;
};

SampleDistances sampleDistances(const Rows& rows, Metric metric, int sampleSize, quint64 seed,
                                const Control& control) {
    SampleDistances sd;
    std::vector<int> all(size_t(rows.n));
    std::iota(all.begin(), all.end(), 0);
    const int s = std::min(rows.n, std::max(2, sampleSize));
    if (s < rows.n) { // partial Fisher–Yates: a uniform sample without replacement
        std::mt19937_64 rng(seed);
        for (int i = 0; i < s; ++i)
            std::swap(all[size_t(i)], all[size_t(i + int(uniform01(rng) * (rows.n - i)))]);
        all.resize(size_t(s));
        std::sort(all.begin(), all.end());
    }
    std::vector<float> copy(size_t(s) * size_t(rows.d));
    for (int i = 0; i < s; ++i)
        std::copy(rows.row(all[size_t(i)]), rows.row(all[size_t(i)]) + rows.d,
                  copy.begin() + i * rows.d);
    std::vector<float> norms;
    const Padded p = padRows({copy.data(), s, rows.d}, metric == Metric::Cosine, &norms);
    sd.rows = std::move(all);
    sd.s = s;
    sd.dist.assign(size_t(s) * size_t(s), 0.0f);
    constexpr int kBlock = 32;
    const int blocks = (s + kBlock - 1) / kBlock;
    const int threads = threadCount(control, blocks);
    std::vector<std::vector<float>> scratch(static_cast<size_t>(threads));
    const Control quiet{control.cancel, {}, control.threads};
    parallelBlocks(blocks, quiet, threads, [&](int b, int worker) {
        auto& dots = scratch[size_t(worker)];
        dots.resize(size_t(kBlock) * size_t(p.paddedRows));
        const int i0 = b * kBlock, i1 = std::min(s, i0 + kBlock);
        dotBlock(p, i0, i1, p, dots.data());
        for (int i = i0; i < i1; ++i)
            for (int j = 0; j < s; ++j) {
                const float dot = dots[size_t(i - i0) * size_t(p.paddedRows) + size_t(j)];
                const double d = metric == Metric::Cosine
                                     ? 1.0 - dot
                                     : std::sqrt(std::max(0.0, double(norms[size_t(i)]) +
                                                                   norms[size_t(j)] - 2.0 * dot));
                sd.dist[size_t(i) * size_t(s) + size_t(j)] =
                    i == j ? 0.0f : float(std::max(0.0, d));
            }
    });
    return sd;
}

double scoreSample(const SampleDistances& sd, const QVector<int>& assignment, int k) {
    std::vector<int> count(size_t(k), 0);
    for (int r : sd.rows)
        ++count[size_t(assignment[r])];
    double total = 0;
    std::vector<double> sum(static_cast<size_t>(k));
    for (int i = 0; i < sd.s; ++i) {
        const int own = assignment[sd.rows[size_t(i)]];
        if (count[size_t(own)] < 2)
            continue; // a row alone in its cluster scores 0
        std::fill(sum.begin(), sum.end(), 0.0);
        for (int j = 0; j < sd.s; ++j)
            sum[size_t(assignment[sd.rows[size_t(j)]])] += sd.dist[size_t(i) * size_t(sd.s) + j];
        const double a = sum[size_t(own)] / double(count[size_t(own)] - 1);
        double b = std::numeric_limits<double>::infinity();
        for (int c = 0; c < k; ++c)
            if (c != own && count[size_t(c)] > 0)
                b = std::min(b, sum[size_t(c)] / double(count[size_t(c)]));
        if (std::isfinite(b) && std::max(a, b) > 0)
            total += (b - a) / std::max(a, b);
    }
    return total / double(sd.s);
}

} // namespace

double silhouette(const Rows& rows, const QVector<int>& assignment, Metric metric, int sampleSize,
                  quint64 seed) {
    if (!checkRows(rows).isEmpty() || assignment.size() != rows.n)
        return std::numeric_limits<double>::quiet_NaN();
    int k = 0;
    for (int a : assignment) {
        if (a < 0)
            return std::numeric_limits<double>::quiet_NaN();
        k = std::max(k, a + 1);
    }
    return scoreSample(sampleDistances(rows, metric, sampleSize, seed, {}), assignment, k);
}

KChoice chooseK(const Rows& rows, int kMin, int kMax, const KMeansOptions& options, int sampleSize,
                const Control& control) {
    KChoice choice;
    if (QString e = checkRows(rows); !e.isEmpty()) {
        choice.error = e;
        return choice;
    }
    if (kMin < 2 || kMax < kMin || kMax > rows.n - 1) {
        choice.error = QCoreApplication::translate(
                           "ik::embed::Cluster",
                           "k from %1 to %2 cannot be scored by silhouette on %3 rows: choose "
                           "2 <= from <= to <= %4 (rows - 1)")
                           .arg(kMin)
                           .arg(kMax)
                           .arg(rows.n)
                           .arg(rows.n - 1);
        return choice;
    }
    const SampleDistances sd =
        sampleDistances(rows, options.metric, sampleSize, options.seed, control);
    choice.sampled = sd.s;
    const int runs = kMax - kMin + 1;
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int k = kMin; k <= kMax && !control.cancelled(); ++k) {
        KMeansOptions o = options;
        o.k = k;
        Control part = control;
        const double base = double(k - kMin) / runs;
        part.progress = [&](double f) { control.report(base + f / runs); };
        KMeansResult r = kMeans(rows, o, part);
        if (!r.ok()) {
            choice.error = r.error;
            return choice;
        }
        const double score = scoreSample(sd, r.assignment, k);
        choice.ks.append(k);
        choice.scores.append(score);
        if (score > bestScore) {
            bestScore = score;
            choice.best = std::move(r);
        }
    }
    if (control.cancelled())
        return KChoice{u"cancelled"_s, {}, {}, 0, {}};
    return choice;
}

// ---- clusters against labels ----

Confusion confusion(const QStringList& labels, const QVector<int>& clusters) {
    Confusion t;
    if (labels.isEmpty() || labels.size() != clusters.size()) {
        t.error = QCoreApplication::translate(
                      "ik::embed::Cluster",
                      "%1 labels for %2 cluster ids: give one label per clustered row")
                      .arg(labels.size())
                      .arg(clusters.size());
        return t;
    }
    QMap<QString, int> index;
    for (const QString& l : labels)
        index.insert(l, 0);
    t.labels = index.keys();
    for (int i = 0; i < t.labels.size(); ++i)
        index[t.labels[i]] = i;
    for (int c : clusters) {
        if (c < 0) {
            t.error = QCoreApplication::translate("ik::embed::Cluster",
                                                  "cluster id %1 is negative: ids start at 0")
                          .arg(c);
            return t;
        }
        t.clusters = std::max(t.clusters, c + 1);
    }
    for (int i = 0; i < t.labels.size(); ++i)
        t.counts.append(QVector<int>(t.clusters, 0));
    for (qsizetype i = 0; i < labels.size(); ++i)
        ++t.counts[index.value(labels[i])][clusters[i]];
    t.total = int(labels.size());
    return t;
}

double purity(const Confusion& t) {
    if (!t.ok() || t.total == 0)
        return 0;
    int majority = 0;
    for (int c = 0; c < t.clusters; ++c) {
        int top = 0;
        for (const auto& row : t.counts)
            top = std::max(top, row[c]);
        majority += top;
    }
    return double(majority) / double(t.total);
}

double adjustedRandIndex(const Confusion& t) {
    if (!t.ok() || t.total == 0)
        return 0;
    auto pairs = [](double x) { return x * (x - 1) / 2; };
    double index = 0, rows = 0, cols = 0;
    std::vector<double> colSums(size_t(t.clusters), 0.0);
    for (const auto& row : t.counts) {
        double rowSum = 0;
        for (int c = 0; c < t.clusters; ++c) {
            index += pairs(row[c]);
            rowSum += row[c];
            colSums[size_t(c)] += row[c];
        }
        rows += pairs(rowSum);
    }
    for (double s : colSums)
        cols += pairs(s);
    const double expected = rows * cols / pairs(t.total);
    const double max = (rows + cols) / 2;
    if (max == expected) // both partitions trivial alike: they agree perfectly
        return 1.0;
    return (index - expected) / (max - expected);
}

double adjustedRandIndex(const QVector<int>& a, const QVector<int>& b) {
    QStringList labels;
    labels.reserve(a.size());
    for (int x : a)
        labels.append(QString::number(x));
    return adjustedRandIndex(confusion(labels, b));
}

} // namespace ik::embed
