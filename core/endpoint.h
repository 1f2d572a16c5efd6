#pragma once
// The network shell: sends built requests over one shared QNetworkAccessManager and reports each
// run's life through signals. Refuses to send a key the guard does not pass.

#include "run.h"
#include "wire.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

class QNetworkAccessManager;

namespace ik {

class Endpoint : public QObject {
    Q_OBJECT
public:
    // The manager is shared and not owned. `key` is the ik_live_ key (or a foreign key when
    // inferenceKey is false: an OpenAI-compatible server that is not InferenceKey).
    Endpoint(QNetworkAccessManager* nam, WorkloadRef ref, QString key, QObject* parent = nullptr);

    const WorkloadRef& workload() const { return m_ref; }
    void setInferenceKey(bool yes) { m_inferenceKey = yes; }
    void setConnectTimeoutMs(int ms) { m_connectTimeoutMs = ms; } // until headers; 0 = none
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }       // between reads; 0 = none
    int connectTimeoutMs() const { return m_connectTimeoutMs; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }
    // Extra request headers (e.g. X-Sandbox-Fault in tests). Never Authorization. While one
    // fails headerProblem() (a control character, a name that is no header name), refusal()
    // refuses every run; an empty value removes the header.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);
    // Certificate authorities trusted for this endpoint's requests on top of the system's (a
    // private CA of a self-hosted or staging deployment). Verification stays on either way.
    void setCaCertificates(const QList<QSslCertificate>& cas) { m_caCertificates = cas; }
    const QList<QSslCertificate>& caCertificates() const { return m_caCertificates; }

    // Each returns a run that is already under way (or already ended, when refused locally:
    // then failed() is emitted from the event loop, never inside this call, and no request is
    // made). The run is parented to the endpoint; delete it when done with it.
    Run* chat(const ChatRequest& request); // request.stream chooses streaming
    Run* embed(const EmbeddingsRequest& request);
    Run* rerank(const RerankRequest& request);

    // Local refusal for this endpoint and key, or nullopt: the key's verdict, plain http to a
    // non-loopback host.
    std::optional<Error> refusal() const;

private:
    Run* start(Run::Type type, const QString& route, const QByteArray& body, bool stream,
               std::optional<Error> localError, int expectedCount);

    QPointer<QNetworkAccessManager> m_nam;
    WorkloadRef m_ref;
    QString m_key;
    bool m_inferenceKey = true;
    int m_connectTimeoutMs = 30000;
    int m_idleTimeoutMs = 60000;
    HeaderList m_extraHeaders;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace ik
