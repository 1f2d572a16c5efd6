// ik-call: chat, stream, embed, rerank and evalret against any workload from a terminal, over the
// same core as the playground. The command line is read in options.cpp, the command runs in
// call.cpp, and what is printed is shaped in output.cpp.

#include "buildinfo.h"
#include "call.h"
#include "error.h"
#include "eval.h"
#include "keystore.h"
#include "options.h"
#include "output.h"
#include "proxy.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

#include <csignal>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace ik;
using namespace ikcall;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    // A signal handler may only do async-signal-safe things: wake the event loop through a pipe.
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

// The command line read into *o; an exit status when it is help, version or wrong.
std::optional<int> parseCommandLine(const QCoreApplication& app, Options* o) {
    QCommandLineParser p;
    p.setApplicationDescription(description());
    addOptions(p);
    if (!p.parse(app.arguments()))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        writeOut(p.helpText().toUtf8());
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        writeOut((ik::versionLine(QStringLiteral("ik-call")) + u'\n').toUtf8());
        return 0;
    }
    return readOptions(p, o);
}

// The key's last source: the workload's keychain entry. Starts the call with it, or ends the
// application with the reason there is no key.
void startWithKeychainKey(KeychainKeyStore& keychain, const Options& o,
                          const std::function<void(const QString&)>& startWithKey) {
    const QString account = keychainAccount(o.ref);
    keychain.read(account, [startWithKey, account](const KeyStoreResult& r) {
        if (r.ok() && !r.secret.isEmpty()) {
            startWithKey(r.secret);
            return;
        }
        QString why = r.status == KeyStoreResult::Status::NotFound
                          ? QStringLiteral("no entry for %1 in the keychain").arg(account)
                          : r.message;
        QCoreApplication::exit(failWith(makeError(
            ErrorKind::Configuration, QStringLiteral("no ik_live_ key supplied (%1)").arg(why),
            QStringLiteral("set INFERENCEKEY_API_KEY, pass --api-key-env NAME, or store the "
                           "workload's key with the playground"))));
    });
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ik-call"));
    QCoreApplication::setApplicationVersion(ik::buildVersion());
    if (isEvalCommand(app.arguments()))
        return evalMain(app);

    Options o;
    if (auto status = parseCommandLine(app, &o))
        return *status;
    // Proxies as curl reads them (proxy.h); a malformed one stops here rather than going direct.
    QStringList proxyProblems;
    o.proxy = proxyRulesFromEnvironment(QProcessEnvironment::systemEnvironment(), &proxyProblems);
    if (!proxyProblems.isEmpty())
        return failWith(makeError(
            ErrorKind::Configuration, proxyProblems.first(),
            QStringLiteral("fix or unset it: ik-call reads https_proxy, HTTPS_PROXY, http_proxy, "
                           "all_proxy and NO_PROXY as curl does")));
    if (!o.caFile.isEmpty()) {
        // Added to the system's CAs for this process: verification itself stays on.
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(o.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return failWith(makeError(
                ErrorKind::Configuration,
                QStringLiteral("--ca-file %1 holds no PEM certificate").arg(o.caFile),
                QStringLiteral("pass the CA certificate (-----BEGIN CERTIFICATE-----), not a key "
                               "or a DER file")));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(cas);
        QSslConfiguration::setDefaultConfiguration(tls);
    }
    // The key: an explicit variable, else the SDK's variable, else the keychain.
    QString key;
    if (auto status = keyFromEnvironment(o, &key))
        return *status;

    if (::pipe(g_signalPipe) != 0)
        return failWith(
            makeError(ErrorKind::Configuration, QStringLiteral("cannot create a pipe")));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    std::unique_ptr<Call> call;
    auto startWithKey = [&](const QString& k) {
        call = std::make_unique<Call>(o, k);
        call->start();
    };
    QSocketNotifier sigNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&sigNotifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        if (call)
            call->cancel();
        else
            QCoreApplication::exit(exitStatusFor(ErrorKind::Cancelled));
    });

    KeychainKeyStore keychain;
    // evalret reads each workload's keychain entry as it reaches that workload.
    if (!key.isEmpty() || o.command == QLatin1String("evalret"))
        QTimer::singleShot(0, &app, [&] { startWithKey(key); });
    else
        startWithKeychainKey(keychain, o, startWithKey);
    return app.exec();
}
