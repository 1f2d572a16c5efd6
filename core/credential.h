#pragma once
// Credential parsing, the guard's verdict on a key, and redaction (WIRE.md "Two planes, two
// tokens"). Pure: no I/O. The secret part of a key must never leave this file's callers except on
// the wire.

#include <QString>
#include <QStringList>

namespace ik {

enum class CredentialKind {
    Empty,        // nothing at all
    DataKey,      // ik_live_<8 hex>_<64 hex>
    ControlToken, // ik_sdk_<8 hex>_<64 hex>
    Malformed,    // starts like an InferenceKey credential but does not parse
    Foreign,      // something else, e.g. an OpenAI-style sk-... key
};

struct Credential {
    CredentialKind kind = CredentialKind::Empty;
    QString prefix; // "ik_live_" / "ik_sdk_" / "ik_<other>_" or empty
    QString id;     // the public 8-hex id (may be shown)
    QString secret; // the 64-hex secret (never shown, logged, or written)

    static Credential parse(QStringView text); // no normalisation: exactly the text given
};

struct Verdict {
    enum class Status {
        Ok,        // a well-formed ik_live_ key (or a foreign key for a non-InferenceKey endpoint)
        WrongType, // an ik_sdk_ control token where a data key belongs
        Malformed, // an ik_ credential that does not parse; reason says exactly what
        Fixable,   // whitespace/newline/quotes/"Bearer " around a good key: normalised() is offered
        Missing,   // empty
        Foreign,   // not an InferenceKey key, for an InferenceKey endpoint
        Risky,     // sendable, but the guard asks first (used by the UI's guard)
    };
    Status status = Status::Missing;
    QString reason;      // one sentence, user-facing, never contains the secret
    QString fix;         // what to do about it
    QString normalised;  // Fixable only: the key with the safe fixes applied
    QStringList changes; // Fixable only: what normalisation changed, user-facing
    bool sendable() const { return status == Status::Ok || status == Status::Risky; }
};

// inferenceKeyEndpoint: false for an OpenAI-compatible endpoint that is not InferenceKey, where a
// foreign key (sk-..., anything) is fine.
Verdict judgeKey(const QString& raw, bool inferenceKeyEndpoint = true);

// Applies only the safe fixes: surrounding whitespace and newlines, surrounding quotes,
// a leading "Bearer ". `changes` gets one user-facing line per change.
QString normaliseKey(const QString& raw, QStringList* changes = nullptr);

// "ik_<kind>_" + first 8 characters of the id + U+2026 (kept in the case given), or "ik…" when it
// does not parse or the kind is not a short word of letters (what stands there may be a secret).
QString redactKey(QStringView key);

// Replaces every ik_<kind>_<id>_<secret>-looking token in free text (server messages, logs,
// headers) by its redacted form: any kind, any case, and keys mangled on the way (invisible
// characters such as a zero-width space anywhere in them, %5F for '_', a line break inside the
// id or the secret).
QString redactSecrets(const QString& text);

// True when `text` contains a token redactSecrets would redact: the guard, the redaction and
// the scrubber agree on what a key is.
bool containsCredential(const QString& text);

} // namespace ik
