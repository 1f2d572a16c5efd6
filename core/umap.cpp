// UMAP: fuzzy graph, curve fit, layout by SGD. Each step follows umap-learn's reference code
// (smooth_knn_dist, compute_membership_strengths, find_ab_params, optimize_layout_euclidean) so
// layouts read like the ones people know.
#include "umap.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace ik::embed {

namespace {

// splitmix64: small, fast and the same everywhere, for the start and the negative samples.
quint64 nextRandom(quint64& state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
double uniform(quint64& state) {
    return double(nextRandom(state) >> 11) * 0x1.0p-53;
}

double curveAt(double a, double b, double x) {
    return 1.0 / (1.0 + a * std::pow(x, 2 * b));
}

// Binary search for the sigma that makes row i's memberships sum to log2(nNeighbors), with rho
// the distance to its nearest neighbour (local connectivity 1).
void smoothKnn(const KnnGraph& g, int nNeighbors, FuzzyGraph& f) {
    constexpr double kTolerance = 1e-5, kMinScale = 1e-3;
    const int used = nNeighbors - 1; // the row itself is the first of umap-learn's neighbours
    const double target = std::log2(double(nNeighbors));
    double meanAll = 0;
    for (int i = 0; i < g.n; ++i)
        for (int r = 0; r < used; ++r)
            meanAll += g.distancesOf(i)[r];
    meanAll /= double(g.n) * nNeighbors;
    f.sigmas.assign(size_t(g.n), 0.0f);
    f.rhos.assign(size_t(g.n), 0.0f);
    for (int i = 0; i < g.n; ++i) {
        const float* d = g.distancesOf(i);
        double rho = 0, mean = 0;
        for (int r = 0; r < used; ++r) {
            mean += d[r];
            if (rho == 0 && d[r] > 0)
                rho = d[r];
        }
        mean /= nNeighbors;
        double lo = 0, hi = std::numeric_limits<double>::infinity(), mid = 1;
        for (int it = 0; it < 64; ++it) {
            double psum = 0;
            for (int r = 0; r < used; ++r)
                psum += d[r] - rho > 0 ? std::exp(-(d[r] - rho) / mid) : 1.0;
            if (std::abs(psum - target) < kTolerance)
                break;
            if (psum > target)
                hi = mid, mid = (lo + hi) / 2;
            else
                lo = mid, mid = std::isinf(hi) ? mid * 2 : (lo + hi) / 2;
        }
        mid = std::max(mid, kMinScale * (rho > 0 ? mean : meanAll));
        f.sigmas[size_t(i)] = float(mid);
        f.rhos[size_t(i)] = float(rho);
    }
}

// Laplacian eigenmaps, umap-learn's spectral start: the eigenvectors of M = D^-1/2 W D^-1/2 with
// the largest eigenvalues after the trivial one (D^1/2 1), which are the normalised Laplacian's
// smallest. Subspace iteration on (I + M) / 2 (eigenvalues in [0, 1], same order) from a seeded
// random block with one spare column, the trivial vector projected out at every pass.
std::vector<float> spectralStart(int n, int dim, const std::vector<int>& heads,
                                 const std::vector<int>& tails, const std::vector<float>& w,
                                 quint64& rng) {
    constexpr int kIterations = 300;
    std::vector<double> scale(size_t(n), 0.0), trivial(static_cast<size_t>(n));
    for (size_t e = 0; e < heads.size(); ++e)
        scale[size_t(heads[e])] += w[e];
    double norm = 0;
    for (int i = 0; i < n; ++i) {
        trivial[size_t(i)] = std::sqrt(scale[size_t(i)]);
        norm += scale[size_t(i)];
        scale[size_t(i)] = scale[size_t(i)] > 0 ? 1.0 / std::sqrt(scale[size_t(i)]) : 0.0;
    }
    for (double& t : trivial)
        t /= std::sqrt(std::max(norm, 1e-300));
    const int m = dim + 1;
    std::vector<std::vector<double>> v(static_cast<size_t>(m),
                                       std::vector<double>(static_cast<size_t>(n)));
    for (auto& col : v)
        for (double& x : col)
            x = uniform(rng) - 0.5;
    std::vector<double> next(static_cast<size_t>(n));
    auto removeFrom = [&](std::vector<double>& x, const std::vector<double>& u) {
        const double dot = std::inner_product(x.begin(), x.end(), u.begin(), 0.0);
        for (int i = 0; i < n; ++i)
            x[size_t(i)] -= dot * u[size_t(i)];
    };
    for (int it = 0; it < kIterations; ++it)
        for (int c = 0; c < m; ++c) {
            std::vector<double>& x = v[size_t(c)];
            for (int i = 0; i < n; ++i)
                next[size_t(i)] = 0.5 * x[size_t(i)];
            for (size_t e = 0; e < heads.size(); ++e)
                next[size_t(heads[e])] += 0.5 * w[e] * scale[size_t(heads[e])] *
                                          scale[size_t(tails[e])] * x[size_t(tails[e])];
            x.swap(next);
            removeFrom(x, trivial);
            for (int p = 0; p < c; ++p)
                removeFrom(x, v[size_t(p)]);
            const double len = std::sqrt(std::inner_product(x.begin(), x.end(), x.begin(), 0.0));
            for (double& xi : x)
                xi = len > 0 ? xi / len : 0.0;
        }
    std::vector<float> y(size_t(n) * size_t(dim));
    double top = 0;
    for (int c = 0; c < dim; ++c)
        for (int i = 0; i < n; ++i)
            top = std::max(top, std::abs(v[size_t(c)][size_t(i)]));
    // As umap-learn: the largest coordinate becomes 10, and a little noise separates ties.
    for (int i = 0; i < n; ++i)
        for (int c = 0; c < dim; ++c)
            y[size_t(i * dim + c)] = float(v[size_t(c)][size_t(i)] * (top > 0 ? 10.0 / top : 1.0) +
                                           1e-4 * (uniform(rng) - 0.5));
    return y;
}

QString checkOptions(const KnnGraph& g, const UmapOptions& o) {
    if (QString e = checkGraph(g); !e.isEmpty())
        return e;
    if (o.nNeighbors < 2)
        return QCoreApplication::translate("ik::embed::Umap", "n_neighbors is %1: use at least 2")
            .arg(o.nNeighbors);
    if (o.nNeighbors >= g.n)
        return QCoreApplication::translate(
                   "ik::embed::Umap",
                   "n_neighbors is %1 but there are only %2 rows: choose at most %3")
            .arg(o.nNeighbors)
            .arg(g.n)
            .arg(g.n - 1);
    if (g.k < o.nNeighbors - 1)
        return QCoreApplication::translate("ik::embed::Umap",
                                           "the neighbour graph has %1 neighbours per row; "
                                           "n_neighbors = %2 needs %3: build "
                                           "it with more neighbours or lower n_neighbors")
            .arg(g.k)
            .arg(o.nNeighbors)
            .arg(o.nNeighbors - 1);
    if (!(o.spread > 0) || !(o.minDist >= 0) || o.minDist > o.spread)
        return QCoreApplication::translate(
                   "ik::embed::Umap",
                   "min_dist %1 and spread %2: need 0 <= min_dist <= spread and spread > 0")
            .arg(o.minDist)
            .arg(o.spread);
    if (o.nComponents != 2 && o.nComponents != 3)
        return QCoreApplication::translate("ik::embed::Umap",
                                           "%1 components: UMAP lays out in 2 or 3")
            .arg(o.nComponents);
    if (o.epochs < 0 || o.negativeSampleRate < 0 || !(o.learningRate > 0))
        return QCoreApplication::translate(
            "ik::embed::Umap",
            "epochs and negative samples must be >= 0 and the learning rate > 0");
    if (!o.initial.empty() && o.initial.size() != size_t(g.n) * size_t(o.nComponents))
        return QCoreApplication::translate(
                   "ik::embed::Umap",
                   "the starting layout has %1 values; it needs %2 rows x %3 components")
            .arg(o.initial.size())
            .arg(g.n)
            .arg(o.nComponents);
    return {};
}

} // namespace

UmapCurve fitUmapCurve(double minDist, double spread) {
    // Levenberg–Marquardt from (1, 1), as scipy's curve_fit does for umap-learn.
    constexpr int kPoints = 300;
    std::vector<double> xs(kPoints), ys(kPoints);
    for (int i = 0; i < kPoints; ++i) {
        xs[size_t(i)] = spread * 3 * i / (kPoints - 1);
        ys[size_t(i)] =
            xs[size_t(i)] < minDist ? 1.0 : std::exp(-(xs[size_t(i)] - minDist) / spread);
    }
    auto cost = [&](double a, double b) {
        double s = 0;
        for (int i = 0; i < kPoints; ++i)
            s += std::pow(curveAt(a, b, xs[size_t(i)]) - ys[size_t(i)], 2);
        return s;
    };
    double a = 1, b = 1, lambda = 1e-3, current = cost(a, b);
    for (int it = 0; it < 500; ++it) {
        double jaa = 0, jab = 0, jbb = 0, ga = 0, gb = 0;
        for (int i = 0; i < kPoints; ++i) {
            const double x = xs[size_t(i)];
            if (x <= 0)
                continue; // f = 1 there whatever a and b: no gradient
            const double p = std::pow(x, 2 * b), f = 1.0 / (1.0 + a * p), r = f - ys[size_t(i)];
            const double da = -p * f * f, db = -a * p * 2 * std::log(x) * f * f;
            jaa += da * da, jab += da * db, jbb += db * db, ga += da * r, gb += db * r;
        }
        const double ma = jaa * (1 + lambda), mb = jbb * (1 + lambda);
        const double det = ma * mb - jab * jab;
        if (!(std::abs(det) > 0))
            break;
        const double stepA = -(mb * ga - jab * gb) / det, stepB = -(ma * gb - jab * ga) / det;
        const double next = cost(a + stepA, b + stepB);
        if (next < current) {
            const bool small = current - next < 1e-15 * std::max(1.0, current);
            a += stepA, b += stepB, current = next, lambda /= 10;
            if (small)
                break;
        } else if ((lambda *= 10) > 1e12) {
            break;
        }
    }
    return {a, b};
}

FuzzyGraph fuzzySimplicialSet(const KnnGraph& g, int nNeighbors) {
    FuzzyGraph f;
    f.n = g.n;
    if (!checkGraph(g).isEmpty() || nNeighbors < 2 || g.k < nNeighbors - 1)
        return f;
    smoothKnn(g, nNeighbors, f);
    // Directed memberships and their transposes, then the fuzzy union a + b - ab per pair.
    struct Entry {
        int head, tail;
        float w;
        bool transposed;
    };
    std::vector<Entry> all;
    all.reserve(size_t(g.n) * size_t(nNeighbors - 1) * 2);
    for (int i = 0; i < g.n; ++i)
        for (int r = 0; r < nNeighbors - 1; ++r) {
            const int j = g.neighbours(i)[r];
            const double d = double(g.distancesOf(i)[r]) - f.rhos[size_t(i)];
            const float w = d <= 0 || f.sigmas[size_t(i)] == 0
                                ? 1.0f
                                : float(std::exp(-d / f.sigmas[size_t(i)]));
            all.push_back({i, j, w, false});
            all.push_back({j, i, w, true});
        }
    std::sort(all.begin(), all.end(), [](const Entry& x, const Entry& y) {
        return x.head != y.head ? x.head < y.head : x.tail < y.tail;
    });
    for (size_t s = 0; s < all.size();) {
        size_t e = s;
        float mine = 0, theirs = 0;
        for (; e < all.size() && all[e].head == all[s].head && all[e].tail == all[s].tail; ++e)
            (all[e].transposed ? theirs : mine) =
                std::max(all[e].transposed ? theirs : mine, all[e].w);
        const float w = mine + theirs - mine * theirs;
        if (w > 0) {
            f.heads.push_back(all[s].head);
            f.tails.push_back(all[s].tail);
            f.weights.push_back(w);
        }
        s = e;
    }
    return f;
}

QString Umap::start(const KnnGraph& graph, const UmapOptions& options) {
    *this = Umap();
    if (QString e = checkOptions(graph, options); !e.isEmpty())
        return e;
    options_ = options;
    n_ = graph.n;
    dim_ = options.nComponents;
    epochs_ = options.epochs > 0 ? options.epochs : (n_ <= 10000 ? 500 : 200);
    curve_ = fitUmapCurve(options.minDist, options.spread);
    const FuzzyGraph f = fuzzySimplicialSet(graph, options.nNeighbors);
    const float wMax =
        f.weights.empty() ? 0.0f : *std::max_element(f.weights.begin(), f.weights.end());
    // Edges too weak to be sampled once in all the epochs are dropped, as umap-learn does; an
    // edge of weight w is sampled every wMax / w epochs.
    std::vector<float> weights;
    for (size_t e = 0; e < f.weights.size(); ++e) {
        if (f.weights[e] < wMax / float(epochs_))
            continue;
        heads_.push_back(f.heads[e]);
        tails_.push_back(f.tails[e]);
        weights.push_back(f.weights[e]);
        perSample_.push_back(double(wMax) / double(f.weights[e]));
    }
    nextSample_ = perSample_;
    for (double p : perSample_)
        perNegative_.push_back(options.negativeSampleRate > 0 ? p / options.negativeSampleRate : 0);
    nextNegative_ = perNegative_;
    rng_ = options.seed;
    y_.resize(size_t(n_) * size_t(dim_));
    if (!options.initial.empty())
        y_ = options.initial;
    else if (options.init == UmapInit::Spectral)
        y_ = spectralStart(n_, dim_, heads_, tails_, weights, rng_);
    else
        for (float& v : y_)
            v = float(uniform(rng_) * 20.0 - 10.0);
    // Every start is rescaled to [0, 10] per axis, where a and b were fitted to work.
    for (int c = 0; c < dim_; ++c) {
        float lo = std::numeric_limits<float>::infinity(), hi = -lo;
        for (int i = 0; i < n_; ++i)
            lo = std::min(lo, y_[size_t(i * dim_ + c)]),
            hi = std::max(hi, y_[size_t(i * dim_ + c)]);
        const float range = hi > lo ? hi - lo : 1.0f;
        for (int i = 0; i < n_; ++i)
            y_[size_t(i * dim_ + c)] = 10.0f * (y_[size_t(i * dim_ + c)] - lo) / range;
    }
    return {};
}

int Umap::step(int epochs) {
    int ran = 0;
    for (; ran < epochs && epoch_ < epochs_; ++ran, ++epoch_)
        runEpoch();
    return ran;
}

// One epoch of optimize_layout_euclidean: attract along each edge due this epoch (moving both
// ends), then repel the head from a few uniformly drawn rows. Gradients are clipped to 4.
void Umap::runEpoch() {
    const double a = curve_.a, b = curve_.b, gamma = options_.repulsionStrength;
    const float alpha = float(options_.learningRate * (1.0 - double(epoch_) / epochs_));
    const double n = epoch_;
    auto clip = [](double g) { return float(std::clamp(g, -4.0, 4.0)); };
    for (size_t e = 0; e < heads_.size(); ++e) {
        if (nextSample_[e] > n)
            continue;
        float* cur = y_.data() + size_t(heads_[e]) * size_t(dim_);
        float* other = y_.data() + size_t(tails_[e]) * size_t(dim_);
        double d2 = 0;
        for (int c = 0; c < dim_; ++c)
            d2 += double(cur[c] - other[c]) * double(cur[c] - other[c]);
        const double coeff =
            d2 > 0 ? -2.0 * a * b * std::pow(d2, b - 1.0) / (a * std::pow(d2, b) + 1.0) : 0.0;
        for (int c = 0; c < dim_; ++c) {
            const float g = clip(coeff * (cur[c] - other[c]));
            cur[c] += g * alpha;
            other[c] -= g * alpha;
        }
        nextSample_[e] += perSample_[e];
        if (perNegative_[e] <= 0)
            continue;
        const int negatives = int((n - nextNegative_[e]) / perNegative_[e]);
        for (int p = 0; p < negatives; ++p) {
            const int k = int(nextRandom(rng_) % quint64(n_));
            if (k == heads_[e])
                continue;
            const float* far = y_.data() + size_t(k) * size_t(dim_);
            d2 = 0;
            for (int c = 0; c < dim_; ++c)
                d2 += double(cur[c] - far[c]) * double(cur[c] - far[c]);
            const double rep =
                d2 > 0 ? 2.0 * gamma * b / ((0.001 + d2) * (a * std::pow(d2, b) + 1.0)) : 0.0;
            for (int c = 0; c < dim_; ++c)
                cur[c] += (rep > 0 ? clip(rep * (cur[c] - far[c])) : 0.0f) * alpha;
        }
        nextNegative_[e] += negatives * perNegative_[e];
    }
}

Layout umap(const KnnGraph& graph, const UmapOptions& options, const Control& control,
            const LayoutCallback& onLayout, int every) {
    Umap u;
    if (QString e = u.start(graph, options); !e.isEmpty()) {
        Layout out;
        out.error = e;
        return out;
    }
    return runToEnd(u, control, onLayout, every);
}

} // namespace ik::embed
