#pragma once
// Barnes–Hut t-SNE (van der Maaten 2014, "Accelerating t-SNE using Tree-Based Algorithms", and
// his bhtsne reference code): per-row Gaussian bandwidths found by binary search to the asked
// perplexity over each row's 3 x perplexity nearest neighbours, P symmetrised and normalised,
// early exaggeration, momentum with per-coordinate gains, and the repulsive forces summed over a
// quadtree (2D) or octree (3D) with the Barnes–Hut criterion theta.
//
// The start is Gaussian (sd 1e-4, seeded) as in bhtsne. The gradient carries the factor 4 of the
// paper and the learning rate defaults to max(n / exaggeration / 4, 50) (Belkina et al. 2019, as
// scikit-learn's "auto"), which converges at 20,000 rows where bhtsne's fixed 200 does not. The
// forces on each point are computed independently (on several threads if asked) and summed in
// row order, so a seed gives the same layout on every run and for any thread count.
// Pure: QtCore only.

#include "knngraph.h"

#include <QString>

#include <vector>

namespace ik::embed {

struct TsneOptions {
    double perplexity = 30;
    quint64 seed = 1;
    int iterations = 1000;
    int nComponents = 2;
    double theta = 0.5;      // 0 would be exact; larger is faster and coarser
    double learningRate = 0; // 0: max(n / earlyExaggeration / 4, 50)
    double earlyExaggeration = 12;
    int exaggerationIterations = 250; // also when momentum goes from 0.5 to 0.8
    int threads = 0;                  // 0: one per core; the layout is the same for any count
};

// Neighbours per row the perplexity needs: floor(3 x perplexity), as bhtsne.
int tsneNeighbours(double perplexity);

// One row's conditional probabilities p(j | i) over its k neighbour distances, with the
// Gaussian bandwidth found by bisection so that their perplexity (2 to the Shannon entropy in
// bits) is the one asked.
void conditionalProbabilities(const float* distances, int k, double perplexity, double* p);

// The symmetric joint probabilities, one entry per direction of each pair, rows in order.
struct JointP {
    int n = 0;
    std::vector<int> rowStart; // n + 1
    std::vector<int> columns;
    std::vector<double> values; // sum to 1 over all entries
};
// Empty (n = 0) when the graph has fewer than tsneNeighbours(perplexity) neighbours per row.
JointP jointProbabilities(const KnnGraph& graph, double perplexity);

class Tsne : public SteppedLayout {
public:
    // Empty when ready to step, else what is wrong and how to fix it.
    QString start(const KnnGraph& graph, const TsneOptions& options);
    int step(int iterations) override;
    int stepsDone() const override { return iteration_; }
    int totalSteps() const override { return options_.iterations; }
    int components() const override { return dim_; }
    const std::vector<float>& layout() const override { return layout_; }

private:
    void iterate();
    void gradient(double exaggeration);
    double mortonOrder();

    int n_ = 0, dim_ = 2, iteration_ = 0;
    double eta_ = 200;
    TsneOptions options_;
    JointP p_;
    std::vector<double> y_, update_, gains_, grad_, attract_, repel_, sumQ_;
    std::vector<int> order_;
    std::vector<quint64> keys_;
    double low_[3] = {0, 0, 0};
    std::vector<float> layout_;
};

// start() then runToEnd(): the error from start, "cancelled", or the final layout.
Layout tsne(const KnnGraph& graph, const TsneOptions& options, const Control& control = {},
            const LayoutCallback& onLayout = {}, int every = 10);

} // namespace ik::embed
