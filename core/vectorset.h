#pragma once
// A set of equal-length float32 vectors stored in one contiguous row-major block: at 100,000 ×
// 1,024 a list of separate vectors costs 100,000 allocations and scatters rows across memory,
// while one block can be memory-mapped from the cache, handed to the neighbour index as is, and
// walked by the projections without copying. The block is shared and read-only, so copying a
// set is cheap and a mapped file stays mapped while any copy lives.
//
// Loaders for vectors made elsewhere: NumPy .npy (float32 or float64, C order), JSONL with one
// vector per line, and the Embedding Projector's vectors TSV with its optional metadata TSV.
// Every error names the file, the row or line, what is wrong and how to fix it.

#include "embedmath.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace ik::embed {

class VectorSet {
public:
    VectorSet() = default;
    // Takes rows * dim values, row after row.
    static VectorSet fromValues(int rows, int dim, std::vector<float> values);
    // A view of memory owned elsewhere (a mapped file): keeper is held for as long as the set
    // or any copy of it lives.
    static VectorSet fromView(int rows, int dim, const float* values,
                              std::shared_ptr<const void> keeper);

    int rows() const { return m_rows; }
    int dim() const { return m_dim; }
    bool empty() const { return m_rows == 0; }
    const float* data() const { return m_values.get(); }
    const float* row(int i) const { return data() + std::size_t(i) * std::size_t(m_dim); }
    std::span<const float> rowSpan(int i) const { return {row(i), std::size_t(m_dim)}; }

    QStringList texts;  // empty, or one per row
    QStringList labels; // empty, or one per row
    QStringList ids;    // empty, or one per row (document ids for retrieval)

private:
    int m_rows = 0;
    int m_dim = 0;
    std::shared_ptr<const float> m_values;
};

// The set as the list of vectors the older embedding maths (PCA, similarity matrix) takes.
Vectors toVectors(const VectorSet& set);
// And back: rows of equal length (the first row's) into one block.
VectorSet fromVectors(const Vectors& vectors);

struct VectorLoad {
    VectorSet set;
    QString error; // non-empty: nothing was loaded; names the file and the row or line
    bool ok() const { return error.isEmpty(); }
};

// .npy, version 1, 2 or 3: a 2-D array (n, d) of little-endian float32 or float64 in C order.
// float64 is narrowed to float32. name is the file name used in errors.
VectorLoad parseNpyVectors(const QByteArray& bytes, const QString& name);
// The same from a file, mapped rather than read whole.
VectorLoad loadNpyVectors(const QString& path);
// One JSON object per line with the vector in "embedding" (or "vector") and, optionally, "id",
// "text" (or the other text names the input loader knows) and "label". Blank lines are skipped.
VectorLoad parseVectorJsonl(const QByteArray& data, const QString& name);
// The Embedding Projector's files. vectors: one row per vector, values separated by tabs, no
// header. metadata (optional, empty for none): one column without a header (the texts), or a
// header row naming the columns then one row per vector; the text column is "text" (or another
// text name), the label column "label" (or another label name), the id column "id".
VectorLoad parseProjectorTsv(const QByteArray& vectors, const QString& vectorsName,
                             const QByteArray& metadata = {}, const QString& metadataName = {});
// By suffix: .npy, .jsonl / .ndjson, .tsv (Projector vectors). metadataPath, when given, is a
// Projector metadata TSV for the file's rows; its texts, labels and ids replace the file's.
VectorLoad loadVectors(const QString& path, const QString& metadataPath = {});

} // namespace ik::embed
