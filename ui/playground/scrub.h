#pragma once
// Keeps a key out of what the playground writes even when it no longer looks like a key.
// redactSecrets() finds whole ik_<kind>_<id>_<secret> tokens; a model that echoes a pasted key
// may send its 64-hex secret as a bare word, or cut in pieces. The playground registers the
// secrets it sends with (in memory only) and scrubs every run of hex digits that shares at least
// kMinFragment characters with one of them.

#include <QList>
#include <QPair>
#include <QString>

namespace ik {

inline constexpr int kMinSecretFragment = 12;

void registerSecret(const QString& secret); // process memory only, never written
// redactSecrets(), then every fragment of a registered secret replaced by "…". `ranges` gets the
// fragments found, as [start, end) offsets in `text` as given.
QString scrubSecrets(const QString& text, QList<QPair<int, int>>* ranges = nullptr);

} // namespace ik
