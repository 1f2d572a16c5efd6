#include "batchembedder.h"

#include "run.h"

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
    m_running = true;
    emit progress(0, total());
    SessionOptions options;
    options.extraHeaders = extraHeaders;
    // The guard reads the whole set once: a key pasted in the last input is asked about too.
    options.guardText = inputs.join(u'\n');
    m_session->start(workload, batchRequest(), options);
}

void BatchEmbedder::confirm(bool yes) {
    m_session->confirm(yes);
}

void BatchEmbedder::cancel() {
    if (m_running)
        m_session->cancel(); // ends the attempt synchronously: onEnded reports it
}

void BatchEmbedder::finish() {
    m_running = false;
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
        emit progress(done(), total());
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
    finish();
    if (end == SessionEnd::Cancelled || end == SessionEnd::Abandoned)
        emit cancelled();
    else if (wasSent(end))
        emit failed(error);
    else
        emit notSent(end, error);
}

} // namespace ik
