#include "embeddingtables.h"

#include <algorithm>

namespace ik {

QString oneLine(QString text, int max) {
    text.replace(u'\n', u' ');
    if (text.size() > max)
        text = text.left(max - 1) + QStringLiteral("…");
    return text;
}

// ---------------------------------------------------------------- the common table

ResultTableModel::ResultTableModel(std::function<int()> rows, QList<ColumnSpec> columns,
                                   QObject* parent)
    : QAbstractTableModel(parent), m_rows(std::move(rows)), m_columns(std::move(columns)) {}

void ResultTableModel::replace(const std::function<void()>& change) {
    beginResetModel();
    change();
    endResetModel();
}

int ResultTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows();
}

int ResultTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ResultTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows() || index.column() >= m_columns.size())
        return {};
    const ColumnSpec& c = m_columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
        return c.text(index.row());
    case Qt::UserRole:
        return c.value(index.row());
    case Qt::ToolTipRole:
        return c.toolTip ? QVariant(c.toolTip(index.row())) : QVariant();
    case Qt::TextAlignmentRole:
        return c.number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant ResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section >= m_columns.size())
        return {};
    return m_columns.value(section).header;
}

// ---------------------------------------------------------------- per dimension

DimStatsModel::DimStatsModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(std::min(m_stats.mean.size(), m_stats.stddev.size())); },
          {{tr("Dimension"), true, [](int r) { return QString::number(r); },
            [](int r) { return QVariant(r); }},
           {tr("Mean"), true, [this](int r) { return QString::number(m_stats.mean[r], 'f', 5); },
            [this](int r) { return QVariant(m_stats.mean[r]); }},
           {tr("Std dev"), true,
            [this](int r) { return QString::number(m_stats.stddev[r], 'f', 5); },
            [this](int r) { return QVariant(m_stats.stddev[r]); }}},
          parent) {}

void DimStatsModel::setStats(const embed::DimensionStats& stats) {
    replace([&] { m_stats = stats; });
}

// ---------------------------------------------------------------- a ranking of the set

NeighbourModel::NeighbourModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(m_neighbours.size()); },
          {{tr("Rank"), true, [](int r) { return QString::number(r + 1); },
            [](int r) { return QVariant(r + 1); }},
           {tr("Cosine"), true,
            [this](int r) { return QString::number(m_neighbours[r].score, 'f', 4); },
            [this](int r) { return QVariant(m_neighbours[r].score); }},
           {tr("Label"), false, [this](int r) { return m_labels.value(m_neighbours[r].index); },
            [this](int r) { return QVariant(m_labels.value(m_neighbours[r].index)); }},
           {tr("Input"), false,
            [this](int r) { return oneLine(m_texts.value(m_neighbours[r].index)); },
            [this](int r) { return QVariant(m_neighbours[r].index); },
            [this](int r) { return m_texts.value(m_neighbours[r].index); }}},
          parent) {}

void NeighbourModel::setNeighbours(const QList<embed::Neighbour>& neighbours,
                                   const QStringList& texts, const QStringList& labels) {
    replace([&] {
        m_neighbours = neighbours;
        m_texts = texts;
        // A set without labels has an empty label list, or one of empty strings.
        const bool any = std::any_of(labels.begin(), labels.end(),
                                     [](const QString& l) { return !l.isEmpty(); });
        m_labels = any ? labels : QStringList();
    });
}

int NeighbourModel::inputRow(int row) const {
    return row >= 0 && row < m_neighbours.size() ? m_neighbours[row].index : -1;
}

// ---------------------------------------------------------------- two workloads' agreement

AgreementModel::AgreementModel(QObject* parent)
    : ResultTableModel(
          [this] {
              return m_agreement
                         ? int(std::min(m_agreement->overlap.size(), m_agreement->spearman.size()))
                         : 0;
          },
          {{tr("Input"), false, [this](int r) { return oneLine(m_texts.value(r)); },
            [](int r) { return QVariant(r); }, [this](int r) { return m_texts.value(r); }},
           {tr("Top-k overlap"), true,
            [this](int r) {
                return QStringLiteral("%1%").arg(qRound(m_agreement->overlap[r] * 100));
            },
            [this](int r) { return QVariant(m_agreement->overlap[r]); }},
           {tr("Rank correlation"), true,
            [this](int r) { return QString::number(m_agreement->spearman[r], 'f', 3); },
            [this](int r) { return QVariant(m_agreement->spearman[r]); }}},
          parent) {}

void AgreementModel::setAgreement(const embed::SpaceAgreement& agreement,
                                  const QStringList& texts) {
    replace([&] {
        m_agreement = agreement;
        m_texts = texts;
    });
}

void AgreementModel::clear() {
    replace([&] {
        m_agreement.reset();
        m_texts.clear();
    });
}

// ---------------------------------------------------------------- rerank

RerankModel::RerankModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(m_results.size()); },
          {{tr("Rank"), true, [](int r) { return QString::number(r + 1); },
            [](int r) { return QVariant(r + 1); }},
           {tr("Score"), true,
            [this](int r) { return QString::number(m_results[r].score, 'f', 4); },
            [this](int r) { return QVariant(m_results[r].score); }},
           {tr("#"), true, [this](int r) { return QString::number(m_results[r].index + 1); },
            [this](int r) { return QVariant(m_results[r].index + 1); }},
           {tr("Document"), false,
            [this](int r) { return oneLine(m_documents.value(m_results[r].index)); },
            [this](int r) { return QVariant(m_results[r].index); },
            [this](int r) { return m_documents.value(m_results[r].index); }}},
          parent) {}

void RerankModel::setResults(const QList<RerankResult>& results, const QStringList& documents) {
    replace([&] {
        m_results = results;
        std::stable_sort(
            m_results.begin(), m_results.end(),
            [](const RerankResult& a, const RerankResult& b) { return a.score > b.score; });
        m_documents = documents;
    });
}

} // namespace ik
