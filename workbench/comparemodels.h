#pragma once
// The compare view's two tables as item models (DESIGN.md "Layers": the Qt item models views
// show live in workbench): the summary across panes, with the best value of a metric marked, and
// the spread of repeated runs. Both read a Comparison (comparison.h); a row is a pane.

#include "comparison.h"

#include <QAbstractTableModel>
#include <optional>

namespace ik {

// Roles beyond Qt's own, shared by both tables.
enum CompareRole {
    // bool: this cell holds the best value of its metric across the panes. The text carries a
    // "★ " too, so the mark never depends on colour or font weight alone.
    BestRole = Qt::UserRole + 1,
    // double: the cell's figure (milliseconds, tokens/s, count), -1 when unknown; for sorting
    // and tests. Text columns answer their text.
    ValueRole,
};

// What both tables share: rows, roles and the texts of a figure. Rows are replaced whole by
// setComparison(): a comparison has at most six panes, and the view refreshes once per turn at
// most.
class CompareTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // running[i]: pane i is still going (its state reads "running"). A pane without a
    // workloadName shows none; the view fills in the pane's pick before the first send.
    void setComparison(const Comparison& comparison, const QList<bool>& running = {});
    const Comparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    virtual int columns() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString text(int row, int column) const = 0;
    // The figure of a cell (right-aligned); nullopt for a column of text.
    virtual std::optional<double> value(int row, int column) const = 0;
    virtual bool isBest(int /*row*/, int /*column*/) const { return false; }
    virtual QString bestTip(int /*column*/) const { return {}; }
    virtual void recompute() {} // after the comparison changed
    // Both tables begin with the pane's number (column 0) and its workload (column 1).
    QString paneText(int row, int column) const;

    Comparison m_comparison;
    QList<PaneSummary> m_summaries; // one per pane
    QList<bool> m_running;
};

class CompareSummaryModel : public CompareTableModel {
    Q_OBJECT
public:
    enum Column {
        Pane,
        Workload,
        Model,
        State,
        FirstToken,
        Thinking, // reasoning time, for panes whose model thinks aloud
        TokensPerSecond,
        Total,
        Tokens,
        Cost, // the pane's runs at its workload's price; a view hides it while no pane has one
        Finish,
        Valid, // the answers against the response_format schema: yes, no, or a dash
        Distinct,
        ColumnCount
    };
    using CompareTableModel::CompareTableModel;

    // The panes holding the best value of a metric column (empty for other columns).
    QList<int> bestRows(int column) const;
    // Some pane's workload has a price: the Cost column has something to say.
    bool hasPrices() const;
    // The round's cost over the priced panes ("$0.0031", "$0.0031 + 2 runs unknown"); empty
    // when no pane is priced.
    QString roundCostText() const;
    static QString stateText(const QString& state);

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString text(int row, int column) const override;
    std::optional<double> value(int row, int column) const override;
    bool isBest(int row, int column) const override { return bestRows(column).contains(row); }
    QString bestTip(int column) const override;
    void recompute() override;

private:
    QList<int> m_bestFirstToken, m_bestRate, m_bestTotal;
};

// How a pane's repeated runs vary; it marks nothing, since it shows spread, not who wins.
class CompareSpreadModel : public CompareTableModel {
    Q_OBJECT
public:
    enum Column {
        Pane,
        Workload,
        DoneOfRuns,
        FirstTokenMedian,
        FirstTokenMin,
        FirstTokenMax,
        RateMedian,
        RateMin,
        RateMax,
        Distinct,
        ColumnCount
    };
    using CompareTableModel::CompareTableModel;

protected:
    int columns() const override { return ColumnCount; }
    QString header(int column) const override;
    QString text(int row, int column) const override;
    std::optional<double> value(int row, int column) const override;
};

} // namespace ik
