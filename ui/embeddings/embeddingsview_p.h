#pragma once
// What the pieces of the embedding inspector (inputs, analysis, projection, rerank, exports)
// share: the worker's job and result, the limits, and how a result table is set up.

#include "embeddingsview.h"

#include <QString>
#include <atomic>
#include <mutex>
#include <vector>

class QAbstractItemModel;

namespace ik {

namespace embeddingsview {

// Above this many inputs the n x n matrix (4 bytes a cell) and its heatmap are not built;
// neighbours are then computed one row at a time.
constexpr int kMatrixLimit = 5000;
constexpr int kMaxLabelSeries = 12;
constexpr int kQueryShown = 50;
constexpr int kRerankTab = 5;

// A read-only table of whole rows over one of the result models.
QTableView* resultView(const QString& name, const QString& accessibleName,
                       QAbstractItemModel* model);

} // namespace embeddingsview

struct EmbeddingsView::Job {
    std::atomic_bool cancel{false};
    std::atomic_int permille{0};
};

// The map's worker: progress, cancel, and the newest intermediate layout for the timer to draw.
struct EmbeddingsView::MapJob {
    std::atomic_bool cancel{false};
    std::atomic_int permille{0};
    std::mutex mutex;
    std::vector<float> latest; // n x 2
    bool fresh = false;        // latest not drawn yet
};

struct EmbeddingsView::Analysis {
    quint64 generation = 0;
    bool cancelled = false;
    bool compare = false;
    qint64 elapsedMs = 0;
    int dimension = 0;
    embed::NormStats norms;
    embed::DimensionStats dims;
    std::shared_ptr<const embed::SimilarityMatrix> matrix;
    QImage image;
    std::optional<embed::Pca> pca;
    std::optional<embed::SpaceAgreement> agreement;
};

} // namespace ik
