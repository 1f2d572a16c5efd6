#include "keyvault.h"

namespace ik {

QString keyStoreProblem(const KeyStoreResult& r) {
    switch (r.status) {
    case KeyStoreResult::Status::Unavailable:
        return QObject::tr("No system keychain answers (no Secret Service). Keys are kept for this "
                           "session only, in memory; nothing is written to disk.");
    case KeyStoreResult::Status::AccessDenied:
        return QObject::tr("The keychain refused to store the key (keyring locked?). Keys are kept "
                           "for this session only, in memory; nothing is written to disk. Unlock "
                           "the keyring and press Retry.");
    default:
        return QObject::tr("The keychain failed (%1). Keys are kept for this session only, in "
                           "memory; nothing is written to disk.")
            .arg(r.message.isEmpty() ? QObject::tr("no details") : redactSecrets(r.message));
    }
}

KeyVault::KeyVault(KeyStore* keychain, QObject* parent)
    : QObject(parent), m_keychain(keychain), m_memory(new MemoryKeyStore(this)) {}

void KeyVault::learn(const QString& account, const QString& secret, KeyState state) {
    KeyInfo info;
    info.state = secret.isEmpty() ? KeyState::Missing : state;
    if (!secret.isEmpty()) {
        const Credential c = Credential::parse(secret);
        info.keyId = c.kind == CredentialKind::DataKey ? c.id : QString();
        info.redacted = redactKey(secret);
    }
    m_info.insert(account, info);
    emit changed(account);
}

void KeyVault::goSessionOnly(const KeyStoreResult& result) {
    const QString problem = keyStoreProblem(result);
    if (m_sessionOnly && problem == m_problem)
        return;
    m_sessionOnly = true;
    m_problem = problem;
    emit availabilityChanged(true, m_problem);
}

void KeyVault::leaveSessionOnly() {
    if (!m_sessionOnly)
        return;
    m_sessionOnly = false;
    m_problem.clear();
    emit availabilityChanged(false, {});
}

void KeyVault::probe(const QString& account) {
    QPointer<KeyVault> self(this);
    read(account, [self, account](const KeyStoreResult& r) {
        if (!self)
            return;
        const bool inMemory = self->m_memory->contains(account);
        self->learn(account, r.ok() ? r.secret : QString(),
                    inMemory ? KeyState::SessionOnly : KeyState::Stored);
    });
}

void KeyVault::read(const QString& account, KeyStore::Callback done) {
    if (m_memory->contains(account)) {
        m_memory->read(account, std::move(done));
        return;
    }
    if (!m_keychain) {
        KeyStoreResult r;
        r.status = KeyStoreResult::Status::Unavailable;
        goSessionOnly(r);
        r.status = KeyStoreResult::Status::NotFound;
        QMetaObject::invokeMethod(
            this, [done, r] { done(r); }, Qt::QueuedConnection);
        return;
    }
    QPointer<KeyVault> self(this);
    m_keychain->read(account, [self, done](const KeyStoreResult& r) {
        if (self && (r.status == KeyStoreResult::Status::Unavailable ||
                     r.status == KeyStoreResult::Status::Failed))
            self->goSessionOnly(r);
        done(r);
    });
}

void KeyVault::store(const QString& account, const QString& secret, Done done) {
    m_demo.remove(account);
    QPointer<KeyVault> self(this);
    auto inMemory = [self, account, secret, done] {
        if (!self)
            return;
        self->m_memory->write(
            account, secret, [self, account, secret, done](const KeyStoreResult&) {
                if (!self)
                    return;
                self->learn(account, secret, KeyState::SessionOnly);
                if (done)
                    done(true, tr("Key kept for this session only: %1").arg(self->m_problem));
            });
    };
    if (m_sessionOnly || !m_keychain) {
        inMemory();
        return;
    }
    m_keychain->write(account, secret,
                      [self, account, secret, done, inMemory](const KeyStoreResult& r) {
                          if (!self)
                              return;
                          if (r.ok()) {
                              self->m_memory->remove(account, [](const KeyStoreResult&) {});
                              self->learn(account, secret, KeyState::Stored);
                              if (done)
                                  done(true, tr("Key stored in the system keychain."));
                              return;
                          }
                          self->goSessionOnly(r);
                          inMemory();
                      });
}

void KeyVault::storeForSession(const QString& account, const QString& secret) {
    m_demo.insert(account);
    QPointer<KeyVault> self(this);
    m_memory->write(account, secret, [self, account, secret](const KeyStoreResult&) {
        if (self)
            self->learn(account, secret, KeyState::SessionOnly);
    });
}

void KeyVault::saveToKeychain(const QString& account, Done done) {
    QPointer<KeyVault> self(this);
    m_memory->read(account, [self, account, done](const KeyStoreResult& r) {
        if (!self)
            return;
        if (!r.ok()) {
            if (done)
                done(false, tr("There is no key to save."));
            return;
        }
        if (!self->m_keychain) {
            if (done)
                done(false, tr("No system keychain."));
            return;
        }
        const QString secret = r.secret;
        self->m_keychain->write(account, secret,
                                [self, account, secret, done](const KeyStoreResult& w) {
                                    if (!self)
                                        return;
                                    if (!w.ok()) {
                                        self->goSessionOnly(w);
                                        if (done)
                                            done(false, keyStoreProblem(w));
                                        return;
                                    }
                                    self->m_demo.remove(account);
                                    self->m_memory->remove(account, [](const KeyStoreResult&) {});
                                    self->learn(account, secret, KeyState::Stored);
                                    if (done)
                                        done(true, tr("Key stored in the system keychain."));
                                });
    });
}

void KeyVault::remove(const QString& account, Done done) {
    m_demo.remove(account);
    QPointer<KeyVault> self(this);
    m_memory->remove(account, [](const KeyStoreResult&) {});
    if (!m_keychain) {
        learn(account, {}, KeyState::Missing);
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(true, {}); }, Qt::QueuedConnection);
        return;
    }
    m_keychain->remove(account, [self, account, done](const KeyStoreResult& r) {
        if (!self)
            return;
        self->learn(account, {}, KeyState::Missing);
        const bool ok =
            r.ok() || r.status == KeyStoreResult::Status::NotFound || self->m_sessionOnly;
        if (done)
            done(ok, ok ? QString() : keyStoreProblem(r));
    });
}

void KeyVault::move(const QString& from, const QString& to, Done done) {
    if (from == to) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(true, {}); }, Qt::QueuedConnection);
        return;
    }
    QPointer<KeyVault> self(this);
    const bool demo = m_demo.contains(from);
    read(from, [self, from, to, done, demo](const KeyStoreResult& r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->learn(to, {}, KeyState::Missing);
            if (done)
                done(true, {}); // nothing to move
            return;
        }
        auto afterWrite = [self, from, done](bool ok, const QString& message) {
            if (!self)
                return;
            if (!ok) {
                if (done)
                    done(false, message);
                return;
            }
            // Only once the new entry exists is the old one deleted: a failure loses nothing.
            self->remove(from, [done, message](bool, const QString&) {
                if (done)
                    done(true, message);
            });
        };
        if (demo) {
            self->storeForSession(to, r.secret);
            afterWrite(true, {});
        } else {
            self->store(to, r.secret, afterWrite);
        }
    });
}

void KeyVault::retry() {
    if (!m_keychain)
        return;
    QStringList pending;
    for (auto it = m_info.begin(); it != m_info.end(); ++it)
        if (it.value().state == KeyState::SessionOnly && !m_demo.contains(it.key()) &&
            m_memory->contains(it.key()))
            pending.append(it.key());
    QPointer<KeyVault> self(this);
    if (pending.isEmpty()) {
        // Nothing to move: a read tells whether a Secret Service answers at all (a locked
        // keyring still answers "not found"; the next write will tell).
        m_keychain->read(QStringLiteral("ik-playground-probe"), [self](const KeyStoreResult& r) {
            if (!self)
                return;
            if (r.ok() || r.status == KeyStoreResult::Status::NotFound)
                self->leaveSessionOnly();
            else
                self->goSessionOnly(r);
        });
        return;
    }
    for (const QString& account : pending) {
        m_memory->read(account, [self, account](const KeyStoreResult& r) {
            if (!self || !r.ok())
                return;
            const QString secret = r.secret;
            self->m_keychain->write(
                account, secret, [self, account, secret](const KeyStoreResult& w) {
                    if (!self)
                        return;
                    if (!w.ok()) {
                        self->goSessionOnly(w);
                        return;
                    }
                    self->leaveSessionOnly();
                    self->m_memory->remove(account, [](const KeyStoreResult&) {});
                    self->learn(account, secret, KeyState::Stored);
                });
        });
    }
}

} // namespace ik
