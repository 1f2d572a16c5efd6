// libFuzzer harness: the fast scanner for chat chunks and embeddings bodies reads exactly what
// QJsonDocument reads whenever it accepts an input; the public parsers never crash on any body
// (chat responses, rerank) and never put a key into a message.

#include "chatdelta.h"
#include "credential.h"
#include "wire.h"
#include "wire_internal.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace ik;
using namespace ik::wiredetail;

namespace {

bool sameUsage(const Usage& a, const Usage& b) {
    return a.promptTokens == b.promptTokens && a.completionTokens == b.completionTokens &&
           a.totalTokens == b.totalTokens && a.reasoningTokens == b.reasoningTokens;
}

void chunk(const QByteArray& bytes) {
    ChatChunk fast;
    if (!scanChatChunk(bytes, &fast))
        return;
    const ChatChunk slow = readChatChunkSlow(bytes);
    // The fast path leaves reasoning, tool calls and logprobs to the slow one: accepting a chunk
    // that holds them would drop them.
    if (slow.type != ChatChunk::Type::Delta || fast.content != slow.content ||
        fast.reasoning != slow.reasoning || fast.toolCalls != slow.toolCalls ||
        fast.finishReason != slow.finishReason || fast.model != slow.model ||
        !fast.logprobs.isEmpty() || !slow.logprobs.isEmpty() ||
        fast.usage.has_value() != slow.usage.has_value() ||
        (fast.usage && !sameUsage(*fast.usage, *slow.usage)))
        std::abort();
}

void embeddings(const QByteArray& bytes) {
    RawEmbeddings fast;
    if (!scanEmbeddings(bytes, &fast) || !fast.hasData)
        return;
    RawEmbeddings slow;
    if (readEmbeddingsSlow(bytes, &slow) || fast.model != slow.model ||
        !sameUsage(fast.usage, slow.usage) || fast.items.size() != slow.items.size())
        std::abort();
    for (size_t i = 0; i < fast.items.size(); ++i) {
        const RawEmbedding& x = fast.items[i];
        const RawEmbedding& y = slow.items[i];
        if (x.index != y.index || x.vector.size() != y.vector.size() ||
            std::memcmp(x.vector.constData(), y.vector.constData(),
                        size_t(x.vector.size()) * sizeof(float)) != 0)
            std::abort();
    }
}

void others(const QByteArray& bytes) {
    ChatResponse chat;
    if (const auto e = parseChatResponse(bytes, &chat); e && containsCredential(e->message))
        std::abort();
    RerankResponse rerank;
    if (const auto e = parseRerankResponse(bytes, &rerank); e && containsCredential(e->message))
        std::abort();
    EmbeddingsResponse vectors;
    if (const auto e = parseEmbeddingsResponse(bytes, -1, &vectors);
        e && containsCredential(e->message))
        std::abort();
    const ChatChunk c = parseChatChunk(QString::fromUtf8(bytes));
    if (c.type == ChatChunk::Type::Error && containsCredential(c.error.message))
        std::abort();
    // Tokens are placed inside the answer, in order, whatever the server claimed.
    ChatAccumulator acc;
    acc.add(c);
    acc.add(c);
    qsizetype last = 0;
    for (const TokenLogprob& t : acc.tokens()) {
        if (t.offset < last || t.offset >= acc.answer().size() || t.logprob > 0)
            std::abort();
        last = t.offset;
    }
    for (const TokenLogprob& t : chat.logprobs)
        if (t.offset < 0 || t.offset >= chat.text.size())
            std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    chunk(bytes);
    embeddings(bytes);
    others(bytes);
    return 0;
}
