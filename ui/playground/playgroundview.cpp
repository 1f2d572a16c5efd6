#include "playgroundview.h"

#include "credential.h"
#include "drafts.h"
#include "endpoint.h"
#include "errorcard.h"
#include "history.h"
#include "inspector.h"
#include "metrics.h"
#include "paramseditor.h"
#include "scrub.h"
#include "streamview.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// History keeps up with a stream at most this far behind: what a kill -9 can lose.
constexpr int kProgressIntervalMs = 1000;

// A turn's row shows a one-line preview: laying out a whole long answer in a list row would cost
// as much as the answer view itself. The full text is kept under Qt::UserRole.
QString turnPreview(const QString& content) {
    QString line = content.left(300).simplified();
    if (content.size() > 300)
        line += QStringLiteral("…");
    return line;
}

// Turns hold whole paragraphs: edit them in a multi-line editor, not a line edit.
class TurnDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* e = new QPlainTextEdit(parent);
        e->setObjectName(QStringLiteral("turnEditor"));
        return e;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        static_cast<QPlainTextEdit*>(editor)->setPlainText(index.data(Qt::UserRole).toString());
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        const QString text = static_cast<QPlainTextEdit*>(editor)->toPlainText();
        model->setData(index, text, Qt::UserRole);
        model->setData(index, turnPreview(text), Qt::DisplayRole);
    }
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex&) const override {
        QRect r = option.rect;
        r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 6));
        editor->setGeometry(r);
    }
};

QString stateLabel(RunState state) {
    switch (state) {
    case RunState::Done:
        return PlaygroundView::tr("done");
    case RunState::Cancelled:
        return PlaygroundView::tr("stopped");
    case RunState::Truncated:
        return PlaygroundView::tr("incomplete");
    case RunState::Failed:
        return PlaygroundView::tr("failed");
    default:
        return PlaygroundView::tr("streaming…");
    }
}

QString formatMetricsLine(const QJsonObject& m, const QString& finish, const QString& model,
                          const QJsonObject& usage) {
    if (m.isEmpty())
        return {};
    const auto ms = [&](const char* key) { return formatMs(m[QLatin1String(key)].toDouble(-1)); };
    QStringList parts;
    parts
        << PlaygroundView::tr("headers %1").arg(ms("headers_ms"))
        << PlaygroundView::tr("first token %1").arg(ms("first_token_ms"))
        << PlaygroundView::tr("gap median %1 · p95 %2").arg(ms("gap_median_ms"), ms("gap_p95_ms"));
    const double tps = m[u"tokens_per_s"].toDouble(-1);
    parts << (tps >= 0 ? PlaygroundView::tr("%1 tok/s (%2, %3 tokens)")
                             .arg(tps, 0, 'f', 1)
                             .arg(m[u"tokens_source"].toString())
                             .arg(m[u"tokens"].toInt())
                       : PlaygroundView::tr("— tok/s"));
    parts << PlaygroundView::tr("total %1").arg(ms("total_ms"));
    parts << PlaygroundView::tr("finish %1").arg(finish.isEmpty() ? u"—"_s : finish);
    if (!model.isEmpty())
        parts << PlaygroundView::tr("model %1").arg(model);
    if (!usage.isEmpty())
        parts << PlaygroundView::tr("usage %1 prompt + %2 completion = %3")
                     .arg(usage[u"prompt_tokens"].toInt())
                     .arg(usage[u"completion_tokens"].toInt())
                     .arg(usage[u"total_tokens"].toInt());
    return parts.join(u"  ·  "_s);
}

} // namespace

PlaygroundView::PlaygroundView(QNetworkAccessManager* nam, CredentialGuard* guard,
                               KeyLookup keyLookup, History* history, QWidget* parent)
    : QWidget(parent), m_nam(nam), m_guard(guard), m_keyLookup(std::move(keyLookup)),
      m_history(history) {
    setObjectName(QStringLiteral("playground"));
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(kProgressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &PlaygroundView::saveProgress);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, &PlaygroundView::saveDraftNow);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &PlaygroundView::refreshHistory);
    m_saveFileHook = [this](const QString& suggested, const QString& filter,
                            std::function<void(QString)> done) {
        // open(), not exec(): the event loop keeps running while the dialog is up.
        auto* dialog = new QFileDialog(this, tr("Export"), suggested, filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [done](const QString& p) { done(p); });
        dialog->open();
    };
    buildUi();
    if (m_history)
        connect(m_history, &History::changed, this, [this] {
            if (!isRunning())
                m_searchTimer->start();
        });
    updateButtons();
}

PlaygroundView::~PlaygroundView() {
    if (m_draftTimer->isActive())
        saveDraftNow();
    if (m_run && !m_run->isFinished()) {
        // Closing mid-stream: history keeps what came, marked as stopped.
        m_run->disconnect(this);
        m_run->cancel();
        finishHistory(RunState::Cancelled);
    }
    delete m_inspector; // it may sit in the window's dock; it shows this view's runs only
}

QWidget* PlaygroundView::inspector() const {
    return m_inspector;
}

void PlaygroundView::buildUi() {
    // ---- composer ----
    auto* compose = new QWidget(this);
    m_workloadLabel = new QLabel(compose);
    m_workloadLabel->setObjectName(QStringLiteral("workloadLabel"));
    m_system = new QPlainTextEdit(compose);
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setPlaceholderText(tr("System prompt (optional)"));
    m_system->setTabChangesFocus(true); // Tab moves on, as in the compare view: no keyboard trap
    m_system->setMaximumHeight(m_system->fontMetrics().lineSpacing() * 5 + 12);

    m_turns = new QTreeWidget(compose);
    m_turns->setObjectName(QStringLiteral("turns"));
    m_turns->setAccessibleName(tr("Conversation"));
    m_turns->setColumnCount(2);
    m_turns->setHeaderLabels({tr("Role"), tr("Text")});
    m_turns->setRootIsDecorated(false);
    m_turns->setItemDelegateForColumn(1, new TurnDelegate(m_turns));
    m_turns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_turns->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_turns->header()->setStretchLastSection(true);
    connect(m_turns->model(), &QAbstractItemModel::dataChanged, this,
            &PlaygroundView::scheduleDraftSave);
    connect(m_turns->model(), &QAbstractItemModel::rowsRemoved, this,
            &PlaygroundView::scheduleDraftSave);
    connect(m_turns->model(), &QAbstractItemModel::rowsInserted, this,
            &PlaygroundView::scheduleDraftSave);

    const auto button = [](QWidget* parent, const char* name, const QString& text) {
        auto* b = new QPushButton(text, parent);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(text);
        return b;
    };
    auto* editTurn = button(compose, "editTurn", tr("Edit"));
    auto* deleteTurn = button(compose, "deleteTurn", tr("Delete"));
    auto* switchRole = button(compose, "switchRole", tr("Switch role"));
    m_regenerate = button(compose, "regenerate", tr("Regenerate"));
    auto* clear = button(compose, "clearConversation", tr("Clear"));
    connect(editTurn, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_turns->currentItem())
            m_turns->editItem(item, 1);
    });
    connect(deleteTurn, &QPushButton::clicked, this, [this] {
        delete m_turns->currentItem();
        updateButtons();
    });
    connect(switchRole, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_turns->currentItem())
            item->setText(0, item->text(0) == u"user" ? u"assistant"_s : u"user"_s);
    });
    connect(m_regenerate, &QPushButton::clicked, this, &PlaygroundView::regenerate);
    connect(clear, &QPushButton::clicked, this, &PlaygroundView::clearConversation);
    auto* turnButtons = new QHBoxLayout;
    for (QPushButton* b : {editTurn, deleteTurn, switchRole, m_regenerate, clear})
        turnButtons->addWidget(b);

    m_prompt = new QPlainTextEdit(compose);
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(tr("Ask something. Ctrl+Enter sends, Esc stops."));
    m_prompt->installEventFilter(this);
    m_prompt->setTabChangesFocus(true);
    setFocusProxy(m_prompt); // Ctrl+1 lands in the prompt

    m_send = button(compose, "send", tr("Send"));
    m_send->setToolTip(tr("Send (Ctrl+Enter)"));
    m_stop = button(compose, "stop", tr("Stop"));
    m_stop->setToolTip(tr("Stop (Esc): the partial answer stays"));
    auto* addUser = button(compose, "addUserTurn", tr("Add as user turn"));
    auto* addAssistant = button(compose, "addAssistantTurn", tr("Add as assistant turn"));
    connect(m_send, &QPushButton::clicked, this, &PlaygroundView::send);
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundView::stop);
    connect(addUser, &QPushButton::clicked, this, [this] {
        if (prompt().trimmed().isEmpty())
            return;
        addTurn(u"user"_s, prompt());
        m_prompt->clear();
    });
    connect(addAssistant, &QPushButton::clicked, this, [this] {
        if (prompt().trimmed().isEmpty())
            return;
        addTurn(u"assistant"_s, prompt());
        m_prompt->clear();
    });
    auto* sendButtons = new QHBoxLayout;
    sendButtons->addWidget(addUser);
    sendButtons->addWidget(addAssistant);
    sendButtons->addStretch(1);
    sendButtons->addWidget(m_stop);
    sendButtons->addWidget(m_send);

    m_confirmBar = new QFrame(compose);
    m_confirmBar->setObjectName(QStringLiteral("confirmBar"));
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setObjectName(QStringLiteral("confirmText"));
    m_confirmText->setWordWrap(true);
    auto* sendAnyway = button(m_confirmBar, "sendAnyway", tr("Send anyway"));
    auto* cancelSend = button(m_confirmBar, "cancelSend", tr("Cancel"));
    connect(sendAnyway, &QPushButton::clicked, this, [this] { confirmSend(true); });
    connect(cancelSend, &QPushButton::clicked, this, [this] { confirmSend(false); });
    auto* confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(sendAnyway);
    confirmLayout->addWidget(cancelSend);
    m_confirmBar->hide();

    auto* composeLayout = new QVBoxLayout(compose);
    composeLayout->addWidget(m_workloadLabel);
    composeLayout->addWidget(m_system);
    composeLayout->addWidget(m_turns, 2);
    composeLayout->addLayout(turnButtons);
    composeLayout->addWidget(m_prompt, 1);
    composeLayout->addWidget(m_confirmBar);
    composeLayout->addLayout(sendButtons);

    // ---- parameters ----
    auto* paramsPage = new QWidget(this);
    m_params = new ParamsEditor(paramsPage);
    connect(m_params, &ParamsEditor::changed, this, &PlaygroundView::scheduleDraftSave);
    m_presets = new QComboBox(paramsPage);
    m_presets->setObjectName(QStringLiteral("presets"));
    m_presets->setAccessibleName(tr("Preset name"));
    m_presets->setEditable(true);
    m_presets->setInsertPolicy(QComboBox::NoInsert);
    auto* applyPresetButton = button(paramsPage, "applyPreset", tr("Apply"));
    auto* savePresetButton = button(paramsPage, "savePreset", tr("Save"));
    auto* deletePresetButton = button(paramsPage, "deletePreset", tr("Delete"));
    connect(applyPresetButton, &QPushButton::clicked, this,
            [this] { applyPreset(m_presets->currentText()); });
    connect(savePresetButton, &QPushButton::clicked, this,
            [this] { savePreset(m_presets->currentText()); });
    connect(deletePresetButton, &QPushButton::clicked, this,
            [this] { deletePreset(m_presets->currentText()); });
    auto* presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset"), paramsPage));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(applyPresetButton);
    presetRow->addWidget(savePresetButton);
    presetRow->addWidget(deletePresetButton);
    auto* paramsLayout = new QVBoxLayout(paramsPage);
    paramsLayout->addLayout(presetRow);
    paramsLayout->addWidget(m_params);
    paramsLayout->addStretch(1);

    // ---- history ----
    auto* historyPage = new QWidget(this);
    m_search = new QLineEdit(historyPage);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setPlaceholderText(tr("Search prompts and answers"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own: give it one a screen reader can say.
    if (auto* clear = m_search->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    m_historyList = new QListWidget(historyPage);
    m_historyList->setObjectName(QStringLiteral("historyList"));
    m_historyList->setAccessibleName(tr("Runs of this workload"));
    m_historyList->setUniformItemSizes(true);
    connect(m_historyList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { reopen(item->data(Qt::UserRole).toLongLong()); });
    auto* reopenButton = button(historyPage, "historyReopen", tr("Reopen"));
    auto* deleteButton = button(historyPage, "historyDelete", tr("Delete"));
    connect(reopenButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_historyList->currentItem())
            reopen(item->data(Qt::UserRole).toLongLong());
    });
    connect(deleteButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_historyList->currentItem())
            deleteRun(item->data(Qt::UserRole).toLongLong());
    });
    auto* exportButton = new QToolButton(historyPage);
    exportButton->setObjectName(QStringLiteral("historyExport"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Run as Markdown…"), this,
                          [this] { exportSelected(ExportFormat::RunMarkdown); });
    exportMenu->addAction(tr("Run as JSON…"), this,
                          [this] { exportSelected(ExportFormat::RunJson); });
    exportMenu->addAction(tr("Conversation as Markdown…"), this,
                          [this] { exportSelected(ExportFormat::ConversationMarkdown); });
    exportMenu->addAction(tr("Conversation as JSON…"), this,
                          [this] { exportSelected(ExportFormat::ConversationJson); });
    exportButton->setMenu(exportMenu);
    auto* historyButtons = new QHBoxLayout;
    historyButtons->addWidget(reopenButton);
    historyButtons->addWidget(deleteButton);
    historyButtons->addWidget(exportButton);
    historyButtons->addStretch(1);
    auto* historyLayout = new QVBoxLayout(historyPage);
    historyLayout->addWidget(m_search);
    historyLayout->addWidget(m_historyList, 1);
    historyLayout->addLayout(historyButtons);

    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(QStringLiteral("playgroundTabs"));
    m_leftTabs->addTab(compose, tr("Compose"));
    auto* paramsScroll = new QScrollArea(this);
    paramsScroll->setWidget(paramsPage);
    paramsScroll->setWidgetResizable(true);
    m_leftTabs->addTab(paramsScroll, tr("Parameters"));
    m_leftTabs->addTab(historyPage, tr("History"));
    connect(m_leftTabs, &QTabWidget::currentChanged, this, [this, historyPage] {
        if (m_leftTabs->currentWidget() == historyPage)
            refreshHistory();
    });

    // ---- answer ----
    auto* answerPane = new QWidget(this);
    m_answer = new StreamView(answerPane);
    m_metrics = new QLabel(answerPane);
    m_metrics->setObjectName(QStringLiteral("metrics"));
    m_metrics->setAccessibleName(tr("Metrics"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorCard = new ErrorCard(answerPane);
    connect(m_errorCard, &ErrorCard::retryRequested, this, &PlaygroundView::retry);
    auto* answerLayout = new QVBoxLayout(answerPane);
    answerLayout->addWidget(m_errorCard);
    answerLayout->addWidget(m_answer, 1);
    answerLayout->addWidget(m_metrics);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("playgroundSplitter"));
    split->addWidget(m_leftTabs);
    split->addWidget(answerPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_inspector = new Inspector(this);
    m_inspector->hide();
    connect(m_inspector, &Inspector::frameRangeSelected, m_answer, &StreamView::highlightRange);
    connect(m_answer, &StreamView::selectionRangeChanged, m_inspector, &Inspector::selectFramesFor);

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PlaygroundView::stop);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &PlaygroundView::send);

    connect(m_system, &QPlainTextEdit::textChanged, this, &PlaygroundView::scheduleDraftSave);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PlaygroundView::scheduleDraftSave);
}

bool PlaygroundView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_prompt && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isRunning()) {
            stop();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------- workload, drafts, presets

QString PlaygroundView::settingsKey(const QString& what) const {
    const QString id = m_workload.id.isEmpty() ? m_workload.account() : m_workload.id;
    return QStringLiteral("playground/%1/%2")
        .arg(what, QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void PlaygroundView::setWorkload(const Workload& workload) {
    if (m_draftTimer->isActive())
        saveDraftNow();
    if (isRunning())
        stop();
    confirmSend(false);
    ++m_serial; // a key lookup still under way belongs to the old workload
    m_awaitingKey = false;
    m_workload = workload;
    m_workloadLabel->setText(tr("%1 · %2").arg(workload.displayName(), endpointPreview(workload)));
    m_answer->clear();
    m_metrics->clear();
    m_errorCard->dismiss();
    m_inspector->clear();
    m_historyId = -1;
    m_hasLastRequest = false;
    loadDraft();
    loadPresets();
    refreshHistory();
    updateButtons();
}

void PlaygroundView::scheduleDraftSave() {
    if (!m_loadingDraft)
        m_draftTimer->start();
}

void PlaygroundView::saveDraftNow() {
    m_draftTimer->stop();
    if (m_workload.slug.isEmpty() && m_workload.id.isEmpty())
        return;
    QJsonArray turns;
    for (const ChatMessage& m : this->turns())
        turns.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    const QJsonObject draft{{u"system"_s, systemPrompt()},
                            {u"turns"_s, turns},
                            {u"prompt"_s, prompt()},
                            {u"params"_s, paramsToJson(params())},
                            {u"stream"_s, streaming()}};
    // Scrubbed of keys and flushed at once (drafts.h).
    writeDraft(settingsKey(u"draft"_s), draft);
}

void PlaygroundView::loadDraft() {
    m_loadingDraft = true;
    const QJsonObject draft = readDraft(settingsKey(u"draft"_s));
    m_system->setPlainText(draft[u"system"].toString());
    QList<ChatMessage> turns;
    for (const QJsonValue& t : draft[u"turns"].toArray())
        turns.append({t[u"role"].toString(), t[u"content"].toString()});
    setTurns(turns);
    m_prompt->setPlainText(draft[u"prompt"].toString());
    if (draft.contains(u"params")) {
        m_params->setParams(paramsFromJson(draft[u"params"].toObject()));
        m_params->setStream(draft[u"stream"].toBool(true));
    } else {
        ChatParams defaults;
        defaults.includeUsage = true;
        m_params->setParams(defaults);
        m_params->setStream(true);
    }
    m_loadingDraft = false;
}

void PlaygroundView::loadPresets() {
    const QString current = m_presets->currentText();
    m_presets->clear();
    m_presets->addItems(presetNames());
    m_presets->setCurrentText(current);
}

QStringList PlaygroundView::presetNames() const {
    const QJsonObject all =
        QJsonDocument::fromJson(QSettings().value(settingsKey(u"presets"_s)).toString().toUtf8())
            .object();
    return all.keys();
}

void PlaygroundView::savePreset(const QString& rawName) {
    const QString name = scrubSecrets(rawName.trimmed());
    if (name.isEmpty())
        return;
    QSettings settings;
    QJsonObject all =
        QJsonDocument::fromJson(settings.value(settingsKey(u"presets"_s)).toString().toUtf8())
            .object();
    QJsonObject preset = paramsToJson(params());
    preset[u"stream"] = streaming();
    all[name] = preset;
    settings.setValue(
        settingsKey(u"presets"_s),
        scrubSecrets(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))));
    loadPresets();
    m_presets->setCurrentText(name);
    emit statusMessage(tr("Preset \"%1\" saved").arg(name));
}

bool PlaygroundView::applyPreset(const QString& name) {
    const QJsonObject all =
        QJsonDocument::fromJson(QSettings().value(settingsKey(u"presets"_s)).toString().toUtf8())
            .object();
    if (!all.contains(name))
        return false;
    const QJsonObject preset = all[name].toObject();
    m_params->setParams(paramsFromJson(preset));
    m_params->setStream(preset[u"stream"].toBool(true));
    return true;
}

void PlaygroundView::deletePreset(const QString& name) {
    QSettings settings;
    QJsonObject all =
        QJsonDocument::fromJson(settings.value(settingsKey(u"presets"_s)).toString().toUtf8())
            .object();
    all.remove(name);
    settings.setValue(settingsKey(u"presets"_s),
                      QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    loadPresets();
}

// ---------------------------------------------------------------- composer accessors

QString PlaygroundView::systemPrompt() const {
    return m_system->toPlainText();
}
void PlaygroundView::setSystemPrompt(const QString& text) {
    m_system->setPlainText(text);
}
QString PlaygroundView::prompt() const {
    return m_prompt->toPlainText();
}
void PlaygroundView::setPrompt(const QString& text) {
    m_prompt->setPlainText(text);
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

QList<ChatMessage> PlaygroundView::turns() const {
    QList<ChatMessage> out;
    for (int i = 0; i < m_turns->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_turns->topLevelItem(i);
        out.append({item->text(0), item->data(1, Qt::UserRole).toString()});
    }
    return out;
}

void PlaygroundView::setTurns(const QList<ChatMessage>& turns) {
    m_turns->clear();
    for (const ChatMessage& m : turns)
        addTurn(m.role, m.content);
    updateButtons();
}

void PlaygroundView::addTurn(const QString& role, const QString& content) {
    auto* item = new QTreeWidgetItem(m_turns);
    item->setText(0, role);
    item->setData(1, Qt::UserRole, content);
    item->setText(1, turnPreview(content));
    item->setToolTip(1, content.left(2000));
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_turns->scrollToItem(item);
    updateButtons();
}

void PlaygroundView::clearConversation() {
    if (isRunning())
        return;
    m_turns->clear();
    m_answer->clear();
    m_metrics->clear();
    m_errorCard->dismiss();
    updateButtons();
    scheduleDraftSave();
}

// ---------------------------------------------------------------- sending

ChatRequest PlaygroundView::composeRequest(bool includePrompt) const {
    ChatRequest request;
    request.model = m_workload.slug;
    request.params = params();
    request.stream = streaming();
    if (!request.stream)
        request.params.includeUsage = false;
    if (!systemPrompt().trimmed().isEmpty())
        request.messages.append({u"system"_s, systemPrompt()});
    request.messages.append(turns());
    if (includePrompt && !prompt().trimmed().isEmpty())
        request.messages.append({u"user"_s, prompt()});
    return request;
}

bool PlaygroundView::isRunning() const {
    return m_awaitingKey || !m_confirmBar->isHidden() || (m_run && !m_run->isFinished());
}

void PlaygroundView::send() {
    if (isRunning())
        return;
    dispatch(composeRequest(true), prompt().trimmed().isEmpty() ? QString() : prompt(), false);
}

void PlaygroundView::regenerate() {
    if (isRunning())
        return;
    QList<ChatMessage> t = turns();
    if (!t.isEmpty() && t.last().role == u"assistant") {
        delete m_turns->topLevelItem(m_turns->topLevelItemCount() - 1);
        t.removeLast();
    }
    if (t.isEmpty() || t.last().role != u"user") {
        emit statusMessage(tr("Nothing to regenerate: the conversation does not end with a "
                              "user turn."));
        return;
    }
    dispatch(composeRequest(false), QString(), true);
}

void PlaygroundView::retry() {
    if (isRunning() || !m_hasLastRequest)
        return;
    dispatch(m_lastRequest, m_lastSentPrompt, m_lastRegenerating);
}

void PlaygroundView::dispatch(const ChatRequest& request, const QString& sentPrompt,
                              bool regenerating) {
    m_errorCard->dismiss();
    m_request = request;
    m_sentPrompt = sentPrompt;
    m_regenerating = regenerating;
    m_lastRequest = request;
    m_lastSentPrompt = sentPrompt;
    m_lastRegenerating = regenerating;
    m_hasLastRequest = true;

    if (m_workload.kind != WorkloadKind::Chat) {
        m_errorCard->showError(
            makeError(ErrorKind::Configuration,
                      tr("%1 is a %2 workload")
                          .arg(m_workload.displayName(), workloadKindName(m_workload.kind)),
                      tr("The playground talks to chat workloads; pick one in the sidebar.")),
            tr("Not sent"));
        return;
    }
    // The SDK's own checks first: a blank prompt needs no key lookup to be refused.
    if (std::optional<Error> invalid = validateChat(request)) {
        m_errorCard->showError(*invalid, tr("Not sent"));
        return;
    }
    const quint64 serial = ++m_serial;
    m_awaitingKey = true;
    updateButtons();
    m_answer->setStateLabel(tr("reading the key…"));
    if (!m_keyLookup) {
        onKey(serial, QString());
        return;
    }
    QPointer<PlaygroundView> self(this);
    m_keyLookup(m_workload, [self, serial](QString key) {
        if (self)
            self->onKey(serial, key);
    });
}

void PlaygroundView::onKey(quint64 serial, const QString& key) {
    if (serial != m_serial || !m_awaitingKey)
        return; // the workload changed or the send was abandoned meanwhile
    m_awaitingKey = false;
    m_keyId = Credential::parse(key).id;
    if (m_guard) {
        GuardInput in;
        in.ref = m_workload.ref();
        in.key = key;
        QStringList userText;
        for (const ChatMessage& m : m_request.messages)
            if (m.role != u"system")
                userText.append(m.content);
        in.prompt = userText.join(u'\n');
        in.system = systemPrompt();
        const GuardVerdict verdict = m_guard->judge(in);
        if (!verdict.canSend()) {
            m_answer->setStateLabel(tr("not sent"));
            m_errorCard->showBlocked(verdict);
            updateButtons();
            return;
        }
        if (verdict.needsConfirmation()) {
            if (m_confirmHook) {
                if (!m_confirmHook(verdict)) {
                    m_answer->setStateLabel(tr("not sent"));
                    updateButtons();
                    return;
                }
            } else {
                m_pendingKey = key;
                m_pendingVerdict = verdict;
                QStringList lines;
                for (const GuardFinding& f : verdict.warnings)
                    lines.append(f.reason + u' ' + f.fix);
                m_confirmText->setText(tr("Send anyway?\n%1").arg(lines.join(u'\n')));
                m_confirmBar->show();
                updateButtons();
                emit confirmationRequested(verdict);
                return;
            }
        }
    }
    startRun(key);
}

void PlaygroundView::confirmSend(bool yes) {
    if (m_confirmBar->isHidden())
        return;
    m_confirmBar->hide();
    const QString key = m_pendingKey;
    m_pendingKey.clear();
    if (yes)
        startRun(key);
    else
        m_answer->setStateLabel(tr("not sent"));
    updateButtons();
}

QString PlaygroundView::confirmationText() const {
    return !m_confirmBar->isHidden() ? m_confirmText->text() : QString();
}

void PlaygroundView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    for (qsizetype i = 0; i < m_extraHeaders.size(); ++i) {
        if (m_extraHeaders[i].first.compare(name, Qt::CaseInsensitive) == 0) {
            m_extraHeaders.removeAt(i);
            break;
        }
    }
    if (!value.isEmpty())
        m_extraHeaders.append({name, value});
}

void PlaygroundView::setTimeouts(int connectMs, int idleMs) {
    m_connectTimeoutMs = connectMs;
    m_idleTimeoutMs = idleMs;
}

void PlaygroundView::startRun(const QString& key) {
    if (m_endpoint)
        m_endpoint->deleteLater(); // and the previous run with it
    // Anything stored or shown later is scrubbed of this key, even pieces of it a model echoes.
    const Credential credential = Credential::parse(key);
    registerSecret(credential.secret.isEmpty() ? key : credential.secret);
    // A key the user chose to send in the prompt (the guard asked first) is scrubbed as well.
    registerSecretsIn(m_request.system + u'\n' + m_request.prompt);
    for (const ChatMessage& m : m_request.messages)
        registerSecretsIn(m.content);
    auto* endpoint = new Endpoint(m_nam, m_workload.ref(), key, this);
    m_endpoint = endpoint;
    endpoint->setConnectTimeoutMs(m_connectTimeoutMs);
    endpoint->setIdleTimeoutMs(m_idleTimeoutMs);
    for (const auto& [name, value] : m_extraHeaders)
        endpoint->setExtraHeader(name, value);
    Run* run = endpoint->chat(m_request);
    m_run = run;

    m_answer->clear();
    m_answer->setStateLabel(stateLabel(RunState::Running));
    m_metrics->setText(tr("waiting for the server…"));
    m_errorCard->dismiss();
    m_unsavedFrames.clear();

    SnippetInput snippet;
    snippet.workload = m_workload.ref();
    snippet.route = QStringLiteral("/chat/completions");
    snippet.body = run->record().requestBody;
    snippet.stream = m_request.stream;
    m_inspector->clear();
    m_inspector->showRequest(run->record(), snippet);

    m_historyId = -1;
    if (m_history) {
        HistoryRun entry;
        entry.startedAt = QDateTime::currentDateTime();
        entry.workloadId = m_workload.id;
        entry.workloadName = m_workload.displayName();
        entry.workloadRef = workloadUrl(m_workload.ref(), QString()).toString();
        for (const ChatMessage& m : m_request.messages) {
            if (m.role == u"system")
                entry.system = m.content;
            else
                entry.messages.append(m);
        }
        entry.params = paramsToJson(m_request.params);
        entry.stream = m_request.stream;
        entry.record = recordToJson(run->record());
        m_historyId = m_history->begin(entry);
    }

    connect(run, &Run::headersReceived, this, [this, run] {
        m_inspector->showResponse(run->record());
        m_metrics->setText(tr("headers after %1").arg(formatMs(double(run->timings().headersMs))));
    });
    connect(run, &Run::chunkReceived, m_answer,
            [this](const QString& delta) { m_answer->append(delta); });
    connect(run, &Run::frameReceived, this, [this](const Frame& frame) {
        m_inspector->frames()->append(frame);
        m_unsavedFrames.append(frame);
    });
    connect(run, &Run::ended, this, [this, run](RunState state) {
        if (run == m_run)
            onEnded(state);
    });
    m_progressTimer->start();
    updateButtons();
    emit runStarted();
}

void PlaygroundView::stop() {
    if (!m_confirmBar->isHidden()) {
        confirmSend(false);
        return;
    }
    if (m_awaitingKey) {
        m_awaitingKey = false;
        ++m_serial;
        m_answer->setStateLabel(tr("not sent"));
        updateButtons();
        return;
    }
    if (m_run && !m_run->isFinished())
        m_run->cancel(); // ended() follows synchronously
}

void PlaygroundView::saveProgress() {
    if (!m_history || m_historyId < 0 || !m_run)
        return;
    m_history->progress(m_historyId, m_run->text(), m_unsavedFrames);
    m_unsavedFrames.clear();
}

void PlaygroundView::finishHistory(RunState state) {
    if (!m_history || m_historyId < 0 || !m_run)
        return;
    m_progressTimer->stop();
    saveProgress();
    Run* run = m_run;
    HistoryRun entry;
    entry.answer = run->text();
    entry.state = runStateName(state);
    entry.metrics = metricsToJson(computeMetrics(run->timings(), run->usage(), run->chunkCount()));
    entry.model = run->model();
    entry.finishReason = run->finishReason();
    entry.usage = usageToJson(run->usage());
    if (state != RunState::Done)
        entry.error = errorToJson(run->error());
    entry.record = recordToJson(run->record());
    m_history->finish(m_historyId, entry);
}

void PlaygroundView::onEnded(RunState state) {
    Run* run = m_run;
    m_progressTimer->stop();
    m_inspector->frames()->publish();
    m_inspector->showResponse(run->record());
    if (!run->isStreaming() || run->record().frames.isEmpty()) {
        // A non-streamed answer arrives whole.
        if (m_answer->text() != run->text())
            m_answer->setText(run->text());
    }
    QString label = stateLabel(state);
    if (state == RunState::Cancelled)
        label = tr("stopped · the partial answer is kept");
    else if (state == RunState::Truncated)
        label = tr("incomplete · the stream was cut before its end");
    else if (state == RunState::Failed && !run->text().isEmpty())
        label = tr("failed · the partial answer is kept");
    m_answer->finish(label);
    m_metrics->setText(formatMetrics());

    if (state == RunState::Failed)
        m_errorCard->showError(run->error(), tr("The request failed"));
    else if (state == RunState::Truncated)
        m_errorCard->showError(run->error(), tr("Incomplete answer"));

    if (m_guard && !m_keyId.isEmpty()) {
        if (state == RunState::Done)
            m_guard->noteSuccess(m_keyId, m_workload.ref());
        else if (state == RunState::Failed && run->error().kind == ErrorKind::Permission)
            m_guard->noteServerAnswer(m_keyId, m_workload.ref(), run->error().code);
    }
    finishHistory(state);

    if (state == RunState::Done) {
        if (!m_sentPrompt.isEmpty()) {
            addTurn(u"user"_s, m_sentPrompt);
            if (prompt() == m_sentPrompt)
                m_prompt->clear();
        }
        addTurn(u"assistant"_s, run->text());
    }
    updateButtons();
    emit runEnded(state);
    refreshHistory();
}

QString PlaygroundView::formatMetrics() const {
    if (!m_run)
        return {};
    const RunMetrics m = computeMetrics(m_run->timings(), m_run->usage(), m_run->chunkCount());
    return formatMetricsLine(metricsToJson(m), m_run->finishReason(), m_run->model(),
                             usageToJson(m_run->usage()));
}

QString PlaygroundView::metricsText() const {
    return m_metrics->text();
}

void PlaygroundView::updateButtons() {
    const bool running = isRunning();
    const bool chat = m_workload.kind == WorkloadKind::Chat;
    m_send->setEnabled(!running && chat);
    m_stop->setEnabled(running);
    const QList<ChatMessage> t = turns();
    m_regenerate->setEnabled(!running && chat && !t.isEmpty());
}

// ---------------------------------------------------------------- history

void PlaygroundView::refreshHistory() {
    if (!m_history)
        return;
    const qint64 selected = m_historyList->currentItem()
                                ? m_historyList->currentItem()->data(Qt::UserRole).toLongLong()
                                : -1;
    m_historyList->clear();
    const QList<HistoryRun> runs = m_history->list(m_workload.id, m_search->text());
    for (const HistoryRun& r : runs) {
        QString ask;
        for (auto it = r.messages.crbegin(); it != r.messages.crend(); ++it) {
            if (it->role == u"user") {
                ask = it->content;
                break;
            }
        }
        ask = ask.simplified();
        if (ask.size() > 80)
            ask = ask.left(79) + u'…';
        auto* item = new QListWidgetItem(tr("%1 · %2 · %3")
                                             .arg(r.startedAt.toString(u"yyyy-MM-dd HH:mm:ss"_s),
                                                  historyStateLabel(r.state), ask),
                                         m_historyList);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(r.answer.left(500));
        if (r.id == selected)
            m_historyList->setCurrentItem(item);
    }
}

void PlaygroundView::reopen(qint64 historyId) {
    if (!m_history || isRunning())
        return;
    const std::optional<HistoryRun> run = m_history->load(historyId);
    if (!run)
        return;
    showHistoryRun(*run);
}

void PlaygroundView::showHistoryRun(const HistoryRun& run) {
    m_loadingDraft = true;
    m_system->setPlainText(run.system);
    QList<ChatMessage> turns = run.messages;
    QString ask;
    if (!turns.isEmpty() && turns.last().role == u"user")
        ask = turns.takeLast().content;
    setTurns(turns);
    m_prompt->setPlainText(ask);
    m_params->setParams(paramsFromJson(run.params));
    m_params->setStream(run.stream);
    m_loadingDraft = false;
    scheduleDraftSave();

    if (m_endpoint)
        m_endpoint->deleteLater();
    m_run = nullptr;
    m_historyId = run.id;
    m_answer->setText(run.answer);
    m_answer->finish(
        tr("%1 · from history, %2")
            .arg(historyStateLabel(run.state), run.startedAt.toString(u"yyyy-MM-dd HH:mm"_s)));
    m_metrics->setText(formatMetricsLine(run.metrics, run.finishReason, run.model, run.usage));
    m_errorCard->dismiss();
    if (!run.error.isEmpty() && run.state != u"cancelled") {
        Error e;
        e.kind = ErrorKind::Server;
        const QString kind = run.error[u"kind"].toString();
        for (ErrorKind k :
             {ErrorKind::Configuration, ErrorKind::Validation, ErrorKind::Auth,
              ErrorKind::Permission, ErrorKind::NotFound, ErrorKind::BadRequest,
              ErrorKind::RateLimited, ErrorKind::Server, ErrorKind::Network, ErrorKind::Timeout,
              ErrorKind::Cancelled, ErrorKind::Truncated, ErrorKind::Protocol})
            if (errorKindName(k) == kind)
                e.kind = k;
        e.httpStatus = run.error[u"status"].toInt();
        e.code = run.error[u"code"].toString();
        e.message = run.error[u"message"].toString();
        e.hint = run.error[u"hint"].toString();
        m_errorCard->showError(e, tr("From history"));
    } else if (run.state == u"incomplete") {
        m_errorCard->showError(
            makeError(ErrorKind::Truncated,
                      tr("the application ended while this answer was still arriving"),
                      tr("The text saved up to then is shown. Send it again for a full answer.")),
            tr("Incomplete answer"));
    }

    // The inspector, from what was stored.
    const QJsonObject r = run.record;
    QString request = QStringLiteral("%1 %2\n").arg(r[u"method"].toString(), r[u"url"].toString());
    RunRecord record;
    record.method = r[u"method"].toString().toLatin1();
    record.url = QUrl(r[u"url"].toString());
    for (const QJsonValue& h : r[u"request_headers"].toArray())
        record.requestHeaders.append({h[0].toString().toLatin1(), h[1].toString().toUtf8()});
    record.requestBody = r[u"request_body"].toString().toUtf8();
    record.status = r[u"status"].toInt();
    for (const QJsonValue& h : r[u"response_headers"].toArray())
        record.responseHeaders.append({h[0].toString().toLatin1(), h[1].toString().toUtf8()});
    record.responseBody = r[u"response_body"].toString().toUtf8();
    record.nonJsonFrames = r[u"non_json_frames"].toInt();
    record.comments = r[u"comments"].toInt();
    SnippetInput snippet;
    snippet.workload = m_workload.ref();
    snippet.route = QStringLiteral("/chat/completions");
    snippet.body = record.requestBody;
    snippet.stream = run.stream;
    m_inspector->clear();
    m_inspector->showRequest(record, snippet);
    m_inspector->frames()->setFrames(run.frames);
    m_inspector->showResponse(record);
    m_leftTabs->setCurrentIndex(0);
    updateButtons();
}

bool PlaygroundView::deleteRun(qint64 historyId) {
    if (!m_history)
        return false;
    const bool ok = m_history->remove(historyId);
    refreshHistory();
    return ok;
}

bool PlaygroundView::exportRun(qint64 historyId, ExportFormat format, const QString& path) {
    if (!m_history)
        return false;
    const std::optional<HistoryRun> run = m_history->load(historyId);
    if (!run)
        return false;
    QByteArray bytes;
    switch (format) {
    case ExportFormat::RunMarkdown:
        bytes = History::toMarkdown(*run).toUtf8();
        break;
    case ExportFormat::RunJson:
        bytes = History::toJson(*run);
        break;
    case ExportFormat::ConversationMarkdown:
        bytes = History::conversationMarkdown(*run).toUtf8();
        break;
    case ExportFormat::ConversationJson:
        bytes = History::conversationJson(*run);
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        emit statusMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    emit statusMessage(tr("Exported to %1").arg(path));
    return true;
}

void PlaygroundView::exportSelected(ExportFormat format) {
    QListWidgetItem* item = m_historyList->currentItem();
    const qint64 id = item ? item->data(Qt::UserRole).toLongLong() : m_historyId;
    if (id < 0 || !m_saveFileHook)
        return;
    const bool json = format == ExportFormat::RunJson || format == ExportFormat::ConversationJson;
    const bool conversation =
        format == ExportFormat::ConversationMarkdown || format == ExportFormat::ConversationJson;
    const QString name = QStringLiteral("%1-%2-%3.%4")
                             .arg(m_workload.slug, conversation ? u"conversation"_s : u"run"_s)
                             .arg(id)
                             .arg(json ? u"json"_s : u"md"_s);
    QPointer<PlaygroundView> self(this);
    m_saveFileHook(name, json ? tr("JSON (*.json)") : tr("Markdown (*.md)"),
                   [self, id, format](QString path) {
                       if (self && !path.isEmpty())
                           self->exportRun(id, format, path);
                   });
}

} // namespace ik
