#pragma once
// Where the window keeps keys: the system keychain first; when it does not answer or refuses a
// write, memory for this session with a banner (issue 3 "Keys"). Never a file, never QSettings.
// It learns each stored key's public id and verdict and forgets the secret right away.

#include "credential.h"
#include "keystore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

namespace ik {

enum class KeyState { Unknown, Stored, Missing, SessionOnly };

struct KeyInfo {
    KeyState state = KeyState::Unknown;
    QString keyId;    // public 8-hex id, empty when none
    QString redacted; // redactKey() of the stored key
};

class KeyVault : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString& message)>;

    // The keychain store is not owned (the window parents it).
    explicit KeyVault(KeyStore* keychain, QObject* parent = nullptr);

    bool sessionOnly() const { return m_sessionOnly; }
    QString problem() const { return m_problem; } // the banner text while session-only
    KeyInfo info(const QString& account) const { return m_info.value(account); }

    // Reads the key to learn its state; emits changed(account).
    void probe(const QString& account);
    // Keychain, or memory while the keychain is out (then `ok` is true and the message says so).
    void store(const QString& account, const QString& secret, Done done = {});
    // Demo keys of the local sandbox: memory only, never the keychain unless saveToKeychain().
    void storeForSession(const QString& account, const QString& secret);
    void saveToKeychain(const QString& account, Done done = {});
    void read(const QString& account, KeyStore::Callback done);
    void remove(const QString& account, Done done = {});
    // Read old, write new, delete old: editing a workload's host, project or slug.
    void move(const QString& from, const QString& to, Done done = {});
    // Tries the keychain again and moves this session's keys (not the sandbox's) into it.
    void retry();

signals:
    void changed(const QString& account);
    void availabilityChanged(bool sessionOnly, const QString& problem);

private:
    void learn(const QString& account, const QString& secret, KeyState state);
    void goSessionOnly(const KeyStoreResult& result);
    void leaveSessionOnly();

    QPointer<KeyStore> m_keychain;
    MemoryKeyStore* m_memory;
    bool m_sessionOnly = false;
    QString m_problem;
    QHash<QString, KeyInfo> m_info;
    QSet<QString> m_demo; // sandbox keys: session only by design, not by failure
};

QString keyStoreProblem(const KeyStoreResult& result);

} // namespace ik
