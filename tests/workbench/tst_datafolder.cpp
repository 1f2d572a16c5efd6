// Changing the data folder: the history is copied whole into the new folder (runs found there),
// the old folder is left intact, a folder that cannot take it is refused with a message saying
// why, and the next start carries over the runs saved after the change before opening the new
// folder.

#include "datafolder.h"
#include "history.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kWorkload = u"acme/support-bot"_s;

void addRun(History* history, const QString& answer) {
    HistoryRun run;
    run.workloadId = kWorkload;
    run.answer = answer;
    run.state = u"done"_s;
    history->finish(history->begin(run), run);
}

QStringList answersIn(const QString& path) {
    History history(path);
    QStringList out;
    for (const HistoryRun& run : history.list(kWorkload))
        out.prepend(run.answer);
    return out;
}

} // namespace

class TestDataFolder : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QSettings* settings(const QString& name) {
        auto* s = new QSettings(path(name + u".ini"_s), QSettings::IniFormat, this);
        return s;
    }

private slots:
    void runsAreFoundInTheNewFolderAndTheOldIsKept() {
        const QString oldPath = path(u"old/history.sqlite"_s);
        History history(oldPath); // open and written while the copy is made, as in the window
        addRun(&history, u"uno"_s);
        addRun(&history, u"dos"_s);
        QSettings* s = settings(u"move"_s);
        QCOMPARE(changeDataFolder(*s, oldPath, path(u"new"_s)), QString());
        QCOMPARE(answersIn(path(u"new/history.sqlite"_s)), (QStringList{u"uno"_s, u"dos"_s}));
        QCOMPARE(answersIn(oldPath), (QStringList{u"uno"_s, u"dos"_s}));
        QCOMPARE(pendingDataFolder(*s, oldPath), QDir::cleanPath(path(u"new"_s)));
        QVERIFY(!QFile::exists(path(u"new/history.sqlite.part"_s)));

        // The window keeps saving in the old file until it starts again; that start carries the
        // new run over, opens the new folder, and leaves the old one as it was.
        addRun(&history, u"tres"_s);
        QStringList problems;
        QCOMPARE(dataFolderAtStart(*s, &problems), QDir::cleanPath(path(u"new"_s)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QStringList all{u"uno"_s, u"dos"_s, u"tres"_s};
        QCOMPARE(answersIn(path(u"new/history.sqlite"_s)), all);
        QCOMPARE(answersIn(oldPath), all);
        QCOMPARE(pendingDataFolder(*s, oldPath), QString());
        // Nothing more to carry over on the start after.
        QCOMPARE(dataFolderAtStart(*s, &problems), QDir::cleanPath(path(u"new"_s)));
        QVERIFY(problems.isEmpty());
    }

    void aFolderThatCannotTakeItIsRefused_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("says");
        QTest::newRow("a file") << u"plain.txt"_s << u"is a file, not a folder"_s;
        QTest::newRow("under a file")
            << u"plain.txt/sub"_s << u"choose a folder you can write to"_s;
        QTest::newRow("holds a history") << u"taken"_s << u"already holds a history database"_s;
        QTest::newRow("none") << QString() << u"no folder was chosen"_s;
    }
    void aFolderThatCannotTakeItIsRefused() {
        QFETCH(QString, folder);
        QFETCH(QString, says);
        QTemporaryDir dir; // each row its own folders
        const auto path = [&dir](const QString& name) { return dir.filePath(name); };
        {
            QFile plain(path(u"plain.txt"_s));
            QVERIFY(plain.open(QIODevice::WriteOnly));
            plain.write("not a folder");
        }
        QDir().mkpath(path(u"taken"_s));
        {
            History other(path(u"taken/history.sqlite"_s));
            addRun(&other, u"ajeno"_s);
        }
        const QString oldPath = path(u"kept/history.sqlite"_s);
        {
            History history(oldPath);
            addRun(&history, u"mío"_s);
        }
        QSettings s(path(u"refused.ini"_s), QSettings::IniFormat);
        const QString target = folder.isEmpty() ? QString() : path(folder);
        const QString why = changeDataFolder(s, oldPath, target);
        QVERIFY2(why.contains(says), qPrintable(why));
        QVERIFY(!s.contains(u"data/folder"_s)); // nothing stored
        QCOMPARE(answersIn(oldPath), QStringList{u"mío"_s});
        QCOMPARE(answersIn(path(u"taken/history.sqlite"_s)), QStringList{u"ajeno"_s});
    }

    // A copy that fails leaves nothing behind and names the reason; the old file is untouched.
    void aFailedCopyKeepsTheOldOne() {
        const QString broken = path(u"broken/history.sqlite"_s);
        QDir().mkpath(path(u"broken"_s));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QString why = copyHistoryTo(broken, path(u"elsewhere"_s));
        QVERIFY2(why.contains(u"could not be copied"_s), qPrintable(why));
        QVERIFY2(why.contains(u"it stays in"_s), qPrintable(why));
        QVERIFY(!QFile::exists(path(u"elsewhere/history.sqlite"_s)));
        QVERIFY(!QFile::exists(path(u"elsewhere/history.sqlite.part"_s)));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(8192, 'x'));
    }

    // A start whose carry-over fails opens the old folder again and says so.
    void aStartThatCannotCarryOverUsesTheOldFolder() {
        const QString oldPath = path(u"start-old/history.sqlite"_s);
        {
            History history(oldPath);
            addRun(&history, u"uno"_s);
        }
        QSettings* s = settings(u"start"_s);
        QCOMPARE(changeDataFolder(*s, oldPath, path(u"start-new"_s)), QString());
        // The new folder became a file in the meantime (a removed drive, a typo in a script).
        QVERIFY(QDir(path(u"start-new"_s)).removeRecursively());
        {
            QFile f(path(u"start-new"_s));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QStringList problems;
        QCOMPARE(dataFolderAtStart(*s, &problems), QFileInfo(oldPath).absolutePath());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(u"is a file, not a folder"_s), qPrintable(problems[0]));
        QCOMPARE(answersIn(oldPath), QStringList{u"uno"_s});
    }
};

QTEST_GUILESS_MAIN(TestDataFolder)
#include "tst_datafolder.moc"
