#include "clustermodel.h"

#include <algorithm>

namespace ik {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kCentralShown = 3;
} // namespace

ClusterModel::ClusterModel(QObject* parent)
    : ResultTableModel(
          [this] { return m_result.ok() ? m_result.k : 0; },
          {{tr("Cluster"), true, [](int r) { return QString::number(r + 1); },
            [](int r) { return QVariant(r); }},
           {tr("Size"), true, [this](int r) { return QString::number(m_result.sizes.value(r)); },
            [this](int r) { return QVariant(m_result.sizes.value(r)); }},
           {tr("Main label"), false, [this](int r) { return majorityLabel(r); },
            [this](int r) { return QVariant(majorityLabel(r)); }},
           {tr("Most central texts"), false,
            [this](int r) { return centralText(r, kCentralShown); },
            [this](int r) { return QVariant(centralText(r, kCentralShown)); },
            [this](int r) { return centralText(r, int(m_result.central.value(r).size())); }}},
          parent) {}

void ClusterModel::setClusters(const embed::KMeansResult& result, const QStringList& texts,
                               const QStringList& labels) {
    replace([&] {
        m_result = result;
        m_texts = texts;
        m_confusion = {};
        m_purity = m_ari = 0;
        const bool labelled = result.ok() && !labels.isEmpty() &&
                              std::any_of(labels.begin(), labels.end(),
                                          [](const QString& l) { return !l.isEmpty(); });
        if (labelled && labels.size() == result.assignment.size()) {
            m_confusion = embed::confusion(labels, result.assignment);
            if (m_confusion.ok()) {
                m_purity = embed::purity(m_confusion);
                m_ari = embed::adjustedRandIndex(m_confusion);
            }
        }
    });
}

QString ClusterModel::agreementText() const {
    if (!hasLabels())
        return {};
    return tr("Against the labels: purity %1, adjusted Rand index %2.")
        .arg(m_purity, 0, 'f', 3)
        .arg(m_ari, 0, 'f', 3);
}

QString ClusterModel::centralText(int cluster, int count) const {
    QStringList parts;
    const QVector<int> rows = m_result.central.value(cluster);
    for (int i = 0; i < std::min(count, int(rows.size())); ++i)
        parts << m_texts.value(rows[i]).simplified();
    return parts.join(u" | "_s);
}

QString ClusterModel::majorityLabel(int cluster) const {
    if (!hasLabels())
        return {};
    int best = -1, bestCount = 0;
    for (int l = 0; l < int(m_confusion.labels.size()); ++l) {
        const int c = m_confusion.counts.value(l).value(cluster);
        if (c > bestCount)
            best = l, bestCount = c;
    }
    return best < 0 ? QString() : m_confusion.labels[best];
}

// ---------------------------------------------------------------- labels x clusters

ConfusionModel::ConfusionModel(QObject* parent) : QAbstractTableModel(parent) {}

void ConfusionModel::setConfusion(const embed::Confusion& table) {
    beginResetModel();
    m_table = table;
    endResetModel();
}

int ConfusionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_table.labels.size());
}

int ConfusionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || m_table.labels.isEmpty() ? 0 : m_table.clusters;
}

QVariant ConfusionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const int count = m_table.counts.value(index.row()).value(index.column());
    if (role == Qt::DisplayRole)
        return QString::number(count);
    if (role == Qt::UserRole)
        return count;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConfusionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return m_table.labels.value(section);
    return tr("Cluster %1").arg(section + 1);
}

} // namespace ik
