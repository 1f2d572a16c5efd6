#include "embedmath.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <numeric>
#include <thread>

namespace ik::embed {

namespace {

// GCC/Clang vector extension: four floats per operation whatever -march is, so the kernel is
// SIMD without -ffast-math (a plain float reduction loop is not vectorised without it).
using v4 = float __attribute__((vector_size(16)));

inline v4 load4(const float* p) {
    v4 r;
    std::memcpy(&r, p, sizeof r);
    return r;
}
inline float hsum(v4 v) {
    return (v[0] + v[1]) + (v[2] + v[3]);
}

// Rows padded to a multiple of 4 floats (zeros) and the row count to a multiple of 4 (zero
// rows), so the kernel never needs a tail.
struct Padded {
    int rows = 0, cols = 0, stride = 0, paddedRows = 0;
    std::vector<float> data;
    const float* row(int i) const { return data.data() + size_t(i) * size_t(stride); }
    float* row(int i) { return data.data() + size_t(i) * size_t(stride); }
};

Padded makePadded(int rows, int cols) {
    Padded p;
    p.rows = rows;
    p.cols = cols;
    p.stride = (cols + 3) / 4 * 4;
    p.paddedRows = (rows + 3) / 4 * 4;
    p.data.assign(size_t(p.paddedRows) * size_t(p.stride), 0.0f);
    return p;
}

float dotPadded(const float* a, const float* b, int stride) {
    v4 c0{}, c1{};
    int t = 0;
    for (; t + 8 <= stride; t += 8) {
        c0 += load4(a + t) * load4(b + t);
        c1 += load4(a + t + 4) * load4(b + t + 4);
    }
    for (; t < stride; t += 4)
        c0 += load4(a + t) * load4(b + t);
    return hsum(c0 + c1);
}

// Two rows of A against four rows of B: eight dot products sharing every load.
void kernel2x4(const float* a0, const float* a1, const float* const b[4], int stride,
               float out[2][4]) {
    v4 c00{}, c01{}, c02{}, c03{}, c10{}, c11{}, c12{}, c13{};
    for (int t = 0; t < stride; t += 4) {
        const v4 x0 = load4(a0 + t), x1 = load4(a1 + t);
        v4 y = load4(b[0] + t);
        c00 += x0 * y;
        c10 += x1 * y;
        y = load4(b[1] + t);
        c01 += x0 * y;
        c11 += x1 * y;
        y = load4(b[2] + t);
        c02 += x0 * y;
        c12 += x1 * y;
        y = load4(b[3] + t);
        c03 += x0 * y;
        c13 += x1 * y;
    }
    out[0][0] = hsum(c00), out[0][1] = hsum(c01), out[0][2] = hsum(c02), out[0][3] = hsum(c03);
    out[1][0] = hsum(c10), out[1][1] = hsum(c11), out[1][2] = hsum(c12), out[1][3] = hsum(c13);
}

// C = A A^T (rows x rows), computing the upper triangle only and mirroring it. Work is split in
// blocks of 32 rows of A: for each group of 4 rows of B the group stays in L1 while the 32 rows
// of the block (in L2) stream past it. Blocks are handed out dynamically to the threads, the
// first (largest, it is a triangle) first. False when cancelled.
bool gram(const Padded& a, float* c, const Control& control) {
    const int n = a.rows;
    constexpr int kBlock = 32;
    const int blocks = (n + kBlock - 1) / kBlock;
    std::atomic_int next{0};
    std::atomic<qint64> doneWork{0};
    std::atomic_bool stop{false};
    const qint64 totalWork = qint64(n) * (n + 1) / 2;

    auto runBlock = [&](int block) {
        const int i0 = block * kBlock, i1 = std::min(n, i0 + kBlock);
        const int iEnd = std::min(a.paddedRows, (i1 + 1) / 2 * 2);
        float out[2][4];
        for (int j0 = i0 / 4 * 4; j0 < n; j0 += 4) {
            const float* b[4] = {a.row(j0), a.row(j0 + 1), a.row(j0 + 2), a.row(j0 + 3)};
            for (int i = i0; i < iEnd; i += 2) {
                if (i > j0 + 3)
                    break;
                kernel2x4(a.row(i), a.row(i + 1), b, a.stride, out);
                for (int r = 0; r < 2; ++r) {
                    const int ii = i + r;
                    if (ii >= i1)
                        continue;
                    for (int q = 0; q < 4; ++q) {
                        const int jj = j0 + q;
                        if (jj < ii || jj >= n)
                            continue;
                        c[size_t(ii) * size_t(n) + size_t(jj)] = out[r][q];
                        c[size_t(jj) * size_t(n) + size_t(ii)] = out[r][q];
                    }
                }
            }
        }
        qint64 work = 0;
        for (int i = i0; i < i1; ++i)
            work += n - i;
        doneWork += work;
    };
    auto worker = [&] {
        for (int block; !stop.load() && (block = next++) < blocks;) {
            if (control.cancelled()) {
                stop = true;
                break;
            }
            runBlock(block);
        }
    };

    int threads = control.threads > 0 ? control.threads : int(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, std::max(1, blocks));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(worker);
    // The calling thread works too, and alone reports progress.
    for (int block; !stop.load() && (block = next++) < blocks;) {
        if (control.cancelled()) {
            stop = true;
            break;
        }
        runBlock(block);
        control.report(totalWork ? double(doneWork.load()) / double(totalWork) : 1.0);
    }
    for (auto& h : helpers)
        h.join();
    return !stop.load() && !control.cancelled();
}

Padded normalisedRows(const Vectors& vectors, int dim) {
    Padded p = makePadded(int(vectors.size()), dim);
    for (int i = 0; i < p.rows; ++i) {
        const QVector<float>& v = vectors[i];
        double s = 0;
        for (float x : v)
            s += double(x) * double(x);
        const double inv = s > 0 ? 1.0 / std::sqrt(s) : 0.0;
        float* out = p.row(i);
        for (int t = 0; t < dim; ++t)
            out[t] = float(double(v[t]) * inv);
    }
    return p;
}

QList<Neighbour> topOf(const std::vector<float>& scores, int exclude, int k) {
    std::vector<int> idx;
    idx.reserve(scores.size());
    for (int j = 0; j < int(scores.size()); ++j)
        if (j != exclude)
            idx.push_back(j);
    const int count = k < 0 ? int(idx.size()) : std::min(k, int(idx.size()));
    auto better = [&](int x, int y) {
        return scores[size_t(x)] != scores[size_t(y)] ? scores[size_t(x)] > scores[size_t(y)]
                                                      : x < y;
    };
    std::partial_sort(idx.begin(), idx.begin() + count, idx.end(), better);
    QList<Neighbour> out;
    out.reserve(count);
    for (int r = 0; r < count; ++r)
        out.append({idx[size_t(r)], double(scores[size_t(idx[size_t(r)])])});
    return out;
}

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

QVector<double> averageRanks(const QVector<double>& x) {
    const int n = int(x.size());
    std::vector<int> idx(static_cast<size_t>(n));
    std::iota(idx.begin(), idx.end(), 0);
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return x[a] < x[b]; });
    QVector<double> ranks(n);
    for (int s = 0; s < n;) {
        int e = s + 1;
        while (e < n && x[idx[size_t(e)]] == x[idx[size_t(s)]])
            ++e;
        const double r = (s + e - 1) / 2.0 + 1.0;
        for (int t = s; t < e; ++t)
            ranks[idx[size_t(t)]] = r;
        s = e;
    }
    return ranks;
}

} // namespace

// ---- norms and statistics ----

int commonDimension(const Vectors& vectors) {
    if (vectors.isEmpty())
        return 0;
    const qsizetype d = vectors.first().size();
    for (const auto& v : vectors)
        if (v.size() != d)
            return -1;
    return int(d);
}

double l2Norm(const QVector<float>& v) {
    double s = 0;
    for (float x : v)
        s += double(x) * double(x);
    return std::sqrt(s);
}

QVector<double> l2Norms(const Vectors& vectors) {
    QVector<double> out;
    out.reserve(vectors.size());
    for (const auto& v : vectors)
        out.append(l2Norm(v));
    return out;
}

NormStats normStats(const QVector<double>& norms, double tolerance) {
    NormStats s;
    s.count = int(norms.size());
    if (norms.isEmpty())
        return s;
    s.min = *std::min_element(norms.begin(), norms.end());
    s.max = *std::max_element(norms.begin(), norms.end());
    s.mean = std::accumulate(norms.begin(), norms.end(), 0.0) / double(norms.size());
    s.normalised = std::abs(s.min - 1.0) <= tolerance && std::abs(s.max - 1.0) <= tolerance;
    return s;
}

DimensionStats dimensionStats(const Vectors& vectors) {
    DimensionStats s;
    const int d = commonDimension(vectors);
    if (d <= 0)
        return s;
    s.mean.fill(0.0, d);
    s.stddev.fill(0.0, d);
    // Welford's update: one pass, no cancellation from subtracting large sums.
    QVector<double> m2(d, 0.0);
    double count = 0;
    for (const auto& v : vectors) {
        count += 1;
        for (int t = 0; t < d; ++t) {
            const double x = v[t];
            const double delta = x - s.mean[t];
            s.mean[t] += delta / count;
            m2[t] += delta * (x - s.mean[t]);
        }
    }
    for (int t = 0; t < d; ++t)
        s.stddev[t] = std::sqrt(m2[t] / count);
    return s;
}

double cosine(const QVector<float>& a, const QVector<float>& b) {
    if (a.size() != b.size() || a.isEmpty())
        return 0;
    double ab = 0, aa = 0, bb = 0;
    for (qsizetype t = 0; t < a.size(); ++t) {
        ab += double(a[t]) * double(b[t]);
        aa += double(a[t]) * double(a[t]);
        bb += double(b[t]) * double(b[t]);
    }
    if (aa <= 0 || bb <= 0)
        return 0;
    return ab / (std::sqrt(aa) * std::sqrt(bb));
}

// ---- similarity matrix ----

std::optional<SimilarityMatrix> similarityMatrix(const Vectors& vectors, const Control& control) {
    const int d = commonDimension(vectors);
    if (d < 0)
        return std::nullopt;
    SimilarityMatrix m;
    m.n = int(vectors.size());
    if (m.n == 0)
        return m;
    const Padded a = normalisedRows(vectors, d);
    m.values.assign(size_t(m.n) * size_t(m.n), 0.0f);
    if (!gram(a, m.values.data(), control))
        return std::nullopt;
    // A vector is identical to itself, exactly; a zero vector is similar to nothing.
    for (int i = 0; i < m.n; ++i) {
        const float* r = a.row(i);
        const bool zero = std::all_of(r, r + d, [](float x) { return x == 0.0f; });
        m.values[size_t(i) * size_t(m.n) + size_t(i)] = zero ? 0.0f : 1.0f;
    }
    control.report(1.0);
    return m;
}

// ---- neighbours ----

QList<Neighbour> nearestNeighbours(const SimilarityMatrix& matrix, int i, int k) {
    if (i < 0 || i >= matrix.n)
        return {};
    const float* r = matrix.row(i);
    return topOf(std::vector<float>(r, r + matrix.n), i, k);
}

QList<Neighbour> nearestNeighbours(const Vectors& vectors, int i, int k) {
    if (i < 0 || i >= vectors.size())
        return {};
    std::vector<float> scores(static_cast<size_t>(vectors.size()));
    for (int j = 0; j < int(vectors.size()); ++j)
        scores[size_t(j)] = j == i ? 0.0f : float(cosine(vectors[i], vectors[j]));
    return topOf(scores, i, k);
}

QList<Neighbour> rankAgainst(const QVector<float>& query, const Vectors& vectors, int k) {
    std::vector<float> scores(static_cast<size_t>(vectors.size()));
    for (int j = 0; j < int(vectors.size()); ++j)
        scores[size_t(j)] = float(cosine(query, vectors[j]));
    return topOf(scores, -1, k);
}

// ---- projection ----

std::optional<Pca> pca2d(const Vectors& vectors, const Control& control) {
    const int d = commonDimension(vectors);
    const int n = int(vectors.size());
    if (d <= 0 || n < 2)
        return std::nullopt;

    // Centred rows, padded for the SIMD dot products.
    std::vector<double> mean(static_cast<size_t>(d), 0.0);
    for (const auto& v : vectors)
        for (int t = 0; t < d; ++t)
            mean[size_t(t)] += v[t];
    for (double& m : mean)
        m /= n;
    Padded x = makePadded(n, d);
    double total = 0;
    for (int i = 0; i < n; ++i) {
        float* r = x.row(i);
        for (int t = 0; t < d; ++t) {
            const double c = double(vectors[i][t]) - mean[size_t(t)];
            r[t] = float(c);
            total += c * c;
        }
    }

    Pca pca;
    pca.totalVariance = total / (n - 1);
    pca.points.fill(QPointF(0, 0), n);
    pca.components[0].fill(0.0, d);
    pca.components[1].fill(0.0, d);
    if (total <= 0)
        return pca; // every input is the same vector: nothing to project

    // Lanczos with full reorthogonalisation on the covariance, applied as X^T (X v) in one pass
    // over X and never formed: each step costs 2nd flops, where forming X^T X or X X^T would
    // cost min(n, d)^2 max(n, d), and Krylov iteration needs a few dozen steps where plain
    // power iteration needs hundreds when the top eigenvalues are close.
    const int maxSteps = std::min({d, n, 300});
    std::vector<std::vector<double>> q;
    std::vector<double> alpha, beta;
    std::vector<double> start(static_cast<size_t>(d));
    quint64 seed = 0x9e3779b97f4a7c15ULL;
    for (double& s : start) {
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        s = double(seed >> 11) / double(1ULL << 53) - 0.5;
    }
    {
        double nn = std::sqrt(std::inner_product(start.begin(), start.end(), start.begin(), 0.0));
        for (double& s : start)
            s /= nn;
    }
    q.push_back(start);
    std::vector<float> vf(static_cast<size_t>(x.stride), 0.0f);
    std::vector<double> w(static_cast<size_t>(d));
    std::vector<double> ritzValues, ritzVectors; // of T, when converged
    int steps = 0;
    auto solveT = [&](int m, std::vector<double>& values, std::vector<double>& vecs) {
        values.assign(alpha.begin(), alpha.begin() + m);
        std::vector<double> e(static_cast<size_t>(m), 0.0);
        for (int i = 0; i + 1 < m; ++i)
            e[size_t(i)] = beta[size_t(i)];
        vecs.assign(size_t(m) * size_t(m), 0.0);
        for (int i = 0; i < m; ++i)
            vecs[size_t(i) * size_t(m) + size_t(i)] = 1.0;
        return tridiagonalQl(values, e, vecs, m);
    };
    for (int j = 0; j < maxSteps; ++j) {
        if (control.cancelled())
            return std::nullopt;
        const std::vector<double>& qj = q.back();
        for (int t = 0; t < d; ++t)
            vf[size_t(t)] = float(qj[size_t(t)]);
        std::fill(w.begin(), w.end(), 0.0);
        for (int i = 0; i < n; ++i) {
            const float* r = x.row(i);
            const double s = dotPadded(r, vf.data(), x.stride);
            for (int t = 0; t < d; ++t)
                w[size_t(t)] += s * double(r[t]);
        }
        const double a = std::inner_product(w.begin(), w.end(), qj.begin(), 0.0);
        alpha.push_back(a);
        // Classical Gram-Schmidt twice against every Lanczos vector: "twice is enough".
        for (int pass = 0; pass < 2; ++pass) {
            for (const auto& qi : q) {
                const double c = std::inner_product(w.begin(), w.end(), qi.begin(), 0.0);
                for (int t = 0; t < d; ++t)
                    w[size_t(t)] -= c * qi[size_t(t)];
            }
        }
        const double b = std::sqrt(std::inner_product(w.begin(), w.end(), w.begin(), 0.0));
        steps = j + 1;
        control.report(double(steps) / double(maxSteps));
        const double scale = std::abs(alpha.front()) + 1e-300;
        // The matvec is in floats: a residual at float precision is an exhausted Krylov space.
        const bool invariant = b <= 1e-7 * scale || steps == maxSteps;
        // Converged when the residual of both top Ritz pairs is tiny.
        if (invariant || (steps >= 4 && steps % 4 == 0)) {
            std::vector<double> values, vecs;
            if (!solveT(steps, values, vecs))
                return std::nullopt;
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
            if (done) {
                ritzValues.clear();
                ritzVectors.clear();
                for (int c = 0; c < std::min(2, steps); ++c) {
                    const int col = order[size_t(c)];
                    ritzValues.push_back(values[size_t(col)]);
                    for (int r = 0; r < steps; ++r)
                        ritzVectors.push_back(vecs[size_t(r) * size_t(steps) + size_t(col)]);
                }
                break;
            }
        }
        beta.push_back(b);
        for (double& t : w)
            t /= b;
        q.push_back(w);
    }

    for (int c = 0; c < int(ritzValues.size()); ++c) {
        const double lambda = std::max(0.0, ritzValues[size_t(c)]);
        if (lambda <= total * 1e-7)
            continue; // below float precision: rank 1 data has no second axis
        std::vector<double> v(static_cast<size_t>(d), 0.0);
        for (int r = 0; r < steps; ++r) {
            const double y = ritzVectors[size_t(c) * size_t(steps) + size_t(r)];
            for (int t = 0; t < d; ++t)
                v[size_t(t)] += y * q[size_t(r)][size_t(t)];
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
    for (int i = 0; i < n; ++i) {
        const float* r = x.row(i);
        double p0 = 0, p1 = 0;
        for (int t = 0; t < d; ++t) {
            p0 += double(r[t]) * pca.components[0][t];
            p1 += double(r[t]) * pca.components[1][t];
        }
        pca.points[i] = QPointF(p0, p1);
    }
    control.report(1.0);
    return pca;
}

// ---- two spaces ----

double spearman(const QVector<double>& x, const QVector<double>& y) {
    const int n = int(x.size());
    if (n != y.size() || n < 2)
        return 0;
    const QVector<double> rx = averageRanks(x), ry = averageRanks(y);
    const double mean = (n + 1) / 2.0;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < n; ++i) {
        const double a = rx[i] - mean, b = ry[i] - mean;
        sxy += a * b;
        sxx += a * a;
        syy += b * b;
    }
    if (sxx <= 0 || syy <= 0)
        return 0;
    return sxy / std::sqrt(sxx * syy);
}

std::optional<SpaceAgreement> compareSpaces(const SimilarityMatrix& a, const SimilarityMatrix& b,
                                            int k, const Control& control) {
    if (a.n != b.n)
        return std::nullopt;
    const int n = a.n;
    SpaceAgreement s;
    s.k = std::clamp(k, 0, std::max(0, n - 1));
    s.overlap.fill(0.0, n);
    s.spearman.fill(0.0, n);
    if (n < 2 || s.k == 0)
        return s;
    QVector<double> ra(n - 1), rb(n - 1);
    for (int i = 0; i < n; ++i) {
        if (control.cancelled())
            return std::nullopt;
        const QList<Neighbour> na = nearestNeighbours(a, i, s.k);
        const QList<Neighbour> nb = nearestNeighbours(b, i, s.k);
        std::vector<int> ia, ib;
        for (const auto& x : na)
            ia.push_back(x.index);
        for (const auto& x : nb)
            ib.push_back(x.index);
        std::sort(ia.begin(), ia.end());
        std::sort(ib.begin(), ib.end());
        std::vector<int> common;
        std::set_intersection(ia.begin(), ia.end(), ib.begin(), ib.end(),
                              std::back_inserter(common));
        s.overlap[i] = double(common.size()) / s.k;
        for (int j = 0, o = 0; j < n; ++j) {
            if (j == i)
                continue;
            ra[o] = a.at(i, j);
            rb[o] = b.at(i, j);
            ++o;
        }
        s.spearman[i] = spearman(ra, rb);
        if (i % 64 == 0)
            control.report(double(i) / n);
    }
    s.meanOverlap = std::accumulate(s.overlap.begin(), s.overlap.end(), 0.0) / n;
    s.meanSpearman = std::accumulate(s.spearman.begin(), s.spearman.end(), 0.0) / n;
    s.minSpearman = *std::min_element(s.spearman.begin(), s.spearman.end());
    QVector<double> sorted = s.overlap;
    std::sort(sorted.begin(), sorted.end());
    s.medianOverlap = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    control.report(1.0);
    return s;
}

QString SpaceAgreement::summary() const {
    if (overlap.isEmpty() || k == 0)
        return QStringLiteral("Nothing to compare: at least two inputs are needed.");
    const double m = meanOverlap;
    const QString verdict = m >= 0.8   ? QStringLiteral("they largely agree")
                            : m >= 0.5 ? QStringLiteral("they partly agree")
                                       : QStringLiteral("they mostly disagree");
    return QStringLiteral("Across %1 inputs the two spaces share %2% of their top-%3 neighbours "
                          "on average (median %4%); mean rank correlation %5 (lowest %6): %7 "
                          "about what is near what.")
        .arg(overlap.size())
        .arg(qRound(meanOverlap * 100))
        .arg(k)
        .arg(qRound(medianOverlap * 100))
        .arg(meanSpearman, 0, 'f', 2)
        .arg(minSpearman, 0, 'f', 2)
        .arg(verdict);
}

// ---- inputs ----

namespace {

QString decode(const QByteArray& data) {
    QString s = QString::fromUtf8(data);
    if (s.startsWith(QChar(0xfeff)))
        s.remove(0, 1);
    return s;
}

Inputs failure(int line, const QString& message) {
    Inputs in;
    in.errorLine = line;
    in.error = line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
    return in;
}

Inputs finish(Inputs in, bool withLabels) {
    if (in.texts.isEmpty())
        return failure(0, QStringLiteral("the file holds no inputs"));
    if (!withLabels || std::all_of(in.labels.begin(), in.labels.end(),
                                   [](const QString& l) { return l.isEmpty(); }))
        in.labels.clear();
    return in;
}

const QStringList kTextNames = {QStringLiteral("text"),    QStringLiteral("sentence"),
                                QStringLiteral("input"),   QStringLiteral("document"),
                                QStringLiteral("content"), QStringLiteral("query")};
const QStringList kLabelNames = {QStringLiteral("label"), QStringLiteral("category"),
                                 QStringLiteral("class"), QStringLiteral("tag"),
                                 QStringLiteral("group")};

struct CsvRow {
    QStringList fields;
    int line = 0;
};

} // namespace

Inputs parseTxt(const QByteArray& data) {
    Inputs in;
    const QStringList lines = decode(data).split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            in.texts.append(line.trimmed());
    }
    return finish(in, false);
}

Inputs parseCsv(const QByteArray& data) {
    const QString s = decode(data);
    QList<CsvRow> rows;
    CsvRow row;
    QString field;
    int line = 1;
    row.line = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int quoteLine = 0;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        rows.append(row);
        row = CsvRow();
        row.line = line;
    };
    for (qsizetype p = 0; p < s.size(); ++p) {
        const QChar c = s[p];
        if (quoted) {
            if (c == u'"') {
                if (p + 1 < s.size() && s[p + 1] == u'"') {
                    field += u'"';
                    ++p;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && p + 1 < s.size() && s[p + 1] == u'\n')
                ++p;
            ++line;
            endRow();
        } else if (c == u'"') {
            // Spaces before an opening quote are tolerated (spreadsheets write them).
            if (fieldStarted && field.trimmed().isEmpty() && !afterQuote) {
                field.clear();
                fieldStarted = false;
            }
            if (afterQuote || fieldStarted)
                return failure(line, QStringLiteral("a quote inside an unquoted field; quote the "
                                                    "whole field and double the quote (\"\")"));
            quoted = true;
            quoteLine = line;
        } else if (afterQuote && (c == u' ' || c == u'\t')) {
            continue; // spaces after a closing quote
        } else {
            if (afterQuote)
                return failure(line, QStringLiteral("text after the closing quote of a field; "
                                                    "the comma is missing?"));
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return failure(quoteLine, QStringLiteral("a quoted field opened here is never closed"));
    if (fieldStarted || afterQuote || !row.fields.isEmpty())
        endRow();
    // Rows whose fields are all blank are spacing, not inputs.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const CsvRow& r) {
                                  return std::all_of(
                                      r.fields.begin(), r.fields.end(),
                                      [](const QString& f) { return f.trimmed().isEmpty(); });
                              }),
               rows.end());
    if (rows.isEmpty())
        return failure(0, QStringLiteral("the file holds no inputs"));

    int textCol = 0, labelCol = -1;
    qsizetype first = 0;
    {
        const QStringList& head = rows.first().fields;
        int found = -1;
        for (int c = 0; c < int(head.size()) && found < 0; ++c)
            if (kTextNames.contains(head[c].trimmed().toLower()))
                found = c;
        if (found >= 0) {
            textCol = found;
            first = 1;
            for (int c = 0; c < int(head.size()) && labelCol < 0; ++c)
                if (c != textCol && kLabelNames.contains(head[c].trimmed().toLower()))
                    labelCol = c;
        } else if (head.size() >= 2) {
            labelCol = 1;
        }
    }
    Inputs in;
    for (qsizetype r = first; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (textCol >= row.fields.size())
            return failure(row.line, QStringLiteral("no text column %1: the row has %2 field(s)")
                                         .arg(textCol + 1)
                                         .arg(row.fields.size()));
        const QString text = row.fields[textCol].trimmed();
        if (text.isEmpty())
            return failure(row.line,
                           QStringLiteral("the text (column %1) is empty").arg(textCol + 1));
        in.texts.append(text);
        in.labels.append(labelCol >= 0 && labelCol < row.fields.size()
                             ? row.fields[labelCol].trimmed()
                             : QString());
    }
    if (in.texts.isEmpty())
        return failure(0, QStringLiteral("the file holds a header and no inputs"));
    return finish(in, labelCol >= 0);
}

Inputs parseJsonl(const QByteArray& data) {
    Inputs in;
    bool anyLabel = false;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray raw = lines[l];
        if (l == 0 && raw.startsWith("\xef\xbb\xbf"))
            raw.remove(0, 3);
        const int lineNo = int(l) + 1;
        if (raw.trimmed().isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (pe.error != QJsonParseError::NoError)
            return failure(lineNo, QStringLiteral("not JSON (%1 at column %2)")
                                       .arg(pe.errorString())
                                       .arg(pe.offset + 1));
        if (!doc.isObject())
            return failure(lineNo,
                           QStringLiteral("expected a JSON object like {\"text\": \"...\"}"));
        const QJsonObject o = doc.object();
        QString textKey;
        for (const QString& k : kTextNames)
            if (o.contains(k)) {
                textKey = k;
                break;
            }
        if (textKey.isEmpty())
            return failure(lineNo, QStringLiteral("no \"text\" field (also looked for %1)")
                                       .arg(kTextNames.mid(1).join(QStringLiteral(", "))));
        const QJsonValue tv = o.value(textKey);
        if (!tv.isString())
            return failure(lineNo, QStringLiteral("\"%1\" must be a string").arg(textKey));
        const QString text = tv.toString().trimmed();
        if (text.isEmpty())
            return failure(lineNo, QStringLiteral("\"%1\" is empty").arg(textKey));
        QString label;
        for (const QString& k : kLabelNames) {
            const QJsonValue lv = o.value(k);
            if (lv.isUndefined() || lv.isNull())
                continue;
            if (lv.isObject() || lv.isArray())
                return failure(lineNo,
                               QStringLiteral("\"%1\" must be a string or a number").arg(k));
            label = lv.isString() ? lv.toString() : lv.toVariant().toString();
            anyLabel = true;
            break;
        }
        in.texts.append(text);
        in.labels.append(label.trimmed());
    }
    return finish(in, anyLabel);
}

Inputs loadInputs(const QString& path) {
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        return failure(0, QStringLiteral("cannot open %1: %2").arg(name, f.errorString()));
    const QByteArray data = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    Inputs in;
    if (suffix == u"csv")
        in = parseCsv(data);
    else if (suffix == u"jsonl" || suffix == u"ndjson")
        in = parseJsonl(data);
    else if (suffix == u"txt" || suffix.isEmpty())
        in = parseTxt(data);
    else
        return failure(0, QStringLiteral("%1: unknown kind of file; use .txt (one input per line), "
                                         ".csv or .jsonl")
                              .arg(name));
    if (!in.ok())
        in.error = name + QStringLiteral(", ") + in.error;
    return in;
}

// ---- exports ----

QByteArray floatText(float value) {
    if (!std::isfinite(value))
        return std::isnan(value)
                   ? QByteArrayLiteral("nan")
                   : (value > 0 ? QByteArrayLiteral("inf") : QByteArrayLiteral("-inf"));
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return QByteArray(buf, r.ptr - buf);
}

namespace {

QByteArray csvField(const QString& s) {
    QByteArray u = s.toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
        u.replace("\"", "\"\"");
        return '"' + u + '"';
    }
    return u;
}

QByteArray jsonString(const QString& s) {
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray tsvText(const QString& s) {
    QString t = s;
    t.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return t.toUtf8();
}

} // namespace

QByteArray toCsv(const QStringList& texts, const QStringList& labels, const Vectors& vectors) {
    const bool withLabels = !labels.isEmpty();
    const int d = std::max(0, commonDimension(vectors));
    QByteArray out = "text";
    if (withLabels)
        out += ",label";
    for (int t = 0; t < d; ++t)
        out += ",v" + QByteArray::number(t);
    out += "\r\n";
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        out += csvField(texts.value(i));
        if (withLabels)
            out += ',' + csvField(labels.value(i));
        for (float x : vectors[i])
            out += ',' + floatText(x);
        out += "\r\n";
    }
    return out;
}

QByteArray toJson(const QStringList& texts, const QStringList& labels, const Vectors& vectors,
                  const QString& model) {
    // Written by hand: QJsonDocument prints every float with 17 digits.
    auto number = [](float x) {
        return std::isfinite(x) ? floatText(x) : QByteArrayLiteral("null");
    };
    QByteArray out = "{\"model\":" + jsonString(model) +
                     ",\"dimension\":" + QByteArray::number(std::max(0, commonDimension(vectors))) +
                     ",\"count\":" + QByteArray::number(vectors.size()) + ",\"items\":[";
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        if (i)
            out += ',';
        out += "\n{\"index\":" + QByteArray::number(i) + ",\"text\":" + jsonString(texts.value(i));
        if (!labels.isEmpty())
            out += ",\"label\":" + jsonString(labels.value(i));
        out += ",\"embedding\":[";
        for (qsizetype t = 0; t < vectors[i].size(); ++t) {
            if (t)
                out += ',';
            out += number(vectors[i][t]);
        }
        out += "]}";
    }
    out += "\n]}\n";
    return out;
}

QByteArray projectorVectorsTsv(const Vectors& vectors) {
    QByteArray out;
    for (const auto& v : vectors) {
        for (qsizetype t = 0; t < v.size(); ++t) {
            if (t)
                out += '\t';
            out += floatText(v[t]);
        }
        out += '\n';
    }
    return out;
}

QByteArray projectorMetadataTsv(const QStringList& texts, const QStringList& labels) {
    QByteArray out;
    if (labels.isEmpty()) {
        for (const QString& t : texts)
            out += tsvText(t) + '\n';
        return out;
    }
    out += "text\tlabel\n";
    for (qsizetype i = 0; i < texts.size(); ++i)
        out += tsvText(texts[i]) + '\t' + tsvText(labels.value(i)) + '\n';
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace ik::embed
