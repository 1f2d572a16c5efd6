#include "embeddingmodel.h"

namespace ik {

EmbeddingModel::EmbeddingModel(QObject* parent) : QAbstractTableModel(parent) {}

void EmbeddingModel::setData(const QStringList& texts, const QStringList& labels,
                             const embed::Vectors& vectors) {
    beginResetModel();
    m_texts = texts;
    m_labels = labels;
    m_vectors = vectors;
    m_norms = embed::l2Norms(vectors);
    endResetModel();
}

void EmbeddingModel::clear() {
    setData({}, {}, {});
}

int EmbeddingModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_vectors.size());
}

int EmbeddingModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EmbeddingModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_vectors.size())
        return {};
    const int r = index.row();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case InputColumn: {
            // One line in the table; the tooltip holds the whole text.
            QString t = m_texts.value(r);
            t.replace(u'\n', u' ');
            return t;
        }
        case LabelColumn:
            return m_labels.value(r);
        case DimensionColumn:
            return int(m_vectors[r].size());
        case NormColumn:
            return QString::number(m_norms.value(r), 'f', 4);
        case ValuesColumn: {
            QStringList parts;
            const auto& v = m_vectors[r];
            for (int t = 0; t < std::min<int>(kShownValues, int(v.size())); ++t)
                parts.append(QString::number(v[t], 'f', 4));
            if (v.size() > kShownValues)
                parts.append(QStringLiteral("…"));
            return parts.join(QStringLiteral(", "));
        }
        }
    } else if (role == Qt::ToolTipRole && index.column() == InputColumn) {
        return m_texts.value(r);
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == DimensionColumn || index.column() == NormColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::UserRole && index.column() == NormColumn) {
        return m_norms.value(r);
    }
    return {};
}

QVariant EmbeddingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case InputColumn:
        return tr("Input");
    case LabelColumn:
        return tr("Label");
    case DimensionColumn:
        return tr("Dimension");
    case NormColumn:
        return tr("L2 norm");
    case ValuesColumn:
        return tr("First values");
    }
    return {};
}

} // namespace ik
