#include "tlserror.h"

#include <QCoreApplication>

#include <QSslCertificate>
#include <QStringList>

namespace ik {

namespace {

QString hostOf(const QUrl& url) {
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

QString issuer(const QSslCertificate& cert) {
    QString name = cert.issuerDisplayName();
    if (name.isEmpty())
        name = cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    return name.isEmpty() ? QCoreApplication::translate("ik::TlsError", "an unnamed issuer") : name;
}

QStringList namesOf(const QSslCertificate& cert) {
    QStringList names = cert.subjectAlternativeNames().values();
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    names.removeDuplicates();
    return names;
}

const QString kTrustHint = QCoreApplication::translate(
    "ik::TlsError",
    "If that CA is yours (a self-hosted or staging deployment), trust it: ik-call --ca-file "
    "CA.pem, or add it to the system's store (update-ca-certificates). Certificate "
    "verification is never switched off.");

} // namespace

std::optional<Error> certificateError(const QList<QSslError>& errors, const QUrl& url) {
    if (errors.isEmpty())
        return std::nullopt;
    const QString host = hostOf(url);
    // The most telling error first: a mismatch or an expiry says more than "not trusted".
    for (const QSslError& e : errors) {
        const QSslCertificate cert = e.certificate();
        if (e.error() == QSslError::HostNameMismatch)
            return makeError(
                ErrorKind::Network,
                QCoreApplication::translate("ik::TlsError",
                                            "the certificate of %1 is for %2, not for %3")
                    .arg(host, namesOf(cert).join(QStringLiteral(", ")), url.host()),
                QCoreApplication::translate("ik::TlsError",
                                            "Use a host name the certificate names in the base "
                                            "URL, or give the server a certificate for %1.")
                    .arg(url.host()));
        if (e.error() == QSslError::CertificateExpired)
            return makeError(
                ErrorKind::Network,
                QCoreApplication::translate("ik::TlsError", "the certificate of %1 expired on %2")
                    .arg(host, cert.expiryDate().toUTC().toString(
                                   QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))),
                QCoreApplication::translate(
                    "ik::TlsError",
                    "The server's certificate must be renewed (check this machine's "
                    "clock too)."));
    }
    for (const QSslError& e : errors) {
        switch (e.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            return makeError(
                ErrorKind::Network,
                QCoreApplication::translate("ik::TlsError",
                                            "the certificate of %1 was issued by \u201c%2\u201d, "
                                            "which this machine does not trust")
                    .arg(host, issuer(e.certificate())),
                kTrustHint);
        default:
            break;
        }
    }
    return makeError(
        ErrorKind::Network,
        QCoreApplication::translate("ik::TlsError", "the certificate of %1 was refused: %2")
            .arg(host, errors.first().errorString()),
        kTrustHint);
}

} // namespace ik
