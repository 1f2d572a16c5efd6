#pragma once
// An evaluation run (DESIGN.md "Words"): a set against its 1 to 6 workloads, each call sent
// through the run session like any other (key lookup, guard, endpoint), at most `concurrency`
// calls on the wire per workload. A 429 or 503 is retried after its Retry-After (else after an
// exponential backoff), and holds back that workload's other calls meanwhile. Each result is
// written to the EvalStore as it arrives and then forgotten; a run resumed after a crash skips
// every cell the store already has.

#include "cost.h"
#include "evalassert.h"
#include "evalset.h"
#include "evalstore.h"
#include "runsession.h"
#include "workloads.h"

#include <QBitArray>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QTimer;

namespace ik::eval {

// A set's workload reference to a workload: a stored one by id, then by name (case
// insensitive), else "project/slug" at baseUrl. nullopt with *error saying what to fix.
std::optional<Workload> resolveWorkload(const QString& ref, const QList<Workload>& stored,
                                        const QString& baseUrl, QString* error);

// Of the set file and its data file's bytes: a run resumes only the same set.
QString setHash(const EvalSet& set);

struct RunOptions {
    int concurrency = 4;     // per workload, 1..64, unless the set gives a workload its own
    int runTimeoutMs = 0;    // the whole run; 0: none
    int maxAttempts = 6;     // per cell, retries of 429 and 503 included
    int backoffBaseMs = 500; // without Retry-After: 0.5 s, 1 s, 2 s, ... capped
    int backoffMaxMs = 30000;
    bool resume = true;        // continue the set's last unfinished run when there is one
    bool stream = true;        // first-token latency needs a stream
    bool confirmRisky = false; // answer the guard's "send anyway?" with yes
    // Sets up each extra network manager the run opens (a proxy factory, say); they already
    // carry the services' manager's proxy.
    std::function<void(QNetworkAccessManager*)> prepareManager;
};

struct Progress {
    int done = 0; // cells with a result, those from before a resume included
    int total = 0;
    int resumed = 0; // of done, those already stored when this run started
    int passed = 0;
    int failed = 0; // an assertion failed or the call did not end done
    int inFlight = 0;
    int retries = 0;
    double cost = 0;       // of the cells finished in this process
    double throughput = 0; // cells per second, since this process started the run
    qint64 etaMs = -1;     // -1: not known yet
    qint64 elapsedMs = 0;
};

enum class RunEnd { Done, Cancelled, TimedOut, Failed };
QString runEndName(RunEnd end); // "done", "cancelled", "timed-out", "failed"

class EvalRunner : public QObject {
    Q_OBJECT
public:
    EvalRunner(const SessionServices* services, EvalStore* store, QObject* parent = nullptr);
    ~EvalRunner() override;

    // workloads: one per set.workloads, resolved; prices parallel to it (or empty). False with
    // error() when the set cannot run (templating errors, a wrong workload kind, no store).
    bool start(const EvalSet& set, const QList<Workload>& workloads, const RunOptions& options,
               const QList<std::optional<TokenPrice>>& prices = {});
    void cancel();
    // The workloads similar and judge assertions name, by their reference in the set, resolved
    // (an embedding workload for similar, a chat one for judge). Before start().
    void setDeciders(const QHash<QString, Workload>& deciders) { m_deciders = deciders; }

    bool isRunning() const { return m_running; }
    qint64 runId() const { return m_runId; }
    const Progress& progress() const { return m_progress; }
    QString error() const { return m_error; }
    // Calls this run sent to its workloads, retries included (similar and judge calls not).
    int callsMade() const { return m_callsMade; }

signals:
    void progressChanged(const ik::eval::Progress& progress);
    void cellFinished(int row, int workload, bool passed);
    void finished(ik::eval::RunEnd end);

private:
    struct Slot;
    QString problem(const EvalSet& set, const QList<Workload>& workloads) const;
    void makeSlots(int workloads);
    const SessionServices* laneFor(qsizetype slot);
    void fill(int workload);
    void launch(Slot* slot, int row, int attempt);
    void onEnded(Slot* slot, SessionEnd end);
    bool retryLater(Slot* slot, const Error& error);
    void finishCell(Slot* slot, SessionEnd end);
    void storeCell(Slot* slot, CellResult cell, const QList<Outcome>& outcomes);
    void finishRun(RunEnd end);
    void updateProgress();

    const SessionServices* m_services;
    QPointer<EvalStore> m_store;
    EvalSet m_set;
    QList<Workload> m_workloads;
    QList<std::optional<TokenPrice>> m_prices;
    QHash<QString, Workload> m_deciders;
    RunOptions m_options;
    QList<Slot*> m_slots;
    struct Lane {
        std::unique_ptr<QNetworkAccessManager> nam;
        std::unique_ptr<SessionServices> services;
    };
    std::vector<Lane> m_lanes;        // after m_slots' sessions are gone: see the destructor
    QList<int> m_next;                // per workload: the next row to look at
    QList<QElapsedTimer> m_heldUntil; // per workload: started when a Retry-After began
    QList<qint64> m_holdMs;           // per workload: how long it lasts
    QBitArray m_finished;             // row * workloads + workload
    qint64 m_runId = -1;
    bool m_running = false;
    QString m_error;
    Progress m_progress;
    QElapsedTimer m_clock;
    QTimer* m_timeout = nullptr;
    int m_callsMade = 0;
};

} // namespace ik::eval

Q_DECLARE_METATYPE(ik::eval::Progress)
Q_DECLARE_METATYPE(ik::eval::RunEnd)
