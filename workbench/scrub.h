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
// Registers the secret of every ik_live_/ik_sdk_ credential found in `text` (a prompt the user
// chose to send with a key in it): a model that echoes it word by word then leaves no piece of it
// in history, the inspector or an export.
void registerSecretsIn(const QString& text);
// redactSecrets(), then every fragment of a registered secret replaced by "…". `ranges` gets the
// fragments found, as [start, end) offsets in `text` as given.
QString scrubSecrets(const QString& text, QList<QPair<int, int>>* ranges = nullptr);

} // namespace ik
