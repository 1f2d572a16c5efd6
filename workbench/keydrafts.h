#pragma once
// The key being edited for each keychain account: what the key field shows while it differs from
// what the store holds. The key that is sent is the key the guard judged, so the window's key
// lookup answers a draft first, then the vault. A draft is held in memory only (DESIGN.md "Rules
// that hold everywhere": a key lives only in the keychain or in memory for this session) and is
// never written anywhere; saving it is a separate act (KeyVault::store).

#include "runsession.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace ik {

class KeyVault;

class KeyDrafts : public QObject {
    Q_OBJECT
public:
    explicit KeyDrafts(QObject* parent = nullptr);

    bool has(const QString& account) const { return m_drafts.contains(account); }
    // The unsaved text (possibly empty: the field was cleared), or nothing when the field shows
    // what the store holds.
    std::optional<QString> draft(const QString& account) const;
    // `text` is what the field shows, `stored` what the store holds: equal means no draft.
    void update(const QString& account, const QString& text, const QString& stored);
    void set(const QString& account, const QString& text);
    void clear(const QString& account);
    QStringList accounts() const { return m_drafts.keys(); }

signals:
    void changed(const QString& account);

private:
    QHash<QString, QString> m_drafts;
};

// The key a send to a workload uses: its account's draft when there is one, else the vault's.
// Neither pointer is owned; a draft answers at once, the vault when the keychain does.
SessionServices::KeyLookup draftsThenVault(const KeyDrafts* drafts, KeyVault* vault);

} // namespace ik
