#include "error.h"

#include <QCoreApplication>

#include "credential.h"
#include "wire.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ik {

namespace {

// Server text can be a whole HTML page or a stack trace: keep what a person can read.
constexpr qsizetype kMaxMessage = 500;

ErrorKind kindForStatus(int status) {
    switch (status) {
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
        return ErrorKind::NotFound;
    case 400:
    case 422:
        return ErrorKind::BadRequest;
    case 429:
        return ErrorKind::RateLimited;
    default:
        return ErrorKind::Server;
    }
}

QString reasonPhrase(int status) {
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 422:
        return QStringLiteral("Unprocessable Entity");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return status > 0 ? QCoreApplication::translate("ik::Error", "HTTP status %1").arg(status)
                          : QString();
    }
}

// What the documented codes mean, for bodies that carry a code and no message.
QString describeCode(const QString& code) {
    if (code == u"wrong_credential_type")
        return QCoreApplication::translate("ik::Error",
                                           "this credential type cannot be used on this route");
    if (code == u"project_scope_mismatch")
        return QCoreApplication::translate(
            "ik::Error", "the key belongs to another project than the one in the path");
    if (code == u"scope_insufficient")
        return QCoreApplication::translate("ik::Error", "the key is not issued for this workload");
    return {};
}

QString clip(QString text) {
    text = text.trimmed();
    if (text.size() > kMaxMessage) {
        text.truncate(kMaxMessage);
        text += QChar(0x2026);
    }
    return text;
}

// A code is an identifier-like word; anything else in "error": "..." is prose.
bool looksLikeCode(const QString& s) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9_.\\-]*$"));
    return !s.isEmpty() && s.size() <= 64 && re.match(s).hasMatch();
}

QString jsonScalarText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// FastAPI-style {"detail": [{"loc": [...], "msg": "..."}]} from servers built on it (vLLM).
QString detailText(const QJsonValue& detail) {
    if (detail.isString())
        return detail.toString();
    if (detail.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : detail.toArray()) {
            const QJsonObject o = item.toObject();
            QString msg = o.value(u"msg").toString();
            if (msg.isEmpty())
                continue;
            QStringList loc;
            for (const QJsonValue& l : o.value(u"loc").toArray())
                loc << jsonScalarText(l);
            parts << (loc.isEmpty() ? msg : loc.join(u'.') + QStringLiteral(": ") + msg);
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

struct BodyInfo {
    QString code;
    QString message;
    int numericCode = 0; // llama.cpp puts the HTTP status in error.code
    bool recognised = false;
};

BodyInfo readJsonObject(const QJsonObject& root) {
    BodyInfo info;
    const QJsonValue error = root.value(u"error");
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QJsonValue code = e.value(u"code");
        if (code.isDouble())
            info.numericCode = code.toInt();
        info.code = code.isDouble() ? QString() : jsonScalarText(code);
        if (info.code.isEmpty())
            info.code = e.value(u"type").toString();
        info.message = jsonScalarText(e.value(u"message"));
        if (info.message.isEmpty())
            info.message = detailText(e.value(u"detail"));
        info.recognised = true;
    } else if (error.isString()) {
        const QString s = error.toString();
        if (looksLikeCode(s))
            info.code = s;
        else
            info.message = s;
        // {"error": "...", "message": "..."}: some gateways put the prose beside the code
        if (info.message.isEmpty())
            info.message = jsonScalarText(root.value(u"message"));
        info.recognised = true;
    } else {
        const QJsonValue code = root.value(u"code");
        if (code.isString())
            info.code = code.toString();
        info.message = jsonScalarText(root.value(u"message"));
        if (info.message.isEmpty())
            info.message = detailText(root.value(u"detail"));
        info.recognised = !info.message.isEmpty() || !info.code.isEmpty();
    }
    return info;
}

QString htmlTitle(const QString& text) {
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = title.match(text);
    return m.hasMatch() ? m.captured(1).simplified() : QString();
}

BodyInfo readBody(const QByteArray& body) {
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith('{')) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &pe);
        if (pe.error == QJsonParseError::NoError && doc.isObject()) {
            BodyInfo info = readJsonObject(doc.object());
            if (info.recognised)
                return info;
        }
    }
    BodyInfo info;
    const QString text = QString::fromUtf8(trimmed);
    if (text.startsWith(u'<')) {
        const QString title = htmlTitle(text);
        info.message =
            title.isEmpty()
                ? QCoreApplication::translate("ik::Error", "the server answered with an HTML page")
                : QCoreApplication::translate("ik::Error",
                                              "the server answered with an HTML page: ") +
                      title;
    } else {
        info.message = text;
    }
    return info;
}

Error build(ErrorKind kind, int status, const BodyInfo& info) {
    Error e;
    e.kind = kind;
    e.httpStatus = status;
    e.code = redactSecrets(info.code);
    QString message = info.message;
    if (message.trimmed().isEmpty())
        message = describeCode(info.code);
    if (message.isEmpty())
        message = status > 0
                      ? reasonPhrase(status)
                      : QCoreApplication::translate("ik::Error", "the server reported an error");
    // Redacted before the clip, so no key is cut into a shorter form that escapes; and after,
    // since the cut itself can turn a word that is no key into one the guard would read as a key.
    e.message = redactSecrets(clip(redactSecrets(message)));
    return e;
}

std::optional<QByteArray> header(const HeaderList& headers, QByteArrayView name) {
    for (const auto& [n, v] : headers)
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return std::nullopt;
}

QString secondsText(int s) {
    // English has no .qm to turn "%n second(s)" into words; the plural forms are the translations'.
    return s == 1 ? QCoreApplication::translate("ik::Error", "1 second")
                  : QCoreApplication::translate("ik::Error", "%n seconds", nullptr, s);
}

} // namespace

QString Error::summary() const {
    auto with = [this](const QString& head) {
        return message.isEmpty()
                   ? head
                   : QCoreApplication::translate("ik::Error", "%1: %2", "error kind: message")
                         .arg(head, message);
    };
    switch (kind) {
    case ErrorKind::Configuration:
        return with(QCoreApplication::translate("ik::Error", "configuration error"));
    case ErrorKind::Validation:
        return with(QCoreApplication::translate("ik::Error", "validation error"));
    case ErrorKind::Auth:
        return with(QCoreApplication::translate("ik::Error", "authentication failed"));
    case ErrorKind::Permission:
        return with(
            code.isEmpty()
                ? QCoreApplication::translate("ik::Error", "permission denied")
                : QCoreApplication::translate("ik::Error", "permission denied [%1]").arg(code));
    case ErrorKind::NotFound:
        return with(QCoreApplication::translate("ik::Error", "not found"));
    case ErrorKind::BadRequest:
        return with(QCoreApplication::translate("ik::Error", "bad request"));
    case ErrorKind::RateLimited: {
        QString s = with(QCoreApplication::translate("ik::Error", "rate limited"));
        if (retryAfterSeconds)
            s += QCoreApplication::translate("ik::Error", " (retry after %1)")
                     .arg(secondsText(*retryAfterSeconds));
        return s;
    }
    case ErrorKind::Server:
        return with(
            httpStatus > 0
                ? QCoreApplication::translate("ik::Error", "api error (status %1)").arg(httpStatus)
                : QCoreApplication::translate("ik::Error", "api error"));
    case ErrorKind::Network:
        return with(QCoreApplication::translate("ik::Error", "network error"));
    case ErrorKind::Timeout:
        return with(QCoreApplication::translate("ik::Error", "timeout"));
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("ik::Error", "cancelled");
    case ErrorKind::Truncated:
        return with(QCoreApplication::translate("ik::Error", "truncated stream"));
    case ErrorKind::Protocol:
        return with(QCoreApplication::translate("ik::Error", "protocol error"));
    }
    return message;
}

QString errorKindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Configuration:
        return QStringLiteral("configuration");
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Permission:
        return QStringLiteral("permission");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad_request");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Server:
        return QStringLiteral("server");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Truncated:
        return QStringLiteral("truncated");
    case ErrorKind::Protocol:
        return QStringLiteral("protocol");
    }
    return QStringLiteral("server");
}

int exitStatusFor(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::Configuration:
        return 3;
    case ErrorKind::Validation:
        return 4;
    case ErrorKind::Auth:
        return 5;
    case ErrorKind::Permission:
        return 6;
    case ErrorKind::NotFound:
        return 7;
    case ErrorKind::BadRequest:
        return 8;
    case ErrorKind::RateLimited:
        return 9;
    case ErrorKind::Server:
        return 10;
    case ErrorKind::Network:
        return 11;
    case ErrorKind::Timeout:
        return 12;
    case ErrorKind::Cancelled:
        return 13;
    case ErrorKind::Truncated:
        return 14;
    case ErrorKind::Protocol:
        return 15;
    }
    return 1;
}

QString badRequestHint(WorkloadKind route) {
    switch (route) {
    case WorkloadKind::Embedding:
        return QCoreApplication::translate(
                   "ik::Error", "The server rejected the request body: check the inputs (1 to %1 "
                                "texts, none blank) and that this is an embedding workload; the "
                                "message says which.")
            .arg(kMaxEmbeddingInputs);
    case WorkloadKind::Rerank:
        return QCoreApplication::translate(
            "ik::Error", "The server rejected the request body: check the query (not "
                         "blank), the documents (at least one, none blank) and top_n (at "
                         "least 1); the message says which.");
    case WorkloadKind::Chat:
        break;
    }
    return QCoreApplication::translate(
        "ik::Error", "The server rejected the request body: check the parameters "
                     "(max_tokens, temperature, stop, ...) against what this workload "
                     "accepts; the message says which.");
}

// A 403's hint, by the code the server gave.
static QString permissionHint(const QString& code) {
    if (code == u"wrong_credential_type")
        return QCoreApplication::translate(
            "ik::Error", "Use the workload's ik_live_ key for inference; an ik_sdk_ "
                         "control token only works on the control plane (/api/...), "
                         "and an ik_live_ key only on data routes.");
    if (code == u"project_scope_mismatch")
        return QCoreApplication::translate(
            "ik::Error", "The key belongs to another project than the one in the URL: "
                         "check the project slug, or use a key issued for this project.");
    if (code == u"scope_insufficient")
        return QCoreApplication::translate(
            "ik::Error", "The key is not issued for this workload: use this workload's "
                         "own key, or issue one scoped to it (or to project/*).");
    return QCoreApplication::translate(
        "ik::Error", "The key may not call this workload: check the project and "
                     "workload slugs and which workloads the key was issued for.");
}

// A 5xx's hint (a 503 may carry Retry-After), or of an unexpected status.
static QString serverHint(int httpStatus, std::optional<int> retryAfterSeconds) {
    if (httpStatus == 503)
        return retryAfterSeconds
                   ? QCoreApplication::translate(
                         "ik::Error", "The workload is unavailable, perhaps starting from cold: "
                                      "try again in %1 (the server's Retry-After).")
                         .arg(secondsText(*retryAfterSeconds))
                   : QCoreApplication::translate(
                         "ik::Error", "The workload is unavailable, perhaps starting from cold: "
                                      "try again in a minute.");
    if (httpStatus >= 500 || httpStatus == 0)
        return QCoreApplication::translate(
            "ik::Error", "The server failed to answer this request: try again; if it "
                         "keeps failing, check the workload's status and logs.");
    return QCoreApplication::translate(
               "ik::Error", "The server refused the request with status %1: read its message, "
                            "and check the base URL points at an InferenceKey or "
                            "OpenAI-compatible endpoint.")
        .arg(httpStatus);
}

QString hintFor(ErrorKind kind, const QString& code, int httpStatus,
                std::optional<int> retryAfterSeconds) {
    switch (kind) {
    case ErrorKind::Configuration:
        return QCoreApplication::translate(
            "ik::Error", "Check the workload settings: a base URL, a project, a workload and "
                         "the workload's ik_live_ key are needed, each in its own field.");
    case ErrorKind::Validation:
        return QCoreApplication::translate(
            "ik::Error", "Fix the request before sending: give either a prompt or a message "
                         "list, with no blank text, and at least one input to embed.");
    case ErrorKind::Auth:
        return QCoreApplication::translate(
            "ik::Error", "The server did not accept the key: it may be wrong, revoked, "
                         "expired or cut short by a bad paste. Paste the workload's ik_live_ "
                         "key again, or issue a new one.");
    case ErrorKind::Permission:
        return permissionHint(code);
    case ErrorKind::NotFound:
        return QCoreApplication::translate(
            "ik::Error", "Check the base URL and the project and workload slugs: the workload "
                         "may not exist or was never provisioned.");
    case ErrorKind::BadRequest:
        return badRequestHint(WorkloadKind::Chat);
    case ErrorKind::RateLimited:
        if (retryAfterSeconds)
            return QCoreApplication::translate(
                       "ik::Error", "Too many requests: wait %1 (the server's Retry-After) and try "
                                    "again.")
                .arg(secondsText(*retryAfterSeconds));
        return QCoreApplication::translate(
            "ik::Error", "Too many requests: wait a little and try again, or send fewer "
                         "requests at once.");
    case ErrorKind::Server:
        return serverHint(httpStatus, retryAfterSeconds);
    case ErrorKind::Network:
        return QCoreApplication::translate(
            "ik::Error", "The server could not be reached: check the base URL, your "
                         "connection, proxy and TLS setup.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate(
            "ik::Error", "The server did not answer in time: try again, or raise the timeout "
                         "(a cold workload can take a while to start).");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("ik::Error",
                                           "Stopped on request; the text received so far is kept.");
    case ErrorKind::Truncated:
        return QCoreApplication::translate(
            "ik::Error", "The connection closed before the end of the stream: the text shown "
                         "is incomplete. Try again.");
    case ErrorKind::Protocol:
        return QCoreApplication::translate(
            "ik::Error", "The server's reply does not follow the wire format: check the base "
                         "URL points at an InferenceKey or OpenAI-compatible endpoint.");
    }
    return QCoreApplication::translate("ik::Error", "Try again.");
}

bool isRetryable(const Error& error) {
    return error.kind == ErrorKind::RateLimited ||
           (error.kind == ErrorKind::Server && error.httpStatus == 503);
}

qint64 retryDelayMs(const Error& error, int attempt, int baseMs, int maxMs) {
    if (error.retryAfterSeconds)
        return qint64(*error.retryAfterSeconds) * 1000;
    return std::min<qint64>(qint64(baseMs) << std::clamp(attempt - 1, 0, 20), maxMs);
}

std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime& now) {
    const QByteArray v = value.trimmed().toByteArray();
    if (v.isEmpty())
        return std::nullopt;
    bool digits = true;
    for (char c : v)
        digits = digits && c >= '0' && c <= '9';
    if (digits) {
        bool ok = false;
        const qint64 s = v.toLongLong(&ok);
        if (!ok) // more digits than fit: clamp rather than forget the server asked to wait
            return std::numeric_limits<int>::max();
        return static_cast<int>(qMin<qint64>(s, std::numeric_limits<int>::max()));
    }
    const QString text = QString::fromLatin1(v).simplified();
    const QLocale c = QLocale::c();
    // IMF-fixdate; Qt's RFC 2822 reader does not take the "GMT" zone HTTP mandates
    QDateTime when = c.toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) // numeric zone, seen from some proxies
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid()) { // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        when = c.toDateTime(text, QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"));
        if (when.isValid() && when.date().year() < 1970)
            when = when.addYears(100);
    }
    if (!when.isValid()) // asctime: Sun Nov  6 08:49:37 1994 (simplified() merged the spaces)
        when = c.toDateTime(text, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!when.isValid())
        return std::nullopt;
    if (when.timeSpec() == Qt::LocalTime)
        when = QDateTime(when.date(), when.time(), Qt::UTC);
    const qint64 seconds = now.secsTo(when);
    return static_cast<int>(qBound<qint64>(0, seconds, qint64(std::numeric_limits<int>::max())));
}

Error errorFromHttp(int status, const QByteArray& body, const HeaderList& headers) {
    Error e = build(kindForStatus(status), status, readBody(body));
    if (status == 429 || status == 503) {
        if (const auto value = header(headers, "Retry-After"))
            e.retryAfterSeconds = parseRetryAfter(*value, QDateTime::currentDateTimeUtc());
    }
    e.hint = hintFor(e.kind, e.code, status, e.retryAfterSeconds);
    return e;
}

Error errorFromJsonError(const QByteArray& json, int status) {
    BodyInfo info = readBody(json);
    // Mid-stream there is no status; a numeric code (llama.cpp sends the status there) or a
    // documented code still says what kind of failure it was.
    int effective = status;
    if (effective == 0 && info.numericCode >= 400 && info.numericCode <= 599)
        effective = info.numericCode;
    ErrorKind kind = kindForStatus(effective);
    if (effective == 0) {
        if (info.code == u"wrong_credential_type" || info.code == u"project_scope_mismatch" ||
            info.code == u"scope_insufficient")
            kind = ErrorKind::Permission;
        else if (info.code == u"rate_limited" || info.code == u"rate_limit_exceeded")
            kind = ErrorKind::RateLimited;
    }
    Error e = build(kind, status, info);
    e.hint = hintFor(e.kind, e.code, effective, e.retryAfterSeconds);
    return e;
}

Error makeError(ErrorKind kind, const QString& message, const QString& hint) {
    Error e;
    e.kind = kind;
    e.message = redactSecrets(message);
    e.hint = hint.isEmpty() ? hintFor(kind) : hint;
    return e;
}

} // namespace ik
