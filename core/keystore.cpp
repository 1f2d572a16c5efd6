#include "keystore.h"

#include <QCoreApplication>

#include "keychainlabel.h"

#include "credential.h"

#include <QMetaObject>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace ik {

namespace {

using Status = KeyStoreResult::Status;

// libsecret reports a missing or unreachable session bus as a plain GIO error, which QtKeychain
// passes on as OtherError: only its text tells "no keyring at all" from any other failure.
bool looksUnreachable(const QString& text) {
    static const char* const needles[] = {
        "d-bus",
        "dbus",
        "autolaunch",
        "could not connect",
        "no such file",
        "service file",
        "org.freedesktop.secrets",
        "connection refused",
        "name has no owner",
        "not provided by any",
        "servicenotfound",
        "serviceunknown",
    };
    const QString lower = text.toLower();
    for (const char* needle : needles) {
        if (lower.contains(QLatin1String(needle)))
            return true;
    }
    return false;
}

KeyStoreResult resultFromJob(const QKeychain::Job& job, const QString& account,
                             const QString& secretToHide) {
    KeyStoreResult result;
    QString detail = job.errorString();
    // QtKeychain never puts the secret in its messages; this keeps it so if a backend ever does.
    if (!secretToHide.isEmpty())
        detail.replace(secretToHide, QStringLiteral("…"));
    detail = redactSecrets(detail);
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        result.message = QCoreApplication::translate("ik::KeyStore",
                                                     "no key stored in the system keychain for %1")
                             .arg(account);
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = Status::AccessDenied;
        result.message =
            QCoreApplication::translate("ik::KeyStore",
                                        "the system keyring refused access (keyring locked?): %1")
                .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::Unavailable;
        break;
    case QKeychain::OtherError:
        if (looksUnreachable(detail)) {
            result.status = Status::Unavailable;
            break;
        }
        // gnome-keyring answers this when the login collection is locked or was never created.
        if (detail.contains(QLatin1String("does not exist at path"))) {
            result.status = Status::AccessDenied;
            result.message =
                QCoreApplication::translate(
                    "ik::KeyStore", "the system keyring has no usable login collection (keyring "
                                    "locked?): %1")
                    .arg(detail);
            return result;
        }
        result.status = Status::Failed;
        result.message =
            QCoreApplication::translate("ik::KeyStore", "the system keychain failed: %1")
                .arg(detail);
        return result;
    case QKeychain::CouldNotDeleteEntry:
        result.status = Status::Failed;
        result.message = QCoreApplication::translate(
                             "ik::KeyStore", "the system keychain could not delete the key: %1")
                             .arg(detail);
        return result;
    }
    result.message =
        QCoreApplication::translate(
            "ik::KeyStore", "no Secret Service (system keyring) answered: %1. Keys can be kept in "
                            "memory for this session only.")
            .arg(detail.isEmpty()
                     ? QCoreApplication::translate("ik::KeyStore", "no backend available")
                     : detail);
    return result;
}

// QtKeychain may emit finished() synchronously inside start() (when it fails early); callers are
// promised the callback always comes later from the event loop.
void deliverLater(QObject* context, KeyStore::Callback done, KeyStoreResult result) {
    if (!done)
        return;
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

template <typename JobType> JobType* makeJob(const QString& service, const QString& account) {
    auto* job = new JobType(service);
    job->setAutoDelete(true);
    // Never: on some backends it "succeeds" by writing the key into a plaintext file.
    job->setInsecureFallback(false);
    job->setKey(account);
    return job;
}

} // namespace

KeychainKeyStore::KeychainKeyStore(QString service, QObject* parent)
    : KeyStore(parent), m_service(std::move(service)) {}

QString KeychainKeyStore::name() const {
    return QCoreApplication::translate("ik::KeyStore", "system keychain");
}

void KeychainKeyStore::read(const QString& account, Callback done) {
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this,
            [this, account, done = std::move(done)](QKeychain::Job* finished) mutable {
                auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
                KeyStoreResult result = resultFromJob(*readJob, account, {});
                if (result.ok())
                    result.secret = readJob->textData();
                deliverLater(this, std::move(done), std::move(result));
            });
    job->start();
}

void KeychainKeyStore::write(const QString& account, const QString& secret, Callback done) {
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, account);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this,
            [this, account, secret, done = std::move(done)](QKeychain::Job* finished) mutable {
                KeyStoreResult result = resultFromJob(*finished, account, secret);
                if (!result.ok()) {
                    deliverLater(this, std::move(done), std::move(result));
                    return;
                }
                // Done once the entry also has its readable label, so a keyring manager
                // opened right after a save already shows it.
                relabelKeychainItem(m_service, account,
                                    [self = QPointer<KeychainKeyStore>(this),
                                     done = std::move(done), result]() mutable {
                                        if (self)
                                            deliverLater(self, std::move(done), std::move(result));
                                    });
            });
    job->start();
}

void KeychainKeyStore::remove(const QString& account, Callback done) {
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, account);
    connect(job, &QKeychain::Job::finished, this,
            [this, account, done = std::move(done)](QKeychain::Job* finished) mutable {
                KeyStoreResult result = resultFromJob(*finished, account, {});
                // Removing what is not there leaves the wanted state: no key for this account.
                if (result.status == Status::NotFound)
                    result = KeyStoreResult{Status::Ok, {}, {}};
                deliverLater(this, std::move(done), std::move(result));
            });
    job->start();
}

QString MemoryKeyStore::name() const {
    return QCoreApplication::translate("ik::KeyStore", "this session only");
}

void MemoryKeyStore::read(const QString& account, Callback done) {
    KeyStoreResult result;
    const auto it = m_keys.constFind(account);
    if (it == m_keys.constEnd()) {
        result.status = Status::NotFound;
        result.message = QCoreApplication::translate("ik::KeyStore", "no key kept in memory for %1")
                             .arg(account);
    } else {
        result.status = Status::Ok;
        result.secret = it.value();
    }
    deliverLater(this, std::move(done), std::move(result));
}

void MemoryKeyStore::write(const QString& account, const QString& secret, Callback done) {
    m_keys.insert(account, secret);
    deliverLater(this, std::move(done), KeyStoreResult{Status::Ok, {}, {}});
}

void MemoryKeyStore::remove(const QString& account, Callback done) {
    m_keys.remove(account);
    deliverLater(this, std::move(done), KeyStoreResult{Status::Ok, {}, {}});
}

} // namespace ik
