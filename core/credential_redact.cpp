// Keys in free text: found however they were mangled on the way in (invisible characters, %5F, a
// wrapped line), and redacted to their public part. The guard, the scrubber and every export use
// this one reading.
#include "credential.h"
#include "credential_internal.h"

#include <QString>

#include <algorithm>
#include <limits>
#include <optional>

namespace ik {

using namespace credential_detail;

// The kind redactKey shows: a short word of letters, as live and sdk are. Anything longer, or
// with digits, may be the secret itself in the kind's place (a foreign key of any shape).
constexpr qsizetype kMaxShownKind = 8;

QString redactKey(QStringView key) {
    static const QString opaque = QStringLiteral("ik\u2026");
    if (!startsWithIkInsensitive(key) || key[2] != u'_')
        return opaque;
    const qsizetype kindEnd = key.indexOf(u'_', 3);
    if (kindEnd <= 3 || kindEnd - 3 > kMaxShownKind)
        return opaque;
    for (QChar c : key.sliced(3, kindEnd - 3))
        if (!c.isLetter() || c.unicode() > 0x7f)
            return opaque;
    const qsizetype idEnd = key.indexOf(u'_', kindEnd + 1);
    if (idEnd < 0 || idEnd == kindEnd + 1 || idEnd + 1 >= key.size())
        return opaque;
    const QStringView id = key.sliced(kindEnd + 1, idEnd - kindEnd - 1);
    for (QChar c : id.first(qMin<qsizetype>(id.size(), kIdLength)))
        if (!isTokenChar(c))
            return opaque;
    return key.first(kindEnd + 1).toString() +
           id.first(qMin<qsizetype>(id.size(), kIdLength)).toString() + kEllipsis;
}

namespace {

// A credential in free text: where it starts and ends (hiding characters included), and the key
// it spells without them.
struct Token {
    qsizetype start;
    qsizetype end;
    QString key;
};

// Reads the key that starts at `start` ("ik" in any case, then '_'), the way it may have been
// mangled on its way into the text: invisible characters anywhere in it, "%5F" for '_', and a
// line break inside the id or the secret while either is still short (a wrapped key). A line
// break is not crossed anywhere else, so prose that merely ends a line stays as it is.
// Reads no more than `limit` characters of the key.
Token readToken(const QString& text, qsizetype start, qsizetype limit) {
    Token t{start, start, {}};
    qsizetype i = start;
    int separators = 0;       // '_' read so far
    qsizetype partLength = 0; // characters of the current part (kind, id or secret)
    const qsizetype n = text.size();
    while (i < n && t.key.size() < limit) {
        const QChar c = text[i];
        if (isInvisible(c)) {
            ++i;
            continue;
        }
        if ((c == u'\n' || c == u'\r') && !t.key.isEmpty()) {
            const bool wrappable = (separators == 2 && partLength < kIdLength) ||
                                   (separators >= 3 && partLength < kSecretLength);
            qsizetype j = i;
            while (j < n && (text[j] == u'\n' || text[j] == u'\r' || isInvisible(text[j])))
                ++j;
            if (!wrappable || j == n || !isTokenChar(text[j]))
                break;
            i = j;
            continue;
        }
        if (c == u'%' && i + 2 < n && text[i + 1] == u'5' &&
            (text[i + 2] == u'F' || text[i + 2] == u'f')) {
            t.key += u'_';
            i += 3;
        } else if (isTokenChar(c)) {
            t.key += c;
            ++i;
        } else {
            break;
        }
        if (t.key.back() == u'_') {
            ++separators;
            partLength = 0;
        } else {
            ++partLength;
        }
        t.end = i;
    }
    return t;
}

bool isKnownKind(QStringView kind) {
    return kind.compare(u"live", Qt::CaseInsensitive) == 0 ||
           kind.compare(u"sdk", Qt::CaseInsensitive) == 0;
}

// Whether a token holds more than prose or a public id: "ik_live_ key" and "ik_live_0a1b2c3d…"
// (redacted, or an id alone) hold no secret; leaving them keeps redaction idempotent. A kind
// other than live/sdk needs an id and half a secret, so identifiers such as ik_area_tests stay.
bool secretBearing(QStringView key) {
    const qsizetype kindEnd = key.indexOf(u'_', 3);
    if (kindEnd < 0)
        return false;
    const QStringView rest = key.sliced(kindEnd + 1);
    const bool bearing =
        rest.contains(u'_') ? rest.indexOf(u'_') + 1 < rest.size() : rest.size() > kIdLength;
    if (!bearing)
        return false;
    return isKnownKind(key.sliced(3, kindEnd - 3)) || rest.size() >= kIdLength + kSecretLength / 2;
}

// Finds the next secret-bearing credential from `from`. A key is "ik", in any case, '_' (or
// %5F), a kind, '_', and more: the guard (containsCredential), redactSecrets and the scrubber
// (which redacts with redactSecrets first) all use this one reading.
std::optional<Token> nextCredential(const QString& text, qsizetype from) {
    const qsizetype n = text.size();
    for (qsizetype i = from; i + 2 < n; ++i) {
        if (text[i] != u'i' && text[i] != u'I')
            continue;
        // The prefix alone first: a long run of token characters is read once, not per 'i'.
        const Token head = readToken(text, i, 3);
        if (!startsWithIkInsensitive(head.key) || head.key[2] != u'_')
            continue;
        const Token t = readToken(text, i, std::numeric_limits<qsizetype>::max());
        if (secretBearing(t.key))
            return t;
        i = std::max(i, t.end - 1);
    }
    return std::nullopt;
}

} // namespace

QString redactSecrets(const QString& text) {
    std::optional<Token> t = nextCredential(text, 0);
    if (!t)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype copied = 0;
    while (t) {
        out += QStringView(text).sliced(copied, t->start - copied);
        out += redactKey(t->key);
        copied = t->end;
        t = nextCredential(text, t->end);
    }
    out += QStringView(text).sliced(copied);
    return out;
}

bool containsCredential(const QString& text) {
    return nextCredential(text, 0).has_value();
}

} // namespace ik
