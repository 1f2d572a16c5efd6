#pragma once
// The sandbox's "models": pure, deterministic functions with no I/O, kept apart from the HTTP
// layer so their properties (determinism, lexical meaning) are easy to reason about.

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>
#include <utility>

namespace ik::sandbox::engine {

struct Message {
    QString role;
    QString content;
};

struct ChatRequest {
    QList<Message> messages;
    qint64 seed = 0;
    double temperature = 1.0;
    std::optional<int> maxTokens;
    QStringList stop;
    int minTokens = 0;      // vLLM extra
    bool ignoreEos = false; // vLLM extra: run to max_tokens
    int replyTokens = 0;    // sandbox setting: exact reply length when > 0
};

struct ChatReply {
    QStringList tokens;   // one streamed chunk each
    QString finishReason; // "stop" or "length"
    int promptTokens = 0;
    QString text() const { return tokens.join(QString()); }
};

ChatReply generateChat(const ChatRequest& request);

// How a reasoning model shows its thinking: delta/message reasoning_content (vLLM, SGLang,
// DeepSeek), reasoning (newer vLLM, OpenRouter), or <think> tags inside content (a model
// served without a reasoning parser).
enum class ReasoningForm { None, Content, Field, Think };
// "content", "reasoning", "think" (the X-Sandbox-Reasoning header); None for anything else.
ReasoningForm reasoningFormFromName(QStringView name);
// A model name with "reason" or "r1" in it thinks as reasoning_content.
ReasoningForm reasoningFormForModel(const QString& model);
// Deterministic thinking about the last user message, one streamed chunk each.
QStringList reasoningTokens(const QList<Message>& messages);

// A call the sandbox makes: arguments that fit the tool's parameters schema.
struct PlannedCall {
    QString id;
    QString name;
    QString arguments; // compact JSON
};
// The calls to make, given the request's tools and tool_choice: a tool the last user message
// names (all of them when several are named and parallel is allowed), the named one of
// tool_choice, or the first tool when tool_choice is "required". None when tool_choice is
// "none", or when the last message is a tool result (the model then answers).
QList<PlannedCall> planToolCalls(const QList<Message>& messages, const QJsonArray& tools,
                                 const QJsonValue& toolChoice, bool parallel);
// A document that conforms to a JSON schema of the structured-output subset (core/jsonschema.h),
// derived from the prompt: required properties (all of them when none are listed), values of
// the right type within enum, const and bounds, anyOf's first choice, local $refs. Recursion
// stops at a depth where only what is required is filled.
QJsonValue documentFor(const QJsonValue& schema, const QString& prompt);
// The same document made to break the schema: a required property dropped, else the wrong type.
QJsonValue brokenDocumentFor(const QJsonValue& schema, const QString& prompt);

// A grading request (it begins "Grade the answer against the rubric.", as an evaluation's judge
// assertion asks) answered as a judge: {"score", "reason"}, the score being the share of the
// rubric's words of four letters or more that the answer holds, to two decimals. nullopt for
// any other message.
std::optional<QString> judgeReply(const QString& lastUser);

// text cut into pieces of at most `size` characters (how arguments are streamed).
QStringList fragments(const QString& text, int size);

// A stable 64-bit hash (FNV-1a over UTF-16), used for seeds, ids and feature hashing.
quint64 hash64(const QString& text, quint64 basis = 1469598103934665603ULL);

// Roughly what a tokenizer would count: whitespace-separated words.
int countWords(const QString& text);

// featurisation: "char-ngram" (hashed character trigrams) or "word" (hashed unigrams + bigrams).
// Always L2-normalised; similar texts share features and so have higher cosine.
QVector<float> embed(const QString& text, int dimension, const QString& featurisation);

// Lexical relevance in [0, 1] of a document to a query.
double relevance(const QString& query, const QString& document);

// Text of about `bytes` UTF-8 bytes that still reads like language (the large-chunk fault).
QString longText(int bytes, quint64 seed);

} // namespace ik::sandbox::engine

namespace ik::sandbox::engine {

// Token probabilities (logprobs: true): a function of the token's text alone, so the same token
// gets the same figures in every run and in streamed and whole answers alike.
struct TokenChoice {
    QString token;
    double logprob = 0;
};
struct TokenProbs {
    double logprob = 0;
    QList<TokenChoice> top; // topN entries, most likely first; the token itself among them
};
TokenProbs tokenProbs(const QString& token, int topN);

} // namespace ik::sandbox::engine
