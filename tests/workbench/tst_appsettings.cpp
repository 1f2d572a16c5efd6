// The application's settings without the dialog: what is saved comes back, every mistake is
// named with its fix, applying them changes what the next run of every session does, and the
// data folder's size and "clear history" say and do what a user expects.

#include "appsettings.h"
#include "history.h"
#include "httpversion.h"
#include "runsession.h"
#include "sandbox.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TestAppSettings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultsWhenNothingIsSaved();
    void savedSettingsComeBack();
    void aMalformedProxyIsNamedWithItsFix_data();
    void aMalformedProxyIsNamedWithItsFix();
    void timeoutsOutOfRange_data();
    void timeoutsOutOfRange();
    void aBadCaFileIsNamed();
    void applyingSetsTheNextRunsTimeoutsAndCas();
    void framesAreKeptOnlyWhenAsked_data();
    void framesAreKeptOnlyWhenAsked();
    void clearHistoryEmptiesItAndShrinksTheFolder();

private:
    QString iniPath(const QString& name) const { return m_dir.filePath(name + u".ini"_s); }
    int framesOfARun(bool keepFrames);

    QTemporaryDir m_dir;
    sandbox::Sandbox* m_sandbox = nullptr;
    QNetworkAccessManager m_nam;
};

void TestAppSettings::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
}

void TestAppSettings::defaultsWhenNothingIsSaved() {
    QSettings settings(iniPath(u"empty"_s), QSettings::IniFormat);
    const AppSettings s = AppSettings::load(settings);
    QCOMPARE(s.connectTimeoutMs, 30000);
    QCOMPARE(s.idleTimeoutMs, 60000);
    QCOMPARE(s.proxy, u"system"_s);
    QCOMPARE(s.palette, u"system"_s);
    QVERIFY(s.keepFrames);
    QVERIFY(!s.http2); // HTTP/1.1: the faster with Qt 6.4 (bench_http2)
    QVERIFY(s.caFiles.isEmpty());
    QVERIFY(s.problems(QProcessEnvironment()).isEmpty());
}

void TestAppSettings::savedSettingsComeBack() {
    AppSettings s;
    s.connectTimeoutMs = 5000;
    s.idleTimeoutMs = 0;
    s.proxy = u"http://proxy.example:3128"_s;
    s.noProxy = u"localhost,.internal"_s;
    s.caFiles = {{u"https://staging.example.com"_s, u"/etc/ssl/staging.pem"_s},
                 {u"https://ai.corp.example"_s, u"/srv/corp ca.pem"_s}};
    s.language = u"es"_s;
    s.palette = u"dark"_s;
    s.keepFrames = false;
    s.http2 = true;
    {
        QSettings settings(iniPath(u"saved"_s), QSettings::IniFormat);
        s.save(settings);
    }
    QSettings settings(iniPath(u"saved"_s), QSettings::IniFormat);
    QCOMPARE(settings.value(u"network/proxy"_s).toString(), s.proxy); // what start-up reads
    QCOMPARE(settings.value(u"ui/language"_s).toString(), u"es"_s);   // what --lang falls back to
    AppSettings back = AppSettings::load(settings);
    QCOMPARE(back.caFiles, s.caFiles);
    back.dataFolder = s.dataFolder;
    QVERIFY(back == s);
    // Fewer CA files saved over more leaves none of the old ones behind.
    s.caFiles.removeLast();
    s.save(settings);
    QCOMPARE(AppSettings::load(settings).caFiles, s.caFiles);
}

void TestAppSettings::aMalformedProxyIsNamedWithItsFix_data() {
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<bool>("wrong");
    QTest::newRow("no host") << u"http://:3128"_s << true;
    QTest::newRow("ftp") << u"ftp://proxy.example:21"_s << true;
    QTest::newRow("spaces") << u"proxy example:3128"_s << true;
    QTest::newRow("a URL") << u"http://proxy.example:3128"_s << false;
    QTest::newRow("host:port") << u"proxy.example:3128"_s << false;
    QTest::newRow("none") << u"none"_s << false;
    QTest::newRow("system") << u"system"_s << false;
}

void TestAppSettings::aMalformedProxyIsNamedWithItsFix() {
    QFETCH(QString, proxy);
    QFETCH(bool, wrong);
    AppSettings s;
    s.proxy = proxy;
    // The environment's mistakes are not the settings' to refuse.
    QProcessEnvironment env;
    env.insert(u"https_proxy"_s, u"http://:1"_s);
    const QString problem = s.proxyProblem(env);
    QCOMPARE(!problem.isEmpty(), wrong);
    if (wrong) {
        QVERIFY2(problem.contains(u"is not a proxy URL"_s), qPrintable(problem));
        QVERIFY2(problem.contains(u"http://host:port"_s), qPrintable(problem));
        QCOMPARE(s.problems(env).size(), 1);
    }
}

void TestAppSettings::timeoutsOutOfRange_data() {
    QTest::addColumn<int>("connectMs");
    QTest::addColumn<int>("idleMs");
    QTest::addColumn<QString>("says"); // empty: fine
    QTest::newRow("defaults") << 30000 << 60000 << QString();
    QTest::newRow("none") << 0 << 0 << QString();
    QTest::newRow("an hour") << 3600000 << 3600000 << QString();
    QTest::newRow("negative") << -1000 << 60000 << u"connect timeout of -1 s"_s;
    QTest::newRow("too long") << 30000 << 7200000 << u"idle timeout of 7200 s"_s;
}

void TestAppSettings::timeoutsOutOfRange() {
    QFETCH(int, connectMs);
    QFETCH(int, idleMs);
    QFETCH(QString, says);
    AppSettings s;
    s.connectTimeoutMs = connectMs;
    s.idleTimeoutMs = idleMs;
    const QString problem = s.timeoutProblem();
    if (says.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    } else {
        QVERIFY2(problem.contains(says), qPrintable(problem));
        QVERIFY2(problem.contains(u"use 0 (no timeout) to 3600 s"_s), qPrintable(problem));
    }
}

void TestAppSettings::aBadCaFileIsNamed() {
    const QString junk = m_dir.filePath(u"junk.pem"_s);
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello\n");
    file.close();
    AppSettings s;
    s.caFiles = {{u"https://staging.example.com"_s, junk},
                 {u"https://other.example.com"_s, m_dir.filePath(u"gone.pem"_s)}};
    const QStringList problems = s.problems(QProcessEnvironment());
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems[0].contains(junk) && problems[0].contains(u"holds no PEM certificate"_s),
             qPrintable(problems[0]));
    QVERIFY2(problems[1].contains(u"gone.pem does not exist"_s), qPrintable(problems[1]));
}

void TestAppSettings::applyingSetsTheNextRunsTimeoutsAndCas() {
    SessionServices services;
    QNetworkAccessManager nam;
    services.nam = &nam;
    AppSettings s;
    s.http2 = true;
    s.connectTimeoutMs = 4000;
    s.idleTimeoutMs = 9000;
    s.keepFrames = false;
    s.caFiles = {{u"https://staging.example.com"_s, m_dir.filePath(u"gone.pem"_s)}};
    const QStringList problems = s.applyTo(&services);
    QCOMPARE(services.connectTimeoutMs, 4000);
    QCOMPARE(services.idleTimeoutMs, 9000);
    QVERIFY(!services.keepFrames);
    QVERIFY(http2Allowed(&nam)); // what every request on the window's manager then asks for
    QCOMPARE(problems.size(), 1);
    QVERIFY(services.trustedCas);
    // A request there is stopped with the same words, never sent without the CA.
    QCOMPARE(services.trustedCas(QUrl(u"https://staging.example.com"_s)).problem, problems[0]);
    QVERIFY(services.trustedCas(QUrl(u"https://api.inferencekey.com"_s)).problem.isEmpty());
    s.caFiles.clear();
    s.http2 = false;
    s.applyTo(&services);
    QVERIFY(!services.trustedCas);
    QVERIFY(!http2Allowed(&nam));
}

int TestAppSettings::framesOfARun(bool keepFrames) {
    History history(m_dir.filePath(u"frames-%1.sqlite"_s.arg(keepFrames)));
    SessionServices services;
    services.nam = &m_nam;
    services.history = &history;
    const QString key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    services.keyLookup = [key](const Workload&, std::function<void(QString)> done) { done(key); };
    AppSettings s;
    s.keepFrames = keepFrames;
    s.applyTo(&services);
    RunSession session(&services);
    QSignalSpy ended(&session, &RunSession::ended);
    Workload w;
    w.id = u"acme/support-bot"_s;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = u"acme"_s;
    w.slug = u"support-bot"_s;
    ChatRequest chat;
    chat.prompt = u"Hola"_s;
    chat.stream = true;
    session.start(w, SessionRequest::forChat(chat));
    if (ended.isEmpty() && !ended.wait(20000))
        return -1;
    if (session.lastEnd() != SessionEnd::Done || session.historyId() < 0)
        return -2;
    if (!QTest::qWaitFor([&] { return history.load(session.historyId())->state == u"done"_s; },
                         5000))
        return -4;
    const std::optional<HistoryRun> run = history.load(session.historyId());
    return run && !run->answer.isEmpty() ? int(run->frames.size()) : -3;
}

void TestAppSettings::framesAreKeptOnlyWhenAsked_data() {
    QTest::addColumn<bool>("keep");
    QTest::newRow("kept") << true;
    QTest::newRow("not kept") << false;
}

void TestAppSettings::framesAreKeptOnlyWhenAsked() {
    QFETCH(bool, keep);
    const int frames = framesOfARun(keep);
    QVERIFY2(frames >= 0, qPrintable(QString::number(frames)));
    if (keep)
        QVERIFY2(frames > 1, qPrintable(QString::number(frames)));
    else
        QCOMPARE(frames, 0);
}

void TestAppSettings::clearHistoryEmptiesItAndShrinksTheFolder() {
    const QString folder = m_dir.filePath(u"data"_s);
    History history(folder + u"/history.sqlite"_s);
    QVERIFY2(history.isOpen(), qPrintable(history.lastError()));
    HistoryRun run;
    run.workloadId = u"acme/support-bot"_s;
    run.answer = QString(20000, u'x');
    QList<Frame> frames;
    for (int i = 0; i < 200; ++i) {
        Frame f;
        f.index = i;
        f.data = QString(500, u'y');
        frames.append(f);
    }
    for (int i = 0; i < 20; ++i) {
        const qint64 id = history.begin(run);
        history.progress(id, run.answer, frames);
    }
    const qint64 before = dataFolderSize(folder);
    QVERIFY2(before > 1000000, qPrintable(QString::number(before)));
    QCOMPARE(history.list(run.workloadId).size(), 20);
    QSignalSpy cleared(&history, &History::cleared);
    QVERIFY2(history.clear(), qPrintable(history.lastError()));
    QCOMPARE(cleared.size(), 1);
    QVERIFY(history.list(run.workloadId).isEmpty());
    const qint64 after = dataFolderSize(folder);
    QVERIFY2(after < before / 10, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    // The open database is still the one the window writes to.
    QVERIFY(history.begin(run) >= 0);
    QCOMPARE(history.list(run.workloadId).size(), 1);
}

QTEST_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
