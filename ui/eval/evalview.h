#pragma once
// The evaluation page: open a set (a file, or the shipped example), see its templating problems
// and which of its workloads the window does not have, then Run / Cancel with a progress line
// (done of total, ETA, throughput, cost so far). Below: the rows × workloads matrix (pass or the
// failing assertion, latency, tokens, cost), a filter to failures or to rows where the workloads
// disagree, the totals per workload and the exports. Running, storing and exporting live in
// workbench (evalrunner.h, evalstore.h, evalexport.h); this is layout and input only.
//
// Hosting it (the shell):
//   auto* view = new ik::EvalView(&services, parent); // the window's session services
//   view->setWorkloads(workloads);                      // the set's references resolve to these
//   connect(view, &EvalView::openInPlayground, ...);    // a cell's conversation
//   install(view->spec());

#include "evalset.h"
#include "runsession.h"
#include "viewspec.h"

#include <QWidget>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ik::eval {
class EvalFilterModel;
class EvalResultsModel;
class EvalRunner;
class EvalStore;
struct Progress;
enum class RunEnd;
} // namespace ik::eval

namespace ik {

class EvalView : public QWidget {
    Q_OBJECT
public:
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    using OpenFileHook = std::function<void(std::function<void(QString path)>)>;
    enum class Export { Csv, Json, JUnit };
    enum class Filter { All, Failures, Disagreements };

    // services is not owned and outlives the view. storePath empty: the store ik-call eval uses.
    explicit EvalView(const SessionServices* services, const QString& storePath = {},
                      QWidget* parent = nullptr);
    ~EvalView() override;

    // "eval", "E&valuate", Ctrl+4, no kinds: the set names its workloads.
    ui::ViewSpec spec();
    void setWorkloads(const QList<Workload>& workloads);
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    void setOpenFileHook(OpenFileHook hook) { m_openFileHook = std::move(hook); }

    bool openSet(const QString& path); // false: problems() says why
    bool openExample();                // docs/examples/eval/support.json
    const eval::EvalSet& set() const { return m_set; }
    QString problems() const; // what the problems box shows
    QStringList missingWorkloads() const { return m_missing; }
    bool canRun() const;

    eval::EvalRunner* runner() const { return m_runner.get(); }
    eval::EvalStore* store() const { return m_store.get(); }
    eval::EvalResultsModel* resultsModel() const { return m_results; }
    QTableView* matrix() const { return m_matrix; }
    QTableWidget* totalsTable() const { return m_totals; }
    void setFilter(Filter filter);
    bool exportTo(const QString& path, Export what, QString* error = nullptr) const;
    // The conversation of a cell of the matrix as shown (filtered) or of the source model.
    void openCell(const QModelIndex& shown);

public slots:
    void run();
    void cancel();

signals:
    void statusMessage(const QString& text);
    void runFinished();
    // A cell's conversation: the workload it ran on, the system prompt, and the turns with the
    // answer last.
    void openInPlayground(const QString& workloadId, const QString& system,
                          const QList<ik::ChatMessage>& turns);

private:
    void buildUi(); // evalui.cpp
    QWidget* buildSetBox();
    QWidget* buildRunBox();
    QWidget* buildResults();
    void chooseSet();
    void resolveWorkloads();
    void showProblems(const QStringList& errors, const QStringList& warnings);
    void onProgress(const eval::Progress& p);
    void onFinished(eval::RunEnd end);
    void refreshTotals();
    void updateButtons();
    void exportWith(Export what);

    const SessionServices* m_services;
    std::unique_ptr<eval::EvalStore> m_store;
    std::unique_ptr<eval::EvalRunner> m_runner;
    eval::EvalResultsModel* m_results;
    eval::EvalFilterModel* m_filter;
    SaveFileHook m_saveFileHook;
    OpenFileHook m_openFileHook;
    QList<Workload> m_workloads;
    eval::EvalSet m_set;
    bool m_loaded = false;
    bool m_templatesOk = false;
    QList<Workload> m_resolved; // parallel to m_set.workloads when nothing is missing
    QHash<QString, Workload> m_deciders;
    QStringList m_missing;
    QStringList m_names;
    // What the shown run ran on: the window's workloads may change under it.
    QStringList m_runNames;
    QStringList m_runIds;
    QString m_problems;

    QPushButton* m_open = nullptr;
    QPushButton* m_openExample = nullptr;
    QLabel* m_setLabel = nullptr;
    QPlainTextEdit* m_problemsBox = nullptr;
    QLabel* m_workloadsLabel = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLine = nullptr;
    QComboBox* m_filterBox = nullptr;
    QTableView* m_matrix = nullptr;
    QTableWidget* m_totals = nullptr;
    QPushButton* m_exports[3] = {nullptr, nullptr, nullptr};
};

} // namespace ik
