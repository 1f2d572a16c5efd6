#include "controlplane.h"

#include <QCoreApplication>

#include "credential.h"
#include "httpversion.h"
#include "workloads.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ik {

QUrl workloadListUrl(const QString& baseUrl, const QString& project) {
    return QUrl(trimBaseUrl(baseUrl.trimmed()) + QStringLiteral("/api/projects/") +
                QString::fromLatin1(QUrl::toPercentEncoding(project.trimmed())) +
                QStringLiteral("/workloads"));
}

std::optional<Error> checkControlCall(const QString& baseUrl, const QString& project,
                                      const QString& token) {
    const Credential cred = Credential::parse(token);
    switch (cred.kind) {
    case CredentialKind::ControlToken:
        break;
    case CredentialKind::DataKey:
        return makeError(
            ErrorKind::Configuration,
            QCoreApplication::translate("ik::ControlPlane",
                                        "This is an ik_live_ data-plane key (%1); listing "
                                        "workloads needs an ik_sdk_ control token.")
                .arg(redactKey(token)),
            QCoreApplication::translate("ik::ControlPlane",
                                        "Create or copy a control token (ik_sdk_...) in the "
                                        "project's settings; keys only call workloads."));
    case CredentialKind::Empty:
        return makeError(ErrorKind::Configuration,
                         QCoreApplication::translate("ik::ControlPlane", "No control token given."),
                         QCoreApplication::translate("ik::ControlPlane",
                                                     "Paste the project's ik_sdk_ control token."));
    case CredentialKind::Malformed:
    case CredentialKind::Foreign: {
        const QString normalised = normaliseKey(token);
        const bool fixable = normalised != token &&
                             Credential::parse(normalised).kind == CredentialKind::ControlToken;
        return makeError(
            ErrorKind::Configuration,
            fixable ? QCoreApplication::translate("ik::ControlPlane",
                                                  "The control token has extra characters around "
                                                  "it (spaces, quotes, a newline or \"Bearer \").")
                    : QCoreApplication::translate("ik::ControlPlane",
                                                  "This is not a well-formed ik_sdk_ control "
                                                  "token."),
            fixable ? QCoreApplication::translate("ik::ControlPlane",
                                                  "Paste it again; the field cleans it up.")
                    : QCoreApplication::translate("ik::ControlPlane",
                                                  "Copy the whole control token again."));
    }
    }
    QString warning;
    if (const QString e = checkBaseUrl(baseUrl, &warning); !e.isEmpty())
        return makeError(ErrorKind::Configuration, e,
                         QCoreApplication::translate("ik::ControlPlane", "Fix the base URL."));
    if (!warning.isEmpty())
        return makeError(
            ErrorKind::Configuration,
            QCoreApplication::translate("ik::ControlPlane",
                                        "Refusing to send a control token over plain http:// to "
                                        "a host that is not this computer."),
            QCoreApplication::translate("ik::ControlPlane", "Use the https:// URL of the server."));
    if (const QString e =
            checkSlug(project, QCoreApplication::translate("ik::ControlPlane", "project slug"));
        !e.isEmpty())
        return makeError(ErrorKind::Configuration, e,
                         QCoreApplication::translate("ik::ControlPlane", "Fix the project slug."));
    return std::nullopt;
}

std::optional<Error> parseWorkloadList(const QByteArray& body, QList<RemoteWorkload>* out) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(
            ErrorKind::Protocol,
            QCoreApplication::translate("ik::ControlPlane", "The workload list is not JSON: %1.")
                .arg(pe.errorString()),
            QCoreApplication::translate("ik::ControlPlane",
                                        "Check that the base URL points at the InferenceKey API."));
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject o = doc.object();
        bool found = false;
        for (const auto name : {u"workloads", u"data", u"items", u"results"}) {
            const QJsonValue v = o.value(QString::fromUtf16(name));
            if (v.isArray()) {
                list = v.toArray();
                found = true;
                break;
            }
        }
        if (!found)
            return makeError(
                ErrorKind::Protocol,
                QCoreApplication::translate("ik::ControlPlane",
                                            "The answer holds no list of workloads."),
                QCoreApplication::translate("ik::ControlPlane",
                                            "Check that the base URL points at the InferenceKey "
                                            "API."));
    }
    out->clear();
    for (const auto& item : list) {
        const QJsonObject o = item.toObject();
        RemoteWorkload w;
        const QJsonValue id = o.value(QStringLiteral("id"));
        w.id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
        w.name = o.value(QStringLiteral("name")).toString();
        w.slug = o.value(QStringLiteral("slug")).toString();
        if (w.slug.isEmpty())
            w.slug = o.value(QStringLiteral("workload_slug")).toString();
        w.project = o.value(QStringLiteral("project_slug")).toString();
        w.taskType = o.value(QStringLiteral("task_type")).toString();
        if (w.taskType.isEmpty())
            w.taskType = o.value(QStringLiteral("kind")).toString();
        w.kind = workloadKindFromName(w.taskType);
        w.model = o.value(QStringLiteral("model_name")).toString();
        if (w.model.isEmpty())
            w.model = o.value(QStringLiteral("model")).toString();
        w.backend = o.value(QStringLiteral("backend")).toString();
        if (w.slug.isEmpty() || containsCredential(w.slug) || containsCredential(w.project))
            continue; // nothing to call it by
        // Shown in the table and kept in workloads.json: a server never puts a key there.
        w.name = redactSecrets(w.name);
        w.taskType = redactSecrets(w.taskType);
        w.model = redactSecrets(w.model);
        w.backend = redactSecrets(w.backend);
        out->append(w);
    }
    return std::nullopt;
}

ControlPlaneClient::ControlPlaneClient(QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent), m_nam(nam) {
    qRegisterMetaType<ik::Error>();
    qRegisterMetaType<QList<ik::RemoteWorkload>>();
}

ControlPlaneClient::~ControlPlaneClient() {
    abort();
}

void ControlPlaneClient::fail(const Error& error) {
    // Always from the event loop, so callers can connect after calling.
    QTimer::singleShot(0, this, [this, error] { emit failed(error); });
}

void ControlPlaneClient::abort() {
    if (QNetworkReply* reply = m_reply.data()) {
        // abort() emits finished synchronously: nothing of ours may run from it.
        disconnect(reply, nullptr, this, nullptr);
        m_reply.clear();
        reply->abort();
        reply->deleteLater();
    }
}

void ControlPlaneClient::listWorkloads(const QString& baseUrl, const QString& project,
                                       const QString& token) {
    abort();
    if (auto e = checkControlCall(baseUrl, project, token))
        return fail(*e);
    if (!m_nam)
        return fail(
            makeError(ErrorKind::Network,
                      QCoreApplication::translate("ik::ControlPlane", "No network access."),
                      QCoreApplication::translate("ik::ControlPlane", "Restart the application.")));
    const QUrl url = workloadListUrl(baseUrl, project);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    applyHttpVersion(m_nam, request);
    QNetworkReply* reply = m_nam->get(request);
    m_reply = reply;

    connect(reply, &QNetworkReply::redirected, this, [this, reply, url](const QUrl& target) {
        const QUrl next = reply->url().resolved(target);
        const auto port = [](const QUrl& u) { return u.port(u.scheme() == u"https" ? 443 : 80); };
        const bool sameHost =
            next.host().compare(url.host(), Qt::CaseInsensitive) == 0 && port(next) == port(url);
        const bool downgrade = url.scheme() == u"https" && next.scheme() != u"https";
        if (sameHost && !downgrade) {
            emit reply->redirectAllowed();
            return;
        }
        disconnect(reply, nullptr, this, nullptr);
        m_reply.clear();
        reply->abort();
        reply->deleteLater();
        fail(makeError(
            ErrorKind::Network,
            QCoreApplication::translate("ik::ControlPlane",
                                        "Refused a redirect to %1: the control token is never sent "
                                        "to another host or over plain http.")
                .arg(next.host()),
            QCoreApplication::translate("ik::ControlPlane",
                                        "Use the server's final URL as the base URL.")));
    });

    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_reply.clear();
        reply->deleteLater();
        const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        const QByteArray body = reply->readAll();
        if (!statusAttr.isValid()) {
            const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                                  reply->error() == QNetworkReply::TimeoutError;
            emit failed(makeError(
                timedOut ? ErrorKind::Timeout : ErrorKind::Network,
                redactSecrets(reply->errorString()),
                timedOut ? QCoreApplication::translate("ik::ControlPlane",
                                                       "The server did not answer in time; "
                                                       "try again.")
                         : QCoreApplication::translate("ik::ControlPlane",
                                                       "Check the base URL and that the "
                                                       "server is reachable.")));
            return;
        }
        const int status = statusAttr.toInt();
        if (status < 200 || status > 299) {
            HeaderList headers;
            for (const auto& pair : reply->rawHeaderPairs())
                headers.append(pair);
            emit failed(errorFromHttp(status, body, headers));
            return;
        }
        QList<RemoteWorkload> list;
        if (auto e = parseWorkloadList(body, &list)) {
            emit failed(*e);
            return;
        }
        emit listed(list);
    });
}

} // namespace ik
