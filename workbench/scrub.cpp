#include "scrub.h"

#include "credential.h"

#include <QMutex>
#include <QStringList>

namespace ik {

namespace {

QMutex& mutex() {
    static QMutex m;
    return m;
}

QStringList& secrets() {
    static QStringList s;
    return s;
}

bool isHex(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

} // namespace

void registerSecret(const QString& secret) {
    if (secret.size() < kMinSecretFragment)
        return;
    QMutexLocker lock(&mutex());
    const QString lower = secret.toLower();
    if (!secrets().contains(lower))
        secrets().append(lower);
}

void registerSecretsIn(const QString& text) {
    for (const QLatin1String prefix : {QLatin1String("ik_live_"), QLatin1String("ik_sdk_")}) {
        for (qsizetype at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
            qsizetype end = at + prefix.size();
            while (end < text.size() &&
                   (text[end].isLetterOrNumber() || text[end] == u'_' || text[end] == u'-'))
                ++end;
            const QString rest = text.mid(at + prefix.size(), end - at - prefix.size());
            // <id>_<secret>; without the '_' the whole rest may be (or hold) the secret.
            const qsizetype underscore = rest.indexOf(u'_');
            registerSecret(underscore < 0 ? rest : rest.mid(underscore + 1));
        }
    }
}

namespace {

QList<QPair<int, int>> fragments(const QString& text, const QStringList& known) {
    QList<QPair<int, int>> found;
    if (known.isEmpty())
        return found;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!isHex(text[i])) {
            ++i;
            continue;
        }
        int end = i;
        while (end < n && isHex(text[end]))
            ++end;
        if (end - i >= kMinSecretFragment) {
            const QString run = text.mid(i, end - i).toLower();
            bool hit = false;
            for (int w = 0; !hit && w + kMinSecretFragment <= run.size(); ++w) {
                const QStringView window = QStringView(run).mid(w, kMinSecretFragment);
                for (const QString& s : known) {
                    if (s.contains(window)) {
                        hit = true;
                        break;
                    }
                }
            }
            if (hit)
                found.append({i, end});
        }
        i = end;
    }
    return found;
}

} // namespace

QString scrubSecrets(const QString& text, QList<QPair<int, int>>* ranges) {
    QStringList known;
    {
        QMutexLocker lock(&mutex());
        known = secrets();
    }
    if (ranges)
        *ranges = fragments(text, known);
    // Whole keys first, so they keep their documented redacted form (ik_live_<id>…).
    QString out = redactSecrets(text);
    const QList<QPair<int, int>> found = fragments(out, known);
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        out.replace(it->first, it->second - it->first, QStringLiteral("…"));
    return out;
}

} // namespace ik
