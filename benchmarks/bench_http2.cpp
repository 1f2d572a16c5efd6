// Time to first token of a streamed chat with HTTP/2 allowed against HTTP/1.1 only, through the
// same TLS front (nghttpx, which offers h2 and http/1.1 by ALPN) before the same unpaced sandbox,
// in the same run. Each request goes through Endpoint, so the figure includes exactly what the
// window and ik-call do; both managers are warmed first, and the two versions alternate request
// by request (or batch by batch) so drift in the machine hits both alike.
//
// BENCH http2_ttft_ms / http11_ttft_ms / http2_ttft_ratio       sequential, warm connections
// BENCH http2_c16_ttft_ms / http11_c16_ttft_ms / http2_c16_ttft_ratio  16 at once, warm
// BENCH http2_cold_ttft_ms / http11_cold_ttft_ms / http2_cold_ttft_ratio  a new manager each
//   time (TCP + TLS handshake + ALPN included)
//
// Measured (Release, Debian 12, Qt 6.4.2, nghttpx 1.52, 2 shared cores; 300 rounds), medians:
//   sequential, warm:   HTTP/2 43.97 ms, HTTP/1.1 0.51 ms  (ratio 86.2)
//   16 at once, warm:   HTTP/2 47.58 ms, HTTP/1.1 7.45 ms  (ratio 6.39)
//   cold (handshake):   HTTP/2 3.70 ms,  HTTP/1.1 2.66 ms  (ratio 1.40)
// A second run: 46.47 / 0.49 ms sequential, 47.15 / 4.24 ms at 16, 2.62 / 2.58 ms cold.
// So HTTP/1.1 is the default (core/httpversion.h). The ~40 ms has the signature of Nagle against
// the server's delayed ACK (Linux's 40 ms minimum): Qt's HTTP channel leaves TCP_NODELAY off
// (strace of this bench: the client threads never set it; nghttpx sets it on its own), and
// an HTTP/2 POST goes out as more than one small write (HEADERS, then DATA). A cold connection
// escapes it (Linux ACKs the first segments at once); curl --http2 (TCP_NODELAY on) through the
// same nghttpx answers a warm POST in well under 1 ms.
// Every reply's protocol is checked (QNetworkReply::Http2WasUsedAttribute) and nghttpx's access
// log must show as many h2 requests as were sent with HTTP/2 allowed; otherwise the bench fails.

#include "endpoint.h"
#include "h2front.h"
#include "httpversion.h"
#include "run.h"
#include "sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Setup {
    QUrl base;
    QString key;
    QList<QSslCertificate> cas;
};

struct Sample {
    double ttftMs = -1;
    QByteArray protocol;
};

// Sends `count` streamed chats at once on nam and waits for all of them.
QList<Sample> sendBatch(QNetworkAccessManager* nam, const Setup& s, int count) {
    Endpoint endpoint(nam, {s.base, u"acme"_s, u"support-bot"_s}, s.key);
    endpoint.setCaCertificates(s.cas);
    ChatRequest request;
    request.prompt = u"¿Cuál es el horario de atención?"_s;
    request.stream = true;
    QList<Sample> samples(count);
    int open = count;
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer* clock = new QElapsedTimer;
        clock->start();
        Run* run = endpoint.chat(request);
        QObject::connect(run, &Run::chunkReceived, run, [&samples, i, clock] {
            if (samples[i].ttftMs < 0)
                samples[i].ttftMs = clock->nsecsElapsed() / 1e6;
        });
        QObject::connect(run, &Run::ended, &loop, [&, run, i, clock] {
            samples[i].protocol =
                run->state() == RunState::Done ? run->record().protocol : "failed";
            if (run->state() != RunState::Done)
                std::fprintf(stderr, "run failed: %s\n", qPrintable(run->error().summary()));
            delete clock;
            if (--open == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return samples;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v[v.size() / 2];
}

struct Pair {
    QList<double> h2, h11;
    int wrongProtocol = 0;
    int h2Sent = 0;
};

void keep(Pair* pair, const QList<Sample>& samples, bool h2) {
    for (const Sample& s : samples) {
        if (s.protocol != (h2 ? "HTTP/2" : "HTTP/1.1") || s.ttftMs < 0)
            ++pair->wrongProtocol;
        (h2 ? pair->h2 : pair->h11).append(s.ttftMs);
    }
    if (h2)
        pair->h2Sent += int(samples.size());
}

// Warm: one manager per version, kept across the rounds, as the window keeps its own.
Pair measureWarm(const Setup& s, int rounds, int concurrency) {
    QNetworkAccessManager h2, h11;
    setHttp2Allowed(&h2, true);
    setHttp2Allowed(&h11, false);
    Pair pair;
    Pair warmup;
    keep(&warmup, sendBatch(&h2, s, concurrency), true);
    keep(&warmup, sendBatch(&h11, s, concurrency), false);
    pair.h2Sent = warmup.h2Sent;
    pair.wrongProtocol = warmup.wrongProtocol;
    for (int r = 0; r < rounds; ++r) {
        // Which goes first alternates, so neither always runs on a machine just woken.
        const bool h2First = r % 2 == 0;
        keep(&pair, sendBatch(h2First ? &h2 : &h11, s, concurrency), h2First);
        keep(&pair, sendBatch(h2First ? &h11 : &h2, s, concurrency), !h2First);
    }
    return pair;
}

Pair measureCold(const Setup& s, int rounds) {
    Pair pair;
    for (int r = 0; r < rounds; ++r) {
        for (const bool h2 : {r % 2 == 0, r % 2 != 0}) {
            QNetworkAccessManager nam;
            setHttp2Allowed(&nam, h2);
            keep(&pair, sendBatch(&nam, s, 1), h2);
        }
    }
    return pair;
}

bool report(const char* name, const Pair& pair) {
    const double h2 = median(pair.h2), h11 = median(pair.h11);
    const QByteArray tag = *name ? QByteArray("_") + name : QByteArray();
    std::printf("BENCH http2%s_ttft_ms %.3f ms\n", tag.constData(), h2);
    std::printf("BENCH http11%s_ttft_ms %.3f ms\n", tag.constData(), h11);
    std::printf("BENCH http2%s_ttft_ratio %.3f x\n", tag.constData(), h11 > 0 ? h2 / h11 : -1);
    std::fflush(stdout);
    if (pair.wrongProtocol) {
        std::fprintf(stderr, "%s: %d requests failed or used the other protocol\n", name,
                     pair.wrongProtocol);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    // The sandbox gets its own thread, so its writes do not queue behind the client's work.
    QThread serverThread;
    serverThread.start();
    QObject context;
    context.moveToThread(&serverThread);
    sandbox::Sandbox* server = nullptr;
    QString error;
    bool listening = false;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server = new sandbox::Sandbox(sandbox::Config::builtIn());
            server->setTokensPerSecond(0);
            server->setReplyTokens(32);
            listening = server->listen(0, &error);
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(
            &context, [&] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };
    if (!listening) {
        std::fprintf(stderr, "the sandbox did not listen: %s\n", qPrintable(error));
        stopServer();
        return 1;
    }
    int code = 0;
    {
        sandbox::H2Front front;
        if (!front.start(server->port(), dir.path(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            stopServer();
            return 1;
        }
        const Setup s{QUrl(front.baseUrl()), server->config().keyFor(u"acme"_s, u"support-bot"_s),
                      front.authorities()};
        const int rounds = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
        int h2Sent = 0;
        bool ok = true;
        const Pair seq = measureWarm(s, rounds, 1);
        ok = report("", seq) && ok;
        const Pair conc = measureWarm(s, std::max(10, rounds / 10), 16);
        ok = report("c16", conc) && ok;
        const Pair cold = measureCold(s, std::max(10, rounds / 4));
        ok = report("cold", cold) && ok;
        h2Sent = seq.h2Sent + conc.h2Sent + cold.h2Sent;
        // nghttpx's own word on what it served, beside Qt's.
        QThread::msleep(200);
        const QStringList seen = front.protocols();
        const qsizetype h2Logged = seen.count(u"h2"_s);
        std::printf("nghttpx logged %lld h2 and %lld http/1.1 requests; %d were sent with HTTP/2\n",
                    qlonglong(h2Logged), qlonglong(seen.count(u"http/1.1"_s)), h2Sent);
        if (h2Logged != h2Sent) {
            std::fprintf(stderr, "nghttpx did not see every HTTP/2 request as h2\n");
            ok = false;
        }
        code = ok ? 0 : 1;
    }
    stopServer();
    return code;
}
