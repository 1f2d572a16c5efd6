#pragma once
// The prompt playground (issue 4): compose, send through the credential guard, watch the answer
// stream, read its metrics and errors, inspect the wire, and find every run again in history.
//
// Hosting it (the main window):
//   auto* view = new ik::PlaygroundView(nam, &guard, keyLookup, &history, parent);
//   view->setWorkload(workload);            // whenever the selection changes
//   dock->setWidget(view->inspector());     // the inspector lives in a dock
//   view->setConfirmHook(...);              // optional: answer guard warnings yourself
// Without a confirm hook a warning shows an inline "Send anyway / Cancel" bar (no modal box).

#include "error.h"
#include "guard.h"
#include "inspector.h"
#include "run.h"
#include "workloads.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace ik {

class Endpoint;
class ErrorCard;
class History;
class Inspector;
class ParamsEditor;
class StreamView;
struct HistoryRun;

class PlaygroundView : public QWidget {
    Q_OBJECT
public:
    // Calls back with the workload's key (empty when there is none). May answer later, after
    // a keychain read; the view copes with the workload changing meanwhile.
    using KeyLookup = std::function<void(const Workload&, std::function<void(QString key)>)>;
    // True: send despite the guard's warnings.
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    // Asks where to save an export; calls back with the path (empty: cancelled).
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    enum class ExportFormat { RunMarkdown, RunJson, ConversationMarkdown, ConversationJson };

    // None of the services is owned; guard and history may be null (no guard, no history).
    PlaygroundView(QNetworkAccessManager* nam, CredentialGuard* guard, KeyLookup keyLookup,
                   History* history, QWidget* parent = nullptr);
    ~PlaygroundView() override;

    void setWorkload(const Workload& workload);
    Workload workload() const { return m_workload; }
    QWidget* inspector() const;
    Inspector* inspectorView() const { return m_inspector; }

    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    // Extra request headers for every send, e.g. X-Sandbox-Fault from a sandbox menu; never
    // Authorization. An empty value removes the header.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);
    void setTimeouts(int connectMs, int idleMs);

    // The composer.
    QString systemPrompt() const;
    void setSystemPrompt(const QString& text);
    QString prompt() const;
    void setPrompt(const QString& text);
    QList<ChatMessage> turns() const; // user/assistant turns, in order
    void setTurns(const QList<ChatMessage>& turns);
    ChatParams params() const;
    void setParams(const ChatParams& params);
    bool streaming() const;
    void setStreaming(bool on);

    // Presets of the current workload (QSettings; parameters only, never a secret).
    QStringList presetNames() const;
    void savePreset(const QString& name);
    bool applyPreset(const QString& name);
    void deletePreset(const QString& name);

    bool isRunning() const;
    Run* currentRun() const { return m_run; }
    qint64 currentHistoryId() const { return m_historyId; }
    StreamView* answerView() const { return m_answer; }
    ErrorCard* errorCard() const { return m_errorCard; }
    QString metricsText() const;
    QString confirmationText() const; // the inline warning bar, empty when hidden

    // History of the current workload.
    void reopen(qint64 historyId);
    bool deleteRun(qint64 historyId);
    bool exportRun(qint64 historyId, ExportFormat format, const QString& path);
    void refreshHistory();
    QListWidget* historyList() const { return m_historyList; }

    void saveDraftNow();

public slots:
    void send();       // prompt box + conversation (Ctrl+Enter)
    void stop();       // Esc; keeps the partial answer, marked stopped
    void regenerate(); // drops the last answer and asks again
    void clearConversation();
    void retry(); // the last request again

signals:
    // Guard warnings when no confirm hook is set: the inline bar is shown; the window may show
    // its own dialog and call confirmSend(bool).
    void confirmationRequested(const ik::GuardVerdict& verdict);
    void runStarted();
    void runEnded(ik::RunState state);
    // Sent to ask the window to say something in its status bar.
    void statusMessage(const QString& text);

public:
    void confirmSend(bool yes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Pending;
    void buildUi();
    void dispatch(const ChatRequest& request, const QString& sentPrompt, bool regenerating);
    void onKey(quint64 serial, const QString& key);
    void startRun(const QString& key);
    void onEnded(RunState state);
    void saveProgress();
    void finishHistory(RunState state);
    ChatRequest composeRequest(bool includePrompt) const;
    void addTurn(const QString& role, const QString& content);
    void updateButtons();
    void scheduleDraftSave();
    void loadDraft();
    void loadPresets();
    QString settingsKey(const QString& what) const;
    void showHistoryRun(const HistoryRun& run);
    void exportSelected(ExportFormat format);
    QString formatMetrics() const;

    QNetworkAccessManager* m_nam;
    CredentialGuard* m_guard;
    KeyLookup m_keyLookup;
    QPointer<History> m_history;
    ConfirmHook m_confirmHook;
    SaveFileHook m_saveFileHook;
    Workload m_workload;
    QList<QPair<QByteArray, QByteArray>> m_extraHeaders;
    int m_connectTimeoutMs = 30000;
    int m_idleTimeoutMs = 60000;

    // The send under way: from the key lookup to the end of the run.
    quint64 m_serial = 0;
    ChatRequest m_request;
    QString m_sentPrompt;
    bool m_regenerating = false;
    bool m_awaitingKey = false;
    QString m_pendingKey; // only while the confirmation bar waits
    GuardVerdict m_pendingVerdict;
    QString m_keyId; // public id of the key used, for the guard's memory
    ChatRequest m_lastRequest;
    QString m_lastSentPrompt;
    bool m_lastRegenerating = false;
    bool m_hasLastRequest = false;

    QPointer<Endpoint> m_endpoint;
    QPointer<Run> m_run;
    qint64 m_historyId = -1;
    QList<Frame> m_unsavedFrames;
    QTimer* m_progressTimer;
    QTimer* m_draftTimer;
    QTimer* m_searchTimer;
    bool m_loadingDraft = false;

    QPlainTextEdit* m_system;
    QTreeWidget* m_turns;
    QPlainTextEdit* m_prompt;
    ParamsEditor* m_params;
    QComboBox* m_presets;
    QPushButton* m_send;
    QPushButton* m_stop;
    QPushButton* m_regenerate;
    QFrame* m_confirmBar;
    QLabel* m_confirmText;
    QLabel* m_workloadLabel;
    StreamView* m_answer;
    QLabel* m_metrics;
    ErrorCard* m_errorCard;
    QPointer<Inspector> m_inspector; // may live in (and die with) the window's dock
    QTabWidget* m_leftTabs;
    QLineEdit* m_search;
    QListWidget* m_historyList;
};

} // namespace ik
