#pragma once
// Helpers the wire's route files share (wire.cpp, wire_chat.cpp, wire_vectors.cpp,
// wire_scan.cpp). Internal to core: not part of the wire API.

#include "wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <vector>

namespace ik::wiredetail {

QString modelOrDefault(const QString& slug); // the slug, or "default" when blank
bool isBlank(const QString& s);
// A key pasted into the workload field would travel in the body and end up in server logs.
std::optional<Error> keyInModel(const QString& model);
Error validation(const QString& message);
Error protocol(const QString& message);

// The body as a JSON object, else a protocol error quoting its start (secrets redacted).
std::optional<QJsonObject> parseObject(const QByteArray& body, const char* what, Error* error);
Usage readUsage(const QJsonValue& value);
QString stringOrEmpty(const QJsonValue& v);
// A JSON number that is a whole, non-negative int (an array index); nullopt otherwise.
std::optional<int> readIndex(const QJsonValue& v);

// Reasoning and tool calls (wire_chat_tools.cpp).
QString readReasoning(const QJsonObject& deltaOrMessage); // reasoning_content, else reasoning
QList<ToolCall> readToolCalls(const QJsonValue& value);
QJsonObject messageJson(const ChatMessage& m, bool sendReasoning);
QJsonArray contentParts(const ChatMessage& m); // text part, then image_url parts
std::optional<Error> validateImages(const ChatMessage& m, qsizetype index);
void insertTools(const ChatRequest& request, QJsonObject* body);
std::optional<Error> validateToolFields(const ChatRequest& request);
// response_format (wire_chat_format.cpp).
void insertResponseFormat(const ChatRequest& request, QJsonObject* body);
std::optional<Error> validateResponseFormat(const ResponseFormat& format);
// logprobs, top_logprobs and the continuation fields (wire_chat_tools.cpp).
void insertLogprobFields(const ChatRequest& request, QJsonObject* body);
std::optional<Error> validateLogprobFields(const ChatRequest& request);

struct RawEmbedding {
    qint64 index = -1; // -1: absent
    QVector<float> vector;
};

struct RawEmbeddings {
    QString model;
    Usage usage;
    bool hasData = false;
    std::vector<RawEmbedding> items;
};

// The fast paths for the two bulk shapes (wire_scan.cpp). They conform to QJsonDocument: what
// they accept, they read exactly as QJsonDocument reads it. False when the text holds anything
// they cannot vouch for (a number JSON does not allow such as 01, 1. or 1.e5, or one out of
// range; an invalid escape or a control character in any string, skipped ones included;
// invalid UTF-8 or U+FEFF, which QJsonDocument drops; a duplicate key, where QJsonDocument keeps
// the last; more than 32 keys in an object or nesting past 64): the caller then reads it with
// QJsonDocument, which also words the errors. tests/core/tst_wirescan.cpp and the wire fuzz
// harness check this differentially.
bool scanChatChunk(const QByteArray& bytes, ChatChunk* out);
bool scanEmbeddings(const QByteArray& body, RawEmbeddings* out);
// The same two shapes read through QJsonDocument: the reference the fast paths must match.
ChatChunk readChatChunkSlow(const QByteArray& bytes);
std::optional<Error> readEmbeddingsSlow(const QByteArray& body, RawEmbeddings* out);

} // namespace ik::wiredetail
