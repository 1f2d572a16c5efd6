// The playground's frame: its pages, the answer pane, the inspector, and the workload it talks
// to, with each workload's conversation view kept while another one is shown.

#include "playgroundview.h"

#include "confirmbar.h"
#include "conversationmodel.h"
#include "drafts.h"
#include "errorcard.h"
#include "fitlabel.h"
#include "historypanel.h"
#include "inspector.h"
#include "sendkeys.h"
#include "sidepanel.h"
#include "streamview.h"
#include "thinkingblock.h"
#include "transcriptview.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// The key of a workload's entries in memory: its id, else (not saved yet) its account.
QString workloadKey(const Workload& w) {
    return w.id.isEmpty() ? w.account() : w.id;
}

bool isUnset(const Workload& w) {
    return w.id.isEmpty() && w.slug.isEmpty();
}

} // namespace

PlaygroundView::PlaygroundView(const SessionServices* services, QWidget* parent)
    : QWidget(parent), m_services(services), m_session(new RunSession(services, this)) {
    setObjectName(u"playground"_s);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDebounceMs);
    connect(m_draftTimer, &QTimer::timeout, this, &PlaygroundView::saveDraftNow);
    m_saveFileHook = [this](const QString& suggested, const QString& filter,
                            std::function<void(QString)> done) {
        // open(), not exec(): the event loop keeps running while the dialog is up.
        auto* dialog = new QFileDialog(this, tr("Export"), suggested, filter);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, [done](const QString& p) { done(p); });
        dialog->open();
    };
    m_conversation = newConversation();
    buildUi();
    showConversation(m_conversation);
    connectSession();
    if (History* history = services->history)
        connect(history, &History::changed, this, [this] {
            if (!isRunning())
                m_historyPanel->refreshSoon();
        });
    updateButtons();
}

PlaygroundView::~PlaygroundView() {
    if (m_draftTimer->isActive())
        saveDraftNow();
    // Closing mid-stream: the session ends the run, and history keeps what came, marked as
    // stopped. Nothing of that reaches this half-destroyed view.
    disconnect(m_session, nullptr, this, nullptr);
    if (Run* run = m_session->run())
        run->disconnect(this);
    m_session->cancel();
    delete m_inspector; // it may sit in the window's dock; it shows this view's runs only
}

ui::ViewSpec PlaygroundView::spec() {
    ui::ViewSpec spec;
    spec.id = u"playground"_s;
    spec.title = tr("&Playground");
    // The window's resources (ikui) hold the kind icons; alone, the view simply has none.
    spec.icon = QIcon(u":/icons/chat.svg"_s);
    spec.shortcut = QKeySequence(Qt::CTRL | Qt::Key_1);
    spec.kinds = {WorkloadKind::Chat};
    spec.widget = this;
    spec.dock = m_inspector.data();
    spec.dockTitle = tr("Inspector");
    spec.dockShortcut = QKeySequence(Qt::CTRL | Qt::Key_I);
    spec.menuEntries.append({ui::MenuRole::View, m_paramsPanel->toggleAction()});
    return spec;
}

QWidget* PlaygroundView::inspector() const {
    return m_inspector;
}

void PlaygroundView::buildUi() {
    m_leftTabs = new QTabWidget(this);
    m_leftTabs->setObjectName(u"playgroundTabs"_s);
    m_leftTabs->addTab(buildComposePage(), tr("Compose"));
    m_historyPanel = new HistoryPanel(m_services->history, this);
    m_leftTabs->addTab(m_historyPanel, tr("History"));
    connect(m_leftTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_leftTabs->currentWidget() == m_historyPanel)
            refreshHistory();
    });
    connect(m_historyPanel, &HistoryPanel::reopenRequested, this, &PlaygroundView::reopen);
    connect(m_historyPanel, &HistoryPanel::deleteRequested, this, &PlaygroundView::deleteRun);
    connect(m_historyPanel, &HistoryPanel::exportRequested, this, &PlaygroundView::exportSelected);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"playgroundSplitter"_s);
    split->addWidget(m_leftTabs);
    split->addWidget(buildAnswerPane());
    // The transcript is the main area and gets the larger share; at 1024 pixels the composer is
    // then at the least it needs beside the Parameters panel, which sits beside the conversation,
    // not behind a tab: what is in effect stays in sight while composing (playgroundpanel.cpp).
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({300, 700});
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(split, 1);
    layout->addWidget(buildParamsPanel());
    buildInspector();
    buildShortcuts();
}

// The main area: the transcript, and under it, as its last entry, the answer view where the
// live answer streams (StreamView: cheap appends) with its Thinking block.
QWidget* PlaygroundView::buildAnswerPane() {
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"transcriptSplitter"_s);
    m_transcript = new TranscriptView(split);
    connect(m_transcript, &TranscriptView::regenerateRequested, this,
            &PlaygroundView::regenerateFrom);
    connect(m_transcript, &TranscriptView::revised, this, [this](int row) {
        if (m_conversation->turn(row).role == u"user")
            regenerateFrom(row);
    });
    auto* pane = new QWidget(split);
    pane->setObjectName(u"answerPane"_s);
    m_answerPane = pane;
    pane->hide(); // until something is sent
    m_answer = new StreamView(pane);
    m_metrics = new ui::FitLabel(pane);
    m_metrics->setObjectName(u"metrics"_s);
    m_metrics->setAccessibleName(tr("Metrics"));
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorCard = new ErrorCard(pane);
    m_errorCard->installEventFilter(this); // a card shown brings the pane it sits in
    connect(m_errorCard, &ErrorCard::retryRequested, this, &PlaygroundView::retry);
    m_thinking = new ThinkingBlock(pane);
    auto* layout = new QVBoxLayout(pane);
    layout->addWidget(m_errorCard);
    layout->addWidget(m_thinking);
    layout->addWidget(m_answer, 1);
    layout->addWidget(buildToolCallsArea(pane));
    layout->addWidget(m_metrics);
    split->addWidget(m_transcript);
    split->addWidget(pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void PlaygroundView::buildInspector() {
    m_inspector = new Inspector(this);
    m_inspector->hide();
    connect(m_inspector, &Inspector::frameRangeSelected, m_answer, &StreamView::highlightRange);
    connect(m_answer, &StreamView::selectionRangeChanged, m_inspector, &Inspector::selectFramesFor);
    connect(m_answer, &StreamView::alternativeChosen, this, &PlaygroundView::regenerateFromToken);
}

void PlaygroundView::buildShortcuts() {
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &PlaygroundView::stop);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &PlaygroundView::send);
}

bool PlaygroundView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_errorCard && event->type() == QEvent::ShowToParent)
        m_answerPane->show();
    if (watched == m_prompt) {
        const ui::SendKey key = ui::sendKeyOf(event);
        if (key == ui::SendKey::Send) {
            send();
            return true;
        }
        if (key == ui::SendKey::Stop && isRunning()) {
            stop();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PlaygroundView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    // Authorization is refused: the key only ever travels in the header the session builds.
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return;
    setHeader(&m_options.extraHeaders, name, value);
}

void PlaygroundView::setTimeouts(int connectMs, int idleMs) {
    m_options.connectTimeoutMs = connectMs;
    m_options.idleTimeoutMs = idleMs;
}

// ---------------------------------------------------------------- the workload

bool PlaygroundView::servesWorkload() const {
    return m_workload.kind == WorkloadKind::Chat;
}

QString PlaygroundView::kindNotice() const {
    if (servesWorkload())
        return {};
    return tr("%1 is a %2 workload: the playground talks to chat workloads. Pick one in the "
              "sidebar, or use the view that serves %2 workloads.")
        .arg(m_workload.displayName(), workloadKindName(m_workload.kind));
}

void PlaygroundView::setWorkload(const Workload& workload) {
    if (m_draftTimer->isActive())
        saveDraftNow();
    // A send under way belongs to the workload it started with: it ends here (a run keeps its
    // partial text, marked stopped), before that workload's view is put away.
    m_session->cancel();
    keepCurrentWorkload();
    m_session->release(); // the key read for the previous workload goes with it
    m_workload = workload;
    m_kindNotice->setText(kindNotice());
    m_kindNotice->setVisible(!servesWorkload());
    m_inspector->clear();
    m_loadingDraft = true; // nothing of the swap is a change of the new workload's draft
    const auto kept = m_kept.constFind(workloadKey(workload));
    if (kept != m_kept.constEnd()) {
        showConversation(kept->conversation);
        loadDraft(false);
        showKept(*kept);
        m_tally = kept->tally;
    } else {
        Kept fresh;
        fresh.conversation = newConversation();
        m_kept.insert(workloadKey(workload), fresh);
        showConversation(fresh.conversation);
        loadDraft(true);
        showKept({});
    }
    m_loadingDraft = false;
    loadPresets();
    loadPrice();
    showTotals();
    m_historyPanel->setWorkloadId(workload.id);
    updateButtons();
}

void PlaygroundView::keepCurrentWorkload() {
    if (isUnset(m_workload))
        return;
    Kept& kept = m_kept[workloadKey(m_workload)];
    kept.conversation = m_conversation;
    kept.answer = m_answer->text();
    kept.stateLabel = m_answer->stateLabel();
    kept.warnings = m_answer->warnings();
    kept.metrics = m_metrics->text();
    kept.card = m_errorCard->content();
    kept.lastAsk = m_lastAsk;
    kept.historyId = m_historyId;
    kept.tally = m_tally;
    kept.answerShown = !m_answerPane->isHidden();
}

void PlaygroundView::showKept(const Kept& kept) {
    m_answer->clear();
    trackToolCalls(nullptr, {}); // the calls were the other workload's
    if (!kept.answer.isEmpty())
        m_answer->setText(kept.answer);
    if (!kept.stateLabel.isEmpty())
        m_answer->finish(kept.stateLabel);
    m_answer->setWarnings(kept.warnings);
    m_metrics->setText(kept.metrics);
    m_errorCard->restore(kept.card);
    m_lastAsk = kept.lastAsk;
    m_historyId = kept.historyId;
    m_answerPane->setHidden(!kept.answerShown);
    // The inspector shows that run again, as history saved it.
    if (m_historyId >= 0 && m_services->history)
        if (const std::optional<HistoryRun> run = m_services->history->load(m_historyId))
            showHistoryInspector(*run);
}

ConversationModel* PlaygroundView::newConversation() {
    auto* model = new ConversationModel(this);
    connect(model, &ConversationModel::changed, this, [this, model] {
        if (model == m_conversation) {
            scheduleDraftSave();
            updateButtons();
        }
    });
    connect(model, &ConversationModel::systemChanged, this, [this, model](const QString& text) {
        if (model == m_conversation && m_system->toPlainText() != text)
            m_system->setPlainText(text);
    });
    return model;
}

void PlaygroundView::showConversation(ConversationModel* model) {
    ConversationModel* previous = m_conversation;
    m_conversation = model;
    m_transcript->setConversation(model);
    if (m_system->toPlainText() != model->system())
        m_system->setPlainText(model->system());
    // The first, empty conversation before any workload is kept by nobody.
    bool keptElsewhere = false;
    for (const Kept& k : std::as_const(m_kept))
        keptElsewhere = keptElsewhere || k.conversation == previous;
    if (previous && previous != model && !keptElsewhere)
        previous->deleteLater();
}

} // namespace ik
