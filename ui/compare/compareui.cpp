// The compare view's parts. A vertical splitter holds, top to bottom: the shared input with one
// row of controls, the panes, and the summary / diff / spread tabs. The panes take the height a
// window gains; the input and the tabs keep what they need (a 1024×700 window still shows a
// screenful of every answer), and every handle stays draggable.

#include "compareview.h"

#include "comparemodels.h"
#include "comparestore.h"
#include "diffview.h"
#include "responseformateditor.h"
#include "toolseditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// The best value is bold as well as starred (the model's BestRole; the star is in its text).
class BestInBold : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override {
        if (role != Qt::FontRole || !QIdentityProxyModel::data(index, BestRole).toBool())
            return QIdentityProxyModel::data(index, role);
        QFont bold;
        bold.setBold(true);
        return bold;
    }
};

QPushButton* button(const QString& text, const QString& name, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QPlainTextEdit* inputEdit(const QString& name, const QString& accessibleName, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(40);
    return edit;
}

// A label above its field.
QVBoxLayout* labelled(QLabel* label, QWidget* field) {
    auto* box = new QVBoxLayout;
    box->setSpacing(2);
    label->setBuddy(field);
    box->addWidget(label);
    box->addWidget(field, 1);
    return box;
}

} // namespace

void CompareView::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"compareSplitter"_s);
    m_splitter->addWidget(buildInput());
    m_splitter->addWidget(buildPanes());
    m_splitter->addWidget(buildTabs());
    // Nothing disappears under a dragged handle: each part keeps its minimum.
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->installEventFilter(this); // fitted to the height it gets (fitSplitter)
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_userSized = true; });
    outer->addWidget(m_splitter);
    connectControls();
    connectDraft();
    connectShortcuts();
}

// System prompt | earlier turns | prompt side by side, the controls in one row below them.
QWidget* CompareView::buildInput() {
    auto* top = new QWidget(this);
    top->setObjectName(u"compareInput"_s);
    auto* layout = new QVBoxLayout(top);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_system = inputEdit(u"compareSystem"_s, tr("System prompt sent to every pane"), top);
    m_system->setPlaceholderText(tr("Optional system prompt"));
    m_prompt = inputEdit(u"comparePrompt"_s, tr("Prompt sent to every pane"), top);
    setFocusProxy(m_prompt); // Ctrl+2 lands in the prompt
    auto* inputs = new QHBoxLayout;
    inputs->addLayout(labelled(new QLabel(tr("System prompt"), top), m_system), 1);
    inputs->addWidget(buildTurns(top), 1);
    inputs->addLayout(
        labelled(
            new QLabel(tr("&Prompt (Ctrl+Enter sends to every pane, Esc stops them all)"), top),
            m_prompt),
        2);
    layout->addLayout(inputs, 1);
    layout->addWidget(buildExtras(top));
    layout->addLayout(buildControls());
    m_system->installEventFilter(this);
    m_prompt->installEventFilter(this);
    return top;
}

QWidget* CompareView::buildTurns(QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_turns = new QTreeWidget(box);
    m_turns->setObjectName(u"compareTurns"_s);
    m_turns->setAccessibleName(tr("Earlier turns of the conversation sent to every pane"));
    m_turns->setColumnCount(2);
    m_turns->setHeaderLabels({tr("Role"), tr("Text")});
    m_turns->setRootIsDecorated(false);
    m_turns->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_turns->setMinimumHeight(40);
    auto* addUser = new QToolButton(box);
    addUser->setObjectName(u"compareAddUserTurn"_s);
    addUser->setText(tr("+ user"));
    addUser->setToolTip(tr("Move the prompt into the conversation as a user turn"));
    auto* addAssistant = new QToolButton(box);
    addAssistant->setObjectName(u"compareAddAssistantTurn"_s);
    addAssistant->setText(tr("+ answer of diff A"));
    addAssistant->setToolTip(tr("Add the answer of the pane chosen as A in the diff tab as an "
                                "assistant turn"));
    auto* removeTurn = new QToolButton(box);
    removeTurn->setObjectName(u"compareRemoveTurn"_s);
    removeTurn->setText(tr("Remove"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addUser);
    buttons->addWidget(addAssistant);
    buttons->addWidget(removeTurn);
    buttons->addStretch(1);
    layout->addLayout(
        labelled(new QLabel(tr("Earlier &turns (optional conversation)"), box), m_turns), 1);
    layout->addLayout(buttons);
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
    return box;
}

// Sending and repeating; one row.
QHBoxLayout* CompareView::buildControls() {
    QWidget* top = m_prompt->parentWidget();
    m_send = button(tr("Send to all"), u"compareSend"_s, top);
    m_send->setToolTip(tr("Send the prompt to every pane at once (Ctrl+Enter)"));
    m_stopAll = button(tr("Stop all"), u"compareStopAll"_s, top);
    m_stopAll->setToolTip(tr("Stop every pane (Esc); partial answers are kept"));
    m_addPane = button(tr("Add pane"), u"compareAddPane"_s, top);
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
    m_repeat = button(tr("Repeat"), u"compareRepeat"_s, top);
    m_repeat->setToolTip(tr("Run every pane N times and show the spread"));
    m_extrasToggle = new QToolButton(top);
    m_extrasToggle->setObjectName(u"compareExtrasToggle"_s);
    m_extrasToggle->setText(tr("Too&ls && format"));
    m_extrasToggle->setCheckable(true);
    // Text only, and no spacing before it: at 1024 px the row has no width to spare.
    m_extrasToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_extrasToggle->setToolTip(tr("The tools and the response format sent to every pane"));
    connect(m_extrasToggle, &QToolButton::toggled, m_extras, &QWidget::setVisible);
    auto* bar = new QHBoxLayout;
    for (QWidget* w : {static_cast<QWidget*>(m_send), static_cast<QWidget*>(m_stopAll),
                       static_cast<QWidget*>(m_addPane)})
        bar->addWidget(w);
    bar->addSpacing(12);
    for (QWidget* w : {static_cast<QWidget*>(repeatLabel), static_cast<QWidget*>(m_repeatCount),
                       static_cast<QWidget*>(m_varySeed), static_cast<QWidget*>(m_repeat)})
        bar->addWidget(w);
    bar->addWidget(m_extrasToggle);
    bar->addStretch(1);
    return bar;
}

// The same tools and response format go to every pane: what differs between panes is the
// workload and its sampling parameters, so their answers can be compared call for call.
QWidget* CompareView::buildExtras(QWidget* parent) {
    m_extras = new QWidget(parent);
    m_extras->setObjectName(u"compareExtras"_s);
    auto* row = new QHBoxLayout(m_extras);
    row->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QGroupBox(tr("Tools"), m_extras);
    auto* toolsLayout = new QVBoxLayout(tools);
    m_tools = new ToolsEditor(tools);
    toolsLayout->addWidget(m_tools);
    m_format = new ResponseFormatEditor(m_extras);
    row->addWidget(tools, 1);
    row->addWidget(m_format, 1);
    m_extras->hide();
    return m_extras;
}

// The saved comparisons and the exports, beside the tabs (they cost no height of their own).
QHBoxLayout* CompareView::buildKeeping() {
    QWidget* parent = m_tabs;
    m_saved = new QComboBox(parent);
    m_saved->setObjectName(u"compareSaved"_s);
    m_saved->setAccessibleName(tr("Saved comparisons"));
    m_saved->setPlaceholderText(tr("Saved comparisons"));
    m_saved->setToolTip(tr("Saved comparisons: pick one to reopen or delete"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(14);
    m_reopen = button(tr("Reopen"), u"compareReopen"_s, parent);
    m_delete = button(tr("Delete"), u"compareDelete"_s, parent);
    m_delete->setAccessibleName(tr("Delete the selected saved comparison"));
    m_delete->setToolTip(tr("Delete the selected saved comparison (its runs stay in history)"));
    // One button, two formats: the row must fit beside the tabs in a narrow window. The same
    // actions are the view's File menu entries (spec()).
    m_exportMd = new QAction(tr("Export comparison as &Markdown…"), this);
    m_exportMd->setObjectName(u"compareExportMarkdown"_s);
    m_exportJson = new QAction(tr("Export comparison as &JSON…"), this);
    m_exportJson->setObjectName(u"compareExportJson"_s);
    auto* exportButton = new QToolButton(parent);
    exportButton->setObjectName(u"compareExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setAccessibleName(tr("Export the comparison as Markdown or JSON"));
    exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(m_exportMd);
    menu->addAction(m_exportJson);
    exportButton->setMenu(menu);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : {static_cast<QWidget*>(m_saved), static_cast<QWidget*>(m_reopen),
                       static_cast<QWidget*>(m_delete), static_cast<QWidget*>(exportButton)})
        bar->addWidget(w);
    return bar;
}

// Narrow windows scroll the panes sideways instead of growing to fit six of them; a short one
// scrolls them up and down rather than clip a pane's error card.
QWidget* CompareView::buildPanes() {
    m_paneScroll = new QScrollArea(this);
    m_paneScroll->setObjectName(u"comparePaneScroll"_s);
    m_paneScroll->setWidgetResizable(true);
    m_paneScroll->setFrameShape(QFrame::NoFrame);
    m_paneScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_paneSplitter = new QSplitter(Qt::Horizontal);
    m_paneSplitter->setObjectName(u"comparePanes"_s);
    m_paneSplitter->setChildrenCollapsible(false);
    m_paneScroll->setWidget(m_paneSplitter);
    return m_paneScroll;
}

QWidget* CompareView::buildTabs() {
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"compareTabs"_s);
    m_summary = buildTable(m_summaryModel, u"compareSummary"_s,
                           tr("Summary across panes; ★ marks the best value"));
    m_tabs->addTab(m_summary, tr("Summary (★ best)"));
    m_tabs->addTab(buildDiffPage(), tr("Diff"));
    m_spread = buildTable(m_spreadModel, u"compareSpread"_s, tr("Spread of repeated runs"));
    m_tabs->addTab(m_spread, tr("Spread"));
    auto* corner = new QWidget(m_tabs);
    corner->setLayout(buildKeeping());
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    // The tables scroll: a short window gives their height to the panes first.
    m_tabs->setMinimumHeight(90);
    return m_tabs;
}

QTableView* CompareView::buildTable(QAbstractItemModel* model, const QString& name,
                                    const QString& accessibleName) {
    auto* table = new QTableView(m_tabs);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    auto* bold = new BestInBold(table);
    bold->setSourceModel(model);
    table->setModel(bold);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    // Columns fit their texts whenever the figures change.
    connect(model, &QAbstractItemModel::dataChanged, table,
            [table] { table->resizeColumnsToContents(); });
    connect(model, &QAbstractItemModel::modelReset, table,
            [table] { table->resizeColumnsToContents(); });
    return table;
}

QWidget* CompareView::buildDiffPage() {
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    m_diffOn = new QCheckBox(tr("Show &diff"), page);
    m_diffOn->setObjectName(u"compareDiffOn"_s);
    m_diffA = new QComboBox(page);
    m_diffA->setObjectName(u"compareDiffA"_s);
    m_diffA->setAccessibleName(tr("Answer A"));
    m_diffB = new QComboBox(page);
    m_diffB->setObjectName(u"compareDiffB"_s);
    m_diffB->setAccessibleName(tr("Answer B"));
    m_diffStats = new QLabel(page);
    m_diffStats->setObjectName(u"compareDiffStats"_s);
    m_diffStats->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_diffOn);
    bar->addWidget(new QLabel(tr("A:"), page));
    bar->addWidget(m_diffA);
    bar->addWidget(new QLabel(tr("B:"), page));
    bar->addWidget(m_diffB);
    bar->addWidget(m_diffStats, 1);
    m_diffLegend = new QLabel(page);
    m_diffLegend->setObjectName(u"compareDiffLegend"_s);
    m_diffLegend->setTextFormat(Qt::RichText);
    m_diffLegend->setWordWrap(true);
    m_diffLegend->setText(DiffView::legendHtml(m_diffLegend->palette()));
    m_diff = new DiffView(page);
    layout->addLayout(bar);
    layout->addWidget(m_diffLegend);
    layout->addWidget(m_diff, 1);
    return page;
}

void CompareView::connectControls() {
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
    connect(m_exportMd, &QAction::triggered, this, [this] { exportWith(ExportFormat::Markdown); });
    connect(m_exportJson, &QAction::triggered, this, [this] { exportWith(ExportFormat::Json); });
    connect(m_diffOn, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_tabs->setCurrentIndex(1);
        refreshDiff();
    });
    connect(m_diffA, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_diffWantA = std::max(0, i);
        refreshDiff();
    });
    connect(m_diffB, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_diffWantB = std::max(0, i);
        refreshDiff();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &CompareView::fitSplitter);
    if (m_store)
        connect(m_store, &CompareStore::changed, this, &CompareView::refreshSaved);
}

// Every change of the input is kept as a draft.
void CompareView::connectDraft() {
    connect(m_system, &QPlainTextEdit::textChanged, this, &CompareView::scheduleDraftSave);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &CompareView::scheduleDraftSave);
    QAbstractItemModel* turnsModel = m_turns->model();
    connect(turnsModel, &QAbstractItemModel::rowsInserted, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::rowsRemoved, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::dataChanged, this, &CompareView::scheduleDraftSave);
    connect(turnsModel, &QAbstractItemModel::modelReset, this, &CompareView::scheduleDraftSave);
    connect(m_repeatCount, &QSpinBox::valueChanged, this, &CompareView::scheduleDraftSave);
    connect(m_varySeed, &QCheckBox::toggled, this, &CompareView::scheduleDraftSave);
}

// Also when the focus is on a pane's answer rather than in the prompt box.
void CompareView::connectShortcuts() {
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &CompareView::send);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, this, &CompareView::stopAll);
}

// Until the user drags a handle, the input and the tabs get what they ask for (the summary at
// most a quarter of the height, the diff readable lines up to half of it) and the panes the rest.
void CompareView::fitSplitter() {
    if (m_userSized || !m_splitter || height() <= 0)
        return;
    const int total = m_splitter->height() - 2 * m_splitter->handleWidth();
    // The input: its minimum and one more line, so the prompt shows about three.
    const int input =
        m_splitter->widget(0)->minimumSizeHint().height() + m_prompt->fontMetrics().lineSpacing();
    const bool diff = m_tabs->currentWidget() == m_diff->parentWidget();
    // The summary: its rows.
    const int rows = m_summary->horizontalHeader()->sizeHint().height() +
                     m_summary->verticalHeader()->defaultSectionSize() *
                         std::max(m_summaryModel->rowCount(), kMinPanes) +
                     2 * m_summary->frameWidth();
    const int wanted = m_tabs->tabBar()->sizeHint().height() + (diff ? diffPageHeight() : rows) + 8;
    const int tabs = std::clamp(wanted, m_tabs->minimumHeight(),
                                std::max(m_tabs->minimumHeight(), total / (diff ? 2 : 4)));
    m_splitter->setSizes({input, std::max(0, total - input - tabs), tabs});
}

// The diff page with its bar, its legend and DiffView::kReadableLines lines of text.
int CompareView::diffPageHeight() const {
    const QWidget* page = m_diff->parentWidget();
    const QMargins m = page->layout()->contentsMargins();
    const int spacing = page->layout()->spacing();
    const int text = DiffView::kReadableLines * m_diff->fontMetrics().lineSpacing() +
                     2 * int(m_diff->document()->documentMargin()) + 2 * m_diff->frameWidth();
    return m.top() + m.bottom() + m_diffOn->sizeHint().height() + spacing +
           m_diffLegend->heightForWidth(std::max(200, page->width() - m.left() - m.right())) +
           spacing + text;
}

void CompareView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_diffLegend)
        m_diffLegend->setText(DiffView::legendHtml(m_diffLegend->palette()));
}

} // namespace ik
