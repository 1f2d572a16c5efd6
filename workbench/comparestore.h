#pragma once
// Saved comparisons (issue 5 "Keeping it"): one row per comparison, linking the runs History
// already keeps. It lives in History's own SQLite file, over a connection of its own, in tables
// History does not know: `comparisons` and `comparison_runs`.

#include "comparison.h"

#include <QObject>
#include <QPointer>

namespace ik {

class History;

struct ComparisonEntry {
    qint64 id = -1;
    QDateTime createdAt;
    QString title;
    int panes = 0;
    int repeat = 1;
};

class CompareStore : public QObject {
    Q_OBJECT
public:
    // Opens history->path(); not open when history is null or the file cannot be opened.
    explicit CompareStore(History* history, QObject* parent = nullptr);
    ~CompareStore() override;

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    // Inserts (id < 0) or replaces the row; returns the id, -1 on failure. Answers are not
    // copied: the row names the linked runs, which hold them.
    qint64 save(const Comparison& comparison);
    QList<ComparisonEntry> list(int limit = 200) const;
    // The comparison with its answers read back from the linked runs (an answer whose run was
    // deleted from history reads as empty, its state as "deleted").
    std::optional<Comparison> load(qint64 id) const;
    bool remove(qint64 id);
    QList<qint64> linkedRuns(qint64 id) const;

signals:
    void changed();

private:
    bool exec(const QString& sql);

    QPointer<History> m_history;
    QString m_connection;
    bool m_open = false;
    QString m_lastError;
};

} // namespace ik
