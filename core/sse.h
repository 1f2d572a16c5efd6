#pragma once
// Incremental Server-Sent Events parser: bytes in, events out (WIRE.md "Streaming").
// Decodes UTF-8 only on whole lines, so a character split across reads survives. Same bytes,
// same events, same byte counts, same overflow, however the reads split them.

#include <QByteArray>
#include <QString>
#include <vector>

namespace ik {

struct SseEvent {
    QString data;  // data: lines joined with '\n', one optional leading space dropped
    QString event; // the event: field, if any (informational)
    // Raw bytes this event took on the wire, field lines included. The event is dispatched on
    // the CR of its blank line; when an LF follows that CR it counts with the next event, so
    // the count is the same however the reads split the stream.
    qsizetype bytes = 0;
    bool done = false; // data was exactly "[DONE]"
};

class SseParser {
public:
    static constexpr qsizetype kDefaultCeiling = 16 * 1024 * 1024;
    explicit SseParser(qsizetype maxEventBytes = kDefaultCeiling);

    // Appends bytes; returns the events completed by them. After overflow() turns true,
    // returns nothing more.
    std::vector<SseEvent> feed(const QByteArray& bytes);
    // End of input: dispatches a pending event that lacked its blank line (a real server may
    // close right after the last data line).
    std::vector<SseEvent> finish();

    bool overflowed() const { return m_overflow; } // one event grew past the ceiling
    int comments() const { return m_comments; }    // ':' lines seen (keep-alives)
    qsizetype ceiling() const { return m_ceiling; }

private:
    // The steps of feed().
    bool skipRestOfCrlf(QByteArrayView& input);
    bool dropBom();
    qsizetype takeLines(QByteArrayView data, qsizetype scan, std::vector<SseEvent>& out);
    void keepRest(QByteArrayView data, qsizetype pos, bool inBuffer);
    void takeLine(QByteArrayView line, std::vector<SseEvent>& out);
    void dispatch(std::vector<SseEvent>& out);

    qsizetype m_ceiling;
    QByteArray m_buffer; // bytes not yet forming a whole line
    qsizetype m_scanFrom = 0;
    bool m_lastWasCR = false; // a CR ended the previous line: skip an LF that follows
    QString m_data;
    QString m_event;
    bool m_hasData = false;
    qsizetype m_eventBytes = 0;
    bool m_overflow = false;
    int m_comments = 0;
    bool m_bomChecked = false; // the SSE spec drops one UTF-8 BOM at the start of the stream
};

} // namespace ik
