#pragma once
// A set of equal-length float32 vectors stored in one contiguous row-major block: at 100,000 ×
// 1,024 a list of separate vectors costs 100,000 allocations and scatters rows across memory,
// while one block can be memory-mapped from the cache, handed to the neighbour index as is, and
// walked by the projections without copying.

#include <QString>
#include <QStringList>
#include <cstddef>
#include <span>
#include <vector>

namespace ik::embed {

struct VectorSet {
    int rows = 0;
    int dim = 0;
    std::vector<float> data; // rows * dim values, row after row
    QStringList texts;       // empty, or one per row
    QStringList labels;      // empty, or one per row
    QStringList ids;         // empty, or one per row (document ids for retrieval)

    bool empty() const { return rows == 0; }
    const float* row(int i) const { return data.data() + std::size_t(i) * std::size_t(dim); }
    float* row(int i) { return data.data() + std::size_t(i) * std::size_t(dim); }
    std::span<const float> rowSpan(int i) const { return {row(i), std::size_t(dim)}; }
};

// Each row's nearest neighbours, nearest first, without the row itself: the graph the
// projections (UMAP, t-SNE) and the neighbour lines of the scatter are built on.
struct KnnGraph {
    int k = 0;
    std::vector<int> index;      // rows * k neighbour rows (-1 where a row has fewer)
    std::vector<float> distance; // rows * k cosine distances (1 - cosine similarity)

    int rows() const { return k ? int(index.size() / std::size_t(k)) : 0; }
    int neighbour(int row, int j) const { return index[std::size_t(row) * std::size_t(k) + j]; }
    float dist(int row, int j) const { return distance[std::size_t(row) * std::size_t(k) + j]; }
};

} // namespace ik::embed
