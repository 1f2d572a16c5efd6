#include "retrievalevalmodel.h"

namespace ik {

namespace {

QString figure(double v) {
    return QString::number(v, 'f', 3);
}

} // namespace

RetrievalQueryModel::RetrievalQueryModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(m_order.size()); },
          {{tr("Query"), false,
            [this](int r) { return oneLine(m_report.queries.items[queryOf(r)].text); },
            [this](int r) { return QVariant(queryOf(r)); },
            [this](int r) { return m_report.queries.items[queryOf(r)].text; }},
           {tr("Recall"), true, [this](int r) { return figure(outcome(r).scores.recall); },
            [this](int r) { return QVariant(outcome(r).scores.recall); }},
           {tr("Precision"), true, [this](int r) { return figure(outcome(r).scores.precision); },
            [this](int r) { return QVariant(outcome(r).scores.precision); }},
           {tr("RR"), true, [this](int r) { return figure(outcome(r).scores.reciprocalRank); },
            [this](int r) { return QVariant(outcome(r).scores.reciprocalRank); }},
           {tr("nDCG"), true, [this](int r) { return figure(outcome(r).scores.ndcg); },
            [this](int r) { return QVariant(outcome(r).scores.ndcg); }},
           {tr("nDCG before rerank"), true,
            [this](int r) {
                return m_report.reranked() ? figure(outcome(r).firstStageScores.ndcg) : QString();
            },
            [this](int r) {
                return m_report.reranked() ? QVariant(outcome(r).firstStageScores.ndcg)
                                           : QVariant();
            }},
           {tr("Other workload's nDCG"), true,
            [this](int r) {
                return m_report.sideBySide()
                           ? figure(
                                 m_report.workloads[1 - m_workload].queries[queryOf(r)].scores.ndcg)
                           : QString();
            },
            [this](int r) {
                return m_report.sideBySide()
                           ? QVariant(
                                 m_report.workloads[1 - m_workload].queries[queryOf(r)].scores.ndcg)
                           : QVariant();
            }},
           {tr("Won by"), false,
            [this](int r) {
                if (!m_report.sideBySide())
                    return QString();
                const int w = m_winners.value(queryOf(r), -1);
                return w < 0 ? tr("tie") : m_report.workloads[w].workload.displayName();
            },
            [this](int r) { return QVariant(m_winners.value(queryOf(r), -1)); }},
           {tr("Missed"), false, [this](int r) { return documentIds(outcome(r).missed); },
            [this](int r) { return QVariant(int(outcome(r).missed.size())); },
            [this](int r) { return documentTexts(outcome(r).missed); }},
           {tr("Retrieved instead"), false,
            [this](int r) { return documentIds(indices(outcome(r).inPlaceOf)); },
            [this](int r) { return QVariant(int(outcome(r).inPlaceOf.size())); },
            [this](int r) { return documentTexts(indices(outcome(r).inPlaceOf)); }}},
          parent) {}

void RetrievalQueryModel::setReport(const RetrievalReport& report, int workload) {
    replace([&] {
        m_report = report;
        m_workload = std::clamp(workload, 0, std::max(0, int(report.workloads.size()) - 1));
        m_order =
            report.workloads.isEmpty() ? QList<int>() : report.workloads[m_workload].worstFirst();
        m_winners = report.winners();
    });
}

int RetrievalQueryModel::queryOf(int row) const {
    if (row < 0 || row >= m_order.size())
        return -1;
    return m_report.workloads[m_workload].queries[m_order[row]].query;
}

const QueryOutcome& RetrievalQueryModel::outcome(int row) const {
    return m_report.workloads[m_workload].queries[m_order[row]];
}

QList<int> RetrievalQueryModel::indices(const QList<RetrievedDocument>& docs) {
    QList<int> out;
    for (const RetrievedDocument& d : docs)
        out.append(d.document);
    return out;
}

QString RetrievalQueryModel::documentIds(const QList<int>& docs) const {
    QStringList ids;
    for (int d : docs)
        ids.append(m_report.documents.items[d].id);
    return oneLine(ids.join(QStringLiteral(", ")));
}

QString RetrievalQueryModel::documentTexts(const QList<int>& docs) const {
    QStringList lines;
    for (int d : docs)
        lines.append(m_report.documents.items[d].id + QStringLiteral(": ") +
                     m_report.documents.items[d].text);
    return lines.join(u'\n');
}

} // namespace ik
