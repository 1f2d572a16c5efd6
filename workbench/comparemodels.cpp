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

// yes when every checked answer matched its schema, no (with the count when there were
// several), a dash when no answer was checked.
QString validText(const PaneSummary& s) {
    if (s.schemaChecked == 0)
        return u"—"_s;
    if (s.schemaValid == s.schemaChecked)
        return CompareSummaryModel::tr("yes");
    if (s.schemaChecked == 1)
        return CompareSummaryModel::tr("no");
    return CompareSummaryModel::tr("no (%1 of %2 valid)").arg(s.schemaValid).arg(s.schemaChecked);
}

// "$0.0012", "tokens unknown", "$0.0012 + 1 run unknown"; a dash without a price or a run.
QString costCell(const PaneSummary& s) {
    if (!s.priced || s.costRuns == 0)
        return u"—"_s;
    if (s.costUnknown == s.costRuns)
        return CompareSummaryModel::tr("tokens unknown");
    if (s.costUnknown == 0)
        return formatCost(s.cost);
    return CompareSummaryModel::tr("%1 + %2 unknown")
        .arg(formatCost(s.cost), s.costUnknown == 1
                                     ? CompareSummaryModel::tr("1 run")
                                     : CompareSummaryModel::tr("%n runs", nullptr, s.costUnknown));
}

// The median, min or max of a spread (0, 1, 2: the order of the spread table's columns).
double statOf(const Spread& s, int which) {
    return which == 0 ? s.median : which == 1 ? s.min : s.max;
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
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1); // the round's cost
}

int CompareTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_comparison.panes.size());
}

int CompareTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : columns();
}

QVariant CompareTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row(), column = index.column();
    const bool best = isBest(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return best ? u"★ "_s + text(row, column) : text(row, column);
    case BestRole:
        return best;
    case ValueRole:
        if (const std::optional<double> v = value(row, column))
            return *v;
        return text(row, column);
    case Qt::TextAlignmentRole:
        // Figures read right-aligned, so their digits line up down a column.
        return QVariant::fromValue(
            Qt::Alignment(value(row, column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return best ? QVariant(bestTip(column)) : QVariant();
    case Qt::AccessibleDescriptionRole:
        return best ? QVariant(tr("best")) : QVariant();
    default:
        return {};
    }
}

QString CompareTableModel::paneText(int row, int column) const {
    return column == 0 ? QString::number(row + 1) : m_comparison.panes[row].workloadName;
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return header(section);
}

// ---------------------------------------------------------------- the summary

void CompareSummaryModel::recompute() {
    m_bestFirstToken = bestPanes(m_summaries, CompareMetric::FirstToken);
    m_bestRate = bestPanes(m_summaries, CompareMetric::TokensPerSecond);
    m_bestTotal = bestPanes(m_summaries, CompareMetric::Total);
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

QString CompareSummaryModel::bestTip(int column) const {
    return tr("best %1 across the panes")
        .arg(column == FirstToken        ? tr("time to first token")
             : column == TokensPerSecond ? tr("tokens per second")
                                         : tr("total time"));
}

// A run's saved state code (runStateName(), "blocked", "not sent"), as the table says it.
QString CompareSummaryModel::stateText(const QString& state) {
    static const char* const states[] = {QT_TR_NOOP("pending"),   QT_TR_NOOP("running"),
                                         QT_TR_NOOP("done"),      QT_TR_NOOP("failed"),
                                         QT_TR_NOOP("cancelled"), QT_TR_NOOP("truncated"),
                                         QT_TR_NOOP("blocked"),   QT_TR_NOOP("not sent")};
    for (const char* known : states)
        if (state == QLatin1String(known))
            return tr(known);
    return state;
}

QString CompareSummaryModel::text(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case Pane:
    case Workload:
        return paneText(row, column);
    case Model:
        return orDash(s.model);
    case State:
        return m_running.value(row) ? tr("running") : stateText(s.state);
    case FirstToken:
    case Total:
        return formatMs(*value(row, column));
    case Thinking:
        return s.reasoningMs.count ? formatMs(s.reasoningMs.median) : u"—"_s;
    case TokensPerSecond:
        return fixed(s.tokensPerSecond.median, 1) +
               (s.tokensPerSecond.count ? (s.tokensFromUsage ? tr(" (usage)") : tr(" (chunks)"))
                                        : QString());
    case Tokens:
        return fixed(s.tokens.median, 0);
    case Cost:
        return costCell(s);
    case Finish:
        return orDash(s.finishReason);
    case Valid:
        return validText(s);
    case Distinct:
        return QString::number(s.distinct);
    }
    return {};
}

std::optional<double> CompareSummaryModel::value(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case FirstToken:
        return s.done ? s.firstTokenMs.median : -1;
    case Thinking:
        return s.reasoningMs.count ? s.reasoningMs.median : -1;
    case TokensPerSecond:
        return s.tokensPerSecond.median;
    case Total:
        return s.totalMs.median;
    case Tokens:
        return s.tokens.median;
    case Cost:
        return s.priced && s.costRuns > s.costUnknown ? s.cost : -1;
    case Distinct:
        return s.distinct;
    default:
        return std::nullopt;
    }
}

QString CompareSummaryModel::header(int column) const {
    static const char* const names[ColumnCount] = {QT_TR_NOOP("Pane"),
                                                   QT_TR_NOOP("Workload"),
                                                   QT_TR_NOOP("Model"),
                                                   QT_TR_NOOP("State"),
                                                   QT_TR_NOOP("First token"),
                                                   QT_TR_NOOP("Thinking"),
                                                   QT_TR_NOOP("Tokens/s"),
                                                   QT_TR_NOOP("Total"),
                                                   QT_TR_NOOP("Tokens"),
                                                   QT_TR_NOOP("Cost"),
                                                   QT_TR_NOOP("Finish"),
                                                   QT_TR_NOOP("Valid"),
                                                   QT_TR_NOOP("Distinct answers")};
    if (column == Cost && hasPrices())
        return tr("Cost (round %1)").arg(roundCostText());
    return column >= 0 && column < ColumnCount ? tr(names[column]) : QString();
}

bool CompareSummaryModel::hasPrices() const {
    for (const PaneSummary& s : m_summaries)
        if (s.priced)
            return true;
    return false;
}

QString CompareSummaryModel::roundCostText() const {
    PaneSummary round;
    for (const PaneSummary& s : m_summaries) {
        round.priced = round.priced || s.priced;
        round.costRuns += s.costRuns;
        round.costUnknown += s.costUnknown;
        round.cost += s.cost;
    }
    return round.priced ? costCell(round) : QString();
}

// ---------------------------------------------------------------- the spread

QString CompareSpreadModel::text(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    switch (column) {
    case Pane:
    case Workload:
        return paneText(row, column);
    case DoneOfRuns:
        return u"%1 / %2"_s.arg(s.done).arg(s.runs);
    case FirstTokenMedian:
    case FirstTokenMin:
    case FirstTokenMax:
        return formatMs(*value(row, column));
    case RateMedian:
    case RateMin:
    case RateMax:
        return fixed(*value(row, column), 1);
    case Distinct:
        return QString::number(s.distinct);
    }
    return {};
}

std::optional<double> CompareSpreadModel::value(int row, int column) const {
    const PaneSummary& s = m_summaries[row];
    if (column >= FirstTokenMedian && column <= FirstTokenMax)
        return statOf(s.firstTokenMs, column - FirstTokenMedian);
    if (column >= RateMedian && column <= RateMax)
        return statOf(s.tokensPerSecond, column - RateMedian);
    if (column == Distinct)
        return s.distinct;
    return std::nullopt;
}

QString CompareSpreadModel::header(int column) const {
    static const char* const names[ColumnCount] = {QT_TR_NOOP("Pane"),
                                                   QT_TR_NOOP("Workload"),
                                                   QT_TR_NOOP("Done / runs"),
                                                   QT_TR_NOOP("First token median"),
                                                   QT_TR_NOOP("min"),
                                                   QT_TR_NOOP("max"),
                                                   QT_TR_NOOP("Tokens/s median"),
                                                   QT_TR_NOOP("min"),
                                                   QT_TR_NOOP("max"),
                                                   QT_TR_NOOP("Distinct answers")};
    return column >= 0 && column < ColumnCount ? tr(names[column]) : QString();
}

} // namespace ik
