#pragma once
// The embedding inspector's result tables as item models (DESIGN.md "Layers": the Qt item models
// views show live in workbench): per-dimension statistics, a ranking of the set (neighbours of
// one input, or the set against a query), the agreement of two workloads, rerank results. Each
// is a flat table whose cells are formatted on demand from the figures it holds: display text
// for the view, Qt::UserRole the figure itself (a double, or an input's row) for sorting and
// tests, Qt::ToolTipRole the whole text where a cell shows it cut to one line.

#include "embedmath.h"
#include "wire.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <functional>
#include <optional>

namespace ik {

// A text on one line, cut to `max` characters with an ellipsis (table cells).
QString oneLine(QString text, int max = 200);

class ResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    // Each column reads row `r` of what the model holds; rows() says how many there are.
    struct ColumnSpec {
        QString header;
        bool number = false; // right-aligned
        std::function<QString(int r)> text;
        std::function<QVariant(int r)> value;
        std::function<QString(int r)> toolTip = {}; // empty: none
    };
    ResultTableModel(std::function<int()> rows, QList<ColumnSpec> columns, QObject* parent);
    // Replaces what the model holds between a begin and an end of reset.
    void replace(const std::function<void()>& change);

private:
    std::function<int()> m_rows;
    QList<ColumnSpec> m_columns;
};

// One row per dimension: its mean and (population) standard deviation across the vectors.
class DimStatsModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { DimensionColumn, MeanColumn, StddevColumn, ColumnCount };
    explicit DimStatsModel(QObject* parent = nullptr);
    void setStats(const embed::DimensionStats& stats);
    void clear() { setStats({}); }
    const embed::DimensionStats& stats() const { return m_stats; }

private:
    embed::DimensionStats m_stats;
};

// Inputs of the set ranked by cosine, best first; UserRole of the input column is its row.
class NeighbourModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, CosineColumn, LabelColumn, InputColumn, ColumnCount };
    explicit NeighbourModel(QObject* parent = nullptr);
    // texts (and labels, when the set has them): the set's inputs, which each neighbour's index
    // points into. Without labels, hasLabels() is false and a view hides the Label column.
    void setNeighbours(const QList<embed::Neighbour>& neighbours, const QStringList& texts,
                       const QStringList& labels = {});
    void clear() { setNeighbours({}, {}); }
    bool hasLabels() const { return !m_labels.isEmpty(); }
    const QList<embed::Neighbour>& neighbours() const { return m_neighbours; }
    int inputRow(int row) const; // the input a row shows, or -1

private:
    QList<embed::Neighbour> m_neighbours;
    QStringList m_texts;
    QStringList m_labels;
};

// Per input: the overlap of its top-k neighbours in both spaces and the rank correlation of its
// similarities.
class AgreementModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { InputColumn, OverlapColumn, CorrelationColumn, ColumnCount };
    explicit AgreementModel(QObject* parent = nullptr);
    // texts: the inputs both workloads embedded, in the agreement's order.
    void setAgreement(const embed::SpaceAgreement& agreement, const QStringList& texts);
    void clear();
    const std::optional<embed::SpaceAgreement>& agreement() const { return m_agreement; }

private:
    std::optional<embed::SpaceAgreement> m_agreement;
    QStringList m_texts;
};

// The documents by relevance score, best first, each with its place (1-based) in the list sent.
class RerankModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { RankColumn, ScoreColumn, IndexColumn, DocumentColumn, ColumnCount };
    explicit RerankModel(QObject* parent = nullptr);
    // results as the server ranked them: ordered by score here, ties kept in the server's order.
    void setResults(const QList<RerankResult>& results, const QStringList& documents);
    void clear() { setResults({}, {}); }
    const QList<RerankResult>& results() const { return m_results; }
    const QStringList& documents() const { return m_documents; }

private:
    QList<RerankResult> m_results;
    QStringList m_documents; // as sent: each result's index points into it
};

} // namespace ik
