#include "evalret.h"

#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <unistd.h>

namespace ikcall {

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

QJsonObject metricsJson(const retrieval::Summary& s) {
    return {{u"recall"_s, s.recall},
            {u"precision"_s, s.precision},
            {u"mrr"_s, s.mrr},
            {u"ndcg"_s, s.ndcg},
            {u"hit_rate"_s, s.hitRate}};
}

QJsonObject scoresJson(const retrieval::QueryScores& s) {
    return {{u"recall"_s, s.recall},
            {u"precision"_s, s.precision},
            {u"reciprocal_rank"_s, s.reciprocalRank},
            {u"ndcg"_s, s.ndcg},
            {u"hit"_s, s.hit}};
}

QJsonArray idsJson(const QList<RetrievedDocument>& ranking, const retrieval::Documents& docs,
                   int k) {
    QJsonArray out;
    for (int i = 0; i < int(ranking.size()) && i < k; ++i)
        out.append(docs.items[ranking[i].document].id);
    return out;
}

// The first few ids, best first; --json has them all.
QString idList(const QList<RetrievedDocument>& docs, const retrieval::Documents& all) {
    QStringList ids;
    for (int i = 0; i < int(docs.size()) && i < 5; ++i)
        ids.append(all.items[docs[i].document].id);
    return ids.join(u", "_s) + (docs.size() > 5 ? u", ..."_s : QString());
}

QString row(const QString& name, const QString& model, const retrieval::Summary& s) {
    auto f = [](double v) { return u"%1"_s.arg(v, 0, 'f', 3); };
    return u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(name, -18)
        .arg(model, -20)
        .arg(f(s.recall), -10)
        .arg(f(s.precision), -13)
        .arg(f(s.mrr), -7)
        .arg(f(s.ndcg), -8)
        .arg(f(s.hitRate));
}

QString signedRow(const QString& name, const retrieval::Summary& d) {
    auto f = [](double v) { return (v >= 0 ? u"+"_s : QString()) + u"%1"_s.arg(v, 0, 'f', 3); };
    return u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(name, -18)
        .arg(QString(), -20)
        .arg(f(d.recall), -10)
        .arg(f(d.precision), -13)
        .arg(f(d.mrr), -7)
        .arg(f(d.ndcg), -8)
        .arg(f(d.hitRate));
}

// The queries a workload did worst on, with what it retrieved instead: where to look first.
QString worstQueries(const WorkloadOutcome& w, const RetrievalReport& r) {
    QString out;
    int shown = 0;
    for (int i : w.worstFirst()) {
        const QueryOutcome& q = w.queries[i];
        if (q.scores.ndcg >= 1 || shown == 5)
            break;
        ++shown;
        const retrieval::Query& query = r.queries.items[q.query];
        out += u"  %1  nDCG %2  recall %3  \"%4\"\n"_s.arg(query.id)
                   .arg(q.scores.ndcg, 0, 'f', 3)
                   .arg(q.scores.recall, 0, 'f', 2)
                   .arg(query.text.left(70));
        QStringList missed;
        for (int d : q.missed)
            missed.append(r.documents.items[d].id);
        if (!missed.isEmpty())
            out += u"      missed %1; retrieved instead %2\n"_s.arg(
                missed.join(u", "_s), idList(q.inPlaceOf, r.documents));
    }
    return shown ? u"worst queries for %1:\n"_s.arg(w.workload.slug) + out : QString();
}

} // namespace

EvalRet::EvalRet(const Options& opt, QString key, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_opt(opt), m_key(std::move(key)) {
    m_services.nam = nam;
    m_services.guard = &m_guard;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        lookUpKey(w, done);
    };
    const Connection& c = opt.connection;
    if (c.connectTimeoutMs)
        m_services.connectTimeoutMs = *c.connectTimeoutMs;
    if (c.idleTimeoutMs)
        m_services.idleTimeoutMs = *c.idleTimeoutMs;
    m_services.extraHeaders = c.extraHeaders;
    m_eval = new RetrievalEval(&m_services, this);
    connect(m_eval, &RetrievalEval::finished, this, &EvalRet::onFinished);
    // A large set takes a while: a terminal sees how far it is; a log or a pipe does not.
    if (isatty(STDERR_FILENO))
        connect(m_eval, &RetrievalEval::progress, this,
                [this](const QString& stage, int done, int total) {
                    writeErr(u"\r%1: %2 of %3\x1b[K"_s.arg(stage).arg(done).arg(total));
                    m_progressShown = true;
                });
    connect(m_eval, &RetrievalEval::failed, this, &EvalRet::onFailed);
    connect(m_eval, &RetrievalEval::cancelled, this, [this] {
        endProgress();
        QCoreApplication::exit(failWith(makeError(ErrorKind::Cancelled, u"cancelled"_s)));
    });
    // A script cannot be asked: what the window would ask about was refused already unless
    // --allow-key-in-input said it is meant.
    connect(
        m_eval, &RetrievalEval::confirmationNeeded, this,
        [this](const Workload&, const GuardVerdict&) { m_eval->confirm(m_opt.allowKeyInInput); });
}

// The evaluation goes first: its sessions read m_services, which is destroyed before children.
EvalRet::~EvalRet() {
    delete m_eval;
}

Workload EvalRet::workload(const QString& slug, WorkloadKind kind) const {
    Workload w;
    w.id = m_opt.ref.project + u'/' + slug;
    w.baseUrl = m_opt.ref.baseUrl.toString();
    w.project = m_opt.ref.project;
    w.slug = slug;
    w.name = slug;
    w.kind = kind;
    return w;
}

void EvalRet::lookUpKey(const Workload& w, const std::function<void(QString)>& done) {
    if (!m_key.isEmpty()) {
        done(m_key);
        return;
    }
    const QString account = w.account();
    m_keychain.read(account, [this, done, account](const KeyStoreResult& r) {
        if (r.ok() && !r.secret.isEmpty()) {
            done(r.secret);
            return;
        }
        m_keyProblem = r.status == KeyStoreResult::Status::NotFound
                           ? u"no entry for %1 in the keychain"_s.arg(account)
                           : r.message;
        done(QString());
    });
}

void EvalRet::start() {
    RetrievalSetup setup;
    for (const QString& slug : m_opt.workloads)
        setup.embedders.append(workload(slug, WorkloadKind::Embedding));
    if (!m_opt.rerank.isEmpty())
        setup.reranker = workload(m_opt.rerank, WorkloadKind::Rerank);
    setup.k = m_opt.k;
    setup.rerankTopN = m_opt.topN.value_or(20);
    const QString problem = m_eval->start(m_opt.documents, m_opt.queries, setup);
    if (!problem.isEmpty())
        QCoreApplication::exit(usageError(problem));
}

void EvalRet::cancel() {
    m_eval->cancel();
}

void EvalRet::endProgress() {
    if (m_progressShown)
        writeErr(u"\n"_s);
    m_progressShown = false;
}

void EvalRet::onFailed(const Workload& w, const Error& e) {
    endProgress();
    if (!m_keyProblem.isEmpty()) {
        QCoreApplication::exit(failWith(makeError(
            ErrorKind::Configuration,
            u"no ik_live_ key supplied for %1 (%2)"_s.arg(w.slug, m_keyProblem),
            u"set INFERENCEKEY_API_KEY (one key for every workload given), pass --api-key-env "
            "NAME, or store each workload's key with the playground"_s)));
        return;
    }
    if (m_opt.json)
        writeOut(QJsonDocument(QJsonObject{{u"state"_s, u"failed"_s},
                                           {u"workload"_s, w.slug},
                                           {u"error"_s, errorJson(e)}})
                     .toJson(QJsonDocument::Compact) +
                 '\n');
    writeErr(u"ik-call: %1 failed\n"_s.arg(w.slug));
    QCoreApplication::exit(failWith(e));
}

void EvalRet::onFinished() {
    endProgress();
    writeOut(m_opt.json ? QJsonDocument(json()).toJson(QJsonDocument::Compact) + '\n'
                        : text().toUtf8());
    QCoreApplication::exit(belowThreshold());
}

int EvalRet::belowThreshold() const {
    if (!m_opt.minRecall)
        return 0;
    int status = 0;
    for (const WorkloadOutcome& w : m_eval->report().workloads) {
        if (w.summary.recall + 1e-12 >= *m_opt.minRecall)
            continue;
        writeErr(u"ik-call: recall@%1 of %2 is %3, below --min-recall %4\n"_s.arg(m_opt.k)
                     .arg(w.workload.slug)
                     .arg(w.summary.recall, 0, 'f', 3)
                     .arg(*m_opt.minRecall));
        status = kExitBelowThreshold;
    }
    return status;
}

QString EvalRet::text() const {
    const RetrievalReport& r = m_eval->report();
    const QString k = QString::number(r.k);
    QString out =
        u"%1 queries, %2 documents, k = %3%4\n"_s.arg(r.queries.items.size())
            .arg(r.documents.items.size())
            .arg(k)
            .arg(r.reranked()
                     ? u", top %1 reranked by %2"_s
                           .arg(std::min<qsizetype>(r.rerankTopN, r.documents.items.size()))
                           .arg(m_opt.rerank)
                     : QString());
    out += u"%1 %2 %3 %4 %5 %6 %7\n"_s.arg(u"workload"_s, -18)
               .arg(u"model"_s, -20)
               .arg(u"recall@"_s + k, -10)
               .arg(u"precision@"_s + k, -13)
               .arg(u"MRR"_s, -7)
               .arg(u"nDCG@"_s + k, -8)
               .arg(u"hit rate"_s);
    for (const WorkloadOutcome& w : r.workloads) {
        if (r.reranked()) {
            out += row(w.workload.slug, w.model, w.firstStageSummary);
            out += row(w.workload.slug + u" > "_s + m_opt.rerank, w.rerankModel, w.summary);
        } else {
            out += row(w.workload.slug, w.model, w.summary);
        }
    }
    if (r.sideBySide()) {
        const QString a = r.workloads[0].workload.slug, b = r.workloads[1].workload.slug;
        out += signedRow(b + u" - "_s + a, r.difference());
        const int ties = int(r.queries.items.size()) - r.wins(0) - r.wins(1);
        out += u"queries won: %1 %2, %3 %4, ties %5\n"_s.arg(a)
                   .arg(r.wins(0))
                   .arg(b)
                   .arg(r.wins(1))
                   .arg(ties);
    }
    for (const WorkloadOutcome& w : r.workloads)
        out += worstQueries(w, r);
    return out;
}

QJsonObject EvalRet::json() const {
    const RetrievalReport& r = m_eval->report();
    const QList<int> winners = r.winners();
    QJsonArray workloads;
    for (const WorkloadOutcome& w : r.workloads) {
        QJsonArray perQuery;
        for (const QueryOutcome& q : w.queries) {
            const retrieval::Query& query = r.queries.items[q.query];
            QJsonObject o = scoresJson(q.scores);
            o[u"id"_s] = query.id;
            o[u"query"_s] = query.text;
            o[u"retrieved"_s] = idsJson(q.retrieved, r.documents, r.k);
            QJsonArray missed;
            for (int d : q.missed)
                missed.append(r.documents.items[d].id);
            o[u"missed"_s] = missed;
            o[u"retrieved_instead"_s] = idsJson(q.inPlaceOf, r.documents, r.k);
            if (r.reranked())
                o[u"first_stage"_s] = scoresJson(q.firstStageScores);
            if (r.sideBySide() && q.query < winners.size())
                o[u"winner"_s] = winners[q.query] < 0
                                     ? QJsonValue()
                                     : QJsonValue(r.workloads[winners[q.query]].workload.slug);
            perQuery.append(o);
        }
        QJsonObject o{{u"workload"_s, w.workload.slug},
                      {u"model"_s, w.model},
                      {u"metrics"_s, metricsJson(w.summary)},
                      {u"per_query"_s, perQuery}};
        if (r.reranked()) {
            o[u"first_stage"_s] = metricsJson(w.firstStageSummary);
            o[u"rerank_model"_s] = w.rerankModel;
        }
        workloads.append(o);
    }
    QJsonObject out{{u"state"_s, u"done"_s},
                    {u"k"_s, r.k},
                    {u"documents"_s, int(r.documents.items.size())},
                    {u"queries"_s, int(r.queries.items.size())},
                    {u"workloads"_s, workloads}};
    out[u"rerank"_s] =
        r.reranked()
            ? QJsonValue(QJsonObject{{u"workload"_s, m_opt.rerank}, {u"top_n"_s, r.rerankTopN}})
            : QJsonValue();
    if (r.sideBySide())
        out[u"difference"_s] = metricsJson(r.difference());
    if (m_opt.minRecall)
        out[u"min_recall"_s] = *m_opt.minRecall;
    return out;
}

} // namespace ikcall
