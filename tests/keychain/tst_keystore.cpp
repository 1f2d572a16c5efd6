// Key stores against the real thing: gnome-keyring's Secret Service inside dbus-run-session (as
// ./test runs it), a child process of this test with no Secret Service at all, and memory.

#include "keychainlabel.h"
#include "keystore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <cstdio>
#include <optional>

using namespace ik;
using Status = KeyStoreResult::Status;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr auto kChildSwitch = "IK_TST_KEYSTORE_CHILD";

// Runs one store call and waits for its callback from the event loop; also reports whether the
// callback came inside the call (it never may).
struct Call {
    std::optional<KeyStoreResult> result;
    bool calledInside = false;
};

template <typename Start> Call await(Start start, int timeoutMs = 20000) {
    Call call;
    bool inside = true;
    start([&call, &inside](const KeyStoreResult& r) {
        call.result = r;
        call.calledInside = inside;
    });
    inside = false;
    (void)QTest::qWaitFor([&call] { return call.result.has_value(); }, timeoutMs);
    return call;
}

QString fakeKey() {
    // Shaped like a real ik_live_ key, random so no run can see another's.
    const QString hex =
        QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
    return QStringLiteral("ik_live_1a2b3c4d_") + hex;
}

// The no-Secret-Service side: writes and reads a key with nothing to answer, prints the results.
int childMain(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    KeychainKeyStore store;
    const QString account = QStringLiteral("127.0.0.1:1/acme/child");
    const QString secret = fakeKey();
    int pending = 2;
    auto print = [&pending, &app](const char* what, const KeyStoreResult& r) {
        std::printf("%s %d %s\n", what, int(r.status), r.message.toUtf8().constData());
        std::fflush(stdout);
        if (--pending == 0)
            app.quit();
    };
    store.write(account, secret, [print](const KeyStoreResult& r) { print("write", r); });
    store.read(account, [print](const KeyStoreResult& r) { print("read", r); });
    std::printf("secret %s\n", secret.toUtf8().constData());
    std::fflush(stdout);
    return app.exec();
}

QStringList entriesUnder(const QString& dir) {
    QStringList found;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace

class TstKeyStore : public QObject {
    Q_OBJECT

private:
    QString m_account;

    // What secret-tool (libsecret's own command line) sees for an account.
    static QString secretToolSearch(const QString& account) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                QStringLiteral("user"), account});
        if (!finished.wait(20000))
            return QStringLiteral("<secret-tool did not finish>");
        return QString::fromUtf8(p.readAll());
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside dbus-run-session with an unlocked gnome-keyring (see ./test)");
        m_account = QStringLiteral("127.0.0.1:%1/acme/support-bot-%2")
                        .arg(QCoreApplication::applicationPid())
                        .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    }

    void keychainRoundTrip() {
        KeychainKeyStore store;
        QCOMPARE(store.name(), QStringLiteral("system keychain"));
        const QString key = fakeKey();

        Call missing = await([&](auto cb) { store.read(m_account, cb); });
        QVERIFY(missing.result);
        QCOMPARE(missing.result->status, Status::NotFound);
        QVERIFY(!missing.calledInside);

        Call write = await([&](auto cb) { store.write(m_account, key, cb); });
        QVERIFY(write.result);
        QVERIFY2(write.result->ok(), qPrintable(write.result->message));
        QVERIFY(!write.calledInside);

        Call read = await([&](auto cb) { store.read(m_account, cb); });
        QVERIFY(read.result);
        QVERIFY2(read.result->ok(), qPrintable(read.result->message));
        QCOMPARE(read.result->secret, key);
        QVERIFY(!read.calledInside);

        // Where it landed, as the Secret Service itself reports it: under QtKeychain's
        // attributes, with a label that says what the key is for (a keyring manager shows it).
        const QString listed = secretToolSearch(m_account);
        const QStringList parts = m_account.split(u'/');
        const QString label =
            QStringLiteral("label = InferenceKey key for acme/%1 on %2").arg(parts[2], parts[0]);
        QVERIFY2(listed.contains(label), qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("attribute.user = ") + m_account),
                 qPrintable(listed));
        QVERIFY2(listed.contains(QStringLiteral("attribute.server = ik-playground")),
                 qPrintable(listed));
        QVERIFY(listed.contains(QStringLiteral("secret = ") + key));

        // Overwrite keeps one entry with the new value.
        const QString second = fakeKey();
        Call overwrite = await([&](auto cb) { store.write(m_account, second, cb); });
        QVERIFY(overwrite.result && overwrite.result->ok());
        Call reread = await([&](auto cb) { store.read(m_account, cb); });
        QVERIFY(reread.result && reread.result->ok());
        QCOMPARE(reread.result->secret, second);
        QCOMPARE(secretToolSearch(m_account).count(QStringLiteral("label = ")), 1);
        QVERIFY(secretToolSearch(m_account).contains(label));

        Call removed = await([&](auto cb) { store.remove(m_account, cb); });
        QVERIFY(removed.result);
        QVERIFY2(removed.result->ok(), qPrintable(removed.result->message));
        QVERIFY(!removed.calledInside);

        Call gone = await([&](auto cb) { store.read(m_account, cb); });
        QVERIFY(gone.result);
        QCOMPARE(gone.result->status, Status::NotFound);
        QVERIFY(!gone.result->message.isEmpty());
        QVERIFY(!secretToolSearch(m_account).contains(QStringLiteral("label = ")));
    }

    void labelsSayWhatTheKeyIsFor_data() {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("label");
        QTest::newRow("key") << u"api.inferencekey.com/acme/support-bot"_s
                             << u"InferenceKey key for acme/support-bot on api.inferencekey.com"_s;
        QTest::newRow("port") << u"127.0.0.1:8931/acme/billing"_s
                              << u"InferenceKey key for acme/billing on 127.0.0.1:8931"_s;
        QTest::newRow("control token")
            << u"control/api.inferencekey.com/acme"_s
            << u"InferenceKey control token for acme on api.inferencekey.com"_s;
        QTest::newRow("other") << u"odd"_s << u"InferenceKey key for odd"_s;
    }
    void labelsSayWhatTheKeyIsFor() {
        QFETCH(QString, account);
        QFETCH(QString, label);
        QCOMPARE(keychainLabel(account), label);
    }

    void accountsAreSeparate() {
        KeychainKeyStore store;
        const QString a = m_account + QStringLiteral("-a");
        const QString b = m_account + QStringLiteral("-b");
        const QString keyA = fakeKey();
        QVERIFY(await([&](auto cb) { store.write(a, keyA, cb); }).result->ok());
        Call readB = await([&](auto cb) { store.read(b, cb); });
        QCOMPARE(readB.result->status, Status::NotFound);
        Call removeB = await([&](auto cb) { store.remove(b, cb); });
        QVERIFY(removeB.result->ok()); // removing nothing is not an error
        Call readA = await([&](auto cb) { store.read(a, cb); });
        QCOMPARE(readA.result->secret, keyA);
        QVERIFY(await([&](auto cb) { store.remove(a, cb); }).result->ok());
    }

    void storeDeletedBeforeTheAnswer() {
        // The callback belongs to the store: once the store is gone it must not run.
        bool called = false;
        auto* store = new KeychainKeyStore;
        store->read(m_account, [&called](const KeyStoreResult&) { called = true; });
        delete store;
        KeychainKeyStore other; // a later job proves the queue moved on
        Call after = await([&](auto cb) { other.read(m_account, cb); });
        QVERIFY(after.result);
        QVERIFY(!called);
    }

    void noSecretServiceIsUnavailableAndWritesNothing() {
        QTemporaryDir home;
        QTemporaryDir runtime;
        QVERIFY(home.isValid() && runtime.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CONFIG_HOME", "XDG_DATA_HOME",
                              "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
        env.insert(QString::fromLatin1(kChildSwitch), QStringLiteral("1"));

        QProcess child;
        child.setProcessEnvironment(env);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!finished.wait(60000)) {
            child.kill();
            QVERIFY(finished.wait(5000));
            QFAIL("the child hung with no Secret Service: the store must answer, not wait");
        }
        const QString out = QString::fromUtf8(child.readAllStandardOutput());
        const QString err = QString::fromUtf8(child.readAllStandardError());
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);

        QString secret, writeLine, readLine;
        for (const QString& line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("secret ")))
                secret = line.mid(7);
            else if (line.startsWith(QLatin1String("write ")))
                writeLine = line.mid(6);
            else if (line.startsWith(QLatin1String("read ")))
                readLine = line.mid(5);
        }
        QVERIFY2(!writeLine.isEmpty() && !readLine.isEmpty(), qPrintable(out + err));
        const auto status = [](const QString& l) { return l.section(QLatin1Char(' '), 0, 0); };
        const auto message = [](const QString& l) { return l.section(QLatin1Char(' '), 1); };
        QCOMPARE(status(writeLine), QString::number(int(Status::Unavailable)));
        QCOMPARE(status(readLine), QString::number(int(Status::Unavailable)));
        QVERIFY2(message(writeLine).startsWith(
                     QLatin1String("no Secret Service (system keyring) answered: ")),
                 qPrintable(writeLine));
        QVERIFY(!secret.isEmpty());
        QVERIFY(!writeLine.contains(secret) && !readLine.contains(secret));
        QVERIFY(!err.contains(secret));

        // No plaintext fallback, no stray config: nothing at all under that HOME.
        QCOMPARE(entriesUnder(home.path()), QStringList());
        QCOMPARE(entriesUnder(runtime.path()), QStringList());
    }

    void memoryStore() {
        MemoryKeyStore store;
        QCOMPARE(store.name(), QStringLiteral("this session only"));
        const QString key = fakeKey();
        Call missing = await([&](auto cb) { store.read(QStringLiteral("a"), cb); });
        QCOMPARE(missing.result->status, Status::NotFound);
        QVERIFY(!missing.calledInside);
        QVERIFY(!missing.result->message.contains(key));

        Call write = await([&](auto cb) { store.write(QStringLiteral("a"), key, cb); });
        QVERIFY(write.result->ok());
        QVERIFY(!write.calledInside);
        QVERIFY(store.contains(QStringLiteral("a")));
        QVERIFY(!store.contains(QStringLiteral("b")));

        Call read = await([&](auto cb) { store.read(QStringLiteral("a"), cb); });
        QVERIFY(read.result->ok());
        QCOMPARE(read.result->secret, key);
        QVERIFY(!read.calledInside);

        QVERIFY(await([&](auto cb) {
                    store.write(QStringLiteral("a"), QStringLiteral("x"), cb);
                }).result->ok());
        QCOMPARE(await([&](auto cb) { store.read(QStringLiteral("a"), cb); }).result->secret,
                 QStringLiteral("x"));

        Call removed = await([&](auto cb) { store.remove(QStringLiteral("a"), cb); });
        QVERIFY(removed.result->ok());
        QVERIFY(!removed.calledInside);
        QVERIFY(!store.contains(QStringLiteral("a")));
        QCOMPARE(await([&](auto cb) { store.read(QStringLiteral("a"), cb); }).result->status,
                 Status::NotFound);

        // A write is visible to a read issued right after it, before either answered.
        std::optional<KeyStoreResult> late;
        store.write(QStringLiteral("c"), key, {});
        store.read(QStringLiteral("c"), [&late](const KeyStoreResult& r) { late = r; });
        QVERIFY(!late);
        QTRY_VERIFY(late.has_value());
        QCOMPARE(late->secret, key);
    }

    void memoryStoreDeletedBeforeTheAnswer() {
        bool called = false;
        auto* store = new MemoryKeyStore;
        store->read(QStringLiteral("a"), [&called](const KeyStoreResult&) { called = true; });
        delete store;
        MemoryKeyStore other;
        QVERIFY(await([&](auto cb) { other.read(QStringLiteral("a"), cb); }).result);
        QVERIFY(!called);
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsSet(kChildSwitch))
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TstKeyStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
