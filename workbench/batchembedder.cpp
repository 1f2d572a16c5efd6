#include "batchembedder.h"

#include "endpoint.h"
#include "run.h"

#include <QNetworkAccessManager>

namespace ik {

BatchEmbedder::BatchEmbedder(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_nam(nam) {}

void BatchEmbedder::stopRun() {
    if (m_run) {
        // cancel() reports synchronously: the run must not reach our slots any more.
        m_run->disconnect(this);
        m_run->cancel();
        m_run->deleteLater();
    }
    m_run = nullptr;
}

void BatchEmbedder::start(const WorkloadRef& ref, const QString& key, const QStringList& inputs,
                          int batchSize, const HeaderList& extraHeaders) {
    stopRun();
    if (m_endpoint)
        m_endpoint->deleteLater();
    m_endpoint = new Endpoint(m_nam, ref, key, this);
    for (const auto& [name, value] : extraHeaders)
        m_endpoint->setExtraHeader(name, value);
    m_inputs = inputs;
    m_slug = ref.workload;
    m_batchSize = std::max(1, batchSize);
    m_vectors.clear();
    m_model.clear();
    m_running = true;
    emit progress(0, total());
    next();
}

void BatchEmbedder::cancel() {
    if (!m_running)
        return;
    stopRun();
    m_running = false;
    emit cancelled();
}

void BatchEmbedder::next() {
    const int from = done();
    if (from >= total()) {
        m_running = false;
        emit finished();
        return;
    }
    EmbeddingsRequest request;
    request.model = m_slug;
    request.input = m_inputs.mid(from, m_batchSize);
    Run* run = m_endpoint->embed(request);
    m_run = run;
    const int expected = int(request.input.size());
    connect(run, &Run::done, this, [this, run, expected] {
        const EmbeddingsResponse& r = run->embeddings();
        m_run = nullptr;
        run->deleteLater();
        const int dim = m_vectors.isEmpty() ? -1 : int(m_vectors.first().size());
        if (r.vectors.size() != expected) {
            m_running = false;
            emit failed(
                makeError(ErrorKind::Protocol, tr("the server returned %1 vectors for %2 inputs")
                                                   .arg(r.vectors.size())
                                                   .arg(expected)));
            return;
        }
        for (const auto& v : r.vectors) {
            if ((dim >= 0 && v.size() != dim) || v.isEmpty()) {
                m_running = false;
                emit failed(makeError(ErrorKind::Protocol,
                                      tr("the server returned vectors of different dimensions "
                                         "(%1 and %2)")
                                          .arg(dim)
                                          .arg(v.size())));
                return;
            }
        }
        m_vectors += r.vectors;
        if (m_model.isEmpty())
            m_model = r.model;
        emit progress(done(), total());
        next();
    });
    connect(run, &Run::failed, this, [this, run](const Error& e) {
        m_run = nullptr;
        run->deleteLater();
        m_running = false;
        emit failed(e);
    });
    connect(run, &Run::cancelled, this, [this, run] {
        m_run = nullptr;
        run->deleteLater();
        if (m_running) {
            m_running = false;
            emit cancelled();
        }
    });
}

} // namespace ik
