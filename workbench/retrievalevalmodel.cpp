#include "retrievalevalmodel.h"

namespace ik {

namespace {

QString figure(double v) {
    return QString::number(v, 'f', 3);
}

QString signedFigure(double v) {
    return (v >= 0 ? QStringLiteral("+") : QString()) + figure(v);
}

int rankOf(const QList<RetrievedDocument>& ranking, int document) {
    for (int i = 0; i < int(ranking.size()); ++i)
        if (ranking[i].document == document)
            return i + 1;
    return 0;
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
           {tr("nDCG before"), true,
            [this](int r) {
                return m_report.reranked() ? figure(outcome(r).firstStageScores.ndcg) : QString();
            },
            [this](int r) {
                return m_report.reranked() ? QVariant(outcome(r).firstStageScores.ndcg)
                                           : QVariant();
            }},
           {tr("Other's nDCG"), true,
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

// ---- overall ----

// A figure of a row: signed on the difference row, where the sign is the point.
ResultTableModel::ColumnSpec
RetrievalSummaryModel::metricColumn(const QString& header, const QList<Row>* rows,
                                    double retrieval::Summary::*metric) {
    return {header, true,
            [rows, metric](int r) {
                const Row& row = (*rows)[r];
                return row.workload < 0 ? signedFigure(row.summary.*metric)
                                        : figure(row.summary.*metric);
            },
            [rows, metric](int r) { return QVariant((*rows)[r].summary.*metric); }};
}

RetrievalSummaryModel::RetrievalSummaryModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(m_rows.size()); },
          {{tr("Workload"), false, [this](int r) { return m_rows[r].name; },
            [this](int r) { return QVariant(m_rows[r].workload); },
            [this](int r) { return m_rows[r].name; }},
           {tr("Model"), false, [this](int r) { return m_rows[r].model; },
            [this](int r) { return QVariant(m_rows[r].model); }},
           metricColumn(tr("Recall"), &m_rows, &retrieval::Summary::recall),
           metricColumn(tr("Precision"), &m_rows, &retrieval::Summary::precision),
           metricColumn(tr("MRR"), &m_rows, &retrieval::Summary::mrr),
           metricColumn(tr("nDCG"), &m_rows, &retrieval::Summary::ndcg),
           metricColumn(tr("Hit rate"), &m_rows, &retrieval::Summary::hitRate),
           {tr("Won"), true,
            [this](int r) {
                const Row& row = m_rows[r];
                return row.won < 0        ? QString()
                       : row.workload < 0 ? tr("%n tie(s)", nullptr, row.won)
                                          : QString::number(row.won);
            },
            [this](int r) { return m_rows[r].won < 0 ? QVariant() : QVariant(m_rows[r].won); }}},
          parent) {}

void RetrievalSummaryModel::setReport(const RetrievalReport& report) {
    replace([&] {
        m_rows.clear();
        m_k = report.k;
        for (int w = 0; w < int(report.workloads.size()); ++w) {
            const WorkloadOutcome& o = report.workloads[w];
            const int won = report.sideBySide() ? report.wins(w) : -1;
            if (!report.reranked()) {
                m_rows.append({o.workload.displayName(), o.model, o.summary, w, false, won});
                continue;
            }
            m_rows.append({o.workload.displayName(), o.model, o.firstStageSummary, w, true, -1});
            m_rows.append({tr("%1, reranked").arg(o.workload.displayName()), o.rerankModel,
                           o.summary, w, false, won});
        }
        if (report.sideBySide()) {
            const int ties = int(report.queries.items.size()) - report.wins(0) - report.wins(1);
            m_rows.append({tr("%1 − %2").arg(report.workloads[1].workload.displayName(),
                                             report.workloads[0].workload.displayName()),
                           QString(), report.difference(), -1, false, ties});
        }
    });
}

int RetrievalSummaryModel::rowOf(int workload, bool firstStage) const {
    for (int r = 0; r < int(m_rows.size()); ++r)
        if (m_rows[r].workload == workload && m_rows[r].firstStage == firstStage)
            return r;
    return -1;
}

int RetrievalSummaryModel::differenceRow() const {
    return rowOf(-1);
}

QVariant RetrievalSummaryModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    const QVariant base = ResultTableModel::headerData(section, orientation, role);
    const bool atK = section == RecallColumn || section == PrecisionColumn || section == NdcgColumn;
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !atK || m_k <= 0)
        return base;
    return QStringLiteral("%1@%2").arg(base.toString()).arg(m_k);
}

// ---- one query ----

RetrievalRankingModel::RetrievalRankingModel(QObject* parent)
    : ResultTableModel(
          [this] { return int(m_rows.size()); },
          {{tr("Rank"), true,
            [this](int r) { return m_rows[r].rank ? QString::number(m_rows[r].rank) : tr("—"); },
            [this](int r) { return QVariant(m_rows[r].rank); }},
           {tr("Before rerank"), true,
            [this](int r) {
                return !m_reranked        ? QString()
                       : m_rows[r].before ? QString::number(m_rows[r].before)
                                          : tr("—");
            },
            [this](int r) { return m_reranked ? QVariant(m_rows[r].before) : QVariant(); }},
           {tr("Document"), false, [this](int r) { return documentId(r); },
            [this](int r) { return QVariant(m_rows[r].document); }},
           {tr("Relevance"), true,
            [this](int r) {
                return m_rows[r].grade > 0 ? QString::number(m_rows[r].grade) : QString();
            },
            [this](int r) { return QVariant(m_rows[r].grade); }},
           {tr("Score"), true,
            [this](int r) { return m_rows[r].rank ? figure(m_rows[r].score) : QString(); },
            [this](int r) { return QVariant(m_rows[r].score); }},
           {tr("Verdict"), false,
            [this](int r) {
                switch (m_rows[r].verdict) {
                case Verdict::Relevant:
                    return tr("relevant");
                case Verdict::InPlaceOf:
                    return tr("in place of a relevant one");
                case Verdict::Missed:
                    return tr("missed");
                }
                return QString();
            },
            [this](int r) { return QVariant(int(m_rows[r].verdict)); }},
           {tr("Text"), false,
            [this](int r) { return oneLine(m_documents.items[m_rows[r].document].text); },
            [this](int r) { return QVariant(m_documents.items[m_rows[r].document].text); },
            [this](int r) { return m_documents.items[m_rows[r].document].text; }}},
          parent) {}

void RetrievalRankingModel::setQuery(const RetrievalReport& report, int workload, int query) {
    replace([&] {
        m_rows.clear();
        m_title.clear();
        m_documents = report.documents;
        m_reranked = report.reranked();
        if (workload < 0 || workload >= report.workloads.size() || query < 0 ||
            query >= report.workloads[workload].queries.size())
            return;
        const WorkloadOutcome& w = report.workloads[workload];
        const QueryOutcome& q = w.queries[query];
        for (int i = 0; i < int(q.retrieved.size()) && i < report.k; ++i) {
            const RetrievedDocument& d = q.retrieved[i];
            m_rows.append({d.document, i + 1, m_reranked ? rankOf(q.firstStage, d.document) : 0,
                           d.grade, d.score, d.grade > 0 ? Verdict::Relevant : Verdict::InPlaceOf});
        }
        const retrieval::Query& judged = report.queries.items[q.query];
        for (int d : q.missed) {
            const int rank = rankOf(q.retrieved, d);
            m_rows.append({d, rank, m_reranked ? rankOf(q.firstStage, d) : 0,
                           judged.relevant.value(report.documents.items[d].id),
                           rank ? q.retrieved[rank - 1].score : 0.0, Verdict::Missed});
        }
        // One arg() call: a query's text holding "%4" must stay as typed.
        m_title =
            tr("%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed", nullptr,
               int(q.missed.size()))
                .arg(judged.id, oneLine(judged.text, 80), w.workload.displayName(),
                     QString::number(report.k), figure(q.scores.ndcg), figure(q.scores.recall));
    });
}

QString RetrievalRankingModel::documentId(int r) const {
    return m_documents.items[m_rows[r].document].id;
}

} // namespace ik
