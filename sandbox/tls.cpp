#include "tls.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace ik::sandbox {

namespace {

bool openssl(const QStringList& args, const QString& dir, QString* error) {
    const QString program = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (program.isEmpty()) {
        *error = QStringLiteral("--tls needs the openssl command (apt-get install openssl)");
        return false;
    }
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

QString subjectAltNames(const QStringList& names) {
    QStringList parts;
    for (const QString& name : names) {
        const bool ip = !name.isEmpty() && (name.front().isDigit() || name.contains(u':'));
        parts.append((ip ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + name);
    }
    return QStringLiteral("subjectAltName=") + parts.join(u',');
}

const QStringList kEcKey{QStringLiteral("-newkey"), QStringLiteral("ec"),
                         QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                         QStringLiteral("-nodes")};

} // namespace

std::optional<TlsFiles> makeTlsFiles(const QString& dir, const TlsOptions& options,
                                     QString* error) {
    QString why;
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return std::nullopt;
    }
    QFile ext(QDir(dir).filePath(QStringLiteral("server.ext")));
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write(subjectAltNames(options.names).toUtf8() + '\n') < 0) {
        *error = QStringLiteral("cannot write %1").arg(ext.fileName());
        return std::nullopt;
    }
    ext.close();
    const QString cn = options.names.value(0, QStringLiteral("localhost"));
    const bool made =
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + kEcKey +
                    QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                QStringLiteral("-out"), QStringLiteral("ca.pem"),
                                QStringLiteral("-days"), QStringLiteral("30"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=ik-sandbox local CA"),
                                QStringLiteral("-addext"),
                                QStringLiteral("basicConstraints=critical,CA:TRUE"),
                                QStringLiteral("-addext"),
                                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")},
                dir, &why) &&
        openssl(QStringList{QStringLiteral("req")} + kEcKey +
                    QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                QStringLiteral("-out"), QStringLiteral("server.csr"),
                                QStringLiteral("-subj"), QStringLiteral("/CN=") + cn},
                dir, &why) &&
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                 QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                 QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                 QStringLiteral("server.pem"), QStringLiteral("-days"),
                 options.expired ? QStringLiteral("-1") : QStringLiteral("30"),
                 QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                dir, &why);
    if (!made) {
        *error = why;
        return std::nullopt;
    }
    TlsFiles files;
    const QDir d(dir);
    files.caPath = d.absoluteFilePath(QStringLiteral("ca.pem"));
    files.certPath = d.absoluteFilePath(QStringLiteral("server.pem"));
    files.keyPath = d.absoluteFilePath(QStringLiteral("server.key"));
    QFile cert(files.certPath), key(files.keyPath);
    if (cert.open(QIODevice::ReadOnly))
        files.certificate = QSslCertificate(&cert, QSsl::Pem);
    if (key.open(QIODevice::ReadOnly))
        files.key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    if (files.certificate.isNull() || files.key.isNull()) {
        *error = QStringLiteral("openssl made %1 but Qt cannot read it").arg(files.certPath);
        return std::nullopt;
    }
    return files;
}

} // namespace ik::sandbox
