#pragma once
// A retrieval evaluation's queries as an item model (embeddingtables.h's conventions): one row
// per query of one workload, the worst first, with its figures at k, its figure before reranking
// and the other workload's beside it when there are, who won it, the relevant documents it
// missed and what was retrieved in their place. Display text is cut to one line; the tooltip
// has the whole texts; Qt::UserRole the figure itself.

#include "embeddingtables.h"
#include "retrievaleval.h"

namespace ik {

class RetrievalQueryModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column {
        QueryColumn,
        RecallColumn,
        PrecisionColumn,
        ReciprocalRankColumn,
        NdcgColumn,
        BeforeRerankColumn, // nDCG of the first stage; empty without a reranker
        OtherColumn,        // the other workload's nDCG; empty with one workload
        WinnerColumn,       // empty with one workload
        MissedColumn,
        InsteadColumn,
        ColumnCount
    };
    explicit RetrievalQueryModel(QObject* parent = nullptr);
    // workload: which of the report's workloads the rows are about (0 or 1).
    void setReport(const RetrievalReport& report, int workload = 0);
    void clear() { setReport({}); }
    const RetrievalReport& report() const { return m_report; }
    int workload() const { return m_workload; }
    int queryOf(int row) const; // the query index a row shows, or -1

private:
    const QueryOutcome& outcome(int row) const;
    QString documentIds(const QList<int>& docs) const;
    QString documentTexts(const QList<int>& docs) const;
    static QList<int> indices(const QList<RetrievedDocument>& docs);

    RetrievalReport m_report;
    int m_workload = 0;
    QList<int> m_order; // query indices, the worst first
    QList<int> m_winners;
};

} // namespace ik
