#pragma once
// Embeds a list of inputs in batches, one request at a time, through one run session (DESIGN.md
// "run session"): the key is read and the guard judges the whole set once, before the first
// batch; the next batches go out with that same key (RunSession::again). Vectors come back in
// input order (the core orders each batch by "index"; batches are appended in order).

#include "embedmath.h"
#include "error.h"
#include "guard.h"
#include "runsession.h"
#include "wire.h"
#include "workloads.h"

#include <QObject>

namespace ik {

class BatchEmbedder : public QObject {
    Q_OBJECT
public:
    // services is not owned.
    explicit BatchEmbedder(const SessionServices* services, QObject* parent = nullptr);

    // Starts over; an attempt still going is cancelled first (without signals).
    void start(const Workload& workload, const QStringList& inputs, int batchSize,
               const HeaderList& extraHeaders = {});
    // Answers confirmationNeeded().
    void confirm(bool yes);
    void cancel();
    bool isRunning() const { return m_running; }
    bool awaitingConfirmation() const;

    const Workload& workload() const { return m_workload; }
    const embed::Vectors& vectors() const { return m_vectors; }
    QString model() const { return m_model; }
    int done() const { return int(m_vectors.size()); }
    int total() const { return int(m_inputs.size()); }
    // Why the set was not sent (after notSent) or why it failed (after failed).
    const GuardVerdict& verdict() const;
    QString keyId() const; // public id of the key judged, never the secret

signals:
    void confirmationNeeded(const ik::GuardVerdict& verdict);
    void progress(int done, int total);
    void finished(); // every input has its vector
    void failed(const ik::Error& error);
    void cancelled();
    // Nothing was sent: Invalid, Blocked (verdict() says why) or Declined.
    void notSent(ik::SessionEnd end, const ik::Error& error);

private:
    SessionRequest batchRequest() const;
    void onEnded(SessionEnd end);
    std::optional<Error> takeBatch(const EmbeddingsResponse& response);
    void finish();

    RunSession* m_session;
    Workload m_workload;
    QStringList m_inputs;
    int m_batchSize = 64;
    embed::Vectors m_vectors;
    QString m_model;
    bool m_running = false;
};

} // namespace ik
