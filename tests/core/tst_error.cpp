// Error classification: what the user reads for every status and body shape a server sends.

#include "credential.h"
#include "error.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using ik::Error;
using ik::ErrorKind;
using ik::HeaderList;

Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(std::optional<int>)

namespace {

const QByteArray kSecretKey =
    "ik_live_0a1b2c3d_9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d";

QByteArray imfFixdate(const QDateTime& utc) {
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace

class TestError : public QObject {
    Q_OBJECT

private slots:
    void bodyShapes_data();
    void bodyShapes();
    void retryAfterFromHeaders_data();
    void retryAfterFromHeaders();
    void retryAfterHttpDate_data();
    void retryAfterHttpDate();
    void retryAfterRelativeToNow();
    void hints_data();
    void hints();
    void midStreamErrorFrame_data();
    void midStreamErrorFrame();
    void localKinds_data();
    void localKinds();
    void exitStatusesAreDistinct();
    void aClippedMessageHoldsNothingKeyShaped();
};

void TestError::bodyShapes_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("summary");

    QTest::newRow("403 documented shape")
        << 403
        << QByteArray(R"({"error":{"code":"wrong_credential_type","message":"ik_sdk_ tokens )"
                      R"(cannot call data routes"}})")
        << ErrorKind::Permission << QStringLiteral("wrong_credential_type")
        << QStringLiteral("permission denied [wrong_credential_type]: ik_sdk_ tokens cannot call "
                          "data routes");
    QTest::newRow("403 code as a string")
        << 403 << QByteArray(R"({"error":"wrong_credential_type"})") << ErrorKind::Permission
        << QStringLiteral("wrong_credential_type")
        << QStringLiteral("permission denied [wrong_credential_type]: this credential type cannot "
                          "be used on this route");
    QTest::newRow("403 project_scope_mismatch")
        << 403
        << QByteArray(R"({"error":{"code":"project_scope_mismatch","message":"key is for )"
                      R"(project globex"}})")
        << ErrorKind::Permission << QStringLiteral("project_scope_mismatch")
        << QStringLiteral("permission denied [project_scope_mismatch]: key is for project globex");
    QTest::newRow("403 scope_insufficient, no message")
        << 403 << QByteArray(R"({"error":{"code":"scope_insufficient"}})") << ErrorKind::Permission
        << QStringLiteral("scope_insufficient")
        << QStringLiteral("permission denied [scope_insufficient]: the key is not issued for this "
                          "workload");
    QTest::newRow("403 empty body") << 403 << QByteArray() << ErrorKind::Permission << QString()
                                    << QStringLiteral("permission denied: Forbidden");
    QTest::newRow("401 OpenAI style")
        << 401
        << QByteArray(R"({"error":{"message":"Incorrect API key provided","type":)"
                      R"("invalid_request_error","code":"invalid_api_key"}})")
        << ErrorKind::Auth << QStringLiteral("invalid_api_key")
        << QStringLiteral("authentication failed: Incorrect API key provided");
    QTest::newRow("401 plain text")
        << 401 << QByteArray("invalid key\n") << ErrorKind::Auth << QString()
        << QStringLiteral("authentication failed: invalid key");
    QTest::newRow("401 key echoed back is redacted")
        << 401
        << QByteArray(R"({"error":{"code":"invalid_key","message":"unknown key )" + kSecretKey +
                      R"("}})")
        << ErrorKind::Auth << QStringLiteral("invalid_key")
        << QStringLiteral("authentication failed: unknown key ik_live_0a1b2c3d\u2026");
    QTest::newRow("400 OpenAI style, code null")
        << 400
        << QByteArray(R"({"error":{"message":"max_tokens must be positive","type":)"
                      R"("invalid_request_error","param":"max_tokens","code":null}})")
        << ErrorKind::BadRequest << QStringLiteral("invalid_request_error")
        << QStringLiteral("bad request: max_tokens must be positive");
    QTest::newRow("400 llama.cpp, numeric code")
        << 400
        << QByteArray(R"({"error":{"code":400,"message":"'messages' is required","type":)"
                      R"("invalid_request_error"}})")
        << ErrorKind::BadRequest << QStringLiteral("invalid_request_error")
        << QStringLiteral("bad request: 'messages' is required");
    QTest::newRow("422 FastAPI detail")
        << 422
        << QByteArray(R"({"detail":[{"loc":["body","messages"],"msg":"field required",)"
                      R"("type":"missing"}]})")
        << ErrorKind::BadRequest << QString()
        << QStringLiteral("bad request: body.messages: field required");
    QTest::newRow("404 plain text")
        << 404 << QByteArray("workload not found") << ErrorKind::NotFound << QString()
        << QStringLiteral("not found: workload not found");
    QTest::newRow("404 empty body") << 404 << QByteArray() << ErrorKind::NotFound << QString()
                                    << QStringLiteral("not found: Not Found");
    QTest::newRow("404 FastAPI detail string")
        << 404 << QByteArray(R"({"detail":"Not Found"})") << ErrorKind::NotFound << QString()
        << QStringLiteral("not found: Not Found");
    QTest::newRow("429 documented shape")
        << 429 << QByteArray(R"({"error":{"code":"rate_limited","message":"slow down"}})")
        << ErrorKind::RateLimited << QStringLiteral("rate_limited")
        << QStringLiteral("rate limited: slow down");
    QTest::newRow("500 Ollama prose in error")
        << 500 << QByteArray(R"({"error":"model runner has unexpectedly stopped"})")
        << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 500): model runner has unexpectedly stopped");
    QTest::newRow("502 HTML page")
        << 502
        << QByteArray("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
        << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 502): the server answered with an HTML page: 502 Bad "
                          "Gateway");
    QTest::newRow("503 empty body")
        << 503 << QByteArray() << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 503): Service Unavailable");
    QTest::newRow("503 whitespace body")
        << 503 << QByteArray(" \r\n") << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 503): Service "
                          "Unavailable");
    QTest::newRow("418 other status")
        << 418 << QByteArray("short and stout") << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 418): short and stout");
    QTest::newRow("broken JSON read as text")
        << 400 << QByteArray("{\"error\": oops") << ErrorKind::BadRequest << QString()
        << QStringLiteral("bad request: {\"error\": oops");
    QTest::newRow("JSON without an error field")
        << 500 << QByteArray(R"({"status":"down"})") << ErrorKind::Server << QString()
        << QStringLiteral("api error (status 500): {\"status\":\"down\"}");
}

void TestError::bodyShapes() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, code);
    QFETCH(QString, summary);

    const Error e = ik::errorFromHttp(status, body, {});
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.code, code);
    QCOMPARE(e.summary(), summary);
    QVERIFY(!e.hint.isEmpty());
    QVERIFY(!e.message.contains(QLatin1String("9e8d7c6b5a4f")));
    QVERIFY(!e.retryAfterSeconds);
}

void TestError::retryAfterFromHeaders_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<HeaderList>("headers");
    QTest::addColumn<std::optional<int>>("expected");

    const auto h = [](const QByteArray& name, const QByteArray& value) {
        return HeaderList{{QByteArray("Content-Type"), QByteArray("application/json")},
                          {name, value}};
    };
    QTest::newRow("429 seconds") << 429 << h("Retry-After", "30") << std::optional<int>(30);
    QTest::newRow("503 seconds") << 503 << h("Retry-After", "120") << std::optional<int>(120);
    QTest::newRow("lowercase header name")
        << 429 << h("retry-after", " 7 ") << std::optional<int>(7);
    QTest::newRow("zero") << 429 << h("Retry-After", "0") << std::optional<int>(0);
    QTest::newRow("past HTTP date")
        << 503 << h("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT") << std::optional<int>(0);
    QTest::newRow("garbage") << 429 << h("Retry-After", "soon") << std::optional<int>();
    QTest::newRow("negative") << 429 << h("Retry-After", "-5") << std::optional<int>();
    QTest::newRow("absent") << 429 << HeaderList{} << std::optional<int>();
    QTest::newRow("ignored on 500") << 500 << h("Retry-After", "30") << std::optional<int>();
    QTest::newRow("ignored on 403") << 403 << h("Retry-After", "30") << std::optional<int>();
}

void TestError::retryAfterFromHeaders() {
    QFETCH(int, status);
    QFETCH(HeaderList, headers);
    QFETCH(std::optional<int>, expected);

    const Error e = ik::errorFromHttp(status, QByteArray(), headers);
    QCOMPARE(e.retryAfterSeconds, expected);
    if (expected && *expected > 0) // the user is told how long to wait
        QVERIFY2(e.hint.contains(QString::number(*expected)), qPrintable(e.hint));
}

void TestError::retryAfterHttpDate_data() {
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<std::optional<int>>("expected");

    // now = Sun, 06 Nov 1994 08:49:07 GMT; every form below says 30 seconds later
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")
                                 << std::optional<int>(30);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT")
                             << std::optional<int>(30);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << std::optional<int>(30);
    QTest::newRow("in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT")
                                 << std::optional<int>(0);
    QTest::newRow("delay-seconds") << QByteArray("45") << std::optional<int>(45);
    QTest::newRow("huge delay clamps") << QByteArray("99999999999999999999")
                                       << std::optional<int>(std::numeric_limits<int>::max());
    QTest::newRow("not a date") << QByteArray("tomorrow") << std::optional<int>();
    QTest::newRow("empty") << QByteArray() << std::optional<int>();
}

void TestError::retryAfterHttpDate() {
    QFETCH(QByteArray, value);
    QFETCH(std::optional<int>, expected);
    const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 7), Qt::UTC);
    QCOMPARE(ik::parseRetryAfter(value, now), expected);
}

void TestError::retryAfterRelativeToNow() {
    const QByteArray date = imfFixdate(QDateTime::currentDateTimeUtc().addSecs(90));
    const Error e = ik::errorFromHttp(429, QByteArray(), {{QByteArray("Retry-After"), date}});
    QVERIFY(e.retryAfterSeconds);
    QVERIFY2(*e.retryAfterSeconds >= 85 && *e.retryAfterSeconds <= 90,
             qPrintable(QString::number(*e.retryAfterSeconds)));
    QVERIFY(e.summary().startsWith(QLatin1String("rate limited: Too Many Requests (retry after ")));
}

void TestError::hints_data() {
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("hintContains");

    QTest::newRow("401") << 401 << QByteArray() << QStringLiteral("ik_live_ key again");
    QTest::newRow("403 wrong_credential_type")
        << 403 << QByteArray(R"({"error":"wrong_credential_type"})")
        << QStringLiteral("Use the workload's ik_live_ key");
    QTest::newRow("403 project_scope_mismatch")
        << 403 << QByteArray(R"({"error":"project_scope_mismatch"})")
        << QStringLiteral("check the project slug");
    QTest::newRow("403 scope_insufficient")
        << 403 << QByteArray(R"({"error":"scope_insufficient"})")
        << QStringLiteral("not issued for this workload");
    QTest::newRow("403 other") << 403 << QByteArray() << QStringLiteral("which workloads the key");
    QTest::newRow("404") << 404 << QByteArray() << QStringLiteral("slugs");
    QTest::newRow("400") << 400 << QByteArray() << QStringLiteral("parameters");
    QTest::newRow("429") << 429 << QByteArray() << QStringLiteral("wait");
    QTest::newRow("503") << 503 << QByteArray() << QStringLiteral("cold");
    QTest::newRow("500") << 500 << QByteArray() << QStringLiteral("try again");
    QTest::newRow("405") << 405 << QByteArray() << QStringLiteral("status 405");
}

void TestError::hints() {
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, hintContains);
    const Error e = ik::errorFromHttp(status, body, {});
    QVERIFY2(e.hint.contains(hintContains), qPrintable(e.hint));
}

void TestError::midStreamErrorFrame_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("summary");

    QTest::newRow("documented shape")
        << QByteArray(R"({"error":{"code":"engine_error","message":)"
                      R"("CUDA out of memory"}})")
        << ErrorKind::Server << QStringLiteral("api error: CUDA out of memory");
    QTest::newRow("numeric code gives the kind")
        << QByteArray(R"({"error":{"code":429,"message":"too busy","type":"rate_limit"}})")
        << ErrorKind::RateLimited << QStringLiteral("rate limited: too busy");
    QTest::newRow("permission code")
        << QByteArray(R"({"error":{"code":"scope_insufficient","message":"revoked mid-stream"}})")
        << ErrorKind::Permission
        << QStringLiteral("permission denied [scope_insufficient]: revoked mid-stream");
    QTest::newRow("string") << QByteArray(R"({"error":"generation aborted"})") << ErrorKind::Server
                            << QStringLiteral("api error: generation aborted");
    QTest::newRow("no message") << QByteArray(R"({"error":{}})") << ErrorKind::Server
                                << QStringLiteral("api error: the server reported an error");
}

void TestError::midStreamErrorFrame() {
    QFETCH(QByteArray, json);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, summary);
    const Error e = ik::errorFromJsonError(json, 0);
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, 0);
    QCOMPARE(e.summary(), summary);
    QVERIFY(!e.hint.isEmpty());
}

void TestError::localKinds_data() {
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitStatus");

    const QString m = QStringLiteral("something");
    QTest::newRow("configuration")
        << ErrorKind::Configuration << m << QStringLiteral("configuration error: something")
        << QStringLiteral("configuration") << 3;
    QTest::newRow("validation") << ErrorKind::Validation << m
                                << QStringLiteral("validation error: something")
                                << QStringLiteral("validation") << 4;
    QTest::newRow("auth") << ErrorKind::Auth << m
                          << QStringLiteral("authentication failed: something")
                          << QStringLiteral("auth") << 5;
    QTest::newRow("permission") << ErrorKind::Permission << m
                                << QStringLiteral("permission denied: something")
                                << QStringLiteral("permission") << 6;
    QTest::newRow("not found") << ErrorKind::NotFound << m << QStringLiteral("not found: something")
                               << QStringLiteral("not_found") << 7;
    QTest::newRow("bad request") << ErrorKind::BadRequest << m
                                 << QStringLiteral("bad request: something")
                                 << QStringLiteral("bad_request") << 8;
    QTest::newRow("rate limited") << ErrorKind::RateLimited << m
                                  << QStringLiteral("rate limited: something")
                                  << QStringLiteral("rate_limited") << 9;
    QTest::newRow("server") << ErrorKind::Server << m << QStringLiteral("api error: something")
                            << QStringLiteral("server") << 10;
    QTest::newRow("network") << ErrorKind::Network << QStringLiteral("Connection refused")
                             << QStringLiteral("network error: Connection refused")
                             << QStringLiteral("network") << 11;
    QTest::newRow("timeout") << ErrorKind::Timeout << QStringLiteral("no headers after 30 s")
                             << QStringLiteral("timeout: no headers after 30 s")
                             << QStringLiteral("timeout") << 12;
    QTest::newRow("cancelled") << ErrorKind::Cancelled << QString() << QStringLiteral("cancelled")
                               << QStringLiteral("cancelled") << 13;
    QTest::newRow("truncated") << ErrorKind::Truncated << QStringLiteral("closed before [DONE]")
                               << QStringLiteral("truncated stream: closed before [DONE]")
                               << QStringLiteral("truncated") << 14;
    QTest::newRow("protocol") << ErrorKind::Protocol << QStringLiteral("event over 16 MiB")
                              << QStringLiteral("protocol error: event over 16 MiB")
                              << QStringLiteral("protocol") << 15;
}

void TestError::localKinds() {
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);
    QFETCH(QString, summary);
    QFETCH(QString, name);
    QFETCH(int, exitStatus);

    const Error e = ik::makeError(kind, message);
    QCOMPARE(e.summary(), summary);
    QCOMPARE(ik::errorKindName(kind), name);
    QCOMPARE(ik::exitStatusFor(kind), exitStatus);
    QVERIFY(!e.hint.isEmpty());
    QCOMPARE(ik::makeError(kind, message, QStringLiteral("do this")).hint,
             QStringLiteral("do this"));
    // a key in a local message is redacted too
    QVERIFY(!ik::makeError(kind, QString::fromLatin1(kSecretKey)).message.contains(u"9e8d7c6b"));
}

void TestError::exitStatusesAreDistinct() {
    QSet<int> seen;
    QSet<QString> names;
    for (int k = int(ErrorKind::Configuration); k <= int(ErrorKind::Protocol); ++k) {
        const int status = ik::exitStatusFor(ErrorKind(k));
        QVERIFY(status > 2); // 0 is success, 1 is a crash, 2 is usage
        QVERIFY(!seen.contains(status));
        seen.insert(status);
        names.insert(ik::errorKindName(ErrorKind(k)));
    }
    QCOMPARE(seen.size(), 13);
    QCOMPARE(names.size(), 13);
}

QTEST_APPLESS_MAIN(TestError)
#include "tst_error.moc"

// Found by fuzzing: a long message is clipped after its keys are redacted, and the cut can turn
// a word that is no key ("ik_sdk_0a2b4c32d1c0busedb2c3d_": nothing after its last '_') into one
// the guard reads as a key. The message a user reads holds nothing the guard would flag.
void TestError::aClippedMessageHoldsNothingKeyShaped() {
    const QByteArray word = "ik_sdk_0a2b4c32d1c0busedb2c3d_";
    for (int cut = 8; cut < word.size(); ++cut) {
        const QByteArray message = QByteArray(500 - cut, 'x') + ' ' + word + " and more";
        const Error e = ik::errorFromHttp(400, message, {});
        QVERIFY2(!ik::containsCredential(e.message), qPrintable(QString::number(cut)));
        QVERIFY(!ik::containsCredential(e.summary()));
        QVERIFY(e.message.endsWith(QChar(0x2026)));
    }
}
