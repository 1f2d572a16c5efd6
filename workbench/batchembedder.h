#pragma once
// Embeds a list of inputs in batches, one request at a time, through an Endpoint. Vectors come
// back in input order (the core orders each batch by "index"; batches are appended in order).

#include "embedmath.h"
#include "error.h"
#include "wire.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>

namespace ik {

class Endpoint;
class Run;

class BatchEmbedder : public QObject {
    Q_OBJECT
public:
    explicit BatchEmbedder(QNetworkAccessManager* nam, QObject* parent = nullptr);

    // Starts over; a run still going is cancelled first (without signals).
    void start(const WorkloadRef& ref, const QString& key, const QStringList& inputs, int batchSize,
               const HeaderList& extraHeaders = {});
    void cancel();
    bool isRunning() const { return m_running; }

    const embed::Vectors& vectors() const { return m_vectors; }
    QString model() const { return m_model; }
    int done() const { return int(m_vectors.size()); }
    int total() const { return int(m_inputs.size()); }

signals:
    void progress(int done, int total);
    void finished(); // every input has its vector
    void failed(const ik::Error& error);
    void cancelled();

private:
    void next();
    void stopRun();

    QPointer<QNetworkAccessManager> m_nam;
    Endpoint* m_endpoint = nullptr;
    QPointer<Run> m_run;
    QStringList m_inputs;
    QString m_slug;
    int m_batchSize = 64;
    embed::Vectors m_vectors;
    QString m_model;
    bool m_running = false;
};

} // namespace ik
