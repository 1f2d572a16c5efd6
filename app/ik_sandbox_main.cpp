// ik-sandbox: the loopback emulator of the InferenceKey platform, as a program.
#include "sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <cmath>
#include <csignal>
#include <cstdio>
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

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ik-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A local, loopback-only emulator of the InferenceKey data plane and of the "
                       "control plane's workload list: demo workloads, demo keys, deterministic "
                       "text, lexical embeddings, injectable faults.\n\nFaults (--fault, or per "
                       "request with the header X-Sandbox-Fault: NAME[,NAME...]):\n  ") +
        ik::sandbox::faultNames().join(QStringLiteral("\n  ")));
    parser.addHelpOption();
    const QCommandLineOption portOpt(QStringLiteral("port"),
                                     QStringLiteral("Port on 127.0.0.1 (0 picks a free one)."),
                                     QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption configOpt(
        QStringLiteral("config"),
        QStringLiteral("JSON file of projects, workloads, keys and control tokens "
                       "(format: sandbox/sandbox.h). Default: the built-in demo."),
        QStringLiteral("FILE"));
    const QCommandLineOption rateOpt(
        QStringLiteral("tokens-per-second"),
        QStringLiteral("Pace of streamed tokens; 0 or less streams as fast as possible."),
        QStringLiteral("R"), QStringLiteral("40"));
    const QCommandLineOption faultOpt(
        QStringLiteral("fault"), QStringLiteral("Inject a fault into every request (see above)."),
        QStringLiteral("NAME"));
    const QCommandLineOption replyOpt(
        QStringLiteral("reply-tokens"),
        QStringLiteral("Make every chat reply exactly N tokens long (benchmarks); 0: natural."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({portOpt, configOpt, rateOpt, faultOpt, replyOpt});
    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument \"%1\"")
                       .arg(parser.positionalArguments().constFirst()));

    bool ok = false;
    const uint port = parser.value(portOpt).toUInt(&ok);
    if (!ok || port > 65535)
        usageError(QStringLiteral("--port must be a number from 0 to 65535, got \"%1\"")
                       .arg(parser.value(portOpt)));
    const double rate = parser.value(rateOpt).toDouble(&ok);
    if (!ok || !std::isfinite(rate))
        usageError(QStringLiteral("--tokens-per-second must be a number, got \"%1\"")
                       .arg(parser.value(rateOpt)));
    const int replyTokens = parser.value(replyOpt).toInt(&ok);
    if (!ok || replyTokens < 0)
        usageError(QStringLiteral("--reply-tokens must be a whole number >= 0, got \"%1\"")
                       .arg(parser.value(replyOpt)));
    const QString fault = parser.value(faultOpt).trimmed();
    for (const QString& f : fault.split(u',', Qt::SkipEmptyParts))
        if (!ik::sandbox::faultNames().contains(f.trimmed()))
            usageError(QStringLiteral("unknown fault \"%1\"; known faults: %2")
                           .arg(f.trimmed(), ik::sandbox::faultNames().join(QStringLiteral(", "))));

    ik::sandbox::Config config = ik::sandbox::Config::builtIn();
    if (parser.isSet(configOpt)) {
        const QString path = parser.value(configOpt);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            usageError(QStringLiteral("cannot read config %1: %2").arg(path, file.errorString()));
        QString error;
        const auto parsed = ik::sandbox::Config::fromJson(file.readAll(), &error);
        if (!parsed)
            usageError(QStringLiteral("config %1: %2").arg(path, error));
        config = *parsed;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("ik-sandbox: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
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

    int status = 0;
    {
        ik::sandbox::Sandbox sandbox(config);
        sandbox.setTokensPerSecond(rate);
        sandbox.setFault(fault);
        sandbox.setReplyTokens(replyTokens);
        QString error;
        if (!sandbox.listen(quint16(port), &error)) {
            std::fprintf(stderr, "ik-sandbox: %s\n", qPrintable(error));
            return 1;
        }
        // Scripts parse these lines to find the port and keys: print them at once, in order.
        for (const QString& line : sandbox.banner())
            std::fprintf(stdout, "%s\n", qPrintable(line));
        std::fflush(stdout);
        status = QCoreApplication::exec();
    }
    ::close(signalPipe[0]);
    ::close(signalPipe[1]);
    return status;
}
