#pragma once
// Compare workloads side by side. 2 to 6 panes, each a chat workload with its own parameters; one
// shared input (system prompt and prompt) goes to every pane at once with Ctrl+Enter; each pane
// streams on its own run session; Esc stops them all. Below the panes: a summary table marking
// the best value of each metric, a word-level diff of any two answers, and the spread of repeated
// runs (tables over CompareSummaryModel / CompareSpreadModel). Every finished comparison is saved
// in history as one entry linking its runs; it can be reopened and exported as Markdown or JSON
// (keys only in redacted form).
//
// Hosting it (the shell):
//   auto* view = new ik::CompareView(&services, parent); // the window's session services
//   view->setWorkloads(workloads);   // whenever the list changes (chat workloads are offered)
//   view->setWorkload(current);      // the window's current workload: the default of a new pane
//   install(view->spec());
//   view->setConfirmHook(...);       // optional: answer guard warnings yourself
//   view->setSaveFileHook(...);      // optional: where exports go (else a QFileDialog)
//   view->setConfirmDeleteHook(...); // optional: answer "Delete this comparison?" yourself
//   connect(view, &ik::CompareView::statusMessage, statusBar, ...);
// Without a confirm hook, a pane whose verdict warns shows its own "Send anyway / Don't send" bar.
// The input (system prompt, prompt, turns, runs per pane, seed + 1, panes with their workloads
// and parameters) is a crash-safe draft, as in the playground (drafts.h): saved 500 ms after a
// change, scrubbed of keys, and restored by the next CompareView.

#include "comparepane.h"
#include "comparison.h"
#include "textdiff.h"
#include "viewspec.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace ik {

class CompareSpreadModel;
class CompareStore;
class CompareSummaryModel;
class DiffView;
class ResponseFormatEditor;
class ToolsEditor;
class TurnQueue;

class CompareView : public QWidget {
    Q_OBJECT
public:
    using ConfirmHook = CompareServices::ConfirmHook;
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    // Asked before a saved comparison is deleted from the UI; true deletes it.
    using ConfirmDeleteHook = std::function<bool(qint64 id, const QString& title)>;
    enum class ExportFormat { Markdown, Json };
    static constexpr int kMinPanes = 2;
    static constexpr int kMaxPanes = 6;
    static constexpr int kMaxRepeat = 20;

    // services is not owned and outlives the view; services->history may be null (nothing is
    // saved then). Each send takes the services as they are then (a window-wide fault header).
    explicit CompareView(const SessionServices* services, QWidget* parent = nullptr);
    ~CompareView() override;

    // "compare", "&Compare", Ctrl+2, no kinds: the panes pick their own workloads.
    ui::ViewSpec spec();
    // The window's current workload: a new pane starts on it when it is a chat workload no pane
    // shows yet. Existing panes keep theirs.
    void setWorkload(const Workload& workload);
    void setWorkloads(const QList<Workload>& workloads);
    QList<Workload> workloads() const { return m_workloads; }
    void setConfirmHook(ConfirmHook hook) { m_services.confirm = std::move(hook); }
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    void setConfirmDeleteHook(ConfirmDeleteHook hook) { m_confirmDelete = std::move(hook); }
    // For every pane of this view (tests); an empty value removes it; Authorization is refused.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);
    void setTimeouts(int connectMs, int idleMs);

    // Panes.
    int paneCount() const { return int(m_panes.size()); }
    ComparePane* pane(int index) const { return m_panes.value(index); }
    ComparePane* addPane();     // nullptr at kMaxPanes
    bool removePane(int index); // false at kMinPanes or while that pane runs
    void setPaneCount(int count);

    // The shared input.
    QString systemPrompt() const;
    void setSystemPrompt(const QString& text);
    QString prompt() const;
    void setPrompt(const QString& text);
    // Earlier user/assistant turns: with any, the request is the conversation plus the prompt
    // as its last user turn.
    QList<ChatMessage> turns() const;
    void setTurns(const QList<ChatMessage>& turns);
    void addTurn(const QString& role, const QString& content);
    int repeatCount() const;
    void setRepeatCount(int n); // 1..20
    bool varySeed() const;      // run i of a repeat uses seed + i
    void setVarySeed(bool on);

    bool isRunning() const;
    // What the panes hold now: the running or last comparison, or a reopened one.
    Comparison comparison() const;

    // What it shows.
    CompareSummaryModel* summaryModel() const { return m_summaryModel; }
    CompareSpreadModel* spreadModel() const { return m_spreadModel; }
    QTableView* summaryView() const { return m_summary; } // over summaryModel(), best in bold
    QTableView* spreadView() const { return m_spread; }
    DiffView* diffView() const { return m_diff; }
    bool diffEnabled() const;
    void setDiffEnabled(bool on);
    void setDiffPanes(int a, int b); // 0-based pane indexes
    QPair<int, int> diffPanes() const;
    DiffResult lastDiff() const { return m_lastDiff; }
    QString diffSummary() const; // "A → B: 3 words removed, 2 added, 40 kept"

    // Keeping it.
    qint64 currentComparisonId() const { return m_comparison.id; }
    QList<qint64> savedComparisonIds() const;
    bool reopen(qint64 comparisonId);
    bool deleteComparison(qint64 comparisonId);
    // The "Delete" button: the comparison selected in the saved list, after confirmation.
    bool deleteSelected();
    // Writes the draft now (else it goes kDraftDebounceMs after the last change).
    void saveDraftNow();
    static QString draftSettingsKey();
    CompareStore* store() const { return m_store; }
    QString exportMarkdown() const;
    QByteArray exportJson() const;
    bool exportTo(const QString& path, ExportFormat format, QString* error = nullptr) const;

public slots:
    void send();    // Ctrl+Enter: every pane at once
    void repeat();  // the same input, repeatCount() times per pane
    void stopAll(); // Esc

signals:
    void runStarted();
    // Every pane of a send is over; id is the saved entry (-1 without history).
    void comparisonFinished(qint64 id);
    void statusMessage(const QString& text);
    void paneTextGrew(int pane, int length);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override; // the legend's tints follow the palette

private:
    // The parts (compareui.cpp), top to bottom: the input, one row of controls, the panes, and
    // the summary / diff / spread tabs below a splitter handle.
    void buildUi();
    QWidget* buildInput();
    QWidget* buildTurns(QWidget* parent);
    QHBoxLayout* buildControls();
    QHBoxLayout* buildKeeping();
    QWidget* buildPanes();
    QWidget* buildTabs();
    QWidget* buildDiffPage();
    QTableView* buildTable(QAbstractItemModel* model, const QString& name,
                           const QString& accessibleName);
    void connectControls();
    void connectDraft();
    void connectShortcuts();
    void fitSplitter();
    int diffPageHeight() const;

    void syncServices();
    void dispatch(int repeats);
    void onPaneFinished();
    void renumber();
    QString newPaneWorkload() const;
    void scheduleRefresh();
    void refreshTables();
    void refreshDiff();
    void refreshDiffChoices();
    void refreshSaved();
    void updateButtons();
    void exportWith(ExportFormat format);
    void scheduleDraftSave();
    void fitErrorCards();
    void loadDraft();
    // false (and why) while the tools or the response format are not valid.
    bool sharedRequest(ChatRequest* out, QString* why) const;
    QWidget* buildExtras(QWidget* parent);
    QList<Workload> chatWorkloads() const;

    const SessionServices* m_source; // the window's; copied into m_services at each send
    CompareServices m_services;
    TurnQueue* m_turnQueue;
    SaveFileHook m_saveFileHook;
    ConfirmDeleteHook m_confirmDelete;
    QList<Workload> m_workloads;
    Workload m_current; // the window's current workload
    QList<ComparePane*> m_panes;
    CompareStore* m_store = nullptr;
    Comparison m_comparison; // input and bookkeeping of the current one
    int m_waiting = 0;       // panes of the current send still going
    bool m_running = false;
    DiffResult m_lastDiff;
    CompareSummaryModel* m_summaryModel;
    CompareSpreadModel* m_spreadModel;

    QPlainTextEdit* m_system;
    QPlainTextEdit* m_prompt;
    QTreeWidget* m_turns;
    QTimer* m_refreshTimer = nullptr;
    QTimer* m_draftTimer = nullptr;
    bool m_loadingDraft = true;   // until the constructor has restored the draft
    QStringList m_draftWorkloads; // per pane, restored; kept when the workload list first comes
    QPushButton* m_send;
    QPushButton* m_stopAll;
    QPushButton* m_addPane;
    QSpinBox* m_repeatCount;
    QCheckBox* m_varySeed;
    QPushButton* m_repeat;
    QToolButton* m_extrasToggle; // shows the tools and response format every pane is sent
    QWidget* m_extras;
    ToolsEditor* m_tools;
    ResponseFormatEditor* m_format;
    QComboBox* m_saved;
    QPushButton* m_reopen;
    QPushButton* m_delete;
    QAction* m_exportMd; // also the File menu's entries
    QAction* m_exportJson;
    QSplitter* m_splitter = nullptr;
    int m_diffWantA = 0; // the panes picked for the diff (panes 1 and 2 until the user picks)
    int m_diffWantB = 1;
    bool m_userSized = false; // a handle was dragged: the sizes are the user's
    QSplitter* m_paneSplitter;
    QScrollArea* m_paneScroll;
    QTabWidget* m_tabs;
    QTableView* m_summary;
    QTableView* m_spread;
    QCheckBox* m_diffOn;
    QComboBox* m_diffA;
    QComboBox* m_diffB;
    QLabel* m_diffStats;
    QLabel* m_diffLegend = nullptr;
    DiffView* m_diff;
};

} // namespace ik
