// A compare pane's parts and what it shows; the batch it sends is in comparepanerun.cpp.

#include "comparepane.h"

#include "confirmbar.h"
#include "errorcard.h"
#include "panetext.h"
#include "paramseditor.h"
#include "streamview.h"
#include "theme.h"
#include "thinkingblock.h"
#include "toolcalls.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

QString paramsSummary(const ChatParams& p) {
    QStringList parts;
    if (p.temperature)
        parts << ComparePane::tr("temperature %1").arg(*p.temperature);
    if (p.maxTokens)
        parts << ComparePane::tr("max %1 tokens").arg(*p.maxTokens);
    if (p.topP)
        parts << ComparePane::tr("top_p %1").arg(*p.topP);
    if (p.seed)
        parts << ComparePane::tr("seed %1").arg(*p.seed);
    if (!p.stop.isEmpty())
        parts << ComparePane::tr("%n stop sequence(s)", nullptr, int(p.stop.size()));
    if (p.presencePenalty)
        parts << ComparePane::tr("presence %1").arg(*p.presencePenalty);
    if (p.frequencyPenalty)
        parts << ComparePane::tr("frequency %1").arg(*p.frequencyPenalty);
    return parts.isEmpty() ? ComparePane::tr("server defaults") : parts.join(u" · "_s);
}

ComparePane::ComparePane(const CompareServices* services, QWidget* parent)
    : QFrame(parent), m_services(services), m_session(new RunSession(&services->session, this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"comparePane"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(buildHeader());
    layout->addLayout(buildInfo());
    m_params = new ParamsEditor(this);
    m_params->setObjectName(u"paneParams"_s);
    m_params->setVisible(false);
    layout->addWidget(m_params);
    // The guard's warnings, when no confirm hook answers them: the pane asks on its own.
    m_confirmBar = new ConfirmBar({u"paneConfirmBar"_s, u"paneConfirmText"_s, u"paneSendAnyway"_s,
                                   u"paneDontSend"_s, tr("Don't send")},
                                  Qt::Vertical, this);
    layout->addWidget(m_confirmBar);
    buildAnswer(layout);
    connectParts();
    connectSession();
    m_paramsSummary->setText(paramsSummary(m_params->params()));
    setNumber(1);
    updateButtons();
}

ComparePane::~ComparePane() {
    // Neither the session nor a run may call back into a half-destroyed pane.
    disconnect(m_session, nullptr, this, nullptr);
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

// One line: the number, the workload, Stop and Remove; narrow enough that the answer below
// (its own buttons) sets a pane's width.
QLayout* ComparePane::buildHeader() {
    auto* head = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(u"paneTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_workloadBox = new QComboBox(this);
    m_workloadBox->setObjectName(u"paneWorkload"_s);
    m_workloadBox->setAccessibleName(tr("Workload of this pane"));
    m_workloadBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workloadBox->setMinimumContentsLength(8);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(u"paneStop"_s);
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop this pane only; the partial answer is kept"));
    m_stop->setAccessibleName(tr("Stop this pane"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"paneRemove"_s);
    m_remove->setText(u"✕"_s);
    m_remove->setToolTip(tr("Remove this pane"));
    m_remove->setAccessibleName(tr("Remove this pane"));
    head->addWidget(m_title);
    head->addWidget(m_workloadBox, 1);
    head->addWidget(m_stop);
    head->addWidget(m_remove);
    return head;
}

// The verdict and the model that served side by side, then the parameters toggle with their
// summary: two lines, so the answer keeps the height (a 1024×700 window has little). All wrap:
// a long model name or guard reason must not widen the pane (six panes side by side would
// otherwise push the window wider than the screen).
QLayout* ComparePane::buildInfo() {
    auto* info = new QVBoxLayout;
    info->setSpacing(0);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    m_verdict = new QLabel(this);
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(u"paneVerdict"_s);
    m_verdict->setAccessibleName(tr("Credential guard verdict"));
    m_model = new QLabel(this);
    m_model->setObjectName(u"paneModel"_s);
    m_model->setAccessibleName(tr("Model that served"));
    m_model->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model->setText(tr("model: —"));
    m_model->setWordWrap(true);
    row->addWidget(m_verdict);
    row->addWidget(m_model, 1);
    m_paramsToggle = new QToolButton(this);
    m_paramsToggle->setObjectName(u"paneParamsToggle"_s);
    m_paramsToggle->setText(tr("Parameters"));
    m_paramsToggle->setCheckable(true);
    m_paramsToggle->setArrowType(Qt::RightArrow);
    m_paramsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_paramsToggle->setAutoRaise(true);
    m_paramsToggle->setAccessibleName(tr("Show this pane's parameters"));
    m_paramsSummary = new QLabel(this);
    m_paramsSummary->setObjectName(u"paneParamsSummary"_s);
    m_paramsSummary->setAccessibleName(tr("Parameters of this pane"));
    m_paramsSummary->setWordWrap(true);
    auto* params = new QHBoxLayout;
    params->setSpacing(4);
    params->addWidget(m_paramsToggle);
    params->addWidget(m_paramsSummary, 1);
    info->addLayout(row);
    info->addLayout(params);
    return info;
}

// The error card, the answer (it takes every spare pixel) and the metrics line.
void ComparePane::buildAnswer(QVBoxLayout* layout) {
    m_errorCard = new ErrorCard(this);
    m_errorCard->setObjectName(u"paneErrorCard"_s);
    m_errorCard->dismiss();
    layout->addWidget(m_errorCard);
    // The model's thinking above its answer, as in the playground: folded by default, since six
    // panes of reasoning would push every answer out of sight.
    m_thinking = new ThinkingBlock(this);
    m_thinking->setObjectName(u"paneThinking"_s);
    m_thinking->setExpanded(false);
    layout->addWidget(m_thinking);
    m_answer = new StreamView(this);
    m_answer->setObjectName(u"paneAnswer"_s);
    // Answers are compared as the exact text (the diff works on it too); Markdown is one toggle
    // away per pane. Rendering six answers as they end would also relayout and repaint every pane
    // at the moment they all finish together.
    m_answer->setRawMode(true);
    layout->addWidget(m_answer, 1);
    // The answer's tool calls, one line each with its check; a pane compares, it does not answer
    // them (that is the playground's).
    m_calls = new ToolCallsModel(this);
    m_callsLabel = new QLabel(this);
    m_callsLabel->setObjectName(u"paneToolCalls"_s);
    m_callsLabel->setWordWrap(true);
    m_callsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_callsLabel->setAccessibleName(tr("Tool calls of this pane's answer"));
    m_callsLabel->hide();
    layout->addWidget(m_callsLabel);
    m_metrics = new QLabel(this);
    m_metrics->setObjectName(u"paneMetrics"_s);
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setAccessibleName(tr("Metrics of this pane"));
    layout->addWidget(m_metrics);
}

void ComparePane::connectParts() {
    connect(m_paramsToggle, &QToolButton::toggled, this, [this](bool on) {
        m_params->setVisible(on);
        m_paramsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_params, &ParamsEditor::changed, this, [this] {
        m_paramsSummary->setText(paramsSummary(m_params->params()));
        emit paramsChanged();
    });
    connect(m_workloadBox, &QComboBox::currentIndexChanged, this, [this] {
        refreshVerdict();
        emit workloadChanged();
    });
    connect(m_stop, &QToolButton::clicked, this, &ComparePane::stop);
    connect(m_remove, &QToolButton::clicked, this, &ComparePane::removeRequested);
    connect(m_confirmBar, &ConfirmBar::answered, m_session, &RunSession::confirm);
    connect(m_errorCard, &ErrorCard::retryRequested, this, [this] {
        if (!m_busy)
            start(m_request, 1, false);
    });
}

void ComparePane::setNumber(int number) {
    m_number = number;
    m_title->setText(QString::number(number));
    m_title->setToolTip(tr("Pane %1").arg(number));
    setAccessibleName(tr("Pane %1").arg(number));
}

void ComparePane::setWorkloads(const QList<Workload>& workloads) {
    const QString current = m_workloadBox->currentData().toString();
    if (const Workload listed = workload(); !listed.id.isEmpty())
        m_keptName = listed.displayName();
    m_workloads.clear();
    for (const Workload& w : workloads)
        if (w.kind == WorkloadKind::Chat)
            m_workloads.append(w);
    QSignalBlocker block(m_workloadBox);
    m_workloadBox->clear();
    for (const Workload& w : std::as_const(m_workloads))
        m_workloadBox->addItem(w.displayName() + u" · "_s + w.project, w.id);
    int index = m_workloadBox->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // The list may come in steps (the sandbox's workloads after the saved ones): the pane
        // keeps its workload, shown as unavailable, until the list holds it or the user picks
        // another.
        m_workloadBox->addItem(unlistedLabel(current), current);
        index = m_workloadBox->count() - 1;
    }
    if (index < 0 && !m_workloads.isEmpty())
        index = 0;
    m_workloadBox->setCurrentIndex(index);
    block.unblock();
    refreshVerdict();
}

QString ComparePane::unlistedLabel(const QString& id) const {
    return tr("%1 (not listed)").arg(m_keptName.isEmpty() ? id : m_keptName);
}

void ComparePane::setWorkloadId(const QString& id, const QString& nameIfUnknown) {
    int index = m_workloadBox->findData(id);
    if (index < 0) {
        // A reopened comparison may name a workload that is no longer listed: show it, but it
        // cannot be sent to.
        m_keptName = nameIfUnknown;
        m_workloadBox->addItem(unlistedLabel(id), id);
        index = m_workloadBox->count() - 1;
    }
    m_workloadBox->setCurrentIndex(index);
}

QString ComparePane::workloadId() const {
    return m_workloadBox->currentData().toString();
}

QString ComparePane::workloadName() const {
    const Workload w = workload();
    return w.id.isEmpty() ? m_keptName : w.displayName();
}

Workload ComparePane::workload() const {
    const QString id = m_workloadBox->currentData().toString();
    for (const Workload& w : m_workloads)
        if (w.id == id)
            return w;
    return {};
}

bool ComparePane::hasWorkload() const {
    return !workload().id.isEmpty();
}

ChatParams ComparePane::params() const {
    return m_params->params();
}

void ComparePane::setParams(const ChatParams& params) {
    m_params->setParams(params);
    m_paramsSummary->setText(paramsSummary(m_params->params()));
}

bool ComparePane::stream() const {
    return m_params->stream();
}

void ComparePane::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return;
    setHeader(&m_extraHeaders, name, value);
}

QSize ComparePane::minimumSizeHint() const {
    QSize size = QFrame::minimumSizeHint();
    // A layout's minimum counts a word-wrapped label as one line; at a given width it knows
    // better. Hidden children (a dismissed card) count for nothing.
    if (layout() && layout()->hasHeightForWidth() && width() > 0)
        size.setHeight(std::max(size.height(), layout()->totalMinimumHeightForWidth(width())));
    return size;
}

void ComparePane::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry(); // the minimum height depends on the width
}

void ComparePane::setRemovable(bool yes) {
    m_remove->setEnabled(yes);
}

bool ComparePane::isStreaming() const {
    return m_run && !m_run->isFinished();
}

bool ComparePane::awaitingConfirmation() const {
    return !m_confirmBar->isHidden();
}

QString ComparePane::text() const {
    return m_answer->text();
}

QString ComparePane::verdictText() const {
    return m_verdict->text();
}

QString ComparePane::modelText() const {
    return m_model->text();
}

QString ComparePane::metricsText() const {
    return m_metrics->text();
}

QString ComparePane::toolCallsText() const {
    return m_callsLabel->isHidden() ? QString() : m_callsLabel->text();
}

// The header's verdict on the key alone, judged as a session would judge it (judgeSend).
void ComparePane::refreshVerdict() {
    const quint64 serial = ++m_verdictSerial;
    const Workload w = workload();
    const SessionServices& services = m_services->session;
    if (w.id.isEmpty()) {
        m_verdict->setText(tr("no workload"));
        theme::setTextTone(m_verdict, std::nullopt);
        m_verdict->setToolTip(tr("Pick a chat workload for this pane."));
        return;
    }
    if (!services.guard || !services.keyLookup) {
        m_verdict->setText(tr("not checked"));
        theme::setTextTone(m_verdict, std::nullopt);
        m_verdict->setToolTip({});
        return;
    }
    QPointer<ComparePane> self(this);
    services.keyLookup(w, [self, serial, w](QString key) {
        if (!self || serial != self->m_verdictSerial || self->workload().id != w.id)
            return;
        self->showVerdict(judgeSend(self->m_services->session.guard, w, key));
    });
}

void ComparePane::showVerdict(const GuardVerdict& verdict) {
    showVerdictText(verdict.level(), verdict.headline(), verdict.details());
    m_result.verdictLevel = verdictLevelName(m_verdictLevel);
    m_result.verdict = verdict.headline();
}

void ComparePane::showVerdictText(GuardVerdict::Level level, const QString& headline,
                                  const QString& details) {
    m_verdictLevel = level;
    m_verdict->setText(verdictPrefix(level) +
                       (level == GuardVerdict::Level::Ok ? QString() : u": "_s + headline));
    theme::setTextTone(m_verdict, verdictTone(level));
    m_verdict->setToolTip(details);
}

void ComparePane::updateButtons() {
    m_stop->setEnabled(m_busy);
    m_workloadBox->setEnabled(!m_busy);
    m_params->setEnabled(!m_busy);
}

} // namespace ik
