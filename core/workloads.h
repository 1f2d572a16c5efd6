#pragma once
// Workload definitions as the user keeps them (DESIGN.md "Words": a workload never holds its key),
// their live validation, and the human-readable file they persist in. Pure except WorkloadStore,
// which only reads and writes that one file.

#include "wire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ik {

struct Workload {
    QString id; // stable across runs; lets the window restore its selection
    QString name;
    QString baseUrl;
    QString project;
    QString slug;
    WorkloadKind kind = WorkloadKind::Chat;
    bool sandbox = false; // listed for this session by the local sandbox; never persisted

    WorkloadRef ref() const;
    QString account() const;     // keychainAccount(ref())
    QString displayName() const; // name, else the slug
    bool operator==(const Workload&) const = default;
};

QString newWorkloadId();

// True for localhost (not *.localhost), 127.0.0.0/8 and ::1: the only hosts a key may reach over
// plain http.
bool isLoopbackHost(const QString& host);

// Empty when fine; otherwise one user-facing sentence. `what` names the field ("project slug").
QString checkSlug(const QString& slug, const QString& what);
// Empty when fine. *warning (optional) gets a non-blocking remark, e.g. plain http to a remote
// host.
QString checkBaseUrl(const QString& url, QString* warning = nullptr);

struct FieldIssue {
    QString field; // "name", "baseUrl", "project", "slug"
    QString message;
};

struct WorkloadCheck {
    QList<FieldIssue> errors;
    QList<FieldIssue> warnings;
    QString endpoint; // the URL the kind's route would be called at, empty while invalid
    bool ok() const { return errors.isEmpty(); }
    QString errorFor(const QString& field) const;
    QString warningFor(const QString& field) const;
};
WorkloadCheck checkWorkload(const Workload& w);

QString routeFor(WorkloadKind kind); // "/chat/completions", "/embeddings", "/rerank"
QString endpointPreview(const Workload& w);

// The file format (version 1):
// {"format": "ik-playground-workloads", "version": 1,
//  "workloads": [{"id", "name", "base_url", "project", "slug", "kind"}]}
struct WorkloadImport {
    QList<Workload> workloads;
    QStringList refused; // one line per refused field or workload, saying why; never the value
    QString error;       // the whole file was unreadable
    bool ok() const { return error.isEmpty(); }
};
QByteArray workloadsToJson(const QList<Workload>& workloads); // sandbox workloads are skipped
WorkloadImport workloadsFromJson(const QByteArray& json);

class WorkloadStore {
public:
    // Empty path: workloads.json in QStandardPaths::AppDataLocation.
    explicit WorkloadStore(QString path = {});
    QString path() const { return m_path; }
    static QString defaultPath();
    WorkloadImport load() const; // a missing file is an empty list, not an error
    bool save(const QList<Workload>& workloads, QString* error = nullptr) const;

private:
    QString m_path;
};

} // namespace ik
