#pragma once
// The sandbox's own reading of credentials. Deliberately independent of core/credential: a test
// peer that shared the client's parser would agree with the client's bugs.

#include <QString>
#include <optional>

namespace ik::sandbox {

struct ParsedCredential {
    QString kind; // "live" or "sdk"
    QString id;   // 8 hex, public
};

// ik_(live|sdk)_<8 lower-case hex>_<64 lower-case hex>, nothing around it.
std::optional<ParsedCredential> parseCredential(const QString& token);

// WIRE.md's redacted form: ik_<kind>_<first 8 of id>… ; anything else is ik…
QString redact(const QString& token);

} // namespace ik::sandbox
