#pragma once
// The SIMD building blocks shared by the similarity matrix (embedmath.cpp) and the projection
// (embedmath_pca.cpp). Internal to core: not part of the embedding maths' API. Everything is
// inline so the hot loops compile exactly as they did when they lived in one file.

#include <QVector>

#include <cstring>
#include <vector>

namespace ik::embed::detail {

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

inline Padded makePadded(int rows, int cols) {
    Padded p;
    p.rows = rows;
    p.cols = cols;
    p.stride = (cols + 3) / 4 * 4;
    p.paddedRows = (rows + 3) / 4 * 4;
    p.data.assign(size_t(p.paddedRows) * size_t(p.stride), 0.0f);
    return p;
}

inline float dotPadded(const float* a, const float* b, int stride) {
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

} // namespace ik::embed::detail
