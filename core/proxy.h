#pragma once
// Which proxy a request goes through, read from the environment as curl reads it:
// https_proxy / HTTPS_PROXY for https, http_proxy for http (curl ignores upper-case HTTP_PROXY,
// which a CGI request can set: "httpoxy"), all_proxy / ALL_PROXY for either, and no_proxy /
// NO_PROXY for the hosts reached directly. A settings override replaces the environment.
//
// Two rules keep keys private (DESIGN.md "Rules that hold everywhere"):
// - https goes through the proxy as a CONNECT tunnel (Qt's HttpProxy does that for TLS), so the
//   proxy carries bytes it cannot read, the key among them;
// - plain http goes through a proxy only when that proxy is on loopback itself: an ik_live_ key
//   over http is only ever sent to loopback (the guard), and a proxy elsewhere would read it in
//   the clear (and could not reach this machine's loopback anyway).

#include <QList>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ik {

struct ProxyRules {
    QUrl http;           // for http:// targets
    QUrl https;          // for https:// targets
    QStringList noProxy; // host names, .domains, IP addresses, or "*" for every host
    QString source;      // where the rules came from, for the inspector: "environment", "settings"
    bool isEmpty() const { return http.isEmpty() && https.isEmpty(); }
};

// The rules in env (the process environment when not given). A value that is not a URL (curl
// also accepts "host:port") gets http:// in front; a malformed one is dropped and named in
// *problems, so a typo is reported rather than silently sending direct.
ProxyRules proxyRulesFromEnvironment(const QProcessEnvironment& env,
                                     QStringList* problems = nullptr);
// A settings override: "none" (direct), "system"/empty (the environment), or one proxy URL for
// both schemes, with noProxy as given.
ProxyRules proxyRulesFromSetting(const QString& setting, const QString& noProxy,
                                 const QProcessEnvironment& env, QStringList* problems = nullptr);

// The proxy for target, or nullopt to connect directly.
std::optional<QUrl> proxyFor(const ProxyRules& rules, const QUrl& target);
bool bypassesProxy(const QStringList& noProxy, const QString& host);

// The rules as Qt's proxy factory, for QNetworkProxyFactory::setApplicationProxyFactory().
class RulesProxyFactory : public QNetworkProxyFactory {
public:
    explicit RulesProxyFactory(ProxyRules rules) : m_rules(std::move(rules)) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;
    const ProxyRules& rules() const { return m_rules; }

private:
    ProxyRules m_rules;
};

} // namespace ik
