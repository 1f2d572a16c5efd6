#pragma once
// The prompt playground: compose, send through the run session (key, guard, confirmation,
// history: runsession.h), watch the answer stream, read its metrics and errors, inspect the wire,
// and find every run again in history. It talks to chat workloads; given another kind it says so
// and sends nothing.
//
// Hosting it (the shell):
//   auto* view = new ik::PlaygroundView(&services, parent);
//   install(view->spec());                  // page, shortcut, the inspector as a dock
//   view->setWorkload(workload);            // the window's one current workload, any kind
//   view->setConfirmHook(...);              // optional: answer guard warnings yourself
// Without a confirm hook a warning shows an inline "Send anyway / Cancel" bar (no modal box).
//
// The pieces: playgroundview.cpp (layout, workloads), playgroundcomposer.cpp (conversation,
// prompt, parameters, drafts), playgroundpanel.cpp (the Parameters side panel: presets, price,
// the conversation's tokens and cost), playgroundsend.cpp (the session's steps on screen),
// playgroundhistory.cpp (reopen and export), historypanel.h (the History page).

#include "cost.h"
#include "errorcard.h"
#include "guard.h"
#include "historymodel.h"
#include "inspector.h"
#include "presets.h"
#include "run.h"
#include "runsession.h"
#include "viewspec.h"
#include "workloads.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace ik {

class AttachmentBar;
class Attachments;
class ConfirmBar;
class ConversationModel;
class HistoryPanel;
class Inspector;
class ParamsEditor;
class SidePanel;
class StreamView;
class ResponseFormatEditor;
class ThinkingBlock;
class ToolCallCards;
class ToolCallsModel;
class ToolsEditor;
class TranscriptView;
struct HistoryRun;

class PlaygroundView : public QWidget {
    Q_OBJECT
public:
    // True: send despite the guard's warnings.
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    // Asks where to save an export; calls back with the path (empty: cancelled).
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    using ExportFormat = HistoryExport;
    // Reopening a run from history over a conversation that history does not hold.
    enum class ReopenChoice { Replace, Branch, Cancel };
    using ReopenHook = std::function<ReopenChoice(const HistoryRun& run)>;

    // services is not owned and outlives the view; services->history may be null (no history).
    explicit PlaygroundView(const SessionServices* services, QWidget* parent = nullptr);
    ~PlaygroundView() override;

    // "playground", "&Playground", Ctrl+1, chat workloads; the inspector as its dock (Ctrl+I).
    ui::ViewSpec spec();

    // The window's current workload, whatever its kind. Each workload keeps its conversation
    // view (turns, last answer, metrics) in memory while another one is shown.
    void setWorkload(const Workload& workload);
    Workload workload() const { return m_workload; }
    bool servesWorkload() const; // a chat workload: Send may go
    QString kindNotice() const;  // why Send refuses this workload; empty for chat
    QWidget* inspector() const;
    Inspector* inspectorView() const { return m_inspector; }

    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    // Asks which image files to attach (the "Attach image…" button); calls back with the paths,
    // none when cancelled. Default: a non-modal file dialog.
    using OpenFilesHook =
        std::function<void(const QString& filter, std::function<void(QStringList paths)>)>;
    void setOpenImagesHook(OpenFilesHook hook);
    // Without one, a box asks "Replace / Open as a branch / Cancel".
    void setReopenHook(ReopenHook hook) { m_reopenHook = std::move(hook); }
    // Extra request headers for this view's sends (tests); never Authorization. An empty value
    // removes the header. The window-wide ones are SessionServices::setExtraHeader's.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);
    void setTimeouts(int connectMs, int idleMs);

    // The composer. The conversation (system prompt and turns) of the current workload lives in
    // conversation(); the view's widgets show it.
    ConversationModel* conversation() const { return m_conversation; }
    QString systemPrompt() const;
    void setSystemPrompt(const QString& text);
    QString prompt() const;
    void setPrompt(const QString& text);
    // The images attached to the next user turn (file, paste, drop), and the bar showing them.
    Attachments* attachments() const { return m_attachments; }
    AttachmentBar* attachmentBar() const { return m_attachmentBar; }
    QList<ChatMessage> turns() const; // user/assistant turns, in order
    void setTurns(const QList<ChatMessage>& turns);
    ChatParams params() const;
    void setParams(const ChatParams& params);
    bool streaming() const;
    void setStreaming(bool on);

    // Presets of the current workload (presets.h): parameters only, nothing of a key. The
    // built-in ones come first.
    QStringList presetNames() const;
    void savePreset(const QString& name); // refused: presetMessage() says why
    bool applyPreset(const QString& name);
    void deletePreset(const QString& name);
    // Beside the preset picker: "In effect: Balanced (modified)"; empty when no preset is.
    QString presetStatus() const;
    QString presetMessage() const; // why the last Save or Delete was refused; empty otherwise

    // The side panel holding the parameters, presets and price (sidepanel.h).
    SidePanel* paramsPanel() const { return m_paramsPanel; }
    // The workload's price per million tokens (pricing.h), as the panel's price fields hold it.
    std::optional<TokenPrice> price() const;
    void setPrice(const std::optional<TokenPrice>& price);
    // Tokens and cost summed over this conversation's runs, and the panel's line saying so.
    TokenTally tally() const { return m_tally; }
    QString conversationTotals() const;

    RunSession* session() const { return m_session; }
    bool isRunning() const;
    Run* currentRun() const;
    qint64 currentHistoryId() const { return m_historyId; }
    StreamView* answerView() const { return m_answer; }
    TranscriptView* transcript() const { return m_transcript; }
    ThinkingBlock* thinking() const { return m_thinking; }
    ToolsEditor* tools() const { return m_tools; }
    QString toolCallsShown() const; // empty while the run called no tool
    // The latest answer's tool calls (status, reason, the user's results) and their cards.
    ToolCallsModel* toolCallsModel() const { return m_callModel; }
    ToolCallCards* toolCallCards() const { return m_callCards; }
    ResponseFormatEditor* responseFormat() const { return m_responseFormat; }
    // What the answer area says of the answer against its response format; empty when none.
    QString schemaOutcomeShown() const;
    ErrorCard* errorCard() const { return m_errorCard; }
    QString metricsText() const; // the line under the answer, its non-breaking spaces as spaces
    QString confirmationText() const; // the inline warning bar, empty when hidden

    // History of the current workload.
    HistoryModel* historyModel() const;
    void reopen(qint64 historyId);
    bool deleteRun(qint64 historyId);
    bool exportRun(qint64 historyId, ExportFormat format, const QString& path);
    void refreshHistory();

    void saveDraftNow();

public slots:
    void send();                  // prompt box + conversation (Ctrl+Enter)
    void stop();                  // Esc; keeps the partial answer, marked stopped
    void regenerate();            // asks again for the last answer, the old one kept as its sibling
    void regenerateFrom(int row); // a row of the transcript
    void clearConversation();
    void retry(); // the last request again
    // Appends a tool message with each call's result and continues the run; refused (and the
    // cards say why) while a call has no result.
    void sendToolResults();
    // Regenerates the answer from token tokenIndex with `alternative` in its place: the prefix
    // up to it plus the alternative goes as an assistant message the server continues. The new
    // answer replaces the shown one in the conversation; the earlier one stays in history.
    void regenerateFromToken(int tokenIndex, const QString& alternative);

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
    // What one send asked for: Retry sends it again; a done answer joins the conversation.
    struct Ask {
        Ask() = default;
        Ask(ChatRequest r, QString sent, QList<ChatImage> images = {})
            : request(std::move(r)), sentPrompt(std::move(sent)), sentImages(std::move(images)) {}
        ChatRequest request;
        QString sentPrompt;          // the prompt box's text that went with it, empty when none
        QList<ChatImage> sentImages; // the attachments that went with it
        QString prefix;              // a continuation: the answer's start the server continues
        QList<TokenLogprob> prefixTokens;
        bool replacesLast = false; // the done answer takes the last assistant turn's place
        bool branched = false;     // a regenerate opened a branch: undone when nothing comes
    };
    // A workload's conversation view while another workload is shown: all the answer pane
    // showed, and what its Retry would send.
    struct Kept {
        ConversationModel* conversation = nullptr;
        QString answer;
        QString stateLabel;
        QStringList warnings;
        QString metrics;
        ErrorCard::Content card;
        std::optional<Ask> lastAsk;
        qint64 historyId = -1;
        TokenTally tally;
        bool answerShown = false; // the answer pane: hidden once its answer joined the turns
    };

    // playgroundview.cpp
    void buildUi();
    QWidget* buildAnswerPane();
    void buildInspector();
    void buildShortcuts();
    void keepCurrentWorkload();
    void showKept(const Kept& kept);
    void showConversation(ConversationModel* model);
    ConversationModel* newConversation();
    // playgroundcomposer.cpp
    QWidget* buildComposePage();
    QLayout* buildTurnButtons(QWidget* parent);
    QWidget* buildDraftNote(QWidget* parent);
    QWidget* buildPromptBox(QWidget* parent);
    QWidget* buildAttachmentBar(QWidget* parent); // playgroundimages.cpp
    ChatMessage promptMessage() const;            // the prompt box's text and attachments
    void restoreAttachments(const QList<ChatImage>& images);
    QLayout* buildSendButtons(QWidget* parent);
    QWidget* buildConfirmBar(QWidget* parent);
    QWidget* buildParamsPage();
    QLayout* buildPresetRow(QWidget* parent);
    void addPromptAsTurn(const QString& role);
    int currentTurnRow() const;
    void scheduleDraftSave();
    void loadDraft(bool withConversation);
    void loadPresets();
    // playgroundpanel.cpp
    QWidget* buildParamsPanel();
    QWidget* buildPriceBox(QWidget* parent);
    Preset presetInEffect() const;
    void showPresetState();
    void showPresetMessage(const QString& text);
    void loadPrice();
    void priceEdited();
    void countRun(Run* run);
    void showTotals();
    // playgroundsend.cpp
    void connectSession();
    ChatRequest composeRequest(bool includePrompt) const;
    void dispatch(const Ask& ask);
    void onReadingKey();
    void onConfirmationNeeded(const GuardVerdict& verdict);
    void onStarted(Run* run);
    void onEnded(SessionEnd end);
    void showRunEnd(Run* run, RunState state);
    void updateButtons();
    // playgroundtools.cpp
    QWidget* buildToolCallsArea(QWidget* parent);
    void trackToolCalls(Run* run, const QByteArray& offeredTools);
    void showAnswerChecks(Run* run, RunState state);
    // playgroundlogprobs.cpp: the answer's tokens, and answers that continue a prefix
    void startAnswer();
    void showAnswerTokens(Run* run);
    void showWholeAnswer(Run* run);
    QString answerText(Run* run) const;
    // playgroundhistory.cpp
    void showHistoryRun(const HistoryRun& run);
    bool hasUnsavedTurns(const HistoryRun& reopened) const;
    void askReopen(const HistoryRun& run);
    void reopenAs(const HistoryRun& run, ReopenChoice choice);
    void showHistoryComposer(const HistoryRun& run);
    void showHistoryAnswer(const HistoryRun& run);
    void showHistoryInspector(const HistoryRun& run);
    void exportSelected(qint64 selectedId, ExportFormat format);

    const SessionServices* m_services;
    RunSession* m_session;
    SessionOptions m_options;
    ConfirmHook m_confirmHook;
    SaveFileHook m_saveFileHook;
    ReopenHook m_reopenHook;
    Workload m_workload;

    std::optional<Ask> m_ask;     // the send under way
    std::optional<Ask> m_lastAsk; // what Retry sends again
    qint64 m_historyId = -1;
    QString m_prefix; // the continued prefix of the answer shown, if any
    QList<TokenLogprob> m_prefixTokens;
    qsizetype m_tokensShown = 0; // of the run's tokens, how many the answer view has
    ConversationModel* m_conversation = nullptr; // the current workload's, one of m_kept's
    QHash<QString, Kept> m_kept;                 // by workload id (account when it has none)
    QTimer* m_draftTimer;
    bool m_loadingDraft = false;

    QLabel* m_kindNotice = nullptr;
    QPlainTextEdit* m_system = nullptr;
    TranscriptView* m_transcript = nullptr;
    QPlainTextEdit* m_prompt = nullptr;
    Attachments* m_attachments = nullptr;
    AttachmentBar* m_attachmentBar = nullptr;
    QLabel* m_draftNote = nullptr;
    ParamsEditor* m_params = nullptr;
    QComboBox* m_presets = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_regenerate = nullptr;
    ConfirmBar* m_confirmBar = nullptr;
    QWidget* m_answerPane = nullptr; // under the transcript: the live answer, its error
    StreamView* m_answer = nullptr;
    ThinkingBlock* m_thinking = nullptr;
    ToolsEditor* m_tools = nullptr;
    QCheckBox* m_sendReasoning = nullptr;
    ResponseFormatEditor* m_responseFormat = nullptr;
    ToolCallsModel* m_callModel = nullptr;
    ToolCallCards* m_callCards = nullptr;
    QLabel* m_schemaOutcome = nullptr;
    QLabel* m_metrics = nullptr;
    ErrorCard* m_errorCard = nullptr;
    SidePanel* m_paramsPanel = nullptr;
    QLabel* m_presetStatus = nullptr;
    QLabel* m_presetMessage = nullptr;
    PresetMark m_presetMark;
    QCheckBox* m_priceSet = nullptr;
    QDoubleSpinBox* m_priceInput = nullptr;
    QDoubleSpinBox* m_priceOutput = nullptr;
    bool m_loadingPrice = false;
    TokenTally m_tally; // the current conversation's runs
    QLabel* m_totals = nullptr;
    QPointer<Inspector> m_inspector; // may live in (and die with) the window's dock
    QTabWidget* m_leftTabs = nullptr;
    HistoryPanel* m_historyPanel = nullptr;
};

} // namespace ik
