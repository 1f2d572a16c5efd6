#include "options.h"

#include "credential.h"
#include "output.h"

#include <QFile>

#include <cmath>
#include <limits>

#include <unistd.h>

namespace ikcall {

using namespace ik;

namespace {

// The non-blank lines of standard input, reading no further than `limit` + 1 of them: the
// caller refuses more than `limit` before the rest is even read.
QStringList readStdinLines(qsizetype limit) {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QStringList lines;
    while (lines.size() <= limit && !in.atEnd()) {
        QString l = QString::fromUtf8(in.readLine());
        if (l.endsWith(QLatin1Char('\n')))
            l.chop(1);
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
        if (!l.trimmed().isEmpty())
            lines << l;
    }
    return lines;
}

QString readStdinAll() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

// Parses a number option; returns false (with a message) when present and not a number, or,
// for a whole number, outside [low, high] (by default what T holds): a value that does not fit
// is refused, never wrapped into another one.
template <typename T>
bool numberOption(const QCommandLineParser& p, const QString& name, std::optional<T>* out,
                  QString* error, qint64 low = 0, qint64 high = -1) {
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const QString v = p.value(name);
    const double d = v.toDouble(&ok);
    ok = ok && std::isfinite(d);
    if constexpr (std::is_floating_point_v<T>) {
        if (ok)
            *out = d;
    } else {
        if (low > high) {
            low = std::numeric_limits<T>::lowest();
            high = std::numeric_limits<T>::max();
        }
        bool whole = false;
        const qlonglong n = v.toLongLong(&whole);
        // Digits past 64 bits read as a double only: out of range too, not "not a number".
        if ((whole && (n < low || n > high)) || (!whole && ok && d == std::trunc(d))) {
            *error = QStringLiteral("--%1 expects a whole number from %2 to %3, got '%4'")
                         .arg(name)
                         .arg(low)
                         .arg(high)
                         .arg(v);
            return false;
        }
        ok = whole;
        if (ok)
            *out = T(n);
    }
    if (!ok)
        *error = QStringLiteral("--%1 expects a number, got '%2'").arg(name, v);
    return ok;
}

// The command, and its arguments; a lone "-" reads them from standard input (the whole prompt
// for chat, one input or document per line otherwise).
std::optional<int> readCommand(const QCommandLineParser& p, Options* o) {
    QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return usageError(QStringLiteral("missing command: chat, embed, rerank, eval or evalret"));
    o->command = pos.takeFirst();
    if (o->command != QLatin1String("chat") && o->command != QLatin1String("embed") &&
        o->command != QLatin1String("rerank") && o->command != QLatin1String("evalret"))
        return usageError(
            QStringLiteral("unknown command '%1': use chat, embed, rerank, eval or evalret")
                .arg(o->command));
    if (o->command == QLatin1String("evalret")) {
        if (!pos.isEmpty())
            return usageError(QStringLiteral("evalret takes no arguments ('%1' given): pass the "
                                             "files with --docs and --queries")
                                  .arg(pos.first()));
        return std::nullopt;
    }
    const bool embed = o->command == QLatin1String("embed");
    const qsizetype limit = embed ? kMaxEmbeddingInputs : std::numeric_limits<qsizetype>::max() - 1;
    if (pos == QStringList{QStringLiteral("-")}) {
        if (o->command == QLatin1String("chat"))
            pos = QStringList{readStdinAll()};
        else
            pos = readStdinLines(limit);
    } else if (o->command == QLatin1String("rerank") && pos.size() == 2 &&
               pos[1] == QLatin1String("-")) {
        pos = QStringList{pos[0]} + readStdinLines(limit);
    }
    // Refused here, before reading further or sending: ik-call does not batch (the Embeddings
    // view does).
    if (embed && pos.size() > limit)
        return failWith(makeError(
            ErrorKind::Validation,
            QStringLiteral("embed sends at most %1 inputs in one request (the server's limit); "
                           "more were given")
                .arg(kMaxEmbeddingInputs),
            QStringLiteral("split the input into parts of at most %1 lines and call ik-call "
                           "once per part")
                .arg(kMaxEmbeddingInputs)));
    o->args = pos;
    return std::nullopt;
}

std::optional<int> readNumbers(const QCommandLineParser& p, Options* o) {
    QString err;
    ChatParams& params = o->params;
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (!numberOption(p, QStringLiteral("temperature"), &params.temperature, &err) ||
        !numberOption(p, QStringLiteral("max-tokens"), &params.maxTokens, &err, 1, intMax) ||
        !numberOption(p, QStringLiteral("top-p"), &params.topP, &err) ||
        !numberOption(p, QStringLiteral("seed"), &params.seed, &err) ||
        !numberOption(p, QStringLiteral("presence-penalty"), &params.presencePenalty, &err) ||
        !numberOption(p, QStringLiteral("frequency-penalty"), &params.frequencyPenalty, &err) ||
        !numberOption(p, QStringLiteral("top-n"), &o->topN, &err, 1, intMax) ||
        !numberOption(p, QStringLiteral("logprobs"), &params.topLogprobs, &err, 0,
                      qint64(kMaxTopLogprobs)))
        return usageError(err);
    params.logprobs = params.topLogprobs.has_value();
    // 0 turns a timeout off, as in the Endpoint.
    if (!numberOption(p, QStringLiteral("connect-timeout"), &o->connection.connectTimeoutMs, &err,
                      0, intMax) ||
        !numberOption(p, QStringLiteral("idle-timeout"), &o->connection.idleTimeoutMs, &err, 0,
                      intMax))
        return usageError(err);
    return std::nullopt;
}

std::optional<int> readHeaders(const QCommandLineParser& p, Options* o) {
    for (const QString& h : p.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        // The whole text is checked, surrounding line breaks too; it is not echoed, as it may
        // hold a key.
        if (!headerProblem(QByteArrayView("X"), h.toUtf8()).isEmpty())
            return usageError(QStringLiteral("--header holds a control character (a line break, "
                                             "NUL or another one): give one header per --header, "
                                             "as 'Name: value' on one line"));
        if (colon <= 0)
            return usageError(QStringLiteral("--header expects 'Name: value', got '%1'").arg(h));
        const QByteArray name = h.left(colon).trimmed().toUtf8();
        const QByteArray value = h.mid(colon + 1).trimmed().toUtf8();
        if (const QString problem = headerProblem(name, value); !problem.isEmpty())
            return usageError(QStringLiteral("--header: %1").arg(problem));
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            return usageError(QStringLiteral(
                "--header cannot set Authorization: the key comes from --api-key-env, "
                "INFERENCEKEY_API_KEY or the keychain"));
        o->connection.extraHeaders.append({name, value});
    }
    return std::nullopt;
}

std::optional<int> readTools(const QCommandLineParser& p, Options* o) {
    if (const QString path = p.value(QStringLiteral("tools")); !path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--tools: cannot read %1").arg(path));
        o->tools = f.readAll();
    }
    if (const QString format = p.value(QStringLiteral("response-format")); format == u"json") {
        o->responseFormat.type = ResponseFormat::Type::JsonObject;
    } else if (!format.isEmpty()) {
        QFile f(format);
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("--response-format: cannot read %1 (give json, or a "
                                             "file holding a JSON schema)")
                                  .arg(format));
        if (const QString e = readResponseFormat(f.readAll(), &o->responseFormat); !e.isEmpty())
            return usageError(QStringLiteral("--response-format %1: %2").arg(format, e));
    }
    const QString choice = p.value(QStringLiteral("tool-choice"));
    using Mode = ToolChoice::Mode;
    if (choice == u"auto" || choice == u"none" || choice == u"required")
        o->toolChoice.mode = choice == u"auto"   ? Mode::Auto
                             : choice == u"none" ? Mode::None
                                                 : Mode::Required;
    else if (!choice.isEmpty())
        o->toolChoice = {Mode::Function, choice};
    return std::nullopt;
}

// Each --image is checked before anything is sent, with the window's words (images.h): a file
// that is no PNG, JPEG, GIF or WebP says what it is; one over 20 MB says its size.
std::optional<int> readImages(const QCommandLineParser& p, Options* o) {
    const QStringList paths = p.values(QStringLiteral("image"));
    if (!paths.isEmpty() && o->command != QLatin1String("chat"))
        return usageError(QStringLiteral("--image applies to chat only"));
    for (const QString& path : paths) {
        ChatImage image;
        if (const std::optional<Error> e = readImageFile(path, &image))
            return failWith(*e);
        o->images.append(image);
    }
    return std::nullopt;
}

std::optional<int> readFlags(const QCommandLineParser& p, Options* o) {
    o->params.stop = p.values(QStringLiteral("stop"));
    o->params.includeUsage = p.isSet(QStringLiteral("include-usage"));
    o->stream = p.isSet(QStringLiteral("stream"));
    o->json = p.isSet(QStringLiteral("json"));
    o->npyPath = p.value(QStringLiteral("npy"));
    o->cache = p.isSet(QStringLiteral("cache"));
    o->system = p.value(QStringLiteral("system"));
    o->caFile = p.value(QStringLiteral("ca-file"));
    o->http2 = p.isSet(QStringLiteral("http2"));
    o->connection.openaiCompatible = p.isSet(QStringLiteral("openai-compatible"));
    if (auto status = readHeaders(p, o))
        return status;
    const QString reasoning = p.value(QStringLiteral("reasoning"));
    if (!reasoning.isEmpty() && reasoning != u"show" && reasoning != u"hide")
        return usageError(
            QStringLiteral("--reasoning takes show or hide, got '%1'").arg(reasoning));
    o->showReasoning = reasoning.isEmpty() ? isatty(STDERR_FILENO) != 0 : reasoning == u"show";
    if (o->stream && o->command != QLatin1String("chat"))
        return usageError(QStringLiteral("--stream applies to chat only"));
    if (!o->npyPath.isEmpty() && o->command != QLatin1String("embed"))
        return usageError(QStringLiteral("--npy applies to embed only"));
    if (o->cache && o->command != QLatin1String("embed"))
        return usageError(QStringLiteral("--cache applies to embed only"));
    return std::nullopt;
}

// Base URL, project and workload: each given or from the environment, and never a key.
std::optional<int> readWorkload(const QCommandLineParser& p, Options* o) {
    const QString base = resolveSetting(p.value(QStringLiteral("base-url")),
                                        "INFERENCEKEY_BASE_URL", QLatin1String(kDefaultBaseUrl));
    WorkloadRef& ref = o->ref;
    ref.baseUrl = QUrl(trimBaseUrl(base));
    if (!ref.baseUrl.isValid() || ref.baseUrl.host().isEmpty() ||
        (ref.baseUrl.scheme() != QLatin1String("http") &&
         ref.baseUrl.scheme() != QLatin1String("https")))
        return failWith(makeError(
            ErrorKind::Configuration,
            QStringLiteral("the base URL '%1' is not an http(s) URL").arg(base),
            QStringLiteral("pass --base-url https://host[:port] or set INFERENCEKEY_BASE_URL")));
    ref.project = resolveSetting(p.value(QStringLiteral("project")), "INFERENCEKEY_PROJECT");
    if (ref.project.isEmpty())
        return failWith(
            makeError(ErrorKind::Configuration, QStringLiteral("no project given"),
                      QStringLiteral("pass --project SLUG or set INFERENCEKEY_PROJECT")));
    ref.workload = p.value(QStringLiteral("workload")).trimmed();
    if (o->command == QLatin1String("evalret")) {
        // evalret compares up to two embedding workloads; every slug is checked below.
        for (const QString& w : p.values(QStringLiteral("workload")))
            o->workloads.append(w.trimmed());
        ref.workload = o->workloads.value(0);
    }
    if (ref.workload.isEmpty())
        return failWith(makeError(ErrorKind::Configuration, QStringLiteral("no workload given"),
                                  QStringLiteral("pass --workload SLUG")));
    const QStringList slugs = QStringList{ref.project, ref.workload} + o->workloads +
                              QStringList{p.value(QStringLiteral("rerank"))};
    for (const QString& field : slugs)
        if (containsCredential(field))
            return failWith(makeError(
                ErrorKind::Configuration,
                QStringLiteral("a key was given where a slug belongs (--project, --workload or "
                               "--rerank)"),
                QStringLiteral("pass the slug there, and the key through --api-key-env or "
                               "INFERENCEKEY_API_KEY")));
    return std::nullopt;
}

// The playground's guard asks before a key pasted into the text is sent; a script cannot be
// asked, so it is refused unless the caller says it is meant.
std::optional<int> refuseKeyInText(const QCommandLineParser& p, const Options& o) {
    QString sent = o.args.join(QLatin1Char('\n'));
    if (o.command == QLatin1String("evalret")) {
        sent = o.documents.texts().join(QLatin1Char('\n'));
        for (const auto& q : o.queries.items)
            sent += QLatin1Char('\n') + q.text;
    }
    if (p.isSet(QStringLiteral("allow-key-in-input")) ||
        (!containsCredential(o.system) && !containsCredential(sent)))
        return std::nullopt;
    return failWith(makeError(
        ErrorKind::Configuration,
        QStringLiteral("the text to send holds something that looks like an InferenceKey key "
                       "(%1)")
            .arg(o.command == QLatin1String("chat")      ? QStringLiteral("prompt or --system")
                 : o.command == QLatin1String("evalret") ? QStringLiteral("documents or queries")
                                                         : QStringLiteral("inputs")),
        QStringLiteral("remove the key from the text (a model may repeat it back), or pass "
                       "--allow-key-in-input if sending it is intended")));
}

// evalret's options: its two files read and checked against each other before anything is sent,
// and the numbers it is held to. Elsewhere they are usage errors.
std::optional<int> readEvalRet(const QCommandLineParser& p, Options* o) {
    const QStringList own = {QStringLiteral("docs"), QStringLiteral("queries"),
                             QStringLiteral("rerank"), QStringLiteral("k"),
                             QStringLiteral("min-recall")};
    if (o->command != QLatin1String("evalret")) {
        for (const QString& name : own)
            if (p.isSet(name))
                return usageError(QStringLiteral("--%1 applies to evalret only").arg(name));
        return std::nullopt;
    }
    if (p.values(QStringLiteral("workload")).size() > 2)
        return usageError(QStringLiteral("evalret compares at most two embedding workloads: give "
                                         "--workload once or twice"));
    if (o->connection.openaiCompatible)
        return usageError(QStringLiteral("--openai-compatible does not apply to evalret"));
    QString err;
    std::optional<int> k;
    if (!numberOption(p, QStringLiteral("k"), &k, &err, 1, 100000) ||
        !numberOption(p, QStringLiteral("min-recall"), &o->minRecall, &err))
        return usageError(err);
    o->k = k.value_or(10);
    if (o->minRecall && (*o->minRecall < 0 || *o->minRecall > 1))
        return usageError(QStringLiteral("--min-recall is a share from 0 to 1, got '%1'")
                              .arg(p.value(QStringLiteral("min-recall"))));
    o->rerank = p.value(QStringLiteral("rerank")).trimmed();
    if (o->topN && o->rerank.isEmpty())
        return usageError(QStringLiteral("--top-n with evalret is how many results the reranker "
                                         "reorders: give --rerank too"));
    const QString docs = p.value(QStringLiteral("docs")),
                  queries = p.value(QStringLiteral("queries"));
    if (docs.isEmpty() || queries.isEmpty())
        return usageError(QStringLiteral("evalret needs --docs FILE and --queries FILE"));
    const QString fix = QStringLiteral("fix the file; ik-call --help describes both formats");
    o->documents = ik::retrieval::loadDocuments(docs);
    if (!o->documents.ok())
        return failWith(makeError(ErrorKind::Validation, o->documents.error, fix));
    o->queries = ik::retrieval::loadQueries(queries, o->documents);
    if (!o->queries.ok())
        return failWith(makeError(ErrorKind::Validation, o->queries.error, fix));
    return std::nullopt;
}

} // namespace

QString description() {
    return QStringLiteral(
               "Calls an InferenceKey workload (or any OpenAI-compatible endpoint).\n\n"
               "  ik-call chat  [options] PROMPT...     (- reads the prompt from stdin)\n"
               "  ik-call embed [options] TEXT...       (- reads one input per line)\n"
               "  ik-call rerank [options] QUERY DOC... (- reads documents per line)\n"
               "  ik-call eval SET.json [--workload W ...] [--junit FILE] (see eval --help)\n"
               "  ik-call evalret --workload W [--workload W2] --docs FILE --queries FILE\n"
               "          [--rerank R [--top-n N]] [--k 10] [--min-recall X] [--json]\n\n"
               "evalret embeds the documents and queries with each embedding workload, ranks the "
               "documents of each query by cosine and prints recall@k, precision@k, MRR, "
               "nDCG@k and hit rate (per query too with --json); with two workloads, the "
               "difference and which won each query; with --rerank, the metrics before and "
               "after the rerank workload reorders the top N (default 20). Documents: CSV "
               "with an id,text[,label] header, JSONL {\"id\", \"text\"}, or .txt one per "
               "line (ids are line numbers). Queries: CSV query,relevant with relevant as "
               "d1;d7:2 (id:grade, grade 1 when left out), or JSONL {\"query\", \"relevant\": "
               "[\"d1\", \"d7:2\"]}. Below --min-recall it exits with status %1.\n\n"
               "The key comes from --api-key-env NAME, else INFERENCEKEY_API_KEY, else "
               "the workload's entry in the system keychain (service ik-playground, "
               "account <host[:port]>/<project>/<workload>); evalret uses the one key for "
               "every workload it calls, or each workload's own keychain entry.\n\n")
               .arg(kExitBelowThreshold) +
           exitStatusTable();
}

// What chat sends: its messages, tools, format and sampling parameters.
static QList<QCommandLineOption> chatOptions() {
    return {
        {QStringLiteral("stream"), QStringLiteral("Stream the answer as it arrives (chat)")},
        {QStringLiteral("system"), QStringLiteral("System prompt (chat)"), QStringLiteral("S")},
        {QStringLiteral("tools"), QStringLiteral("A JSON array of function tools (chat)"),
         QStringLiteral("FILE")},
        {QStringLiteral("tool-choice"),
         QStringLiteral("auto, none, required, or the name of one tool (chat)"),
         QStringLiteral("CHOICE")},
        {QStringLiteral("response-format"),
         QStringLiteral("json (any JSON object), or a FILE holding a JSON schema or a whole "
                        "response_format object; the answer is checked against it (chat)"),
         QStringLiteral("json|FILE")},
        {QStringLiteral("image"),
         QStringLiteral("Attach a PNG, JPEG, GIF or WebP image of at most 20 MB to the prompt "
                        "(chat; repeatable)"),
         QStringLiteral("FILE")},
        {QStringLiteral("reasoning"),
         QStringLiteral("show or hide the model's thinking on stderr (chat; default: show on a "
                        "terminal)"),
         QStringLiteral("show|hide")},
        {QStringLiteral("temperature"), QStringLiteral("Sampling temperature"),
         QStringLiteral("T")},
        {QStringLiteral("max-tokens"), QStringLiteral("Maximum tokens to generate"),
         QStringLiteral("N")},
        {QStringLiteral("top-p"), QStringLiteral("Nucleus sampling"), QStringLiteral("P")},
        {QStringLiteral("seed"), QStringLiteral("Sampling seed"), QStringLiteral("N")},
        {QStringLiteral("stop"), QStringLiteral("Stop sequence (repeatable)"), QStringLiteral("S")},
        {QStringLiteral("presence-penalty"), QStringLiteral("Presence penalty"),
         QStringLiteral("X")},
        {QStringLiteral("frequency-penalty"), QStringLiteral("Frequency penalty"),
         QStringLiteral("X")},
        {QStringLiteral("include-usage"),
         QStringLiteral("Ask for a final usage chunk when streaming")},
        {QStringLiteral("logprobs"),
         QStringLiteral("Ask for each token's log-probability and N alternatives, 0 to 20 "
                        "(chat; --json prints them with the mean and the perplexity)"),
         QStringLiteral("N")},
    };
}

// evalret's files, cut-off and gate (and rerank's --top-n, which it shares).
static QList<QCommandLineOption> evalretOptions() {
    return {
        {QStringLiteral("top-n"),
         QStringLiteral("Results to keep (rerank); results the reranker reorders (evalret)"),
         QStringLiteral("N")},
        {QStringLiteral("docs"), QStringLiteral("The documents: .csv, .jsonl or .txt (evalret)"),
         QStringLiteral("FILE")},
        {QStringLiteral("queries"),
         QStringLiteral("The queries with their relevant document ids: .csv or .jsonl (evalret)"),
         QStringLiteral("FILE")},
        {QStringLiteral("rerank"), QStringLiteral("A rerank workload as second stage (evalret)"),
         QStringLiteral("R")},
        {QStringLiteral("k"), QStringLiteral("The cut-off of the metrics (evalret; default 10)"),
         QStringLiteral("N")},
        {QStringLiteral("min-recall"),
         QStringLiteral("Exit with status %1 when a workload's recall@k is below X (evalret)")
             .arg(kExitBelowThreshold),
         QStringLiteral("X")},
    };
}

void addOptions(QCommandLineParser& p) {
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("chat, embed, rerank or evalret"));
    p.addPositionalArgument(QStringLiteral("args"),
                            QStringLiteral("prompt, inputs, or query and documents"),
                            QStringLiteral("[ARG...]"));
    const QList<QCommandLineOption> opts = {
        {QStringLiteral("base-url"),
         QStringLiteral("API base URL (default INFERENCEKEY_BASE_URL, else %1)")
             .arg(QLatin1String(kDefaultBaseUrl)),
         QStringLiteral("URL")},
        {QStringLiteral("project"), QStringLiteral("Project slug (default INFERENCEKEY_PROJECT)"),
         QStringLiteral("P")},
        {QStringLiteral("workload"),
         QStringLiteral("Workload slug (also sent as model); evalret takes one or two"),
         QStringLiteral("W")},
        {QStringLiteral("api-key-env"),
         QStringLiteral("Read the key from this environment variable"), QStringLiteral("NAME")},
    };
    const QList<QCommandLineOption> rest = {
        {QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text")},
        {QStringLiteral("npy"),
         QStringLiteral("Write the vectors as a float32 NumPy array (embed)"),
         QStringLiteral("FILE")},
        {QStringLiteral("cache"),
         QStringLiteral("Also keep the vectors in the playground's embedding cache, so its "
                        "inspector opens the same inputs of this workload without a call (embed)")},
        {QStringLiteral("openai-compatible"),
         QStringLiteral("The endpoint is not InferenceKey: accept a key of any form")},
        {QStringLiteral("ca-file"),
         QStringLiteral("Also trust the certificate authorities in this PEM file (a self-hosted or "
                        "staging deployment's own CA); verification stays on"),
         QStringLiteral("FILE")},
        {QStringLiteral("http2"),
         QStringLiteral("Use HTTP/2 when an https server offers it (default HTTP/1.1: with Qt 6.4 "
                        "it reaches the first token sooner on a kept-alive connection)")},
        {QStringLiteral("allow-key-in-input"),
         QStringLiteral("Send even when the prompt, system text or inputs hold something that "
                        "looks like an InferenceKey key")},
        {QStringLiteral("connect-timeout"),
         QStringLiteral("Give up when no response headers arrive within MS (default 30000)"),
         QStringLiteral("MS")},
        {QStringLiteral("idle-timeout"),
         QStringLiteral("Give up when the stream is silent for MS (default 60000)"),
         QStringLiteral("MS")},
        {QStringLiteral("header"),
         QStringLiteral("Extra request header 'Name: value' (repeatable; never Authorization)"),
         QStringLiteral("H")},
    };
    // In this order in --help: where and with which key, what chat sends, evalret, the rest.
    p.addOptions(opts + chatOptions() + evalretOptions() + rest);
}

std::optional<int> readOptions(const QCommandLineParser& p, Options* o) {
    if (auto status = readCommand(p, o))
        return status;
    if (auto status = readNumbers(p, o))
        return status;
    if (auto status = readFlags(p, o))
        return status;
    if (auto status = readImages(p, o))
        return status;
    if (auto status = readWorkload(p, o))
        return status;
    if (auto status = readTools(p, o))
        return status;
    if (auto status = readEvalRet(p, o))
        return status;
    o->apiKeyEnv = p.value(QStringLiteral("api-key-env"));
    o->allowKeyInInput = p.isSet(QStringLiteral("allow-key-in-input"));
    return refuseKeyInText(p, *o);
}

std::optional<int> keyFromEnvironment(const Options& o, QString* key) {
    if (o.apiKeyEnv.isEmpty()) {
        *key = resolveSetting(QString(), "INFERENCEKEY_API_KEY");
        return std::nullopt;
    }
    *key = qEnvironmentVariable(o.apiKeyEnv.toLocal8Bit().constData());
    if (!key->trimmed().isEmpty())
        return std::nullopt;
    return failWith(
        makeError(ErrorKind::Configuration,
                  QStringLiteral("--api-key-env names %1, which is not set").arg(o.apiKeyEnv),
                  QStringLiteral("export %1=ik_live_... first").arg(o.apiKeyEnv)));
}

} // namespace ikcall
