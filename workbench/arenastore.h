#pragma once
// The arena's votes and what is made of them: ArenaStore keeps every vote in History's SQLite
// file (a table of its own, `arena_votes`, over a connection of its own, as CompareStore does);
// ArenaRatingsModel is the Bradley–Terry table a view shows; the exports write votes and ratings
// as CSV and JSON. Nothing here holds a key: texts are scrubbed before they are written.

#include "arena.h"

#include <QAbstractTableModel>
#include <QObject>

namespace ik {

class ArenaStore : public QObject {
    Q_OBJECT
public:
    // Opens the SQLite file at `path` (History::path()); not open when empty or unreadable.
    explicit ArenaStore(const QString& path, QObject* parent = nullptr);
    ~ArenaStore() override;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    qint64 save(const ArenaVote& vote); // the new id, -1 on failure
    QList<ArenaVote> votes() const;     // oldest first
    int count() const;

signals:
    void changed();

private:
    bool exec(const QString& sql);

    QString m_connection;
    bool m_open = false;
    QString m_lastError;
};

// One row per contestant, best first (or worst first): rank, contestant, rating, its 95%
// interval, and the votes behind it.
class ArenaRatingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Contestant, Rating, Interval, Votes, ColumnCount };
    explicit ArenaRatingsModel(QObject* parent = nullptr);

    void setVotes(const QList<ArenaVote>& votes); // refits
    void setBestFirst(bool bestFirst);
    bool bestFirst() const { return m_bestFirst; }
    const QList<ArenaRating>& ratings() const { return m_ratings; } // best first
    int voteCount() const { return m_voteCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const ArenaRating& at(int row) const;

    QList<ArenaRating> m_ratings;
    bool m_bestFirst = true;
    int m_voteCount = 0;
};

// Exports: one vote per row / object, with both contestants, their sides, the outcome, the time.
QByteArray arenaVotesCsv(const QList<ArenaVote>& votes);
QByteArray arenaVotesJson(const QList<ArenaVote>& votes);
QByteArray arenaRatingsCsv(const QList<ArenaRating>& ratings);
QByteArray arenaRatingsJson(const QList<ArenaRating>& ratings);

} // namespace ik
