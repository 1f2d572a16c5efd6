#pragma once
// A k-means result as the map's tables show it (embeddingtables.h's conventions): one row per
// cluster with its size and a label made of its most central texts, and, when the inputs carry
// labels, the purity and adjusted Rand index against them and a labels x clusters table.

#include "cluster.h"
#include "embeddingtables.h"

namespace ik {

class ClusterModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column { ClusterColumn, SizeColumn, TopLabelColumn, CentralColumn, ColumnCount };
    explicit ClusterModel(QObject* parent = nullptr);
    // texts and labels are per row of the clustered set; labels may be empty (none carried).
    void setClusters(const embed::KMeansResult& result, const QStringList& texts,
                     const QStringList& labels = {});
    void clear() { setClusters({}, {}); }
    const embed::KMeansResult& result() const { return m_result; }
    bool hasLabels() const { return m_confusion.ok() && !m_confusion.labels.isEmpty(); }
    double purity() const { return m_purity; }
    double adjustedRand() const { return m_ari; }
    const embed::Confusion& confusion() const { return m_confusion; }
    // "Purity 0.92, adjusted Rand index 0.81" or empty without labels.
    QString agreementText() const;

private:
    QString centralText(int cluster, int count) const;
    QString majorityLabel(int cluster) const;

    embed::KMeansResult m_result;
    QStringList m_texts;
    embed::Confusion m_confusion;
    double m_purity = 0, m_ari = 0;
};

// The labels x clusters counts of a ClusterModel: a row per label, a column per cluster.
class ConfusionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit ConfusionModel(QObject* parent = nullptr);
    void setConfusion(const embed::Confusion& table);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    embed::Confusion m_table;
};

} // namespace ik
