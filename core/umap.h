#pragma once
// UMAP as published (McInnes, Healy & Melville 2018, and umap-learn's reference code): a fuzzy
// simplicial set from a kNN graph (smooth-kNN sigma and rho by binary search, fuzzy union of the
// two directions), the curve 1 / (1 + a d^2b) fitted to min_dist and spread, then SGD over the
// edges with negative sampling and a linearly decaying learning rate.
//
// The start is spectral (Laplacian eigenmaps of the fuzzy graph, by subspace iteration from a
// seeded block), random (uniform, seeded), or a layout the caller gives. Graphs of several
// components get no special layout of their components (umap-learn places them apart
// explicitly). Everything runs on the calling thread, so a seed gives the same layout on every
// run.
// Pure: QtCore only.

#include "knngraph.h"

#include <QString>

#include <vector>

namespace ik::embed {

enum class UmapInit { Spectral, Random };

struct UmapOptions {
    // Counts the row itself, as umap-learn does: the graph needs nNeighbors - 1 neighbours per
    // row, and sigma is fitted so each row's memberships sum to log2(nNeighbors).
    int nNeighbors = 15;
    double minDist = 0.1;
    double spread = 1.0;
    quint64 seed = 1;
    int epochs = 0; // 0: umap-learn's default, 500 up to 10,000 rows and 200 above
    int nComponents = 2;
    double learningRate = 1.0;
    double repulsionStrength = 1.0;
    int negativeSampleRate = 5;
    UmapInit init = UmapInit::Spectral;
    std::vector<float> initial; // n x nComponents to start from; overrides init
};

// The a and b of 1 / (1 + a d^(2b)) that best fit (least squares over [0, 3 spread]) the curve
// that is 1 up to min_dist and exp(-(d - min_dist) / spread) beyond.
struct UmapCurve {
    double a = 0, b = 0;
};
UmapCurve fitUmapCurve(double minDist, double spread);

// The symmetric fuzzy graph: one entry per direction of each edge, in (head, tail) order.
struct FuzzyGraph {
    int n = 0;
    std::vector<int> heads, tails;
    std::vector<float> weights;
    std::vector<float> sigmas, rhos; // per row, from the smooth-kNN search
};
// nNeighbors as in UmapOptions; the graph must hold at least nNeighbors - 1 per row.
FuzzyGraph fuzzySimplicialSet(const KnnGraph& graph, int nNeighbors);

class Umap : public SteppedLayout {
public:
    // Builds the fuzzy graph and the starting layout. Empty when ready to step, else what is
    // wrong with the graph or the options and how to fix it.
    QString start(const KnnGraph& graph, const UmapOptions& options);
    int step(int epochs) override;
    int stepsDone() const override { return epoch_; }
    int totalSteps() const override { return epochs_; }
    int components() const override { return dim_; }
    const std::vector<float>& layout() const override { return y_; }
    UmapCurve curve() const { return curve_; }

private:
    void runEpoch();

    int n_ = 0, dim_ = 2, epoch_ = 0, epochs_ = 0;
    UmapCurve curve_;
    UmapOptions options_;
    std::vector<int> heads_, tails_;
    std::vector<double> perSample_, nextSample_, perNegative_, nextNegative_;
    std::vector<float> y_;
    quint64 rng_ = 0;
};

// start() then runToEnd(): the error from start, "cancelled", or the final layout.
Layout umap(const KnnGraph& graph, const UmapOptions& options, const Control& control = {},
            const LayoutCallback& onLayout = {}, int every = 10);

} // namespace ik::embed
