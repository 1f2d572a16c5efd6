#include "proxy.h"

#include <QCoreApplication>

#include <QHostAddress>
#include <QNetworkProxy>

namespace ik {

namespace {

QString firstSet(const QProcessEnvironment& env, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        const QString value = env.value(QString::fromLatin1(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QUrl proxyUrl(const QString& value, const char* name, QStringList* problems) {
    if (value.isEmpty())
        return {};
    QUrl url(value.contains(QStringLiteral("://")) ? value : QStringLiteral("http://") + value);
    const bool supported = url.scheme() == u"http" || url.scheme() == u"https";
    if (!url.isValid() || url.host().isEmpty() || !supported) {
        if (problems)
            problems->append(
                QCoreApplication::translate(
                    "ik::Proxy", "%1 is not a proxy URL: \"%2\" (expected http://host:port)")
                    .arg(QString::fromLatin1(name), url.toString(QUrl::RemoveUserInfo)));
        return {};
    }
    if (url.port() < 0)
        url.setPort(url.scheme() == u"https" ? 443 : 1080);
    return url;
}

QStringList splitNoProxy(const QString& value) {
    QStringList out;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed().toLower();
        if (!entry.isEmpty())
            out.append(entry);
    }
    return out;
}

bool isLoopback(const QString& host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ProxyRules proxyRulesFromEnvironment(const QProcessEnvironment& env, QStringList* problems) {
    ProxyRules rules;
    rules.source = QStringLiteral("environment");
    const QString all = firstSet(env, {"all_proxy", "ALL_PROXY"});
    const QString http = firstSet(env, {"http_proxy"});
    const QString https = firstSet(env, {"https_proxy", "HTTPS_PROXY"});
    rules.http = proxyUrl(http.isEmpty() ? all : http, http.isEmpty() ? "all_proxy" : "http_proxy",
                          problems);
    rules.https = proxyUrl(https.isEmpty() ? all : https,
                           https.isEmpty() ? "all_proxy" : "https_proxy", problems);
    rules.noProxy = splitNoProxy(firstSet(env, {"no_proxy", "NO_PROXY"}));
    return rules;
}

ProxyRules proxyRulesFromSetting(const QString& setting, const QString& noProxy,
                                 const QProcessEnvironment& env, QStringList* problems) {
    const QString value = setting.trimmed();
    if (value.isEmpty() || value == u"system")
        return proxyRulesFromEnvironment(env, problems);
    ProxyRules rules;
    rules.source = QStringLiteral("settings");
    if (value == u"none")
        return rules;
    rules.http = proxyUrl(value, "the proxy setting", problems);
    rules.https = rules.http;
    rules.noProxy = splitNoProxy(noProxy);
    return rules;
}

bool bypassesProxy(const QStringList& noProxy, const QString& host) {
    const QString h = host.toLower();
    for (const QString& entry : noProxy) {
        if (entry == u"*")
            return true;
        // curl: "example.com" and ".example.com" both match the domain and its subdomains.
        const QString domain = entry.startsWith(u'.') ? entry.mid(1) : entry;
        if (h == domain || h.endsWith(u'.' + domain))
            return true;
        const QHostAddress address(h);
        if (!address.isNull() && entry.contains(u'/') &&
            address.isInSubnet(QHostAddress::parseSubnet(entry)))
            return true;
    }
    return false;
}

std::optional<QUrl> proxyFor(const ProxyRules& rules, const QUrl& target) {
    const bool https = target.scheme() == u"https";
    const QUrl& proxy = https ? rules.https : rules.http;
    if (proxy.isEmpty() || bypassesProxy(rules.noProxy, target.host()))
        return std::nullopt;
    if (!https && !isLoopback(proxy.host()))
        return std::nullopt;
    return proxy;
}

QList<QNetworkProxy> RulesProxyFactory::queryProxy(const QNetworkProxyQuery& query) {
    const std::optional<QUrl> proxy = proxyFor(m_rules, query.url());
    if (!proxy)
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    QNetworkProxy p(QNetworkProxy::HttpProxy, proxy->host(), quint16(proxy->port()),
                    proxy->userName(), proxy->password());
    return {p};
}

} // namespace ik
