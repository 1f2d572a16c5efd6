#include "h2front.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace ik::sandbox {

namespace {

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool accepts(quint16 port) {
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(200);
}

} // namespace

H2Front::~H2Front() {
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

bool H2Front::start(quint16 backendPort, const QString& dir, QString* error) {
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    if (program.isEmpty()) {
        *error = QStringLiteral("nghttpx is missing: apt-get install nghttp2-proxy "
                                "(scripts/deps.sh bench or test installs it)");
        return false;
    }
    std::optional<TlsFiles> tls =
        makeTlsFiles(QDir(dir).filePath(QStringLiteral("tls")), {}, error);
    if (!tls)
        return false;
    m_tls = *tls;
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(m_tls.caPath);
    m_ca = cas.value(0);
    m_port = freePort();
    m_log = QDir(dir).filePath(QStringLiteral("nghttpx-access.log"));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // One process, so stopping it by its pid stops all of it; no config file of the system's.
    m_process.start(program,
                    {QStringLiteral("--conf=/dev/null"), QStringLiteral("--single-process"),
                     QStringLiteral("--workers=1"), QStringLiteral("--no-ocsp"),
                     QStringLiteral("--frontend=127.0.0.1,%1").arg(m_port),
                     QStringLiteral("--backend=127.0.0.1,%1").arg(backendPort),
                     QStringLiteral("--accesslog-file=") + m_log,
                     QStringLiteral("--accesslog-format=$alpn $method $path $status"),
                     m_tls.keyPath, m_tls.certPath});
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("nghttpx did not start: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (!accepts(m_port)) {
        if (m_process.state() == QProcess::NotRunning || clock.elapsed() > 10000) {
            *error = QStringLiteral("nghttpx did not listen on 127.0.0.1:%1: %2")
                         .arg(m_port)
                         .arg(QString::fromLocal8Bit(m_process.readAll()).trimmed());
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

QString H2Front::baseUrl() const {
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QStringList H2Front::protocols() const {
    QFile f(m_log);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            out.append(QString::fromUtf8(line.left(line.indexOf(' '))));
    }
    return out;
}

} // namespace ik::sandbox
