// libFuzzer harness: the SSE parser gives the same events, byte counts, comments and overflow
// for the same bytes however the reads split them. The first byte picks a small ceiling (so
// overflow is reached), the next two pick where the reads split.

#include "sse.h"

#include <QList>

#include <cstdint>
#include <cstdlib>

namespace {

struct Outcome {
    std::vector<ik::SseEvent> events;
    int comments = 0;
    bool overflow = false;
};

Outcome parse(const QByteArray& stream, qsizetype ceiling, const QList<qsizetype>& cuts) {
    ik::SseParser p(ceiling);
    Outcome o;
    qsizetype from = 0;
    QList<qsizetype> all = cuts;
    all << stream.size();
    for (qsizetype to : all) {
        for (ik::SseEvent& e : p.feed(stream.mid(from, to - from)))
            o.events.push_back(std::move(e));
        from = to;
    }
    for (ik::SseEvent& e : p.finish())
        o.events.push_back(std::move(e));
    o.comments = p.comments();
    o.overflow = p.overflowed();
    return o;
}

bool same(const Outcome& a, const Outcome& b) {
    if (a.comments != b.comments || a.overflow != b.overflow || a.events.size() != b.events.size())
        return false;
    for (size_t i = 0; i < a.events.size(); ++i) {
        const ik::SseEvent& x = a.events[i];
        const ik::SseEvent& y = b.events[i];
        if (x.data != y.data || x.event != y.event || x.bytes != y.bytes || x.done != y.done)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 3)
        return 0;
    const qsizetype ceiling = data[0] == 0 ? ik::SseParser::kDefaultCeiling : 8 + data[0];
    const QByteArray stream(reinterpret_cast<const char*>(data) + 3, qsizetype(size) - 3);
    const qsizetype n = stream.size();
    qsizetype a = n ? data[1] % (n + 1) : 0;
    qsizetype b = n ? data[2] % (n + 1) : 0;
    if (a > b)
        std::swap(a, b);
    const Outcome whole = parse(stream, ceiling, {});
    if (!same(whole, parse(stream, ceiling, {a, b})))
        std::abort();
    QList<qsizetype> bytes;
    for (qsizetype i = 1; i < n; ++i)
        bytes << i;
    if (!same(whole, parse(stream, ceiling, bytes)))
        std::abort();
    // Every event's bytes are on the wire, and together no more than the stream.
    qsizetype total = 0;
    for (const ik::SseEvent& e : whole.events) {
        if (e.bytes <= 0 || e.bytes > ceiling)
            std::abort();
        total += e.bytes;
    }
    if (total > n)
        std::abort();
    return 0;
}
