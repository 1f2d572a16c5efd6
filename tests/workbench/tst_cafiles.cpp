// A CA file per base URL, as a user of a self-hosted deployment meets it: a run session against
// an https sandbox whose certificate only its own CA signs. With the CA file set for that base URL
// the run is done; without it the run fails naming the issuer; a file that holds no certificate
// stops the run before anything is sent, saying which file and why.

#include "cafiles.h"
#include "runsession.h"
#include "sandbox.h"
#include "tls.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TestCaFiles : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void withItsCaFileTheRunIsDone();
    void withoutItTheRunNamesTheIssuer();
    void aFileWithoutACertificateStopsTheRun_data();
    void aFileWithoutACertificateStopsTheRun();
    void aCaFileTrustsOnlyItsOrigin();

private:
    Workload workload() const;
    SessionEnd runWith(const std::function<TrustedCas(const QUrl&)>& cas, Error* error);

    QTemporaryDir m_dir;
    sandbox::Sandbox* m_sandbox = nullptr;
    QString m_caPath;
    int m_served = 0;
};

void TestCaFiles::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString error;
    const std::optional<sandbox::TlsFiles> tls =
        sandbox::makeTlsFiles(m_dir.filePath(u"tls"_s), {}, &error);
    QVERIFY2(tls, qPrintable(error));
    m_caPath = tls->caPath;
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    m_sandbox->setTls(tls->certificate, tls->key);
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    QVERIFY(m_sandbox->baseUrl().startsWith(u"https://"_s));
    connect(m_sandbox, &sandbox::Sandbox::requestFinished, this, [this] { ++m_served; });
}

Workload TestCaFiles::workload() const {
    Workload w;
    w.id = u"acme/support-bot"_s;
    w.name = u"support-bot"_s;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = u"acme"_s;
    w.slug = u"support-bot"_s;
    w.kind = WorkloadKind::Chat;
    return w;
}

// One chat run on a network manager of its own, so no connection verified earlier is reused.
SessionEnd TestCaFiles::runWith(const std::function<TrustedCas(const QUrl&)>& cas, Error* error) {
    QNetworkAccessManager nam;
    SessionServices services;
    services.nam = &nam;
    services.trustedCas = cas;
    const QString key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    services.keyLookup = [key](const Workload&, std::function<void(QString)> done) { done(key); };
    RunSession session(&services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest chat;
    chat.prompt = u"Hola"_s;
    chat.params.maxTokens = 5;
    session.start(workload(), SessionRequest::forChat(chat));
    if (ended.isEmpty() && !ended.wait(20000))
        return SessionEnd::Abandoned;
    *error = session.error();
    return session.lastEnd();
}

void TestCaFiles::withItsCaFileTheRunIsDone() {
    CaFiles files;
    QVERIFY(files.set({{m_sandbox->baseUrl() + u"/"_s, m_caPath}}).isEmpty());
    Error error;
    const SessionEnd end = runWith([&](const QUrl& url) { return files.lookup(url); }, &error);
    QVERIFY2(end == SessionEnd::Done, qPrintable(error.summary()));
}

void TestCaFiles::withoutItTheRunNamesTheIssuer() {
    Error error;
    const SessionEnd end = runWith({}, &error);
    QCOMPARE(end, SessionEnd::Failed);
    QVERIFY2(error.message.contains(u"ik-sandbox local CA"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"does not trust"_s), qPrintable(error.message));
}

void TestCaFiles::aFileWithoutACertificateStopsTheRun_data() {
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all
    QTest::addColumn<QString>("says");
    QTest::newRow("junk") << QByteArray("not a certificate\n") << u"holds no PEM certificate"_s;
    QTest::newRow("a key") << QByteArray("-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE "
                                         "KEY-----\n")
                           << u"holds no PEM certificate"_s;
    QTest::newRow("missing") << QByteArray() << u"does not exist"_s;
}

void TestCaFiles::aFileWithoutACertificateStopsTheRun() {
    QFETCH(QByteArray, contents);
    QFETCH(QString, says);
    const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".pem"_s);
    if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    CaFiles files;
    const QStringList problems = files.set({{m_sandbox->baseUrl(), path}});
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(path) && problems.first().contains(says),
             qPrintable(problems.first()));
    QVERIFY(caFileProblem({m_sandbox->baseUrl(), path}).contains(says));
    const int servedBefore = m_served;
    Error error;
    const SessionEnd end = runWith([&](const QUrl& url) { return files.lookup(url); }, &error);
    QCOMPARE(end, SessionEnd::Invalid);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY(error.hint.contains(u"Settings"_s));
    QTest::qWait(50);
    QCOMPARE(m_served, servedBefore); // nothing went out, not even without the CA
}

void TestCaFiles::aCaFileTrustsOnlyItsOrigin() {
    CaFiles files;
    QVERIFY(files.set({{u"https://staging.example.com/v1"_s, m_caPath}}).isEmpty());
    QCOMPARE(files.lookup(QUrl(u"https://STAGING.example.com:443"_s)).certificates.size(), 1);
    QVERIFY(files.lookup(QUrl(u"https://staging.example.com:8443"_s)).certificates.isEmpty());
    QVERIFY(files.lookup(QUrl(u"https://api.inferencekey.com"_s)).certificates.isEmpty());
    QVERIFY(caFileProblem({u"http://staging.example.com"_s, m_caPath}).contains(u"https://"_s));
}

QTEST_MAIN(TestCaFiles)
#include "tst_cafiles.moc"
