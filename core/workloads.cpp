#include "workloads.h"

#include <QCoreApplication>

#include "credential.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace ik {

namespace {

const QString kFormat = QStringLiteral("ik-playground-workloads");

bool isSlugChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
           c == u'-' || c == u'_' || c == u'.';
}

// Field names under which people paste secrets into config files; refused by name so a key
// never travels through an import even when it does not parse as one.
bool isSecretFieldName(const QString& name) {
    const QString n = name.toLower();
    static const QStringList names = {QStringLiteral("key"),       QStringLiteral("api_key"),
                                      QStringLiteral("apikey"),    QStringLiteral("token"),
                                      QStringLiteral("secret"),    QStringLiteral("password"),
                                      QStringLiteral("sdk_token"), QStringLiteral("authorization")};
    return names.contains(n) || n.endsWith(QStringLiteral("_key")) ||
           n.endsWith(QStringLiteral("_token")) || n.endsWith(QStringLiteral("_secret"));
}

} // namespace

WorkloadRef Workload::ref() const {
    return WorkloadRef{QUrl(trimBaseUrl(baseUrl.trimmed())), project.trimmed(), slug.trimmed()};
}

QString Workload::account() const {
    return keychainAccount(ref());
}

QString Workload::displayName() const {
    const QString n = name.trimmed();
    return n.isEmpty() ? slug.trimmed() : n;
}

QString newWorkloadId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLoopbackHost(const QString& host) {
    QString h = host.trimmed().toLower();
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    // Only the literal name: "x.localhost" goes to whatever a resolver answers for it, which need
    // not be this computer.
    if (h == u"localhost")
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

QString checkSlug(const QString& slug, const QString& what) {
    if (slug.trimmed().isEmpty())
        return QCoreApplication::translate("ik::Workloads", "The %1 is required.").arg(what);
    if (slug != slug.trimmed())
        return QCoreApplication::translate("ik::Workloads", "The %1 has spaces around it.")
            .arg(what);
    if (containsCredential(slug))
        return QCoreApplication::translate(
                   "ik::Workloads", "The %1 looks like a key: keys go in the key field, never in a "
                                    "slug.")
            .arg(what);
    for (QChar c : slug) {
        if (!isSlugChar(c)) {
            const QString shown = c.isSpace()
                                      ? QCoreApplication::translate("ik::Workloads", "a space")
                                      : QStringLiteral("\u201c%1\u201d").arg(c);
            return QCoreApplication::translate(
                       "ik::Workloads",
                       "The %1 may hold letters, digits, '-', '_' and '.' only, not %2.")
                .arg(what, shown);
        }
    }
    if (!slug.front().isLetterOrNumber())
        return QCoreApplication::translate("ik::Workloads",
                                           "The %1 must start with a letter or a digit.")
            .arg(what);
    if (slug.size() > 100)
        return QCoreApplication::translate("ik::Workloads", "The %1 is longer than 100 characters.")
            .arg(what);
    return {};
}

QString checkBaseUrl(const QString& text, QString* warning) {
    if (warning)
        warning->clear();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QCoreApplication::translate(
            "ik::Workloads", "The base URL is required, e.g. https://api.inferencekey.com.");
    if (containsCredential(trimmed))
        return QCoreApplication::translate(
            "ik::Workloads", "The base URL looks like it holds a key: keys go in the key field.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return QCoreApplication::translate("ik::Workloads", "This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return QCoreApplication::translate(
            "ik::Workloads", "The base URL must start with https:// (or http:// for a local "
                             "server).");
    if (url.host().isEmpty())
        return QCoreApplication::translate("ik::Workloads", "The base URL has no host.");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return QCoreApplication::translate("ik::Workloads",
                                           "The base URL must not hold a user name or password.");
    if (url.hasQuery() || url.hasFragment())
        return QCoreApplication::translate(
            "ik::Workloads", "The base URL must not have a query (?) or fragment (#).");
    if (scheme == u"http" && !isLoopbackHost(url.host()) && warning)
        *warning =
            QCoreApplication::translate(
                "ik::Workloads", "Plain http:// to %1: keys are only sent over https (or to this "
                                 "computer), so calls will be blocked.")
                .arg(url.host());
    return {};
}

QString WorkloadCheck::errorFor(const QString& field) const {
    for (const auto& issue : errors)
        if (issue.field == field)
            return issue.message;
    return {};
}

QString WorkloadCheck::warningFor(const QString& field) const {
    for (const auto& issue : warnings)
        if (issue.field == field)
            return issue.message;
    return {};
}

WorkloadCheck checkWorkload(const Workload& w) {
    WorkloadCheck check;
    if (containsCredential(w.name))
        check.errors.append(
            {QStringLiteral("name"),
             QCoreApplication::translate("ik::Workloads",
                                         "The name looks like a key: keys go in the key field.")});
    QString warning;
    if (const QString e = checkBaseUrl(w.baseUrl, &warning); !e.isEmpty())
        check.errors.append({QStringLiteral("baseUrl"), e});
    else if (!warning.isEmpty())
        check.warnings.append({QStringLiteral("baseUrl"), warning});
    if (const QString e =
            checkSlug(w.project, QCoreApplication::translate("ik::Workloads", "project slug"));
        !e.isEmpty())
        check.errors.append({QStringLiteral("project"), e});
    if (const QString e =
            checkSlug(w.slug, QCoreApplication::translate("ik::Workloads", "workload slug"));
        !e.isEmpty())
        check.errors.append({QStringLiteral("slug"), e});
    if (check.ok())
        check.endpoint = endpointPreview(w);
    return check;
}

QString routeFor(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::Chat:
        return QStringLiteral("/chat/completions");
    case WorkloadKind::Embedding:
        return QStringLiteral("/embeddings");
    case WorkloadKind::Rerank:
        return QStringLiteral("/rerank");
    }
    return {};
}

QString endpointPreview(const Workload& w) {
    return workloadUrl(w.ref(), routeFor(w.kind)).toString();
}

QByteArray workloadsToJson(const QList<Workload>& workloads) {
    QJsonArray list;
    for (const auto& w : workloads) {
        if (w.sandbox)
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), w.id},
                                {QStringLiteral("name"), w.name},
                                {QStringLiteral("base_url"), w.baseUrl.trimmed()},
                                {QStringLiteral("project"), w.project.trimmed()},
                                {QStringLiteral("slug"), w.slug.trimmed()},
                                {QStringLiteral("kind"), workloadKindName(w.kind)}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("workloads"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// The list of a workloads file: the file itself, or its "workloads" member.
std::optional<QJsonArray> workloadList(const QByteArray& json, QString* error) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error =
            QCoreApplication::translate("ik::Workloads", "Not a workloads file: %1 at byte %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset);
        return std::nullopt;
    }
    if (doc.isArray())
        return doc.array();
    if (doc.isObject() && doc.object().value(QStringLiteral("workloads")).isArray())
        return doc.object().value(QStringLiteral("workloads")).toArray();
    *error = QCoreApplication::translate("ik::Workloads",
                                         "Not a workloads file: expected a \"workloads\" list.");
    return std::nullopt;
}

// The text fields of one entry the format knows; anything else is refused with the reason.
QHash<QString, QString> knownFields(const QJsonObject& o, const QString& where,
                                    QStringList* refused) {
    static const QStringList known = {QStringLiteral("id"),       QStringLiteral("name"),
                                      QStringLiteral("base_url"), QStringLiteral("project"),
                                      QStringLiteral("slug"),     QStringLiteral("kind")};
    QHash<QString, QString> fields;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString name = it.key();
        const QString value = it.value().isString() ? it.value().toString() : QString();
        // The SDK's ConfigurationError rule: a value that looks like a key in a field that
        // is not a key is refused; the file format has no key field at all.
        if (isSecretFieldName(name)) {
            refused->append(QCoreApplication::translate(
                                "ik::Workloads",
                                "%1: field \"%2\" refused: workload files never hold keys; add "
                                "the key in the workload's key field (it goes to the keychain).")
                                .arg(where, name));
            continue;
        }
        if (containsCredential(value)) {
            refused->append(QCoreApplication::translate(
                                "ik::Workloads",
                                "%1: field \"%2\" refused: its value looks like an InferenceKey "
                                "credential (%3), and keys never go in workload files.")
                                .arg(where, name, redactSecrets(value.trimmed()).left(80)));
            continue;
        }
        if (!known.contains(name)) {
            refused->append(
                QCoreApplication::translate("ik::Workloads", "%1: unknown field \"%2\" ignored.")
                    .arg(where, name));
            continue;
        }
        if (!it.value().isString()) {
            refused->append(QCoreApplication::translate("ik::Workloads",
                                                        "%1: field \"%2\" ignored: it is not text.")
                                .arg(where, name));
            continue;
        }
        fields.insert(name, value);
    }
    return fields;
}

// The workload an entry describes, when it is a valid one; else why it is skipped.
std::optional<Workload> workloadFrom(const QHash<QString, QString>& fields, const QString& where,
                                     QStringList* refused) {
    Workload w;
    w.id = fields.value(QStringLiteral("id"));
    if (QUuid::fromString(w.id).isNull())
        w.id = newWorkloadId();
    w.name = fields.value(QStringLiteral("name"));
    w.baseUrl = fields.value(QStringLiteral("base_url"));
    w.project = fields.value(QStringLiteral("project"));
    w.slug = fields.value(QStringLiteral("slug"));
    const QString kindName = fields.value(QStringLiteral("kind"), QStringLiteral("chat"));
    const auto kind = workloadKindFromName(kindName);
    if (!kind) {
        refused->append(
            QCoreApplication::translate("ik::Workloads", "%1: skipped, unknown kind \"%2\".")
                .arg(where, kindName));
        return std::nullopt;
    }
    w.kind = *kind;
    const WorkloadCheck check = checkWorkload(w);
    if (!check.ok()) {
        refused->append(QStringLiteral("%1 (%2): skipped: %3")
                            .arg(where, w.displayName(), check.errors.first().message));
        return std::nullopt;
    }
    return w;
}

} // namespace

WorkloadImport workloadsFromJson(const QByteArray& json) {
    WorkloadImport result;
    const std::optional<QJsonArray> list = workloadList(json, &result.error);
    if (!list)
        return result;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString where = QStringLiteral("workload %1").arg(i + 1);
        if (!list->at(i).isObject()) {
            result.refused.append(
                QCoreApplication::translate("ik::Workloads", "%1: skipped, it is not an object.")
                    .arg(where));
            continue;
        }
        const QHash<QString, QString> fields =
            knownFields(list->at(i).toObject(), where, &result.refused);
        if (auto w = workloadFrom(fields, where, &result.refused))
            result.workloads.append(*w);
    }
    return result;
}

WorkloadStore::WorkloadStore(QString path) : m_path(path.isEmpty() ? defaultPath() : path) {}

QString WorkloadStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workloads.json");
}

WorkloadImport WorkloadStore::load() const {
    QFile file(m_path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        WorkloadImport r;
        r.error = QCoreApplication::translate("ik::Workloads", "Cannot read %1: %2")
                      .arg(m_path, file.errorString());
        return r;
    }
    return workloadsFromJson(file.readAll());
}

bool WorkloadStore::save(const QList<Workload>& workloads, QString* error) const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // QSaveFile: a crash mid-write leaves the previous file, never half of one.
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ik::Workloads", "Cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    file.write(workloadsToJson(workloads));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ik::Workloads", "Cannot write %1: %2")
                         .arg(m_path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ik
