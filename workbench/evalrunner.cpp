#include "evalrunner.h"

#include "evaldecider.h"
#include "images.h"
#include "run.h"
#include "toolspec.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("ik::eval::EvalRunner", text);
}

bool retryable(const Error& e) {
    return e.kind == ErrorKind::RateLimited || (e.kind == ErrorKind::Server && e.httpStatus == 503);
}

QJsonArray toolCallsJson(const QList<ToolCall>& calls) {
    QJsonArray list;
    for (const ToolCall& c : calls)
        list.append(QJsonObject{{u"name"_s, c.name}, {u"arguments"_s, c.arguments}});
    return list;
}

} // namespace

struct EvalRunner::Slot {
    int workload = 0;
    RunSession* session = nullptr;
    EvalDecider* decider = nullptr;
    int row = -1; // -1: idle
    int attempt = 0;
    bool waiting = false; // in a backoff before the next attempt
    CellResult pending;   // while the decider works on its similar and judge assertions
    ~Slot() {
        delete decider;
        delete session; // a run still going is cancelled, quietly
    }
};

std::optional<Workload> resolveWorkload(const QString& ref, const QList<Workload>& stored,
                                        const QString& baseUrl, QString* error) {
    for (const Workload& w : stored)
        if (w.id == ref)
            return w;
    for (const Workload& w : stored)
        if (w.name.compare(ref, Qt::CaseInsensitive) == 0)
            return w;
    const QStringList parts = ref.split(u'/');
    if (parts.size() != 2) {
        *error =
            tr("no stored workload is named \"%1\"; give its name or id, or project/slug").arg(ref);
        return std::nullopt;
    }
    Workload w;
    w.id = ref;
    w.name = ref;
    w.baseUrl = trimBaseUrl(baseUrl);
    w.project = parts[0];
    w.slug = parts[1];
    w.kind = WorkloadKind::Chat;
    const WorkloadCheck check = checkWorkload(w);
    if (!check.ok()) {
        *error = tr("workload \"%1\": %2").arg(ref, check.errors.first().message);
        return std::nullopt;
    }
    return w;
}

QString setHash(const EvalSet& set) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& path : {set.path, set.dataPath}) {
        QFile f(path);
        if (!path.isEmpty() && f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
        h.addData("\n--\n");
    }
    if (set.path.isEmpty()) // an unsaved set: what it sends stands for it
        for (const Row& r : set.rows)
            h.addData(
                requestFor(set, r, set.workloads.value(0)).messages.value(0).content.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QString runEndName(RunEnd end) {
    switch (end) {
    case RunEnd::Done:
        return u"done"_s;
    case RunEnd::Cancelled:
        return u"cancelled"_s;
    case RunEnd::TimedOut:
        return u"timed-out"_s;
    case RunEnd::Failed:
        break;
    }
    return u"failed"_s;
}

EvalRunner::EvalRunner(const SessionServices* services, EvalStore* store, QObject* parent)
    : QObject(parent), m_services(services), m_store(store), m_timeout(new QTimer(this)) {
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        for (Slot* s : std::as_const(m_slots))
            if (s->row >= 0) {
                s->session->cancel(); // ends Cancelled; onEnded leaves the cell unrecorded
                s->decider->cancel();
            }
        finishRun(RunEnd::TimedOut);
    });
}

EvalRunner::~EvalRunner() {
    m_running = false;
    qDeleteAll(m_slots); // each session cancels its run, quietly
}

QString EvalRunner::problem(const EvalSet& set, const QList<Workload>& workloads) const {
    QString error;
    if (!m_store || !m_store->isOpen())
        error =
            tr("the results store is not open: %1").arg(m_store ? m_store->lastError() : QString());
    else if (workloads.size() != set.workloads.size() || workloads.isEmpty() ||
             workloads.size() > kMaxWorkloads)
        error = tr("a run needs 1 to %1 workloads, one per workload of the set").arg(kMaxWorkloads);
    for (qsizetype i = 0; error.isEmpty() && i < workloads.size(); ++i) {
        if (workloads[i].kind != WorkloadKind::Chat)
            error = tr("%1 is a %2 workload; an evaluation runs against chat workloads")
                        .arg(workloads[i].displayName(), workloadKindName(workloads[i].kind));
        else if (const ToolsCheck tools = checkTools(QString::fromUtf8(set.workloads[i].tools));
                 !tools.ok())
            error = tr("the tools of %1: %2").arg(set.workloads[i].ref, tools.error);
    }
    if (const TemplateCheck check = checkTemplates(set); error.isEmpty() && !check.ok())
        error = check.errors.first().text();
    return error;
}

bool EvalRunner::start(const EvalSet& set, const QList<Workload>& workloads,
                       const RunOptions& options, const QList<std::optional<TokenPrice>>& prices) {
    if (m_running)
        return false;
    m_error = problem(set, workloads);
    if (!m_error.isEmpty())
        return false;
    m_set = set;
    m_workloads = workloads;
    m_prices = prices;
    m_prices.resize(workloads.size());
    for (qsizetype i = 0; i < workloads.size(); ++i)
        if (!m_prices[i])
            m_prices[i] = set.workloads[i].price;
    m_options = options;
    m_options.concurrency = std::clamp(options.concurrency, 1, 64);
    QStringList refs;
    for (const WorkloadUse& u : set.workloads)
        refs << u.ref;
    const QString hash = setHash(set);
    const int rows = int(set.rows.size()), n = int(workloads.size());
    m_progress = {};
    m_progress.total = rows * n;
    std::optional<RunInfo> earlier = options.resume ? m_store->resumable(hash, refs) : std::nullopt;
    if (earlier && earlier->rows == rows) {
        m_runId = earlier->id;
        m_finished = m_store->finishedCells(m_runId, rows, n);
        for (const WorkloadTotals& t : m_store->totals(m_runId, n)) {
            m_progress.passed += t.passed;
            m_progress.failed += t.cells - t.passed;
        }
    } else {
        RunInfo info;
        info.setPath = set.path;
        info.setHash = hash;
        info.name = set.name;
        info.workloads = refs;
        info.rows = rows;
        m_runId = m_store->beginRun(info);
        m_finished = QBitArray(qsizetype(rows) * n);
    }
    if (m_runId < 0) {
        m_error = tr("cannot start a run in the results store: %1").arg(m_store->lastError());
        return false;
    }
    m_progress.done = m_progress.resumed = int(m_finished.count(true));
    makeSlots(n);
    m_running = true;
    m_clock.start();
    if (options.runTimeoutMs > 0)
        m_timeout->start(options.runTimeoutMs);
    // From the event loop: a session refused locally ends inside its start(), and the caller
    // should have connected to every signal by the time the first one comes.
    QTimer::singleShot(0, this, [this, n] {
        for (int w = 0; w < n; ++w)
            fill(w);
        updateProgress();
    });
    return true;
}

// Qt's HTTP/1 keeps at most six connections to one host per network manager and queues the
// rest: every six slots get a manager of their own (configured like the caller's), or calls
// past the sixth would wait on the wire however high the concurrency.
const SessionServices* EvalRunner::laneFor(qsizetype slot) {
    constexpr qsizetype kConnectionsPerManager = 6;
    const qsizetype lane = slot / kConnectionsPerManager;
    if (lane == 0 || !m_services->nam)
        return m_services;
    while (qsizetype(m_lanes.size()) < lane) {
        auto nam = std::make_unique<QNetworkAccessManager>();
        nam->setProxy(m_services->nam->proxy());
        if (m_options.prepareManager)
            m_options.prepareManager(nam.get());
        auto services = std::make_unique<SessionServices>(*m_services);
        services->nam = nam.get();
        m_lanes.push_back({std::move(nam), std::move(services)});
    }
    return m_lanes[size_t(lane - 1)].services.get();
}

void EvalRunner::makeSlots(int n) {
    qDeleteAll(m_slots);
    m_slots.clear();
    for (int w = 0; w < n; ++w)
        for (int i = 0; i < m_set.workloads[w].concurrency.value_or(m_options.concurrency); ++i) {
            auto* slot = new Slot;
            const SessionServices* services = laneFor(m_slots.size());
            slot->workload = w;
            slot->session = new RunSession(services, this);
            slot->decider = new EvalDecider(services, this);
            connect(slot->decider, &EvalDecider::decided, this,
                    [this, slot](const QList<Outcome>& outcomes) {
                        if (m_running && slot->row >= 0)
                            storeCell(slot, slot->pending, outcomes);
                    });
            connect(slot->session, &RunSession::ended, this,
                    [this, slot](SessionEnd end) { onEnded(slot, end); });
            connect(slot->session, &RunSession::confirmationNeeded, this,
                    [this, slot] { slot->session->confirm(m_options.confirmRisky); });
            m_slots.append(slot);
        }
    m_next = QList<int>(n, 0);
    m_heldUntil = QList<QElapsedTimer>(n);
    m_holdMs = QList<qint64>(n, 0);
    m_callsMade = 0;
}

void EvalRunner::cancel() {
    if (!m_running)
        return;
    m_running = false; // first: the cancelled sessions' ends are not results
    for (Slot* s : std::as_const(m_slots))
        if (s->row >= 0) {
            s->session->cancel();
            s->decider->cancel();
        }
    m_running = true;
    finishRun(RunEnd::Cancelled);
}

void EvalRunner::fill(int w) {
    if (!m_running)
        return;
    const int n = int(m_workloads.size()), rows = int(m_set.rows.size());
    if (m_holdMs[w] > 0 && m_heldUntil[w].isValid() && m_heldUntil[w].elapsed() < m_holdMs[w]) {
        QTimer::singleShot(int(m_holdMs[w] - m_heldUntil[w].elapsed()) + 1, this,
                           [this, w] { fill(w); });
        return;
    }
    for (Slot* s : std::as_const(m_slots)) {
        if (s->workload != w || s->row >= 0)
            continue;
        while (m_next[w] < rows && m_finished.testBit(qsizetype(m_next[w]) * n + w))
            ++m_next[w];
        if (m_next[w] >= rows)
            break;
        launch(s, m_next[w]++, 1);
    }
    if (m_progress.done == m_progress.total)
        finishRun(RunEnd::Done);
}

void EvalRunner::launch(Slot* slot, int row, int attempt) {
    slot->row = row;
    slot->attempt = attempt;
    slot->waiting = false;
    const Row& r = m_set.rows[row];
    const WorkloadUse& use = m_set.workloads[slot->workload];
    const Workload& workload = m_workloads[slot->workload];
    ChatRequest request = requestFor(m_set, r, use);
    request.model = workload.slug;
    request.stream = m_options.stream;
    request.params.includeUsage = m_options.stream;
    for (const QString& path : imagesFor(m_set, r, use)) {
        ChatImage image;
        if (const std::optional<Error> e = readImageFile(path, &image)) {
            // Nothing is sent: the cell's result is why, as each assertion reads it.
            CellResult cell;
            cell.row = row;
            cell.workload = slot->workload;
            cell.status = u"invalid"_s;
            cell.error = e->summary() + u" ("_s + path + u')';
            cell.attempts = 0;
            Answer failed;
            failed.error = cell.error;
            return storeCell(slot, cell, evaluateAll(assertionsFor(m_set, r), failed));
        }
        for (qsizetype i = request.messages.size() - 1; i >= 0; --i)
            if (request.messages[i].role == u"user"_s) {
                request.messages[i].images.append(image);
                break;
            }
    }
    SessionOptions options;
    options.recordHistory = false;
    options.price = m_prices.value(slot->workload);
    if (!r.fault.isEmpty())
        options.extraHeaders.append({"X-Sandbox-Fault", r.fault.toUtf8()});
    ++m_callsMade;
    ++m_progress.inFlight;
    slot->session->start(workload, SessionRequest::forChat(request), options);
}

void EvalRunner::onEnded(Slot* slot, SessionEnd end) {
    if (slot->row < 0)
        return;
    --m_progress.inFlight;
    if (!m_running || end == SessionEnd::Cancelled || end == SessionEnd::Abandoned) {
        slot->row = -1; // not a result: a resumed run makes this call again
        return;
    }
    if (end == SessionEnd::Failed && retryLater(slot, slot->session->error()))
        return;
    finishCell(slot, end);
}

bool EvalRunner::retryLater(Slot* slot, const Error& error) {
    if (!retryable(error) || slot->attempt >= m_options.maxAttempts)
        return false;
    const qint64 backoff = std::min<qint64>(
        qint64(m_options.backoffBaseMs) << std::min(slot->attempt - 1, 20), m_options.backoffMaxMs);
    const qint64 delay =
        error.retryAfterSeconds ? qint64(*error.retryAfterSeconds) * 1000 : backoff;
    // The server asked the whole workload to wait, not only this call.
    const int w = slot->workload;
    m_heldUntil[w].start();
    m_holdMs[w] = delay;
    slot->waiting = true;
    ++m_progress.retries;
    updateProgress();
    QTimer::singleShot(int(delay), slot->session, [this, slot, row = slot->row] {
        if (m_running && slot->waiting && slot->row == row)
            launch(slot, row, slot->attempt + 1);
    });
    return true;
}

void EvalRunner::finishCell(Slot* slot, SessionEnd end) {
    const int row = slot->row, w = slot->workload;
    CellResult cell;
    cell.row = row;
    cell.workload = w;
    cell.status = sessionEndName(end);
    cell.attempts = slot->attempt;
    Answer answer;
    if (const Run* run = wasSent(end) ? slot->session->run() : nullptr) {
        answer.text = run->text();
        answer.toolCalls = run->toolCalls();
        answer.finishReason = run->finishReason();
        answer.firstTokenMs = run->timings().firstTokenMs;
        answer.totalMs = run->timings().totalMs;
        answer.usage = run->usage();
        if (const std::optional<TokenPrice> price = m_prices.value(w))
            answer.cost = costOf(*price, answer.usage);
    }
    if (end == SessionEnd::Declined) // headless: no one to answer the guard's question
        answer.error = tr("not sent: the guard asks first (%1); send it from the window, or set "
                          "RunOptions::confirmRisky")
                           .arg(slot->session->verdict().headline());
    else if (end != SessionEnd::Done)
        answer.error = slot->session->error().summary();
    const QList<Assertion> assertions = assertionsFor(m_set, m_set.rows[row]);
    const QList<Outcome> outcomes = evaluateAll(assertions, answer);
    cell.answer = answer.text;
    cell.toolCalls = toolCallsJson(answer.toolCalls);
    cell.finishReason = answer.finishReason;
    cell.firstTokenMs = answer.firstTokenMs;
    cell.totalMs = answer.totalMs;
    cell.promptTokens = answer.usage.promptTokens;
    cell.completionTokens = answer.usage.completionTokens;
    cell.cost = answer.cost;
    cell.error = answer.error;
    const bool pending = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const Outcome& o) {
        return o.state == Outcome::State::Pending;
    });
    if (!pending)
        return storeCell(slot, cell, outcomes);
    slot->pending = cell;
    const ChatRequest request = requestFor(m_set, m_set.rows[row], m_set.workloads[w]);
    slot->decider->decide(assertions, outcomes, request.messages.last().content, answer.text,
                          m_deciders);
}

void EvalRunner::storeCell(Slot* slot, CellResult cell, const QList<Outcome>& outcomes) {
    const int row = slot->row, w = slot->workload;
    cell.outcomes = outcomesJson(outcomes);
    cell.passed = cell.status == u"done"_s && !firstFailure(outcomes);
    if (!m_store->record(m_runId, cell)) {
        m_error = tr("cannot write a result: %1").arg(m_store->lastError());
        slot->row = -1;
        finishRun(RunEnd::Failed);
        return;
    }
    m_finished.setBit(qsizetype(row) * m_workloads.size() + w);
    ++m_progress.done;
    ++(cell.passed ? m_progress.passed : m_progress.failed);
    if (cell.cost)
        m_progress.cost += *cell.cost;
    slot->row = -1;
    emit cellFinished(row, w, cell.passed);
    updateProgress();
    QTimer::singleShot(0, this, [this, w] { fill(w); });
}

void EvalRunner::finishRun(RunEnd end) {
    if (!m_running)
        return;
    m_running = false;
    m_timeout->stop();
    for (Slot* s : std::as_const(m_slots))
        s->waiting = false;
    m_store->finishRun(m_runId, runEndName(end));
    updateProgress();
    emit finished(end);
}

void EvalRunner::updateProgress() {
    m_progress.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    const int here = m_progress.done - m_progress.resumed;
    const double seconds = m_progress.elapsedMs / 1000.0;
    m_progress.throughput = seconds > 0 ? here / seconds : 0;
    m_progress.etaMs =
        m_progress.throughput > 0
            ? qint64((m_progress.total - m_progress.done) / m_progress.throughput * 1000)
            : -1;
    emit progressChanged(m_progress);
}

} // namespace ik::eval
