#pragma once
// The results table: one row per input (input, label, dimension, L2 norm, first values). Cells
// are formatted on demand, so 10,000 rows cost only what is on screen.

#include "embedmath.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ik {

class EmbeddingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        InputColumn,
        LabelColumn,
        DimensionColumn,
        NormColumn,
        ValuesColumn,
        ColumnCount
    };
    static constexpr int kShownValues = 6;

    explicit EmbeddingModel(QObject* parent = nullptr);

    void setData(const QStringList& texts, const QStringList& labels,
                 const embed::Vectors& vectors);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const QStringList& texts() const { return m_texts; }
    const QStringList& labels() const { return m_labels; }
    const embed::Vectors& vectors() const { return m_vectors; }
    const QVector<double>& norms() const { return m_norms; }

private:
    QStringList m_texts, m_labels;
    embed::Vectors m_vectors;
    QVector<double> m_norms;
};

} // namespace ik
