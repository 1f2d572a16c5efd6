#pragma once
// The playground's History page: the runs of the current workload (a QTreeView over
// HistoryModel), a search over prompts and answers, a choice of where the runs came from
// (all, the playground, compare), and Reopen / Delete / Export. It asks; the
// playground does.

#include "historymodel.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace ik {

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit HistoryPanel(History* history, QWidget* parent = nullptr);

    HistoryModel* model() const { return m_model; }
    QTreeView* listView() const { return m_list; }
    qint64 selectedId() const; // -1: none

    void setWorkloadId(const QString& workloadId);
    // Reads the rows again; the selected run stays selected.
    void refresh();
    // The same, a moment later: several changes in a row cost one read.
    void refreshSoon();

signals:
    void reopenRequested(qint64 id);
    void deleteRequested(qint64 id);
    void exportRequested(qint64 id, ik::HistoryExport format); // id -1: none selected

private:
    void buildSearch();
    void buildOriginFilter();
    void buildList();
    QLayout* buildButtons();

    HistoryModel* m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_origin = nullptr;
    QTreeView* m_list = nullptr;
    QTimer* m_refreshTimer;
};

} // namespace ik
