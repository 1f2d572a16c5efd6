#include "retrieval.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace ik::retrieval {

namespace {

double gain(double grade) {
    return std::pow(2.0, grade) - 1.0;
}

double discountedGain(const QList<double>& grades) {
    double dcg = 0;
    for (qsizetype i = 0; i < grades.size(); ++i)
        dcg += gain(grades[i]) / std::log2(double(i) + 2.0);
    return dcg;
}

} // namespace

QueryScores score(const QStringList& retrieved, const Judgements& relevant, int k) {
    QueryScores s;
    if (k <= 0 || relevant.isEmpty())
        return s;
    // A repeated id counts once: a retriever that returns the same document twice gains nothing.
    QSet<QString> seen;
    QList<double> grades;
    int found = 0;
    for (const QString& id : retrieved) {
        if (grades.size() == k)
            break;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const double grade = relevant.value(id, 0.0);
        grades.append(grade);
        if (grade > 0) {
            ++found;
            if (s.reciprocalRank == 0)
                s.reciprocalRank = 1.0 / double(grades.size());
        }
    }
    s.recall = double(found) / double(relevant.size());
    s.precision = double(found) / double(k);
    s.hit = found > 0;
    QList<double> ideal = relevant.values();
    std::sort(ideal.begin(), ideal.end(), std::greater<>());
    if (ideal.size() > k)
        ideal.resize(k);
    const double idealDcg = discountedGain(ideal);
    s.ndcg = idealDcg > 0 ? discountedGain(grades) / idealDcg : 0;
    return s;
}

Summary summarise(const QList<QueryScores>& perQuery) {
    Summary m;
    m.queries = int(perQuery.size());
    if (perQuery.isEmpty())
        return m;
    for (const QueryScores& q : perQuery) {
        m.recall += q.recall;
        m.precision += q.precision;
        m.mrr += q.reciprocalRank;
        m.ndcg += q.ndcg;
        m.hitRate += q.hit ? 1 : 0;
    }
    const double n = double(perQuery.size());
    m.recall /= n;
    m.precision /= n;
    m.mrr /= n;
    m.ndcg /= n;
    m.hitRate /= n;
    return m;
}

double chanceOverlap(int k, int n) {
    // Each of one side's k picks is among the other side's k of n - 1 with probability k/(n-1).
    if (n < 2 || k <= 0)
        return 0;
    return std::min(1.0, double(k) / double(n - 1));
}

} // namespace ik::retrieval
