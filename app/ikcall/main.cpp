// ik-call: chat, stream, embed and rerank against any workload from a terminal, over the same
// core as the playground.

#include "credential.h"
#include "endpoint.h"
#include "error.h"
#include "keystore.h"
#include "npy.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <memory>
#include <optional>
#include <unistd.h>

using namespace ik;

namespace {

constexpr int kExitUsage = 2;

int g_signalPipe[2] = {-1, -1};

void onSignal(int) {
    const char c = 1;
    // A signal handler may only do async-signal-safe things: wake the event loop through a pipe.
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &c, 1);
}

void writeOut(const QByteArray& bytes) {
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Every message goes through redaction: usage errors echo what was typed (a key given to
// --api-key-env or as a command by mistake) and hints can quote it.
void writeErr(const QString& text) {
    const QByteArray b = redactSecrets(text).toUtf8();
    std::fwrite(b.constData(), 1, size_t(b.size()), stderr);
    std::fflush(stderr);
}

QString exitStatusTable() {
    QString t = QStringLiteral("Exit status:\n  0   success\n  2   usage error\n");
    for (ErrorKind k :
         {ErrorKind::Configuration, ErrorKind::Validation, ErrorKind::Auth, ErrorKind::Permission,
          ErrorKind::NotFound, ErrorKind::BadRequest, ErrorKind::RateLimited, ErrorKind::Server,
          ErrorKind::Network, ErrorKind::Timeout, ErrorKind::Cancelled, ErrorKind::Truncated,
          ErrorKind::Protocol})
        t += QStringLiteral("  %1  %2\n").arg(exitStatusFor(k), -2).arg(errorKindName(k));
    return t;
}

int failWith(const Error& e) {
    writeErr(QStringLiteral("ik-call: %1\n").arg(e.summary()));
    if (!e.hint.isEmpty())
        writeErr(QStringLiteral("hint: %1\n").arg(e.hint));
    return exitStatusFor(e.kind);
}

int usageError(const QString& message) {
    writeErr(QStringLiteral("ik-call: %1\nTry 'ik-call --help'.\n").arg(message));
    return kExitUsage;
}

QJsonValue usageJson(const Usage& u) {
    if (!u.present())
        return QJsonValue::Null;
    QJsonObject o;
    if (u.promptTokens >= 0)
        o[QStringLiteral("prompt_tokens")] = u.promptTokens;
    if (u.completionTokens >= 0)
        o[QStringLiteral("completion_tokens")] = u.completionTokens;
    if (u.totalTokens >= 0)
        o[QStringLiteral("total_tokens")] = u.totalTokens;
    return o;
}

QJsonValue msOrNull(qint64 ms) {
    return ms < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(ms);
}

QJsonObject errorJson(const Error& e) {
    QJsonObject o;
    o[QStringLiteral("kind")] = errorKindName(e.kind);
    o[QStringLiteral("message")] = redactSecrets(e.summary());
    o[QStringLiteral("hint")] = redactSecrets(e.hint);
    if (e.httpStatus)
        o[QStringLiteral("status")] = e.httpStatus;
    if (!e.code.isEmpty())
        o[QStringLiteral("code")] = redactSecrets(e.code);
    if (e.retryAfterSeconds)
        o[QStringLiteral("retry_after_s")] = *e.retryAfterSeconds;
    return o;
}

QStringList readStdinLines() {
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QStringList lines;
    const QString all = QString::fromUtf8(in.readAll());
    for (const QString& line : all.split(QLatin1Char('\n'))) {
        QString l = line;
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

struct Options {
    QString command;
    WorkloadRef ref;
    bool stream = false;
    bool json = false;
    QString npyPath;
    QString system;
    ChatParams params;
    std::optional<int> topN;
    QStringList args;
    QString apiKeyEnv;
    bool openaiCompatible = false;
    int connectTimeoutMs = 30000;
    int idleTimeoutMs = 60000;
    HeaderList extraHeaders;
};

// Parses a number option; returns false (with a message) when present and not a number.
template <typename T>
bool numberOption(const QCommandLineParser& p, const QString& name, std::optional<T>* out,
                  QString* error) {
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const QString v = p.value(name);
    if constexpr (std::is_floating_point_v<T>) {
        const double d = v.toDouble(&ok);
        ok = ok && std::isfinite(d);
        if (ok)
            *out = d;
    } else {
        const qlonglong n = v.toLongLong(&ok);
        if (ok)
            *out = T(n);
    }
    if (!ok)
        *error = QStringLiteral("--%1 expects a number, got '%2'").arg(name, v);
    return ok;
}

class Call : public QObject {
public:
    Call(Options opt, QString key) : m_opt(std::move(opt)), m_key(std::move(key)) {}

    void start() {
        m_endpoint = new Endpoint(&m_nam, m_opt.ref, m_key, this);
        m_endpoint->setInferenceKey(!m_opt.openaiCompatible);
        m_endpoint->setConnectTimeoutMs(m_opt.connectTimeoutMs);
        m_endpoint->setIdleTimeoutMs(m_opt.idleTimeoutMs);
        for (const auto& h : m_opt.extraHeaders)
            m_endpoint->setExtraHeader(h.first, h.second);
        if (m_opt.command == QLatin1String("chat"))
            startChat();
        else if (m_opt.command == QLatin1String("embed"))
            startEmbed();
        else
            startRerank();
    }

    void cancel() {
        if (m_run)
            m_run->cancel();
    }

private:
    void startChat() {
        ChatRequest req;
        req.model = m_opt.ref.workload;
        req.system = m_opt.system;
        req.prompt = m_opt.args.join(QLatin1Char(' '));
        req.params = m_opt.params;
        req.stream = m_opt.stream;
        m_run = m_endpoint->chat(req);
        if (m_opt.stream && !m_opt.json) {
            connect(m_run, &Run::chunkReceived, this, [this](const QString& delta, qint64) {
                writeOut(delta.toUtf8());
                m_printed = true;
            });
        }
        connect(m_run, &Run::ended, this, [this](RunState) { chatEnded(); });
    }

    void chatEnded() {
        const Run& r = *m_run;
        int status = 0;
        if (m_opt.json) {
            QJsonObject o;
            o[QStringLiteral("state")] = runStateName(r.state());
            o[QStringLiteral("text")] = r.text();
            o[QStringLiteral("model")] = r.model();
            o[QStringLiteral("finish_reason")] =
                r.finishReason().isEmpty() ? QJsonValue(QJsonValue::Null) : r.finishReason();
            o[QStringLiteral("usage")] = usageJson(r.usage());
            QJsonObject t;
            t[QStringLiteral("headers_ms")] = msOrNull(r.timings().headersMs);
            t[QStringLiteral("first_token_ms")] = msOrNull(r.timings().firstTokenMs);
            t[QStringLiteral("total_ms")] = msOrNull(r.timings().totalMs);
            o[QStringLiteral("timings")] = t;
            o[QStringLiteral("chunks")] = r.chunkCount();
            if (r.state() != RunState::Done)
                o[QStringLiteral("error")] = errorJson(r.error());
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        } else {
            if (!m_opt.stream) {
                writeOut(r.text().toUtf8());
                m_printed = !r.text().isEmpty();
            }
            if (m_printed)
                writeOut("\n");
        }
        if (r.state() != RunState::Done)
            status = failWith(r.error());
        QCoreApplication::exit(status);
    }

    // Embed and rerank print nothing partial: a failure is the error (and its JSON) only.
    bool exitOnFailure(const Run& r) {
        if (r.state() == RunState::Done)
            return false;
        if (m_opt.json) {
            QJsonObject o;
            o[QStringLiteral("state")] = runStateName(r.state());
            o[QStringLiteral("error")] = errorJson(r.error());
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        }
        QCoreApplication::exit(failWith(r.error()));
        return true;
    }

    void startEmbed() {
        EmbeddingsRequest req;
        req.model = m_opt.ref.workload;
        req.input = m_opt.args;
        m_inputs = m_opt.args;
        m_run = m_endpoint->embed(req);
        connect(m_run, &Run::ended, this, [this](RunState) { embedEnded(); });
    }

    void embedEnded() {
        const Run& r = *m_run;
        if (exitOnFailure(r))
            return;
        const auto& e = r.embeddings();
        const int dim = e.vectors.isEmpty() ? 0 : int(e.vectors.first().size());
        if (!m_opt.npyPath.isEmpty()) {
            QString err;
            if (!writeNpy(m_opt.npyPath, e.vectors, &err)) {
                QCoreApplication::exit(failWith(makeError(
                    ErrorKind::Configuration, err, QStringLiteral("choose a writable path"))));
                return;
            }
        }
        if (m_opt.json) {
            QJsonObject o;
            o[QStringLiteral("model")] = e.model;
            o[QStringLiteral("count")] = int(e.vectors.size());
            o[QStringLiteral("dimension")] = dim;
            o[QStringLiteral("usage")] = usageJson(e.usage);
            QJsonArray all;
            for (const auto& v : e.vectors) {
                QJsonArray a;
                for (float f : v)
                    a.append(double(f));
                all.append(a);
            }
            o[QStringLiteral("embeddings")] = all;
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        } else {
            QString out = QStringLiteral("model %1, %2 vectors of dimension %3\n")
                              .arg(e.model)
                              .arg(e.vectors.size())
                              .arg(dim);
            for (qsizetype i = 0; i < e.vectors.size(); ++i) {
                const auto& v = e.vectors[i];
                double n2 = 0;
                for (float f : v)
                    n2 += double(f) * f;
                QStringList head;
                for (qsizetype j = 0; j < std::min<qsizetype>(4, v.size()); ++j)
                    head << QString::number(v[j], 'f', 4);
                out += QStringLiteral("%1\tnorm %2\t[%3%4]\t%5\n")
                           .arg(i)
                           .arg(std::sqrt(n2), 0, 'f', 4)
                           .arg(head.join(QStringLiteral(", ")),
                                v.size() > 4 ? QStringLiteral(", …") : QString(),
                                i < m_inputs.size() ? m_inputs[i].left(60) : QString());
            }
            writeOut(out.toUtf8());
        }
        QCoreApplication::exit(0);
    }

    void startRerank() {
        RerankRequest req;
        req.model = m_opt.ref.workload;
        req.query = m_opt.args.value(0);
        req.documents = m_opt.args.mid(1);
        req.topN = m_opt.topN;
        m_inputs = req.documents;
        m_run = m_endpoint->rerank(req);
        connect(m_run, &Run::ended, this, [this](RunState) { rerankEnded(); });
    }

    void rerankEnded() {
        const Run& r = *m_run;
        if (exitOnFailure(r))
            return;
        const auto& rr = r.rerank();
        if (m_opt.json) {
            QJsonObject o;
            o[QStringLiteral("model")] = rr.model;
            QJsonArray a;
            for (const auto& res : rr.results)
                a.append(QJsonObject{{QStringLiteral("index"), res.index},
                                     {QStringLiteral("relevance_score"), res.score},
                                     {QStringLiteral("document"), m_inputs.value(res.index)}});
            o[QStringLiteral("results")] = a;
            writeOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        } else {
            QString out;
            int rank = 1;
            for (const auto& res : rr.results)
                out += QStringLiteral("%1\t%2\t%3\n")
                           .arg(rank++)
                           .arg(res.score, 0, 'f', 4)
                           .arg(m_inputs.value(res.index));
            writeOut(out.toUtf8());
        }
        QCoreApplication::exit(0);
    }

    Options m_opt;
    QString m_key;
    QNetworkAccessManager m_nam;
    Endpoint* m_endpoint = nullptr;
    Run* m_run = nullptr;
    QStringList m_inputs;
    bool m_printed = false;
};

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ik-call"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Calls an InferenceKey workload (or any OpenAI-compatible endpoint).\n\n"
                       "  ik-call chat  [options] PROMPT...     (- reads the prompt from stdin)\n"
                       "  ik-call embed [options] TEXT...       (- reads one input per line)\n"
                       "  ik-call rerank [options] QUERY DOC... (- reads documents per line)\n\n"
                       "The key comes from --api-key-env NAME, else INFERENCEKEY_API_KEY, else "
                       "the workload's entry in the system keychain (service ik-playground, "
                       "account <host[:port]>/<project>/<workload>).\n\n") +
        exitStatusTable());
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("chat, embed or rerank"));
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
        {QStringLiteral("workload"), QStringLiteral("Workload slug (also sent as model)"),
         QStringLiteral("W")},
        {QStringLiteral("api-key-env"),
         QStringLiteral("Read the key from this environment variable"), QStringLiteral("NAME")},
        {QStringLiteral("stream"), QStringLiteral("Stream the answer as it arrives (chat)")},
        {QStringLiteral("system"), QStringLiteral("System prompt (chat)"), QStringLiteral("S")},
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
        {QStringLiteral("top-n"), QStringLiteral("Results to keep (rerank)"), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object instead of text")},
        {QStringLiteral("npy"),
         QStringLiteral("Write the vectors as a float32 NumPy array (embed)"),
         QStringLiteral("FILE")},
        {QStringLiteral("openai-compatible"),
         QStringLiteral("The endpoint is not InferenceKey: accept a key of any form")},
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
    p.addOptions(opts);
    if (!p.parse(app.arguments()))
        return usageError(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        writeOut(p.helpText().toUtf8());
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        writeOut("ik-call 0.1.0\n");
        return 0;
    }

    Options o;
    QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return usageError(QStringLiteral("missing command: chat, embed or rerank"));
    o.command = pos.takeFirst();
    if (o.command != QLatin1String("chat") && o.command != QLatin1String("embed") &&
        o.command != QLatin1String("rerank"))
        return usageError(
            QStringLiteral("unknown command '%1': use chat, embed or rerank").arg(o.command));

    if (pos == QStringList{QStringLiteral("-")}) {
        if (o.command == QLatin1String("chat"))
            pos = QStringList{readStdinAll()};
        else
            pos = readStdinLines();
    } else if (o.command == QLatin1String("rerank") && pos.size() == 2 &&
               pos[1] == QLatin1String("-")) {
        pos = QStringList{pos[0]} + readStdinLines();
    }
    o.args = pos;

    QString err;
    if (!numberOption(p, QStringLiteral("temperature"), &o.params.temperature, &err) ||
        !numberOption(p, QStringLiteral("max-tokens"), &o.params.maxTokens, &err) ||
        !numberOption(p, QStringLiteral("top-p"), &o.params.topP, &err) ||
        !numberOption(p, QStringLiteral("seed"), &o.params.seed, &err) ||
        !numberOption(p, QStringLiteral("presence-penalty"), &o.params.presencePenalty, &err) ||
        !numberOption(p, QStringLiteral("frequency-penalty"), &o.params.frequencyPenalty, &err) ||
        !numberOption(p, QStringLiteral("top-n"), &o.topN, &err))
        return usageError(err);
    std::optional<int> ct, it;
    if (!numberOption(p, QStringLiteral("connect-timeout"), &ct, &err) ||
        !numberOption(p, QStringLiteral("idle-timeout"), &it, &err))
        return usageError(err);
    if (ct)
        o.connectTimeoutMs = *ct;
    if (it)
        o.idleTimeoutMs = *it;
    o.params.stop = p.values(QStringLiteral("stop"));
    o.params.includeUsage = p.isSet(QStringLiteral("include-usage"));
    o.stream = p.isSet(QStringLiteral("stream"));
    o.json = p.isSet(QStringLiteral("json"));
    o.npyPath = p.value(QStringLiteral("npy"));
    o.system = p.value(QStringLiteral("system"));
    o.openaiCompatible = p.isSet(QStringLiteral("openai-compatible"));
    for (const QString& h : p.values(QStringLiteral("header"))) {
        const qsizetype colon = h.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return usageError(QStringLiteral("--header expects 'Name: value', got '%1'").arg(h));
        const QByteArray name = h.left(colon).trimmed().toUtf8();
        if (name.compare("authorization", Qt::CaseInsensitive) == 0)
            return usageError(QStringLiteral(
                "--header cannot set Authorization: the key comes from --api-key-env, "
                "INFERENCEKEY_API_KEY or the keychain"));
        o.extraHeaders.append({name, h.mid(colon + 1).trimmed().toUtf8()});
    }
    if (o.stream && o.command != QLatin1String("chat"))
        return usageError(QStringLiteral("--stream applies to chat only"));
    if (!o.npyPath.isEmpty() && o.command != QLatin1String("embed"))
        return usageError(QStringLiteral("--npy applies to embed only"));

    const QString base = resolveSetting(p.value(QStringLiteral("base-url")),
                                        "INFERENCEKEY_BASE_URL", QLatin1String(kDefaultBaseUrl));
    o.ref.baseUrl = QUrl(trimBaseUrl(base));
    if (!o.ref.baseUrl.isValid() || o.ref.baseUrl.host().isEmpty() ||
        (o.ref.baseUrl.scheme() != QLatin1String("http") &&
         o.ref.baseUrl.scheme() != QLatin1String("https")))
        return failWith(makeError(
            ErrorKind::Configuration,
            QStringLiteral("the base URL '%1' is not an http(s) URL").arg(base),
            QStringLiteral("pass --base-url https://host[:port] or set INFERENCEKEY_BASE_URL")));
    o.ref.project = resolveSetting(p.value(QStringLiteral("project")), "INFERENCEKEY_PROJECT");
    if (o.ref.project.isEmpty())
        return failWith(
            makeError(ErrorKind::Configuration, QStringLiteral("no project given"),
                      QStringLiteral("pass --project SLUG or set INFERENCEKEY_PROJECT")));
    o.ref.workload = p.value(QStringLiteral("workload")).trimmed();
    if (o.ref.workload.isEmpty())
        return failWith(makeError(ErrorKind::Configuration, QStringLiteral("no workload given"),
                                  QStringLiteral("pass --workload SLUG")));
    for (const QString* field : {&o.ref.project, &o.ref.workload})
        if (containsCredential(*field))
            return failWith(makeError(
                ErrorKind::Configuration,
                QStringLiteral("a key was given where a slug belongs (--project or --workload)"),
                QStringLiteral("pass the slug there, and the key through --api-key-env or "
                               "INFERENCEKEY_API_KEY")));
    o.apiKeyEnv = p.value(QStringLiteral("api-key-env"));
    // The playground's guard asks before a key pasted into the text is sent; a script cannot be
    // asked, so it is refused unless the caller says it is meant.
    if (!p.isSet(QStringLiteral("allow-key-in-input")) &&
        (containsCredential(o.system) || containsCredential(o.args.join(QLatin1Char('\n')))))
        return failWith(makeError(
            ErrorKind::Configuration,
            QStringLiteral("the text to send holds something that looks like an InferenceKey key "
                           "(%1)")
                .arg(o.command == QLatin1String("chat") ? QStringLiteral("prompt or --system")
                                                        : QStringLiteral("inputs")),
            QStringLiteral("remove the key from the text (a model may repeat it back), or pass "
                           "--allow-key-in-input if sending it is intended")));

    // The key: an explicit variable, else the SDK's variable, else the keychain.
    QString key;
    if (!o.apiKeyEnv.isEmpty()) {
        key = qEnvironmentVariable(o.apiKeyEnv.toLocal8Bit().constData());
        if (key.trimmed().isEmpty())
            return failWith(makeError(
                ErrorKind::Configuration,
                QStringLiteral("--api-key-env names %1, which is not set").arg(o.apiKeyEnv),
                QStringLiteral("export %1=ik_live_... first").arg(o.apiKeyEnv)));
    } else {
        key = resolveSetting(QString(), "INFERENCEKEY_API_KEY");
    }

    if (::pipe(g_signalPipe) != 0)
        return failWith(
            makeError(ErrorKind::Configuration, QStringLiteral("cannot create a pipe")));
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    std::unique_ptr<Call> call;
    auto startWithKey = [&](const QString& k) {
        call = std::make_unique<Call>(o, k);
        call->start();
    };
    QSocketNotifier sigNotifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&sigNotifier, &QSocketNotifier::activated, &app, [&] {
        char c;
        [[maybe_unused]] auto n = ::read(g_signalPipe[0], &c, 1);
        if (call)
            call->cancel();
        else
            QCoreApplication::exit(exitStatusFor(ErrorKind::Cancelled));
    });

    KeychainKeyStore keychain;
    if (!key.isEmpty()) {
        QTimer::singleShot(0, &app, [&] { startWithKey(key); });
    } else {
        const QString account = keychainAccount(o.ref);
        keychain.read(account, [&, account](const KeyStoreResult& r) {
            if (r.ok() && !r.secret.isEmpty()) {
                startWithKey(r.secret);
                return;
            }
            QString why = r.status == KeyStoreResult::Status::NotFound
                              ? QStringLiteral("no entry for %1 in the keychain").arg(account)
                              : r.message;
            QCoreApplication::exit(failWith(makeError(
                ErrorKind::Configuration, QStringLiteral("no ik_live_ key supplied (%1)").arg(why),
                QStringLiteral("set INFERENCEKEY_API_KEY, pass --api-key-env NAME, or store the "
                               "workload's key with the playground"))));
        });
    }
    return app.exec();
}
