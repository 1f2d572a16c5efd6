#pragma once
// One error type for every failure a run or a local check can end in (WIRE.md "Errors").

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <optional>

class QDateTime;

namespace ik {

enum class ErrorKind {
    Configuration, // local: no project, no key, a key where a non-key belongs, refused key
    Validation,    // local: blank prompt, prompt XOR messages, empty embed input
    Auth,          // 401
    Permission,    // 403 (code tells which)
    NotFound,      // 404
    BadRequest,    // 400 (and 422)
    RateLimited,   // 429
    Server,        // other non-2xx, 5xx, 503 cold start
    Network,       // no response: DNS, refused, TLS, redirect refused
    Timeout,       // connect or idle timeout
    Cancelled,     // the user stopped it
    Truncated,     // the stream closed before [DONE]
    Protocol,      // the server broke the wire format (bad JSON body, event over the ceiling)
};

struct Error {
    ErrorKind kind = ErrorKind::Server;
    int httpStatus = 0;                   // 0 when there was no HTTP response
    QString code;                         // server code, e.g. "wrong_credential_type"
    QString message;                      // server or local message, keys redacted
    QString hint;                         // what the user should do, always non-empty
    std::optional<int> retryAfterSeconds; // 429/503 Retry-After

    // The SDK's wording: "permission denied [wrong_credential_type]: ...",
    // "authentication failed: ...", "not found: ...", "api error (status 503): ...".
    QString summary() const;
};

QString errorKindName(ErrorKind kind); // "auth", "permission", ... (stable, used in --json and UI)

// Process exit status ik-call uses for each kind (0 is success, 2 is usage).
int exitStatusFor(ErrorKind kind);

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Classifies a non-2xx response. Reads every body shape of WIRE.md and Retry-After (seconds or
// HTTP date) from the headers on 429 and 503. Messages are redacted.
Error errorFromHttp(int status, const QByteArray& body, const HeaderList& headers);

// A `{"error": ...}` object (mid-stream frame or body) to an Error; status is 0 mid-stream.
Error errorFromJsonError(const QByteArray& json, int status);

Error makeError(ErrorKind kind, const QString& message, const QString& hint = {});

// Retry-After as delay-seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime), in whole
// seconds from `now` (a date in the past gives 0); nullopt when unreadable.
std::optional<int> parseRetryAfter(QByteArrayView value, const QDateTime& now);

// A 429, or a 503 (a workload starting after being idle): the same request may succeed after a
// wait. Anything else is an answer.
bool isRetryable(const Error& error);
// How long to wait before trying again after `attempt` tries (counting from 1): the server's
// Retry-After when it gave one, else baseMs doubled per try, at most maxMs.
qint64 retryDelayMs(const Error& error, int attempt, int baseMs = 500, int maxMs = 30000);

enum class WorkloadKind;
// What to check when a route answers 400: the fields that route takes (chat's sampling
// parameters, the embeddings inputs and their limit, rerank's query, documents and top_n).
QString badRequestHint(WorkloadKind route);

// The default hint for a kind (and, for 403, the server code), as errorFromHttp sets it.
QString hintFor(ErrorKind kind, const QString& code = {}, int httpStatus = 0,
                std::optional<int> retryAfterSeconds = std::nullopt);

} // namespace ik

Q_DECLARE_METATYPE(ik::Error)
