// The credential guard: what the user reads about a pasted key, and how keys are shown.

#include "credential.h"
#include "guard.h"

#include <QTest>

using ik::Credential;
using ik::CredentialKind;
using ik::Verdict;

namespace {

const QString kId = QStringLiteral("0a1b2c3d");
const QString kSecret =
    QStringLiteral("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d");
const QString kLive = QStringLiteral("ik_live_") + kId + u'_' + kSecret;
const QString kSdk = QStringLiteral("ik_sdk_") + kId + u'_' + kSecret;
const QString kRedactedLive = QStringLiteral("ik_live_0a1b2c3d\u2026");

QString withSecretChar(qsizetype index, QChar c) {
    QString s = kSecret;
    s[index] = c;
    return QStringLiteral("ik_live_") + kId + u'_' + s;
}

} // namespace

Q_DECLARE_METATYPE(Verdict::Status)

class TestCredential : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void verdict_data();
    void verdict();
    void noVerdictTextContainsTheSecret_data();
    void noVerdictTextContainsTheSecret();
    void normaliseOnlyAppliesSafeFixes_data();
    void normaliseOnlyAppliesSafeFixes();
    void redactKey_data();
    void redactKey();
    void redactSecrets_data();
    void redactSecrets();
    void redactSecretsIsIdempotent();
    void redactKeyBoundsTheKind_data();
    void redactKeyBoundsTheKind();
    void disguisedKeysAreFound_data();
    void disguisedKeysAreFound();
    void proseIsLeftAlone_data();
    void proseIsLeftAlone();
};

void TestCredential::initTestCase() {
    QCOMPARE(kId.size(), 8);
    QCOMPARE(kSecret.size(), 64);
}

void TestCredential::parse_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("id");

    QTest::newRow("data key") << kLive << int(CredentialKind::DataKey) << QStringLiteral("ik_live_")
                              << kId;
    QTest::newRow("control token")
        << kSdk << int(CredentialKind::ControlToken) << QStringLiteral("ik_sdk_") << kId;
    QTest::newRow("uppercase hex accepted")
        << QStringLiteral("ik_live_0A1B2C3D_") + kSecret.toUpper() << int(CredentialKind::DataKey)
        << QStringLiteral("ik_live_") << QStringLiteral("0A1B2C3D");
    QTest::newRow("empty") << QString() << int(CredentialKind::Empty) << QString() << QString();
    QTest::newRow("foreign") << QStringLiteral("sk-proj-abc123") << int(CredentialKind::Foreign)
                             << QString() << QString();
    QTest::newRow("truncated") << kLive.chopped(1) << int(CredentialKind::Malformed)
                               << QStringLiteral("ik_live_") << kId;
    QTest::newRow("unknown kind") << QStringLiteral("ik_test_") + kId + u'_' + kSecret
                                  << int(CredentialKind::Malformed) << QStringLiteral("ik_test_")
                                  << kId;
    QTest::newRow("not normalised: trailing newline")
        << kLive + u'\n' << int(CredentialKind::Malformed) << QStringLiteral("ik_live_") << kId;
}

void TestCredential::parse() {
    QFETCH(QString, text);
    QFETCH(int, kind);
    QFETCH(QString, prefix);
    QFETCH(QString, id);

    const Credential c = Credential::parse(text);
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.prefix, prefix);
    QCOMPARE(c.id, id);
    if (c.kind == CredentialKind::DataKey)
        QCOMPARE(c.secret.toLower(), kSecret);
}

void TestCredential::verdict_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("inferenceKeyEndpoint");
    QTest::addColumn<Verdict::Status>("status");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QStringList>("changes");

    using S = Verdict::Status;
    const QString wrongType = QStringLiteral(
        "wrong credential type: this is the project's control-plane token; inference needs the "
        "workload's ik_live_ key");

    QTest::newRow("good data key")
        << kLive << true << S::Ok << QStringLiteral("ik_live_0a1b2c3d\u2026") << QString()
        << QStringList{};
    QTest::newRow("control token")
        << kSdk << true << S::WrongType << wrongType << QString() << QStringList{};
    QTest::newRow("control token, non-InferenceKey endpoint")
        << kSdk << false << S::WrongType << wrongType << QString() << QStringList{};
    QTest::newRow("truncated control token is still the wrong type")
        << kSdk.chopped(10) << true << S::WrongType << wrongType << QString() << QStringList{};

    QTest::newRow("secret one short") << kLive.chopped(1) << true << S::Malformed
                                      << QStringLiteral("the secret has 63 of 64 hex characters: "
                                                        "truncated paste?")
                                      << QString() << QStringList{};
    QTest::newRow("secret one long")
        << kLive + u'a' << true << S::Malformed
        << QStringLiteral("the secret has 65 hex characters, expected 64") << QString()
        << QStringList{};
    QTest::newRow("non-hex in secret")
        << withSecretChar(5, u'g') << true << S::Malformed
        << QStringLiteral("character 'g' at position 23 is not hex") << QString() << QStringList{};
    QTest::newRow("space inside the secret (wrapped paste)")
        << withSecretChar(40, u' ') << true << S::Malformed
        << QStringLiteral("a space at position 58 is not hex") << QString() << QStringList{};
    QTest::newRow("non-hex in id")
        << QStringLiteral("ik_live_0a1z2c3d_") + kSecret << true << S::Malformed
        << QStringLiteral("character 'z' at position 12 is not hex") << QString() << QStringList{};
    QTest::newRow("id too short") << QStringLiteral("ik_live_0a1b2c3_") + kSecret << true
                                  << S::Malformed
                                  << QStringLiteral("the id has 7 of 8 hex characters") << QString()
                                  << QStringList{};
    QTest::newRow("id too long") << QStringLiteral("ik_live_0a1b2c3d4_") + kSecret << true
                                 << S::Malformed
                                 << QStringLiteral("the id has 9 hex characters, expected 8")
                                 << QString() << QStringList{};
    QTest::newRow("empty id") << QStringLiteral("ik_live__") + kSecret << true << S::Malformed
                              << QStringLiteral("the id is missing") << QString() << QStringList{};
    QTest::newRow("unknown kind") << QStringLiteral("ik_test_") + kId + u'_' + kSecret << true
                                  << S::Malformed
                                  << QStringLiteral("unknown credential kind 'ik_test_'")
                                  << QString() << QStringList{};
    QTest::newRow("only the prefix")
        << QStringLiteral("ik_live_") << true << S::Malformed
        << QStringLiteral("the id and the secret are missing") << QString() << QStringList{};
    QTest::newRow("only ik_") << QStringLiteral("ik_") << true << S::Malformed
                              << QStringLiteral("the key stops after 'ik_'") << QString()
                              << QStringList{};
    QTest::newRow("no secret") << QStringLiteral("ik_live_") + kId << true << S::Malformed
                               << QStringLiteral("the secret is missing") << QString()
                               << QStringList{};
    QTest::newRow("no secret after the separator")
        << QStringLiteral("ik_live_") + kId + u'_' << true << S::Malformed
        << QStringLiteral("the secret is missing") << QString() << QStringList{};
    QTest::newRow("separator between id and secret missing")
        << QStringLiteral("ik_live_") + kId + kSecret << true << S::Malformed
        << QStringLiteral("the '_' between the 8-character id and the secret is missing")
        << QString() << QStringList{};
    QTest::newRow("the redacted form pasted")
        << kRedactedLive << true << S::Malformed << QStringLiteral("redacted form of a key")
        << QString() << QStringList{};
    QTest::newRow("uppercase prefix")
        << QStringLiteral("IK_LIVE_") + kId + u'_' + kSecret << true << S::Malformed
        << QStringLiteral("lowercase") << QString() << QStringList{};
    QTest::newRow("dashes for underscores")
        << QStringLiteral("ik-live-") + kId + u'-' + kSecret << true << S::Malformed
        << QStringLiteral("separated by '-'") << QString() << QStringList{};

    QTest::newRow("empty") << QString() << true << S::Missing << QStringLiteral("no key given")
                           << QString() << QStringList{};
    QTest::newRow("whitespace only") << QStringLiteral("  \n") << true << S::Missing
                                     << QStringLiteral("no key given") << QString()
                                     << QStringList{QStringLiteral("removed a leading newline and "
                                                                   "2 leading spaces")};
    QTest::newRow("empty quotes") << QStringLiteral("\"\"") << true << S::Missing
                                  << QStringLiteral("no key given") << QString()
                                  << QStringList{
                                         QStringLiteral("removed surrounding double quotes")};

    QTest::newRow("trailing newline")
        << kLive + u'\n' << true << S::Fixable << QStringLiteral("removed a trailing newline")
        << kLive << QStringList{QStringLiteral("removed a trailing newline")};
    QTest::newRow("trailing CRLF")
        << kLive + QStringLiteral("\r\n") << true << S::Fixable << QStringLiteral("CRLF") << kLive
        << QStringList{QStringLiteral("removed a trailing CRLF line break")};
    QTest::newRow("surrounding spaces and tab")
        << QStringLiteral("  ") + kLive + QStringLiteral("\t") << true << S::Fixable
        << QStringLiteral("spaces") << kLive
        << QStringList{QStringLiteral("removed 2 leading spaces"),
                       QStringLiteral("removed a trailing tab")};
    QTest::newRow("double quotes")
        << u'"' + kLive + u'"' << true << S::Fixable << QStringLiteral("quotes") << kLive
        << QStringList{QStringLiteral("removed surrounding double quotes")};
    QTest::newRow("single quotes")
        << u'\'' + kLive + u'\'' << true << S::Fixable << QStringLiteral("quotes") << kLive
        << QStringList{QStringLiteral("removed surrounding single quotes")};
    QTest::newRow("typographic quotes")
        << QStringLiteral("\u201C") + kLive + QStringLiteral("\u201D") << true << S::Fixable
        << QStringLiteral("quotes") << kLive
        << QStringList{QStringLiteral("removed surrounding typographic double quotes")};
    QTest::newRow("Bearer") << QStringLiteral("Bearer ") + kLive << true << S::Fixable
                            << QStringLiteral("Bearer") << kLive
                            << QStringList{QStringLiteral("removed a leading \"Bearer \"")};
    QTest::newRow("bearer lowercase, two spaces")
        << QStringLiteral("bearer  ") + kLive << true << S::Fixable << QStringLiteral("Bearer")
        << kLive << QStringList{QStringLiteral("removed a leading \"Bearer \"")};
    QTest::newRow("whole Authorization header")
        << QStringLiteral("Authorization: Bearer ") + kLive << true << S::Fixable
        << QStringLiteral("Authorization") << kLive
        << QStringList{QStringLiteral("removed a leading \"Authorization:\" header name"),
                       QStringLiteral("removed a leading \"Bearer \"")};
    QTest::newRow("zero-width space from a web page")
        << kLive + QStringLiteral("\u200B") << true << S::Fixable << QStringLiteral("invisible")
        << kLive
        << QStringList{QStringLiteral("removed a trailing invisible character (zero-width space "
                                      "or BOM)")};
    QTest::newRow("everything at once")
        << QStringLiteral(" \"Bearer ") + kLive + QStringLiteral("\"\n") << true << S::Fixable
        << QStringLiteral("newline") << kLive
        << QStringList{QStringLiteral("removed a leading space"),
                       QStringLiteral("removed a trailing newline"),
                       QStringLiteral("removed surrounding double quotes"),
                       QStringLiteral("removed a leading \"Bearer \"")};

    QTest::newRow("Bearer around a control token")
        << QStringLiteral("Bearer ") + kSdk << true << S::WrongType << wrongType << QString()
        << QStringList{QStringLiteral("removed a leading \"Bearer \"")};
    QTest::newRow("quotes around a truncated key")
        << u'"' + kLive.chopped(1) + QStringLiteral("\"\n") << true << S::Malformed
        << QStringLiteral("the secret has 63 of 64 hex characters: truncated paste? (after "
                          "cleaning up: removed a trailing newline; removed surrounding double "
                          "quotes)")
        << QString()
        << QStringList{QStringLiteral("removed a trailing newline"),
                       QStringLiteral("removed surrounding double quotes")};
    QTest::newRow("Bearer around a foreign key")
        << QStringLiteral("Bearer sk-proj-abc123") << true << S::Foreign
        << QStringLiteral("not an InferenceKey key") << QString()
        << QStringList{QStringLiteral("removed a leading \"Bearer \"")};

    QTest::newRow("OpenAI key, InferenceKey endpoint")
        << QStringLiteral("sk-proj-abc123") << true << S::Foreign
        << QStringLiteral("this is not an InferenceKey key (it looks like an OpenAI-style sk- key)")
        << QString() << QStringList{};
    QTest::newRow("OpenAI key, other endpoint")
        << QStringLiteral("sk-proj-abc123") << false << S::Ok
        << QStringLiteral("fine for an endpoint") << QString() << QStringList{};
    QTest::newRow("OpenAI key with newline, other endpoint")
        << QStringLiteral("sk-proj-abc123\n") << false << S::Fixable
        << QStringLiteral("removed a trailing newline") << QStringLiteral("sk-proj-abc123")
        << QStringList{QStringLiteral("removed a trailing newline")};
    QTest::newRow("data key, other endpoint")
        << kLive << false << S::Ok << QString() << QString() << QStringList{};
}

void TestCredential::verdict() {
    QFETCH(QString, raw);
    QFETCH(bool, inferenceKeyEndpoint);
    QFETCH(Verdict::Status, status);
    QFETCH(QString, reasonContains);
    QFETCH(QString, normalised);
    QFETCH(QStringList, changes);

    const Verdict v = ik::judgeKey(raw, inferenceKeyEndpoint);
    QCOMPARE(v.status, status);
    QVERIFY2(v.reason.contains(reasonContains), qPrintable(v.reason));
    QCOMPARE(v.normalised, normalised);
    QCOMPARE(v.changes, changes);
    for (const QString& change : changes) // the user reads what cleaning did
        QVERIFY2(v.reason.contains(change), qPrintable(v.reason));
    QCOMPARE(v.sendable(), status == Verdict::Status::Ok);
    QVERIFY(!v.reason.isEmpty());
    if (status != Verdict::Status::Ok)
        QVERIFY2(!v.fix.isEmpty(), "every verdict that blocks sending says what to do");
}

void TestCredential::noVerdictTextContainsTheSecret_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("secret");

    const QString s = kSecret;
    QTest::newRow("good") << kLive << s;
    QTest::newRow("control token") << kSdk << s;
    QTest::newRow("truncated") << kLive.chopped(1) << s.chopped(1);
    QTest::newRow("too long") << kLive + QStringLiteral("ff") << s + QStringLiteral("ff");
    QTest::newRow("non-hex") << withSecretChar(30, u'x') << withSecretChar(30, u'x').mid(17);
    QTest::newRow("fixable") << QStringLiteral("Bearer ") + kLive + u'\n' << s;
    QTest::newRow("fixable but truncated") << u'"' + kLive.chopped(3) + u'"' << s.chopped(3);
    QTest::newRow("unknown kind") << QStringLiteral("ik_prod_") + kId + u'_' + s << s;
    QTest::newRow("no separator") << QStringLiteral("ik_live_") + kId + s << s;
    QTest::newRow("long id") << QStringLiteral("ik_live_") + s + u'_' + kId << s;
    QTest::newRow("foreign") << QStringLiteral("sk-") + s << s;
}

void TestCredential::noVerdictTextContainsTheSecret() {
    QFETCH(QString, raw);
    QFETCH(QString, secret);

    for (bool ikEndpoint : {true, false}) {
        const Verdict v = ik::judgeKey(raw, ikEndpoint);
        const QString shown = v.reason + u'\n' + v.fix + u'\n' + v.changes.join(u'\n');
        // Not even a recognisable piece of it: no 12 consecutive characters of the secret.
        for (qsizetype i = 0; i + 12 <= secret.size(); ++i)
            QVERIFY2(!shown.contains(secret.mid(i, 12)), qPrintable(shown));
    }
}

void TestCredential::normaliseOnlyAppliesSafeFixes_data() {
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    QTest::newRow("inner space kept") << QStringLiteral("ab cd") << QStringLiteral("ab cd");
    QTest::newRow("unbalanced quote kept") << QStringLiteral("\"abc") << QStringLiteral("\"abc");
    QTest::newRow("case kept") << QStringLiteral("IK_LIVE_X") << QStringLiteral("IK_LIVE_X");
    QTest::newRow("Bearer alone kept") << QStringLiteral("Bearer") << QStringLiteral("Bearer");
    QTest::newRow("BearerX kept") << QStringLiteral("Bearerabc") << QStringLiteral("Bearerabc");
    QTest::newRow("nested") << QStringLiteral("'\"Bearer abc\"'") << QStringLiteral("abc");
}

void TestCredential::normaliseOnlyAppliesSafeFixes() {
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QStringList changes;
    QCOMPARE(ik::normaliseKey(raw, &changes), expected);
    QCOMPARE(changes.isEmpty(), raw == expected);
}

void TestCredential::redactKey_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    const QString opaque = QStringLiteral("ik\u2026");
    QTest::newRow("data key") << kLive << kRedactedLive;
    QTest::newRow("control token") << kSdk << QStringLiteral("ik_sdk_0a1b2c3d\u2026");
    QTest::newRow("truncated secret still parses") << kLive.left(20) << kRedactedLive;
    QTest::newRow("long id cut to 8")
        << QStringLiteral("ik_live_0a1b2c3d4e5f_abc") << kRedactedLive;
    QTest::newRow("short id shown whole")
        << QStringLiteral("ik_live_0a1b_abc") << QStringLiteral("ik_live_0a1b\u2026");
    QTest::newRow("empty secret") << QStringLiteral("ik_live_") + kId + u'_' << opaque;
    QTest::newRow("no secret part") << QStringLiteral("ik_live_") + kId << opaque;
    QTest::newRow("no separator") << QStringLiteral("ik_live_") + kId + kSecret << opaque;
    QTest::newRow("empty id") << QStringLiteral("ik_live__") + kSecret << opaque;
    QTest::newRow("empty kind") << QStringLiteral("ik__") + kId + u'_' + kSecret << opaque;
    QTest::newRow("prefix only") << QStringLiteral("ik_live_") << opaque;
    QTest::newRow("foreign") << QStringLiteral("sk-proj-abc123") << opaque;
    QTest::newRow("empty") << QString() << opaque;
    QTest::newRow("not normalised") << QStringLiteral("Bearer ") + kLive << opaque;
}

void TestCredential::redactKey() {
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(ik::redactKey(key), expected);
}

void TestCredential::redactSecrets_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("contains");

    QTest::newRow("server message")
        << QStringLiteral("key ") + kLive + QStringLiteral(" is revoked")
        << QStringLiteral("key ") + kRedactedLive + QStringLiteral(" is revoked") << true;
    QTest::newRow("header line") << QStringLiteral("Authorization: Bearer ") + kSdk
                                 << QStringLiteral("Authorization: Bearer ik_sdk_0a1b2c3d\u2026")
                                 << true;
    QTest::newRow("two keys in JSON")
        << QStringLiteral("{\"a\":\"") + kLive + QStringLiteral("\",\"b\":\"") + kSdk +
               QStringLiteral("\"}")
        << QStringLiteral("{\"a\":\"") + kRedactedLive +
               QStringLiteral("\",\"b\":\"ik_sdk_0a1b2c3d\u2026\"}")
        << true;
    QTest::newRow("non-hex inside the secret still redacted whole")
        << withSecretChar(10, u'q') + QStringLiteral(".") << kRedactedLive + QStringLiteral(".")
        << true;
    QTest::newRow("no separator: all opaque")
        << QStringLiteral("x ik_live_") + kId + kSecret << QStringLiteral("x ik\u2026") << true;
    QTest::newRow("prose about keys untouched")
        << QStringLiteral("inference needs the workload's ik_live_ key, not ik_sdk_")
        << QStringLiteral("inference needs the workload's ik_live_ key, not ik_sdk_") << false;
    QTest::newRow("public id alone untouched")
        << QStringLiteral("key id ik_live_0a1b2c3d") << QStringLiteral("key id ik_live_0a1b2c3d")
        << false;
    QTest::newRow("nothing") << QStringLiteral("plain text") << QStringLiteral("plain text")
                             << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void TestCredential::redactSecrets() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QFETCH(bool, contains);

    const QString redacted = ik::redactSecrets(text);
    QCOMPARE(redacted, expected);
    QVERIFY(!redacted.contains(kSecret.mid(8, 12)));
    QCOMPARE(ik::containsCredential(text), contains);
    QVERIFY(!ik::containsCredential(redacted));
}

void TestCredential::redactSecretsIsIdempotent() {
    const QString once = ik::redactSecrets(QStringLiteral("a ") + kLive + QStringLiteral(" b"));
    QCOMPARE(ik::redactSecrets(once), once);
}

void TestCredential::redactKeyBoundsTheKind_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    const QString opaque = QStringLiteral("ik\u2026");
    // A foreign key (--openai-compatible) may have any shape: what sits where the kind goes
    // may be the secret itself.
    QTest::newRow("64-character kind")
        << QStringLiteral("ik_") + kSecret + QStringLiteral("_id_secret") << opaque;
    QTest::newRow("hex kind") << QStringLiteral("ik_") + kId + u'_' + kSecret << opaque;
    QTest::newRow("long letter kind")
        << QStringLiteral("ik_abcdefghijklmnop_") + kId + u'_' + kSecret << opaque;
    QTest::newRow("short other kind") << QStringLiteral("ik_test_") + kId + u'_' + kSecret
                                      << QStringLiteral("ik_test_0a1b2c3d\u2026");
    QTest::newRow("upper case") << QStringLiteral("IK_LIVE_") + kId + u'_' + kSecret
                                << QStringLiteral("IK_LIVE_0a1b2c3d\u2026");
}

void TestCredential::redactKeyBoundsTheKind() {
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QString r = ik::redactKey(key);
    QCOMPARE(r, expected);
    for (qsizetype i = 0; i + 12 <= kSecret.size(); ++i)
        QVERIFY2(!r.contains(kSecret.mid(i, 12)), qPrintable(r));
}

void TestCredential::disguisedKeysAreFound_data() {
    QTest::addColumn<QString>("text");
    const QString zwsp(QChar(0x200B));
    QTest::newRow("other kind") << QStringLiteral("use ik_test_") + kId + u'_' + kSecret;
    QTest::newRow("admin kind") << QStringLiteral("ik_admin_") + kId + u'_' + kSecret + u'.';
    QTest::newRow("upper case") << QStringLiteral("key IK_LIVE_") + kId + u'_' + kSecret;
    QTest::newRow("upper case sdk") << QStringLiteral("IK_SDK_") + kId + u'_' + kSecret.toUpper();
    QTest::newRow("zero-width space in the secret")
        << QStringLiteral("k ik_live_") + kId + u'_' + kSecret.left(32) + zwsp + kSecret.mid(32);
    QTest::newRow("zero-width spaces everywhere")
        << QStringLiteral("ik_li") + zwsp + QStringLiteral("ve_") + kId.left(4) + zwsp +
               kId.mid(4) + u'_' + zwsp + kSecret.left(10) + zwsp + kSecret.mid(10);
    QTest::newRow("BOM and word joiner")
        << QStringLiteral("ik_live_") + kId + u'_' + kSecret.left(5) + QChar(0xFEFF) +
               kSecret.mid(5, 20) + QChar(0x2060) + kSecret.mid(25);
    QTest::newRow("newline in the secret")
        << QStringLiteral("ik_live_") + kId + u'_' + kSecret.left(40) + u'\n' + kSecret.mid(40);
    QTest::newRow("CRLF in the secret") << QStringLiteral("a ik_live_") + kId + u'_' +
                                               kSecret.left(30) + QStringLiteral("\r\n") +
                                               kSecret.mid(30) + QStringLiteral(" b");
    QTest::newRow("newline after the id")
        << QStringLiteral("ik_live_") + kId + QStringLiteral("_\n") + kSecret;
    QTest::newRow("%5F separators") << QStringLiteral("?key=ik%5Flive%5F") + kId +
                                           QStringLiteral("%5F") + kSecret + QStringLiteral("&x");
    QTest::newRow("%5f lower") << QStringLiteral("ik_live_") + kId + QStringLiteral("%5f") +
                                      kSecret;
    QTest::newRow("long kind") << QStringLiteral("ik_") + QString(64, u'a') + u'_' + kId + u'_' +
                                      kSecret;
}

// Whatever hides a key, the redaction, the guard's key-in-prompt check and containsCredential
// agree: found, redacted with no run of the secret left, and nothing found afterwards.
void TestCredential::disguisedKeysAreFound() {
    QFETCH(QString, text);
    QVERIFY(ik::containsCredential(text));
    const QString redacted = ik::redactSecrets(text);
    for (qsizetype i = 0; i + 12 <= kSecret.size(); ++i) {
        QVERIFY2(!redacted.contains(kSecret.mid(i, 12), Qt::CaseInsensitive), qPrintable(redacted));
        QVERIFY2(!redacted.contains(QString(kSecret.mid(i, 12)).insert(6, QChar(0x200B))),
                 qPrintable(redacted));
    }
    QVERIFY(!ik::containsCredential(redacted));
    QCOMPARE(ik::redactSecrets(redacted), redacted);
    ik::CredentialGuard guard;
    const ik::WorkloadRef ref{QUrl(QStringLiteral("https://api.inferencekey.com")),
                              QStringLiteral("acme"), QStringLiteral("bot")};
    QVERIFY(guard.judge(ik::GuardInput(ref, kLive, text)).has(QStringLiteral("key_in_prompt")));
    QVERIFY(
        !guard.judge(ik::GuardInput(ref, kLive, redacted)).has(QStringLiteral("key_in_prompt")));
}

void TestCredential::proseIsLeftAlone_data() {
    QTest::addColumn<QString>("text");
    QTest::newRow("identifiers") << QStringLiteral("see ik_call_options and ik_area_tests");
    QTest::newRow("tool name") << QStringLiteral("run ik-call chat or ik_sandbox");
    QTest::newRow("prose over lines")
        << QStringLiteral("needs the ik_live_\nkey, not IK_SDK_\ntokens");
    QTest::newRow("public id at a line end")
        << QStringLiteral("key id ik_live_0a1b2c3d\nand more text");
    QTest::newRow("redacted") << kRedactedLive + QStringLiteral("\n") + kRedactedLive;
    QTest::newRow("percent text") << QStringLiteral("100%5F off ik%5Fsomething");
}

void TestCredential::proseIsLeftAlone() {
    QFETCH(QString, text);
    QVERIFY(!ik::containsCredential(text));
    QCOMPARE(ik::redactSecrets(text), text);
}

QTEST_APPLESS_MAIN(TestCredential)
#include "tst_credential.moc"
