#pragma once
// Moving the data folder (the settings' Data page). The history database, which also holds the
// comparisons and the arena's votes, is copied into the new folder as one consistent SQLite
// snapshot and checked before the setting changes; the old folder is never modified or removed.
//
// The window cannot switch files under way: the playground's list, the comparisons and the arena
// each hold their own connection to the open database. So the new folder is opened at the next
// start, which copies the history once more before opening it: runs saved after the change are
// carried over too, and nothing is lost if the application is never restarted.

#include <QString>
#include <QStringList>

class QSettings;

namespace ik {

struct DataFolderKeys {
    static constexpr char kFolder[] = "data/folder";     // empty: defaultDataFolder()
    static constexpr char kMoveFrom[] = "data/moveFrom"; // a history file still to carry over
};

QString historyPathIn(const QString& folder);

// Copies the history database at `from` into folder/history.sqlite and checks the copy. Empty
// on success (also when there is no history yet), else what went wrong and what to do; on
// failure nothing is left in folder. `replace`: an earlier copy there may be replaced.
QString copyHistoryTo(const QString& from, const QString& folder, bool replace = false);

// The user chose `folder` while the window keeps its history at currentHistoryPath: copies it,
// and on success stores the folder for the next start. Empty on success, else the problem (and
// nothing stored).
QString changeDataFolder(QSettings& settings, const QString& currentHistoryPath,
                         const QString& folder);
// The folder a pending change is waiting for, or empty.
QString pendingDataFolder(QSettings& settings, const QString& currentHistoryPath);

// At start, before the history opens: the folder to open. A pending change is carried over
// first; if that fails the old folder is used again and *problems says why.
QString dataFolderAtStart(QSettings& settings, QStringList* problems);

} // namespace ik
