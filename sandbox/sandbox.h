#pragma once
// ik-sandbox: a loopback-only emulator of the InferenceKey data plane and of the control plane's
// workload list. Used in-process by the application's sandbox mode, by tests and benchmarks.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace ik::sandbox {

struct WorkloadSpec {
    QString project;
    QString slug;
    QString kind;      // "chat", "embedding", "rerank"
    QString model;     // real model name reported in responses
    int dimension = 0; // embeddings only
    QString featurisation; // embeddings: "char-ngram" (default) or "word"
    QString backend = QStringLiteral("vllm");
};

struct KeySpec {
    QString key;            // full ik_live_ key (demo keys are printed, the one exception)
    QString project;        // project it belongs to
    QStringList workloads;  // workload slugs it may call, or "*" for the whole project
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
};

// Names accepted by --fault and by the X-Sandbox-Fault request header.
QStringList faultNames();

class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(Config config = Config::builtIn(), QObject* parent = nullptr);
    ~Sandbox() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. False with *error on failure.
    bool listen(quint16 port = 0, QString* error = nullptr);
    quint16 port() const;
    QString baseUrl() const; // http://127.0.0.1:PORT

    void setTokensPerSecond(double rate); // <= 0: unpaced
    void setFault(const QString& name);   // for every request; empty clears
    const Config& config() const;

    // The lines ik-sandbox prints on start: listening..., key ..., control-token ...
    QStringList banner() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ik::sandbox
