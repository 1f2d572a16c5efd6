#include "httpversion.h"

#include <QNetworkAccessManager>
#include <QVariant>

namespace ik {

namespace {
// A dynamic property, so every holder of the manager sees the same choice without another
// object to pass around.
constexpr char kProperty[] = "ik_http2Allowed";
} // namespace

void setHttp2Allowed(QNetworkAccessManager* nam, bool allowed) {
    if (nam)
        nam->setProperty(kProperty, allowed);
}

bool http2Allowed(const QNetworkAccessManager* nam) {
    return nam && nam->property(kProperty).toBool();
}

void applyHttpVersion(const QNetworkAccessManager* nam, QNetworkRequest& request) {
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, http2Allowed(nam));
}

} // namespace ik
