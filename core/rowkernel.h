#pragma once
// Internal to core: the dense kernel under brute-force kNN and k-means (many rows against many
// rows by dot product) and the small thread pool both share. Not part of any API.

#include "embedmath_kernel.h"
#include "knngraph.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace ik::embed::detail {

// A padded copy of the rows, each scaled to unit length when `normalise` (a zero row stays
// zero). Squared norms of the copied rows go to *norms when given.
inline Padded padRows(const Rows& rows, bool normalise, std::vector<float>* norms = nullptr) {
    Padded p = makePadded(rows.n, rows.d);
    if (norms)
        norms->assign(size_t(p.paddedRows), 0.0f);
    for (int i = 0; i < rows.n; ++i) {
        const float* in = rows.row(i);
        double s = 0;
        for (int t = 0; t < rows.d; ++t)
            s += double(in[t]) * double(in[t]);
        const double scale = normalise ? (s > 0 ? 1.0 / std::sqrt(s) : 0.0) : 1.0;
        float* out = p.row(i);
        for (int t = 0; t < rows.d; ++t)
            out[t] = float(double(in[t]) * scale);
        if (norms)
            (*norms)[size_t(i)] = normalise ? (s > 0 ? 1.0f : 0.0f) : float(s);
    }
    return p;
}

// Two rows of A against four rows of B: eight dot products sharing every load.
inline void dot2x4(const float* a0, const float* a1, const float* const b[4], int stride,
                   float out[2][4]) {
    v4 c[2][4] = {};
    for (int t = 0; t < stride; t += 4) {
        const v4 x0 = load4(a0 + t), x1 = load4(a1 + t);
        for (int q = 0; q < 4; ++q) {
            const v4 y = load4(b[q] + t);
            c[0][q] += x0 * y;
            c[1][q] += x1 * y;
        }
    }
    for (int r = 0; r < 2; ++r)
        for (int q = 0; q < 4; ++q)
            out[r][q] = hsum(c[r][q]);
}

// out[(i - i0) * (j1 - j0) + (j - j0)] = a.row(i) . b.row(j) for i in [i0, i1) and j in
// [j0, j1). i0 must be even, j0 and j1 multiples of 4 (j1 <= b.paddedRows); rows past a.rows
// are zero padding and cost nothing useful but are safe. Each group of four B rows stays in L1
// while the block of A rows (in L2) streams past it.
inline void dotRange(const Padded& a, int i0, int i1, const Padded& b, int j0, int j1, float* out) {
    const size_t ld = size_t(j1 - j0);
    float r[2][4];
    for (int j = j0; j < j1; j += 4) {
        const float* bj[4] = {b.row(j), b.row(j + 1), b.row(j + 2), b.row(j + 3)};
        for (int i = i0; i < i1; i += 2) {
            dot2x4(a.row(i), a.row(i + 1), bj, a.stride, r);
            for (int q = 0; q < 4; ++q) {
                out[size_t(i - i0) * ld + size_t(j - j0 + q)] = r[0][q];
                if (i + 1 < i1)
                    out[size_t(i + 1 - i0) * ld + size_t(j - j0 + q)] = r[1][q];
            }
        }
    }
}

// Every padded row of B: out[(i - i0) * b.paddedRows + j].
inline void dotBlock(const Padded& a, int i0, int i1, const Padded& b, float* out) {
    dotRange(a, i0, i1, b, 0, b.paddedRows, out);
}

// Runs fn(block, worker) for every block in [0, blocks) on Control::threads threads (the
// calling thread works too and alone reports progress). `worker` in [0, threads) lets fn keep
// per-thread scratch. The result of each block must not depend on which thread ran it, so the
// outcome is the same for any thread count. False when cancelled.
template <typename Fn> bool parallelBlocks(int blocks, const Control& control, int threads, Fn fn) {
    std::atomic_int next{0}, done{0};
    std::atomic_bool stop{false};
    auto work = [&](int worker, bool reports) {
        for (int block; !stop.load() && (block = next++) < blocks;) {
            if (control.cancelled()) {
                stop = true;
                break;
            }
            fn(block, worker);
            const int finished = ++done;
            if (reports)
                control.report(double(finished) / double(blocks));
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, t, false);
    work(0, true);
    for (auto& h : helpers)
        h.join();
    return !stop.load() && !control.cancelled();
}

inline int threadCount(const Control& control, int blocks) {
    const int wanted =
        control.threads > 0 ? control.threads : int(std::thread::hardware_concurrency());
    return std::clamp(wanted, 1, std::max(1, blocks));
}

} // namespace ik::embed::detail
