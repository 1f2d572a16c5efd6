#include "comparemodels.h"

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString fixed(double v, int decimals) {
    return v < 0 ? u"—"_s : QString::number(v, 'f', decimals);
}

QString orDash(const QString& text) {
    return text.isEmpty() ? u"—"_s : text;
}

// Figures read right-aligned, so their digits line up down a column.
QVariant alignment(bool figure) {
    return QVariant::fromValue(Qt::Alignment(figure ? Qt::AlignRight | Qt::AlignVCenter
                                                    : Qt::AlignLeft | Qt::AlignVCenter));
}

} // namespace

// ---------------------------------------------------------------- both tables

void CompareTableModel::setComparison(const Comparison& comparison, const QList<bool>& running) {
    const bool sameRows = comparison.panes.size() == m_comparison.panes.size();
    if (!sameRows)
        beginResetModel();
    m_comparison = comparison;
    m_running = running;
    m_summaries.clear();
    for (const ComparePaneResult& p : m_comparison.panes)
        m_summaries.append(summarise(p));
    recompute();
    if (!sameRows) {
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CompareTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_comparison.panes.size());
}

// ---------------------------------------------------------------- the summary

void CompareSummaryModel::recompute() {
    m_bestFirstToken = bestPanes(m_summaries, CompareMetric::FirstToken);
    m_bestRate = bestPanes(m_summaries, CompareMetric::TokensPerSecond);
    m_bestTotal = bestPanes(m_summaries, CompareMetric::Total);
}

int CompareSummaryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QList<int> CompareSummaryModel::bestRows(int column) const {
    switch (column) {
    case FirstToken:
        return m_bestFirstToken;
    case TokensPerSecond:
        return m_bestRate;
    case Total:
        return m_bestTotal;
    default:
        return {};
    }
}

QString CompareSummaryModel::text(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case Pane:
        return QString::number(row + 1);
    case Workload:
        return m_comparison.panes[row].workloadName;
    case Model:
        return orDash(s.model);
    case State:
        return m_running.value(row) ? tr("running") : s.state;
    case FirstToken:
        return formatMs(s.done ? s.firstTokenMs.median : -1);
    case TokensPerSecond:
        return fixed(s.tokensPerSecond.median, 1) +
               (s.tokensPerSecond.count ? (s.tokensFromUsage ? tr(" (usage)") : tr(" (chunks)"))
                                        : QString());
    case Total:
        return formatMs(s.totalMs.median);
    case Tokens:
        return fixed(s.tokens.median, 0);
    case Finish:
        return orDash(s.finishReason);
    case Distinct:
        return QString::number(s.distinct);
    }
    return {};
}

double CompareSummaryModel::value(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case FirstToken:
        return s.done ? s.firstTokenMs.median : -1;
    case TokensPerSecond:
        return s.tokensPerSecond.median;
    case Total:
        return s.totalMs.median;
    case Tokens:
        return s.tokens.median;
    case Distinct:
        return s.distinct;
    default:
        return -1;
    }
}

QVariant CompareSummaryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row(), column = index.column();
    const bool best = bestRows(column).contains(row);
    const bool figure = column >= FirstToken && column != Finish;
    switch (role) {
    case Qt::DisplayRole:
        return best ? u"★ "_s + text(row, column) : text(row, column);
    case BestRole:
        return best;
    case ValueRole:
        return figure ? QVariant(value(row, column)) : QVariant(text(row, column));
    case Qt::TextAlignmentRole:
        return alignment(figure);
    case Qt::ToolTipRole:
        if (!best)
            return {};
        return tr("best %1 across the panes")
            .arg(column == FirstToken        ? tr("time to first token")
                 : column == TokensPerSecond ? tr("tokens per second")
                                             : tr("total time"));
    case Qt::AccessibleDescriptionRole:
        return best ? QVariant(tr("best")) : QVariant();
    default:
        return {};
    }
}

QVariant CompareSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pane:
        return tr("Pane");
    case Workload:
        return tr("Workload");
    case Model:
        return tr("Model");
    case State:
        return tr("State");
    case FirstToken:
        return tr("First token");
    case TokensPerSecond:
        return tr("Tokens/s");
    case Total:
        return tr("Total");
    case Tokens:
        return tr("Tokens");
    case Finish:
        return tr("Finish");
    case Distinct:
        return tr("Distinct answers");
    }
    return {};
}

// ---------------------------------------------------------------- the spread

int CompareSpreadModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompareSpreadModel::text(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case Pane:
        return QString::number(row + 1);
    case Workload:
        return m_comparison.panes[row].workloadName;
    case DoneOfRuns:
        return u"%1 / %2"_s.arg(s.done).arg(s.runs);
    case FirstTokenMedian:
    case FirstTokenMin:
    case FirstTokenMax:
        return formatMs(value(row, column));
    case RateMedian:
    case RateMin:
    case RateMax:
        return fixed(value(row, column), 1);
    case Distinct:
        return QString::number(s.distinct);
    }
    return {};
}

double CompareSpreadModel::value(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case DoneOfRuns:
        return s.done;
    case FirstTokenMedian:
        return s.firstTokenMs.median;
    case FirstTokenMin:
        return s.firstTokenMs.min;
    case FirstTokenMax:
        return s.firstTokenMs.max;
    case RateMedian:
        return s.tokensPerSecond.median;
    case RateMin:
        return s.tokensPerSecond.min;
    case RateMax:
        return s.tokensPerSecond.max;
    case Distinct:
        return s.distinct;
    default:
        return -1;
    }
}

QVariant CompareSpreadModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row(), column = index.column();
    const bool figure = column >= FirstTokenMedian;
    switch (role) {
    case Qt::DisplayRole:
        return text(row, column);
    case BestRole:
        return false; // the spread marks nothing: it shows how a pane varies, not who wins
    case ValueRole:
        return column >= DoneOfRuns ? QVariant(value(row, column)) : QVariant(text(row, column));
    case Qt::TextAlignmentRole:
        return alignment(figure);
    default:
        return {};
    }
}

QVariant CompareSpreadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Pane:
        return tr("Pane");
    case Workload:
        return tr("Workload");
    case DoneOfRuns:
        return tr("Done / runs");
    case FirstTokenMedian:
        return tr("First token median");
    case FirstTokenMin:
    case RateMin:
        return tr("min");
    case FirstTokenMax:
    case RateMax:
        return tr("max");
    case RateMedian:
        return tr("Tokens/s median");
    case Distinct:
        return tr("Distinct answers");
    }
    return {};
}

} // namespace ik
