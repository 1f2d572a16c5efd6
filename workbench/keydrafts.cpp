#include "keydrafts.h"

#include "keyvault.h"

namespace ik {

KeyDrafts::KeyDrafts(QObject* parent) : QObject(parent) {}

std::optional<QString> KeyDrafts::draft(const QString& account) const {
    const auto it = m_drafts.constFind(account);
    if (it == m_drafts.constEnd())
        return std::nullopt;
    return *it;
}

void KeyDrafts::update(const QString& account, const QString& text, const QString& stored) {
    if (text == stored)
        clear(account);
    else
        set(account, text);
}

void KeyDrafts::set(const QString& account, const QString& text) {
    const auto it = m_drafts.constFind(account);
    if (it != m_drafts.constEnd() && *it == text)
        return;
    m_drafts.insert(account, text);
    emit changed(account);
}

void KeyDrafts::clear(const QString& account) {
    if (m_drafts.remove(account))
        emit changed(account);
}

SessionServices::KeyLookup draftsThenVault(const KeyDrafts* drafts, KeyVault* vault) {
    return [drafts = QPointer<const KeyDrafts>(drafts), vault = QPointer<KeyVault>(vault)](
               const Workload& workload, std::function<void(QString)> done) {
        const QString account = workload.account();
        if (drafts) {
            if (const std::optional<QString> text = drafts->draft(account)) {
                done(*text);
                return;
            }
        }
        if (!vault) {
            done({});
            return;
        }
        vault->read(account,
                    [done](const KeyStoreResult& r) { done(r.ok() ? r.secret : QString()); });
    };
}

} // namespace ik
