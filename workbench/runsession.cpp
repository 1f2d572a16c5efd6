#include "runsession.h"

#include "jsonschema.h"

#include "credential.h"
#include "endpoint.h"
#include "history.h"
#include "logprobs.h"
#include "metrics.h"
#include "scrub.h"
#include "turnqueue.h"

#include <QDateTime>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// How often a streaming run's text and frames reach history, so a crash loses at most this much.
constexpr int kProgressIntervalMs = 1000;

} // namespace

void setHeader(HeaderList* headers, const QByteArray& name, const QByteArray& value) {
    for (qsizetype i = 0; i < headers->size(); ++i) {
        if ((*headers)[i].first.compare(name, Qt::CaseInsensitive) == 0) {
            headers->removeAt(i);
            break;
        }
    }
    if (!value.isEmpty())
        headers->append({name, value});
}

void SessionServices::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
        return;
    setHeader(&extraHeaders, name, value);
}

// ---------------------------------------------------------------- requests

SessionRequest SessionRequest::forChat(const ChatRequest& request) {
    SessionRequest r;
    r.type = Run::Type::Chat;
    r.chat = request;
    return r;
}

SessionRequest SessionRequest::forEmbeddings(const EmbeddingsRequest& request) {
    SessionRequest r;
    r.type = Run::Type::Embeddings;
    r.embeddings = request;
    return r;
}

SessionRequest SessionRequest::forRerank(const RerankRequest& request) {
    SessionRequest r;
    r.type = Run::Type::Rerank;
    r.rerank = request;
    return r;
}

SessionRequest SessionRequest::probe(const Workload& workload) {
    switch (workload.kind) {
    case WorkloadKind::Embedding:
        return forEmbeddings({workload.slug, {u"ping"_s}});
    case WorkloadKind::Rerank: {
        RerankRequest r;
        r.model = workload.slug;
        r.query = u"ping"_s;
        r.documents = {u"pong"_s};
        return forRerank(r);
    }
    case WorkloadKind::Chat:
        break;
    }
    ChatRequest r;
    r.model = workload.slug;
    r.prompt = u"ping"_s;
    r.params.maxTokens = 1;
    return forChat(r);
}

WorkloadKind SessionRequest::kind() const {
    switch (type) {
    case Run::Type::Embeddings:
        return WorkloadKind::Embedding;
    case Run::Type::Rerank:
        return WorkloadKind::Rerank;
    case Run::Type::Chat:
        break;
    }
    return WorkloadKind::Chat;
}

std::optional<Error> SessionRequest::validate() const {
    switch (type) {
    case Run::Type::Embeddings:
        return validateEmbeddings(embeddings);
    case Run::Type::Rerank:
        return validateRerank(rerank);
    case Run::Type::Chat:
        break;
    }
    return validateChat(chat);
}

QString SessionRequest::userText() const {
    switch (type) {
    case Run::Type::Embeddings:
        return embeddings.input.join(u'\n');
    case Run::Type::Rerank:
        return rerank.query + u'\n' + rerank.documents.join(u'\n');
    case Run::Type::Chat:
        break;
    }
    QStringList parts;
    for (const ChatMessage& m : chat.messages)
        if (m.role != u"system")
            parts.append(m.content);
    if (!chat.prompt.isEmpty())
        parts.append(chat.prompt);
    return parts.join(u'\n');
}

QString SessionRequest::systemText() const {
    if (type != Run::Type::Chat)
        return {};
    QStringList parts;
    if (!chat.system.isEmpty())
        parts.append(chat.system);
    for (const ChatMessage& m : chat.messages)
        if (m.role == u"system")
            parts.append(m.content);
    return parts.join(u'\n');
}

// ---------------------------------------------------------------- ends

bool wasSent(SessionEnd end) {
    return end == SessionEnd::Done || end == SessionEnd::Failed || end == SessionEnd::Cancelled ||
           end == SessionEnd::Truncated;
}

SessionEnd sessionEndOf(RunState state) {
    switch (state) {
    case RunState::Done:
        return SessionEnd::Done;
    case RunState::Cancelled:
        return SessionEnd::Cancelled;
    case RunState::Truncated:
        return SessionEnd::Truncated;
    default:
        return SessionEnd::Failed;
    }
}

QString sessionEndName(SessionEnd end) {
    switch (end) {
    case SessionEnd::Done:
        return u"done"_s;
    case SessionEnd::Failed:
        return u"failed"_s;
    case SessionEnd::Cancelled:
        return u"cancelled"_s;
    case SessionEnd::Truncated:
        return u"truncated"_s;
    case SessionEnd::Invalid:
        return u"invalid"_s;
    case SessionEnd::Blocked:
        return u"blocked"_s;
    case SessionEnd::Declined:
        return u"declined"_s;
    case SessionEnd::Abandoned:
        break;
    }
    return u"abandoned"_s;
}

GuardVerdict judgeSend(const CredentialGuard* guard, const Workload& workload, const QString& key,
                       const QString& prompt, const QString& system) {
    const GuardInput input(workload.ref(), key, prompt, system);
    return guard ? guard->judge(input) : CredentialGuard().judge(input);
}

// ---------------------------------------------------------------- the session

RunSession::RunSession(const SessionServices* services, QObject* parent)
    : QObject(parent), m_services(services), m_progressTimer(new QTimer(this)) {
    m_progressTimer->setInterval(kProgressIntervalMs);
    // Sessions started together tick together (compare's panes): with a turn queue each save
    // takes a turn of its own, so six panes writing a second of frames each do not block the
    // event loop as one.
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_services->turns)
            m_services->turns->post(this, [this] { saveProgress(); });
        else
            saveProgress();
    });
}

RunSession::~RunSession() {
    flushHistory();
    // A run still going ends with its owner: no signal reaches a half-destroyed caller.
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    if (m_run && !m_run->isFinished())
        m_run->cancel();
}

bool RunSession::isBusy() const {
    return m_stage == SessionStage::ReadingKey || m_stage == SessionStage::Confirming ||
           m_stage == SessionStage::Running;
}

const Error& RunSession::error() const {
    if (wasSent(m_end) && m_run)
        return m_run->error();
    return m_error;
}

bool RunSession::start(const Workload& workload, const SessionRequest& request,
                       const SessionOptions& options) {
    if (isBusy())
        return false;
    release();
    m_workload = workload;
    m_request = request;
    m_options = options;
    m_runNumber = 0;
    m_verdict = {};
    m_error = {};
    if (workload.kind != request.kind()) {
        m_error = makeError(
            ErrorKind::Configuration,
            tr("%1 is a %2 workload").arg(workload.displayName(), workloadKindName(workload.kind)),
            tr("This needs a %1 workload; pick one in the sidebar.")
                .arg(workloadKindName(request.kind())));
        endWith(SessionEnd::Invalid);
        return true;
    }
    // The SDK's own checks first: a blank prompt needs no key lookup to be refused.
    if (std::optional<Error> invalid = request.validate()) {
        m_error = *invalid;
        endWith(SessionEnd::Invalid);
        return true;
    }
    m_caCertificates.clear();
    if (m_services->trustedCas) {
        const TrustedCas trusted = m_services->trustedCas(workload.ref().baseUrl);
        if (!trusted.problem.isEmpty()) {
            m_error = makeError(ErrorKind::Configuration, trusted.problem,
                                tr("Fix or remove the CA file of this base URL in Settings → "
                                   "Network."));
            endWith(SessionEnd::Invalid);
            return true;
        }
        m_caCertificates = trusted.certificates;
    }
    const quint64 serial = ++m_serial;
    m_stage = SessionStage::ReadingKey;
    emit readingKey();
    if (!m_services->keyLookup) {
        onKey(serial, QString());
        return true;
    }
    QPointer<RunSession> self(this);
    m_services->keyLookup(workload, [self, serial](QString key) {
        if (self)
            self->onKey(serial, key);
    });
    return true;
}

void RunSession::onKey(quint64 serial, const QString& key) {
    if (serial != m_serial || m_stage != SessionStage::ReadingKey)
        return; // cancelled, or a newer attempt began meanwhile
    m_key = key;
    m_keyId = Credential::parse(key).id;
    m_judged = true;
    if (m_services->guard) {
        const QString prompt =
            m_options.guardText.isEmpty() ? m_request.userText() : m_options.guardText;
        m_verdict = judgeSend(m_services->guard, m_workload, key, prompt, m_request.systemText());
        if (!m_verdict.canSend()) {
            m_error = makeError(ErrorKind::Configuration, m_verdict.headline(), m_verdict.fix());
            m_judged = false;
            endWith(SessionEnd::Blocked);
            return;
        }
        if (m_verdict.needsConfirmation()) {
            m_stage = SessionStage::Confirming;
            emit confirmationNeeded(m_verdict);
            return;
        }
    }
    send();
}

void RunSession::confirm(bool yes) {
    if (m_stage != SessionStage::Confirming)
        return;
    if (yes) {
        send();
        return;
    }
    m_judged = false;
    endWith(SessionEnd::Declined);
}

bool RunSession::again(const SessionRequest& request) {
    if (isBusy() || !m_judged || !m_endpoint || request.kind() != m_workload.kind)
        return false;
    m_request = request;
    m_error = {};
    if (std::optional<Error> invalid = request.validate()) {
        m_error = *invalid;
        endWith(SessionEnd::Invalid);
        return true;
    }
    send();
    return true;
}

void RunSession::send() {
    if (!m_endpoint) {
        // Anything stored or shown later is scrubbed of this key, even pieces a model echoes,
        // and of any key the user chose to send in the text (the guard asked first).
        const Credential credential = Credential::parse(m_key);
        if (!m_key.isEmpty())
            registerSecret(credential.secret.isEmpty() ? m_key : credential.secret);
        auto* endpoint = new Endpoint(m_services->nam, m_workload.ref(), m_key, this);
        endpoint->setConnectTimeoutMs(m_options.connectTimeoutMs >= 0
                                          ? m_options.connectTimeoutMs
                                          : m_services->connectTimeoutMs);
        endpoint->setIdleTimeoutMs(m_options.idleTimeoutMs >= 0 ? m_options.idleTimeoutMs
                                                                : m_services->idleTimeoutMs);
        for (const auto& [name, value] : m_services->extraHeaders + m_options.extraHeaders)
            endpoint->setExtraHeader(name, value);
        endpoint->setCaCertificates(m_caCertificates);
        m_endpoint = endpoint;
    }
    registerSecretsIn(m_request.systemText() + u'\n' + m_request.userText());
    flushHistory();
    if (m_run) {
        disconnect(m_run, nullptr, this, nullptr);
        m_run->deleteLater(); // the previous attempt: its figures are with the caller already
    }
    Run* run = nullptr;
    switch (m_request.type) {
    case Run::Type::Chat:
        run = m_endpoint->chat(m_request.chat);
        break;
    case Run::Type::Embeddings:
        run = m_endpoint->embed(m_request.embeddings);
        break;
    case Run::Type::Rerank:
        run = m_endpoint->rerank(m_request.rerank);
        break;
    }
    m_run = run;
    m_stage = SessionStage::Running;
    m_unsavedFrames.clear();
    beginHistory(run);
    connect(run, &Run::frameReceived, this, [this](const Frame& frame) {
        if (m_historyId >= 0 && m_services->keepFrames)
            m_unsavedFrames.append(frame);
    });
    connect(run, &Run::ended, this, [this, run](RunState state) { onRunEnded(run, state); });
    emit started(run);
}

void RunSession::onRunEnded(Run* run, RunState state) {
    if (run != m_run)
        return;
    m_progressTimer->stop();
    noteOutcome(run, state);
    // A structured answer is judged once, when whole: the verdict travels with it (the answer
    // area, history, compare's Valid column). A run that did not end done keeps no verdict: its
    // text is partial.
    m_schemaCheck = {};
    if (state == RunState::Done && m_request.type == Run::Type::Chat)
        if (const auto check = checkAnswer(run->text(), m_request.chat.responseFormat))
            m_schemaCheck = answerCheckJson(*check, m_request.chat.responseFormat);
    const qint64 historyId = m_historyId;
    if (historyId >= 0) {
        // Compare's panes end together; their writes then take a turn each (TurnQueue). The
        // next attempt, or the end of the session, writes it first if its turn has not come.
        flushHistory();
        QPointer<Run> guarded(run);
        m_pendingWrite = [this, guarded, state, historyId, check = m_schemaCheck,
                          price = m_options.price] {
            if (guarded)
                finishHistory(guarded, state, historyId, check, price);
        };
        if (m_services->turns)
            m_services->turns->post(this, [this] { flushHistory(); });
        else
            flushHistory();
    }
    endWith(sessionEndOf(state));
}

void RunSession::noteOutcome(Run* run, RunState state) {
    CredentialGuard* guard = m_services->guard;
    if (!guard || m_keyId.isEmpty())
        return;
    const Error& e = run->error();
    if (state == RunState::Done)
        guard->noteSuccess(m_keyId, m_workload.ref());
    else if (state == RunState::Failed && e.kind == ErrorKind::Permission)
        guard->noteServerAnswer(m_keyId, m_workload.ref(), e.code);
    else
        return;
    if (m_services->guardLearned)
        m_services->guardLearned();
}

void RunSession::endWith(SessionEnd end) {
    m_end = end;
    m_stage = SessionStage::Ended;
    if (!wasSent(end))
        m_key.clear(); // a key that was not sent is not kept
    emit ended(end);
}

void RunSession::cancel() {
    switch (m_stage) {
    case SessionStage::ReadingKey:
    case SessionStage::Confirming:
        ++m_serial;
        m_judged = false;
        endWith(SessionEnd::Abandoned);
        break;
    case SessionStage::Running:
        if (m_run)
            m_run->cancel(); // ended() follows synchronously
        break;
    default:
        break;
    }
}

void RunSession::release() {
    if (isBusy())
        cancel();
    m_progressTimer->stop();
    flushHistory();
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    if (m_endpoint)
        m_endpoint->deleteLater(); // and its runs: the key goes with it
    m_endpoint = nullptr;
    m_run = nullptr;
    m_key.clear();
    m_judged = false;
    m_historyId = -1;
}

// ---------------------------------------------------------------- history

void RunSession::beginHistory(Run* run) {
    m_historyId = -1;
    if (!m_services->history || !m_options.recordHistory || m_request.type != Run::Type::Chat)
        return;
    const ChatRequest& request = m_request.chat;
    HistoryRun entry;
    entry.startedAt = QDateTime::currentDateTime();
    entry.workloadId = m_workload.id;
    entry.workloadName = m_workload.displayName();
    entry.workloadRef = workloadUrl(m_workload.ref(), QString()).toString();
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
    entry.origin = originOfRun(m_options.origin, ++m_runNumber);
    m_historyId = m_services->history->begin(entry);
    if (m_historyId >= 0)
        m_progressTimer->start();
}

void RunSession::flushHistory() {
    if (auto write = std::exchange(m_pendingWrite, {}))
        write();
}

void RunSession::saveProgress() {
    if (!m_services->history || m_historyId < 0 || !m_run)
        return;
    m_services->history->progress(m_historyId, m_run->text(), m_unsavedFrames);
    m_unsavedFrames.clear();
}

void RunSession::finishHistory(Run* run, RunState state, qint64 historyId,
                               const QJsonObject& schemaCheck,
                               const std::optional<TokenPrice>& price) {
    if (!m_services->history)
        return;
    if (run == m_run && historyId == m_historyId)
        saveProgress();
    HistoryRun entry;
    entry.answer = run->text();
    entry.reasoning = run->reasoning();
    entry.toolCalls = run->toolCalls();
    entry.state = runStateName(state);
    entry.metrics = metricsToJson(runMetrics(*run));
    entry.model = run->model();
    entry.finishReason = run->finishReason();
    entry.usage = usageToJson(run->usage());
    // The price it was sent at stays with the run: a later change of the workload's price
    // does not rewrite what a past run cost.
    if (const QJsonObject cost = costToJson(price, run->usage()); !cost.isEmpty())
        entry.extra[u"cost"_s] = cost;
    if (state != RunState::Done)
        entry.error = errorToJson(run->error());
    entry.record = recordToJson(run->record());
    if (!schemaCheck.isEmpty())
        entry.extra.insert(u"schema"_s, schemaCheck);
    // Kept so a run reopened from history shows its tint and alternatives as it did live.
    if (!run->tokens().isEmpty())
        entry.extra.insert(u"logprobs"_s, logprobsToJson(run->tokens()));
    m_services->history->finish(historyId, entry);
}

} // namespace ik
