// The playground's Compose page and the Parameters page (shown in the side panel,
// playgroundpanel.cpp): the system prompt, the buttons over the transcript's current turn, the
// prompt box, the confirmation bar, the parameters and their presets, and the crash-safe draft
// of it all (drafts.h).

#include "playgroundview.h"

#include "attachments.h"
#include "confirmbar.h"
#include "conversationmodel.h"
#include "drafts.h"
#include "errorcard.h"
#include "history.h"
#include "paramseditor.h"
#include "presets.h"
#include "responseformateditor.h"
#include "streamview.h"
#include "theme.h"
#include "thumbnails.h"
#include "toolcalls.h"
#include "toolseditor.h"
#include "transcriptview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QPushButton* namedButton(QWidget* parent, const char* name, const QString& text) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    b->setAccessibleName(text);
    return b;
}

} // namespace

// ---------------------------------------------------------------- building

QWidget* PlaygroundView::buildComposePage() {
    auto* page = new QWidget(this);
    m_kindNotice = new QLabel(page);
    m_kindNotice->setObjectName(u"kindNotice"_s);
    m_kindNotice->setWordWrap(true);
    m_kindNotice->hide();
    m_system = new QPlainTextEdit(page);
    m_system->setObjectName(u"systemPrompt"_s);
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setTabChangesFocus(true); // Tab moves on, as in the compare view: no keyboard trap
    m_system->setMaximumHeight(m_system->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_system, &QPlainTextEdit::textChanged, this,
            [this] { m_conversation->setSystem(m_system->toPlainText()); });
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_kindNotice);
    layout->addWidget(m_system);
    layout->addLayout(buildTurnButtons(page));
    layout->addWidget(buildDraftNote(page));
    layout->addWidget(buildPromptBox(page), 1);
    layout->addWidget(buildAttachmentBar(page));
    layout->addWidget(buildConfirmBar(page));
    layout->addLayout(buildSendButtons(page));
    return page;
}

QLayout* PlaygroundView::buildTurnButtons(QWidget* parent) {
    auto* editTurn = namedButton(parent, "editTurn", tr("Edit"));
    auto* deleteTurn = namedButton(parent, "deleteTurn", tr("Delete"));
    auto* switchRole = namedButton(parent, "switchRole", tr("Switch role"));
    m_regenerate = namedButton(parent, "regenerate", tr("Regenerate"));
    auto* clear = namedButton(parent, "clearConversation", tr("Clear"));
    connect(editTurn, &QPushButton::clicked, this,
            [this] { m_transcript->trigger(TurnAction::Edit, currentTurnRow()); });
    connect(deleteTurn, &QPushButton::clicked, this,
            [this] { m_transcript->trigger(TurnAction::Delete, currentTurnRow()); });
    connect(switchRole, &QPushButton::clicked, this,
            [this] { m_conversation->switchRole(currentTurnRow()); });
    connect(m_regenerate, &QPushButton::clicked, this, &PlaygroundView::regenerate);
    connect(clear, &QPushButton::clicked, this, &PlaygroundView::clearConversation);
    // Two columns, so the page stays narrow enough to share the playground with the Parameters
    // panel at 1024 pixels.
    auto* grid = new QGridLayout;
    grid->addWidget(editTurn, 0, 0);
    grid->addWidget(deleteTurn, 0, 1);
    grid->addWidget(switchRole, 1, 0);
    grid->addWidget(m_regenerate, 1, 1);
    grid->addWidget(clear, 2, 0);
    return grid;
}

QWidget* PlaygroundView::buildDraftNote(QWidget* parent) {
    m_draftNote = new QLabel(tr("This draft held a key. Drafts never keep a key's secret, so it "
                                "was not saved: it is masked below. Paste the key again where you "
                                "need it."),
                             parent);
    m_draftNote->setObjectName(u"draftNote"_s);
    m_draftNote->setWordWrap(true);
    theme::setTextTone(m_draftNote, theme::Tone::Warn);
    m_draftNote->hide();
    return m_draftNote;
}

QWidget* PlaygroundView::buildPromptBox(QWidget* parent) {
    m_prompt = new QPlainTextEdit(parent);
    m_prompt->setObjectName(u"prompt"_s);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(tr("Ask something. Ctrl+Enter sends, Esc stops."));
    m_prompt->installEventFilter(this);
    m_prompt->setTabChangesFocus(true);
    setFocusProxy(m_prompt); // the view's shortcut (Ctrl+1) lands in the prompt
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PlaygroundView::scheduleDraftSave);
    return m_prompt;
}

QLayout* PlaygroundView::buildSendButtons(QWidget* parent) {
    m_send = namedButton(parent, "send", tr("Send"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_stop = namedButton(parent, "stop", tr("Stop"));
    m_stop->setToolTip(tr("Stop (Esc): the partial answer stays"));
    // Short words, so the composer leaves the answer room beside the Parameters panel; the
    // tooltip and the accessible name say it whole.
    auto* addUser = namedButton(parent, "addUserTurn", tr("+ User turn"));
    auto* addAssistant = namedButton(parent, "addAssistantTurn", tr("+ Assistant turn"));
    for (auto [button, whole] :
         {std::pair{addUser, tr("Add the prompt as a user turn")},
          std::pair{addAssistant, tr("Add the prompt as an assistant turn")}}) {
        button->setToolTip(whole);
        button->setAccessibleName(whole);
    }
    connect(m_send, &QPushButton::clicked, this, &PlaygroundView::send);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundView::stop);
    connect(addUser, &QPushButton::clicked, this, [this] { addPromptAsTurn(u"user"_s); });
    connect(addAssistant, &QPushButton::clicked, this, [this] { addPromptAsTurn(u"assistant"_s); });
    auto* grid = new QGridLayout;
    grid->addWidget(addUser, 0, 0);
    grid->addWidget(addAssistant, 1, 0);
    grid->addWidget(m_stop, 0, 2);
    grid->addWidget(m_send, 1, 2);
    grid->setColumnStretch(1, 1);
    return grid;
}

QWidget* PlaygroundView::buildConfirmBar(QWidget* parent) {
    m_confirmBar = new ConfirmBar(
        {u"confirmBar"_s, u"confirmText"_s, u"sendAnyway"_s, u"cancelSend"_s, tr("Cancel")},
        Qt::Horizontal, parent);
    connect(m_confirmBar, &ConfirmBar::answered, this, [this](bool yes) {
        m_session->confirm(yes);
        updateButtons();
    });
    return m_confirmBar;
}

QWidget* PlaygroundView::buildParamsPage() {
    auto* page = new QWidget(this);
    m_params = new ParamsEditor(page);
    connect(m_params, &ParamsEditor::changed, this, &PlaygroundView::scheduleDraftSave);
    m_tools = new ToolsEditor(page);
    connect(m_tools, &ToolsEditor::changed, this, &PlaygroundView::scheduleDraftSave);
    m_responseFormat = new ResponseFormatEditor(page);
    connect(m_responseFormat, &ResponseFormatEditor::changed, this,
            &PlaygroundView::scheduleDraftSave);
    // Off by default, as the APIs expect; some servers want the thinking back (DeepSeek-style
    // multi-turn reasoning), and this workload's draft remembers the choice.
    m_sendReasoning = new QCheckBox(tr("Send thinking back"), page);
    m_sendReasoning->setObjectName(u"sendReasoning"_s);
    m_sendReasoning->setToolTip(tr("Send the model's thinking back in later turns "
                                   "(reasoning_content)"));
    m_sendReasoning->setAccessibleDescription(m_sendReasoning->toolTip());
    connect(m_sendReasoning, &QCheckBox::toggled, this, &PlaygroundView::scheduleDraftSave);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(buildPresetRow(page));
    layout->addWidget(m_params);
    layout->addWidget(m_sendReasoning);
    layout->addWidget(m_tools);
    layout->addWidget(m_responseFormat);
    layout->addStretch(1);
    return page;
}

// ---------------------------------------------------------------- the conversation

int PlaygroundView::currentTurnRow() const {
    const QModelIndex current = m_transcript->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlaygroundView::addPromptAsTurn(const QString& role) {
    // Images belong to user turns only: as an assistant turn the text goes, the images stay.
    const bool withImages = role == u"user" && !m_attachments->isEmpty();
    if (prompt().trimmed().isEmpty() && !withImages)
        return;
    ChatMessage turn = withImages ? promptMessage() : ChatMessage{role, prompt()};
    m_conversation->append(turn);
    m_transcript->scrollToBottom();
    m_prompt->clear();
    if (withImages)
        m_attachments->clear();
}

QList<ChatMessage> PlaygroundView::turns() const {
    return m_conversation->turns();
}

void PlaygroundView::setTurns(const QList<ChatMessage>& turns) {
    m_conversation->setTurns(turns);
}

void PlaygroundView::clearConversation() {
    if (isRunning())
        return;
    m_conversation->clearTurns();
    m_answerPane->hide();
    m_answer->clear();
    m_metrics->clear();
    m_errorCard->dismiss();
    m_tally = {}; // a new conversation begins
    showTotals();
    updateButtons();
    scheduleDraftSave();
}

QString PlaygroundView::systemPrompt() const {
    return m_conversation->system();
}
void PlaygroundView::setSystemPrompt(const QString& text) {
    m_system->setPlainText(text);
}
QString PlaygroundView::prompt() const {
    return m_prompt->toPlainText();
}
void PlaygroundView::setPrompt(const QString& text) {
    m_prompt->setPlainText(text);
    m_prompt->moveCursor(QTextCursor::End); // typing goes on where the text ends
}
ChatParams PlaygroundView::params() const {
    return m_params->params();
}
void PlaygroundView::setParams(const ChatParams& params) {
    m_params->setParams(params);
}
bool PlaygroundView::streaming() const {
    return m_params->stream();
}
void PlaygroundView::setStreaming(bool on) {
    m_params->setStream(on);
}

// ---------------------------------------------------------------- drafts

void PlaygroundView::scheduleDraftSave() {
    if (!m_loadingDraft)
        m_draftTimer->start();
}

void PlaygroundView::saveDraftNow() {
    m_draftTimer->stop();
    if (m_workload.slug.isEmpty() && m_workload.id.isEmpty())
        return;
    QJsonObject draft = m_conversation->toJson();
    draft[u"prompt"] = prompt();
    draft[u"params"] = paramsToJson(params());
    draft[u"stream"] = streaming();
    draft[u"tools"] = m_tools->text();
    draft[u"response_format"] = m_responseFormat->toDraft();
    draft[u"tool_results"] = m_callModel->cannedJson();
    draft[u"send_reasoning"] = m_sendReasoning->isChecked();
    draft[u"tally"] = m_tally.toJson();
    if (!m_presetMark.name().isEmpty())
        draft[u"preset"] = QJsonObject{{u"name"_s, m_presetMark.name()},
                                       {u"values"_s, presetToJson(m_presetMark.values())}};
    // Scrubbed of keys and flushed at once (drafts.h).
    writeDraft(workloadSettingsKey(u"playground"_s, u"draft"_s, m_workload), draft);
}

void PlaygroundView::loadDraft(bool withConversation) {
    const QScopedValueRollback loading(m_loadingDraft, true);
    const QJsonObject draft =
        readDraft(workloadSettingsKey(u"playground"_s, u"draft"_s, m_workload));
    if (withConversation) {
        m_conversation->setFromJson(draft);
        m_tally = TokenTally::fromJson(draft[u"tally"].toObject());
    }
    setPrompt(draft[u"prompt"].toString());
    m_draftNote->setVisible(draftHadSecrets(draft));
    m_tools->setText(draft[u"tools"].toString());
    m_responseFormat->setFromDraft(draft[u"response_format"].toObject());
    m_callModel->setCannedJson(draft[u"tool_results"].toObject());
    m_sendReasoning->setChecked(draft[u"send_reasoning"].toBool(false));
    if (draft.contains(u"params")) {
        m_params->setParams(paramsFromJson(draft[u"params"].toObject()));
        m_params->setStream(draft[u"stream"].toBool(true));
    } else {
        ChatParams defaults;
        defaults.includeUsage = true;
        m_params->setParams(defaults);
        m_params->setStream(true);
    }
    const QJsonObject preset = draft[u"preset"].toObject();
    m_presetMark.clear();
    if (!preset[u"name"].toString().isEmpty())
        m_presetMark.chose(preset[u"name"].toString(),
                           presetFromJson(preset[u"values"].toObject()));
}

} // namespace ik
