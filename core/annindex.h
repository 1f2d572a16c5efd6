#pragma once
// Nearest neighbours by cosine similarity over a whole set: an approximate HNSW graph
// (hnswlib) for large sets, exact brute force for small ones where it is as fast. The index
// answers one query (knn) or every row at once (knnAll: the kNN graph UMAP, t-SNE and the
// neighbour tables are built on).
//
// Why hnswlib rather than faiss, both in Debian 12: hnswlib (libhnswlib-dev 0.6.2) is six
// headers, 116 kB installed, with no library to link and no runtime dependency; faiss
// (libfaiss-dev 1.7.3, 7.9 MB) is a shared library that pulls in BLAS and LAPACK (OpenBLAS
// alone is 43 MB installed) and OpenMP, and Debian builds it CPU-only, so its GPU indexes, its
// main advantage, are not there. Its HNSW is the same algorithm. hnswlib builds 100,000 ×
// 1,024 on this machine's two cores in the time bench_ann reports, with the recall it reports.

#include "embedmath.h"
#include "vectorset.h"

#include <QString>
#include <memory>
#include <optional>
#include <span>

namespace ik::embed {

// Below this many rows the index searches exactly (5,000: measured with `bench_ann
// --crossover`, see the comment at its definition).
extern const int kExactBelow;

struct AnnParams {
    // Graph degree and build beam. bench_ann holds recall@10 >= 0.95 at 100,000 × 1,024 with
    // these; larger values buy a little recall for a slower build (see bench_ann.cpp).
    int m = 16;
    int efConstruction = 100;
    int efSearch = 64; // the search beam; raised to k when k is larger
    unsigned seed = 42;
    int exactBelow = kExactBelow; // sets with fewer rows are searched exactly
};

class AnnIndex {
public:
    AnnIndex();
    ~AnnIndex();
    AnnIndex(AnnIndex&&) noexcept;
    AnnIndex& operator=(AnnIndex&&) noexcept;

    // Indexes n rows of d values (row after row), normalised to unit length so the inner product
    // is the cosine. control.threads sets the build threads (0: one per hardware thread); the
    // approximate graph is reproducible for a seed only when built with one thread (hnswlib
    // draws each node's level from one generator shared by the inserting threads). False with
    // *error when the input is unusable or the build is cancelled; the index is then empty.
    bool build(std::span<const float> values, int n, int d, const AnnParams& params,
               const Control& control, QString* error);
    bool build(const VectorSet& set, const AnnParams& params, const Control& control,
               QString* error);

    int size() const;
    int dim() const;
    bool isExact() const; // built, and searching exactly

    // The k rows most similar to query (cosine similarity as score), best first; ties go to the
    // lower row. nullopt with *error when k is not in [1, size()] or the query's length differs.
    std::optional<QList<Neighbour>> knn(std::span<const float> query, int k, QString* error) const;
    // Every row's k nearest other rows (distance 1 - cosine). k must be in [1, size() - 1].
    std::optional<KnnGraph> knnAll(int k, const Control& control, QString* error) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;
};

} // namespace ik::embed
