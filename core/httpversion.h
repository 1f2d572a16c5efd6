#pragma once
// Which HTTP version a request may use, decided in one place for every request a network access
// manager carries (data plane and control plane alike). Qt 6 allows HTTP/2 by default: over
// https it is negotiated by ALPN, so a server that does not offer h2 gets HTTP/1.1 anyway; over
// plain http Qt never tries h2 (no h2c without prior knowledge), so this only matters for https.
//
// The default here is HTTP/1.1 only, because it is the faster one with Qt 6.4 (bench_http2): on a
// kept-alive connection HTTP/2 adds about 40 ms to the first token, the signature of Nagle
// against the server's delayed ACK (Qt's HTTP channel leaves TCP_NODELAY off, and an HTTP/2 POST
// goes out as HEADERS then DATA). curl's HTTP/2 through the same front answers in under 1 ms, so
// it is this client, not the protocol.
//
// The choice lives on the manager (a window or ik-call shares one), so whoever builds a request
// asks applyHttpVersion() instead of setting the attribute at each call site.

#include <QNetworkRequest>

class QNetworkAccessManager;

namespace ik {

// Every request on nam from now on: HTTP/2 when the server offers it (true), or HTTP/1.1 only
// (false, the default).
void setHttp2Allowed(QNetworkAccessManager* nam, bool allowed);
bool http2Allowed(const QNetworkAccessManager* nam); // false when never set or no manager
// Sets the request's HTTP/2 attribute from the manager's choice.
void applyHttpVersion(const QNetworkAccessManager* nam, QNetworkRequest& request);

} // namespace ik
