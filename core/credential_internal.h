#pragma once
// What credential.cpp (judging a key) and credential_redact.cpp (finding keys in free text)
// share: the shape of a key and the characters that can hide in one. Internal to core.

#include <QChar>
#include <QStringView>

namespace ik::credential_detail {

inline constexpr qsizetype kIdLength = 8;
inline constexpr qsizetype kSecretLength = 64;
inline const QChar kEllipsis(0x2026);

inline bool isKindChar(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Characters a key (or a mangled one) is made of; used to find where a token ends in free text.
// Wider than hex on purpose: a secret with a stray non-hex letter must still be redacted whole.
inline bool isTokenChar(QChar c) {
    return isKindChar(c) || c == u'_' || c == u'-';
}

// Invisible characters that ride along when a key is copied from a web page or a chat.
inline bool isInvisible(QChar c) {
    const char16_t u = c.unicode();
    return u == 0x200B || u == 0x200C || u == 0x200D || u == 0x2060 || u == 0xFEFF;
}

inline bool startsWithIkInsensitive(QStringView t) {
    return t.size() >= 3 && t.first(2).compare(u"ik", Qt::CaseInsensitive) == 0 &&
           (t[2] == u'_' || t[2] == u'-');
}

} // namespace ik::credential_detail
