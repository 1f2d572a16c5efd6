// ik-call chat --image FILE: the real binary against an in-process sandbox over loopback. A
// terminal user sees the answer naming each image; a file that is no image, or is too big, is
// refused before anything connects, with the words the window uses.
#include "../testimages.h"
#include "sandbox.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
namespace ti = ik::testimages;

namespace {

const QString kChatKey =
    u"ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140"_s;
constexpr int kExitUsage = 2;
constexpr int kExitValidation = 4; // ik-call --help's table

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TstIkCallImages : public QObject {
    Q_OBJECT
    ik::sandbox::Sandbox* m_sandbox = nullptr;
    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& bytes) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        f.write(bytes);
        return f.fileName();
    }

    Result call(const QStringList& args, const QString& base) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, kChatKey);
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"chat"_s, u"--base-url"_s, base, u"--project"_s, u"acme"_s,
                            u"--workload"_s, u"support-bot"_s} +
                    args);
        p.closeWriteChannel();
        if (!done.wait(60000))
            p.kill();
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("IK_CALL_BIN").isEmpty(), "run through ctest");
        m_sandbox = new ik::sandbox::Sandbox(ik::sandbox::Config::builtIn(), this);
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_sandbox->setTokensPerSecond(0);
    }

    void answerNamesEachImage_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("whole") << QStringList{};
        QTest::newRow("streamed") << QStringList{u"--stream"_s};
    }
    void answerNamesEachImage() {
        QFETCH(QStringList, extra);
        const Result r =
            call(extra + QStringList{u"--image"_s, file(u"a.png"_s, ti::png(64, 32)), u"--image"_s,
                                     file(u"b.gif"_s, ti::gif(3, 5)), u"What are these?"_s},
                 m_sandbox->baseUrl());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed(), u"Image 1: PNG, 64×32. Image 2: GIF, 3×5."_s);
    }

    // Refused before sending: a listener that counts connections sees none.
    void refusedBeforeSending_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("sparseSize");
        QTest::addColumn<QString>("message");
        QTest::newRow("text") << "notes.txt"
                              << "buy milk\n"_ba << qint64(0)
                              << "ik-call: validation error: notes.txt is not an image: it looks "
                                 "like plain text.\nhint: Attach a PNG, JPEG, GIF or WebP image "
                                 "of at most 20 MB.\n";
        QTest::newRow("pdf") << "paper.png"
                             << "%PDF-1.4\n"_ba << qint64(0)
                             << "ik-call: validation error: paper.png is not an image: it looks "
                                "like a PDF document.\nhint: Attach a PNG, JPEG, GIF or WebP "
                                "image of at most 20 MB.\n";
        QTest::newRow("too big") << "big.png" << QByteArray() << qint64(21 * 1024 * 1024)
                                 << "ik-call: validation error: big.png is 21.0 MB: an image may "
                                    "be at most 20 MB.\nhint: Scale it down or save it as JPEG, "
                                    "then attach it again.\n";
        QTest::newRow("cut header") << "cut.png" << ti::png(4, 4).left(18) << qint64(0)
                                    << "ik-call: validation error: cut.png starts like a PNG "
                                       "image, but its header is cut short or damaged: its pixel "
                                       "size cannot be read.\nhint: Save it again from an image "
                                       "editor, then attach it again.\n";
    }
    void refusedBeforeSending() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, sparseSize);
        QFETCH(QString, message);
        const QString path = file(name, bytes);
        if (sparseSize > 0)
            QVERIFY(QFile::resize(path, sparseSize));
        QTcpServer counter;
        QVERIFY(counter.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&counter, &QTcpServer::newConnection, &counter, [&] {
            ++connections;
            delete counter.nextPendingConnection();
        });
        const Result r = call({u"--image"_s, path, u"What is it?"_s},
                              u"http://127.0.0.1:%1"_s.arg(counter.serverPort()));
        QCOMPARE(r.exitCode, kExitValidation);
        QCOMPARE(r.err, message);
        QVERIFY(r.out.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
    }

    void imageIsForChatOnly() {
        QProcess p;
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                {u"embed"_s, u"--image"_s, file(u"c.png"_s, ti::png(2, 2)), u"text"_s});
        QVERIFY(done.wait(30000));
        QCOMPARE(p.exitCode(), kExitUsage);
        QVERIFY(p.readAllStandardError().contains("--image applies to chat only"));
    }
};

QTEST_GUILESS_MAIN(TstIkCallImages)
#include "tst_ikcallimages.moc"
