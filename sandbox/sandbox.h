#pragma once
// ik-sandbox: a loopback-only emulator of the InferenceKey data plane and of the control plane's
// workload list. Used in-process by the application's sandbox mode, by tests and benchmarks.
//
// Order of checks on every request, like a real gateway (each step answers before the next runs):
//   -1. the head, as it arrives and before QtHttpServer reads it (HttpLimits): too large 431,
//      bad request line or Content-Length 400, too slow 408
//   0. size: a body over kMaxRequestBytes 413 `request_too_large`, before anything reads it
//   1. route: unknown path 404 `not_found`, known path with another method 405
//   2. X-Sandbox-Fault header names a known fault, else 400 `unknown_fault`
//   3. authentication: missing/non-Bearer/malformed Authorization 401 `invalid_api_key`; then
//      the credential's kind, read from its prefix: ik_sdk_ on /endpoint or ik_live_ on /api is
//      403 `wrong_credential_type` (known or not: the gateway routes on the prefix); then the
//      lookup: unknown key or token 401 `invalid_api_key`
//   4. project: unknown 404 `project_not_found`; the key's own project differs 403
//      `project_scope_mismatch`
//   5. workload: unknown 404 `workload_not_found`; key not issued for it 403 `scope_insufficient`
//   6. injected status faults (rate-limit 429, server-error 500, cold-start 503, redirect 307)
//   7. kind of the workload vs the route 400 `wrong_workload_kind`; the body 400
//      `invalid_request` with a message naming the field
// Error bodies are {"error":{"code":...,"message":...}}; messages show keys redacted
// (ik_live_<id>…), never a secret.
//
// A chat message that begins "Grade the answer against the rubric." is answered as a judge
// (engine::judgeReply): the share of the rubric's words the answer holds, as {"score", "reason"}.
// Chat is a deterministic function of (messages, seed, temperature): seed defaults to 0 and is
// ignored at temperature 0 (greedy decoding does not sample); temperature defaults to 1.
// A reply is 30 to 80 tokens unless max_tokens cuts it (finish "length"), a stop string cuts it
// (finish "stop"), or it is lengthened by the vLLM extras `min_tokens` / `ignore_eos` (the latter
// runs to max_tokens) or by setReplyTokens() (benchmarks: an exact length for every reply).
// Streams use chunked transfer encoding and keep the connection alive, except where a fault
// closes it.
//
// JSON config format (Config::fromJson), all keys lower case:
// {
//   "projects": [
//     { "slug": "acme",
//       "workloads": [
//         { "slug": "support-bot", "kind": "chat", "model": "meta-llama/Llama-3.1-8B-Instruct",
//           "name": "Support bot", "backend": "vllm" },
//         { "slug": "billing", "kind": "embedding", "model": "nomic-embed-text",
//           "dimension": 384, "featurisation": "char-ngram" },
//         { "slug": "ranker", "kind": "rerank", "model": "bge-reranker-v2-m3" } ],
//       "keys": [ { "key": "ik_live_<8 hex>_<64 hex>", "workloads": ["support-bot"] },
//                 { "key": "ik_live_...", "workloads": ["*"] } ],
//       "control_tokens": [ "ik_sdk_<8 hex>_<64 hex>" ] } ]
// }
// kind: chat | embedding | rerank (task types text2text | reranker are accepted too);
// dimension: required for embedding, 1..8192; featurisation: char-ngram (default) | word;
// name defaults to the slug, backend to vllm. Slugs are [a-z0-9_-]+, unique per project.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ik::sandbox {

// What one request may cost: its body at most (QHttpServer has read it by then; nothing else
// does). A prompt's words are cut to a bounded length too before the reply uses them, so the
// reply and its tokens stay small however long one word is.
inline constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

// What the sandbox enforces on each connection before QtHttpServer reads it (sandbox_http.cpp):
// a head larger than maxHeaderBytes 431, a bad request line or Content-Length 400, a head or body
// slower than its timeout 408 and closed; a connection with no traffic either way for
// idleTimeoutMs is closed.
struct HttpLimits {
    qsizetype maxHeaderBytes = 64 * 1024;
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 30'000;
    int idleTimeoutMs = 60'000;
};

struct WorkloadSpec {
    QString project;
    QString slug;
    QString kind;          // "chat", "embedding", "rerank"
    QString model;         // real model name reported in responses
    int dimension = 0;     // embeddings only
    QString featurisation; // embeddings: "char-ngram" (default) or "word"
    QString backend = QStringLiteral("vllm");
    QString name; // display name; empty means the slug
};

struct KeySpec {
    QString key;           // full ik_live_ key (demo keys are printed, the one exception)
    QString project;       // project it belongs to
    QStringList workloads; // workload slugs it may call, or "*" for the whole project
};

struct ControlTokenSpec {
    QString token; // full ik_sdk_ token
    QString project;
};

struct Config {
    QList<WorkloadSpec> workloads;
    QList<KeySpec> keys;
    QList<ControlTokenSpec> controlTokens;

    static Config builtIn(); // acme/support-bot, acme/billing, acme/ranker, acme/search, ...
    // Reads the JSON config format; on failure returns nullopt and sets *error to a message
    // that says what is wrong and where.
    static std::optional<Config> fromJson(const QByteArray& json, QString* error);

    // The narrowest demo key that may call project/workload: the one issued for that workload,
    // else the project-wide one; empty when neither exists.
    QString keyFor(const QString& project, const QString& workload) const;
};

// Names accepted by --fault and by the X-Sandbox-Fault request header.
QStringList faultNames();
// What a fault does, in a sentence for people (the window's fault menu); empty for a name that is
// not a fault.
QString faultDescription(const QString& name);

class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(Config config = Config::builtIn(), QObject* parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. False with *error on failure.
    bool listen(quint16 port = 0, QString* error = nullptr);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT, or https:// after setTls
    // Serve https with this certificate (tls.h makes one); before listen().
    void setTls(const QSslCertificate& certificate, const QSslKey& key);

    void setTokensPerSecond(double rate); // <= 0: unpaced
    void setFault(const QString& name);   // for every request; empty clears
    // Every chat workload thinks aloud in this form, as X-Sandbox-Reasoning asks for one request:
    // "content" (reasoning_content), "reasoning" or "think" (<think> in content); empty: only
    // the models whose name says so.
    void setReasoning(const QString& form);
    QString reasoning() const;
    const Config& config() const;

    // The lines ik-sandbox prints on start: listening..., key ..., control-token ...
    QStringList banner() const;

    // Extras for tests and benchmarks.
    double tokensPerSecond() const;
    QString fault() const;
    void setStallMs(int ms);    // how long the `stall` fault pauses a stream (default 30000)
    void setReplyTokens(int n); // > 0: every chat reply is exactly n tokens long; 0: natural
    void setHttpLimits(const HttpLimits& limits); // for connections accepted from now on
    int activeStreams() const; // streams still being written (0 once clients went away)
    // Whether the last request that arrived through a `redirect` (Host: localhost) carried an
    // Authorization header; nullopt when none arrived yet.
    std::optional<bool> lastRedirectSawAuthorization() const;

Q_SIGNALS:
    // A request reached the redirect target (Host: localhost); also answered as a response
    // header X-Sandbox-Saw-Authorization: yes|no.
    void redirectFollowed(bool sawAuthorization);
    void requestFinished(const QString& method, const QString& path, int status);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ik::sandbox
