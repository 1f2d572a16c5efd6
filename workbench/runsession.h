#pragma once
// The run session (DESIGN.md "Layers"): the one pipeline every view sends through. It takes a
// workload, a request and options and performs the whole sequence: key lookup, the credential
// guard, confirmation, secret registration for scrubbing, an Endpoint with timeouts and extra
// headers, history (begin / progress / finish) and the outcome fed back to the guard. Views
// show what it reports; none of them builds an Endpoint or asks the guard itself.

#include "cafiles.h"
#include "cost.h"
#include "guard.h"
#include "run.h"
#include "wire.h"
#include "workloads.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace ik {

class Endpoint;
class History;
class TurnQueue;

// What every session of a window shares. Nothing here is owned.
struct SessionServices {
    // Calls back with the key to send for `workload` (empty when there is none). It may answer
    // later, after a keychain read; the session copes with being cancelled meanwhile.
    using KeyLookup = std::function<void(const Workload&, std::function<void(QString key)>)>;

    QNetworkAccessManager* nam = nullptr;
    CredentialGuard* guard = nullptr;   // null: sent without a guard (wire-level tests only)
    KeyLookup keyLookup;                // null: no key
    QPointer<History> history;          // null: nothing recorded
    HeaderList extraHeaders;            // on every request of every session
    int connectTimeoutMs = 30000;       // until headers; 0 = none
    int idleTimeoutMs = 60000;          // between reads; 0 = none
    TurnQueue* turns = nullptr;         // end-of-run history writes take a turn each; null: at once
    std::function<void()> guardLearned; // the guard remembered or forgot a server answer
    // The CAs a request to a base URL trusts beyond the system's (cafiles.h); null: none. A
    // problem stops the run before its key is read.
    std::function<TrustedCas(const QUrl& baseUrl)> trustedCas;
    bool keepFrames = true; // history keeps each chat run's SSE frames (the inspector's raw view)
    // Where embedded sets are kept (embedcache.h), so the same set of the same workload opens
    // again without a call; empty: none kept.
    QString embedCacheDir;

    // An empty value removes the header. Authorization is refused: the key only ever travels in
    // the header the Endpoint builds from it.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);
};
void setHeader(HeaderList* headers, const QByteArray& name, const QByteArray& value);

struct SessionRequest {
    Run::Type type = Run::Type::Chat;
    ChatRequest chat;
    EmbeddingsRequest embeddings;
    RerankRequest rerank;

    static SessionRequest forChat(const ChatRequest& request);
    static SessionRequest forEmbeddings(const EmbeddingsRequest& request);
    static SessionRequest forRerank(const RerankRequest& request);
    // The smallest real call for the workload's kind ("Test connection").
    static SessionRequest probe(const Workload& workload);

    WorkloadKind kind() const;
    std::optional<Error> validate() const;
    QString userText() const;   // what the guard reads as the prompt
    QString systemText() const; // what it reads as the system prompt
};

struct SessionOptions {
    bool recordHistory = true; // chat runs only
    HeaderList extraHeaders;   // this session only, after the services' own
    int connectTimeoutMs = -1; // -1: the services'
    int idleTimeoutMs = -1;
    // Non-empty: what the guard reads as the prompt instead of the first request's own text. A
    // set sent in batches through again() is judged once, whole, before its first batch.
    QString guardText;
    // Where the history rows of this session's runs say they came from (historyorigin.h):
    // empty is the playground; compareOrigin() for a comparison, each run numbered in turn.
    QString origin;
    // The workload's price per million tokens (pricing.h): set, each chat run's history row keeps
    // its cost (HistoryRun::extra["cost"], costToJson()).
    std::optional<TokenPrice> price;
};

enum class SessionStage { Idle, ReadingKey, Confirming, Running, Ended };

// How a session's attempt ended. The first four are the run's own end; the rest were never sent.
enum class SessionEnd {
    Done,
    Failed,
    Cancelled,
    Truncated,
    Invalid,  // refused locally before the key was read (error() says why)
    Blocked,  // the guard blocked the key or the endpoint (verdict() says why)
    Declined, // the guard asked and the answer was no
    Abandoned // cancelled before anything was sent
};
bool wasSent(SessionEnd end);
SessionEnd sessionEndOf(RunState state);
QString
sessionEndName(SessionEnd end); // "done", ..., "invalid", "blocked", "declined", "abandoned"

class RunSession : public QObject {
    Q_OBJECT
public:
    explicit RunSession(const SessionServices* services, QObject* parent = nullptr);
    ~RunSession() override;

    // Begins the sequence. False (and nothing happens) while busy.
    bool start(const Workload& workload, const SessionRequest& request,
               const SessionOptions& options = {});
    // Another request to the same workload with the key the guard already passed (repetitions,
    // the next batch of inputs). False when nothing was judged and sent, or while busy.
    bool again(const SessionRequest& request);
    // Answers confirmationNeeded().
    void confirm(bool yes);
    // At any stage: a run ends Cancelled and keeps its text; before sending, Abandoned.
    void cancel();
    // Forgets the key and the endpoint (and the runs with it): the batch is over.
    void release();

    SessionStage stage() const { return m_stage; }
    bool isBusy() const;
    bool awaitingConfirmation() const { return m_stage == SessionStage::Confirming; }
    const Workload& workload() const { return m_workload; }
    const SessionRequest& request() const { return m_request; }
    const SessionOptions& options() const { return m_options; } // the last start()'s
    Run* run() const { return m_run; } // the current or last run, until the next one or release()
    const GuardVerdict& verdict() const { return m_verdict; }
    SessionEnd lastEnd() const { return m_end; }
    const Error& error() const;               // why it was not sent, or the run's error
    QString keyId() const { return m_keyId; } // public id of the key judged (never the secret)
    qint64 historyId() const { return m_historyId; }
    // The last done chat run's answer against its response_format (answerCheckJson()); empty
    // when it asked for none, or ended otherwise.
    const QJsonObject& schemaCheck() const { return m_schemaCheck; }

signals:
    void readingKey();
    void confirmationNeeded(const ik::GuardVerdict& verdict);
    // On the wire: connect to the run for chunks and frames.
    void started(ik::Run* run);
    // Exactly one for each start() and again().
    void ended(ik::SessionEnd end);

private:
    void onKey(quint64 serial, const QString& key);
    void send();
    void onRunEnded(Run* run, RunState state);
    void endWith(SessionEnd end);
    void beginHistory(Run* run);
    void saveProgress();
    void flushHistory();
    void finishHistory(Run* run, RunState state, qint64 historyId, const QJsonObject& schemaCheck,
                       const std::optional<TokenPrice>& price);
    void noteOutcome(Run* run, RunState state);

    const SessionServices* m_services;
    SessionStage m_stage = SessionStage::Idle;
    SessionEnd m_end = SessionEnd::Abandoned;
    quint64 m_serial = 0;
    Workload m_workload;
    SessionRequest m_request;
    SessionOptions m_options;
    QString m_key; // from the lookup until release(): the key the guard judged
    QString m_keyId;
    bool m_judged = false;
    GuardVerdict m_verdict;
    Error m_error;
    QPointer<Endpoint> m_endpoint;
    QPointer<Run> m_run;
    qint64 m_historyId = -1;
    QJsonObject m_schemaCheck;
    int m_runNumber = 0; // runs since start(), numbering their history origin
    QList<Frame> m_unsavedFrames;
    QList<QSslCertificate> m_caCertificates; // this start()'s, from services->trustedCas
    QTimer* m_progressTimer;
    std::function<void()> m_pendingWrite; // the last run's history row, waiting for its turn
};

// The guard's verdict on sending `key` to `workload` with these texts, as a session would judge
// it (the workload header, dialogs). A null guard judges with a fresh one.
GuardVerdict judgeSend(const CredentialGuard* guard, const Workload& workload, const QString& key,
                       const QString& prompt = {}, const QString& system = {});

} // namespace ik
