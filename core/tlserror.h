#pragma once
// What a failed certificate check means, in words a user can act on: who issued the
// certificate when this machine does not trust it, which names it carries when they do not match
// the host, when it expired. TLS verification is never switched off (DESIGN.md "Anti-patterns":
// "TLS verification switched off"); the fix offered is to trust the right CA.

#include "error.h"

#include <QList>
#include <QSslError>
#include <QUrl>

namespace ik {

// nullopt when errors is empty (the handshake failed for another reason).
std::optional<Error> certificateError(const QList<QSslError>& errors, const QUrl& url);

} // namespace ik
