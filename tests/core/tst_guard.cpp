// The credential guard: each block and each warning of issue 3, judged without widgets or sockets.

#include "guard.h"

#include <QtTest>

using namespace ik;

namespace {
const QString kSecret =
    QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
const QString kKey = QStringLiteral("ik_live_a1b2c3d4_") + kSecret;
const QString kOtherKey =
    QStringLiteral("ik_live_99887766_") + QString(kSecret).replace(u'0', u'f');
const QString kToken = QStringLiteral("ik_sdk_0badf00d_") + kSecret;

WorkloadRef ref(const QString& base = QStringLiteral("https://api.inferencekey.com"),
                const QString& project = QStringLiteral("acme"),
                const QString& workload = QStringLiteral("support-bot")) {
    return {QUrl(base), project, workload};
}
} // namespace

class TestGuard : public QObject {
    Q_OBJECT
private slots:
    void blocks_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("code");
        QTest::newRow("control token")
            << "https://api.inferencekey.com" << kToken << "wrong_credential_type";
        QTest::newRow("malformed")
            << "https://api.inferencekey.com" << QString(kKey).left(40) << "malformed_key";
        QTest::newRow("no key") << "https://api.inferencekey.com" << QString() << "missing_key";
        QTest::newRow("trailing newline")
            << "https://api.inferencekey.com" << QString(kKey + u'\n') << "fixable_key";
        QTest::newRow("plain http remote") << "http://api.example.com" << kKey << "plain_http";
        QTest::newRow("not a url") << "ftp://x" << kKey << "invalid_url";
    }
    void blocks() {
        QFETCH(QString, base);
        QFETCH(QString, key);
        QFETCH(QString, code);
        CredentialGuard guard;
        const GuardVerdict v = guard.judge({ref(base), key});
        QVERIFY(!v.canSend());
        QCOMPARE(v.level(), GuardVerdict::Level::Block);
        QVERIFY2(v.has(code), qPrintable(v.details()));
        QVERIFY(!v.headline().isEmpty());
        QVERIFY(!v.fix().isEmpty());
        // Nothing the guard says may hold the secret.
        QVERIFY(!v.details().contains(kSecret));
    }

    void controlTokenIsNamed() {
        CredentialGuard guard;
        const GuardVerdict v = guard.judge({ref(), kToken});
        QVERIFY(v.headline().contains(QStringLiteral("Wrong credential type")));
        QVERIFY(v.headline().contains(QStringLiteral("control token")));
    }

    void fixableOffersNormalisedKey() {
        CredentialGuard guard;
        const GuardVerdict v = guard.judge({ref(), kKey + QStringLiteral("\n")});
        QCOMPARE(v.key.normalised, kKey);
        QVERIFY(!v.key.changes.isEmpty());
    }

    void loopbackHttpIsAllowed_data() {
        QTest::addColumn<QString>("base");
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080";
        QTest::newRow("localhost") << "http://localhost:9000";
        QTest::newRow("::1") << "http://[::1]:9000";
        QTest::newRow("https remote") << "https://api.inferencekey.com";
    }
    void loopbackHttpIsAllowed() {
        QFETCH(QString, base);
        CredentialGuard guard;
        const GuardVerdict v = guard.judge({ref(base), kKey});
        QVERIFY2(v.canSend(), qPrintable(v.details()));
        QCOMPARE(v.level(), GuardVerdict::Level::Ok);
    }

    void keyInPromptOrSystemAsks() {
        CredentialGuard guard;
        GuardVerdict v = guard.judge({ref(), kKey, QStringLiteral("my key is ") + kOtherKey, {}});
        QVERIFY(v.canSend());
        QVERIFY(v.needsConfirmation());
        QVERIFY(v.has(QStringLiteral("key_in_prompt")));
        v = guard.judge({ref(), kKey, QStringLiteral("hello"), QStringLiteral("use ") + kToken});
        QVERIFY(v.needsConfirmation());
        QVERIFY(v.has(QStringLiteral("key_in_system")));
        v = guard.judge({ref(), kKey, QStringLiteral("hello"), QStringLiteral("be brief")});
        QVERIFY(!v.needsConfirmation());
    }

    void sameKeyTwoProjectsAsks() {
        CredentialGuard guard;
        guard.noteStoredKey(
            ref(QStringLiteral("https://api.inferencekey.com"), QStringLiteral("other")),
            QStringLiteral("a1b2c3d4"));
        guard.noteStoredKey(ref(), QStringLiteral("a1b2c3d4"));
        GuardVerdict v = guard.judge({ref(), kKey});
        QVERIFY(v.needsConfirmation());
        QVERIFY(v.has(QStringLiteral("key_shared_across_projects")));
        QVERIFY(!v.details().contains(kSecret));
        // Same project, other workload: fine (a key may be issued for project/*).
        CredentialGuard same;
        same.noteStoredKey(ref(QStringLiteral("https://api.inferencekey.com"),
                               QStringLiteral("acme"), QStringLiteral("billing")),
                           QStringLiteral("a1b2c3d4"));
        QVERIFY(!same.judge({ref(), kKey}).needsConfirmation());
        guard.forgetStoredKey(
            ref(QStringLiteral("https://api.inferencekey.com"), QStringLiteral("other")));
        QVERIFY(!guard.judge({ref(), kKey}).needsConfirmation());
    }

    void rememberedAnswers() {
        CredentialGuard guard;
        guard.noteServerAnswer(QStringLiteral("a1b2c3d4"), ref(),
                               QStringLiteral("scope_insufficient"));
        QVERIFY(guard.judge({ref(), kKey}).has(QStringLiteral("known_scope_insufficient")));
        // Scope answers are per workload; another workload of the project is not flagged.
        const WorkloadRef billing = ref(QStringLiteral("https://api.inferencekey.com"),
                                        QStringLiteral("acme"), QStringLiteral("billing"));
        QVERIFY(!guard.judge({billing, kKey}).needsConfirmation());
        // Another key id is not flagged.
        QVERIFY(!guard.judge({ref(), kOtherKey}).needsConfirmation());

        guard.noteServerAnswer(QStringLiteral("a1b2c3d4"), billing,
                               QStringLiteral("project_scope_mismatch"));
        QVERIFY(guard.judge({ref(), kKey}).has(QStringLiteral("known_project_scope_mismatch")));
        // Other codes are not remembered.
        guard.noteServerAnswer(QStringLiteral("99887766"), ref(),
                               QStringLiteral("wrong_credential_type"));
        QVERIFY(!guard.judge({ref(), kOtherKey}).needsConfirmation());

        // Persisted as id + answer only, and restored.
        const QStringList lines = guard.rememberedAnswers();
        QCOMPARE(lines.size(), 2);
        for (const auto& line : lines)
            QVERIFY(!line.contains(kSecret));
        CredentialGuard restored;
        restored.restoreAnswers(lines +
                                QStringList{QStringLiteral("scope_insufficient|x|") + kKey});
        QCOMPARE(restored.rememberedAnswers(), lines);
        QVERIFY(restored.judge({ref(), kKey}).needsConfirmation());

        restored.noteSuccess(QStringLiteral("a1b2c3d4"), ref());
        QVERIFY(!restored.judge({ref(), kKey}).needsConfirmation());
    }
};

QTEST_GUILESS_MAIN(TestGuard)
#include "tst_guard.moc"
