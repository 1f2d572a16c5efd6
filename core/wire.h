#pragma once
// Request builders and response parsers for each data-plane route (WIRE.md "Data plane").
// Pure: no I/O.

#include "error.h"
#include "images.h"
#include "logprobs.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <optional>
#include <utility>

namespace ik {

enum class WorkloadKind { Chat, Embedding, Rerank };
QString workloadKindName(WorkloadKind kind); // "chat", "embedding", "rerank"
std::optional<WorkloadKind> workloadKindFromName(const QString& name); // also task_type names

// Where a workload lives. Its key is not part of it.
struct WorkloadRef {
    QUrl baseUrl;     // e.g. https://api.inferencekey.com (trailing slashes ignored)
    QString project;  // project slug
    QString workload; // workload slug
};

// {base}/endpoint/{project}/{workload}/v1{route}; every trailing '/' of base trimmed.
QUrl workloadUrl(const WorkloadRef& ref, const QString& route);
QString trimBaseUrl(const QString& base);

// The keychain account DESIGN.md names: <host[:port]>/<project>/<workload>.
QString keychainAccount(const WorkloadRef& ref);

// Explicit value > environment variable > default; blank or whitespace-only counts as absent.
QString resolveSetting(const QString& explicitValue, const char* envName,
                       const QString& defaultValue = {});
inline constexpr auto kDefaultBaseUrl = "https://api.inferencekey.com";

// Why a request header cannot go on the wire as given, or empty when it can: the name must be an
// HTTP token, and neither part may hold a control character (CR, LF, NUL, any other C0 byte or
// DEL), which would end the header early and let the rest of the text pass as more headers (a
// second Authorization among them). The text names neither the name nor the value: either may
// hold a key.
QString headerProblem(QByteArrayView name, QByteArrayView value);

// ---- chat ----
// One function call a model made, assembled from its streamed fragments (by index) or read
// whole from a non-stream message.
struct ToolCall {
    int index = 0;
    QString id;
    QString type = QStringLiteral("function");
    QString name;
    QString arguments;             // the JSON text as the model wrote it, possibly not JSON at all
    bool argumentsAreJson() const; // an object (or blank, which servers send for no arguments)
    bool operator==(const ToolCall&) const = default;
};

struct ChatMessage {
    ChatMessage() = default;
    ChatMessage(QString r, QString c) : role(std::move(r)), content(std::move(c)) {}
    QString role; // system, user, assistant, tool
    QString content;
    QString reasoning;         // assistant: the model's thinking; sent back only when asked
    QList<ToolCall> toolCalls; // assistant: the calls it made (content may then be empty)
    QString toolCallId;        // tool: the call this message answers
    // user: attached images, sent as image_url content parts after the text (images.h)
    QList<ChatImage> images;
    bool operator==(const ChatMessage&) const = default;
};

// tool_choice: omitted (Unset), "auto", "none", "required", or one named function.
struct ToolChoice {
    enum class Mode { Unset, Auto, None, Required, Function };
    Mode mode = Mode::Unset;
    QString function; // Mode::Function only
    bool operator==(const ToolChoice&) const = default;
};

// response_format: omitted (None), {"type":"json_object"}, or {"type":"json_schema",
// "json_schema":{"name","schema","strict"}} (structured output).
struct ResponseFormat {
    enum class Type { None, JsonObject, JsonSchema };
    Type type = Type::None;
    QString name;               // json_schema: 1-64 letters, digits, _ or -
    QByteArray schema;          // json_schema: the schema, a JSON object (compact)
    std::optional<bool> strict; // json_schema: omitted when unset
    bool operator==(const ResponseFormat&) const = default;
};
// Reads a response_format object, or a bare schema document (taken as json_schema named
// "schema"). Empty when fine, else what is wrong with it.
QString readResponseFormat(const QByteArray& json, ResponseFormat* out);
QByteArray responseFormatJson(const ResponseFormat& format); // the body's field, compact

struct ChatParams {
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    std::optional<double> topP;
    QStringList stop;
    std::optional<qint64> seed;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    bool includeUsage = false;      // stream_options.include_usage (streaming only)
    bool logprobs = false;          // logprobs: each answer token's log-probability
    std::optional<int> topLogprobs; // top_logprobs: alternatives per token, 0..kMaxTopLogprobs
};

struct ChatRequest {
    QString model;               // workload slug; "default" when blank
    QString system;              // optional system prompt, sent first
    QString prompt;              // either a prompt ...
    QList<ChatMessage> messages; // ... or a message list, never both, never neither
    ChatParams params;
    bool stream = false;
    // Reasoning is not sent back by default, as the APIs expect (DESIGN.md "Words"); true sends
    // each assistant message's reasoning as reasoning_content.
    bool sendReasoning = false;
    QByteArray tools; // a JSON array of OpenAI function tools, passed through; empty: omitted
    ToolChoice toolChoice;
    std::optional<bool> parallelToolCalls;
    ResponseFormat responseFormat;
    // The last message is an assistant prefix the answer continues (regenerating from a token):
    // vLLM's continue_final_message: true with add_generation_prompt: false.
    bool continueFinal = false;
};

// The SDK's local checks, worded like it; nullopt when the request may be sent. Also refuses
// an ik_live_/ik_sdk_ value in a field that is not a key (the model) as a configuration error.
std::optional<Error> validateChat(const ChatRequest& request);
QByteArray chatBody(const ChatRequest& request); // compact JSON; unset options omitted

struct Usage {
    int promptTokens = -1;
    int completionTokens = -1;
    int totalTokens = -1;
    int reasoningTokens = -1; // completion_tokens_details.reasoning_tokens, when sent
    bool present() const { return promptTokens >= 0 || completionTokens >= 0 || totalTokens >= 0; }
};

struct ChatResponse {
    QString id;
    QString text;      // the answer, <think> blocks taken out
    QString reasoning; // reasoning_content, reasoning, or what <think> held
    QList<ToolCall> toolCalls;
    QString model; // the serving model, not the slug
    QString finishReason;
    Usage usage;
    QList<TokenLogprob> logprobs; // offsets into text
};

// Parses a non-streaming chat.completion body. Missing/empty choices is a protocol error.
std::optional<Error> parseChatResponse(const QByteArray& body, ChatResponse* out);

// One streamed data: payload, already split off by the SSE parser.
struct ChatChunk {
    enum class Type { Delta, Error, NotJson };
    Type type = Type::Delta;
    QString content;   // delta text, possibly empty (may hold <think> tags: see chatdelta.h)
    QString reasoning; // delta.reasoning_content or delta.reasoning
    QList<ToolCall> toolCalls; // delta.tool_calls fragments, by index (see ChatAccumulator)
    QString finishReason;      // only on the final chunk
    QString model;
    std::optional<Usage> usage;
    QList<TokenLogprob> logprobs; // choices[0].logprobs.content, offsets not yet placed
    Error error;                  // Type::Error only
};
ChatChunk parseChatChunk(const QString& data);

// ---- embeddings ----
struct EmbeddingsRequest {
    QString model;
    QStringList input; // a single string is a batch of one
};
// The server's limit on inputs in one embeddings request (WIRE.md); more is refused locally.
inline constexpr int kMaxEmbeddingInputs = 4096;
std::optional<Error> validateEmbeddings(const EmbeddingsRequest& request);
QByteArray embeddingsBody(const EmbeddingsRequest& request);

struct EmbeddingsResponse {
    QString model;
    QList<QVector<float>> vectors; // in input order (by "index", never by array order)
    Usage usage;
};
// expectedCount < 0: do not check the count.
std::optional<Error> parseEmbeddingsResponse(const QByteArray& body, int expectedCount,
                                             EmbeddingsResponse* out);

// ---- rerank ----
struct RerankRequest {
    QString model;
    QString query;
    QStringList documents;
    std::optional<int> topN;
};
std::optional<Error> validateRerank(const RerankRequest& request);
QByteArray rerankBody(const RerankRequest& request);

struct RerankResult {
    int index = -1;
    double score = 0; // relevance_score, or score from some llama.cpp builds
};
struct RerankResponse {
    QString model;
    QList<RerankResult> results; // as the server ranked them
};
std::optional<Error> parseRerankResponse(const QByteArray& body, RerankResponse* out);

} // namespace ik
