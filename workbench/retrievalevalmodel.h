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

// The overall figures of a retrieval evaluation: one row per workload (with a reranker, its
// first stage and the reranked ranking on rows of their own), then, side by side, the second
// minus the first, signed. Headers carry k; Qt::UserRole is the figure.
class RetrievalSummaryModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column {
        WorkloadColumn,
        ModelColumn,
        RecallColumn,
        PrecisionColumn,
        MrrColumn,
        NdcgColumn,
        HitRateColumn,
        WonColumn, // queries won (ties on the difference row); empty with one workload
        ColumnCount
    };
    struct Row {
        QString name;
        QString model;
        retrieval::Summary summary;
        int workload = -1;       // the report's workload; -1 for the difference
        bool firstStage = false; // the embedding ranking before the reranker
        int won = -1;            // queries won, ties on the difference row; -1: not counted
    };
    explicit RetrievalSummaryModel(QObject* parent = nullptr);
    void setReport(const RetrievalReport& report);
    void clear() { setReport({}); }
    // The row showing the final (or, with firstStage, the pre-rerank) figures of a workload;
    // -1 when there is none. The difference row is differenceRow().
    int rowOf(int workload, bool firstStage = false) const;
    int differenceRow() const;
    const Row& row(int r) const { return m_rows[r]; }
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static ColumnSpec metricColumn(const QString& header, const QList<Row>* rows,
                                   double retrieval::Summary::*metric);

    QList<Row> m_rows;
    int m_k = 0;
};

// What one query got from one workload, as a user opens it: the top k in rank order (after
// reranking when there was one, with the rank before beside it), each marked relevant with its
// grade or as retrieved in place of a relevant one, then the relevant documents that were missed
// (with their rank past k when the ranking reached them). Qt::UserRole is the document's index.
class RetrievalRankingModel : public ResultTableModel {
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        BeforeRerankColumn, // empty without a reranker
        IdColumn,
        GradeColumn,
        ScoreColumn,
        VerdictColumn,
        TextColumn,
        ColumnCount
    };
    enum class Verdict { Relevant, InPlaceOf, Missed };
    struct Row {
        int document = -1;
        int rank = 0;   // 1-based in the final ranking; 0: not ranked
        int before = 0; // 1-based in the first stage; 0: not ranked or no reranker
        double grade = 0;
        double score = 0;
        Verdict verdict = Verdict::Relevant;
    };
    explicit RetrievalRankingModel(QObject* parent = nullptr);
    void setQuery(const RetrievalReport& report, int workload, int query);
    void clear() { setQuery({}, -1, -1); }
    const Row& row(int r) const { return m_rows[r]; }
    QString documentId(int r) const;
    // One line saying which query this is and how it fared: what the view titles the table with.
    QString title() const { return m_title; }

private:
    retrieval::Documents m_documents;
    QList<Row> m_rows;
    QString m_title;
    bool m_reranked = false;
};

} // namespace ik
