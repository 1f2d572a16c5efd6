#pragma once
// ik-call evalret: the retrieval evaluation of the embeddings inspector (retrievaleval.h) run from
// a terminal or a CI job, through the same run session and guard as the window. It prints the
// metrics, and ends the application with 0, an error's status, or kExitBelowThreshold when a
// workload's recall@k is under --min-recall.

#include "guard.h"
#include "keystore.h"
#include "options.h"
#include "retrievaleval.h"
#include "runsession.h"

#include <QJsonObject>
#include <QObject>

class QNetworkAccessManager;

namespace ikcall {

class EvalRet : public QObject {
public:
    // key: the one key for every workload; empty: each workload's keychain entry.
    EvalRet(const Options& opt, QString key, QNetworkAccessManager* nam, QObject* parent);
    ~EvalRet() override;

    void start();
    void cancel();

private:
    ik::Workload workload(const QString& slug, ik::WorkloadKind kind) const;
    void lookUpKey(const ik::Workload& w, const std::function<void(QString)>& done);
    void onFinished();
    void endProgress();
    void onFailed(const ik::Workload& w, const ik::Error& e);
    QString text() const;
    QJsonObject json() const;
    int belowThreshold() const;

    const Options& m_opt;
    QString m_key;
    ik::CredentialGuard m_guard;
    ik::SessionServices m_services;
    ik::KeychainKeyStore m_keychain;
    QString m_keyProblem; // why the keychain gave no key, for the error that follows
    ik::RetrievalEval* m_eval;
    bool m_progressShown = false; // a progress line is open on standard error
};

} // namespace ikcall
