#pragma once
// Clusters of embedding vectors: k-means (k-means++ seeding, Lloyd iterations), k chosen by
// silhouette over a range, each cluster's size and its most central rows (whose texts label
// it), and how clusters agree with the labels the inputs carry (purity, adjusted Rand index, a
// labels x clusters confusion table). Pure: QtCore only.

#include "knngraph.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <vector>

namespace ik::embed {

struct KMeansOptions {
    int k = 8;
    Metric metric = Metric::Cosine;
    quint64 seed = 1;
    int maxIterations = 100;
    // Lloyd stops when no row changes cluster, or when the centroids moved less than this
    // fraction of the data's mean squared norm.
    double tolerance = 1e-6;
    int centralCount = 5; // rows kept per cluster as its label, most central first
    // Runs from seeds seed, seed + 1, ...; the one with the lowest inertia is kept. One seeding
    // can put two centres in one topic and one across two: a few restarts usually avoid it.
    int restarts = 1;
};

struct KMeansResult {
    QString error; // non-empty: nothing else is set; says what is wrong and how to fix it
    int k = 0;
    int d = 0;
    QVector<int> assignment;      // per row, in [0, k)
    std::vector<float> centroids; // k x d (on the normalised rows for Cosine)
    QVector<int> sizes;           // per cluster
    QList<QVector<int>> central;  // per cluster: row indices nearest its centroid, nearest first
    double inertia = 0;           // sum of squared distances of rows to their centroid
    int iterations = 0;
    bool converged = false; // false: stopped at maxIterations
    bool ok() const { return error.isEmpty(); }
};

// Greedy k-means++ seeding (Arthur & Vassilvitskii 2007, as scikit-learn) then Lloyd. A cluster
// left empty takes the row farthest from its centroid, so every cluster has at least one row.
// Deterministic for a seed whatever Control::threads is. Cancel gives error "cancelled".
KMeansResult kMeans(const Rows& rows, const KMeansOptions& options, const Control& control = {});

// Mean silhouette (Rousseeuw 1987) of an assignment, with distance 1 - cos (Cosine) or euclidean.
// A row alone in its cluster scores 0. Above sampleSize rows it is computed on a uniform sample
// of sampleSize rows (seeded), as exact silhouette costs n^2 distances. NaN on bad input.
double silhouette(const Rows& rows, const QVector<int>& assignment, Metric metric,
                  int sampleSize = 2000, quint64 seed = 1);

struct KChoice {
    QString error;
    QVector<int> ks;
    QVector<double> scores; // silhouette per k in ks
    int sampled = 0;        // rows the silhouette was computed on (< n: a sample)
    KMeansResult best;      // the run with the highest silhouette (lowest k on ties)
    bool ok() const { return error.isEmpty(); }
};

// k-means for every k in [kMin, kMax] (options.k is ignored), keeping the best by silhouette.
// kMin >= 2 (silhouette needs two clusters), kMax <= n - 1.
KChoice chooseK(const Rows& rows, int kMin, int kMax, const KMeansOptions& options,
                int sampleSize = 2000, const Control& control = {});

// ---- clusters against labels ----
struct Confusion {
    QStringList labels;         // sorted
    int clusters = 0;           // columns: cluster ids 0 .. clusters - 1
    QList<QVector<int>> counts; // labels x clusters
    int total = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// labels and clusters are per row, the same length; cluster ids >= 0.
Confusion confusion(const QStringList& labels, const QVector<int>& clusters);
// Share of rows that carry their cluster's majority label.
double purity(const Confusion& table);
// Hubert & Arabie (1985) adjusted Rand index: 1 for identical partitions, about 0 for
// independent ones, negative below chance. When both partitions are trivial in the same way
// (all singletons, or one block) the index is 1, as in scikit-learn.
double adjustedRandIndex(const Confusion& table);
// The same between two partitions given as integer ids.
double adjustedRandIndex(const QVector<int>& a, const QVector<int>& b);

} // namespace ik::embed
