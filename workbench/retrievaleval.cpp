#include "retrievaleval.h"

#include "batchembedder.h"
#include "run.h"

#include <QMetaObject>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace ik {

using namespace Qt::Literals::StringLiterals;

namespace {

QStringList idsOf(const QList<RetrievedDocument>& ranking, const retrieval::Documents& docs) {
    QStringList ids;
    ids.reserve(ranking.size());
    for (const RetrievedDocument& r : ranking)
        ids.append(docs.items[r.document].id);
    return ids;
}

// Ties of every metric are ties: a query both workloads answer equally well is nobody's win.
int compareScores(const retrieval::QueryScores& a, const retrieval::QueryScores& b) {
    constexpr double eps = 1e-9;
    if (std::abs(a.ndcg - b.ndcg) > eps)
        return a.ndcg > b.ndcg ? 1 : -1;
    if (std::abs(a.reciprocalRank - b.reciprocalRank) > eps)
        return a.reciprocalRank > b.reciprocalRank ? 1 : -1;
    return 0;
}

void fillMisses(QueryOutcome* q, const retrieval::Query& query, const retrieval::Documents& docs,
                int k) {
    q->missed.clear();
    q->inPlaceOf.clear();
    QSet<int> top;
    for (int r = 0; r < int(q->retrieved.size()) && r < k; ++r) {
        top.insert(q->retrieved[r].document);
        if (q->retrieved[r].grade <= 0)
            q->inPlaceOf.append(q->retrieved[r]);
    }
    for (auto it = query.relevant.begin(); it != query.relevant.end(); ++it) {
        const int doc = docs.row.value(it.key(), -1);
        if (doc >= 0 && !top.contains(doc))
            q->missed.append(doc);
    }
    std::sort(q->missed.begin(), q->missed.end(), [&](int a, int b) {
        const double ga = query.relevant.value(docs.items[a].id);
        const double gb = query.relevant.value(docs.items[b].id);
        return ga != gb ? ga > gb : a < b;
    });
}

} // namespace

QString checkSetup(const RetrievalSetup& setup) {
    if (setup.embedders.isEmpty() || setup.embedders.size() > 2)
        return u"choose one or two embedding workloads to compare (%1 given)"_s.arg(
            setup.embedders.size());
    for (const Workload& w : setup.embedders)
        if (w.kind != WorkloadKind::Embedding)
            return u"%1 is a %2 workload; retrieval needs an embedding workload"_s.arg(
                w.displayName(), workloadKindName(w.kind));
    if (setup.reranker && setup.reranker->kind != WorkloadKind::Rerank)
        return u"%1 is a %2 workload; the second stage needs a rerank workload"_s.arg(
            setup.reranker->displayName(), workloadKindName(setup.reranker->kind));
    if (setup.k < 1)
        return u"k must be at least 1 (got %1)"_s.arg(setup.k);
    if (setup.reranker && setup.rerankTopN < 1)
        return u"the reranker needs at least 1 result to reorder (top N is %1)"_s.arg(
            setup.rerankTopN);
    return {};
}

QList<int> WorkloadOutcome::worstFirst() const {
    QList<int> order;
    for (int i = 0; i < int(queries.size()); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const retrieval::QueryScores& x = queries[a].scores;
        const retrieval::QueryScores& y = queries[b].scores;
        if (x.ndcg != y.ndcg)
            return x.ndcg < y.ndcg;
        if (x.recall != y.recall)
            return x.recall < y.recall;
        return x.reciprocalRank < y.reciprocalRank;
    });
    return order;
}

QList<int> RetrievalReport::winners() const {
    QList<int> out;
    if (!sideBySide())
        return out;
    const QList<QueryOutcome>& a = workloads[0].queries;
    const QList<QueryOutcome>& b = workloads[1].queries;
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        const int c = compareScores(a[i].scores, b[i].scores);
        out.append(c > 0 ? 0 : c < 0 ? 1 : -1);
    }
    return out;
}

int RetrievalReport::wins(int workload) const {
    const QList<int> w = winners();
    return int(std::count(w.begin(), w.end(), workload));
}

retrieval::Summary RetrievalReport::difference() const {
    retrieval::Summary d;
    if (!sideBySide())
        return d;
    const retrieval::Summary& a = workloads[0].summary;
    const retrieval::Summary& b = workloads[1].summary;
    d.queries = b.queries;
    d.recall = b.recall - a.recall;
    d.precision = b.precision - a.precision;
    d.mrr = b.mrr - a.mrr;
    d.ndcg = b.ndcg - a.ndcg;
    d.hitRate = b.hitRate - a.hitRate;
    return d;
}

WorkloadOutcome rankByCosine(const embed::Vectors& documents, const embed::Vectors& queries,
                             const retrieval::Documents& docs, const retrieval::Queries& qs, int k,
                             int depth) {
    WorkloadOutcome out;
    for (int i = 0; i < int(qs.items.size()) && i < int(queries.size()); ++i) {
        QueryOutcome q;
        q.query = i;
        for (const embed::Neighbour& n : embed::rankAgainst(queries[i], documents, depth))
            q.firstStage.append(
                {n.index, n.score, qs.items[i].relevant.value(docs.items[n.index].id, 0.0)});
        q.retrieved = q.firstStage;
        out.queries.append(std::move(q));
    }
    rescore(&out, docs, qs, k);
    return out;
}

void applyRerank(QueryOutcome* outcome, const QList<RerankResult>& results, int topN) {
    const QList<RetrievedDocument>& first = outcome->firstStage;
    const int n = std::min(topN, int(first.size()));
    QList<RetrievedDocument> order;
    QSet<int> placed;
    for (const RerankResult& r : results) {
        if (r.index < 0 || r.index >= n || placed.contains(r.index))
            continue; // the parser refuses repeats; an index past what was sent is ignored
        placed.insert(r.index);
        RetrievedDocument d = first[r.index];
        d.score = r.score;
        order.append(d);
    }
    for (int i = 0; i < int(first.size()); ++i)
        if (i >= n || !placed.contains(i))
            order.append(first[i]);
    outcome->retrieved = order;
}

void rescore(WorkloadOutcome* outcome, const retrieval::Documents& docs,
             const retrieval::Queries& qs, int k) {
    QList<retrieval::QueryScores> finals, firsts;
    for (QueryOutcome& q : outcome->queries) {
        const retrieval::Query& query = qs.items[q.query];
        q.scores = retrieval::score(idsOf(q.retrieved, docs), query.relevant, k);
        q.firstStageScores = retrieval::score(idsOf(q.firstStage, docs), query.relevant, k);
        fillMisses(&q, query, docs, k);
        finals.append(q.scores);
        firsts.append(q.firstStageScores);
    }
    outcome->summary = retrieval::summarise(finals);
    outcome->firstStageSummary = retrieval::summarise(firsts);
}

// ---- the evaluation ----

RetrievalEval::RetrievalEval(const SessionServices* services, QObject* parent)
    : QObject(parent), m_services(services), m_embedder(new BatchEmbedder(services, this)),
      m_rerank(new RunSession(services, this)) {
    connect(m_embedder, &BatchEmbedder::confirmationNeeded, this,
            [this](const GuardVerdict& v) { emit confirmationNeeded(m_embedder->workload(), v); });
    connect(m_embedder, &BatchEmbedder::progress, this, [this](int done, int total) {
        emit progress(tr("Embedding with %1").arg(m_embedder->workload().displayName()), done,
                      total);
    });
    connect(m_embedder, &BatchEmbedder::finished, this,
            [this] { later([this] { onEmbedded(); }); });
    connect(m_embedder, &BatchEmbedder::failed, this,
            [this](const Error& e) { endWithFailure(m_embedder->workload(), e); });
    connect(m_embedder, &BatchEmbedder::notSent, this,
            [this](SessionEnd, const Error& e) { endWithFailure(m_embedder->workload(), e); });
    connect(m_embedder, &BatchEmbedder::cancelled, this, [this] {
        if (!m_running)
            return; // cancel() already said so
        stop();
        emit cancelled();
    });
    connect(m_rerank, &RunSession::confirmationNeeded, this,
            [this](const GuardVerdict& v) { emit confirmationNeeded(m_rerank->workload(), v); });
    connect(m_rerank, &RunSession::ended, this, &RetrievalEval::onRerankEnded);
}

RetrievalEval::~RetrievalEval() {
    m_running = false; // what the cancels below report is not for anyone any more
    m_embedder->cancel();
    m_rerank->cancel();
}

// The next step runs from the event loop, not inside the signal of the call that just ended.
template <typename F> void RetrievalEval::later(F step) {
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation, step] {
            if (m_running && generation == m_generation)
                step();
        },
        Qt::QueuedConnection);
}

QString RetrievalEval::start(const retrieval::Documents& documents,
                             const retrieval::Queries& queries, const RetrievalSetup& setup) {
    m_running = false;
    ++m_generation;
    m_embedder->cancel();
    m_rerank->cancel();
    m_rerank->release();
    if (!documents.ok())
        return documents.error;
    if (!queries.ok())
        return queries.error;
    if (documents.items.isEmpty() || queries.items.isEmpty())
        return tr("load documents and queries first");
    if (const QString problem = checkSetup(setup); !problem.isEmpty())
        return problem;
    m_setup = setup;
    m_report = RetrievalReport();
    m_report.documents = documents;
    m_report.queries = queries;
    m_report.k = setup.k;
    m_report.rerankTopN = setup.reranker ? setup.rerankTopN : 0;
    m_inputs = documents.texts();
    for (const retrieval::Query& q : queries.items)
        m_inputs.append(q.text);
    m_nextEmbedder = 0;
    m_rerankDone = 0;
    m_running = true;
    embedNext();
    return {};
}

void RetrievalEval::confirm(bool yes) {
    if (m_embedder->awaitingConfirmation())
        m_embedder->confirm(yes);
    else if (m_rerank->awaitingConfirmation())
        m_rerank->confirm(yes);
}

void RetrievalEval::cancel() {
    if (!m_running)
        return;
    stop();
    m_embedder->cancel();
    m_rerank->cancel();
    emit cancelled();
}

void RetrievalEval::stop() {
    m_running = false;
    ++m_generation;
    m_rerank->release();
}

void RetrievalEval::endWithFailure(const Workload& w, const Error& e) {
    if (!m_running)
        return;
    stop();
    emit failed(w, e);
}

void RetrievalEval::embedNext() {
    if (m_nextEmbedder < int(m_setup.embedders.size())) {
        m_embedder->start(m_setup.embedders[m_nextEmbedder], m_inputs, m_setup.batchSize);
        return;
    }
    if (m_setup.reranker) {
        startRerank();
        return;
    }
    stop();
    emit finished();
}

void RetrievalEval::onEmbedded() {
    const embed::Vectors& all = m_embedder->vectors();
    const int nDocs = int(m_report.documents.items.size());
    const embed::Vectors docs = all.mid(0, nDocs);
    const embed::Vectors queries = all.mid(nDocs);
    // Deep enough for the metrics and for what the reranker is given.
    const int depth =
        std::min(nDocs, std::max(m_setup.k, m_setup.reranker ? m_setup.rerankTopN : 0));
    WorkloadOutcome outcome =
        rankByCosine(docs, queries, m_report.documents, m_report.queries, m_setup.k, depth);
    outcome.workload = m_embedder->workload();
    outcome.model = m_embedder->model();
    m_report.workloads.append(std::move(outcome));
    ++m_nextEmbedder;
    embedNext();
}

// Requests are numbered across workloads: workload w's query q is w * queries + q.
RerankRequest RetrievalEval::rerankRequest(int flat) const {
    const int nQueries = int(m_report.queries.items.size());
    const QueryOutcome& q = m_report.workloads[flat / nQueries].queries[flat % nQueries];
    RerankRequest r;
    r.model = m_setup.reranker->slug;
    r.query = m_report.queries.items[q.query].text;
    for (int i = 0; i < int(q.firstStage.size()) && i < m_setup.rerankTopN; ++i)
        r.documents.append(m_report.documents.items[q.firstStage[i].document].text);
    return r;
}

void RetrievalEval::startRerank() {
    emit progress(tr("Reranking with %1").arg(m_setup.reranker->displayName()), 0,
                  int(m_report.workloads.size() * m_report.queries.items.size()));
    SessionOptions options;
    options.recordHistory = false;
    // The guard reads everything the reranker will be sent, once, before the first request.
    options.guardText = m_inputs.join(u'\n');
    m_rerank->start(*m_setup.reranker, SessionRequest::forRerank(rerankRequest(0)), options);
}

void RetrievalEval::onRerankEnded(SessionEnd end) {
    if (!m_running)
        return;
    const Workload reranker = *m_setup.reranker;
    if (end != SessionEnd::Done) {
        if (end == SessionEnd::Cancelled || end == SessionEnd::Abandoned) {
            stop();
            emit cancelled();
        } else {
            endWithFailure(reranker, m_rerank->error());
        }
        return;
    }
    const int nQueries = int(m_report.queries.items.size());
    const int total = int(m_report.workloads.size()) * nQueries;
    WorkloadOutcome& w = m_report.workloads[m_rerankDone / nQueries];
    applyRerank(&w.queries[m_rerankDone % nQueries], m_rerank->run()->rerank().results,
                m_setup.rerankTopN);
    w.rerankModel = m_rerank->run()->rerank().model;
    ++m_rerankDone;
    emit progress(tr("Reranking with %1").arg(reranker.displayName()), m_rerankDone, total);
    if (m_rerankDone < total) {
        if (!m_rerank->again(SessionRequest::forRerank(rerankRequest(m_rerankDone))))
            endWithFailure(reranker,
                           makeError(ErrorKind::Configuration,
                                     tr("the next rerank request could not be sent with the "
                                        "judged key")));
        return;
    }
    for (WorkloadOutcome& o : m_report.workloads)
        rescore(&o, m_report.documents, m_report.queries, m_setup.k);
    stop();
    emit finished();
}

} // namespace ik
