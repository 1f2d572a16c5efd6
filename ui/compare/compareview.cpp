#include "compareview.h"

#include "comparestore.h"
#include "diffview.h"
#include "drafts.h"
#include "errorcard.h"
#include "history.h"
#include "paramseditor.h"
#include "streamview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString number(double v, int decimals) {
    return v < 0 ? u"—"_s : QString::number(v, 'f', decimals);
}

QTableWidgetItem* item(const QString& text) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return it;
}

// The best value is bold and starred, so it does not depend on colour or font weight alone.
QTableWidgetItem* metricItem(const QString& text, bool best, const QString& what) {
    auto* it = item(best ? u"★ "_s + text : text);
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (best) {
        QFont f = it->font();
        f.setBold(true);
        it->setFont(f);
        it->setToolTip(CompareView::tr("best %1 across the panes").arg(what));
        it->setData(Qt::AccessibleDescriptionRole, CompareView::tr("best"));
    }
    return it;
}

} // namespace

CompareView::CompareView(QNetworkAccessManager* nam, CredentialGuard* guard, KeyLookup keyLookup,
                         History* history, QWidget* parent)
    : QWidget(parent) {
    m_services.nam = nam;
    m_services.guard = guard;
    m_services.keyLookup = std::move(keyLookup);
    m_services.history = history;
    m_services.turns = new TurnQueue(this);
    // Panes ending together refresh the tables once, not once each.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        refreshSummary();
        refreshSpread();
    });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CompareView::saveDraftNow);
    if (history)
        m_store = new CompareStore(history, this);
    buildUi();
    for (int i = 0; i < kMinPanes; ++i)
        addPane();
    loadDraft();
    refreshSaved();
    refreshSummary();
    refreshDiff();
    updateButtons();
}

CompareView::~CompareView() {
    if (m_draftTimer->isActive())
        saveDraftNow();
    // Children going away (the turns' rows, the saved list) must not call back into the view.
    for (QObject* sender :
         {static_cast<QObject*>(m_turns->model()), static_cast<QObject*>(m_saved),
          static_cast<QObject*>(m_system), static_cast<QObject*>(m_prompt),
          static_cast<QObject*>(m_repeatCount), static_cast<QObject*>(m_varySeed)})
        disconnect(sender, nullptr, this, nullptr);
    // Panes hold runs whose signals must not reach a half-destroyed view.
    for (ComparePane* p : std::as_const(m_panes))
        disconnect(p, nullptr, this, nullptr);
}

void CompareView::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(u"compareSplitter"_s);
    outer->addWidget(vertical);

    auto* top = new QWidget(vertical);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* inputs = new QHBoxLayout;
    auto* systemBox = new QVBoxLayout;
    auto* systemLabel = new QLabel(tr("System prompt"), top);
    m_system = new QPlainTextEdit(top);
    m_system->setObjectName(u"compareSystem"_s);
    m_system->setAccessibleName(tr("System prompt sent to every pane"));
    m_system->setPlaceholderText(tr("Optional system prompt"));
    m_system->setTabChangesFocus(true);
    systemLabel->setBuddy(m_system);
    systemBox->addWidget(systemLabel);
    systemBox->addWidget(m_system);
    auto* promptBox = new QVBoxLayout;
    auto* promptLabel =
        new QLabel(tr("&Prompt (Ctrl+Enter sends to every pane, Esc stops them all)"), top);
    m_prompt = new QPlainTextEdit(top);
    m_prompt->setObjectName(u"comparePrompt"_s);
    m_prompt->setAccessibleName(tr("Prompt sent to every pane"));
    m_prompt->setTabChangesFocus(true);
    promptLabel->setBuddy(m_prompt);
    setFocusProxy(m_prompt); // Ctrl+2 lands in the prompt
    promptBox->addWidget(promptLabel);
    promptBox->addWidget(m_prompt);
    auto* turnsBox = new QVBoxLayout;
    auto* turnsLabel = new QLabel(tr("Earlier &turns (optional conversation)"), top);
    m_turns = new QTreeWidget(top);
    m_turns->setObjectName(u"compareTurns"_s);
    m_turns->setAccessibleName(tr("Earlier turns of the conversation sent to every pane"));
    m_turns->setColumnCount(2);
    m_turns->setHeaderLabels({tr("Role"), tr("Text")});
    m_turns->setRootIsDecorated(false);
    m_turns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    turnsLabel->setBuddy(m_turns);
    auto* turnButtons = new QHBoxLayout;
    auto* addUser = new QToolButton(top);
    addUser->setObjectName(u"compareAddUserTurn"_s);
    addUser->setText(tr("+ user"));
    addUser->setToolTip(tr("Move the prompt into the conversation as a user turn"));
    auto* addAssistant = new QToolButton(top);
    addAssistant->setObjectName(u"compareAddAssistantTurn"_s);
    addAssistant->setText(tr("+ answer of diff A"));
    addAssistant->setToolTip(tr("Add the answer of the pane chosen as A in the diff tab as an "
                                "assistant turn"));
    auto* removeTurn = new QToolButton(top);
    removeTurn->setObjectName(u"compareRemoveTurn"_s);
    removeTurn->setText(tr("Remove"));
    turnButtons->addWidget(addUser);
    turnButtons->addWidget(addAssistant);
    turnButtons->addWidget(removeTurn);
    turnButtons->addStretch(1);
    turnsBox->addWidget(turnsLabel);
    turnsBox->addWidget(m_turns);
    turnsBox->addLayout(turnButtons);
    inputs->addLayout(systemBox, 1);
    inputs->addLayout(turnsBox, 1);
    inputs->addLayout(promptBox, 2);
    connect(addUser, &QToolButton::clicked, this, [this] {
        if (prompt().trimmed().isEmpty())
            return;
        addTurn(u"user"_s, prompt());
        m_prompt->clear();
    });
    connect(addAssistant, &QToolButton::clicked, this, [this] {
        const int a = m_diffA->currentIndex();
        if (a >= 0 && a < m_panes.size() && !m_panes[a]->text().trimmed().isEmpty())
            addTurn(u"assistant"_s, m_panes[a]->text());
    });
    connect(removeTurn, &QToolButton::clicked, this, [this] { delete m_turns->currentItem(); });
    topLayout->addLayout(inputs, 1);
    m_system->installEventFilter(this);
    m_prompt->installEventFilter(this);

    auto* bar = new QHBoxLayout;
    m_send = new QPushButton(tr("Send to all"), top);
    m_send->setObjectName(u"compareSend"_s);
    m_send->setToolTip(tr("Send the prompt to every pane at once (Ctrl+Enter)"));
    m_stopAll = new QPushButton(tr("Stop all"), top);
    m_stopAll->setObjectName(u"compareStopAll"_s);
    m_stopAll->setToolTip(tr("Stop every pane (Esc); partial answers are kept"));
    m_addPane = new QPushButton(tr("Add pane"), top);
    m_addPane->setObjectName(u"compareAddPane"_s);
    auto* repeatLabel = new QLabel(tr("&Runs per pane"), top);
    m_repeatCount = new QSpinBox(top);
    m_repeatCount->setObjectName(u"compareRepeatCount"_s);
    m_repeatCount->setRange(1, kMaxRepeat);
    m_repeatCount->setValue(5);
    m_repeatCount->setAccessibleName(tr("Runs per pane"));
    repeatLabel->setBuddy(m_repeatCount);
    m_varySeed = new QCheckBox(tr("seed + 1 per run"), top);
    m_varySeed->setObjectName(u"compareVarySeed"_s);
    m_varySeed->setToolTip(tr("Run i uses the pane's seed + i (0 + i when unset), to see how "
                              "much the answer depends on sampling"));
    m_repeat = new QPushButton(tr("Repeat"), top);
    m_repeat->setObjectName(u"compareRepeat"_s);
    m_repeat->setToolTip(tr("Run every pane N times and show the spread"));
    m_saved = new QComboBox(top);
    m_saved->setObjectName(u"compareSaved"_s);
    m_saved->setAccessibleName(tr("Saved comparisons"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(18);
    m_reopen = new QPushButton(tr("Reopen"), top);
    m_reopen->setObjectName(u"compareReopen"_s);
    m_delete = new QPushButton(tr("Delete"), top);
    m_delete->setObjectName(u"compareDelete"_s);
    m_delete->setAccessibleName(tr("Delete the selected saved comparison"));
    m_delete->setToolTip(tr("Delete the selected saved comparison (its runs stay in history)"));
    m_exportMd = new QPushButton(tr("Export Markdown…"), top);
    m_exportMd->setObjectName(u"compareExportMarkdown"_s);
    m_exportJson = new QPushButton(tr("Export JSON…"), top);
    m_exportJson->setObjectName(u"compareExportJson"_s);
    bar->addWidget(m_send);
    bar->addWidget(m_stopAll);
    bar->addWidget(m_addPane);
    bar->addSpacing(12);
    bar->addWidget(repeatLabel);
    bar->addWidget(m_repeatCount);
    bar->addWidget(m_varySeed);
    bar->addWidget(m_repeat);
    bar->addStretch(1);
    topLayout->addLayout(bar);
    auto* keepBar = new QHBoxLayout;
    auto* savedLabel = new QLabel(tr("Sa&ved comparisons"), top);
    savedLabel->setBuddy(m_saved);
    keepBar->addWidget(savedLabel);
    keepBar->addWidget(m_saved, 1);
    keepBar->addWidget(m_reopen);
    keepBar->addWidget(m_delete);
    keepBar->addWidget(m_exportMd);
    keepBar->addWidget(m_exportJson);
    topLayout->addLayout(keepBar);

    // Narrow windows scroll the panes sideways instead of growing to fit six of them.
    auto* paneScroll = m_paneScroll = new QScrollArea(vertical);
    paneScroll->setObjectName(u"comparePaneScroll"_s);
    paneScroll->setWidgetResizable(true);
    paneScroll->setFrameShape(QFrame::NoFrame);
    // A short window scrolls them up and down rather than clip a pane's error card.
    paneScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_paneSplitter = new QSplitter(Qt::Horizontal);
    m_paneSplitter->setObjectName(u"comparePanes"_s);
    m_paneSplitter->setChildrenCollapsible(false);
    paneScroll->setWidget(m_paneSplitter);

    m_tabs = new QTabWidget(vertical);
    m_tabs->setObjectName(u"compareTabs"_s);
    m_summary = new QTableWidget(m_tabs);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setAccessibleName(tr("Summary across panes; ★ marks the best value"));
    m_summary->setColumnCount(10);
    m_summary->setHorizontalHeaderLabels({tr("Pane"), tr("Workload"), tr("Model"), tr("State"),
                                          tr("First token"), tr("Tokens/s"), tr("Total"),
                                          tr("Tokens"), tr("Finish"), tr("Distinct answers")});
    m_summary->verticalHeader()->hide();
    m_summary->horizontalHeader()->setStretchLastSection(true);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_summary, tr("Summary (★ best)"));

    auto* diffPage = new QWidget(m_tabs);
    auto* diffLayout = new QVBoxLayout(diffPage);
    auto* diffBar = new QHBoxLayout;
    m_diffOn = new QCheckBox(tr("Show &diff"), diffPage);
    m_diffOn->setObjectName(u"compareDiffOn"_s);
    m_diffA = new QComboBox(diffPage);
    m_diffA->setObjectName(u"compareDiffA"_s);
    m_diffA->setAccessibleName(tr("Answer A"));
    m_diffB = new QComboBox(diffPage);
    m_diffB->setObjectName(u"compareDiffB"_s);
    m_diffB->setAccessibleName(tr("Answer B"));
    m_diffStats = new QLabel(diffPage);
    m_diffStats->setObjectName(u"compareDiffStats"_s);
    diffBar->addWidget(m_diffOn);
    diffBar->addWidget(new QLabel(tr("A:"), diffPage));
    diffBar->addWidget(m_diffA);
    diffBar->addWidget(new QLabel(tr("B:"), diffPage));
    diffBar->addWidget(m_diffB);
    diffBar->addWidget(m_diffStats, 1);
    m_diffStats->setWordWrap(true);
    auto* legend = new QLabel(diffPage);
    legend->setTextFormat(Qt::RichText);
    legend->setText(tr("<s>struck through</s>: only in A &nbsp; · &nbsp; <u>underlined</u>: only "
                       "in B &nbsp; · &nbsp; plain: in both"));
    m_diff = new DiffView(diffPage);
    diffLayout->addLayout(diffBar);
    diffLayout->addWidget(legend);
    diffLayout->addWidget(m_diff, 1);
    m_tabs->addTab(diffPage, tr("Diff"));

    m_spread = new QTableWidget(m_tabs);
    m_spread->setObjectName(u"compareSpread"_s);
    m_spread->setAccessibleName(tr("Spread of repeated runs"));
    m_spread->setColumnCount(10);
    m_spread->setHorizontalHeaderLabels(
        {tr("Pane"), tr("Workload"), tr("Done / runs"), tr("First token median"), tr("min"),
         tr("max"), tr("Tokens/s median"), tr("min"), tr("max"), tr("Distinct answers")});
    m_spread->verticalHeader()->hide();
    m_spread->horizontalHeader()->setStretchLastSection(true);
    m_spread->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_spread, tr("Spread"));
    // In a short window the tables scroll, so the panes above keep the height they need.
    m_tabs->setMinimumHeight(80);

    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 3);
    vertical->setStretchFactor(2, 1);
    // The panes are what people watch: most of the height goes to them from the start (the
    // splitter scales these to the real height).
    vertical->setSizes({170, 560, 200});
    for (QWidget* edit : {static_cast<QWidget*>(m_system), static_cast<QWidget*>(m_prompt),
                          static_cast<QWidget*>(m_turns)})
        edit->setMinimumHeight(48);

    connect(m_send, &QPushButton::clicked, this, &CompareView::send);
    connect(m_stopAll, &QPushButton::clicked, this, &CompareView::stopAll);
    connect(m_addPane, &QPushButton::clicked, this, [this] { addPane(); });
    connect(m_repeat, &QPushButton::clicked, this, &CompareView::repeat);
    connect(m_reopen, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() >= 0)
            reopen(m_saved->currentData().toLongLong());
    });
    connect(m_delete, &QPushButton::clicked, this, &CompareView::deleteSelected);
    connect(m_saved, &QComboBox::currentIndexChanged, this, &CompareView::updateButtons);
    // Every change of the input is kept as a draft.
    connect(m_system, &QPlainTextEdit::textChanged, this, &CompareView::scheduleDraftSave);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CompareView::scheduleDraftSave);
    QAbstractItemModel* turnsModel = m_turns->model();
    connect(turnsModel, &QAbstractItemModel::rowsInserted, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::rowsRemoved, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::dataChanged, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::modelReset, this, &CompareView::scheduleDraftSave);
    connect(m_repeatCount, &QSpinBox::valueChanged, this, &CompareView::scheduleDraftSave);
    connect(m_varySeed, &QCheckBox::toggled, this, &CompareView::scheduleDraftSave);
    connect(m_exportMd, &QPushButton::clicked, this,
            [this] { exportWith(ExportFormat::Markdown); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { exportWith(ExportFormat::Json); });
    connect(m_diffOn, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_tabs->setCurrentIndex(1);
        refreshDiff();
    });
    connect(m_diffA, &QComboBox::currentIndexChanged, this, &CompareView::refreshDiff);
    connect(m_diffB, &QComboBox::currentIndexChanged, this, &CompareView::refreshDiff);
    if (m_store)
        connect(m_store, &CompareStore::changed, this, &CompareView::refreshSaved);

    // Also when the focus is on a pane's answer rather than in the prompt box.
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &CompareView::send);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, this, &CompareView::stopAll);
}

bool CompareView::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (type == QEvent::Show || type == QEvent::Hide || type == QEvent::Resize) {
        for (const ComparePane* p : std::as_const(m_panes))
            if (watched == p->errorCard()) {
                QPointer<QWidget> card = p->errorCard();
                QTimer::singleShot(0, this, [this, card, type] {
                    fitErrorCards();
                    // Once laid out, a new card scrolls into view: its hint is never below the
                    // fold.
                    if (card && card->isVisible() && type == QEvent::Show)
                        m_paneScroll->ensureWidgetVisible(card, 0, 0);
                });
            }
    }
    if ((watched == m_prompt || watched == m_system) && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isRunning()) {
            stopAll();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CompareView::fitErrorCards() {
    // The pane area is never shorter than the tallest error card shown (title, message and hint
    // in full); the answers shrink and the summary tabs give up the height first.
    int need = 0;
    for (const ComparePane* p : std::as_const(m_panes)) {
        const ErrorCard* card = p->errorCard();
        if (card->isVisibleTo(p))
            need = std::max(need, card->heightForWidth(card->width()));
    }
    if (need > 0)
        need += m_paneScroll->horizontalScrollBar()->sizeHint().height() +
                2 * m_paneScroll->frameWidth() + 16;
    if (m_paneScroll->minimumHeight() != need)
        m_paneScroll->setMinimumHeight(need);
}

void CompareView::setWorkloads(const QList<Workload>& workloads) {
    const bool first = m_workloads.isEmpty();
    m_workloads = workloads;
    QList<Workload> chat;
    for (const Workload& w : workloads)
        if (w.kind == WorkloadKind::Chat)
            chat.append(w);
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i]->setWorkloads(workloads);
        // The first time, spread the panes over the workloads so a comparison is one click away;
        // a pane restored from the draft keeps its workload while it is still listed.
        const QString restored = m_draftWorkloads.value(i);
        const bool keep = std::any_of(chat.cbegin(), chat.cend(),
                                      [&](const Workload& w) { return w.id == restored; });
        if (first && !chat.isEmpty())
            m_panes[i]->setWorkloadId(keep ? restored : chat[i % chat.size()].id);
    }
    if (first && !chat.isEmpty())
        m_draftWorkloads.clear();
    refreshDiffChoices();
    updateButtons();
}

void CompareView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    m_services.extraHeaders.removeIf(
        [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_services.extraHeaders.append({name, value});
}

void CompareView::setTimeouts(int connectMs, int idleMs) {
    m_services.connectTimeoutMs = connectMs;
    m_services.idleTimeoutMs = idleMs;
}

ComparePane* CompareView::addPane() {
    if (m_panes.size() >= kMaxPanes)
        return nullptr;
    auto* pane = new ComparePane(&m_services, m_paneSplitter);
    pane->setWorkloads(m_workloads);
    QList<Workload> chat;
    for (const Workload& w : std::as_const(m_workloads))
        if (w.kind == WorkloadKind::Chat)
            chat.append(w);
    if (!chat.isEmpty())
        pane->setWorkloadId(chat[m_panes.size() % chat.size()].id);
    m_panes.append(pane);
    m_paneSplitter->addWidget(pane);
    pane->errorCard()->installEventFilter(this);
    connect(pane, &ComparePane::textGrew, this,
            [this, pane](int length) { emit paneTextGrew(int(m_panes.indexOf(pane)), length); });
    connect(pane, &ComparePane::runEnded, this, &CompareView::scheduleRefresh);
    connect(pane, &ComparePane::finished, this, &CompareView::onPaneFinished);
    connect(pane, &ComparePane::removeRequested, this,
            [this, pane] { removePane(int(m_panes.indexOf(pane))); });
    connect(pane, &ComparePane::workloadChanged, this, &CompareView::refreshDiffChoices);
    connect(pane, &ComparePane::workloadChanged, this, &CompareView::scheduleDraftSave);
    connect(pane, &ComparePane::paramsChanged, this, &CompareView::scheduleDraftSave);
    renumber();
    scheduleDraftSave();
    refreshSummary();
    refreshSpread();
    updateButtons();
    return pane;
}

bool CompareView::removePane(int index) {
    if (index < 0 || index >= m_panes.size() || m_panes.size() <= kMinPanes)
        return false;
    ComparePane* pane = m_panes[index];
    if (pane->isBusy())
        return false;
    m_panes.removeAt(index);
    disconnect(pane, nullptr, this, nullptr);
    pane->hide();
    pane->deleteLater(); // it may be inside its own button's signal
    renumber();
    scheduleDraftSave();
    refreshSummary();
    refreshSpread();
    updateButtons();
    return true;
}

void CompareView::setPaneCount(int count) {
    count = std::clamp(count, kMinPanes, kMaxPanes);
    while (m_panes.size() < count)
        addPane();
    while (m_panes.size() > count)
        if (!removePane(int(m_panes.size()) - 1))
            break;
}

void CompareView::renumber() {
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i]->setNumber(int(i) + 1);
        m_panes[i]->setRemovable(m_panes.size() > kMinPanes);
    }
    refreshDiffChoices();
}

QString CompareView::systemPrompt() const {
    return m_system->toPlainText();
}

void CompareView::setSystemPrompt(const QString& text) {
    m_system->setPlainText(text);
}

QString CompareView::prompt() const {
    return m_prompt->toPlainText();
}

void CompareView::setPrompt(const QString& text) {
    m_prompt->setPlainText(text);
}

QList<ChatMessage> CompareView::turns() const {
    QList<ChatMessage> out;
    for (int i = 0; i < m_turns->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* it = m_turns->topLevelItem(i);
        out.append({it->data(0, Qt::UserRole).toString(), it->text(1)});
    }
    return out;
}

void CompareView::setTurns(const QList<ChatMessage>& turns) {
    m_turns->clear();
    for (const ChatMessage& m : turns)
        addTurn(m.role, m.content);
}

void CompareView::addTurn(const QString& role, const QString& content) {
    auto* it = new QTreeWidgetItem(m_turns,
                                   {role == u"assistant" ? tr("assistant") : tr("user"), content});
    it->setData(0, Qt::UserRole, role == u"assistant" ? u"assistant"_s : u"user"_s);
    it->setFlags(it->flags() | Qt::ItemIsEditable);
    it->setToolTip(1, content.left(2000));
}

int CompareView::repeatCount() const {
    return m_repeatCount->value();
}

void CompareView::setRepeatCount(int n) {
    m_repeatCount->setValue(std::clamp(n, 1, kMaxRepeat));
}

bool CompareView::varySeed() const {
    return m_varySeed->isChecked();
}

void CompareView::setVarySeed(bool on) {
    m_varySeed->setChecked(on);
}

bool CompareView::isRunning() const {
    if (m_running)
        return true;
    return std::any_of(m_panes.cbegin(), m_panes.cend(),
                       [](const ComparePane* p) { return p->isBusy(); });
}

ChatRequest CompareView::sharedRequest() const {
    ChatRequest r;
    if (!systemPrompt().trimmed().isEmpty())
        r.system = systemPrompt();
    const QList<ChatMessage> earlier = turns();
    if (earlier.isEmpty()) {
        r.prompt = prompt();
    } else {
        r.messages = earlier;
        r.messages.append({u"user"_s, prompt()});
    }
    r.stream = true;
    return r;
}

Comparison CompareView::comparison() const {
    Comparison c = m_comparison;
    c.panes.clear();
    for (const ComparePane* p : m_panes)
        c.panes.append(p->result());
    return c;
}

void CompareView::send() {
    dispatch(1);
}

void CompareView::repeat() {
    dispatch(repeatCount());
}

void CompareView::dispatch(int repeats) {
    if (isRunning())
        return;
    if (prompt().trimmed().isEmpty()) {
        emit statusMessage(tr("Write a prompt first: it goes to every pane."));
        m_prompt->setFocus();
        return;
    }
    m_comparison = {};
    m_comparison.createdAt = QDateTime::currentDateTime();
    m_comparison.system = systemPrompt();
    m_comparison.prompt = prompt();
    m_comparison.turns = turns();
    m_comparison.repeat = std::clamp(repeats, 1, kMaxRepeat);
    m_comparison.varySeed = repeats > 1 && varySeed();
    m_running = true;
    m_waiting = int(m_panes.size());
    updateButtons();
    emit runStarted();
    const ChatRequest request = sharedRequest();
    // A copy: a pane that ends at once (no workload) must not disturb the iteration.
    const QList<ComparePane*> panes = m_panes;
    for (ComparePane* p : panes)
        p->start(request, m_comparison.repeat, m_comparison.varySeed);
    refreshSummary();
    refreshSpread();
}

void CompareView::stopAll() {
    for (ComparePane* p : std::as_const(m_panes))
        p->stop();
}

void CompareView::scheduleRefresh() {
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void CompareView::onPaneFinished() {
    if (!m_running || --m_waiting > 0) {
        scheduleRefresh(); // a pane's own retry, or others still going
        return;
    }
    m_refreshTimer->stop();
    refreshSummary();
    refreshSpread();
    m_running = false;
    if (m_store) {
        const qint64 id = m_store->save(comparison());
        if (id >= 0)
            m_comparison.id = id;
        else
            emit statusMessage(
                tr("The comparison could not be saved: %1").arg(m_store->lastError()));
    }
    refreshDiff();
    updateButtons();
    emit statusMessage(tr("Comparison finished"));
    emit comparisonFinished(m_comparison.id);
}

void CompareView::refreshSummary() {
    const Comparison c = comparison();
    QList<PaneSummary> sums;
    for (const ComparePaneResult& p : c.panes)
        sums.append(summarise(p));
    const QList<int> bestTtft = bestPanes(sums, CompareMetric::FirstToken);
    const QList<int> bestTps = bestPanes(sums, CompareMetric::TokensPerSecond);
    const QList<int> bestTotal = bestPanes(sums, CompareMetric::Total);
    m_summary->setRowCount(int(c.panes.size()));
    for (int i = 0; i < c.panes.size(); ++i) {
        const ComparePaneResult& p = c.panes[i];
        const PaneSummary& s = sums[i];
        const QString name =
            p.workloadName.isEmpty() ? m_panes[i]->workload().displayName() : p.workloadName;
        m_summary->setItem(i, 0, item(QString::number(i + 1)));
        m_summary->setItem(i, 1, item(name));
        m_summary->setItem(i, 2, item(s.model.isEmpty() ? u"—"_s : s.model));
        m_summary->setItem(i, 3, item(m_panes[i]->isBusy() ? tr("running") : s.state));
        m_summary->setItem(i, 4,
                           metricItem(formatMs(s.done ? s.firstTokenMs.median : -1),
                                      bestTtft.contains(i), tr("time to first token")));
        m_summary->setItem(
            i, 5,
            metricItem(number(s.tokensPerSecond.median, 1) +
                           (s.tokensPerSecond.count
                                ? (s.tokensFromUsage ? tr(" (usage)") : tr(" (chunks)"))
                                : QString()),
                       bestTps.contains(i), tr("tokens per second")));
        m_summary->setItem(
            i, 6, metricItem(formatMs(s.totalMs.median), bestTotal.contains(i), tr("total time")));
        m_summary->setItem(i, 7, metricItem(number(s.tokens.median, 0), false, {}));
        m_summary->setItem(i, 8, item(s.finishReason.isEmpty() ? u"—"_s : s.finishReason));
        m_summary->setItem(i, 9, metricItem(QString::number(s.distinct), false, {}));
    }
    m_summary->resizeColumnsToContents();
}

void CompareView::refreshSpread() {
    const Comparison c = comparison();
    m_spread->setRowCount(int(c.panes.size()));
    for (int i = 0; i < c.panes.size(); ++i) {
        const PaneSummary s = summarise(c.panes[i]);
        const QString name = c.panes[i].workloadName.isEmpty()
                                 ? m_panes[i]->workload().displayName()
                                 : c.panes[i].workloadName;
        m_spread->setItem(i, 0, item(QString::number(i + 1)));
        m_spread->setItem(i, 1, item(name));
        m_spread->setItem(i, 2, item(u"%1 / %2"_s.arg(s.done).arg(s.runs)));
        m_spread->setItem(i, 3, metricItem(formatMs(s.firstTokenMs.median), false, {}));
        m_spread->setItem(i, 4, metricItem(formatMs(s.firstTokenMs.min), false, {}));
        m_spread->setItem(i, 5, metricItem(formatMs(s.firstTokenMs.max), false, {}));
        m_spread->setItem(i, 6, metricItem(number(s.tokensPerSecond.median, 1), false, {}));
        m_spread->setItem(i, 7, metricItem(number(s.tokensPerSecond.min, 1), false, {}));
        m_spread->setItem(i, 8, metricItem(number(s.tokensPerSecond.max, 1), false, {}));
        m_spread->setItem(i, 9, metricItem(QString::number(s.distinct), false, {}));
    }
    m_spread->resizeColumnsToContents();
}

void CompareView::refreshDiffChoices() {
    const int a = std::max(0, m_diffA->currentIndex());
    const int b = m_diffB->currentIndex() < 0 ? 1 : m_diffB->currentIndex();
    QSignalBlocker blockA(m_diffA), blockB(m_diffB);
    m_diffA->clear();
    m_diffB->clear();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        const QString label =
            tr("Pane %1 · %2").arg(i + 1).arg(m_panes[i]->workload().displayName());
        m_diffA->addItem(label);
        m_diffB->addItem(label);
    }
    m_diffA->setCurrentIndex(std::min<int>(a, int(m_panes.size()) - 1));
    m_diffB->setCurrentIndex(std::min<int>(b, int(m_panes.size()) - 1));
    blockA.unblock();
    blockB.unblock();
    refreshDiff();
}

bool CompareView::diffEnabled() const {
    return m_diffOn->isChecked();
}

void CompareView::setDiffEnabled(bool on) {
    m_diffOn->setChecked(on);
}

void CompareView::setDiffPanes(int a, int b) {
    QSignalBlocker block(m_diffA);
    m_diffA->setCurrentIndex(a);
    block.unblock();
    m_diffB->setCurrentIndex(b);
    refreshDiff();
}

QPair<int, int> CompareView::diffPanes() const {
    return {m_diffA->currentIndex(), m_diffB->currentIndex()};
}

QString CompareView::diffSummary() const {
    return m_diffStats->text();
}

void CompareView::refreshDiff() {
    m_lastDiff = {};
    if (!m_diffOn->isChecked()) {
        m_diffStats->clear();
        m_diff->showMessage(tr("The diff is off: tick “Show diff” to compare two answers word "
                               "by word."));
        return;
    }
    const int a = m_diffA->currentIndex(), b = m_diffB->currentIndex();
    if (a < 0 || b < 0 || a >= m_panes.size() || b >= m_panes.size() || a == b) {
        m_diffStats->clear();
        m_diff->showMessage(tr("Pick two different panes as A and B."));
        return;
    }
    m_lastDiff = m_diff->showDiff(m_panes[a]->text(), m_panes[b]->text());
    QString stats = tr("pane %1 → pane %2: %3 words removed, %4 added, %5 kept")
                        .arg(a + 1)
                        .arg(b + 1)
                        .arg(m_lastDiff.deletedTokens)
                        .arg(m_lastDiff.insertedTokens)
                        .arg(m_lastDiff.equalTokens);
    if (m_lastDiff.identical())
        stats = tr("pane %1 and pane %2 gave the same answer").arg(a + 1).arg(b + 1);
    if (!m_lastDiff.complete)
        stats += tr(" (coarse: the answers are long, the search was cut short)");
    m_diffStats->setText(stats);
}

void CompareView::refreshSaved() {
    const qint64 current = m_saved->currentData().toLongLong();
    m_saved->clear();
    if (m_store) {
        for (const ComparisonEntry& e : m_store->list()) {
            m_saved->addItem(tr("#%1 · %2 · %3 panes · %4")
                                 .arg(e.id)
                                 .arg(e.title)
                                 .arg(e.panes)
                                 .arg(QLocale().toString(e.createdAt, QLocale::ShortFormat)),
                             e.id);
        }
    }
    const int index = m_saved->findData(current);
    if (index >= 0)
        m_saved->setCurrentIndex(index);
    updateButtons();
}

QList<qint64> CompareView::savedComparisonIds() const {
    QList<qint64> out;
    if (m_store)
        for (const ComparisonEntry& e : m_store->list())
            out.append(e.id);
    return out;
}

bool CompareView::reopen(qint64 comparisonId) {
    if (isRunning() || !m_store)
        return false;
    std::optional<Comparison> c = m_store->load(comparisonId);
    if (!c || c->panes.isEmpty())
        return false;
    setPaneCount(int(c->panes.size()));
    for (qsizetype i = 0; i < m_panes.size() && i < c->panes.size(); ++i)
        m_panes[i]->showResult(c->panes[i]);
    setSystemPrompt(c->system);
    setPrompt(c->prompt);
    setTurns(c->turns);
    if (c->repeat > 1)
        setRepeatCount(c->repeat);
    setVarySeed(c->varySeed);
    m_comparison = *c;
    refreshDiffChoices();
    refreshSummary();
    refreshSpread();
    const int index = m_saved->findData(comparisonId);
    if (index >= 0)
        m_saved->setCurrentIndex(index);
    emit statusMessage(tr("Reopened comparison #%1").arg(comparisonId));
    return true;
}

bool CompareView::deleteComparison(qint64 comparisonId) {
    if (!m_store || !m_store->remove(comparisonId))
        return false;
    if (m_comparison.id == comparisonId)
        m_comparison.id = -1; // what the panes show is no longer saved
    return true;
}

bool CompareView::deleteSelected() {
    if (!m_store || isRunning() || m_saved->currentIndex() < 0)
        return false;
    const qint64 id = m_saved->currentData().toLongLong();
    const QString title = m_saved->currentText();
    const bool yes =
        m_confirmDelete
            ? m_confirmDelete(id, title)
            : QMessageBox::question(this, tr("Delete comparison"),
                                    tr("Delete the saved comparison “%1”? Its runs stay in "
                                       "history.")
                                        .arg(title),
                                    QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return false;
    if (!deleteComparison(id)) {
        emit statusMessage(tr("The comparison could not be deleted: %1").arg(m_store->lastError()));
        return false;
    }
    emit statusMessage(tr("Deleted comparison #%1").arg(id));
    return true;
}

// ---------------------------------------------------------------- the draft

QString CompareView::draftSettingsKey() {
    return u"compare/draft"_s;
}

void CompareView::scheduleDraftSave() {
    if (!m_loadingDraft)
        m_draftTimer->start();
}

void CompareView::saveDraftNow() {
    m_draftTimer->stop();
    QJsonArray turns;
    for (const ChatMessage& m : this->turns())
        turns.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    QJsonArray panes;
    for (const ComparePane* p : std::as_const(m_panes))
        panes.append(QJsonObject{{u"workload"_s, p->workload().id},
                                 {u"name"_s, p->workload().displayName()},
                                 {u"params"_s, paramsToJson(p->params())},
                                 {u"stream"_s, p->stream()}});
    writeDraft(draftSettingsKey(), QJsonObject{{u"system"_s, systemPrompt()},
                                               {u"turns"_s, turns},
                                               {u"prompt"_s, prompt()},
                                               {u"repeat"_s, repeatCount()},
                                               {u"varySeed"_s, varySeed()},
                                               {u"panes"_s, panes}});
}

void CompareView::loadDraft() {
    m_loadingDraft = true;
    const QJsonObject draft = readDraft(draftSettingsKey());
    if (!draft.isEmpty()) {
        setSystemPrompt(draft[u"system"].toString());
        QList<ChatMessage> turns;
        for (const QJsonValue& t : draft[u"turns"].toArray())
            turns.append({t[u"role"].toString(), t[u"content"].toString()});
        setTurns(turns);
        setPrompt(draft[u"prompt"].toString());
        if (draft.contains(u"repeat"))
            setRepeatCount(draft[u"repeat"].toInt());
        setVarySeed(draft[u"varySeed"].toBool());
        const QJsonArray panes = draft[u"panes"].toArray();
        setPaneCount(int(panes.size()));
        m_draftWorkloads.clear();
        for (qsizetype i = 0; i < m_panes.size() && i < panes.size(); ++i) {
            const QJsonObject p = panes[i].toObject();
            m_panes[i]->setParams(paramsFromJson(p[u"params"].toObject()));
            m_panes[i]->paramsEditor()->setStream(p[u"stream"].toBool(true));
            const QString id = p[u"workload"].toString();
            m_draftWorkloads.append(id);
            if (!id.isEmpty())
                m_panes[i]->setWorkloadId(id, p[u"name"].toString());
        }
    }
    m_loadingDraft = false;
}

QString CompareView::exportMarkdown() const {
    return comparisonMarkdown(comparison());
}

QByteArray CompareView::exportJson() const {
    return comparisonJson(comparison(), true);
}

bool CompareView::exportTo(const QString& path, ExportFormat format, QString* error) const {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(format == ExportFormat::Markdown ? exportMarkdown().toUtf8() : exportJson());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void CompareView::exportWith(ExportFormat format) {
    const bool md = format == ExportFormat::Markdown;
    const QString base =
        m_comparison.id >= 0 ? u"comparison-%1"_s.arg(m_comparison.id) : u"comparison"_s;
    const QString name = base + (md ? u".md"_s : u".json"_s);
    const QString filter = md ? tr("Markdown (*.md)") : tr("JSON (*.json)");
    QPointer<CompareView> self(this);
    auto write = [self, format](const QString& path) {
        if (!self || path.isEmpty())
            return;
        QString error;
        if (self->exportTo(path, format, &error))
            emit self->statusMessage(tr("Exported to %1").arg(path));
        else
            emit self->statusMessage(tr("Export failed: %1").arg(error));
    };
    if (m_saveFileHook) {
        m_saveFileHook(name, filter, write);
        return;
    }
    // Not exec(): the streams keep going while the dialog is open.
    auto* dialog = new QFileDialog(this, tr("Export comparison"), name, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

void CompareView::updateButtons() {
    const bool running = isRunning();
    m_send->setEnabled(!running);
    m_repeat->setEnabled(!running);
    m_stopAll->setEnabled(running);
    m_addPane->setEnabled(!running && m_panes.size() < kMaxPanes);
    m_reopen->setEnabled(!running && m_saved->count() > 0);
    m_delete->setEnabled(!running && m_store && m_saved->currentIndex() >= 0);
    m_saved->setEnabled(m_store != nullptr);
}

} // namespace ik
