#pragma once
// Delta assembly for a streamed chat answer (DESIGN.md "core": delta assembly for reasoning and
// tool calls). Pure: no I/O.

#include "wire.h"

#include <QList>
#include <QString>

namespace ik {

// Splits <think>...</think> out of content from a model served without a reasoning parser. The
// tags may be split across chunks at any character: a tail that could begin a tag is held back
// until the next feed (or flush) says what it was.
class ThinkSplitter {
public:
    void feed(const QString& content, QString* reasoning, QString* answer);
    void flush(QString* reasoning, QString* answer); // end of stream: release what is held
    bool inThink() const { return m_inThink; }

private:
    bool m_inThink = false;
    QString m_held;
};

// What one chunk added, for timings and the inspector.
struct ChunkDelta {
    QString reasoning;      // reasoning fields plus what <think> held
    QString answer;         // answer text, tags taken out
    bool toolCalls = false; // it carried tool-call fragments
    qsizetype tokens = 0;   // answer tokens with logprobs it added
};

// Accumulates a streamed chat answer: reasoning apart from the answer text, and tool calls
// assembled by index (id, type and name set once, arguments concatenated).
class ChatAccumulator {
public:
    ChunkDelta add(const ChatChunk& chunk);
    ChunkDelta finish(); // the end of the stream: what the splitter still held
    const QString& reasoning() const { return m_reasoning; }
    const QString& answer() const { return m_answer; }
    const QList<ToolCall>& toolCalls() const { return m_toolCalls; } // ordered by index
    // Answer tokens with their log-probabilities, offsets into answer().
    const QList<TokenLogprob>& tokens() const { return m_tokens; }

private:
    void addToolCall(const ToolCall& fragment);
    ThinkSplitter m_splitter;
    QString m_reasoning, m_answer;
    QList<ToolCall> m_toolCalls;
    QList<TokenLogprob> m_tokens;
};

} // namespace ik
