#include "keys.h"

#include <QStringList>

namespace ik::sandbox {

namespace {
bool isHex(const QString& s, qsizetype from, qsizetype count) {
    for (qsizetype i = from; i < from + count; ++i) {
        const QChar c = s.at(i);
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}
} // namespace

std::optional<ParsedCredential> parseCredential(const QString& token) {
    for (const auto* kind : {u"live", u"sdk"}) {
        const QString prefix = QStringLiteral("ik_") + QString::fromUtf16(kind) + u'_';
        if (!token.startsWith(prefix))
            continue;
        const qsizetype id = prefix.size();
        if (token.size() != id + 8 + 1 + 64 || token.at(id + 8) != u'_' || !isHex(token, id, 8) ||
            !isHex(token, id + 9, 64))
            return std::nullopt;
        return ParsedCredential{QString::fromUtf16(kind), token.mid(id, 8)};
    }
    return std::nullopt;
}

QString redact(const QString& token) {
    // ik_<kind>_<id>_<secret>, all three non-empty; the id shows at most 8 characters.
    if (!token.startsWith(u"ik_"))
        return QStringLiteral("ik…");
    const QStringList parts = token.mid(3).split(u'_');
    if (parts.size() < 3 || parts[0].isEmpty() || parts[1].isEmpty() ||
        parts.mid(2).join(u'_').isEmpty())
        return QStringLiteral("ik…");
    return QStringLiteral("ik_") + parts[0] + u'_' + parts[1].left(8) + QStringLiteral("…");
}

} // namespace ik::sandbox
