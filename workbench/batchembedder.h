#pragma once
// Embeds a list of inputs in batches, one request at a time, through one run session (DESIGN.md
// "run session"): the key is read and the guard judges the whole set once, before the first
// batch; the next batches go out with that same key (RunSession::again). Vectors come back in
// input order (the core orders each batch by "index"; batches are appended in order).
// A batch answered 429 (or 503) is sent again after the server's Retry-After, a few times. What
// was embedded before a cancel or a failure is kept: resume() goes on from the first input
// without a vector.

#include "embedmath.h"
#include "error.h"
#include "guard.h"
#include "runsession.h"
#include "wire.h"
#include "workloads.h"

#include <QElapsedTimer>
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
    // After a cancel or a failure: sends the inputs that have no vector yet, with a fresh key
    // lookup and guard verdict (for what is left). False when there is nothing to resume.
    bool canResume() const { return !m_running && !m_inputs.isEmpty() && done() < total(); }
    bool resume();
    bool isRunning() const { return m_running; }
    const QStringList& inputs() const { return m_inputs; }
    // Milliseconds until every input has its vector, at the pace of this attempt so far (waits
    // for Retry-After left out); -1 before a batch has come back.
    qint64 etaMs() const;

    // How often and how long a rate-limited batch is tried again.
    int maxAttempts = 5;
    int backoffBaseMs = 500;
    int backoffMaxMs = 30000;
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
    // A batch was answered 429/503 (`error`): it goes again in `ms`.
    void waiting(qint64 ms, const ik::Error& error);
    void finished(); // every input has its vector
    void failed(const ik::Error& error);
    void cancelled();
    // Nothing was sent: Invalid, Blocked (verdict() says why) or Declined.
    void notSent(ik::SessionEnd end, const ik::Error& error);

private:
    SessionRequest batchRequest() const;
    void onEnded(SessionEnd end);
    std::optional<Error> takeBatch(const EmbeddingsResponse& response);
    bool retryLater(const Error& error);
    void sendFrom(int from);
    void finish();

    RunSession* m_session;
    Workload m_workload;
    QStringList m_inputs;
    int m_batchSize = 64;
    embed::Vectors m_vectors;
    QString m_model;
    SessionOptions m_options;
    bool m_running = false;
    bool m_waiting = false; // a retry is scheduled; the session is idle
    int m_attempt = 1;      // of the current batch
    int m_generation = 0;   // a scheduled retry of an earlier attempt does nothing
    QElapsedTimer m_clock;  // since this attempt began
    int m_clockFrom = 0;    // done() when it began
    qint64 m_waitedMs = 0;  // spent waiting for Retry-After
};

} // namespace ik
