#include "eval.h"

#include "evalassert.h"
#include "evalexport.h"
#include "evalrunner.h"
#include "evalstore.h"
#include "guard.h"
#include "keystore.h"
#include "output.h"
#include "pricing.h"
#include "proxy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

namespace ikcall {

namespace {

int g_evalPipe[2] = {-1, -1};

void onEvalSignal(int) {
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_evalPipe[1], &c, 1);
}

struct EvalOptions {
    QString setPath;
    QStringList workloads;
    int concurrency = 4;
    int timeoutMs = 0;
    QString junit;
    QString csv;
    bool json = false;
    bool fresh = false;
    QString store;
    QString baseUrl;
    QString keyEnv;                    // NAME: every workload's key
    QHash<QString, QString> keyEnvFor; // W=NAME
};

QString evalDescription() {
    return u"Runs an evaluation set against its workloads, as the playground's Evaluate view "
           u"does, and stores the results where the window reads them.\n\n"
           u"  ik-call eval SET.json [--workload W ...] [--concurrency N] [--junit FILE] "
           u"[--json]\n\n"
           u"A run stopped halfway (Ctrl+C, a crash, kill -9) resumes where it stopped the "
           u"next time the same set runs, and repeats no call that finished; --fresh starts "
           u"over. Workloads are a stored workload's name or id, or project/slug at "
           u"--base-url. Keys come from --api-key-env, else INFERENCEKEY_API_KEY, else each "
           u"workload's entry in the system keychain.\n\n"_s +
           exitStatusTable();
}

void addEvalOptions(QCommandLineParser& p) {
    p.addHelpOption();
    p.addPositionalArgument(u"eval"_s, u"the command"_s);
    p.addPositionalArgument(u"SET"_s, u"the evaluation set (.json)"_s);
    p.addOptions({
        {u"workload"_s,
         u"Run against this workload instead of the set's (repeatable, at most 6); a workload "
         u"the set lists keeps its parameters"_s,
         u"W"_s},
        {u"concurrency"_s, u"Calls on the wire at once per workload, 1 to 64 (default 4)"_s,
         u"N"_s},
        {u"junit"_s, u"Write the results as JUnit XML to FILE"_s, u"FILE"_s},
        {u"json"_s, u"Print a JSON summary instead of text"_s},
        {u"csv"_s, u"Write one line per result to FILE (CSV)"_s, u"FILE"_s},
        {u"timeout"_s, u"Stop the whole run after S seconds (it resumes later)"_s, u"S"_s},
        {u"fresh"_s, u"Start a new run even when the set's last one is unfinished"_s},
        {u"store"_s, u"Results database (default: the playground's evaluations.sqlite)"_s,
         u"FILE"_s},
        {u"base-url"_s, u"Base URL for project/slug workloads (default INFERENCEKEY_BASE_URL)"_s,
         u"URL"_s},
        {u"api-key-env"_s,
         u"Read the key from this environment variable: NAME for every workload, or W=NAME "
         u"for one (repeatable)"_s,
         u"NAME"_s},
    });
}

// A whole number option in [low, high]; false with a usage message when it is not.
bool intOption(const QCommandLineParser& p, const QString& name, int low, int high, int* out) {
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        usageError(u"--%1 expects a whole number from %2 to %3, got '%4'"_s.arg(name)
                       .arg(low)
                       .arg(high)
                       .arg(p.value(name)));
        return false;
    }
    *out = v;
    return true;
}

std::optional<int> readEvalOptions(const QCoreApplication& app, EvalOptions* o) {
    QCommandLineParser p;
    p.setApplicationDescription(evalDescription());
    addEvalOptions(p);
    if (!p.parse(app.arguments()))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        writeOut(p.helpText().toUtf8());
        return 0;
    }
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 2)
        return usageError(pos.size() < 2 ? u"eval needs the evaluation set: ik-call eval SET.json"_s
                                         : u"eval takes one set, got %1"_s.arg(pos.size() - 1));
    o->setPath = pos[1];
    o->workloads = p.values(u"workload"_s);
    if (o->workloads.size() > kMaxWorkloads)
        return usageError(u"at most %1 --workload options"_s.arg(kMaxWorkloads));
    int timeoutS = 0;
    if (!intOption(p, u"concurrency"_s, 1, 64, &o->concurrency) ||
        !intOption(p, u"timeout"_s, 1, 7 * 24 * 3600, &timeoutS))
        return kExitUsage;
    o->timeoutMs = timeoutS * 1000;
    o->junit = p.value(u"junit"_s);
    o->csv = p.value(u"csv"_s);
    o->json = p.isSet(u"json"_s);
    o->fresh = p.isSet(u"fresh"_s);
    o->store = p.value(u"store"_s);
    o->baseUrl = resolveSetting(p.value(u"base-url"_s), "INFERENCEKEY_BASE_URL",
                                QLatin1String(kDefaultBaseUrl));
    for (const QString& v : p.values(u"api-key-env"_s)) {
        const qsizetype eq = v.lastIndexOf(u'=');
        if (eq < 0)
            o->keyEnv = v;
        else
            o->keyEnvFor.insert(v.left(eq), v.mid(eq + 1));
    }
    return std::nullopt;
}

int setProblems(const QList<Issue>& issues, const QString& fix) {
    for (const Issue& i : issues)
        writeErr(u"ik-call: %1\n"_s.arg(i.text()));
    writeErr(u"hint: %1\n"_s.arg(fix));
    return exitStatusFor(ErrorKind::Validation);
}

// The set's workloads, or those --workload names (keeping the set's parameters for each it
// lists).
void chooseWorkloads(EvalSet* set, const QStringList& names) {
    if (names.isEmpty())
        return;
    QList<WorkloadUse> chosen;
    for (const QString& name : names) {
        WorkloadUse use;
        use.ref = name;
        for (const WorkloadUse& u : std::as_const(set->workloads))
            if (u.ref == name)
                use = u;
        chosen.append(use);
    }
    set->workloads = chosen;
}

QString durationText(qint64 ms) {
    if (ms < 0)
        return u"--:--"_s;
    const qint64 s = ms / 1000;
    return u"%1:%2"_s.arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString progressLine(const Progress& p) {
    QString line = u"eval %1/%2 · %3 passed · %4 failed · %5/s · ETA %6"_s.arg(p.done)
                       .arg(p.total)
                       .arg(p.passed)
                       .arg(p.failed)
                       .arg(p.throughput, 0, 'f', 1)
                       .arg(durationText(p.etaMs));
    if (p.cost > 0)
        line += u" · "_s + formatCost(p.cost);
    if (p.retries > 0)
        line += u" · %1 retries"_s.arg(p.retries);
    return line;
}

void printSummary(const EvalStore& store, qint64 runId, const EvalSet& set,
                  const QStringList& names) {
    const QJsonObject s = summaryJson(store, runId, set, names);
    for (const QJsonValue& v : s.value(u"workloads"_s).toArray()) {
        const QJsonObject w = v.toObject();
        QString line = u"%1: %2/%3 passed"_s.arg(w[u"name"_s].toString())
                           .arg(w[u"passed"_s].toInt())
                           .arg(w[u"cells"_s].toInt());
        const QJsonArray ci = w[u"pass_rate_95"_s].toArray();
        line += u" (%1%, 95% CI %2–%3%)"_s.arg(100 * w[u"pass_rate"_s].toDouble(), 0, 'f', 1)
                    .arg(100 * ci[0].toDouble(), 0, 'f', 0)
                    .arg(100 * ci[1].toDouble(), 0, 'f', 0);
        if (const int e = w[u"errors"_s].toInt())
            line += e == 1 ? u", 1 call failed"_s : u", %1 calls failed"_s.arg(e);
        if (w[u"p50_ms"_s].toInteger() >= 0)
            line += u", latency p50 %1 ms p90 %2 ms"_s.arg(w[u"p50_ms"_s].toInteger())
                        .arg(w[u"p90_ms"_s].toInteger());
        if (w[u"cost"_s].toDouble() > 0)
            line += u", cost "_s + formatCost(w[u"cost"_s].toDouble());
        writeOut((line + u'\n').toUtf8());
    }
    const QJsonArray failures = s.value(u"failures"_s).toArray();
    for (qsizetype i = 0; i < failures.size() && i < 50; ++i) {
        const QJsonObject f = failures[i].toObject();
        writeOut(u"FAIL row %1 · %2 · %3: %4\n"_s.arg(f[u"row"_s].toInt())
                     .arg(f[u"workload"_s].toString(), f[u"assertion"_s].toString(),
                          f[u"reason"_s].toString())
                     .toUtf8());
    }
    if (failures.size() > 50)
        writeOut(u"... and %1 more failures (see --junit or --json)\n"_s.arg(failures.size() - 50)
                     .toUtf8());
}

// Reads every workload's key before the run: from the environment, else the keychain one
// after the other. done(keys) runs once all are known; a missing one ends the command.
class KeyReader {
public:
    KeyReader(const EvalOptions& o, QList<Workload> workloads, QStringList refs)
        : m_o(o), m_workloads(std::move(workloads)), m_refs(std::move(refs)) {}
    void read(std::function<void(QHash<QString, QString>)> done) {
        m_done = std::move(done);
        next(0);
    }

private:
    void next(int i);
    const EvalOptions& m_o;
    QList<Workload> m_workloads;
    QStringList m_refs;
    QHash<QString, QString> m_keys; // by workload id
    KeychainKeyStore m_keychain;
    std::function<void(QHash<QString, QString>)> m_done;
};

void KeyReader::next(int i) {
    if (i >= m_workloads.size())
        return m_done(m_keys);
    const Workload& w = m_workloads[i];
    const QString env = m_o.keyEnvFor.value(m_refs[i], m_o.keyEnv);
    QString key = env.isEmpty() ? resolveSetting({}, "INFERENCEKEY_API_KEY")
                                : qEnvironmentVariable(env.toLocal8Bit().constData()).trimmed();
    if (!env.isEmpty() && key.isEmpty()) {
        QCoreApplication::exit(failWith(makeError(
            ErrorKind::Configuration, u"--api-key-env names %1, which is not set"_s.arg(env),
            u"export %1=ik_live_... first"_s.arg(env))));
        return;
    }
    if (!key.isEmpty()) {
        m_keys.insert(w.id, key);
        return next(i + 1);
    }
    m_keychain.read(w.account(), [this, i, w](const KeyStoreResult& r) {
        if (r.ok() && !r.secret.isEmpty()) {
            m_keys.insert(w.id, r.secret);
            return next(i + 1);
        }
        QCoreApplication::exit(failWith(makeError(
            ErrorKind::Configuration,
            u"no ik_live_ key for %1 (%2)"_s.arg(w.displayName(),
                                                 r.status == KeyStoreResult::Status::NotFound
                                                     ? u"no keychain entry %1"_s.arg(w.account())
                                                     : r.message),
            u"set INFERENCEKEY_API_KEY, pass --api-key-env [W=]NAME, or store the workload's key "
            u"with the playground"_s)));
    });
}

// Everything one eval command holds while the event loop runs it.
struct EvalCommand {
    EvalOptions o;
    EvalSet set;
    QList<Workload> workloads;
    QStringList names;
    QHash<QString, Workload> deciders; // what similar and judge assertions name
    QHash<QString, QString> keys;
    ProxyRules proxy; // from the environment, as curl reads it (and ik-call's other commands)
    QNetworkAccessManager nam;
    CredentialGuard guard;
    SessionServices services;
    std::unique_ptr<EvalStore> store;
    std::unique_ptr<EvalRunner> runner;
    bool terminal = false;
    QString lastLine;

    int start();
    int finish(RunEnd end);
};

int EvalCommand::start() {
    // On each manager, not application-wide: Qt's global proxy path sends loopback direct, and
    // a proxy on loopback is what the rules allow for plain http (proxy.h).
    nam.setProxyFactory(new RulesProxyFactory(proxy));
    services.nam = &nam;
    services.guard = &guard;
    services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        done(keys.value(w.id));
    };
    runner = std::make_unique<EvalRunner>(&services, store.get());
    runner->setDeciders(deciders);
    terminal = isatty(STDERR_FILENO) != 0;
    QObject::connect(runner.get(), &EvalRunner::progressChanged, runner.get(),
                     [this](const Progress& p) {
                         if (!terminal)
                             return;
                         const QString line = progressLine(p);
                         if (line != lastLine)
                             writeErr(u"\r\x1b[K"_s + line);
                         lastLine = line;
                     });
    QObject::connect(runner.get(), &EvalRunner::finished, runner.get(),
                     [this](RunEnd end) { QCoreApplication::exit(finish(end)); });
    RunOptions options;
    options.concurrency = o.concurrency;
    options.runTimeoutMs = o.timeoutMs;
    options.resume = !o.fresh;
    options.prepareManager = [this](QNetworkAccessManager* extra) {
        extra->setProxyFactory(new RulesProxyFactory(proxy));
    };
    QList<std::optional<TokenPrice>> prices;
    for (const Workload& w : std::as_const(workloads))
        prices.append(workloadPrice(w));
    if (!runner->start(set, workloads, options, prices))
        return failWith(
            makeError(ErrorKind::Validation, runner->error(), u"fix the set and run it again"_s));
    if (runner->progress().resumed > 0)
        writeErr(u"resuming run %1: %2 of %3 results already stored\n"_s.arg(runner->runId())
                     .arg(runner->progress().resumed)
                     .arg(runner->progress().total));
    return -1;
}

int EvalCommand::finish(RunEnd end) {
    if (terminal && !lastLine.isEmpty())
        writeErr(u"\r\x1b[K"_s + progressLine(runner->progress()) + u'\n');
    const qint64 runId = runner->runId();
    if (!o.junit.isEmpty()) {
        QFile f(o.junit);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !writeJUnit(*store, runId, set, names, &f))
            return failWith(makeError(ErrorKind::Configuration,
                                      u"cannot write %1: %2"_s.arg(o.junit, f.errorString())));
    }
    if (!o.csv.isEmpty()) {
        QFile f(o.csv);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !writeCsv(*store, runId, set, names, &f))
            return failWith(makeError(ErrorKind::Configuration,
                                      u"cannot write %1: %2"_s.arg(o.csv, f.errorString())));
    }
    if (o.json)
        writeOut(QJsonDocument(summaryJson(*store, runId, set, names)).toJson());
    else
        printSummary(*store, runId, set, names);
    const Progress& p = runner->progress();
    switch (end) {
    case RunEnd::Done:
        return p.failed > 0 ? kExitAssertionFailed : 0;
    case RunEnd::TimedOut:
        writeErr(u"ik-call: the run timed out after %1 of %2 results; run it again to resume\n"_s
                     .arg(p.done)
                     .arg(p.total));
        return exitStatusFor(ErrorKind::Timeout);
    case RunEnd::Cancelled:
        writeErr(
            u"ik-call: stopped after %1 of %2 results; run it again to resume\n"_s.arg(p.done).arg(
                p.total));
        return exitStatusFor(ErrorKind::Cancelled);
    case RunEnd::Failed:
        break;
    }
    return failWith(makeError(ErrorKind::Configuration, runner->error()));
}

// The workloads the set's similar and judge assertions name: an embedding workload for similar,
// a chat one for judge (a project/slug reference carries no kind of its own).
std::optional<int> resolveDeciders(EvalCommand* c, const QList<Workload>& stored) {
    QList<Assertion> all = c->set.assertions;
    for (const Row& r : std::as_const(c->set.rows))
        all += r.assertions;
    for (const Assertion& a : std::as_const(all)) {
        if (!needsNetwork(a.kind) || c->deciders.contains(a.workload))
            continue;
        QString error;
        std::optional<Workload> w = resolveWorkload(a.workload, stored, c->o.baseUrl, &error);
        if (!w)
            return failWith(makeError(ErrorKind::Configuration, error,
                                      u"name the %1 assertion's workload as the playground lists "
                                      u"it, or as project/slug"_s.arg(assertionKindName(a.kind))));
        if (!stored.contains(*w))
            w->kind =
                a.kind == AssertionKind::Similar ? WorkloadKind::Embedding : WorkloadKind::Chat;
        c->deciders.insert(a.workload, *w);
    }
    return std::nullopt;
}

// The set read and checked, its workloads resolved: nullopt to go on, else the exit status.
std::optional<int> prepare(EvalCommand* c) {
    const LoadResult loaded = loadEvalSet(c->o.setPath);
    if (!loaded.ok())
        return setProblems(loaded.errors, u"fix the set file; see docs/examples/eval/"_s);
    c->set = *loaded.set;
    chooseWorkloads(&c->set, c->o.workloads);
    const TemplateCheck check = checkTemplates(c->set);
    if (!check.ok())
        return setProblems(check.errors, u"give every row the variables the template uses"_s);
    for (const Issue& w : check.warnings)
        writeErr(u"warning: %1\n"_s.arg(w.text()));
    const QList<Workload> stored = WorkloadStore().load().workloads;
    for (const WorkloadUse& use : std::as_const(c->set.workloads)) {
        QString error;
        const std::optional<Workload> w = resolveWorkload(use.ref, stored, c->o.baseUrl, &error);
        if (!w)
            return failWith(makeError(ErrorKind::Configuration, error,
                                      u"name a workload the playground lists, or give "
                                      u"project/slug and --base-url"_s));
        c->workloads.append(*w);
        c->names.append(use.ref);
    }
    if (std::optional<int> status = resolveDeciders(c, stored))
        return status;
    c->store = std::make_unique<EvalStore>(c->o.store);
    if (!c->store->isOpen())
        return failWith(
            makeError(ErrorKind::Configuration, u"cannot open the results store %1: %2"_s.arg(
                                                    c->store->path(), c->store->lastError())));
    return std::nullopt;
}

} // namespace

bool isEvalCommand(const QStringList& arguments) {
    return arguments.size() > 1 && arguments[1] == u"eval"_s;
}

int evalMain(QCoreApplication& app) {
    // The window's names: its workloads file, prices and evaluations.sqlite are found where it
    // keeps them.
    QCoreApplication::setOrganizationName(u"InferenceKey"_s);
    QCoreApplication::setApplicationName(u"InferenceKey Playground"_s);
    EvalCommand c;
    if (std::optional<int> status = readEvalOptions(app, &c.o))
        return *status;
    QStringList proxyProblems;
    c.proxy = proxyRulesFromEnvironment(QProcessEnvironment::systemEnvironment(), &proxyProblems);
    if (!proxyProblems.isEmpty())
        return failWith(makeError(
            ErrorKind::Configuration, proxyProblems.first(),
            u"fix or unset it: ik-call reads https_proxy, HTTPS_PROXY, http_proxy, all_proxy and "
            u"NO_PROXY as curl does"_s));
    if (std::optional<int> status = prepare(&c))
        return *status;
    if (::pipe(g_evalPipe) != 0)
        return failWith(makeError(ErrorKind::Configuration, u"cannot create a pipe"_s));
    std::signal(SIGINT, onEvalSignal);
    std::signal(SIGTERM, onEvalSignal);
    QSocketNotifier notifier(g_evalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&c] {
        char ch;
        [[maybe_unused]] auto n = ::read(g_evalPipe[0], &ch, 1);
        if (c.runner && c.runner->isRunning())
            c.runner->cancel();
        else
            QCoreApplication::exit(exitStatusFor(ErrorKind::Cancelled));
    });
    QList<Workload> needKeys = c.workloads;
    QStringList refs = c.names;
    for (auto it = c.deciders.cbegin(); it != c.deciders.cend(); ++it) {
        needKeys.append(it.value());
        refs.append(it.key());
    }
    KeyReader keys(c.o, needKeys, refs);
    QTimer::singleShot(0, &app, [&] {
        keys.read([&c](QHash<QString, QString> found) {
            c.keys = std::move(found);
            if (const int status = c.start(); status >= 0)
                QCoreApplication::exit(status);
        });
    });
    return app.exec();
}

} // namespace ikcall
