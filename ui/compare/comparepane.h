#pragma once
// One pane of the compare view: a chat workload with its own parameters, a header with the
// workload, the model that served and the credential guard's verdict, the answer streaming live,
// its metrics, and an error card. A pane sends through a run session of its own (DESIGN.md
// "Layers": the one pipeline), so its key lookup, guard check, endpoint, runs and history rows
// are its own and a fault in one never reaches another.

#include "comparison.h"
#include "guard.h"
#include "run.h"
#include "runsession.h"
#include "workloads.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace ik {

class ConfirmBar;
class ErrorCard;
class ParamsEditor;
class StreamView;
class ThinkingBlock;
class ToolCallsModel;

// What the panes of one view share beyond the window's session services: compare's own.
struct CompareServices {
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    SessionServices session; // the window's, with the view's TurnQueue in `turns`
    SessionOptions options;  // the view's extra headers and timeouts, for every pane
    ConfirmHook confirm;     // null: a pane asks with its own "Send anyway?" bar
};

class ComparePane : public QFrame {
    Q_OBJECT
public:
    explicit ComparePane(const CompareServices* services, QWidget* parent = nullptr);
    ~ComparePane() override;

    void setNumber(int number); // 1-based, shown in the header
    int number() const { return m_number; }

    void setWorkloads(const QList<Workload>& workloads);
    void setWorkloadId(const QString& id, const QString& nameIfUnknown = {});
    Workload workload() const; // an empty id when nothing is picked
    bool hasWorkload() const;
    // The picked workload's id and name, also while it is not (yet) in the list.
    QString workloadId() const;
    QString workloadName() const;

    ChatParams params() const;
    void setParams(const ChatParams& params);
    bool stream() const;

    // This pane only (e.g. X-Sandbox-Fault in tests); an empty value removes it. Authorization
    // is refused: the key travels only in the header the session's endpoint builds from it.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);

    // Sends `request` (system + prompt, or turns; the pane fills model and parameters) `repeats`
    // times, one after the other. varySeed: run i uses seed + i (seed 0 when unset).
    void start(const ChatRequest& request, int repeats, bool varySeed);
    void stop();
    bool isBusy() const { return m_busy; } // from the key lookup to the end of the last run
    bool isStreaming() const;
    bool awaitingConfirmation() const;
    void confirmSend(bool yes); // answers the pane's own "Send anyway?" bar

    // The last batch (or a reopened one).
    const ComparePaneResult& result() const { return m_result; }
    void showResult(const ComparePaneResult& result);
    void clearResult();

    // Asks for the key and shows the guard's verdict on it (no prompt yet) in the header.
    void refreshVerdict();

    QString text() const;
    QString verdictText() const;
    GuardVerdict::Level verdictLevel() const { return m_verdictLevel; }
    QString modelText() const;
    QString metricsText() const;
    StreamView* answerView() const { return m_answer; }
    ThinkingBlock* thinkingView() const { return m_thinking; }
    ToolCallsModel* toolCalls() const { return m_calls; }
    QString toolCallsText() const; // what the pane's tool-call lines say
    ErrorCard* errorCard() const { return m_errorCard; }
    ParamsEditor* paramsEditor() const { return m_params; }
    QComboBox* workloadBox() const { return m_workloadBox; }
    Run* currentRun() const { return m_run; }
    RunSession* session() const { return m_session; }

    void setRemovable(bool yes);

    // Tall enough for every wrapped line at the pane's width (an error card's hint included);
    // the compare view scrolls the panes rather than clip them.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    void textGrew(int length);
    void runEnded(ik::RunState state);
    void finished(); // the batch is over: every repetition ended, or nothing was sent
    void removeRequested();
    void workloadChanged();
    void paramsChanged();
    void confirmationRequested(const ik::GuardVerdict& verdict);

private:
    QString unlistedLabel(const QString& id) const;
    // The pieces of the pane, top to bottom.
    QLayout* buildHeader();
    QLayout* buildInfo();
    void buildAnswer(QVBoxLayout* layout);
    void connectParts();

    // The batch, as the session reports it.
    void connectSession();
    ChatRequest requestFor(int iteration) const;
    void resetResult(const Workload& workload);
    void onStarted(Run* run);
    void onConfirmationNeeded(const GuardVerdict& verdict);
    void onSessionEnded(SessionEnd end);
    void onNotSent(SessionEnd end);
    void onRunEnded(RunState state);
    void settle(const QString& label); // the end-of-run work that waits for its turn
    void startNext();
    void endBatch();
    void showVerdict(const GuardVerdict& verdict);
    void showVerdictText(GuardVerdict::Level level, const QString& headline,
                         const QString& details);
    void updateButtons();
    void updateMetrics();
    void followRun(Run* run);  // reasoning, tool calls and tokens as they arrive
    void showExtras(Run* run); // the same, whole, once the run ended
    void showCalls();
    CompareRun notSent(const QString& state, const QString& error) const;

    const CompareServices* m_services;
    RunSession* m_session;
    int m_number = 0;
    QString m_keptName; // of the picked workload, for when the list does not hold it
    QList<Workload> m_workloads;
    HeaderList m_extraHeaders;

    // The batch under way.
    quint64 m_batch = 0; // a settle posted for an earlier batch does nothing
    bool m_busy = false;
    bool m_stopRequested = false;
    ChatRequest m_request;
    int m_repeats = 1;
    bool m_varySeed = false;
    int m_iteration = 0;
    QPointer<Run> m_run;
    ComparePaneResult m_result;
    GuardVerdict::Level m_verdictLevel = GuardVerdict::Level::Ok;
    quint64 m_verdictSerial = 0;

    QLabel* m_title;
    QComboBox* m_workloadBox;
    QLabel* m_verdict;
    QLabel* m_model;
    QToolButton* m_paramsToggle;
    QLabel* m_paramsSummary;
    ParamsEditor* m_params;
    QToolButton* m_stop;
    QToolButton* m_remove;
    ConfirmBar* m_confirmBar;
    ThinkingBlock* m_thinking;
    StreamView* m_answer;
    ToolCallsModel* m_calls;
    QLabel* m_callsLabel;
    qsizetype m_tokensShown = 0;
    QLabel* m_metrics;
    ErrorCard* m_errorCard;
};

QString paramsSummary(const ChatParams& params); // "temperature 0.7 · seed 1", "defaults"

} // namespace ik
