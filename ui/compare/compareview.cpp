// The compare view: its panes, the shared input and one send to every pane. The parts are built
// in compareui.cpp; saving, reopening, the draft, the diff and the exports are in
// comparekeep.cpp.

#include "compareview.h"

#include "comparemodels.h"
#include "comparestore.h"
#include "drafts.h"
#include "errorcard.h"
#include "history.h"
#include "responseformateditor.h"
#include "sendkeys.h"
#include "toolseditor.h"
#include "turnqueue.h"

#include <QCheckBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

CompareView::CompareView(const SessionServices* services, QWidget* parent)
    : QWidget(parent), m_source(services), m_turnQueue(new TurnQueue(this)),
      m_summaryModel(new CompareSummaryModel(this)), m_spreadModel(new CompareSpreadModel(this)) {
    syncServices();
    // Panes ending together refresh the tables once, not once each.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompareView::refreshTables);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CompareView::saveDraftNow);
    if (services->history)
        m_store = new CompareStore(services->history, this);
    buildUi();
    for (int i = 0; i < kMinPanes; ++i)
        addPane();
    loadDraft();
    refreshSaved();
    refreshTables();
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
    // Panes hold runs whose signals must not reach a half-destroyed view. They go now, while the
    // services their sessions write the last history rows with are still here.
    for (ComparePane* p : std::as_const(m_panes))
        disconnect(p, nullptr, this, nullptr);
    qDeleteAll(std::exchange(m_panes, {}));
}

ui::ViewSpec CompareView::spec() {
    ui::ViewSpec s;
    s.id = u"compare"_s;
    s.title = tr("&Compare");
    s.shortcut = QKeySequence(Qt::CTRL | Qt::Key_2);
    s.kinds = {};    // the panes pick their own workloads
    s.widget = this; // its focus proxy is the prompt: the shortcut lands there
    s.menuEntries = {{ui::MenuRole::File, m_exportMd}, {ui::MenuRole::File, m_exportJson}};
    return s;
}

// The session services as the window has them now (a fault header set since), with this view's
// turn queue: panes that end together then write their history rows a turn each.
void CompareView::syncServices() {
    m_services.session = *m_source;
    m_services.session.turns = m_turnQueue;
}

void CompareView::setWorkload(const Workload& workload) {
    m_current = workload;
}

QList<Workload> CompareView::chatWorkloads() const {
    QList<Workload> chat;
    for (const Workload& w : m_workloads)
        if (w.kind == WorkloadKind::Chat)
            chat.append(w);
    return chat;
}

void CompareView::setWorkloads(const QList<Workload>& workloads) {
    const bool first = m_workloads.isEmpty();
    m_workloads = workloads;
    const QList<Workload> chat = chatWorkloads();
    for (qsizetype i = 0; i < m_panes.size(); ++i) {
        m_panes[i]->setWorkloads(workloads);
        // The first time, spread the panes over the workloads so a comparison is one click away;
        // a pane restored from the draft keeps its workload even when this list does not hold it
        // yet (the sandbox's workloads come after the saved ones).
        if (first && !chat.isEmpty() && m_draftWorkloads.value(i).isEmpty())
            m_panes[i]->setWorkloadId(chat[i % chat.size()].id);
    }
    if (first && !chat.isEmpty())
        m_draftWorkloads.clear();
    refreshDiffChoices();
    updateButtons();
}

void CompareView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return;
    setHeader(&m_services.options.extraHeaders, name, value);
}

void CompareView::setTimeouts(int connectMs, int idleMs) {
    m_services.options.connectTimeoutMs = connectMs;
    m_services.options.idleTimeoutMs = idleMs;
}

// The window's current chat workload when no pane shows it yet, else the next one in the list.
QString CompareView::newPaneWorkload() const {
    const QList<Workload> chat = chatWorkloads();
    const bool currentListed = m_current.kind == WorkloadKind::Chat &&
                               std::any_of(chat.cbegin(), chat.cend(),
                                           [&](const Workload& w) { return w.id == m_current.id; });
    const bool shown = std::any_of(m_panes.cbegin(), m_panes.cend(), [&](const ComparePane* p) {
        return p->workload().id == m_current.id;
    });
    if (currentListed && !shown)
        return m_current.id;
    return chat.isEmpty() ? QString() : chat[m_panes.size() % chat.size()].id;
}

ComparePane* CompareView::addPane() {
    if (m_panes.size() >= kMaxPanes)
        return nullptr;
    auto* pane = new ComparePane(&m_services, m_paneSplitter);
    pane->setWorkloads(m_workloads);
    if (const QString id = newPaneWorkload(); !id.isEmpty())
        pane->setWorkloadId(id);
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
    connect(pane, &ComparePane::workloadChanged, this, &CompareView::scheduleRefresh);
    connect(pane, &ComparePane::paramsChanged, this, &CompareView::scheduleDraftSave);
    renumber();
    scheduleDraftSave();
    refreshTables();
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
    pane->session()->release(); // its last history row is written while the services are here
    pane->hide();
    pane->deleteLater(); // it may be inside its own button's signal
    renumber();
    scheduleDraftSave();
    refreshTables();
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

bool CompareView::sharedRequest(ChatRequest* out, QString* why) const {
    ChatRequest& r = *out;
    r = {};
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
    return m_tools->applyTo(&r, why) && m_format->applyTo(&r, why);
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
    ChatRequest request;
    QString why;
    if (!sharedRequest(&request, &why)) {
        emit statusMessage(tr("Not sent: %1").arg(why));
        m_extrasToggle->setChecked(true); // where the mistake is
        return;
    }
    syncServices();
    m_comparison = {};
    m_comparison.createdAt = QDateTime::currentDateTime();
    m_comparison.system = systemPrompt();
    m_comparison.prompt = prompt();
    m_comparison.turns = turns();
    m_comparison.repeat = std::clamp(repeats, 1, kMaxRepeat);
    m_comparison.varySeed = repeats > 1 && varySeed();
    // Every pane's runs say in history which comparison they came from, and which run of it.
    m_services.options.origin = compareOrigin(m_comparison.createdAt.toString(Qt::ISODateWithMs),
                                              comparisonTitle(m_comparison), m_comparison.repeat);
    m_running = true;
    m_waiting = int(m_panes.size());
    updateButtons();
    emit runStarted();
    // A copy: a pane that ends at once (no workload) must not disturb the iteration.
    const QList<ComparePane*> panes = m_panes;
    for (ComparePane* p : panes)
        p->start(request, m_comparison.repeat, m_comparison.varySeed);
    refreshTables();
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
    refreshTables();
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

// Both tables read the comparison as the panes hold it; a pane not sent yet is named by its pick.
void CompareView::refreshTables() {
    Comparison c = comparison();
    QList<bool> running;
    for (qsizetype i = 0; i < c.panes.size(); ++i) {
        if (c.panes[i].workloadName.isEmpty())
            c.panes[i].workloadName = m_panes[i]->workload().displayName();
        running.append(m_panes[i]->isBusy());
    }
    m_summaryModel->setComparison(c, running);
    m_spreadModel->setComparison(c, running);
    // A cost needs a price: without one on any pane the column would only hold dashes.
    m_summary->setColumnHidden(CompareSummaryModel::Cost, !m_summaryModel->hasPrices());
}

bool CompareView::eventFilter(QObject* watched, QEvent* event) {
    const QEvent::Type type = event->type();
    if (watched == m_splitter && type == QEvent::Resize)
        fitSplitter();
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
    if (watched == m_prompt || watched == m_system) {
        const ui::SendKey key = ui::sendKeyOf(event);
        if (key == ui::SendKey::Send) {
            send();
            return true;
        }
        if (key == ui::SendKey::Stop && isRunning()) {
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
