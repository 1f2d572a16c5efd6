#pragma once
// Gaussian clouds for the clustering and projection tests: `blobs` clouds of `per` points around
// random centres (centreScale × N(0, 1) per dimension), each point spread × N(0, 1) from its
// centre. Rows are interleaved (row i is in cloud i % blobs), so row order says nothing of the
// cloud.

#include "knngraph.h"

#include <QVector>

#include <random>
#include <vector>

struct Blobs {
    std::vector<float> data;
    QVector<int> labels;
    int n = 0, d = 0;
    ik::embed::Rows rows() const { return {data.data(), n, d}; }
};

inline Blobs gaussianBlobs(int blobs, int per, int d, quint32 seed, float spread,
                           float centreScale) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> centres(size_t(blobs) * size_t(d));
    for (float& c : centres)
        c = centreScale * g(rng);
    Blobs b;
    b.n = blobs * per;
    b.d = d;
    for (int i = 0; i < b.n; ++i) {
        const int c = i % blobs;
        b.labels.append(c);
        for (int t = 0; t < d; ++t)
            b.data.push_back(centres[size_t(c) * size_t(d) + size_t(t)] + spread * g(rng));
    }
    return b;
}
