#pragma once
// Retrieval metrics for the embedding inspector: given what a model retrieved for a query (ids,
// best first) and which ids are relevant (with a grade), how good was it at a cut-off k.
// Pure: QtCore only. The definitions are the standard ones (Manning, Raghavan & Schütze,
// "Introduction to Information Retrieval", ch. 8; nDCG as in Järvelin & Kekäläinen 2002 with the
// exponential gain 2^grade - 1 used by TREC and most libraries), so figures compare with other
// tools.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ik::retrieval {

// Relevant ids and their grades (> 0); an id absent from the map is not relevant.
using Judgements = QHash<QString, double>;

struct QueryScores {
    double recall = 0;         // relevant ids in the top k / all relevant ids
    double precision = 0;      // relevant ids in the top k / k
    double reciprocalRank = 0; // 1 / rank of the first relevant id (0 when none is retrieved)
    double ndcg = 0;           // DCG of the top k / DCG of the ideal top k
    bool hit = false;          // at least one relevant id in the top k
};

QueryScores score(const QStringList& retrieved, const Judgements& relevant, int k);

// The mean of each metric over queries; hit rate is the share of queries with a hit.
struct Summary {
    int queries = 0;
    double recall = 0;
    double precision = 0;
    double mrr = 0;
    double ndcg = 0;
    double hitRate = 0;
};

Summary summarise(const QList<QueryScores>& perQuery);

// Expected overlap share of two random k-subsets of the n - 1 other items: what two unrelated
// embedding spaces agree on by chance, so an agreement figure can be read against it.
double chanceOverlap(int k, int n);

} // namespace ik::retrieval
