#include "cafiles.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

namespace ik {

namespace {

// Scheme, host and port: the TLS server a CA vouches for, whatever path the base URL carries.
QUrl originOf(const QUrl& url) {
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    origin.setPort(url.port(
        url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80));
    return origin;
}

QUrl parseBaseUrl(const QString& text) {
    QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

QList<QSslCertificate> readCaFile(const QString& path, QString* problem) {
    const QFileInfo info(path);
    QString what;
    QList<QSslCertificate> cas;
    if (path.trimmed().isEmpty()) {
        what = QCoreApplication::translate(
            "ik::CaFiles", "no CA file is given; choose the PEM file of the deployment's CA");
    } else if (!info.exists()) {
        what = QCoreApplication::translate(
                   "ik::CaFiles",
                   "the CA file %1 does not exist; choose the PEM file of the deployment's CA")
                   .arg(path);
    } else if (!info.isFile() || !info.isReadable()) {
        what = QCoreApplication::translate(
                   "ik::CaFiles",
                   "the CA file %1 cannot be read; check that it is a file you may read")
                   .arg(path);
    } else {
        cas = QSslCertificate::fromPath(path, QSsl::Pem);
        if (cas.isEmpty())
            what = QCoreApplication::translate(
                       "ik::CaFiles",
                       "the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); "
                       "choose the CA's certificate, not its key or a DER file")
                       .arg(path);
    }
    if (problem)
        *problem = what;
    return cas;
}

QString caFileProblem(const CaFile& file) {
    const QUrl url = parseBaseUrl(file.baseUrl);
    if (url.isEmpty() || url.scheme().toLower() != QLatin1String("https"))
        return QCoreApplication::translate(
                   "ik::CaFiles",
                   "the base URL \"%1\" for a CA file is not an https:// URL with a host; use the "
                   "workload's base URL, like https://staging.example.com")
            .arg(file.baseUrl);
    QString problem;
    readCaFile(file.path, &problem);
    return problem;
}

QStringList CaFiles::set(const QList<CaFile>& files) {
    m_entries.clear();
    QStringList problems;
    QHash<QString, TrustedCas> read; // each file once, however many base URLs share it
    for (const CaFile& file : files) {
        const QUrl url = parseBaseUrl(file.baseUrl);
        if (url.isEmpty())
            continue;
        if (!read.contains(file.path)) {
            TrustedCas trusted;
            trusted.certificates = readCaFile(file.path, &trusted.problem);
            read.insert(file.path, trusted);
        }
        Entry entry{originOf(url), file.path, read.value(file.path)};
        if (!entry.trusted.problem.isEmpty())
            problems.append(entry.trusted.problem);
        m_entries.append(entry);
    }
    return problems;
}

TrustedCas CaFiles::lookup(const QUrl& baseUrl) const {
    const QUrl origin = originOf(baseUrl);
    TrustedCas all;
    for (const Entry& e : m_entries) {
        if (e.origin != origin)
            continue;
        if (!e.trusted.problem.isEmpty())
            return e.trusted; // never a send that quietly lacks the CA the user set
        all.certificates += e.trusted.certificates;
    }
    return all;
}

} // namespace ik
