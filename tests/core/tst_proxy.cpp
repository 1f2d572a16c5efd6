// Which proxy a request takes, read from the environment as curl reads it, and the two rules
// that keep a key private: https only as a CONNECT tunnel, plain http only to a loopback proxy.

#include "proxy.h"

#include <QNetworkProxy>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

QProcessEnvironment envOf(const QStringList& pairs) {
    QProcessEnvironment env;
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return env;
}

} // namespace

class TstProxy : public QObject {
    Q_OBJECT

private slots:
    void chooses_data() {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("proxy"); // empty: direct
        const QString api = u"https://api.inferencekey.com/endpoint/acme/bot/v1/models"_s;
        QTest::newRow("nothing set") << QStringList{} << api << QString();
        QTest::newRow("https_proxy") << QStringList{u"https_proxy=http://proxy.corp:3128"_s} << api
                                     << u"http://proxy.corp:3128"_s;
        QTest::newRow("HTTPS_PROXY")
            << QStringList{u"HTTPS_PROXY=proxy.corp:3128"_s} << api << u"http://proxy.corp:3128"_s;
        QTest::newRow("lower case wins")
            << QStringList{u"https_proxy=http://a:1"_s, u"HTTPS_PROXY=http://b:2"_s} << api
            << u"http://a:1"_s;
        QTest::newRow("all_proxy")
            << QStringList{u"ALL_PROXY=http://all:8080"_s} << api << u"http://all:8080"_s;
        QTest::newRow("http_proxy is not for https")
            << QStringList{u"http_proxy=http://127.0.0.1:3128"_s} << api << QString();
        QTest::newRow("no port: 1080 as curl") << QStringList{u"https_proxy=http://proxy.corp"_s}
                                               << api << u"http://proxy.corp:1080"_s;
        QTest::newRow("NO_PROXY domain")
            << QStringList{u"https_proxy=http://p:1"_s, u"NO_PROXY=inferencekey.com"_s} << api
            << QString();
        QTest::newRow("no_proxy .domain")
            << QStringList{u"https_proxy=http://p:1"_s, u"no_proxy=.inferencekey.com"_s} << api
            << QString();
        QTest::newRow("no_proxy other domain")
            << QStringList{u"https_proxy=http://p:1"_s, u"no_proxy=key.com,example.org"_s} << api
            << u"http://p:1"_s;
        QTest::newRow("no_proxy star")
            << QStringList{u"https_proxy=http://p:1"_s, u"no_proxy=*"_s} << api << QString();
        QTest::newRow("no_proxy subnet")
            << QStringList{u"https_proxy=http://p:1"_s, u"no_proxy=10.0.0.0/8"_s}
            << u"https://10.2.3.4/v1"_s << QString();
        // Plain http: only through a proxy on this machine, which the key may reach.
        QTest::newRow("http via loopback proxy")
            << QStringList{u"http_proxy=http://127.0.0.1:3128"_s} << u"http://127.0.0.1:8931/x"_s
            << u"http://127.0.0.1:3128"_s;
        QTest::newRow("http never via a remote proxy")
            << QStringList{u"http_proxy=http://proxy.corp:3128"_s} << u"http://127.0.0.1:8931/x"_s
            << QString();
        QTest::newRow("HTTP_PROXY ignored (httpoxy)")
            << QStringList{u"HTTP_PROXY=http://127.0.0.1:3128"_s} << u"http://127.0.0.1:8931/x"_s
            << QString();
    }
    void chooses() {
        QFETCH(QStringList, env);
        QFETCH(QString, target);
        QFETCH(QString, proxy);
        QStringList problems;
        const ProxyRules rules = proxyRulesFromEnvironment(envOf(env), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const std::optional<QUrl> chosen = proxyFor(rules, QUrl(target));
        QCOMPARE(chosen ? chosen->toString() : QString(), proxy);
    }

    void aMalformedProxyIsNamedNotIgnored() {
        QStringList problems;
        const ProxyRules rules =
            proxyRulesFromEnvironment(envOf({u"https_proxy=socks5://x:1"_s}), &problems);
        QVERIFY(rules.isEmpty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"https_proxy is not a proxy URL"_s),
                 qPrintable(problems.first()));
        QVERIFY(problems.first().contains(u"expected http://host:port"_s));
    }

    void settingsOverrideTheEnvironment() {
        const QProcessEnvironment env = envOf({u"https_proxy=http://env:1"_s});
        const QUrl api(u"https://api.inferencekey.com/"_s);
        QCOMPARE(proxyFor(proxyRulesFromSetting({}, {}, env), api)->host(), u"env"_s);
        QCOMPARE(proxyFor(proxyRulesFromSetting(u"system"_s, {}, env), api)->host(), u"env"_s);
        QVERIFY(!proxyFor(proxyRulesFromSetting(u"none"_s, {}, env), api));
        const ProxyRules set = proxyRulesFromSetting(u"http://mine:8080"_s, u"internal"_s, env);
        QCOMPARE(set.source, u"settings"_s);
        QCOMPARE(proxyFor(set, api)->toString(), u"http://mine:8080"_s);
        QVERIFY(!proxyFor(set, QUrl(u"https://svc.internal/"_s)));
    }

    void theFactoryTunnelsThroughAnHttpProxy() {
        RulesProxyFactory factory(
            proxyRulesFromEnvironment(envOf({u"https_proxy=http://p:3128"_s})));
        const QList<QNetworkProxy> tunnel =
            factory.queryProxy(QNetworkProxyQuery(QUrl(u"https://api.inferencekey.com/"_s)));
        QCOMPARE(tunnel.size(), 1);
        // Qt's HttpProxy opens a CONNECT tunnel for TLS: the proxy relays bytes it cannot read.
        QCOMPARE(tunnel.first().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(tunnel.first().hostName(), u"p"_s);
        QCOMPARE(tunnel.first().port(), 3128);
        const QList<QNetworkProxy> direct =
            factory.queryProxy(QNetworkProxyQuery(QUrl(u"http://127.0.0.1:1/"_s)));
        QCOMPARE(direct.first().type(), QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TstProxy)

#include "tst_proxy.moc"
