// ik-call chat --logprobs N end to end: the real binary against the real ik-sandbox binary. What a
// script reads from --json: the tokens with their alternatives, the mean and the perplexity.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString bin(const char* var) {
    const QString path = qEnvironmentVariable(var);
    if (path.isEmpty())
        qFatal("%s is not set: run this test through ctest", var);
    return path;
}

} // namespace

class TstIkCallLogprobs : public QObject {
    Q_OBJECT
    QProcess m_sandbox;
    QString m_base;
    QString m_key;

    Result call(QStringList args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INFERENCEKEY_API_KEY"), m_key);
        args = QStringList{QStringLiteral("chat"),
                           QStringLiteral("--base-url"),
                           m_base,
                           QStringLiteral("--project"),
                           QStringLiteral("acme"),
                           QStringLiteral("--workload"),
                           QStringLiteral("support-bot")} +
               args;
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(bin("IK_CALL_BIN"), args);
        p.closeWriteChannel();
        if (!done.wait(60000)) {
            p.kill();
            done.wait(5000);
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QSignalSpy ready(&m_sandbox, &QProcess::readyReadStandardOutput);
        m_sandbox.start(bin("IK_SANDBOX_BIN"),
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--tokens-per-second"), QStringLiteral("0")});
        QVERIFY(m_sandbox.waitForStarted(10000));
        QByteArray banner;
        while (!banner.contains("control-token")) {
            QVERIFY2(ready.wait(10000), banner.constData());
            banner += m_sandbox.readAllStandardOutput();
        }
        for (const QByteArray& raw : banner.split('\n')) {
            const QStringList f = QString::fromUtf8(raw).trimmed().split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("listening"))
                m_base = f.value(1);
            else if (f.value(0) == QLatin1String("key") && f.value(1) == u"acme/support-bot")
                m_key = f.value(2);
        }
        QVERIFY(!m_base.isEmpty() && !m_key.isEmpty());
    }
    void cleanupTestCase() {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    void jsonCarriesTokens_data() {
        QTest::addColumn<bool>("stream");
        QTest::addColumn<int>("top");
        QTest::newRow("whole, 3 alternatives") << false << 3;
        QTest::newRow("streamed, 3 alternatives") << true << 3;
        QTest::newRow("streamed, none") << true << 0;
    }
    void jsonCarriesTokens() {
        QFETCH(bool, stream);
        QFETCH(int, top);
        QStringList args{
            QStringLiteral("--json"), QStringLiteral("--logprobs"),
            QString::number(top),     QStringLiteral("--seed"),
            QStringLiteral("4"),      QStringLiteral("How do I rotate the webhook secret?")};
        if (stream)
            args.prepend(QStringLiteral("--stream"));
        const Result r = call(args);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QString text = o.value(u"text").toString();
        const QJsonArray tokens = o.value(u"logprobs").toArray();
        QVERIFY(tokens.size() > 5);
        QString spelled;
        double sum = 0;
        for (const QJsonValue& v : tokens) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.value(u"offset").toInt(), spelled.size());
            spelled += t.value(u"token").toString();
            sum += t.value(u"logprob").toDouble(1);
            QCOMPARE(t.value(u"top_logprobs").toArray().size(), top);
            for (const QJsonValue& a : t.value(u"top_logprobs").toArray())
                QVERIFY(a.toObject().value(u"logprob").toDouble(1) <= 0);
        }
        QCOMPARE(spelled, text);
        const double mean = o.value(u"mean_logprob").toDouble(1);
        QVERIFY(std::abs(mean - sum / double(tokens.size())) < 1e-9);
        QVERIFY(std::abs(o.value(u"perplexity").toDouble() - std::exp(-mean)) < 1e-9);
    }

    void withoutTheOptionNothingIsAdded() {
        const Result r = call({QStringLiteral("--json"), QStringLiteral("Hola")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(!o.contains(u"logprobs"));
        QVERIFY(!o.contains(u"perplexity"));
    }

    void outOfRangeIsAUsageError_data() {
        QTest::addColumn<QString>("value");
        QTest::newRow("21") << QStringLiteral("21");
        QTest::newRow("-1") << QStringLiteral("-1");
        QTest::newRow("word") << QStringLiteral("many");
    }
    void outOfRangeIsAUsageError() {
        QFETCH(QString, value);
        const Result r = call({QStringLiteral("--logprobs"), value, QStringLiteral("hi")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--logprobs"), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstIkCallLogprobs)
#include "tst_ikcall_logprobs.moc"
