#include "sse.h"

#include <cstring>

namespace ik {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";

// The next line end in base[scan, n): *end is where the line stops, *next where the one after
// starts. False when there is none. A CR as the last byte ends its line and sets *trailingCR:
// the LF that may open the next read belongs to it.
inline bool findLineEnd(const char* base, qsizetype scan, qsizetype n, qsizetype* end,
                        qsizetype* next, bool* trailingCR) {
    const void* lf = std::memchr(base + scan, '\n', n - scan);
    const qsizetype lfAt = lf ? static_cast<const char*>(lf) - base : n;
    const void* cr = std::memchr(base + scan, '\r', lfAt - scan);
    if (cr) {
        *end = static_cast<const char*>(cr) - base;
        if (*end + 1 < n) {
            *next = base[*end + 1] == '\n' ? *end + 2 : *end + 1;
        } else {
            *next = n;
            *trailingCR = true;
        }
        return true;
    }
    if (!lf)
        return false;
    *end = lfAt;
    *next = lfAt + 1;
    return true;
}

} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_ceiling(maxEventBytes > 0 ? maxEventBytes : kDefaultCeiling) {}

std::vector<SseEvent> SseParser::feed(const QByteArray& bytes) {
    std::vector<SseEvent> out;
    if (m_overflow || bytes.isEmpty())
        return out;
    QByteArrayView input(bytes);
    if (!skipRestOfCrlf(input))
        return out;
    // Common case: nothing pending, scan the caller's bytes in place and copy only the tail.
    const bool inBuffer = !m_buffer.isEmpty() || !m_bomChecked;
    if (inBuffer)
        m_buffer.append(input.data(), input.size());
    if (!m_bomChecked && !dropBom())
        return out;
    const QByteArrayView data = inBuffer ? QByteArrayView(m_buffer) : input;
    const qsizetype pos = takeLines(data, inBuffer ? m_scanFrom : 0, out);
    keepRest(data, pos, inBuffer);
    return out;
}

// The previous read ended on a CR that already ended its line: an LF now is the rest of that
// CRLF, not an empty line (which would dispatch an event too early or twice). False when
// nothing is left of the input.
bool SseParser::skipRestOfCrlf(QByteArrayView& input) {
    if (!m_lastWasCR)
        return true;
    m_lastWasCR = false;
    if (input.front() != '\n')
        return true;
    input = input.sliced(1);
    // Counted and checked as if the CRLF had come in one read.
    if (++m_eventBytes > m_ceiling) {
        m_overflow = true;
        keepRest(QByteArrayView(), 0, false);
        return false;
    }
    return !input.isEmpty();
}

// One UTF-8 BOM at the start of the stream is dropped. False while the bytes so far could
// still become one.
bool SseParser::dropBom() {
    const QByteArrayView bom(kBom, 3);
    if (m_buffer.size() < 3 && bom.startsWith(m_buffer))
        return false;
    m_bomChecked = true;
    if (m_buffer.startsWith(bom))
        m_buffer.remove(0, 3);
    m_scanFrom = 0;
    return true;
}

// Takes every whole line of data from `scan` on; returns where the unfinished rest starts.
qsizetype SseParser::takeLines(QByteArrayView data, qsizetype scan, std::vector<SseEvent>& out) {
    const char* base = data.data();
    const qsizetype n = data.size();
    qsizetype pos = 0; // start of the current line
    qsizetype end = 0;
    qsizetype next = 0;
    while (scan < n && findLineEnd(base, scan, n, &end, &next, &m_lastWasCR)) {
        // A line ending in CRLF is taken on its CR, and its LF is counted (and checked against
        // the ceiling) after it, exactly as when the LF comes in the next read: the events,
        // their bytes and the overflow do not depend on where the reads split. The LF of the
        // blank line that dispatches an event thus opens the next event.
        const qsizetype lf = next - end == 2 ? 1 : 0;
        m_eventBytes += next - pos - lf;
        if (m_eventBytes > m_ceiling) {
            m_overflow = true;
            break;
        }
        takeLine(data.sliced(pos, end - pos), out);
        m_eventBytes += lf;
        if (m_eventBytes > m_ceiling) {
            m_overflow = true;
            break;
        }
        pos = next;
        scan = next;
    }
    return pos;
}

// Keeps the unfinished line for the next read, or forgets everything once over the ceiling.
void SseParser::keepRest(QByteArrayView data, qsizetype pos, bool inBuffer) {
    if (!m_overflow) {
        if (inBuffer)
            m_buffer.remove(0, pos);
        else
            m_buffer = data.sliced(pos).toByteArray();
        m_scanFrom = m_buffer.size();
        // An unterminated line counts too: a server that never ends its line must not grow
        // the buffer without bound.
        if (m_eventBytes + m_buffer.size() > m_ceiling)
            m_overflow = true;
    }
    if (m_overflow) {
        m_buffer = QByteArray();
        m_data = QString();
        m_event.clear();
        m_hasData = false;
        m_scanFrom = 0;
    }
}

std::vector<SseEvent> SseParser::finish() {
    std::vector<SseEvent> out;
    if (m_overflow)
        return out;
    if (!m_buffer.isEmpty()) {
        // A last line without its line end still counts: servers close right after it.
        const QByteArray line = std::move(m_buffer);
        m_buffer = QByteArray();
        m_scanFrom = 0;
        m_eventBytes += line.size();
        if (m_eventBytes > m_ceiling) {
            m_overflow = true;
            m_data = QString();
            m_hasData = false;
            return out;
        }
        takeLine(line, out);
    }
    if (m_hasData)
        dispatch(out);
    m_event.clear();
    m_eventBytes = 0;
    m_lastWasCR = false;
    return out;
}

void SseParser::takeLine(QByteArrayView line, std::vector<SseEvent>& out) {
    if (line.isEmpty()) {
        if (m_hasData) {
            dispatch(out);
        } else { // a blank line after only comments or event:/id: lines dispatches nothing
            m_event.clear();
            m_eventBytes = 0;
        }
        return;
    }
    if (line.front() == ':') {
        ++m_comments;
        return;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (!value.isEmpty() && value.front() == ' ')
        value = value.sliced(1);
    if (field == "data") {
        // Decoding a whole line keeps a character split across reads intact.
        if (m_hasData) {
            m_data += u'\n';
            m_data += QString::fromUtf8(value);
        } else {
            m_data = QString::fromUtf8(value);
            m_hasData = true;
        }
    } else if (field == "event") {
        m_event = QString::fromUtf8(value);
    }
    // id:, retry: and unknown fields carry nothing the data plane uses.
}

void SseParser::dispatch(std::vector<SseEvent>& out) {
    SseEvent event;
    event.data = std::move(m_data);
    event.event = std::move(m_event);
    event.bytes = m_eventBytes;
    event.done = event.data == u"[DONE]";
    out.push_back(std::move(event));
    m_data = QString();
    m_event = QString();
    m_hasData = false;
    m_eventBytes = 0;
}

} // namespace ik
