#pragma once
// A TLS front that speaks HTTP/2 and HTTP/1.1 (chosen by ALPN) before a plain-http sandbox:
// nghttpx from Debian's nghttp2-proxy. QtHttpServer 6.4 speaks no HTTP/2 itself, so the tests
// and the benchmark that compare the two versions go through this one front, both versions over
// the same server, the same proxy and the same TLS.

#include "tls.h"

#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace ik::sandbox {

class H2Front {
public:
    H2Front() = default;
    ~H2Front(); // stops nghttpx
    H2Front(const H2Front&) = delete;
    H2Front& operator=(const H2Front&) = delete;

    // Starts nghttpx on a free loopback port in front of 127.0.0.1:backendPort, with a
    // certificate made in dir, and waits until it accepts connections: for a test's or a
    // benchmark's start-up, never from inside an event loop. False with *error saying why.
    bool start(quint16 backendPort, const QString& dir, QString* error);
    QString baseUrl() const;                                      // https://127.0.0.1:PORT
    QList<QSslCertificate> authorities() const { return {m_ca}; } // trust these to reach it
    QString caPath() const { return m_tls.caPath; }
    // The ALPN protocol of every request it has logged, in order ("h2", "http/1.1").
    QStringList protocols() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
    TlsFiles m_tls;
    QSslCertificate m_ca;
    QString m_log;
};

} // namespace ik::sandbox
