#pragma once
// One pane of the compare view (issue 5 "The view"): a chat workload with its own parameters, a
// header with the workload, the model that served and the credential guard's verdict, the answer
// streaming live, its metrics, and an error card. A pane runs on its own: its key lookup, guard
// check, endpoint, runs and history rows are its own, so a fault in one never reaches another.

#include "comparison.h"
#include "guard.h"
#include "run.h"
#include "turnqueue.h"
#include "workloads.h"

#include <QFrame>
#include <QPointer>
#include <functional>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QTimer;
class QToolButton;

namespace ik {

class Endpoint;
class ErrorCard;
class History;
class ParamsEditor;
class StreamView;

struct CompareServices {
    using KeyLookup = std::function<void(const Workload&, std::function<void(QString key)>)>;
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    QNetworkAccessManager* nam = nullptr;
    CredentialGuard* guard = nullptr;
    KeyLookup keyLookup;
    QPointer<History> history;
    ConfirmHook confirm;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // every pane
    int connectTimeoutMs = 30000;
    int idleTimeoutMs = 60000;
    TurnQueue* turns = nullptr; // end-of-run work; null: each pane posts its own
};

class ComparePane : public QFrame {
    Q_OBJECT
public:
    ComparePane(const CompareServices* services, QWidget* parent = nullptr);
    ~ComparePane() override;

    void setNumber(int number); // 1-based, shown in the header
    int number() const { return m_number; }

    void setWorkloads(const QList<Workload>& workloads);
    void setWorkloadId(const QString& id, const QString& nameIfUnknown = {});
    Workload workload() const; // an empty id when nothing is picked
    bool hasWorkload() const;

    ChatParams params() const;
    void setParams(const ChatParams& params);
    bool stream() const;

    // This pane only (e.g. X-Sandbox-Fault in tests); an empty value removes it.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);

    // Sends `request` (system + prompt, or turns; the pane fills model and parameters) `repeats`
    // times, one after the other. varySeed: run i uses seed + i (seed 0 when unset).
    void start(const ChatRequest& request, int repeats, bool varySeed);
    void stop();
    bool isBusy() const; // from the key lookup to the end of the last repetition
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
    ErrorCard* errorCard() const { return m_errorCard; }
    ParamsEditor* paramsEditor() const { return m_params; }
    QComboBox* workloadBox() const { return m_workloadBox; }
    Run* currentRun() const { return m_run; }

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
    void onKey(quint64 serial, const QString& key);
    void startNext();
    void onEnded(RunState state);
    void settle(RunState state, const QString& label); // the end-of-run work that may wait a turn
    void endBatch();
    void saveProgress();
    void showVerdict(const GuardVerdict& verdict);
    void updateButtons();
    void updateMetrics();
    CompareRun notSent(const QString& state, const QString& error) const;

    const CompareServices* m_services;
    int m_number = 0;
    QList<Workload> m_workloads;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;

    // The batch under way.
    quint64 m_serial = 0;
    bool m_busy = false;
    bool m_awaitingKey = false;
    bool m_stopRequested = false;
    ChatRequest m_request;
    int m_repeats = 1;
    bool m_varySeed = false;
    int m_iteration = 0;
    QString m_key; // while the batch runs only
    QString m_keyId;
    Workload m_batchWorkload;
    QPointer<Endpoint> m_endpoint;
    QPointer<Run> m_run;
    qint64 m_historyId = -1;
    QList<Frame> m_unsavedFrames;
    QTimer* m_progressTimer;
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
    QFrame* m_confirmBar;
    QLabel* m_confirmText;
    StreamView* m_answer;
    QLabel* m_metrics;
    ErrorCard* m_errorCard;
};

QString paramsSummary(const ChatParams& params); // "temperature 0.7 · seed 1", "defaults"

} // namespace ik
