#include "comparepane.h"

#include "credential.h"
#include "endpoint.h"
#include "errorcard.h"
#include "history.h"
#include "metrics.h"
#include "paramseditor.h"
#include "scrub.h"
#include "streamview.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// History keeps up with a stream at most this far behind (what a crash can lose).
constexpr int kProgressIntervalMs = 1000;

QString levelName(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return u"ok"_s;
    case GuardVerdict::Level::Warn:
        return u"warn"_s;
    case GuardVerdict::Level::Block:
        return u"block"_s;
    }
    return {};
}

GuardVerdict::Level levelFrom(const QString& name) {
    return name == u"block"  ? GuardVerdict::Level::Block
           : name == u"warn" ? GuardVerdict::Level::Warn
                             : GuardVerdict::Level::Ok;
}

// A symbol and a word carry the verdict; the colour only repeats them, in a shade chosen for the
// palette (>= 4.5:1 on its window colour, light or dark).
theme::Tone verdictTone(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return theme::Tone::Ok;
    case GuardVerdict::Level::Warn:
        return theme::Tone::Warn;
    case GuardVerdict::Level::Block:
        return theme::Tone::Error;
    }
    return theme::Tone::Ok;
}

QString verdictPrefix(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return ComparePane::tr("✔ ready");
    case GuardVerdict::Level::Warn:
        return ComparePane::tr("⚠ asks first");
    case GuardVerdict::Level::Block:
        return ComparePane::tr("✖ blocked");
    }
    return {};
}

QString stateWord(RunState state) {
    switch (state) {
    case RunState::Done:
        return ComparePane::tr("done");
    case RunState::Cancelled:
        return ComparePane::tr("stopped · the partial answer is kept");
    case RunState::Truncated:
        return ComparePane::tr("incomplete · the stream was cut before its end");
    case RunState::Failed:
        return ComparePane::tr("failed");
    default:
        return ComparePane::tr("streaming…");
    }
}

QString fixed(double v, int decimals) {
    return v < 0 ? u"—"_s : QString::number(v, 'f', decimals);
}

} // namespace

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
    : QFrame(parent), m_services(services) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"comparePane"_s);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(kProgressIntervalMs);
    // Panes started together tick together: each save takes its own turn, so six panes writing
    // a second of frames each do not block the event loop as one.
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_services->turns)
            m_services->turns->post(this, [this] { saveProgress(); });
        else
            saveProgress();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

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
    layout->addLayout(head);

    // Both lines wrap: a long model name or guard reason must not widen the pane (six panes
    // side by side would otherwise push the window wider than the screen).
    auto* info = new QVBoxLayout;
    info->setSpacing(0);
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
    info->addWidget(m_verdict);
    info->addWidget(m_model);
    layout->addLayout(info);

    auto* paramsRow = new QHBoxLayout;
    m_paramsToggle = new QToolButton(this);
    m_paramsToggle->setObjectName(u"paneParamsToggle"_s);
    m_paramsToggle->setText(tr("Parameters"));
    m_paramsToggle->setCheckable(true);
    m_paramsToggle->setArrowType(Qt::RightArrow);
    m_paramsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_paramsToggle->setAccessibleName(tr("Show this pane's parameters"));
    m_paramsSummary = new QLabel(this);
    m_paramsSummary->setObjectName(u"paneParamsSummary"_s);
    m_paramsSummary->setWordWrap(true);
    paramsRow->addWidget(m_paramsToggle);
    paramsRow->addWidget(m_paramsSummary, 1);
    layout->addLayout(paramsRow);
    m_params = new ParamsEditor(this);
    m_params->setObjectName(u"paneParams"_s);
    m_params->setVisible(false);
    layout->addWidget(m_params);

    m_confirmBar = new QFrame(this);
    m_confirmBar->setObjectName(u"paneConfirmBar"_s);
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    auto* confirmLayout = new QVBoxLayout(m_confirmBar);
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    auto* confirmButtons = new QHBoxLayout;
    auto* sendAnyway = new QPushButton(tr("Send anyway"), m_confirmBar);
    sendAnyway->setObjectName(u"paneSendAnyway"_s);
    auto* dontSend = new QPushButton(tr("Don't send"), m_confirmBar);
    dontSend->setObjectName(u"paneDontSend"_s);
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(sendAnyway);
    confirmButtons->addWidget(dontSend);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirmBar->hide();
    layout->addWidget(m_confirmBar);

    m_errorCard = new ErrorCard(this);
    m_errorCard->setObjectName(u"paneErrorCard"_s);
    m_errorCard->dismiss();
    layout->addWidget(m_errorCard);

    m_answer = new StreamView(this);
    m_answer->setObjectName(u"paneAnswer"_s);
    // Answers are compared as the exact text (the diff works on it too); Markdown is one toggle
    // away per pane. Rendering six answers as they end would also relayout and repaint every pane
    // at the moment they all finish together.
    m_answer->setRawMode(true);
    layout->addWidget(m_answer, 1);

    m_metrics = new QLabel(this);
    m_metrics->setObjectName(u"paneMetrics"_s);
    m_metrics->setWordWrap(true);
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metrics->setAccessibleName(tr("Metrics of this pane"));
    layout->addWidget(m_metrics);

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
    connect(sendAnyway, &QPushButton::clicked, this, [this] { confirmSend(true); });
    connect(dontSend, &QPushButton::clicked, this, [this] { confirmSend(false); });
    connect(m_errorCard, &ErrorCard::retryRequested, this, [this] {
        if (!m_busy)
            start(m_request, 1, false);
    });

    m_paramsSummary->setText(paramsSummary(m_params->params()));
    setNumber(1);
    updateButtons();
}

ComparePane::~ComparePane() {
    // No run may call back into a half-destroyed pane.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
}

void ComparePane::setNumber(int number) {
    m_number = number;
    m_title->setText(QString::number(number));
    m_title->setToolTip(tr("Pane %1").arg(number));
    setAccessibleName(tr("Pane %1").arg(number));
}

void ComparePane::setWorkloads(const QList<Workload>& workloads) {
    const QString current = m_workloadBox->currentData().toString();
    m_workloads.clear();
    for (const Workload& w : workloads)
        if (w.kind == WorkloadKind::Chat)
            m_workloads.append(w);
    QSignalBlocker block(m_workloadBox);
    m_workloadBox->clear();
    for (const Workload& w : m_workloads)
        m_workloadBox->addItem(w.displayName() + u" · "_s + w.project, w.id);
    int index = m_workloadBox->findData(current);
    if (index < 0 && !m_workloads.isEmpty())
        index = 0;
    m_workloadBox->setCurrentIndex(index);
    block.unblock();
    refreshVerdict();
}

void ComparePane::setWorkloadId(const QString& id, const QString& nameIfUnknown) {
    int index = m_workloadBox->findData(id);
    if (index < 0) {
        // A reopened comparison may name a workload that is no longer listed: show it, but it
        // cannot be sent to.
        m_workloadBox->addItem(
            tr("%1 (not listed)").arg(nameIfUnknown.isEmpty() ? id : nameIfUnknown), id);
        index = m_workloadBox->count() - 1;
    }
    m_workloadBox->setCurrentIndex(index);
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
    m_extraHeaders.removeIf(
        [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    if (!value.isEmpty())
        m_extraHeaders.append({name, value});
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

bool ComparePane::isBusy() const {
    return m_busy;
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

void ComparePane::refreshVerdict() {
    const quint64 serial = ++m_verdictSerial;
    const Workload w = workload();
    if (w.id.isEmpty()) {
        m_verdict->setText(tr("no workload"));
        theme::setTextTone(m_verdict, std::nullopt);
        m_verdict->setToolTip(tr("Pick a chat workload for this pane."));
        return;
    }
    if (!m_services->guard || !m_services->keyLookup) {
        m_verdict->setText(tr("not checked"));
        theme::setTextTone(m_verdict, std::nullopt);
        m_verdict->setToolTip({});
        return;
    }
    QPointer<ComparePane> self(this);
    m_services->keyLookup(w, [self, serial, w](QString key) {
        if (!self || serial != self->m_verdictSerial || self->workload().id != w.id)
            return;
        self->showVerdict(self->m_services->guard->judge(GuardInput(w.ref(), key)));
    });
}

void ComparePane::showVerdict(const GuardVerdict& verdict) {
    m_verdictLevel = verdict.level();
    m_verdict->setText(verdictPrefix(m_verdictLevel) + (m_verdictLevel == GuardVerdict::Level::Ok
                                                            ? QString()
                                                            : u": "_s + verdict.headline()));
    theme::setTextTone(m_verdict, verdictTone(m_verdictLevel));
    m_verdict->setToolTip(verdict.details());
    m_result.verdictLevel = levelName(m_verdictLevel);
    m_result.verdict = verdict.headline();
}

CompareRun ComparePane::notSent(const QString& state, const QString& error) const {
    CompareRun r;
    r.state = state;
    r.error = scrubSecrets(error);
    return r;
}

void ComparePane::start(const ChatRequest& request, int repeats, bool varySeed) {
    if (m_busy)
        return;
    ++m_serial;
    m_busy = true;
    m_stopRequested = false;
    m_errorCard->dismiss();
    m_confirmBar->hide();
    m_batchWorkload = workload();
    m_request = request;
    m_request.model = m_batchWorkload.slug;
    m_request.params = params();
    m_request.stream = stream();
    m_repeats = std::clamp(repeats, 1, 20);
    m_varySeed = varySeed;
    m_iteration = 0;
    const QString verdictLevel = m_result.verdictLevel, verdict = m_result.verdict;
    m_result = {};
    m_result.verdictLevel = verdictLevel;
    m_result.verdict = verdict;
    m_result.workloadId = m_batchWorkload.id;
    m_result.workloadName = m_batchWorkload.displayName();
    m_result.workloadRef = m_batchWorkload.id.isEmpty()
                               ? QString()
                               : workloadUrl(m_batchWorkload.ref(), QString()).toString();
    m_result.params = paramsToJson(m_request.params);
    m_answer->clear();
    m_model->setText(tr("model: —"));
    updateButtons();

    auto refuse = [this](const Error& e) {
        m_errorCard->showError(e, tr("Not sent"));
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, e.summary()));
        endBatch();
    };
    if (m_batchWorkload.id.isEmpty()) {
        refuse(makeError(ErrorKind::Configuration, tr("This pane has no chat workload"),
                         tr("Pick a chat workload in the pane's header.")));
        return;
    }
    if (std::optional<Error> invalid = validateChat(m_request)) {
        refuse(*invalid);
        return;
    }
    m_awaitingKey = true;
    m_answer->setStateLabel(tr("reading the key…"));
    const quint64 serial = m_serial;
    if (!m_services->keyLookup) {
        onKey(serial, QString());
        return;
    }
    QPointer<ComparePane> self(this);
    m_services->keyLookup(m_batchWorkload, [self, serial](QString key) {
        if (self)
            self->onKey(serial, key);
    });
}

void ComparePane::onKey(quint64 serial, const QString& key) {
    if (serial != m_serial || !m_awaitingKey)
        return; // stopped, or a newer batch began meanwhile
    m_awaitingKey = false;
    m_keyId = Credential::parse(key).id;
    if (m_services->guard) {
        QStringList userText;
        QString system = m_request.system;
        for (const ChatMessage& m : m_request.messages) {
            if (m.role == u"system")
                system += u'\n' + m.content;
            else
                userText.append(m.content);
        }
        if (!m_request.prompt.isEmpty())
            userText.append(m_request.prompt);
        const GuardVerdict verdict = m_services->guard->judge(
            GuardInput(m_batchWorkload.ref(), key, userText.join(u'\n'), system));
        showVerdict(verdict);
        if (!verdict.canSend()) {
            m_errorCard->showBlocked(verdict);
            m_answer->setStateLabel(tr("not sent · blocked by the credential guard"));
            m_result.runs.append(notSent(u"blocked"_s, verdict.headline()));
            endBatch();
            return;
        }
        if (verdict.needsConfirmation()) {
            if (m_services->confirm) {
                if (!m_services->confirm(verdict)) {
                    m_answer->setStateLabel(tr("not sent"));
                    m_result.runs.append(notSent(u"not sent"_s, verdict.headline()));
                    endBatch();
                    return;
                }
            } else {
                m_key = key;
                QStringList lines;
                for (const GuardFinding& f : verdict.warnings)
                    lines.append(f.reason + u' ' + f.fix);
                m_confirmText->setText(tr("Send anyway?\n%1").arg(lines.join(u'\n')));
                m_confirmBar->show();
                m_answer->setStateLabel(tr("waiting for your answer…"));
                updateButtons();
                emit confirmationRequested(verdict);
                return;
            }
        }
    }
    m_key = key;
    startNext();
}

void ComparePane::confirmSend(bool yes) {
    if (m_confirmBar->isHidden())
        return;
    m_confirmBar->hide();
    if (yes) {
        startNext();
        return;
    }
    m_answer->setStateLabel(tr("not sent"));
    m_result.runs.append(notSent(u"not sent"_s, m_result.verdict));
    endBatch();
}

void ComparePane::startNext() {
    if (m_stopRequested || m_iteration >= m_repeats) {
        endBatch();
        return;
    }
    ChatRequest request = m_request;
    if (m_varySeed)
        request.params.seed = request.params.seed.value_or(0) + m_iteration;
    if (!m_endpoint) {
        // Whatever is stored or shown later is scrubbed of this key, even pieces a model echoes.
        const Credential credential = Credential::parse(m_key);
        if (!m_key.isEmpty())
            registerSecret(credential.secret.isEmpty() ? m_key : credential.secret);
        registerSecretsIn(request.system + u'\n' + request.prompt);
        for (const ChatMessage& m : request.messages)
            registerSecretsIn(m.content);
        auto* endpoint = new Endpoint(m_services->nam, m_batchWorkload.ref(), m_key, this);
        endpoint->setConnectTimeoutMs(m_services->connectTimeoutMs);
        endpoint->setIdleTimeoutMs(m_services->idleTimeoutMs);
        for (const auto& [name, value] : m_services->extraHeaders)
            endpoint->setExtraHeader(name, value);
        for (const auto& [name, value] : m_extraHeaders)
            endpoint->setExtraHeader(name, value);
        m_endpoint = endpoint;
    }
    if (m_run)
        m_run->deleteLater(); // the previous repetition: its figures are in m_result already
    Run* run = m_endpoint->chat(request);
    m_run = run;
    m_unsavedFrames.clear();
    m_answer->clear();
    m_answer->setStateLabel(m_repeats > 1
                                ? tr("streaming… run %1 of %2").arg(m_iteration + 1).arg(m_repeats)
                                : tr("streaming…"));
    m_errorCard->dismiss();

    m_historyId = -1;
    if (m_services->history) {
        HistoryRun entry;
        entry.startedAt = QDateTime::currentDateTime();
        entry.workloadId = m_batchWorkload.id;
        entry.workloadName = m_batchWorkload.displayName();
        entry.workloadRef = m_result.workloadRef;
        entry.system = request.system;
        for (const ChatMessage& m : request.messages) {
            if (m.role == u"system")
                entry.system = m.content;
            else
                entry.messages.append(m);
        }
        if (!request.prompt.isEmpty())
            entry.messages.append({u"user"_s, request.prompt});
        entry.params = paramsToJson(request.params);
        entry.stream = request.stream;
        entry.record = recordToJson(run->record());
        m_historyId = m_services->history->begin(entry);
    }

    connect(run, &Run::chunkReceived, this, [this, run](const QString& delta) {
        m_answer->append(delta);
        emit textGrew(int(run->text().size()));
    });
    connect(run, &Run::frameReceived, this,
            [this](const Frame& frame) { m_unsavedFrames.append(frame); });
    connect(run, &Run::ended, this, [this, run](RunState state) {
        if (run == m_run)
            onEnded(state);
    });
    if (m_historyId >= 0)
        m_progressTimer->start();
    updateButtons();
}

void ComparePane::saveProgress() {
    if (!m_services->history || m_historyId < 0 || !m_run)
        return;
    m_services->history->progress(m_historyId, m_run->text(), m_unsavedFrames);
    m_unsavedFrames.clear();
}

void ComparePane::onEnded(RunState state) {
    Run* run = m_run;
    m_progressTimer->stop();
    QString label = stateWord(state);
    if (state == RunState::Failed && !run->text().isEmpty())
        label = tr("failed · the partial answer is kept");
    if (m_repeats > 1)
        label += tr(" · run %1 of %2").arg(m_iteration + 1).arg(m_repeats);
    m_answer->setStateLabel(label);

    CompareRun r;
    r.historyId = m_historyId;
    r.state = runStateName(state);
    r.text = run->text();
    r.model = run->model();
    r.finishReason = run->finishReason();
    r.metrics = computeMetrics(run->timings(), run->usage(), run->chunkCount());
    if (state != RunState::Done)
        r.error = scrubSecrets(run->error().summary());
    ChatRequest sent = m_request;
    if (m_varySeed)
        sent.params.seed = sent.params.seed.value_or(0) + m_iteration;
    r.hasSeed = sent.params.seed.has_value();
    r.seed = sent.params.seed.value_or(-1);
    m_result.runs.append(r);

    if (!r.model.isEmpty()) {
        m_model->setText(tr("model: %1").arg(r.model));
        m_model->setToolTip(tr("The model that served this pane's last answer"));
    }
    if (state == RunState::Failed)
        m_errorCard->showError(run->error(), tr("The request failed"));
    else if (state == RunState::Truncated)
        m_errorCard->showError(run->error(), tr("Incomplete answer"));

    if (m_services->guard && !m_keyId.isEmpty()) {
        if (state == RunState::Done)
            m_services->guard->noteSuccess(m_keyId, m_batchWorkload.ref());
        else if (state == RunState::Failed && run->error().kind == ErrorKind::Permission)
            m_services->guard->noteServerAnswer(m_keyId, m_batchWorkload.ref(), run->error().code);
    }
    // A stop ends the batch; so does a failure (the next repetition would fail the same way).
    if (state == RunState::Cancelled || state == RunState::Failed)
        m_stopRequested = true;
    ++m_iteration;
    updateMetrics();
    emit runEnded(state);
    // Rendering the final answer and writing the run's last frames wait for a turn of their own,
    // never inside the run's signal, and never all panes in the same turn.
    const quint64 serial = m_serial;
    auto rest = [this, serial, state, label] {
        if (serial == m_serial && m_busy)
            settle(state, label);
    };
    if (m_services->turns)
        m_services->turns->post(this, rest);
    else
        QTimer::singleShot(0, this, rest);
}

void ComparePane::settle(RunState state, const QString& label) {
    Run* run = m_run;
    if (run) {
        if (!run->isStreaming() || run->record().frames.isEmpty()) {
            if (m_answer->text() != run->text())
                m_answer->setText(run->text()); // a non-streamed answer arrives whole
        }
        if (m_services->history && m_historyId >= 0) {
            saveProgress();
            HistoryRun entry;
            entry.answer = run->text();
            entry.state = runStateName(state);
            entry.metrics = metricsToJson(m_result.runs.last().metrics);
            entry.model = run->model();
            entry.finishReason = run->finishReason();
            entry.usage = usageToJson(run->usage());
            if (state != RunState::Done)
                entry.error = errorToJson(run->error());
            entry.record = recordToJson(run->record());
            m_services->history->finish(m_historyId, entry);
        }
    }
    m_answer->finish(label);
    startNext();
}

void ComparePane::endBatch() {
    m_busy = false;
    m_awaitingKey = false;
    m_key.clear();
    m_progressTimer->stop();
    if (m_endpoint) {
        if (m_run)
            disconnect(m_run, nullptr, this, nullptr);
        m_endpoint->deleteLater(); // and its runs: the key goes with it
        m_endpoint = nullptr;
    }
    updateButtons();
    updateMetrics();
    emit finished();
}

void ComparePane::stop() {
    if (!m_busy)
        return;
    m_stopRequested = true;
    if (!m_confirmBar->isHidden()) {
        confirmSend(false);
        return;
    }
    if (m_awaitingKey) {
        m_awaitingKey = false;
        ++m_serial;
        m_answer->setStateLabel(tr("not sent"));
        m_result.runs.append(notSent(u"not sent"_s, tr("stopped before sending")));
        endBatch();
        return;
    }
    if (m_run && !m_run->isFinished())
        m_run->cancel(); // ended() follows synchronously, the batch ends from the event loop
}

void ComparePane::updateButtons() {
    m_stop->setEnabled(m_busy);
    m_workloadBox->setEnabled(!m_busy);
    m_params->setEnabled(!m_busy);
}

void ComparePane::updateMetrics() {
    if (m_result.runs.isEmpty()) {
        m_metrics->clear();
        return;
    }
    const CompareRun& last = m_result.runs.last();
    QStringList parts;
    if (last.state == u"blocked" || last.state == u"not sent") {
        parts << tr("not sent");
    } else {
        const RunMetrics& m = last.metrics;
        parts << tr("first token %1").arg(formatMs(double(m.firstTokenMs)))
              << tr("%1 tok/s (%2)")
                     .arg(fixed(m.tokensPerSecond, 1),
                          m.tokensFromUsage ? tr("usage") : tr("chunks"))
              << tr("total %1").arg(formatMs(double(m.totalMs)))
              << tr("%n token(s)", nullptr, m.tokens)
              << tr("finish %1").arg(last.finishReason.isEmpty() ? u"—"_s : last.finishReason);
    }
    if (m_result.runs.size() > 1 || m_repeats > 1) {
        const PaneSummary s = summarise(m_result);
        parts << tr("run %1 of %2")
                     .arg(m_result.runs.size())
                     .arg(std::max<qsizetype>(m_repeats, m_result.runs.size()))
              << tr("%n distinct answer(s)", nullptr, s.distinct);
    }
    m_metrics->setText(parts.join(u" · "_s));
}

void ComparePane::clearResult() {
    m_result = {};
    m_answer->clear();
    m_answer->setStateLabel({});
    m_errorCard->dismiss();
    m_metrics->clear();
    m_model->setText(tr("model: —"));
}

void ComparePane::showResult(const ComparePaneResult& result) {
    if (m_busy)
        return;
    setWorkloadId(result.workloadId, result.workloadName);
    setParams(paramsFromJson(result.params));
    m_result = result;
    m_repeats = int(std::max<qsizetype>(1, result.runs.size()));
    m_errorCard->dismiss();
    if (!result.verdictLevel.isEmpty()) {
        m_verdictLevel = levelFrom(result.verdictLevel);
        m_verdict->setText(
            verdictPrefix(m_verdictLevel) +
            (m_verdictLevel == GuardVerdict::Level::Ok ? QString() : u": "_s + result.verdict));
        theme::setTextTone(m_verdict, verdictTone(m_verdictLevel));
        m_verdict->setToolTip(result.verdict);
    }
    if (result.runs.isEmpty()) {
        m_answer->clear();
        m_answer->setStateLabel(tr("not run"));
    } else {
        const CompareRun& last = result.runs.last();
        m_answer->setText(last.text);
        m_answer->finish(last.state == u"cancelled"   ? tr("stopped")
                         : last.state == u"truncated" ? tr("incomplete")
                                                      : last.state);
        m_model->setText(last.model.isEmpty() ? tr("model: —") : tr("model: %1").arg(last.model));
    }
    updateMetrics();
}

} // namespace ik
