// Embedding maths: norms, statistics, the similarity matrix, neighbours and the agreement of two
// spaces. The projection is in embedmath_pca.cpp, the loaders in embedmath_inputs.cpp and the
// exporters in embedmath_export.cpp.
#include "embedmath.h"
#include "retrieval.h"

#include "embedmath_kernel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace ik::embed {

namespace {

using namespace detail;

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
    const int n = int(overlap.size());
    const double chance = retrieval::chanceOverlap(k, n);
    const QString figures =
        QStringLiteral("Across %1 inputs the two spaces share %2% of their top-%3 neighbours on "
                       "average (median %4%; two unrelated spaces would share %5% by chance); mean "
                       "rank correlation %6 (lowest %7)")
            .arg(n)
            .arg(qRound(meanOverlap * 100))
            .arg(k)
            .arg(qRound(medianOverlap * 100))
            .arg(qRound(chance * 100))
            .arg(meanSpearman, 0, 'f', 2)
            .arg(minSpearman, 0, 'f', 2);
    // An overlap is only evidence of agreement beyond what chance gives: with k near n every pair
    // of spaces shares most neighbours, so the verdict reads the share of the possible gain.
    if (chance >= 0.5)
        return figures + QStringLiteral(": top-%1 of %2 inputs is too many to tell agreement from "
                                        "chance. Choose a smaller k (about %3).")
                             .arg(k)
                             .arg(n)
                             .arg(defaultAgreementK(n));
    const double lift = (meanOverlap - chance) / (1.0 - chance);
    const QString verdict = lift >= 0.7   ? QStringLiteral("they largely agree")
                            : lift >= 0.4 ? QStringLiteral("they partly agree")
                                          : QStringLiteral("they mostly disagree");
    return figures + QStringLiteral(": %1 about what is near what.").arg(verdict);
}

int defaultAgreementK(int n) {
    // A small fraction of n, so chance overlap stays near 5%; never less than one neighbour.
    return std::clamp(n / 20, 1, 50);
}

} // namespace ik::embed
