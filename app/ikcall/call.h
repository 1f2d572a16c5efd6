#pragma once
// One ik-call command run against its workload: chat (whole or streamed), embed or rerank, and
// what it prints when the run ends. It ends the application with the exit status.

#include "embedmath.h"
#include "httpversion.h"
#include "jsonschema.h"
#include "options.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>

namespace ik {
class Endpoint;
class Run;
} // namespace ik

namespace ikcall {

class EvalRet;

class Call : public QObject {
public:
    Call(Options opt, QString key) : m_opt(std::move(opt)), m_key(std::move(key)) {
        // On the manager, not application-wide: Qt's global proxy path sends loopback direct,
        // and a proxy on loopback is what the rules allow for plain http (proxy.h).
        m_nam.setProxyFactory(new ik::RulesProxyFactory(m_opt.proxy));
        ik::setHttp2Allowed(&m_nam, m_opt.http2);
    }

    void start();
    void cancel();

private:
    void startChat();
    void chatEnded();
    // Embed and rerank print nothing partial: a failure is the error (and its JSON) only.
    bool exitOnFailure(const ik::Run& r);
    void endThinking();
    int schemaMismatch(const ik::SchemaResult& schema);
    static QJsonObject timingsJson(const ik::Run& r);
    static void addLogprobs(const ik::Run& r, QJsonObject* o);
    void startEmbed();
    void embedEnded();
    bool keepInCache(const ik::embed::Vectors& vectors);
    void startRerank();
    void rerankEnded();

    Options m_opt;
    QString m_key;
    QNetworkAccessManager m_nam;
    ik::Endpoint* m_endpoint = nullptr;
    ik::Run* m_run = nullptr;
    EvalRet* m_evalret = nullptr;
    QStringList m_inputs;
    bool m_printed = false;
    bool m_thinking = false; // "thinking: ..." is open on standard error
};

} // namespace ikcall
