// The injected faults outside a stream: which apply to a request, and the ones answered with a
// status instead of the route's reply. The stream faults are in sandbox_stream.cpp.
#include "sandbox_internal.h"

#include <QTimer>
#include <sys/socket.h>

namespace ik::sandbox {

// The `disconnect` fault in a stream: a TCP reset, once what was written has left, as when a
// proxy or the model server dies. Clients must not count on a network error for it: after a
// FIN in the middle of a chunked body QNetworkAccessManager 6.4 mostly reports a clean finish,
// after a RST sometimes; a missing [DONE] is the dependable sign. `done` is deleted afterwards.
void resetSoon(const QPointer<QTcpSocket>& socket, QObject* done) {
    if (connected(socket))
        socket->flush();
    // Runs only while `done` lives (it goes early when the client left first: nothing to reset).
    QObject* context = done ? done : socket.data();
    if (!context)
        return;
    QTimer::singleShot(50, context, [socket, done] {
        if (connected(socket)) {
            const linger hard{1, 0};
            ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                         sizeof hard);
            socket->abort();
        }
        if (done)
            done->deleteLater();
    });
}

// The faults of the whole sandbox (--fault) and those the request names in X-Sandbox-Fault; a
// name it does not know is answered 400 `unknown_fault`.
bool Sandbox::Impl::readFaults(const ExchangePtr& ex) {
    for (const QString& f : globalFault.split(u',', Qt::SkipEmptyParts))
        ex->faults.insert(f.trimmed());
    const QString requested = QString::fromUtf8(ex->req.header("x-sandbox-fault"));
    QStringList unknown;
    for (const QString& raw : requested.split(u',', Qt::SkipEmptyParts)) {
        const QString f = raw.trimmed();
        if (faultNames().contains(f))
            ex->faults.insert(f);
        else
            unknown.append(f);
    }
    if (unknown.isEmpty())
        return true;
    sendError(ex, 400, QStringLiteral("unknown_fault"),
              QStringLiteral("unknown X-Sandbox-Fault \"%1\"; known faults: %2")
                  .arg(unknown.join(u','), faultNames().join(QStringLiteral(", "))));
    return false;
}

// True when a status fault answered the request instead of its route.
bool Sandbox::Impl::statusFault(const ExchangePtr& ex, const QString& target, bool viaRedirect) {
    const Request& req = ex->req;
    if (ex->faults.contains(QStringLiteral("rate-limit"))) {
        sendError(ex, 429, QStringLiteral("rate_limit_exceeded"),
                  QStringLiteral("too many requests for %1").arg(target), {{"Retry-After", "2"}});
        return true;
    }
    if (ex->faults.contains(QStringLiteral("server-error"))) {
        sendError(ex, 500, QStringLiteral("internal_error"),
                  QStringLiteral("%1 failed to answer (injected fault)").arg(target));
        return true;
    }
    if (ex->faults.contains(QStringLiteral("cold-start"))) {
        sendError(ex, 503, QStringLiteral("workload_starting"),
                  QStringLiteral("%1 is starting after being idle; retry in 5 s").arg(target),
                  {{"Retry-After", "5"}});
        return true;
    }
    if (ex->faults.contains(QStringLiteral("redirect")) && !viaRedirect) {
        QByteArray location = "http://localhost:" + QByteArray::number(port) + req.path.toUtf8();
        if (!req.query.isEmpty())
            location += '?' + req.query.toUtf8();
        sendError(ex, 307, QStringLiteral("moved"),
                  QStringLiteral("this workload is served from another host (injected fault)"),
                  {{"Location", location}});
        return true;
    }
    return false;
}

} // namespace ik::sandbox
