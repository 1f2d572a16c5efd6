// The 2D projection of the embedding inspector: principal components by Lanczos iteration.
#include "embedmath.h"

#include "embedmath_kernel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace ik::embed {

namespace {

using namespace detail;

// Eigen-decomposition of a symmetric tridiagonal matrix by the implicit QL method with shifts.
// d: diagonal (becomes the eigenvalues), e: e[i] = T(i, i+1), e[n-1] = 0. z: n x n row-major,
// identity on entry; column j becomes the eigenvector of d[j]. False if it does not converge.
bool tridiagonalQl(std::vector<double>& d, std::vector<double>& e, std::vector<double>& z, int n) {
    constexpr double eps = std::numeric_limits<double>::epsilon();
    for (int l = 0; l < n; ++l) {
        int iter = 0;
        int m;
        do {
            for (m = l; m < n - 1; ++m) {
                const double dd = std::abs(d[size_t(m)]) + std::abs(d[size_t(m + 1)]);
                if (std::abs(e[size_t(m)]) <= eps * dd)
                    break;
            }
            if (m != l) {
                if (iter++ == 60)
                    return false;
                double g = (d[size_t(l + 1)] - d[size_t(l)]) / (2.0 * e[size_t(l)]);
                double r = std::hypot(g, 1.0);
                g = d[size_t(m)] - d[size_t(l)] + e[size_t(l)] / (g + std::copysign(r, g));
                double s = 1.0, c = 1.0, p = 0.0;
                int i;
                for (i = m - 1; i >= l; --i) {
                    double f = s * e[size_t(i)];
                    const double b = c * e[size_t(i)];
                    e[size_t(i + 1)] = (r = std::hypot(f, g));
                    if (r == 0.0) {
                        d[size_t(i + 1)] -= p;
                        e[size_t(m)] = 0.0;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[size_t(i + 1)] - p;
                    r = (d[size_t(i)] - g) * s + 2.0 * c * b;
                    d[size_t(i + 1)] = g + (p = s * r);
                    g = c * r - b;
                    for (int k = 0; k < n; ++k) {
                        double* zk = z.data() + size_t(k) * size_t(n);
                        f = zk[i + 1];
                        zk[i + 1] = s * zk[i] + c * f;
                        zk[i] = c * zk[i] - s * f;
                    }
                }
                if (r == 0.0 && i >= l)
                    continue;
                d[size_t(l)] -= p;
                e[size_t(l)] = g;
                e[size_t(m)] = 0.0;
            }
        } while (m != l);
    }
    return true;
}
// The rows minus their mean, padded for the SIMD dot products; *total gets the sum of squares.
Padded centredRows(const Vectors& vectors, int n, int d, double* total) {
    std::vector<double> mean(static_cast<size_t>(d), 0.0);
    for (const auto& v : vectors)
        for (int t = 0; t < d; ++t)
            mean[size_t(t)] += v[t];
    for (double& m : mean)
        m /= n;
    Padded x = makePadded(n, d);
    double sum = 0;
    for (int i = 0; i < n; ++i) {
        float* r = x.row(i);
        for (int t = 0; t < d; ++t) {
            const double c = double(vectors[i][t]) - mean[size_t(t)];
            r[t] = float(c);
            sum += c * c;
        }
    }
    *total = sum;
    return x;
}

// A fixed pseudo-random unit vector (xorshift): the same inputs give the same projection.
std::vector<double> startVector(int d) {
    std::vector<double> start(static_cast<size_t>(d));
    quint64 seed = 0x9e3779b97f4a7c15ULL;
    for (double& s : start) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        s = double(seed >> 11) / double(1ULL << 53) - 0.5;
    }
    const double nn = std::sqrt(std::inner_product(start.begin(), start.end(), start.begin(), 0.0));
    for (double& s : start)
        s /= nn;
    return start;
}

// The top two Ritz pairs: values, vectors in the Lanczos basis (entry r of pair c at
// c * steps + r) and that basis. Empty when the iteration found no pair.
struct Ritz {
    std::vector<double> values, vectors;
    std::vector<std::vector<double>> basis;
    int steps = 0;
};

// Lanczos with full reorthogonalisation on the covariance, applied as X^T (X v) in one pass
// over X and never formed: each step costs 2nd flops, where forming X^T X or X X^T would
// cost min(n, d)^2 max(n, d), and Krylov iteration needs a few dozen steps where plain
// power iteration needs hundreds when the top eigenvalues are close.
class Lanczos {
public:
    Lanczos(const Padded& x, int d)
        : m_x(x), m_d(d), m_vf(static_cast<size_t>(x.stride), 0.0f), m_w(static_cast<size_t>(d)) {
        m_q.push_back(startVector(d));
    }

    int steps() const { return int(m_alpha.size()); }
    double firstAlpha() const { return m_alpha.front(); }

    // One step: w = X^T (X q_j), made orthogonal to every Lanczos vector; returns |w|.
    double step() {
        const std::vector<double>& qj = m_q.back();
        for (int t = 0; t < m_d; ++t)
            m_vf[size_t(t)] = float(qj[size_t(t)]);
        std::vector<double>& w = m_w;
        std::fill(w.begin(), w.end(), 0.0);
        for (int i = 0; i < m_x.rows; ++i) {
            const float* r = m_x.row(i);
            const double s = dotPadded(r, m_vf.data(), m_x.stride);
            for (int t = 0; t < m_d; ++t)
                w[size_t(t)] += s * double(r[t]);
        }
        m_alpha.push_back(std::inner_product(w.begin(), w.end(), qj.begin(), 0.0));
        // Classical Gram-Schmidt twice against every Lanczos vector: "twice is enough".
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& qi : m_q) {
                const double c = std::inner_product(w.begin(), w.end(), qi.begin(), 0.0);
                for (int t = 0; t < m_d; ++t)
                    w[size_t(t)] -= c * qi[size_t(t)];
            }
        }
        return std::sqrt(std::inner_product(w.begin(), w.end(), w.begin(), 0.0));
    }

    // w / b becomes the next Lanczos vector.
    void extend(double b) {
        m_beta.push_back(b);
        for (double& t : m_w)
            t /= b;
        m_q.push_back(m_w);
    }

    enum class Check { More, Converged, Failed };
    // Converged when the residual b of both top Ritz pairs is tiny (or when `invariant`);
    // then *out holds them.
    Check check(double b, bool invariant, Ritz* out) {
        const int steps = this->steps();
        std::vector<double> values, vecs;
        if (!solveT(steps, values, vecs))
            return Check::Failed;
        std::vector<int> order(static_cast<size_t>(steps));
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](int u, int v) { return values[size_t(u)] > values[size_t(v)]; });
        bool done = invariant;
        if (!done && steps >= 2) {
            done = true;
            for (int c = 0; c < 2; ++c) {
                const double last =
                    vecs[size_t(steps - 1) * size_t(steps) + size_t(order[size_t(c)])];
                if (std::abs(b * last) > 1e-10 * std::abs(values[size_t(order[0])]))
                    done = false;
            }
        }
        if (!done)
            return Check::More;
        for (int c = 0; c < std::min(2, steps); ++c) {
            const int col = order[size_t(c)];
            out->values.push_back(values[size_t(col)]);
            for (int r = 0; r < steps; ++r)
                out->vectors.push_back(vecs[size_t(r) * size_t(steps) + size_t(col)]);
        }
        out->steps = steps;
        out->basis = std::move(m_q);
        return Check::Converged;
    }

private:
    bool solveT(int m, std::vector<double>& values, std::vector<double>& vecs) const {
        values.assign(m_alpha.begin(), m_alpha.begin() + m);
        std::vector<double> e(static_cast<size_t>(m), 0.0);
        for (int i = 0; i + 1 < m; ++i)
            e[size_t(i)] = m_beta[size_t(i)];
        vecs.assign(size_t(m) * size_t(m), 0.0);
        for (int i = 0; i < m; ++i)
            vecs[size_t(i) * size_t(m) + size_t(i)] = 1.0;
        return tridiagonalQl(values, e, vecs, m);
    }

    const Padded& m_x;
    const int m_d;
    std::vector<std::vector<double>> m_q;
    std::vector<double> m_alpha, m_beta;
    std::vector<float> m_vf;
    std::vector<double> m_w;
};

// Runs Lanczos until the top two pairs converge; nullopt when cancelled or T does not solve.
std::optional<Ritz> topRitzPairs(const Padded& x, int d, int maxSteps, const Control& control) {
    Lanczos lanczos(x, d);
    for (int j = 0; j < maxSteps; ++j) {
        if (control.cancelled())
            return std::nullopt;
        const double b = lanczos.step();
        const int steps = lanczos.steps();
        control.report(double(steps) / double(maxSteps));
        const double scale = std::abs(lanczos.firstAlpha()) + 1e-300;
        // The matvec is in floats: a residual at float precision is an exhausted Krylov space.
        const bool invariant = b <= 1e-7 * scale || steps == maxSteps;
        if (invariant || (steps >= 4 && steps % 4 == 0)) {
            Ritz ritz;
            const Lanczos::Check check = lanczos.check(b, invariant, &ritz);
            if (check == Lanczos::Check::Failed)
                return std::nullopt;
            if (check == Lanczos::Check::Converged)
                return ritz;
        }
        lanczos.extend(b);
    }
    return Ritz();
}

// The principal axes from the Ritz pairs, in the input space, signed so that the
// largest-magnitude entry is positive.
void setAxes(Pca& pca, const Ritz& ritz, double total, int n, int d) {
    const int steps = ritz.steps;
    for (int c = 0; c < int(ritz.values.size()); ++c) {
        const double lambda = std::max(0.0, ritz.values[size_t(c)]);
        if (lambda <= total * 1e-7)
            continue; // below float precision: rank 1 data has no second axis
        std::vector<double> v(static_cast<size_t>(d), 0.0);
        for (int r = 0; r < steps; ++r) {
            const double y = ritz.vectors[size_t(c) * size_t(steps) + size_t(r)];
            for (int t = 0; t < d; ++t)
                v[size_t(t)] += y * ritz.basis[size_t(r)][size_t(t)];
        }
        const double nv = std::sqrt(std::inner_product(v.begin(), v.end(), v.begin(), 0.0));
        int big = 0;
        for (int t = 1; t < d; ++t)
            if (std::abs(v[size_t(t)]) > std::abs(v[size_t(big)]))
                big = t;
        const double sign = v[size_t(big)] < 0 ? -1.0 : 1.0;
        for (int t = 0; t < d; ++t)
            pca.components[c][t] = sign * v[size_t(t)] / nv;
        pca.variance[c] = lambda / (n - 1);
        pca.explained[c] = lambda / total;
    }
}

// Each centred row's coordinates on the two axes.
void project(Pca& pca, const Padded& x, int n, int d) {
    for (int i = 0; i < n; ++i) {
        const float* r = x.row(i);
        double p0 = 0, p1 = 0;
        for (int t = 0; t < d; ++t) {
            p0 += double(r[t]) * pca.components[0][t];
            p1 += double(r[t]) * pca.components[1][t];
        }
        pca.points[i] = QPointF(p0, p1);
    }
}

} // namespace

std::optional<Pca> pca2d(const Vectors& vectors, const Control& control) {
    const int d = commonDimension(vectors);
    const int n = int(vectors.size());
    if (d <= 0 || n < 2)
        return std::nullopt;
    double total = 0;
    const Padded x = centredRows(vectors, n, d, &total);
    Pca pca;
    pca.totalVariance = total / (n - 1);
    pca.points.fill(QPointF(0, 0), n);
    pca.components[0].fill(0.0, d);
    pca.components[1].fill(0.0, d);
    if (total <= 0)
        return pca; // every input is the same vector: nothing to project
    const std::optional<Ritz> ritz = topRitzPairs(x, d, std::min({d, n, 300}), control);
    if (!ritz)
        return std::nullopt;
    setAxes(pca, *ritz, total, n, d);
    project(pca, x, n, d);
    control.report(1.0);
    return pca;
}

} // namespace ik::embed
