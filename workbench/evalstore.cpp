#include "evalstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

namespace {

QString compact(const QJsonArray& a) {
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
QJsonArray arrayOf(const QVariant& v) {
    return QJsonDocument::fromJson(v.toString().toUtf8()).array();
}
QVariant orNull(qint64 v) {
    return v < 0 ? QVariant() : QVariant(v);
}

const QString kColumns =
    u"row_idx, workload_idx, status, answer, tool_calls, finish_reason, outcomes, passed, "
    u"first_token_ms, total_ms, prompt_tokens, completion_tokens, cost, error, attempts"_s;

CellResult cellFrom(const QSqlQuery& q) {
    CellResult r;
    r.row = q.value(0).toInt();
    r.workload = q.value(1).toInt();
    r.status = q.value(2).toString();
    r.answer = q.value(3).toString();
    r.toolCalls = arrayOf(q.value(4));
    r.finishReason = q.value(5).toString();
    r.outcomes = arrayOf(q.value(6));
    r.passed = q.value(7).toBool();
    r.firstTokenMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
    r.totalMs = q.value(9).isNull() ? -1 : q.value(9).toLongLong();
    r.promptTokens = q.value(10).isNull() ? -1 : q.value(10).toInt();
    r.completionTokens = q.value(11).isNull() ? -1 : q.value(11).toInt();
    if (!q.value(12).isNull())
        r.cost = q.value(12).toDouble();
    r.error = q.value(13).toString();
    r.attempts = q.value(14).toInt();
    return r;
}

RunInfo runFrom(const QSqlQuery& q) {
    RunInfo r;
    r.id = q.value(0).toLongLong();
    r.setPath = q.value(1).toString();
    r.setHash = q.value(2).toString();
    r.name = q.value(3).toString();
    r.workloads = q.value(4).toString().split(u'\n');
    r.rows = q.value(5).toInt();
    r.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    r.finishedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.state = q.value(8).toString();
    return r;
}

const QString kRunColumns =
    u"id, set_path, set_hash, name, workloads, rows, started_at, finished_at, state"_s;

} // namespace

EvalStore::EvalStore(const QString& path, QObject* parent)
    : QObject(parent), m_path(path.isEmpty() ? defaultPath() : path) {
    static std::atomic<int> counter{0};
    m_connection = u"ik-eval-%1"_s.arg(++counter);
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return;
    }
    // WAL with synchronous=NORMAL: each result is its own committed transaction, which a killed
    // process never loses (only a power cut could), without an fsync per call.
    m_open = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s) &&
             exec(u"PRAGMA busy_timeout=2000"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS eval_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                  u"set_path TEXT, set_hash TEXT, name TEXT, workloads TEXT, rows INTEGER, "
                  u"started_at TEXT, finished_at TEXT, state TEXT)"_s) &&
             exec(u"CREATE TABLE IF NOT EXISTS eval_results (run_id INTEGER, row_idx INTEGER, "
                  u"workload_idx INTEGER, status TEXT, answer TEXT, tool_calls TEXT, "
                  u"finish_reason TEXT, outcomes TEXT, passed INTEGER, first_token_ms INTEGER, "
                  u"total_ms INTEGER, prompt_tokens INTEGER, completion_tokens INTEGER, cost REAL, "
                  u"error TEXT, attempts INTEGER, finished_at TEXT, "
                  u"PRIMARY KEY (run_id, row_idx, workload_idx)) WITHOUT ROWID"_s);
}

EvalStore::~EvalStore() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString EvalStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/evaluations.sqlite"_s;
}

bool EvalStore::exec(const QString& sql) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

qint64 EvalStore::beginRun(const RunInfo& info) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO eval_runs (set_path, set_hash, name, workloads, rows, started_at, "
              u"state) VALUES (?, ?, ?, ?, ?, ?, 'running')"_s);
    for (const QVariant& v :
         {QVariant(info.setPath), QVariant(info.setHash), QVariant(info.name),
          QVariant(info.workloads.join(u'\n')), QVariant(info.rows),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<RunInfo> EvalStore::resumable(const QString& setHash,
                                            const QStringList& workloads) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM eval_runs WHERE set_hash = ? AND workloads = ? ORDER BY id DESC "
              u"LIMIT 1"_s.arg(kRunColumns));
    q.addBindValue(setHash);
    q.addBindValue(workloads.join(u'\n'));
    if (!q.exec() || !q.next())
        return std::nullopt;
    RunInfo r = runFrom(q);
    if (r.state == u"done"_s)
        return std::nullopt; // the last run of this set finished: a new one starts afresh
    return r;
}

std::optional<RunInfo> EvalStore::run(qint64 id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM eval_runs WHERE id = ?"_s.arg(kRunColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFrom(q);
}

QList<RunInfo> EvalStore::runs(int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT %1 FROM eval_runs ORDER BY id DESC LIMIT ?"_s.arg(kRunColumns));
    q.addBindValue(limit);
    QList<RunInfo> list;
    if (q.exec())
        while (q.next())
            list.append(runFrom(q));
    return list;
}

void EvalStore::finishRun(qint64 id, const QString& state) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"UPDATE eval_runs SET state = ?, finished_at = ? WHERE id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(id);
    if (!q.exec())
        m_lastError = q.lastError().text();
}

bool EvalStore::record(qint64 runId, const CellResult& r) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO eval_results (run_id, %1, finished_at) VALUES (?, ?, ?, ?, "
              u"?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns));
    for (const QVariant& v :
         {QVariant(runId), QVariant(r.row), QVariant(r.workload), QVariant(r.status),
          QVariant(r.answer), QVariant(compact(r.toolCalls)), QVariant(r.finishReason),
          QVariant(compact(r.outcomes)), QVariant(r.passed ? 1 : 0), orNull(r.firstTokenMs),
          orNull(r.totalMs), orNull(r.promptTokens), orNull(r.completionTokens),
          r.cost ? QVariant(*r.cost) : QVariant(), QVariant(r.error), QVariant(r.attempts),
          QVariant(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    emit resultRecorded(runId, r.row, r.workload);
    return true;
}

QBitArray EvalStore::finishedCells(qint64 runId, int rows, int workloads) const {
    QBitArray done(qsizetype(rows) * workloads);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT row_idx, workload_idx FROM eval_results WHERE run_id = ?"_s);
    q.addBindValue(runId);
    if (q.exec())
        while (q.next()) {
            const int row = q.value(0).toInt(), w = q.value(1).toInt();
            if (row >= 0 && row < rows && w >= 0 && w < workloads)
                done.setBit(qsizetype(row) * workloads + w);
        }
    return done;
}

int EvalStore::resultCount(qint64 runId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT COUNT(*) FROM eval_results WHERE run_id = ?"_s);
    q.addBindValue(runId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

std::optional<CellResult> EvalStore::result(qint64 runId, int row, int workload) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        u"SELECT %1 FROM eval_results WHERE run_id = ? AND row_idx = ? AND workload_idx = ?"_s.arg(
            kColumns));
    q.addBindValue(runId);
    q.addBindValue(row);
    q.addBindValue(workload);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return cellFrom(q);
}

void EvalStore::forEach(qint64 runId, const std::function<bool(const CellResult&)>& visit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true); // one row at a time: memory does not grow with the run
    q.prepare(u"SELECT %1 FROM eval_results WHERE run_id = ? ORDER BY row_idx, workload_idx"_s.arg(
        kColumns));
    q.addBindValue(runId);
    if (!q.exec())
        return;
    while (q.next())
        if (!visit(cellFrom(q)))
            return;
}

QList<WorkloadTotals> EvalStore::totals(qint64 runId, int workloads) const {
    QList<WorkloadTotals> list(workloads);
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT workload_idx, COUNT(*), SUM(passed), SUM(status != 'done'), "
              u"TOTAL(cost), TOTAL(prompt_tokens), TOTAL(completion_tokens), AVG(total_ms) "
              u"FROM eval_results WHERE run_id = ? GROUP BY workload_idx"_s);
    q.addBindValue(runId);
    if (q.exec())
        while (q.next()) {
            const int w = q.value(0).toInt();
            if (w < 0 || w >= workloads)
                continue;
            WorkloadTotals& t = list[w];
            t.cells = q.value(1).toInt();
            t.passed = q.value(2).toInt();
            t.errors = q.value(3).toInt();
            t.cost = q.value(4).toDouble();
            t.promptTokens = qint64(q.value(5).toDouble());
            t.completionTokens = qint64(q.value(6).toDouble());
            t.meanTotalMs = q.value(7).toDouble();
        }
    for (int w = 0; w < workloads; ++w)
        addPercentiles(runId, w, &list[w]);
    return list;
}

void EvalStore::addPercentiles(qint64 runId, int workload, WorkloadTotals* t) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString where = u"FROM eval_results WHERE run_id = ? AND workload_idx = ? AND "
                          u"status = 'done' AND total_ms IS NOT NULL"_s;
    q.prepare(u"SELECT COUNT(*) "_s + where);
    q.addBindValue(runId);
    q.addBindValue(workload);
    const qint64 n = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    if (n == 0)
        return;
    for (auto [pct, out] : {std::pair{50, &t->p50Ms}, {90, &t->p90Ms}, {99, &t->p99Ms}}) {
        // Nearest rank: the smallest value with at least pct% of the calls at or below it.
        const qint64 rank = std::max<qint64>(1, qint64(std::ceil(pct / 100.0 * double(n))));
        q.prepare(u"SELECT total_ms "_s + where + u" ORDER BY total_ms LIMIT 1 OFFSET ?"_s);
        q.addBindValue(runId);
        q.addBindValue(workload);
        q.addBindValue(rank - 1);
        if (q.exec() && q.next())
            *out = q.value(0).toLongLong();
    }
}

void EvalStore::diff(qint64 before, qint64 after,
                     const std::function<bool(const CellChange&)>& visit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(u"SELECT b.row_idx, b.workload_idx, b.passed, b.outcomes FROM eval_results a "
              u"JOIN eval_results b ON a.row_idx = b.row_idx AND a.workload_idx = b.workload_idx "
              u"WHERE a.run_id = ? AND b.run_id = ? AND a.passed != b.passed "
              u"ORDER BY b.row_idx, b.workload_idx"_s);
    q.addBindValue(before);
    q.addBindValue(after);
    if (!q.exec())
        return;
    while (q.next()) {
        CellChange c;
        c.row = q.value(0).toInt();
        c.workload = q.value(1).toInt();
        c.nowPasses = q.value(2).toBool();
        c.outcomes = arrayOf(q.value(3));
        if (!visit(c))
            return;
    }
}

std::pair<double, double> passRateInterval(int passed, int cells) {
    if (cells <= 0)
        return {0, 0};
    const double z = 1.959963984540054, n = cells, p = passed / n;
    const double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

} // namespace ik::eval
