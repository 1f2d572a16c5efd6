// ik-call against ik-sandbox --tls, as a user meets a private certificate authority: trusted with
// --ca-file it works; untrusted, mismatched or expired, it fails with an error that names the
// issuer, the names or the date, and the fix. Verification is never switched off to get there.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Served {
    QString base, key, ca;
};

struct Result {
    int exitCode = -1;
    QString out, err;
};

} // namespace

class TstIkCallTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_sandboxes;

    // An ik-sandbox --tls with these extra options, read from its banner.
    Served serve(const QStringList& extra, const QString& name) {
        auto p = std::make_unique<QProcess>();
        p->start(qEnvironmentVariable("IK_SANDBOX_BIN"),
                 QStringList{u"--port"_s, u"0"_s, u"--tokens-per-second"_s, u"0"_s, u"--tls"_s,
                             u"--tls-dir"_s, m_dir.filePath(name)} +
                     extra);
        Served s;
        QByteArray banner;
        const bool ready = QTest::qWaitFor(
            [&] {
                banner += p->readAllStandardOutput();
                return banner.contains("\nca ") || p->state() == QProcess::NotRunning;
            },
            20000);
        if (!ready)
            qWarning("ik-sandbox --tls printed no CA within 20 s: %s", banner.constData());
        for (const QByteArray& raw : banner.split('\n')) {
            const QStringList f = QString::fromUtf8(raw).trimmed().split(u' ');
            if (f.value(0) == u"listening")
                s.base = f.value(1);
            else if (f.value(0) == u"key" && f.value(1) == u"acme/support-bot")
                s.key = f.value(2);
            else if (f.value(0) == u"ca")
                s.ca = QString::fromUtf8(raw).trimmed().mid(3); // a path may hold spaces
        }
        m_sandboxes.push_back(std::move(p));
        return s;
    }
    static Result call(const Served& s, const QStringList& extra) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, s.key);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"chat"_s, u"--base-url"_s, s.base, u"--project"_s, u"acme"_s,
                            u"--workload"_s, u"support-bot"_s, u"--max-tokens"_s, u"5"_s} +
                    extra + QStringList{u"hola"_s});
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void cleanupTestCase() {
        for (auto& p : m_sandboxes) {
            p->terminate();
            p->waitForFinished(5000);
        }
    }

    void certificates_data() {
        QTest::addColumn<QStringList>("sandbox");
        QTest::addColumn<bool>("withCa");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error"); // a regular expression; empty when it works
        QTest::newRow("trusted") << QStringList{} << true << 0 << QString();
        QTest::newRow("untrusted")
            << QStringList{} << false << 11
            << uR"(issued by .ik-sandbox local CA., which this machine does not trust\n)"
               uR"(hint: .*--ca-file CA\.pem.*never switched off)"_s;
        QTest::newRow("hostname mismatch")
            << QStringList{u"--tls-name"_s, u"sandbox.invalid"_s} << true << 11
            << uR"(is for sandbox\.invalid, not for 127\.0\.0\.1\nhint: Use a host name)"_s;
        QTest::newRow("expired")
            << QStringList{u"--tls-expired"_s} << true << 11
            << uR"(expired on \d{4}-\d\d-\d\d \d\d:\d\d UTC\nhint: .*renewed)"_s;
    }
    void certificates() {
        QFETCH(QStringList, sandbox);
        QFETCH(bool, withCa);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        const Served s = serve(sandbox, QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(s.base.startsWith(u"https://127.0.0.1:"_s), qPrintable(s.base));
        QVERIFY(QFile::exists(s.ca));
        const Result r = call(s, withCa ? QStringList{u"--ca-file"_s, s.ca} : QStringList{});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
        if (error.isEmpty()) {
            QVERIFY(!r.out.trimmed().isEmpty());
        } else {
            QVERIFY2(QRegularExpression(error).match(r.err).hasMatch(), qPrintable(r.err));
            QVERIFY(!r.err.contains(s.key.mid(s.key.lastIndexOf(u'_') + 1)));
        }
    }

    void aCaFileThatIsNotACertificateIsRefused() {
        QFile junk(m_dir.filePath(u"not-a-ca.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        junk.close();
        const Result r =
            call({u"https://127.0.0.1:1"_s, u"ik_live_x"_s, {}}, {u"--ca-file"_s, junk.fileName()});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"holds no PEM certificate"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TstIkCallTls)

#include "tst_ikcalltls.moc"
