// A scanner for the two bulk shapes of the wire: an embeddings body and a streamed chat chunk.
#include "wire_internal.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace ik::wiredetail {

namespace {

// A scanner for the two bulk shapes: an embeddings body (millions of numbers) and a streamed
// chat chunk (100k of them per long answer), where a generic DOM parser spends most of its time
// building values that are read once. It accepts only what it fully understands and reports
// failure otherwise, so the caller falls back to QJsonDocument, which also words the errors.
class FastScanner {
public:
    FastScanner(const char* begin, const char* end) : p(begin), e(end) {}

    bool chatChunk(ChatChunk* out) {
        bool firstChoice = true;
        if (!object([&](QByteArrayView key) {
                if (key == "choices")
                    return array([&] {
                        if (!firstChoice)
                            return skip(0);
                        firstChoice = false;
                        return choice(out);
                    });
                if (key == "model")
                    return string(&out->model);
                if (key == "usage") {
                    Usage u;
                    if (literal("null"))
                        return true;
                    if (!usage(&u))
                        return false;
                    out->usage = u;
                    return true;
                }
                if (key == "error")
                    return false;
                return skip(0);
            }))
            return false;
        ws();
        return p == e;
    }

    bool run(RawEmbeddings* out) {
        if (!object([&](QByteArrayView key) {
                if (key == "data")
                    return data(out);
                if (key == "model")
                    return string(&out->model);
                if (key == "usage")
                    return usage(&out->usage);
                if (key == "error")
                    return false; // the slow path words errors
                return skip(0);
            }))
            return false;
        ws();
        return p == e;
    }

private:
    const char* p;
    const char* e;

    bool choice(ChatChunk* out) {
        bool sawDelta = false;
        QString text;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "delta") {
                sawDelta = true;
                return object([&](QByteArrayView k) {
                    if (k == "content")
                        return literal("null") || string(&out->content);
                    // Reasoning and tool calls are rare enough per stream to leave to the
                    // slow path, which reads them.
                    if (k == "reasoning_content" || k == "reasoning" || k == "tool_calls")
                        return false;
                    return skip(0);
                });
            }
            if (key == "text")
                return string(&text);
            if (key == "finish_reason")
                return literal("null") || string(&out->finishReason);
            // Token probabilities are read by the slow path; a null one is nothing to read.
            if (key == "logprobs")
                return literal("null");
            return skip(0);
        });
        if (ok && !sawDelta)
            out->content = text;
        return ok;
    }

    static void appendUtf8(QByteArray& out, char32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    bool hex4(char32_t* out) {
        if (e - p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    // The UTF-8 in [b, end) is well formed (no overlong form, surrogate, stray or missing
    // continuation byte, nothing past U+10FFFF) and holds no U+FEFF, which QJsonDocument drops.
    static bool cleanUtf8(const unsigned char* b, const unsigned char* end) {
        while (b < end) {
            const unsigned char c = *b;
            if (c < 0x80) {
                ++b;
                continue;
            }
            const int length = c >= 0xc2 && c <= 0xdf   ? 2
                               : c >= 0xe0 && c <= 0xef ? 3
                               : c >= 0xf0 && c <= 0xf4 ? 4
                                                        : 0;
            if (length == 0 || end - b < length)
                return false;
            const unsigned char low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
            const unsigned char high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
            if (b[1] < low || b[1] > high)
                return false;
            for (int k = 2; k < length; ++k)
                if (b[k] < 0x80 || b[k] > 0xbf)
                    return false;
            if (c == 0xef && b[1] == 0xbb && b[2] == 0xbf)
                return false;
            b += length;
        }
        return true;
    }

    // One escape after the backslash, appended to *bytes when given.
    bool escape(QByteArray* bytes) {
        if (p == e)
            return false;
        const char c = *p++;
        const char* simple = std::strchr("\"\\/bfnrt", c);
        if (simple && c != '\0') {
            static const char decoded[] = "\"\\/\b\f\n\r\t";
            if (bytes)
                *bytes += decoded[simple - "\"\\/bfnrt"];
            return true;
        }
        if (c != 'u')
            return false;
        char32_t cp;
        if (!hex4(&cp) || (cp >= 0xDC00 && cp <= 0xDFFF) || cp == 0xFEFF)
            return false; // a lone low surrogate, or the BOM QJsonDocument drops
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low;
            if (e - p < 6 || p[0] != '\\' || p[1] != 'u')
                return false;
            p += 2;
            if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (bytes)
            appendUtf8(*bytes, cp);
        return true;
    }

    // A JSON string, checked as QJsonDocument would check it (escapes, control characters,
    // UTF-8), with its escapes resolved into *out when given (a skipped string is only checked).
    bool string(QString* out) {
        if (!eat('"'))
            return false;
        const char* start = p;
        while (p < e && *p != '"' && *p != '\\') {
            if (static_cast<unsigned char>(*p) < 0x20)
                return false;
            ++p;
        }
        if (p == e)
            return false;
        const auto* ustart = reinterpret_cast<const unsigned char*>(start);
        if (*p == '"') {
            if (!cleanUtf8(ustart, reinterpret_cast<const unsigned char*>(p)))
                return false;
            if (out)
                *out = QString::fromUtf8(start, p - start);
            ++p;
            return true;
        }
        QByteArray bytes;
        QByteArray* sink = out ? &bytes : nullptr;
        if (sink)
            bytes = QByteArray(start, p - start);
        const char* plainFrom = start; // the unescaped text since the last escape
        while (p < e && *p != '"') {
            const char c = *p;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                if (sink)
                    bytes += c;
                ++p;
                continue;
            }
            if (!cleanUtf8(reinterpret_cast<const unsigned char*>(plainFrom),
                           reinterpret_cast<const unsigned char*>(p)))
                return false;
            ++p;
            if (!escape(sink))
                return false;
            plainFrom = p;
        }
        if (p == e || !cleanUtf8(reinterpret_cast<const unsigned char*>(plainFrom),
                                 reinterpret_cast<const unsigned char*>(p)))
            return false;
        ++p;
        if (out)
            *out = QString::fromUtf8(bytes);
        return true;
    }

    void ws() {
        while (p < e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool eat(char c) {
        ws();
        if (p < e && *p == c) {
            ++p;
            return true;
        }
        return false;
    }

    // An object whose keys are all distinct: QJsonDocument keeps the last of duplicate keys,
    // this scanner would have read the first, so a duplicate is left to QJsonDocument. So is an
    // object with very many keys, to keep the check cheap.
    template <typename F> bool object(F&& member) {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        QByteArrayView keys[kMaxKeys];
        int count = 0;
        do {
            QByteArrayView key;
            if (!rawString(&key) || count == kMaxKeys)
                return false;
            for (int i = 0; i < count; ++i)
                if (keys[i] == key)
                    return false;
            keys[count++] = key;
            if (!eat(':') || !member(key))
                return false;
        } while (eat(','));
        return eat('}');
    }
    static constexpr int kMaxKeys = 32;

    template <typename F> bool array(F&& element) {
        if (!eat('['))
            return false;
        if (eat(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (eat(','));
        return eat(']');
    }

    // Keys and values we read are plain ASCII words; an escape sends us to the slow path.
    bool rawString(QByteArrayView* s) {
        if (!eat('"'))
            return false;
        const char* start = p;
        while (p < e && *p != '"') {
            if (*p == '\\' || static_cast<unsigned char>(*p) < 0x20)
                return false;
            ++p;
        }
        if (p == e || !cleanUtf8(reinterpret_cast<const unsigned char*>(start),
                                 reinterpret_cast<const unsigned char*>(p)))
            return false;
        *s = QByteArrayView(start, p - start);
        ++p;
        return true;
    }

    // The end of the JSON number at p (-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?), or null
    // when none starts there: from_chars alone takes "01", "1." and "1.e5", which JSON does not.
    // *whole: no fraction and no exponent.
    const char* numberEnd(bool* whole) const {
        const char* q = p;
        const auto digits = [&] {
            const char* from = q;
            while (q < e && *q >= '0' && *q <= '9')
                ++q;
            return q > from;
        };
        if (q < e && *q == '-')
            ++q;
        if (q < e && *q == '0')
            ++q;
        else if (!digits())
            return nullptr;
        *whole = true;
        if (q < e && *q == '.') {
            ++q;
            *whole = false;
            if (!digits())
                return nullptr;
        }
        if (q < e && (*q == 'e' || *q == 'E')) {
            ++q;
            *whole = false;
            if (q < e && (*q == '+' || *q == '-'))
                ++q;
            if (!digits())
                return nullptr;
        }
        return q;
    }

    bool number(double* out) {
        ws();
        bool whole = false;
        const char* end = numberEnd(&whole);
        if (!end)
            return false;
        const auto [next, ec] = std::from_chars(p, end, *out);
        if (ec != std::errc() || next != end)
            return false; // out of range: QJsonDocument decides
        if (whole && *out == 0)
            *out = 0; // QJsonDocument reads "-0" as the integer 0
        p = end;
        return true;
    }

    bool integer(qint64* out) {
        ws();
        bool whole = false;
        const char* end = numberEnd(&whole);
        if (!end || !whole)
            return false;
        const auto [next, ec] = std::from_chars(p, end, *out);
        if (ec != std::errc() || next != end)
            return false;
        p = end;
        return true;
    }

    bool data(RawEmbeddings* out) {
        out->hasData = true;
        qsizetype dimensionHint = 0;
        return array([&] {
            RawEmbedding item;
            item.vector.reserve(dimensionHint);
            const bool ok = object([&](QByteArrayView key) {
                if (key == "index")
                    return integer(&item.index) && item.index >= 0;
                if (key == "embedding")
                    return array([&] {
                        double d;
                        if (!number(&d))
                            return false;
                        item.vector.append(static_cast<float>(d));
                        return true;
                    });
                return skip(0);
            });
            if (!ok || item.vector.isEmpty() || item.index < 0)
                return false;
            dimensionHint = item.vector.size();
            out->items.push_back(std::move(item));
            return true;
        });
    }

    bool usage(Usage* u) {
        return object([&](QByteArrayView key) {
            qint64 v = -1;
            int* target = key == "prompt_tokens"       ? &u->promptTokens
                          : key == "completion_tokens" ? &u->completionTokens
                          : key == "total_tokens"      ? &u->totalTokens
                                                       : nullptr;
            if (key == "completion_tokens_details")
                return false; // reasoning_tokens: the slow path reads it
            if (!target)
                return skip(0);
            if (!integer(&v) || v < 0 || v > std::numeric_limits<int>::max())
                return false;
            *target = static_cast<int>(v);
            return true;
        });
    }

    bool skip(int depth) {
        if (depth > 64)
            return false;
        ws();
        if (p == e)
            return false;
        switch (*p) {
        case '{':
            return object([&](QByteArrayView) { return skip(depth + 1); });
        case '[':
            return array([&] { return skip(depth + 1); });
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            double d;
            return number(&d);
        }
        }
    }

    bool literal(QByteArrayView word) {
        ws();
        if (QByteArrayView(p, e - p).startsWith(word)) {
            p += word.size();
            return true;
        }
        return false;
    }
};

} // namespace

bool scanChatChunk(const QByteArray& bytes, ChatChunk* out) {
    return FastScanner(bytes.constData(), bytes.constData() + bytes.size()).chatChunk(out);
}

bool scanEmbeddings(const QByteArray& body, RawEmbeddings* out) {
    return FastScanner(body.constData(), body.constData() + body.size()).run(out);
}

} // namespace ik::wiredetail
