#pragma once
// An evaluation run's matrix as an item model (DESIGN.md "Layers"): a row per dataset row, a
// column for the prompt and one per workload, each cell what its call and assertions came to.
// Cells are read from the store when a view asks for them and kept in a bounded cache, so a run
// of any size costs a view the cells it shows; a result arriving updates its cell alone.

#include "evalset.h"
#include "evalstore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPointer>

namespace ik::eval {

enum EvalResultRole {
    CellStateRole = Qt::UserRole + 1, // QString: "pending", "pass", "fail", "error"
    AnswerRole,                       // QString
    FailureRole,                      // QString: the first failing assertion and its reason
    LatencyRole,                      // qint64 total ms, -1 unknown
    TokensRole,                       // int completion tokens, -1 unknown
    CostRole,                         // double, or invalid when unknown
};

class EvalResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit EvalResultsModel(QObject* parent = nullptr);

    // names: each workload's column title. The store must outlive the model or say so by dying
    // (the model then shows nothing).
    void setRun(EvalStore* store, qint64 runId, const EvalSet& set, const QStringList& names);
    qint64 runId() const { return m_runId; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onRecorded(qint64 runId, int row, int workload);
    const CellResult* cell(int row, int workload) const; // nullptr while pending

    QPointer<EvalStore> m_store;
    qint64 m_runId = -1;
    EvalSet m_set;
    QStringList m_names;
    // Looked-up cells by row * columns + workload; a missing cell is cached as pending too.
    mutable QCache<qint64, std::optional<CellResult>> m_cache{4096};
};

} // namespace ik::eval
