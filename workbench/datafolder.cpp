#include "datafolder.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

bool sameFolder(const QString& a, const QString& b) {
    const QString ca = QFileInfo(a).canonicalFilePath(), cb = QFileInfo(b).canonicalFilePath();
    return !ca.isEmpty() ? ca == cb : QDir::cleanPath(a) == QDir::cleanPath(b);
}

// Why folder cannot take the history, or empty.
QString unusableFolder(const QString& folder) {
    if (folder.trimmed().isEmpty())
        return QCoreApplication::translate("ik::DataFolder", "no folder was chosen");
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return QCoreApplication::translate("ik::DataFolder",
                                           "%1 is a file, not a folder; choose a folder")
            .arg(folder);
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("ik::DataFolder",
                                           "%1 cannot be created; choose a folder you can write to")
            .arg(folder);
    QTemporaryFile probe(QDir(folder).filePath(u".ik-write-test-XXXXXX"_s));
    if (!probe.open())
        return QCoreApplication::translate(
                   "ik::DataFolder", "%1 is not writable (%2); choose a folder you can write to")
            .arg(folder, probe.errorString());
    return {};
}

// Runs fn on a connection of its own to the SQLite file at path, then closes it.
template <typename Fn> auto withDatabase(const QString& path, Fn fn) {
    static std::atomic<int> counter{0};
    const QString name = u"ik-datafolder-%1"_s.arg(++counter);
    auto result = [&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        return fn(db);
    }();
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The number of runs in the database at path, or -1 with *error.
qint64 runCount(QSqlDatabase& db, QString* error) {
    QSqlQuery q(db);
    if (!q.exec(u"SELECT count(*) FROM runs"_s) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// A consistent snapshot of `from` in `to` (VACUUM INTO reads through the WAL as any reader does,
// so a history still open and written by the window copies whole). Empty, or why not.
QString snapshot(const QString& from, const QString& to, qint64* runs) {
    return withDatabase(from, [&](QSqlDatabase& db) -> QString {
        if (!db.open())
            return db.lastError().text();
        QString error;
        *runs = runCount(db, &error);
        if (*runs < 0)
            return error;
        QSqlQuery q(db);
        q.prepare(u"VACUUM INTO ?"_s);
        q.addBindValue(to);
        if (!q.exec())
            return q.lastError().text();
        return QString();
    });
}

// Why the copy at path is not a sound history with `runs` runs, or empty.
QString checkCopy(const QString& path, qint64 runs) {
    return withDatabase(path, [&](QSqlDatabase& db) -> QString {
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s) || !q.next())
            return q.lastError().text();
        if (q.value(0).toString() != u"ok")
            return q.value(0).toString();
        QString error;
        const qint64 copied = runCount(db, &error);
        if (copied < 0)
            return error;
        if (copied != runs)
            return QCoreApplication::translate("ik::DataFolder", "the copy holds %1 of the %n runs",
                                               nullptr, int(runs))
                .arg(copied);
        return QString();
    });
}

} // namespace

QString historyPathIn(const QString& folder) {
    return QDir(folder).filePath(u"history.sqlite"_s);
}

QString copyHistoryTo(const QString& from, const QString& folder, bool replace) {
    if (const QString why = unusableFolder(folder); !why.isEmpty())
        return why;
    const QString target = historyPathIn(folder);
    if (QFileInfo::exists(target) && !replace)
        return QCoreApplication::translate(
                   "ik::DataFolder",
                   "%1 already holds a history database; choose another folder, or move that "
                   "file away first")
            .arg(folder);
    if (!QFileInfo::exists(from))
        return {}; // nothing saved yet: the new folder starts empty
    const QString part = target + u".part"_s;
    QFile::remove(part);
    qint64 runs = 0;
    QString why = snapshot(from, part, &runs);
    if (why.isEmpty())
        why = checkCopy(part, runs);
    if (why.isEmpty() && replace) {
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(target + suffix);
    }
    if (why.isEmpty() && !QFile::rename(part, target))
        why = QCoreApplication::translate("ik::DataFolder", "%1 could not be renamed to %2")
                  .arg(part, target);
    if (why.isEmpty())
        return {};
    QFile::remove(part);
    return QCoreApplication::translate("ik::DataFolder",
                                       "the history could not be copied to %1 (%2); it stays in %3")
        .arg(folder, why, QFileInfo(from).absolutePath());
}

QString changeDataFolder(QSettings& settings, const QString& currentHistoryPath,
                         const QString& folder) {
    const QString current = QFileInfo(currentHistoryPath).absolutePath();
    if (!folder.trimmed().isEmpty() && sameFolder(folder, current)) {
        // Back to the folder in use: a change still waiting is called off.
        settings.setValue(key(DataFolderKeys::kFolder), current);
        settings.remove(key(DataFolderKeys::kMoveFrom));
        settings.sync();
        return {};
    }
    // The copy an earlier change made there, not yet opened, may be made again.
    const bool ours = sameFolder(pendingDataFolder(settings, currentHistoryPath), folder);
    if (const QString why = copyHistoryTo(currentHistoryPath, folder, ours); !why.isEmpty())
        return why;
    settings.setValue(key(DataFolderKeys::kFolder), QDir::cleanPath(folder));
    settings.setValue(key(DataFolderKeys::kMoveFrom), currentHistoryPath);
    settings.sync();
    return {};
}

QString pendingDataFolder(QSettings& settings, const QString& currentHistoryPath) {
    if (settings.value(key(DataFolderKeys::kMoveFrom)).toString() != currentHistoryPath)
        return {};
    return settings.value(key(DataFolderKeys::kFolder)).toString();
}

QString dataFolderAtStart(QSettings& settings, QStringList* problems) {
    QString folder = settings.value(key(DataFolderKeys::kFolder)).toString();
    if (folder.isEmpty())
        folder = defaultDataFolder();
    const QString from = settings.value(key(DataFolderKeys::kMoveFrom)).toString();
    if (from.isEmpty())
        return folder;
    // The window went on saving runs in the old file after the change: copy it again, over the
    // copy made then (nothing else writes there before this start opens it).
    if (const QString why = copyHistoryTo(from, folder, true); !why.isEmpty()) {
        const QString oldFolder = QFileInfo(from).absolutePath();
        problems->append(QCoreApplication::translate(
                             "ik::DataFolder",
                             "the history was not carried over to %1: %2; this start uses %3 "
                             "again and tries once more next time")
                             .arg(folder, why, oldFolder));
        return oldFolder;
    }
    settings.remove(key(DataFolderKeys::kMoveFrom));
    settings.sync();
    return folder;
}

} // namespace ik
