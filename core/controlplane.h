#pragma once
// The one control-plane call the playground makes: list a project's workloads to import them
// (WIRE.md "Control plane"). Takes an ik_sdk_ control token; refuses an ik_live_ key.

#include "error.h"
#include "wire.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace ik {

struct RemoteWorkload {
    QString id;
    QString name;
    QString slug;
    QString project;
    QString taskType;                 // as the server names it: text2text, embedding, reranker, ...
    std::optional<WorkloadKind> kind; // nullopt: a task the playground has no view for
    QString model;
    QString backend;
};

// GET {base}/api/projects/{project}/workloads
QUrl workloadListUrl(const QString& baseUrl, const QString& project);

// The local checks before the call: a control token (not a key), a valid base URL, no plain http
// to a remote host, a project slug. nullopt when the call may go.
std::optional<Error> checkControlCall(const QString& baseUrl, const QString& project,
                                      const QString& token);

// A bare array or an envelope object holding it ("workloads", "data", "items", "results").
std::optional<Error> parseWorkloadList(const QByteArray& body, QList<RemoteWorkload>* out);

class ControlPlaneClient : public QObject {
    Q_OBJECT
public:
    explicit ControlPlaneClient(QNetworkAccessManager* nam, QObject* parent = nullptr);
    ~ControlPlaneClient() override;

    // Exactly one of listed/failed follows, from the event loop (never inside this call).
    // The token is used for this call only and not kept.
    void listWorkloads(const QString& baseUrl, const QString& project, const QString& token);
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

signals:
    void listed(const QList<ik::RemoteWorkload>& workloads);
    void failed(const ik::Error& error);

private:
    void fail(const Error& error);
    QPointer<QNetworkAccessManager> m_nam;
    QPointer<QNetworkReply> m_reply;
    int m_timeoutMs = 30000;
};

} // namespace ik

Q_DECLARE_METATYPE(ik::RemoteWorkload)
