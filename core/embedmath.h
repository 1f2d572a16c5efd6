#pragma once
// Embedding maths for the inspector (issue 6): norms, statistics, cosine similarity, the full
// similarity matrix, neighbours, 2D PCA, agreement between two embedding spaces; input loaders
// (.txt, .csv, .jsonl) and exporters (CSV, JSON, .npy, Embedding Projector TSVs).
// Pure: QtCore only, no widgets, no network. Long computations take a Control so a view can run
// them on a worker thread, show progress and cancel.

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace ik::embed {

using Vectors = QList<QVector<float>>;

// Cancellation and progress for long computations. Progress is reported only on the calling
// thread (helper threads never call it), as a fraction in [0, 1].
struct Control {
    const std::atomic_bool* cancel = nullptr;
    std::function<void(double fraction)> progress;
    int threads = 0; // 0: one per hardware thread

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(double fraction) const {
        if (progress)
            progress(fraction);
    }
};

// ---- norms and statistics ----
// The one dimension every vector has; 0 for an empty set, -1 when they differ.
int commonDimension(const Vectors& vectors);
double l2Norm(const QVector<float>& v);
QVector<double> l2Norms(const Vectors& vectors);

struct NormStats {
    int count = 0;
    double min = 0, mean = 0, max = 0;
    bool normalised = false; // every norm is 1 within the tolerance
};
inline constexpr double kUnitTolerance = 1e-3;
NormStats normStats(const QVector<double>& norms, double tolerance = kUnitTolerance);

// Per-dimension mean and (population) standard deviation. Empty when dimensions differ.
struct DimensionStats {
    QVector<double> mean;
    QVector<double> stddev;
};
DimensionStats dimensionStats(const Vectors& vectors);

// Cosine similarity; 0 when either vector is zero or sizes differ.
double cosine(const QVector<float>& a, const QVector<float>& b);

// ---- similarity matrix ----
// A symmetric n x n matrix of cosines, row-major floats.
struct SimilarityMatrix {
    int n = 0;
    std::vector<float> values;
    float at(int i, int j) const { return values[size_t(i) * size_t(n) + size_t(j)]; }
    const float* row(int i) const { return values.data() + size_t(i) * size_t(n); }
    bool isEmpty() const { return n == 0; }
};

// Rows normalised once, then a blocked, multi-threaded float kernel over the upper triangle.
// nullopt when cancelled or the dimensions differ.
std::optional<SimilarityMatrix> similarityMatrix(const Vectors& vectors,
                                                 const Control& control = {});

// ---- neighbours ----
struct Neighbour {
    int index = -1;
    double score = 0;
    bool operator==(const Neighbour&) const = default;
};
// The k most similar other inputs of input i, best first (ties: lower index first). k < 0: all.
QList<Neighbour> nearestNeighbours(const SimilarityMatrix& matrix, int i, int k);
// The same without a matrix (one row computed on the spot).
QList<Neighbour> nearestNeighbours(const Vectors& vectors, int i, int k);
// The set ranked against a query vector by cosine, best first. k < 0: all.
QList<Neighbour> rankAgainst(const QVector<float>& query, const Vectors& vectors, int k = -1);

// ---- projection ----
struct Pca {
    QList<QPointF> points;         // one per input: coordinates on PC1, PC2
    QVector<double> components[2]; // unit principal axes in the input space
    double variance[2] = {0, 0};   // variance along each axis (divided by n - 1)
    double explained[2] = {0, 0};  // share of the total variance each axis explains
    double totalVariance = 0;
};
// Centres the vectors, then finds the top two eigenvectors of the covariance (or of the Gram
// matrix when there are fewer inputs than dimensions, which is the smaller problem) by subspace
// iteration. Signs are fixed so that the largest-magnitude entry of each axis is positive.
// nullopt when cancelled, the dimensions differ or there are fewer than 2 inputs.
std::optional<Pca> pca2d(const Vectors& vectors, const Control& control = {});

// ---- two spaces ----
struct SpaceAgreement {
    int k = 0;
    QVector<double> overlap;  // per input: |top-k in A and in B| / k
    QVector<double> spearman; // per input: rank correlation of its similarities to all others
    double meanOverlap = 0, medianOverlap = 0, meanSpearman = 0, minSpearman = 0;
    QString summary() const; // one user-facing sentence, read against chance overlap
};
// The neighbour count an agreement starts with for n inputs: small enough that chance overlap
// (k / (n - 1)) does not pass for agreement.
int defaultAgreementK(int n);
// Both matrices over the same inputs in the same order. k is clamped to n - 1.
// nullopt when cancelled or the sizes differ.
std::optional<SpaceAgreement> compareSpaces(const SimilarityMatrix& a, const SimilarityMatrix& b,
                                            int k, const Control& control = {});
// Spearman's rho with average ranks for ties; 0 when either side is constant.
double spearman(const QVector<double>& x, const QVector<double>& y);

// ---- inputs ----
struct Inputs {
    QStringList texts;
    QStringList labels; // empty, or one per text
    QString error;      // non-empty: nothing was loaded; says what and where ("line 4: ...")
    int errorLine = 0;  // 1-based line of the error in the file, 0 when not about a line
    bool ok() const { return error.isEmpty(); }
    bool hasLabels() const { return !labels.isEmpty(); }
};
// One input per line; blank lines are skipped.
Inputs parseTxt(const QByteArray& data);
// RFC 4180 (quoted fields, "" inside quotes, line breaks inside quotes, CRLF or LF). The first
// row is a header when it names a text column (text, sentence, input, document, content,
// query); the label column is then the one named label, category, class, tag or group. Without
// a header the first column is the text and the second, if any, the label.
Inputs parseCsv(const QByteArray& data);
// One JSON object per line: text in "text" (else "input", "sentence", "content", "document"),
// optional label in "label" (else "category", "class"). Blank lines are skipped.
Inputs parseJsonl(const QByteArray& data);
// By suffix: .txt, .csv, .tsv is not supported; .jsonl / .ndjson.
Inputs loadInputs(const QString& path);
// The rows of an RFC 4180 file as the CSV loader reads them (blank rows dropped), each with the
// line it starts on, for loaders of other CSV shapes (retrieval documents and queries).
struct CsvRows {
    QList<QStringList> rows;
    QList<int> lines;  // 1-based, one per row
    QString error;     // non-empty: the file is not CSV ("line 4: ...")
    int errorLine = 0; // 1-based line of the error
    bool ok() const { return error.isEmpty(); }
};
CsvRows readCsvRows(const QByteArray& data);

// ---- exports ----
// text,label,v0,v1,... (label column only when there are labels); RFC 4180 quoting.
QByteArray toCsv(const QStringList& texts, const QStringList& labels, const Vectors& vectors);
// {"model", "dimension", "count", "items": [{"index", "text", "label"?, "embedding"}]}
QByteArray toJson(const QStringList& texts, const QStringList& labels, const Vectors& vectors,
                  const QString& model);
// The Embedding Projector's two files. vectors.tsv: one row per vector, values separated by
// tabs, no header. metadata.tsv: with labels a header "text\tlabel" then one row per input;
// without labels one text per line and no header (the projector's rule for a single column).
// Tabs and line breaks inside texts become spaces.
QByteArray projectorVectorsTsv(const Vectors& vectors);
QByteArray projectorMetadataTsv(const QStringList& texts, const QStringList& labels);
// Shortest text that reads back to the same float.
QByteArray floatText(float value);
// Atomic write (QSaveFile); false with *error naming the file and the reason.
bool writeFile(const QString& path, const QByteArray& bytes, QString* error);

} // namespace ik::embed
