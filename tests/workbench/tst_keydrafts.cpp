// The key being edited, per keychain account: a draft exists only while the field differs from
// what the store holds, says so by a signal, and is what a send uses before the vault's key
// (an emptied field included: nothing is sent then, not the stored key).

#include "keydrafts.h"
#include "keystore.h"
#include "keyvault.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ik;

namespace {

Workload workload(const QString& slug) {
    Workload w;
    w.id = slug;
    w.baseUrl = QStringLiteral("https://api.example.test");
    w.project = QStringLiteral("acme");
    w.slug = slug;
    return w;
}

// The key the lookup answers, waiting for the vault when it answers later.
std::optional<QString> lookUp(const SessionServices::KeyLookup& lookup, const Workload& w) {
    std::optional<QString> key;
    lookup(w, [&](QString k) { key = k; });
    if (!key)
        (void)QTest::qWaitFor([&] { return key.has_value(); }, 5000);
    return key;
}

} // namespace

class TstKeyDrafts : public QObject {
    Q_OBJECT

private slots:
    void draftOnlyWhileTheFieldDiffers() {
        KeyDrafts drafts;
        QSignalSpy changed(&drafts, &KeyDrafts::changed);
        const QString account = QStringLiteral("api.example.test/acme/bot");
        drafts.update(account, QStringLiteral("stored"), QStringLiteral("stored"));
        QVERIFY(!drafts.has(account));
        QCOMPARE(changed.size(), 0);

        drafts.update(account, QStringLiteral("edited"), QStringLiteral("stored"));
        QVERIFY(drafts.has(account));
        QCOMPARE(drafts.draft(account), std::optional(QStringLiteral("edited")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), account);
        drafts.update(account, QStringLiteral("edited"), QStringLiteral("stored"));
        QCOMPARE(changed.size(), 1); // the same text again is no change

        // An emptied field is a draft too: the stored key is not what the user sees.
        drafts.update(account, QString(), QStringLiteral("stored"));
        QCOMPARE(drafts.draft(account), std::optional(QString()));
        QCOMPARE(changed.size(), 2);

        drafts.update(account, QStringLiteral("stored"), QStringLiteral("stored"));
        QVERIFY(!drafts.has(account));
        QCOMPARE(drafts.draft(account), std::nullopt);
        QCOMPARE(changed.size(), 3);
        drafts.clear(account);
        QCOMPARE(changed.size(), 3);
        QVERIFY(drafts.accounts().isEmpty());
    }

    void lookupAnswersTheDraftFirst() {
        MemoryKeyStore store;
        KeyVault vault(&store);
        KeyDrafts drafts;
        const Workload bot = workload(QStringLiteral("bot"));
        const Workload other = workload(QStringLiteral("other"));
        QSignalSpy stored(&vault, &KeyVault::changed);
        vault.store(bot.account(), QStringLiteral("from-the-vault"));
        vault.store(other.account(), QStringLiteral("other-key"));
        QTRY_COMPARE(stored.size(), 2);
        const SessionServices::KeyLookup lookup = draftsThenVault(&drafts, &vault);

        QCOMPARE(lookUp(lookup, bot), std::optional(QStringLiteral("from-the-vault")));
        drafts.set(bot.account(), QStringLiteral("typed"));
        QCOMPARE(lookUp(lookup, bot), std::optional(QStringLiteral("typed")));
        QCOMPARE(lookUp(lookup, other), std::optional(QStringLiteral("other-key")));
        drafts.set(bot.account(), QString());
        QCOMPARE(lookUp(lookup, bot), std::optional(QString()));
        drafts.clear(bot.account());
        QCOMPARE(lookUp(lookup, bot), std::optional(QStringLiteral("from-the-vault")));
        // Nothing stored and no draft: no key.
        QCOMPARE(lookUp(lookup, workload(QStringLiteral("none"))), std::optional(QString()));
    }

    void lookupOutlivesNeither() {
        auto drafts = std::make_unique<KeyDrafts>();
        auto vault = std::make_unique<KeyVault>(nullptr);
        const SessionServices::KeyLookup lookup = draftsThenVault(drafts.get(), vault.get());
        drafts.reset();
        vault.reset();
        QCOMPARE(lookUp(lookup, workload(QStringLiteral("bot"))), std::optional(QString()));
    }
};

QTEST_GUILESS_MAIN(TstKeyDrafts)
#include "tst_keydrafts.moc"
