#pragma once
// Where keys live: the OS keychain (QtKeychain, service "ik-playground") or memory for this
// session. Asynchronous: the callback runs later from the event loop, never inside the call.

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace ik {

struct KeyStoreResult {
    enum class Status {
        Ok,
        NotFound,     // no key yet (also what a locked keyring answers on read)
        Unavailable,  // no Secret Service / keychain at all
        AccessDenied, // locked keyring or refused: "keyring locked?"
        Failed,       // anything else
    };
    Status status = Status::Failed;
    QString secret;  // read only
    QString message; // user-facing, never contains the secret
    bool ok() const { return status == Status::Ok; }
};

class KeyStore : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const KeyStoreResult&)>;
    using QObject::QObject;
    virtual QString name() const = 0; // "system keychain" / "this session only"
    virtual void read(const QString& account, Callback done) = 0;
    virtual void write(const QString& account, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& account, Callback done) = 0;
};

inline constexpr auto kKeychainService = "ik-playground";

class KeychainKeyStore : public KeyStore {
    Q_OBJECT
public:
    explicit KeychainKeyStore(QString service = QString::fromLatin1(kKeychainService),
                              QObject* parent = nullptr);
    QString name() const override;
    void read(const QString& account, Callback done) override;
    void write(const QString& account, const QString& secret, Callback done) override;
    void remove(const QString& account, Callback done) override;

private:
    QString m_service;
};

class MemoryKeyStore : public KeyStore {
    Q_OBJECT
public:
    using KeyStore::KeyStore;
    QString name() const override;
    void read(const QString& account, Callback done) override;
    void write(const QString& account, const QString& secret, Callback done) override;
    void remove(const QString& account, Callback done) override;
    bool contains(const QString& account) const { return m_keys.contains(account); }

private:
    QHash<QString, QString> m_keys;
};

} // namespace ik
