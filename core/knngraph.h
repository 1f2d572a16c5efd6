#pragma once
// The shared vocabulary of clustering and projection: a row-major float32 view of n vectors, the
// distance they are compared by, and a k-nearest-neighbour graph. UMAP and t-SNE take the graph
// as a plain struct so they work on any index's output; exactKnn is the brute-force one, for
// small sets, tests and as the reference an approximate index is measured against.
// Pure: QtCore only.

#include "embedmath.h"

#include <QString>

#include <functional>
#include <vector>

namespace ik::embed {

// n rows of d floats, row i at data + i * d. Not owned.
struct Rows {
    const float* data = nullptr;
    int n = 0;
    int d = 0;
    const float* row(int i) const { return data + size_t(i) * size_t(d); }
};

// Cosine: rows are compared by 1 - cos (k-means runs on the L2-normalised rows, where squared
// euclidean distance is 2 - 2 cos). Euclidean: rows as given.
enum class Metric { Cosine, Euclidean };

// For each row its k nearest other rows, nearest first, with their distances (1 - cos for
// Cosine, euclidean for Euclidean). A row is never its own neighbour.
struct KnnGraph {
    int n = 0;
    int k = 0;
    std::vector<int> indices;     // n * k
    std::vector<float> distances; // n * k, non-decreasing along each row
    const int* neighbours(int i) const { return indices.data() + size_t(i) * size_t(k); }
    const float* distancesOf(int i) const { return distances.data() + size_t(i) * size_t(k); }
};

// Checks a graph's shape and contents; empty when usable, else what is wrong.
QString checkGraph(const KnnGraph& graph);

// Checks rows before any maths: empty when usable, else what is wrong and how to fix it (no
// rows, no dimensions, a NaN or infinity with its row and column).
QString checkRows(const Rows& rows);

struct KnnResult {
    KnnGraph graph;
    QString error; // non-empty: no graph; says why
    bool ok() const { return error.isEmpty(); }
};

// Brute force over every pair with a blocked SIMD kernel, on Control::threads threads. Ties are
// broken by the lower index so the graph is the same whatever the thread count. k must be in
// [1, n - 1].
KnnResult exactKnn(const Rows& rows, int k, Metric metric, const Control& control = {});

// ---- what UMAP and t-SNE share ----
// A layout that converges in steps (UMAP's epochs, t-SNE's iterations), so a caller on a worker
// thread can report progress, stop between steps and show the layout as it forms. Single-
// threaded: the same seed gives the same layout on every run.
class SteppedLayout {
public:
    virtual ~SteppedLayout() = default;
    // Runs up to `steps` more steps; returns how many ran (0 once finished or not started).
    virtual int step(int steps) = 0;
    virtual int stepsDone() const = 0;
    virtual int totalSteps() const = 0;
    virtual int components() const = 0;
    // n x components, row-major: the layout after the last step.
    virtual const std::vector<float>& layout() const = 0;
    bool finished() const { return stepsDone() >= totalSteps(); }
};

struct Layout {
    QString error; // non-empty: no layout; says why ("cancelled" when stopped)
    int n = 0;
    int components = 0;
    std::vector<float> points; // n x components
    int steps = 0;
    bool ok() const { return error.isEmpty(); }
};

// Every `every` steps: the steps done so far and the layout then.
using LayoutCallback = std::function<void(int steps, const std::vector<float>& points)>;

// Runs a started layout to the end in chunks of `every` steps, reporting progress through
// control, checking its cancel flag between chunks and handing each intermediate layout to
// onLayout.
Layout runToEnd(SteppedLayout& layout, const Control& control = {},
                const LayoutCallback& onLayout = {}, int every = 10);

} // namespace ik::embed
