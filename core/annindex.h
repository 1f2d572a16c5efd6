#pragma once
// Nearest neighbours by cosine similarity over a whole set: an approximate HNSW graph
// (hnswlib) for large sets, exact brute force for small ones where it is as fast. The index
// answers one query (knn) or every row at once (knnAll: the kNN graph UMAP, t-SNE and the
// neighbour tables are built on).
//
// Why hnswlib rather than faiss, both in Debian 12 (checked with apt-cache and dpkg -L):
// libhnswlib-dev 0.6.2 is six headers, 116 kB installed, with no dependencies and no library to
// link; libfaiss-dev 1.7.3 is a 7.9 MB shared library that depends on BLAS and LAPACK (LAPACK
// 7.2 MB, OpenBLAS for speed another 43 MB), and Debian ships no GPU build of it (no faiss-gpu
// package), so its main advantage is not there; its HNSW index is the same algorithm. hnswlib
// is fast enough at 100,000 × 1,024 (bench_ann, Release, two threads on the shared 2-core
// machine): the build takes about 34 s of CPU, a query about 1 ms against 75-120 ms for exact
// search, at recall@10 0.998.

#include "embedmath.h"
#include "knngraph.h"
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
    // Graph degree, build beam and search beam, chosen on bench_ann's 100,000 × 1,024 set
    // (recall@10 against exact search; build CPU time on two threads; query time):
    //   M 16, efConstruction 100, efSearch  64: recall 0.990-1.000, build 46 s CPU, query 1.5 ms
    //   M 16, efConstruction  64, efSearch 128: recall 0.998, build 30-34 s CPU, query 0.4-1.0 ms
    //   M 12, efConstruction  48, efSearch 128: recall 0.978, build 26 s CPU, query 1.5 ms
    //   M 12, efConstruction  40, efSearch  64: recall 0.896, build 22 s CPU, query 0.7 ms
    // (Recall varies a little from build to build: the threads insert in no fixed order.) The
    // search beam is cheap (queries stay near 1 ms, far under the 20 ms budget) and buys most
    // of the recall; the second row keeps a wide margin over 0.95 for data harder than the
    // synthetic set, for two thirds of the first row's build and a quarter more than the third.
    int m = 16;
    int efConstruction = 64;
    int efSearch = 128; // raised to k when k is larger
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
