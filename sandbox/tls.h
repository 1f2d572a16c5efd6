#pragma once
// The sandbox's own certificates for https (ik-sandbox --tls): a local CA and a server
// certificate it signs, made with the openssl command line, so tests and users can try a
// trusted, an untrusted, a mismatched and an expired certificate against a real TLS server.

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <optional>

namespace ik::sandbox {

struct TlsOptions {
    // Names the server certificate is for (DNS names or IP addresses). Leave out 127.0.0.1 for
    // a hostname mismatch.
    QStringList names{QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    bool expired = false; // a server certificate whose validity ended yesterday
};

struct TlsFiles {
    QString caPath;   // the CA certificate (PEM): what a client trusts with --ca-file
    QString certPath; // the server certificate (PEM)
    QString keyPath;  // the server key (PEM)
    QSslCertificate certificate;
    QSslKey key;
};

// Makes the files in dir (created when missing). Runs openssl and waits for it: for a
// program's start-up, before its event loop runs, never from inside the loop.
std::optional<TlsFiles> makeTlsFiles(const QString& dir, const TlsOptions& options, QString* error);

} // namespace ik::sandbox
