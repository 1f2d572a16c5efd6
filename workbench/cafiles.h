#pragma once
// Private certificate authorities per base URL: a self-hosted or staging deployment whose server
// certificate is signed by a CA this machine does not trust. Each request to that origin trusts
// the file's certificates on top of the system's; verification is never switched off, and a file
// that holds no certificate stops the request with a message instead of sending it anyway.

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ik {

struct CaFile {
    QString baseUrl; // as the user typed it; matched by origin (scheme, host, port)
    QString path;    // a PEM file with one or more CA certificates
    bool operator==(const CaFile&) const = default;
};

// The certificates in a PEM file, or none with *problem saying what is wrong and how to fix it.
QList<QSslCertificate> readCaFile(const QString& path, QString* problem);
// What is wrong with the entry (base URL not https with a host, file missing or holding no
// certificate), or empty.
QString caFileProblem(const CaFile& file);

// What a request to one base URL trusts in addition to the system's CAs.
struct TrustedCas {
    QList<QSslCertificate> certificates;
    QString problem; // non-empty: the CA file set for this base URL cannot be used
};

// The files of the settings, each read once when set.
class CaFiles {
public:
    CaFiles() = default;
    explicit CaFiles(const QList<CaFile>& files) { set(files); }
    // Returns the problems of the entries that cannot be used.
    QStringList set(const QList<CaFile>& files);
    TrustedCas lookup(const QUrl& baseUrl) const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry {
        QUrl origin;
        QString path;
        TrustedCas trusted;
    };
    QList<Entry> m_entries;
};

} // namespace ik
