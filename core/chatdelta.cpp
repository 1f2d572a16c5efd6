#include "chatdelta.h"

#include <algorithm>

namespace ik {

namespace {

const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// The length of the longest tail of text that is a proper prefix of tag.
qsizetype partialTagTail(const QString& text, const QString& tag) {
    for (qsizetype n = std::min(text.size(), tag.size() - 1); n > 0; --n)
        if (QStringView(text).right(n) == QStringView(tag).left(n))
            return n;
    return 0;
}

// A name or id some servers repeat in every fragment and others split: the same text again is
// a repeat, anything else continues it.
void mergeField(QString& into, const QString& fragment) {
    if (fragment.isEmpty() || fragment == into)
        return;
    into += fragment;
}

} // namespace

void ThinkSplitter::feed(const QString& content, QString* reasoning, QString* answer) {
    QString text = m_held + content;
    m_held.clear();
    while (!text.isEmpty()) {
        const QString& tag = m_inThink ? kClose : kOpen;
        QString* into = m_inThink ? reasoning : answer;
        const qsizetype at = text.indexOf(tag);
        if (at >= 0) {
            *into += QStringView(text).left(at);
            text.remove(0, at + tag.size());
            m_inThink = !m_inThink;
            continue;
        }
        const qsizetype tail = partialTagTail(text, tag);
        *into += QStringView(text).left(text.size() - tail);
        m_held = text.right(tail);
        break;
    }
}

void ThinkSplitter::flush(QString* reasoning, QString* answer) {
    *(m_inThink ? reasoning : answer) += m_held;
    m_held.clear();
}

ChunkDelta ChatAccumulator::add(const ChatChunk& chunk) {
    ChunkDelta d;
    d.reasoning = chunk.reasoning;
    m_splitter.feed(chunk.content, &d.reasoning, &d.answer);
    if (!chunk.logprobs.isEmpty()) {
        const QList<TokenLogprob> placed = placeTokens(chunk.logprobs, m_answer.size(), d.answer);
        d.tokens = placed.size();
        m_tokens += placed;
    }
    m_reasoning += d.reasoning;
    m_answer += d.answer;
    for (const ToolCall& fragment : chunk.toolCalls)
        addToolCall(fragment);
    d.toolCalls = !chunk.toolCalls.isEmpty();
    return d;
}

ChunkDelta ChatAccumulator::finish() {
    ChunkDelta d;
    m_splitter.flush(&d.reasoning, &d.answer);
    m_reasoning += d.reasoning;
    m_answer += d.answer;
    return d;
}

void ChatAccumulator::addToolCall(const ToolCall& fragment) {
    auto it = std::find_if(m_toolCalls.begin(), m_toolCalls.end(),
                           [&](const ToolCall& c) { return c.index == fragment.index; });
    if (it == m_toolCalls.end()) {
        ToolCall call = fragment;
        if (call.type.isEmpty())
            call.type = QStringLiteral("function");
        auto pos = std::find_if(m_toolCalls.begin(), m_toolCalls.end(),
                                [&](const ToolCall& c) { return c.index > fragment.index; });
        m_toolCalls.insert(pos, call);
        return;
    }
    if (!fragment.id.isEmpty())
        it->id = fragment.id;
    mergeField(it->name, fragment.name);
    it->arguments += fragment.arguments;
}

} // namespace ik
