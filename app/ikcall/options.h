#pragma once
// ik-call's command line: the options it takes, read into one Options, and where the key
// comes from.

#include "proxy.h"
#include "retrievalset.h"
#include "wire.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <optional>

namespace ikcall {

// How the endpoint is set up; a timeout left unset keeps the Endpoint's own default.
struct Connection {
    bool openaiCompatible = false;
    std::optional<int> connectTimeoutMs;
    std::optional<int> idleTimeoutMs;
    ik::HeaderList extraHeaders;
};

struct Options {
    QString command; // chat, embed, rerank or evalret
    ik::WorkloadRef ref;
    ik::ProxyRules proxy; // from the environment, as curl reads it
    QString caFile;       // --ca-file: more CAs to trust, beside the system's
    bool http2 = false;   // --http2: HTTP/2 when the server offers it (default HTTP/1.1)
    bool stream = false;
    bool json = false;
    // --reasoning show|hide: the model's thinking on standard error, marked "thinking:"; shown
    // by default only when standard error is a terminal. --json always carries it.
    bool showReasoning = false;
    QByteArray tools;          // --tools FILE: a JSON array of function tools, as read
    ik::ToolChoice toolChoice; // --tool-choice auto|none|required|NAME
    // --response-format json (json_object) or FILE (a JSON schema, or a whole response_format)
    ik::ResponseFormat responseFormat;
    QList<ik::ChatImage> images; // --image FILE (repeatable), checked as the window checks them
    QString npyPath;
    bool cache = false; // embed: keep the vectors in the window's embedding cache
    QString system;
    ik::ChatParams params;
    std::optional<int> topN;
    QStringList args; // prompt, inputs, or query and documents
    QString apiKeyEnv;
    Connection connection;
    bool allowKeyInInput = false;
    // evalret: the embedding workloads (ref.workload is the first), the rerank workload, the
    // sets read and checked against each other, the cut-off and the recall a CI job holds to.
    QStringList workloads;
    QString rerank;
    ik::retrieval::Documents documents;
    ik::retrieval::Queries queries;
    int k = 10;
    std::optional<double> minRecall;
};

QString description(); // the text --help starts with
void addOptions(QCommandLineParser& p);
// Reads the parsed command line (and standard input for "-"). nullopt: go on; else the exit
// status, the message already printed.
std::optional<int> readOptions(const QCommandLineParser& p, Options* o);
// The key from --api-key-env NAME, else INFERENCEKEY_API_KEY; empty when neither is set and
// the keychain must be asked. An exit status when the named variable is not set.
std::optional<int> keyFromEnvironment(const Options& o, QString* key);

} // namespace ikcall
