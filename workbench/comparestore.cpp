#include "comparestore.h"

#include "history.h"
#include "logprobs.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace ik {

CompareStore::CompareStore(History* history, QObject* parent)
    : QObject(parent), m_history(history) {
    if (!history || !history->isOpen())
        return;
    static std::atomic<int> counter{0};
    m_connection = u"ik-compare-%1"_s.arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(history->path());
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    // synchronous is per connection: NORMAL like History's, so a save does not wait on fsync
    // in the middle of the UI thread (WAL keeps the file consistent either way).
    m_open = exec(u"PRAGMA busy_timeout=2000"_s) && exec(u"PRAGMA synchronous=NORMAL"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS comparisons (id INTEGER PRIMARY KEY "
                  u"AUTOINCREMENT, created_at TEXT, title TEXT, panes INTEGER, repeat INTEGER, "
                  u"body TEXT)"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS comparison_runs (comparison_id INTEGER, pane "
                  u"INTEGER, iteration INTEGER, run_id INTEGER, PRIMARY KEY (comparison_id, "
                  u"pane, iteration)) WITHOUT ROWID"_s);
}

CompareStore::~CompareStore() {
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool CompareStore::exec(const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

qint64 CompareStore::save(const Comparison& c) {
    if (!m_open)
        return -1;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    qint64 id = c.id;
    if (id >= 0) {
        q.prepare(u"UPDATE comparisons SET created_at=?, title=?, panes=?, repeat=?, body=? "
                  u"WHERE id=?"_s);
    } else {
        q.prepare(u"INSERT INTO comparisons (created_at, title, panes, repeat, body) VALUES "
                  u"(?, ?, ?, ?, ?)"_s);
    }
    q.addBindValue(c.createdAt.toString(Qt::ISODateWithMs));
    q.addBindValue(comparisonTitle(c));
    q.addBindValue(int(c.panes.size()));
    q.addBindValue(c.repeat);
    q.addBindValue(QString::fromUtf8(comparisonJson(c, false)));
    if (id >= 0)
        q.addBindValue(id);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        db.rollback();
        return -1;
    }
    if (id < 0)
        id = q.lastInsertId().toLongLong();
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM comparison_runs WHERE comparison_id=?"_s);
    del.addBindValue(id);
    del.exec();
    QSqlQuery link(db);
    link.prepare(u"INSERT INTO comparison_runs (comparison_id, pane, iteration, run_id) VALUES "
                 u"(?, ?, ?, ?)"_s);
    for (qsizetype p = 0; p < c.panes.size(); ++p) {
        for (qsizetype i = 0; i < c.panes[p].runs.size(); ++i) {
            const qint64 run = c.panes[p].runs[i].historyId;
            if (run < 0)
                continue;
            link.addBindValue(id);
            link.addBindValue(int(p));
            link.addBindValue(int(i));
            link.addBindValue(run);
            link.exec();
        }
    }
    if (!db.commit()) {
        m_lastError = db.lastError().text();
        return -1;
    }
    emit changed();
    return id;
}

QList<ComparisonEntry> CompareStore::list(int limit) const {
    QList<ComparisonEntry> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id, created_at, title, panes, repeat FROM comparisons ORDER BY id DESC "
              u"LIMIT ?"_s);
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        ComparisonEntry e;
        e.id = q.value(0).toLongLong();
        e.createdAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.title = q.value(2).toString();
        e.panes = q.value(3).toInt();
        e.repeat = q.value(4).toInt();
        out.append(e);
    }
    return out;
}

std::optional<Comparison> CompareStore::load(qint64 id) const {
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT body FROM comparisons WHERE id=?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    std::optional<Comparison> c = comparisonFromJson(q.value(0).toString().toUtf8());
    if (!c)
        return std::nullopt;
    c->id = id;
    for (ComparePaneResult& p : c->panes) {
        for (CompareRun& r : p.runs) {
            if (r.historyId < 0)
                continue;
            std::optional<HistoryRun> run =
                m_history ? m_history->load(r.historyId) : std::optional<HistoryRun>();
            if (run) {
                r.text = run->answer;
                r.reasoning = run->reasoning;
                r.toolCalls = run->toolCalls;
                r.tokens = logprobsFromJson(run->extra[u"logprobs"].toArray(), run->answer.size());
            } else {
                r.text.clear();
                r.state = u"deleted"_s;
            }
        }
    }
    return c;
}

bool CompareStore::remove(qint64 id) {
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM comparisons WHERE id=?"_s);
    q.addBindValue(id);
    const bool ok = q.exec();
    QSqlQuery l(db);
    l.prepare(u"DELETE FROM comparison_runs WHERE comparison_id=?"_s);
    l.addBindValue(id);
    l.exec();
    if (ok)
        emit changed();
    return ok && q.numRowsAffected() > 0;
}

QList<qint64> CompareStore::linkedRuns(qint64 id) const {
    QList<qint64> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT run_id FROM comparison_runs WHERE comparison_id=? ORDER BY pane, "
              u"iteration"_s);
    q.addBindValue(id);
    if (q.exec())
        while (q.next())
            out.append(q.value(0).toLongLong());
    return out;
}

} // namespace ik
