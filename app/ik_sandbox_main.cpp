// ik-sandbox: the loopback emulator of the InferenceKey platform, as a program.
#include "buildinfo.h"
#include "sandbox.h"
#include "tls.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QTemporaryDir>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only write() is async-signal-safe; the event loop reads the pipe and quits.
void onSignal(int) {
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
}

[[noreturn]] void usageError(const QString& message) {
    std::fprintf(stderr, "ik-sandbox: %s\n", qPrintable(message));
    std::fprintf(stderr, "Try 'ik-sandbox --help'.\n");
    std::exit(2);
}

struct CommandLine {
    QCommandLineOption port{QStringLiteral("port"),
                            QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                            QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption config{
        QStringLiteral("config"),
        QStringLiteral("JSON file of projects, workloads, keys and control tokens "
                       "(format: sandbox/sandbox.h). Default: the built-in demo."),
        QStringLiteral("FILE")};
    QCommandLineOption rate{
        QStringLiteral("tokens-per-second"),
        QStringLiteral("Pace of streamed tokens; 0 or less streams as fast as possible."),
        QStringLiteral("R"), QStringLiteral("40")};
    QCommandLineOption fault{QStringLiteral("fault"),
                             QStringLiteral("Inject a fault into every request (see above)."),
                             QStringLiteral("NAME")};
    QCommandLineOption reply{
        QStringLiteral("reply-tokens"),
        QStringLiteral("Make every chat reply exactly N tokens long (benchmarks); 0: natural."),
        QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QStringLiteral("Displays version information.")};
    QCommandLineOption tls{
        QStringLiteral("tls"),
        QStringLiteral("Serve https with a certificate signed by a local CA made at start "
                       "(openssl); prints the CA's path on a line \"ca PATH\" for --ca-file.")};
    QCommandLineOption tlsDir{QStringLiteral("tls-dir"),
                              QStringLiteral("Where --tls writes its CA, certificate and key "
                                             "(default: a new folder in the temporary folder)."),
                              QStringLiteral("DIR")};
    QCommandLineOption tlsName{
        QStringLiteral("tls-name"),
        QStringLiteral("A name the certificate is for (repeatable; default localhost and "
                       "127.0.0.1). Leave out 127.0.0.1 to try a hostname mismatch."),
        QStringLiteral("NAME")};
    QCommandLineOption tlsExpired{QStringLiteral("tls-expired"),
                                  QStringLiteral("Make the certificate one that expired "
                                                 "yesterday, to try that error.")};
    QCommandLineParser parser;

    CommandLine() {
        parser.setApplicationDescription(
            QStringLiteral(
                "A local, loopback-only emulator of the InferenceKey data plane and of the "
                "control plane's workload list: demo workloads, demo keys, deterministic "
                "text, lexical embeddings, injectable faults.\n\nFaults (--fault, or per "
                "request with the header X-Sandbox-Fault: NAME[,NAME...]):\n  ") +
            ik::sandbox::faultNames().join(QStringLiteral("\n  ")));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOptions({port, config, rate, fault, reply, tls, tlsDir, tlsName, tlsExpired});
    }
};

struct Settings {
    uint port = 0;
    double rate = 40;
    int replyTokens = 0;
    QString fault;
    ik::sandbox::Config config = ik::sandbox::Config::builtIn();
    std::optional<ik::sandbox::TlsFiles> tls;
};

void readNumbers(const CommandLine& c, Settings* s) {
    const QCommandLineParser& parser = c.parser;
    bool ok = false;
    s->port = parser.value(c.port).toUInt(&ok);
    if (!ok || s->port > 65535)
        usageError(QStringLiteral("--port must be a number from 0 to 65535, got \"%1\"")
                       .arg(parser.value(c.port)));
    s->rate = parser.value(c.rate).toDouble(&ok);
    if (!ok || !std::isfinite(s->rate))
        usageError(QStringLiteral("--tokens-per-second must be a number, got \"%1\"")
                       .arg(parser.value(c.rate)));
    s->replyTokens = parser.value(c.reply).toInt(&ok);
    if (!ok || s->replyTokens < 0)
        usageError(QStringLiteral("--reply-tokens must be a whole number >= 0, got \"%1\"")
                       .arg(parser.value(c.reply)));
}

void readFault(const CommandLine& c, Settings* s) {
    s->fault = c.parser.value(c.fault).trimmed();
    for (const QString& f : s->fault.split(u',', Qt::SkipEmptyParts))
        if (!ik::sandbox::faultNames().contains(f.trimmed()))
            usageError(QStringLiteral("unknown fault \"%1\"; known faults: %2")
                           .arg(f.trimmed(), ik::sandbox::faultNames().join(QStringLiteral(", "))));
}

void readConfig(const CommandLine& c, Settings* s) {
    if (!c.parser.isSet(c.config))
        return;
    const QString path = c.parser.value(c.config);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        usageError(QStringLiteral("cannot read config %1: %2").arg(path, file.errorString()));
    QString error;
    const auto parsed = ik::sandbox::Config::fromJson(file.readAll(), &error);
    if (!parsed)
        usageError(QStringLiteral("config %1: %2").arg(path, error));
    s->config = *parsed;
}

// --tls: the files are made before the event loop starts (tls.h).
void readTls(const CommandLine& c, Settings* s) {
    if (!c.parser.isSet(c.tls))
        return;
    ik::sandbox::TlsOptions options;
    if (c.parser.isSet(c.tlsName))
        options.names = c.parser.values(c.tlsName);
    options.expired = c.parser.isSet(c.tlsExpired);
    QString dir = c.parser.value(c.tlsDir);
    if (dir.isEmpty()) {
        QTemporaryDir temporary(QDir::tempPath() + QStringLiteral("/ik-sandbox-tls-XXXXXX"));
        temporary.setAutoRemove(false); // the CA must outlive this process for clients to use
        dir = temporary.path();
    }
    QString error;
    s->tls = ik::sandbox::makeTlsFiles(dir, options, &error);
    if (!s->tls) {
        std::fprintf(stderr, "ik-sandbox: --tls: %s\n", qPrintable(error));
        std::exit(1);
    }
}

// The settings from the command line; a usage error ends the program.
Settings readSettings() {
    CommandLine c;
    if (!c.parser.parse(QCoreApplication::arguments()))
        usageError(c.parser.errorText());
    if (c.parser.isSet(QStringLiteral("help")))
        c.parser.showHelp(0);
    if (c.parser.isSet(c.version)) {
        std::printf("%s\n", qPrintable(ik::versionLine(QStringLiteral("ik-sandbox"))));
        std::exit(0);
    }
    if (!c.parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument \"%1\"")
                       .arg(c.parser.positionalArguments().constFirst()));
    Settings s;
    readNumbers(c, &s);
    readFault(c, &s);
    readConfig(c, &s);
    readTls(c, &s);
    return s;
}

// SIGINT and SIGTERM quit the event loop; null when the pipe cannot be made.
std::unique_ptr<QSocketNotifier> quitOnSignals(QCoreApplication& app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("ik-sandbox: socketpair");
        return nullptr;
    }
    auto notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, &app, [] {
        char c;
        [[maybe_unused]] const auto n = ::read(signalPipe[0], &c, 1);
        QCoreApplication::quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    return notifier;
}

int serve(const Settings& s) {
    ik::sandbox::Sandbox sandbox(s.config);
    sandbox.setTokensPerSecond(s.rate);
    sandbox.setFault(s.fault);
    sandbox.setReplyTokens(s.replyTokens);
    if (s.tls)
        sandbox.setTls(s.tls->certificate, s.tls->key);
    QString error;
    if (!sandbox.listen(quint16(s.port), &error)) {
        std::fprintf(stderr, "ik-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // Scripts parse these lines to find the port and keys: print them at once, in order.
    for (const QString& line : sandbox.banner())
        std::fprintf(stdout, "%s\n", qPrintable(line));
    if (s.tls)
        std::fprintf(stdout, "ca %s\n", qPrintable(s.tls->caPath));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ik-sandbox"));
    const Settings settings = readSettings();
    std::unique_ptr<QSocketNotifier> notifier = quitOnSignals(app);
    if (!notifier)
        return 1;
    const int status = serve(settings);
    notifier.reset();
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return status;
}
