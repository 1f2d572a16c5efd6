#pragma once
// The runs of one workload in history (history.h), newest first, as a Qt item model: the
// playground's history list is a QTreeView over it. A search narrows it to runs whose prompts or
// answers hold the words. Rows are read again by refresh(): the caller decides when, so a run
// saving its progress every second does not reset the list under the user's pointer. Each row
// says where the run came from (the playground, or which comparison and which of its runs), and
// the rows can be narrowed to one origin: compare's Repeat sends the same prompt many times.

#include "history.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ik {

// What a run in history can be exported as.
enum class HistoryExport { RunMarkdown, RunJson, ConversationMarkdown, ConversationJson };
QByteArray exportBytes(const HistoryRun& run, HistoryExport format);
bool isJsonExport(HistoryExport format);
// "<workload slug>-run-<id>.md", "<workload slug>-conversation-<id>.json", ...
QString exportFileName(const QString& workloadSlug, qint64 id, HistoryExport format);

// The inverses of history.h's errorToJson() and recordToJson(): what a reopened run shows.
Error errorFromJson(const QJsonObject& json);
RunRecord recordFromJson(const QJsonObject& json);

class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
    Q_PROPERTY(ik::HistoryOriginFilter originFilter READ originFilter WRITE setOriginFilter)
public:
    enum Column { Started, State, Origin, Ask, ColumnCount };
    enum DataRole {
        IdRole = Qt::UserRole + 1, // qint64: the run's history id
        StateNameRole,             // the stored state: "done", "cancelled", "incomplete", ...
        OriginRole,                // bool: true when the run came from a comparison
        ComparisonRole,            // QString: the comparison it came from; empty: the playground
    };

    explicit HistoryModel(History* history, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    History* history() const { return m_history; }
    QString workloadId() const { return m_workloadId; }
    QString search() const { return m_search; }
    HistoryOriginFilter originFilter() const { return m_originFilter; }
    // Each reads the rows again.
    void setOriginFilter(HistoryOriginFilter filter);
    void setWorkloadId(const QString& workloadId);
    void setSearch(const QString& search);
    void refresh();

    qint64 idAt(int row) const; // -1 outside the rows
    int rowOf(qint64 id) const; // -1 when not listed
    const HistoryRun& runAt(int row) const { return m_runs.at(row); }
    // Deletes the run from history and reads the rows again.
    bool remove(qint64 id);

    // The last user turn of a run, on one line, at most 80 characters.
    static QString askOf(const HistoryRun& run);

private:
    QPointer<History> m_history;
    QString m_workloadId;
    QString m_search;
    HistoryOriginFilter m_originFilter = HistoryOriginFilter::All;
    QList<HistoryRun> m_runs;
};

} // namespace ik
