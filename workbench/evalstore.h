#pragma once
// Where evaluation runs keep their results (SQLite): one row per dataset row × workload, written
// the moment its call ends, so a run killed at any point (kill -9 included) loses at most the
// calls still on the wire and resumes without repeating a finished one. Nothing is held in
// memory: totals come from SQL, results are read back one at a time (forEach) or by cell, the
// way an item model asks for them.

#include <QBitArray>
#include <QDateTime>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace ik::eval {

struct RunInfo {
    qint64 id = -1;
    QString setPath;
    QString setHash; // of the set file and its data file: a changed set is a new run
    QString name;
    QStringList workloads; // display names, by column
    int rows = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while unfinished
    QString state;        // running, done, cancelled, timed-out
};

// What one cell (dataset row × workload) ended with.
struct CellResult {
    int row = 0;      // 0-based index into the dataset
    int workload = 0; // 0-based index into the set's workloads
    QString status;   // done, failed, truncated, invalid, blocked, declined
    QString answer;
    QJsonArray toolCalls; // [{name, arguments}]
    QString finishReason;
    QJsonArray outcomes; // outcomesJson()
    bool passed = false; // every assertion passed (and the call was done)
    qint64 firstTokenMs = -1;
    qint64 totalMs = -1;
    int promptTokens = -1;
    int completionTokens = -1;
    std::optional<double> cost;
    QString error;
    int attempts = 1; // calls made for it (429 and 503 retries included)
};

struct WorkloadTotals {
    int cells = 0;
    int passed = 0;
    int errors = 0; // calls that did not end done
    double cost = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double meanTotalMs = 0;
    // Total latency of the calls that ended done: median, 90th and 99th percentile (nearest
    // rank), -1 without any.
    qint64 p50Ms = -1, p90Ms = -1, p99Ms = -1;
    double passRate() const { return cells ? double(passed) / cells : 0; }
};

// The 95% Wilson score interval of a pass rate: honest at 0 and 100% and for a few rows, where
// the normal approximation is not. {0, 0} without cells.
std::pair<double, double> passRateInterval(int passed, int cells);

// A cell whose verdict differs between two runs of one set.
struct CellChange {
    int row = 0;
    int workload = 0;
    bool nowPasses = false; // improved; else regressed
    QJsonArray outcomes;    // the later run's
};

class EvalStore : public QObject {
    Q_OBJECT
public:
    // Empty path: evaluations.sqlite in QStandardPaths::AppDataLocation.
    explicit EvalStore(const QString& path = {}, QObject* parent = nullptr);
    ~EvalStore() override;
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }

    qint64 beginRun(const RunInfo& info); // -1 on failure
    // The latest unfinished run of this set (same hash and workloads), to resume.
    std::optional<RunInfo> resumable(const QString& setHash, const QStringList& workloads) const;
    std::optional<RunInfo> run(qint64 id) const;
    QList<RunInfo> runs(int limit = 100) const;
    void finishRun(qint64 id, const QString& state);

    bool record(qint64 runId, const CellResult& result); // replaces the cell's earlier result
    // Bit row * workloads + workload is set for each cell that already has a result.
    QBitArray finishedCells(qint64 runId, int rows, int workloads) const;
    int resultCount(qint64 runId) const;
    std::optional<CellResult> result(qint64 runId, int row, int workload) const;
    // Every result in row, workload order, one at a time; the callback returns false to stop.
    void forEach(qint64 runId, const std::function<bool(const CellResult&)>& visit) const;
    QList<WorkloadTotals> totals(qint64 runId, int workloads) const;
    // The cells that passed in one run and not in the other (rows both runs have), in row,
    // workload order, one at a time; the callback returns false to stop.
    void diff(qint64 before, qint64 after,
              const std::function<bool(const CellChange&)>& visit) const;

signals:
    void resultRecorded(qint64 runId, int row, int workload);

private:
    bool exec(const QString& sql);
    void addPercentiles(qint64 runId, int workload, WorkloadTotals* t) const;
    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace ik::eval
