#pragma once
// The sandbox's "models": pure, deterministic functions with no I/O, kept apart from the HTTP
// layer so their properties (determinism, lexical meaning) are easy to reason about.

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
