// The per-query table of a retrieval evaluation as a view shows it: the worst query of the chosen
// workload in the first row, its figures at k, the other workload's beside them and who won,
// the relevant documents missed and what was retrieved in their place (ids in the cell, texts in
// the tooltip). Built on rankings of vectors written here, so every figure is known.

#include "retrievalevalmodel.h"

#include <QtTest>

using namespace ik;
using namespace ik::retrieval;
using namespace Qt::Literals::StringLiterals;

class TestRetrievalEvalModel : public QObject {
    Q_OBJECT

    RetrievalReport report() const {
        RetrievalReport r;
        r.documents = parseDocumentsTxt("north\neast\nsouth\n");
        r.queries = parseQueriesCsv("query,relevant\nup,1\nright,2:2;3\n", r.documents);
        r.k = 1;
        const embed::Vectors docs{{1, 0}, {0, 1}, {-1, 0}};
        // Workload a finds north for "up"; workload b points "up" east, where nothing is.
        WorkloadOutcome a = rankByCosine(docs, {{1, 0.1f}, {0, 1}}, r.documents, r.queries, 1, 3);
        WorkloadOutcome b = rankByCosine(docs, {{0, 1}, {0, 1}}, r.documents, r.queries, 1, 3);
        a.workload.name = u"Model A"_s;
        b.workload.name = u"Model B"_s;
        r.workloads = {a, b};
        return r;
    }

    static QString cell(const QAbstractItemModel& m, int row, int column,
                        int role = Qt::DisplayRole) {
        return m.data(m.index(row, column), role).toString();
    }

private slots:
    void worstFirstWithWhatCameInstead() {
        RetrievalQueryModel m;
        m.setReport(report(), 1);
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(m.columnCount(), int(RetrievalQueryModel::ColumnCount));
        // Model B's worst: "up", which got east in place of north.
        QCOMPARE(cell(m, 0, RetrievalQueryModel::QueryColumn), u"up"_s);
        QCOMPARE(m.queryOf(0), 0);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::NdcgColumn), u"0.000"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::MissedColumn), u"1"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::MissedColumn, Qt::ToolTipRole), u"1: north"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::InsteadColumn), u"2"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::InsteadColumn, Qt::ToolTipRole), u"2: east"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::OtherColumn), u"1.000"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::WinnerColumn), u"Model A"_s);
        // "right" found east (grade 2) first but missed south: half the recall, a tie.
        QCOMPARE(cell(m, 1, RetrievalQueryModel::RecallColumn), u"0.500"_s);
        QCOMPARE(m.data(m.index(1, RetrievalQueryModel::RecallColumn), Qt::UserRole).toDouble(),
                 0.5);
        QCOMPARE(cell(m, 1, RetrievalQueryModel::MissedColumn), u"3"_s);
        QCOMPARE(cell(m, 1, RetrievalQueryModel::InsteadColumn), QString());
        QCOMPARE(cell(m, 1, RetrievalQueryModel::WinnerColumn), u"tie"_s);
        // No reranker: the before column stays empty.
        QCOMPARE(cell(m, 0, RetrievalQueryModel::BeforeRerankColumn), QString());
    }

    void theOtherWorkloadHasItsOwnOrder() {
        RetrievalQueryModel m;
        m.setReport(report(), 0);
        // Model A answers "up" perfectly: "right" (recall 0.5) is its worst.
        QCOMPARE(cell(m, 0, RetrievalQueryModel::QueryColumn), u"right"_s);
        QCOMPARE(cell(m, 1, RetrievalQueryModel::QueryColumn), u"up"_s);
        QCOMPARE(cell(m, 1, RetrievalQueryModel::OtherColumn), u"0.000"_s);
        QCOMPARE(m.headerData(RetrievalQueryModel::InsteadColumn, Qt::Horizontal).toString(),
                 u"Retrieved instead"_s);
    }

    void oneWorkloadRerankedAndCleared() {
        RetrievalReport r = report();
        r.workloads.removeLast();
        r.rerankTopN = 3;
        // A reranker that put south first for "right": nDCG falls from 1 to 1/3.
        applyRerank(&r.workloads[0].queries[1], {{2, 0.9}}, 3);
        rescore(&r.workloads[0], r.documents, r.queries, r.k);
        RetrievalQueryModel m;
        m.setReport(r);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::QueryColumn), u"right"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::NdcgColumn), u"0.333"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::BeforeRerankColumn), u"1.000"_s);
        QCOMPARE(cell(m, 0, RetrievalQueryModel::WinnerColumn), QString());
        QCOMPARE(cell(m, 0, RetrievalQueryModel::OtherColumn), QString());
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.queryOf(0), -1);
    }

    void overallSideBySideWithTheDifference() {
        RetrievalSummaryModel m;
        m.setReport(report());
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), int(RetrievalSummaryModel::ColumnCount));
        QCOMPARE(m.headerData(RetrievalSummaryModel::RecallColumn, Qt::Horizontal).toString(),
                 u"Recall@1"_s);
        QCOMPARE(m.headerData(RetrievalSummaryModel::MrrColumn, Qt::Horizontal).toString(),
                 u"MRR"_s);
        // A: "up" perfect, "right" half its recall; B misses "up" entirely.
        QCOMPARE(m.rowOf(0), 0);
        QCOMPARE(m.rowOf(1), 1);
        QCOMPARE(cell(m, 0, RetrievalSummaryModel::WorkloadColumn), u"Model A"_s);
        QCOMPARE(cell(m, 0, RetrievalSummaryModel::RecallColumn), u"0.750"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::RecallColumn), u"0.250"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::NdcgColumn), u"0.500"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::HitRateColumn), u"0.500"_s);
        QCOMPARE(cell(m, 0, RetrievalSummaryModel::WonColumn), u"1"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::WonColumn), u"0"_s);
        const int d = m.differenceRow();
        QCOMPARE(d, 2);
        QCOMPARE(cell(m, d, RetrievalSummaryModel::WorkloadColumn), u"Model B − Model A"_s);
        QCOMPARE(cell(m, d, RetrievalSummaryModel::WonColumn), u"1 tie(s)"_s);
        QCOMPARE(cell(m, d, RetrievalSummaryModel::WorkloadColumn, Qt::ToolTipRole),
                 u"Model B − Model A"_s);
        QCOMPARE(cell(m, d, RetrievalSummaryModel::RecallColumn), u"-0.500"_s);
        QCOMPARE(cell(m, d, RetrievalSummaryModel::PrecisionColumn), u"-0.500"_s);
        QCOMPARE(m.data(m.index(d, RetrievalSummaryModel::NdcgColumn), Qt::UserRole).toDouble(),
                 -0.5);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }

    void overallBeforeAndAfterReranking() {
        RetrievalReport r = report();
        r.workloads.removeLast();
        r.rerankTopN = 3;
        applyRerank(&r.workloads[0].queries[1], {{2, 0.9}}, 3);
        rescore(&r.workloads[0], r.documents, r.queries, r.k);
        RetrievalSummaryModel m;
        m.setReport(r);
        QCOMPARE(m.rowCount(), 2); // no difference with one workload
        QCOMPARE(m.differenceRow(), -1);
        QCOMPARE(m.rowOf(0, true), 0);
        QCOMPARE(m.rowOf(0), 1);
        QCOMPARE(cell(m, 0, RetrievalSummaryModel::NdcgColumn), u"1.000"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::WorkloadColumn), u"Model A, reranked"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::NdcgColumn), u"0.667"_s);
        QCOMPARE(cell(m, 1, RetrievalSummaryModel::WonColumn), QString());
    }

    void aQueryOpensOnWhatCameInstead() {
        RetrievalRankingModel m;
        m.setQuery(report(), 1, 0); // Model B on "up": east at rank 1, north missed
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::RankColumn), u"1"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::IdColumn), u"2"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::TextColumn), u"east"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::GradeColumn), QString());
        QCOMPARE(cell(m, 0, RetrievalRankingModel::VerdictColumn), u"in place of a relevant one"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::BeforeRerankColumn), QString());
        QCOMPARE(cell(m, 1, RetrievalRankingModel::IdColumn), u"1"_s);
        QCOMPARE(cell(m, 1, RetrievalRankingModel::GradeColumn), u"1"_s);
        QCOMPARE(cell(m, 1, RetrievalRankingModel::VerdictColumn), u"missed"_s);
        // Ranked past k, at 2 or 3 (north and south tie for east's query).
        QVERIFY(m.row(1).rank > 1);
        QVERIFY2(m.title().contains(u"“up” by Model B: nDCG@1 0.000"_s), qPrintable(m.title()));
        QVERIFY2(m.title().contains(u"1 relevant missed"_s), qPrintable(m.title()));
        m.clear();
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.title(), QString());
    }

    void aRerankedQueryShowsBothRanks() {
        RetrievalReport r = report();
        r.workloads.removeLast();
        r.rerankTopN = 3;
        applyRerank(&r.workloads[0].queries[1], {{2, 0.9}}, 3);
        rescore(&r.workloads[0], r.documents, r.queries, r.k);
        const QList<RetrievedDocument>& first = r.workloads[0].queries[1].firstStage;
        int southBefore = 0;
        for (int i = 0; i < int(first.size()); ++i)
            if (first[i].document == 2)
                southBefore = i + 1;
        RetrievalRankingModel m;
        m.setQuery(r, 0, 1); // "right": the reranker put south (grade 1) over east (grade 2)
        QCOMPARE(m.rowCount(), 2);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::IdColumn), u"3"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::VerdictColumn), u"relevant"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::ScoreColumn), u"0.900"_s);
        QCOMPARE(cell(m, 0, RetrievalRankingModel::BeforeRerankColumn),
                 QString::number(southBefore));
        QCOMPARE(cell(m, 1, RetrievalRankingModel::IdColumn), u"2"_s);
        QCOMPARE(cell(m, 1, RetrievalRankingModel::RankColumn), u"2"_s);
        QCOMPARE(cell(m, 1, RetrievalRankingModel::BeforeRerankColumn), u"1"_s);
        QCOMPARE(cell(m, 1, RetrievalRankingModel::VerdictColumn), u"missed"_s);
    }
};

QTEST_APPLESS_MAIN(TestRetrievalEvalModel)
#include "tst_retrievalevalmodel.moc"
