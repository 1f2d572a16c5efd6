#include "arenastore.h"

#include "scrub.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// Columns in the order save() binds and votes() reads them.
const QString kColumns = u"at, prompt, a_workload, a_name, a_preset, a_params, b_workload, "
                         u"b_name, b_preset, b_params, swapped, outcome, a_answer, b_answer, "
                         u"a_state, b_state"_s;

QString paramsText(const QJsonObject& params) {
    return scrubSecrets(QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)));
}

QJsonObject paramsOf(const QVariant& v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace

ArenaStore::ArenaStore(const QString& path, QObject* parent) : QObject(parent) {
    if (path.isEmpty())
        return;
    static std::atomic<int> counter{0};
    m_connection = u"ik-arena-%1"_s.arg(++counter);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    m_open = exec(u"PRAGMA busy_timeout=2000"_s) && exec(u"PRAGMA synchronous=NORMAL"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS arena_votes (id INTEGER PRIMARY KEY "
                  u"AUTOINCREMENT, at TEXT, prompt TEXT, a_workload TEXT, a_name TEXT, a_preset "
                  u"TEXT, a_params TEXT, b_workload TEXT, b_name TEXT, b_preset TEXT, b_params "
                  u"TEXT, swapped INTEGER, outcome TEXT, a_answer TEXT, b_answer TEXT, a_state "
                  u"TEXT, b_state TEXT)"_s);
}

ArenaStore::~ArenaStore() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool ArenaStore::exec(const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

qint64 ArenaStore::save(const ArenaVote& v) {
    if (!m_open)
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO arena_votes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              u"?, ?)"_s.arg(kColumns));
    q.addBindValue(v.at.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(scrubSecrets(v.prompt));
    for (const ArenaContestant* c : {&v.a, &v.b}) {
        q.addBindValue(c->workloadId);
        q.addBindValue(scrubSecrets(c->workloadName));
        q.addBindValue(scrubSecrets(c->preset));
        q.addBindValue(paramsText(c->params));
    }
    q.addBindValue(v.swapped ? 1 : 0);
    q.addBindValue(outcomeName(v.outcome));
    q.addBindValue(scrubSecrets(v.answerA));
    q.addBindValue(scrubSecrets(v.answerB));
    q.addBindValue(v.stateA);
    q.addBindValue(v.stateB);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    emit changed();
    return q.lastInsertId().toLongLong();
}

QList<ArenaVote> ArenaStore::votes() const {
    QList<ArenaVote> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"SELECT id, %1 FROM arena_votes ORDER BY id"_s.arg(kColumns)))
        return out;
    while (q.next()) {
        const std::optional<arena::Outcome> outcome = outcomeFromName(q.value(12).toString());
        if (!outcome)
            continue; // a row a newer version wrote: not ours to rate
        ArenaVote v;
        v.id = q.value(0).toLongLong();
        v.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        v.prompt = q.value(2).toString();
        v.a = ArenaContestant{q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                              paramsOf(q.value(6))};
        v.b = ArenaContestant{q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                              paramsOf(q.value(10))};
        v.swapped = q.value(11).toInt() != 0;
        v.outcome = *outcome;
        v.answerA = q.value(13).toString();
        v.answerB = q.value(14).toString();
        v.stateA = q.value(15).toString();
        v.stateB = q.value(16).toString();
        out.append(v);
    }
    return out;
}

int ArenaStore::count() const {
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(u"SELECT COUNT(*) FROM arena_votes"_s) && q.next() ? q.value(0).toInt() : 0;
}

ArenaRatingsModel::ArenaRatingsModel(QObject* parent) : QAbstractTableModel(parent) {}

void ArenaRatingsModel::setVotes(const QList<ArenaVote>& votes) {
    beginResetModel();
    m_ratings = arenaRatings(votes);
    m_voteCount = int(votes.size());
    endResetModel();
}

void ArenaRatingsModel::setBestFirst(bool bestFirst) {
    if (bestFirst == m_bestFirst)
        return;
    beginResetModel();
    m_bestFirst = bestFirst;
    endResetModel();
}

const ArenaRating& ArenaRatingsModel::at(int row) const {
    return m_ratings.at(m_bestFirst ? row : int(m_ratings.size()) - 1 - row);
}

int ArenaRatingsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_ratings.size());
}

int ArenaRatingsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArenaRatingsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ArenaRating& r = at(index.row());
    const int rank = m_bestFirst ? index.row() + 1 : int(m_ratings.size()) - index.row();
    if (role == Qt::TextAlignmentRole)
        return index.column() == Contestant ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Interval)
        return tr("95% interval of the rating: wide while few votes are behind it.");
    if (role == Qt::UserRole) // sortable values
        return index.column() == Contestant ? QVariant(r.label) : QVariant(r.fit.rating);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return rank;
    case Contestant:
        return r.label;
    case Rating:
        return QString::number(std::lround(r.fit.rating));
    case Interval:
        return tr("%1 – %2").arg(
            std::isfinite(r.fit.low) ? QString::number(std::lround(r.fit.low)) : u"−∞"_s,
            std::isfinite(r.fit.high) ? QString::number(std::lround(r.fit.high)) : u"∞"_s);
    case Votes:
        return r.fit.votes;
    default:
        return {};
    }
}

QVariant ArenaRatingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Contestant:
        return tr("Contestant");
    case Rating:
        return tr("Rating");
    case Interval:
        return tr("95% interval");
    case Votes:
        return tr("Votes");
    default:
        return {};
    }
}

} // namespace ik
