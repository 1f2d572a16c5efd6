#include "history.h"

#include "credential.h"
#include "scrub.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// A row still "running" that has not been touched for this long belongs to a process that is
// gone (the view touches its row every second while a run is alive, even a stalled one).
constexpr qint64 kOrphanAfterMs = 10000;

QString redacted(const QString& text) {
    return scrubSecrets(text);
}

QString compact(const QJsonObject& o) {
    return redacted(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject object(const QVariant& v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

QString messagesJson(const QList<ChatMessage>& messages) {
    return redacted(
        QString::fromUtf8(QJsonDocument(messagesToJson(messages)).toJson(QJsonDocument::Compact)));
}

QList<ChatMessage> messagesFrom(const QVariant& v) {
    return messagesFromJson(QJsonDocument::fromJson(v.toString().toUtf8()).array());
}

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

History::History(const QString& path, QObject* parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path) {
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("ik-history-%1").arg(++counter);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    m_open =
        exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
        exec(QStringLiteral("PRAGMA synchronous=NORMAL")) &&
        exec(QStringLiteral("PRAGMA busy_timeout=2000")) &&
        exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "started_at TEXT, updated_ms INTEGER, owner INTEGER, workload_id TEXT, "
                           "workload_name TEXT, workload_ref TEXT, system TEXT, messages TEXT, "
                           "params TEXT, stream INTEGER, answer TEXT, state TEXT, metrics TEXT, "
                           "model TEXT, finish_reason TEXT, usage TEXT, error TEXT, record TEXT, "
                           "frame_count INTEGER DEFAULT 0)")) &&
        exec(QStringLiteral(
            "CREATE INDEX IF NOT EXISTS runs_by_workload ON runs (workload_id, id)")) &&
        exec(QStringLiteral("CREATE TABLE IF NOT EXISTS frames (run_id INTEGER, idx INTEGER, "
                            "at_ms INTEGER, bytes INTEGER, data TEXT, delta TEXT, is_json INTEGER, "
                            "is_done INTEGER, PRIMARY KEY (run_id, idx)) WITHOUT ROWID")) &&
        addColumn(u"origin"_s, u"TEXT DEFAULT 'playground'"_s) &&
        addColumn(u"answer_extra"_s, u"TEXT"_s) && createImageTable();
    if (m_open)
        markOrphans();
}

History::~History() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString History::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/history.sqlite");
}

bool History::exec(const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool History::addColumn(const QString& name, const QString& declaration) {
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT 1 FROM pragma_table_info('runs') WHERE name = ?"_s);
    q.addBindValue(name);
    q.exec();
    return q.next() || exec(u"ALTER TABLE runs ADD COLUMN %1 %2"_s.arg(name, declaration));
}

void History::markOrphans() {
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, owner, updated_ms FROM runs WHERE state = 'running'"));
    QList<qint64> orphans;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    while (q.next()) {
        const qint64 owner = q.value(1).toLongLong();
        const bool mine = owner == qint64(::getpid());
        if (!mine && (!processAlive(owner) || now - q.value(2).toLongLong() > kOrphanAfterMs))
            orphans.append(q.value(0).toLongLong());
    }
    for (qint64 id : orphans) {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE runs SET state = 'incomplete' WHERE id = ?"));
        u.addBindValue(id);
        u.exec();
    }
}

qint64 History::begin(const HistoryRun& run) {
    if (!m_open)
        return -1;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "INSERT INTO runs (started_at, updated_ms, owner, workload_id, workload_name, "
        "workload_ref, system, messages, params, stream, answer, state, metrics, model, "
        "finish_reason, usage, error, record, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', '{}', '', '', '{}', '{}', ?, ?)"));
    q.addBindValue((run.startedAt.isValid() ? run.startedAt : QDateTime::currentDateTime())
                       .toString(Qt::ISODateWithMs));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(qint64(::getpid()));
    q.addBindValue(run.workloadId);
    q.addBindValue(redacted(run.workloadName));
    q.addBindValue(redacted(run.workloadRef));
    q.addBindValue(redacted(run.system));
    q.addBindValue(messagesJson(run.messages));
    q.addBindValue(compact(run.params));
    q.addBindValue(run.stream ? 1 : 0);
    q.addBindValue(redacted(run.answer));
    q.addBindValue(compact(run.record));
    q.addBindValue(redacted(run.origin));
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    saveImages(id, run.messages);
    emit changed();
    return id;
}

void History::progress(qint64 id, const QString& answer, const QList<Frame>& newFrames) {
    if (!m_open || id < 0)
        return;
    // Where each frame's delta sits in the answer, so that a key echoed across several frames
    // (a few characters each) is scrubbed from every one of them, also those already saved.
    RunSpans& spans = m_spans[id];
    QList<Frame> frames = newFrames;
    for (const Frame& f : frames) {
        if (!f.delta.isEmpty())
            spans.spans.append({f.index, spans.textLength, int(f.delta.size())});
        spans.textLength += int(f.delta.size());
    }
    QList<QPair<int, int>> leaks;
    const QString answerText = scrubSecrets(answer, &leaks);
    QList<int> hit;
    for (const auto& [from, to] : leaks) {
        auto it = std::lower_bound(
            spans.spans.cbegin(), spans.spans.cend(), from,
            [](const Span& s, int offset) { return s.start + s.length <= offset; });
        for (; it != spans.spans.cend() && it->start < to; ++it)
            if (!spans.scrubbed.contains(it->frame))
                hit.append(it->frame);
    }
    const QString hidden = tr("(hidden: part of a key)");
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    for (int frame : hit) {
        spans.scrubbed.insert(frame);
        bool inBatch = false;
        for (Frame& f : frames) {
            if (f.index == frame) {
                f.delta = QStringLiteral("…");
                f.data = hidden;
                inBatch = true;
            }
        }
        if (!inBatch) {
            QSqlQuery u(db);
            u.prepare(QStringLiteral(
                "UPDATE frames SET delta = '…', data = ? WHERE run_id = ? AND idx = ?"));
            u.addBindValue(hidden);
            u.addBindValue(id);
            u.addBindValue(frame);
            u.exec();
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET answer = ?, updated_ms = ?, "
                             "frame_count = frame_count + ? WHERE id = ?"));
    q.addBindValue(answerText);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(int(frames.size()));
    q.addBindValue(id);
    q.exec();
    if (!frames.isEmpty()) {
        QSqlQuery f(db);
        f.prepare(QStringLiteral("INSERT OR REPLACE INTO frames (run_id, idx, at_ms, bytes, data, "
                                 "delta, is_json, is_done) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Frame& frame : frames) {
            f.bindValue(0, id);
            f.bindValue(1, frame.index);
            f.bindValue(2, frame.atMs);
            f.bindValue(3, qint64(frame.bytes));
            f.bindValue(4, redacted(frame.data));
            f.bindValue(5, redacted(frame.delta));
            f.bindValue(6, frame.json ? 1 : 0);
            f.bindValue(7, frame.done ? 1 : 0);
            f.exec();
        }
    }
    if (!db.commit())
        m_lastError = db.lastError().text();
    emit progressSaved(id, int(answer.size()));
}

void History::finish(qint64 id, const HistoryRun& run) {
    if (!m_open || id < 0)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "UPDATE runs SET updated_ms = ?, answer = ?, state = ?, metrics = ?, model = ?, "
        "finish_reason = ?, usage = ?, error = ?, record = ?, answer_extra = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(redacted(run.answer));
    q.addBindValue(run.state);
    q.addBindValue(compact(run.metrics));
    q.addBindValue(redacted(run.model));
    q.addBindValue(run.finishReason);
    q.addBindValue(compact(run.usage));
    q.addBindValue(compact(run.error));
    q.addBindValue(compact(run.record));
    q.addBindValue(compact(answerExtraToJson(run)));
    q.addBindValue(id);
    if (!q.exec())
        m_lastError = q.lastError().text();
    m_spans.remove(id);
    emit changed();
}

namespace {
const QString kColumns = QStringLiteral(
    "id, started_at, workload_id, workload_name, workload_ref, system, messages, params, "
    "stream, answer, state, metrics, model, finish_reason, usage, error, record, frame_count, "
    "origin, answer_extra");

HistoryRun rowToRun(const QSqlQuery& q) {
    HistoryRun r;
    r.id = q.value(0).toLongLong();
    r.startedAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.workloadId = q.value(2).toString();
    r.workloadName = q.value(3).toString();
    r.workloadRef = q.value(4).toString();
    r.system = q.value(5).toString();
    r.messages = messagesFrom(q.value(6));
    r.params = object(q.value(7));
    r.stream = q.value(8).toInt() != 0;
    r.answer = q.value(9).toString();
    r.state = q.value(10).toString();
    r.metrics = object(q.value(11));
    r.model = q.value(12).toString();
    r.finishReason = q.value(13).toString();
    r.usage = object(q.value(14));
    r.error = object(q.value(15));
    r.record = object(q.value(16));
    r.frameCount = q.value(17).toInt();
    r.origin = q.value(18).isNull() ? playgroundOrigin() : q.value(18).toString();
    answerExtraFromJson(object(q.value(19)), &r);
    return r;
}
} // namespace

QList<HistoryRun> History::list(const QString& workloadId, const QString& search, int limit,
                                HistoryOriginFilter origin) const {
    QList<HistoryRun> out;
    if (!m_open)
        return out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString sql = QStringLiteral("SELECT %1 FROM runs WHERE workload_id = :workload").arg(kColumns);
    const QString needle = search.trimmed();
    if (!needle.isEmpty())
        sql += QStringLiteral(" AND (system LIKE :n1 ESCAPE '\\' OR messages LIKE :n2 ESCAPE '\\' "
                              "OR answer LIKE :n3 ESCAPE '\\')");
    sql += originCondition(origin);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT %1").arg(limit);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":workload"), workloadId);
    if (!needle.isEmpty()) {
        QString escaped = needle;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        q.bindValue(QStringLiteral(":n1"), pattern);
        q.bindValue(QStringLiteral(":n2"), pattern);
        q.bindValue(QStringLiteral(":n3"), pattern);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append(rowToRun(q));
    return out;
}

std::optional<HistoryRun> History::load(qint64 id) const {
    if (!m_open)
        return std::nullopt;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM runs WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HistoryRun run = rowToRun(q);
    QSqlQuery f(db);
    f.prepare(QStringLiteral("SELECT idx, at_ms, bytes, data, delta, is_json, is_done FROM frames "
                             "WHERE run_id = ? ORDER BY idx"));
    f.addBindValue(id);
    f.exec();
    while (f.next()) {
        Frame frame;
        frame.index = f.value(0).toInt();
        frame.atMs = f.value(1).toLongLong();
        frame.bytes = qsizetype(f.value(2).toLongLong());
        frame.data = f.value(3).toString();
        frame.delta = f.value(4).toString();
        frame.json = f.value(5).toInt() != 0;
        frame.done = f.value(6).toInt() != 0;
        run.frames.append(frame);
    }
    run.frameCount = int(run.frames.size());
    loadImages(id, &run.messages);
    return run;
}

bool History::remove(qint64 id) {
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery f(db);
    f.prepare(QStringLiteral("DELETE FROM frames WHERE run_id = ?"));
    f.addBindValue(id);
    f.exec();
    removeImages(id);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = ?"));
    q.addBindValue(id);
    const bool ok = q.exec() && q.numRowsAffected() > 0;
    db.commit();
    emit changed();
    return ok;
}

bool History::clear() {
    if (!m_open)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    const bool ok = exec(u"DELETE FROM frames"_s) && exec(u"DELETE FROM run_images"_s) &&
                    exec(u"DELETE FROM runs"_s);
    if (!ok) {
        db.rollback();
        return false;
    }
    db.commit();
    m_spans.clear();
    // The freed pages go back to the disk, so the data folder's size says the history is gone.
    exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    exec(u"VACUUM"_s);
    exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    emit cleared();
    emit changed();
    return true;
}

} // namespace ik
