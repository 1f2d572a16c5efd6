#pragma once
// "Copy as curl / Python / TypeScript" for a run. The key is always an environment variable
// placeholder ($IK_LIVE_KEY), never the secret: a snippet is something people paste into chats,
// tickets and docs.

#include "wire.h"

#include <QByteArray>
#include <QString>

namespace ik {

inline constexpr auto kKeyPlaceholderVar = "IK_LIVE_KEY";

struct SnippetInput {
    WorkloadRef workload;
    QString route;   // "/chat/completions", "/embeddings", "/rerank"
    QByteArray body; // the JSON body as sent
    bool stream = false;
};

// A POSIX shell command; every value single-quoted except the key variable.
QString curlSnippet(const SnippetInput& in);
// The inferencekey Python SDK (DataClient -> endpoint(slug, api_key)).
QString pythonSnippet(const SnippetInput& in);
// The @inferencekey/sdk TypeScript SDK.
QString typeScriptSnippet(const SnippetInput& in);

// Single-quotes for a POSIX shell: 'it'\''s'.
QString shellQuote(const QString& s);

} // namespace ik
