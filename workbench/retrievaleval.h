#pragma once
// Retrieval evaluation: documents and queries with judged relevance (retrievalset.h) embedded
// through one or two embedding workloads, each query's documents ranked by exact cosine, and the
// standard metrics at k (retrieval.h) per query and overall; with two workloads, the difference
// and which one won each query; with a rerank workload, the first stage's top N reordered by it
// and the metrics before and after.
//
// Every call goes through the run session (batchembedder.h for the vectors, one RunSession for
// the reranker): one key lookup and one guard verdict per workload, over everything it is sent.

#include "embedmath.h"
#include "retrieval.h"
#include "retrievalset.h"
#include "runsession.h"
#include "workloads.h"

#include <QObject>
#include <optional>

namespace ik {

class BatchEmbedder;

struct RetrievalSetup {
    QList<Workload> embedders;        // one or two embedding workloads
    std::optional<Workload> reranker; // a rerank workload as the second stage
    int k = 10;                       // the cut-off of every metric
    int rerankTopN = 20;              // first-stage results the reranker reorders
    int batchSize = 64;               // inputs per embeddings request
};
// Empty when the setup can run; else what is wrong with it and how to fix it.
QString checkSetup(const RetrievalSetup& setup);

struct RetrievedDocument {
    int document = -1; // index in the documents
    double score = 0;  // cosine, or the reranker's relevance score
    double grade = 0;  // its judged grade for this query; 0: not relevant
};

struct QueryOutcome {
    int query = -1;                          // index in the queries
    QList<RetrievedDocument> retrieved;      // best first; after reranking when there was one
    QList<RetrievedDocument> firstStage;     // the embedding ranking alone
    retrieval::QueryScores scores;           // of retrieved, at k
    retrieval::QueryScores firstStageScores; // of firstStage, at k
    // Relevant documents outside the top k, best grade first, and the irrelevant ones retrieved
    // in their place, by rank: what a user opens a bad query to see.
    QList<int> missed;
    QList<RetrievedDocument> inPlaceOf;
};

struct WorkloadOutcome {
    Workload workload;
    QString model;               // what the embeddings route said it served
    QString rerankModel;         // empty without a reranker
    QList<QueryOutcome> queries; // in the queries' order
    retrieval::Summary summary;  // of the final rankings
    retrieval::Summary firstStageSummary;
    // Query indices, the worst first: lowest nDCG, then recall, then reciprocal rank.
    QList<int> worstFirst() const;
};

struct RetrievalReport {
    retrieval::Documents documents;
    retrieval::Queries queries;
    int k = 0;
    int rerankTopN = 0; // 0: no second stage
    QList<WorkloadOutcome> workloads;

    bool reranked() const { return rerankTopN > 0; }
    bool sideBySide() const { return workloads.size() == 2; }
    // With two workloads, per query: 0 or 1 for the workload whose nDCG (then reciprocal rank)
    // is higher, -1 for a tie.
    QList<int> winners() const;
    int wins(int workload) const;
    // The second workload's summary minus the first's (positive: the second is better).
    retrieval::Summary difference() const;
};

// The pure parts, testable without a network: rank each query against the documents by cosine
// (depth results each) and score them at k; reorder a first stage with a reranker's answer.
WorkloadOutcome rankByCosine(const embed::Vectors& documents, const embed::Vectors& queries,
                             const retrieval::Documents& docs, const retrieval::Queries& qs, int k,
                             int depth);
// results index into the first topN documents of outcome.firstStage; those it omits keep their
// order after the ones it ranked, and the rest of the first stage follows.
void applyRerank(QueryOutcome* outcome, const QList<RerankResult>& results, int topN);
// Each query's scores, misses and the summaries, from the rankings as they now stand.
void rescore(WorkloadOutcome* outcome, const retrieval::Documents& docs,
             const retrieval::Queries& qs, int k);

class RetrievalEval : public QObject {
    Q_OBJECT
public:
    // services is not owned.
    explicit RetrievalEval(const SessionServices* services, QObject* parent = nullptr);
    ~RetrievalEval() override;

    // Starts over (an evaluation still going is cancelled without signals). Empty when started;
    // else checkSetup()'s message (or the sets' own error) and nothing starts.
    QString start(const retrieval::Documents& documents, const retrieval::Queries& queries,
                  const RetrievalSetup& setup);
    void confirm(bool yes); // answers confirmationNeeded()
    void cancel();
    bool isRunning() const { return m_running; }
    const RetrievalReport& report() const { return m_report; }

signals:
    void confirmationNeeded(const ik::Workload& workload, const ik::GuardVerdict& verdict);
    // stage: "Embedding with Billing search", "Reranking with Ticket ranker"
    void progress(const QString& stage, int done, int total);
    void finished();
    // A workload's call failed or was not sent (blocked, declined); the report is incomplete.
    void failed(const ik::Workload& workload, const ik::Error& error);
    void cancelled();

private:
    void embedNext();
    void onEmbedded();
    void startRerank();
    RerankRequest rerankRequest(int flat) const;
    void onRerankEnded(SessionEnd end);
    void stop();
    void endWithFailure(const Workload& w, const Error& e);
    template <typename F> void later(F step);

    const SessionServices* m_services;
    BatchEmbedder* m_embedder;
    RunSession* m_rerank;
    RetrievalSetup m_setup;
    RetrievalReport m_report;
    QStringList m_inputs; // documents, then queries: one set per embedding workload
    int m_nextEmbedder = 0;
    int m_rerankDone = 0;
    quint64 m_generation = 0; // steps queued by an attempt that was cancelled do nothing
    bool m_running = false;
};

} // namespace ik
