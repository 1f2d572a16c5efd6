#include "batchembedder.h"

#include "run.h"

#include <QTimer>
#include <limits>

namespace ik {

BatchEmbedder::BatchEmbedder(const SessionServices* services, QObject* parent)
    : QObject(parent), m_session(new RunSession(services, this)) {
    connect(m_session, &RunSession::confirmationNeeded, this, &BatchEmbedder::confirmationNeeded);
    connect(m_session, &RunSession::ended, this, &BatchEmbedder::onEnded);
}

bool BatchEmbedder::awaitingConfirmation() const {
    return m_running && m_session->awaitingConfirmation();
}

const GuardVerdict& BatchEmbedder::verdict() const {
    return m_session->verdict();
}

QString BatchEmbedder::keyId() const {
    return m_session->keyId();
}

SessionRequest BatchEmbedder::batchRequest() const {
    EmbeddingsRequest request;
    request.model = m_workload.slug;
    request.input = m_inputs.mid(done(), m_batchSize);
    return SessionRequest::forEmbeddings(request);
}

void BatchEmbedder::start(const Workload& workload, const QStringList& inputs, int batchSize,
                          const HeaderList& extraHeaders) {
    m_running = false; // what the attempt cancelled below reports is not ours any more
    m_session->cancel();
    m_session->release();
    m_workload = workload;
    m_inputs = inputs;
    m_batchSize = std::max(1, batchSize);
    m_vectors.clear();
    m_model.clear();
    m_options = {};
    m_options.extraHeaders = extraHeaders;
    sendFrom(0);
}

bool BatchEmbedder::resume() {
    if (!canResume())
        return false;
    sendFrom(done());
    return true;
}

void BatchEmbedder::sendFrom(int from) {
    m_running = true;
    m_waiting = false;
    m_attempt = 1;
    ++m_generation;
    m_clock.start();
    m_clockFrom = from;
    m_waitedMs = 0;
    emit progress(done(), total());
    SessionOptions options = m_options;
    // The guard reads all that is to be sent at once: a key pasted in the last input is asked
    // about too.
    options.guardText = m_inputs.mid(from).join(u'\n');
    m_session->start(m_workload, batchRequest(), options);
}

qint64 BatchEmbedder::etaMs() const {
    const int embedded = done() - m_clockFrom;
    if (!m_clock.isValid() || embedded <= 0)
        return -1;
    const qint64 working = std::max<qint64>(1, m_clock.elapsed() - m_waitedMs);
    return working * (total() - done()) / embedded;
}

void BatchEmbedder::confirm(bool yes) {
    m_session->confirm(yes);
}

void BatchEmbedder::cancel() {
    if (m_running && (m_waiting || !m_session->isBusy())) {
        // Nothing is on the wire while a retry waits, or between two batches: end here.
        finish();
        emit cancelled();
        return;
    }
    if (m_running)
        m_session->cancel(); // ends the attempt synchronously: onEnded reports it
}

bool BatchEmbedder::retryLater(const Error& error) {
    if (!isRetryable(error) || m_attempt >= maxAttempts)
        return false;
    const qint64 delay = retryDelayMs(error, m_attempt, backoffBaseMs, backoffMaxMs);
    ++m_attempt;
    m_waiting = true;
    m_waitedMs += delay;
    emit waiting(delay, error);
    QTimer::singleShot(
        int(std::min<qint64>(delay, std::numeric_limits<int>::max())), this,
        [this, generation = m_generation] {
            if (!m_running || !m_waiting || generation != m_generation)
                return;
            m_waiting = false;
            if (!m_session->again(batchRequest())) {
                finish();
                emit failed(makeError(ErrorKind::Configuration,
                                      tr("the batch could not be sent again with the judged key")));
            }
        });
    return true;
}

void BatchEmbedder::finish() {
    m_running = false;
    m_waiting = false;
    m_session->release(); // the set is over: the key goes with it
}

std::optional<Error> BatchEmbedder::takeBatch(const EmbeddingsResponse& r) {
    const int expected = int(std::min<qsizetype>(m_batchSize, m_inputs.size() - done()));
    if (r.vectors.size() != expected)
        return makeError(
            ErrorKind::Protocol,
            tr("the server returned %1 vectors for %2 inputs").arg(r.vectors.size()).arg(expected));
    const int dim = m_vectors.isEmpty() ? -1 : int(m_vectors.first().size());
    for (const auto& v : r.vectors) {
        if ((dim >= 0 && v.size() != dim) || v.isEmpty())
            return makeError(ErrorKind::Protocol,
                             tr("the server returned vectors of different dimensions (%1 and %2)")
                                 .arg(dim)
                                 .arg(v.size()));
    }
    m_vectors += r.vectors;
    if (m_model.isEmpty())
        m_model = r.model;
    return std::nullopt;
}

void BatchEmbedder::onEnded(SessionEnd end) {
    if (!m_running)
        return;
    if (end == SessionEnd::Done) {
        if (const std::optional<Error> wrong = takeBatch(m_session->run()->embeddings())) {
            finish();
            emit failed(*wrong);
            return;
        }
        m_attempt = 1;
        emit progress(done(), total());
        if (!m_running) // cancelled by what heard the progress
            return;
        if (done() < total()) {
            if (!m_session->again(batchRequest())) {
                finish();
                emit failed(makeError(ErrorKind::Configuration,
                                      tr("the next batch could not be sent with the judged key")));
            }
            return;
        }
        finish();
        emit finished();
        return;
    }
    const Error error = m_session->error();
    if (end == SessionEnd::Failed && retryLater(error))
        return;
    finish();
    if (end == SessionEnd::Cancelled || end == SessionEnd::Abandoned)
        emit cancelled();
    else if (wasSent(end))
        emit failed(error);
    else
        emit notSent(end, error);
}

} // namespace ik
