#include "credential.h"
#include "credential_internal.h"

#include <QCoreApplication>

#include <QStringView>

#include <algorithm>
#include <limits>

namespace ik {

using namespace credential_detail;

namespace {

const QString kLivePrefix = QStringLiteral("ik_live_");
const QString kSdkPrefix = QStringLiteral("ik_sdk_");

bool isHex(QChar c) {
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// Describes one character of a key for a message without echoing anything unprintable. Only
// ever called for a character that is not a valid key character, so it reveals no secret.
QString describeChar(QChar c) {
    switch (c.unicode()) {
    case u' ':
        return QCoreApplication::translate("ik::Credential", "a space");
    case u'\t':
        return QCoreApplication::translate("ik::Credential", "a tab");
    case u'\n':
    case u'\r':
        return QCoreApplication::translate("ik::Credential", "a line break");
    case 0x00A0:
        return QCoreApplication::translate("ik::Credential", "a non-breaking space");
    case 0x2026:
        return QCoreApplication::translate("ik::Credential", "an ellipsis '…'");
    default:
        break;
    }
    if (c.isPrint() && !c.isSpace())
        return QCoreApplication::translate("ik::Credential", "character '%1'").arg(c);
    return QCoreApplication::translate("ik::Credential", "character U+%1")
        .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
}

bool isStrippable(QChar c) {
    return c.isSpace() || isInvisible(c);
}

// Names what a run of stripped characters held, e.g. "a trailing newline".
QString describeStripped(QStringView run, bool leading) {
    int newlines = 0;
    int crs = 0;
    int spaces = 0;
    int tabs = 0;
    int invisible = 0;
    int other = 0;
    for (QChar c : run) {
        if (c == u'\n')
            ++newlines;
        else if (c == u'\r')
            ++crs;
        else if (c == u' ')
            ++spaces;
        else if (c == u'\t')
            ++tabs;
        else if (isInvisible(c))
            ++invisible;
        else
            ++other;
    }
    const QString where = leading ? QCoreApplication::translate("ik::Credential", "leading")
                                  : QCoreApplication::translate("ik::Credential", "trailing");
    QStringList parts;
    if (newlines == 1 && crs == 1)
        parts << QCoreApplication::translate("ik::Credential", "a %1 CRLF line break").arg(where);
    else if (newlines + crs == 1)
        parts << QCoreApplication::translate("ik::Credential", "a %1 newline").arg(where);
    else if (newlines + crs > 1)
        parts << QCoreApplication::translate("ik::Credential", "%1 %2 line breaks")
                     .arg(newlines + crs)
                     .arg(where);
    if (spaces == 1)
        parts << QCoreApplication::translate("ik::Credential", "a %1 space").arg(where);
    else if (spaces > 1)
        parts
            << QCoreApplication::translate("ik::Credential", "%1 %2 spaces").arg(spaces).arg(where);
    if (tabs == 1)
        parts << QCoreApplication::translate("ik::Credential", "a %1 tab").arg(where);
    else if (tabs > 1)
        parts << QCoreApplication::translate("ik::Credential", "%1 %2 tabs").arg(tabs).arg(where);
    if (invisible == 1)
        parts << QCoreApplication::translate("ik::Credential",
                                             "a %1 invisible character (zero-width space or BOM)")
                     .arg(where);
    else if (invisible > 1)
        parts << QCoreApplication::translate("ik::Credential",
                                             "%1 %2 invisible characters (zero-width space or BOM)")
                     .arg(invisible)
                     .arg(where);
    if (other == 1)
        parts << QCoreApplication::translate("ik::Credential", "a %1 whitespace character")
                     .arg(where);
    else if (other > 1)
        parts << QCoreApplication::translate("ik::Credential", "%1 %2 whitespace characters")
                     .arg(other)
                     .arg(where);
    return QCoreApplication::translate("ik::Credential", "removed ") +
           parts.join(QCoreApplication::translate("ik::Credential", " and "));
}

struct QuotePair {
    char16_t open;
    char16_t close;
    const char* name;
};

constexpr QuotePair kQuotes[] = {
    {u'"', u'"', "double quotes"},
    {u'\'', u'\'', "single quotes"},
    {u'`', u'`', "backticks"},
    {0x201C, 0x201D, "typographic double quotes"},
    {0x2018, 0x2019, "typographic single quotes"},
    {0x00AB, 0x00BB, "guillemets"},
};

const QString kFormatHelp = QCoreApplication::translate(
    "ik::Credential",
    "An InferenceKey workload key is ik_live_, an 8-character hex id, '_', then a 64-character hex "
    "secret.");

struct Shape {
    QString problem; // empty: well formed
    bool unknownKind = false;
};

// The first character of part[from, to) that fails `ok`, as "<character> at position N
// <what>", N 1-based in the text (part starts at `offset` in it); empty when none fails.
template <typename Ok>
QString firstBadChar(QStringView part, qsizetype from, qsizetype to, qsizetype offset, Ok ok,
                     const QString& what) {
    for (qsizetype i = from; i < to; ++i)
        if (!ok(part[i]))
            return QCoreApplication::translate("ik::Credential", "%1 at position %2 %3")
                .arg(describeChar(part[i]))
                .arg(offset + i + 1)
                .arg(what);
    return {};
}

constexpr qsizetype kKindStart = 3; // after "ik_"

// The kind between "ik_" and the next '_': present, of key characters, live or sdk.
QString kindProblem(QStringView text, qsizetype kindEnd, bool* unknownKind) {
    if (text.size() == kKindStart)
        return QCoreApplication::translate(
            "ik::Credential", "the key stops after 'ik_': the kind, the id and the secret are "
                              "missing");
    if (kindEnd == kKindStart)
        return QCoreApplication::translate("ik::Credential", "the kind is missing after 'ik_'");
    if (kindEnd < 0)
        return QCoreApplication::translate(
            "ik::Credential", "only 'ik_' and a kind were given: the id and the secret are "
                              "missing");
    const QStringView kind = text.sliced(kKindStart, kindEnd - kKindStart);
    QString bad =
        firstBadChar(kind, 0, kind.size(), kKindStart, isKindChar,
                     QCoreApplication::translate("ik::Credential", "does not belong in a key"));
    if (!bad.isEmpty())
        return bad;
    if (kind == u"live" || kind == u"sdk")
        return {};
    *unknownKind = true;
    return QCoreApplication::translate(
               "ik::Credential",
               "unknown credential kind 'ik_%1_': inference needs an ik_live_ key")
        .arg(kind);
}

// The id after the prefix: kIdLength hex characters, then '_'. *idEnd gets the index of that
// '_' (-1 when there is none).
QString idProblem(QStringView text, qsizetype idStart, const QString& prefix, qsizetype* idEnd) {
    if (idStart >= text.size())
        return QCoreApplication::translate(
                   "ik::Credential", "the key stops after '%1': the id and the secret are missing")
            .arg(prefix);
    *idEnd = text.indexOf(u'_', idStart);
    const QStringView id = text.sliced(idStart, (*idEnd < 0 ? text.size() : *idEnd) - idStart);
    const QString notHex = QCoreApplication::translate("ik::Credential", "is not hex (in the id)");
    // The first kIdLength characters are judged before the missing '_': "ik_live_zz..." is
    // about the z, not about the separator.
    QString bad = firstBadChar(id, 0, std::min(id.size(), kIdLength), idStart, isHex, notHex);
    if (!bad.isEmpty())
        return bad;
    if (*idEnd < 0) {
        if (id.size() > kIdLength)
            return QCoreApplication::translate(
                       "ik::Credential", "the '_' between the %1-character id and the secret is "
                                         "missing (%2 characters follow '%3')")
                .arg(kIdLength)
                .arg(id.size())
                .arg(prefix);
        return QCoreApplication::translate("ik::Credential",
                                           "the secret is missing: the key stops after the id");
    }
    if (id.isEmpty())
        return QCoreApplication::translate("ik::Credential",
                                           "the id is missing between '%1' and '_'")
            .arg(prefix);
    bad = firstBadChar(id, kIdLength, id.size(), idStart, isHex, notHex);
    if (!bad.isEmpty())
        return bad;
    if (id.size() < kIdLength)
        return QCoreApplication::translate("ik::Credential", "the id has %1 of %2 hex characters")
            .arg(id.size())
            .arg(kIdLength);
    if (id.size() > kIdLength)
        return QCoreApplication::translate("ik::Credential",
                                           "the id has %1 hex characters, expected %2")
            .arg(id.size())
            .arg(kIdLength);
    return {};
}

// The secret after the id's '_': kSecretLength hex characters and nothing more.
QString secretProblem(QStringView text, qsizetype secretStart) {
    const QStringView secret = text.sliced(secretStart);
    if (secret.isEmpty())
        return QCoreApplication::translate(
            "ik::Credential", "the secret is missing: the key stops after the id and '_'");
    const QString bad =
        firstBadChar(secret, 0, secret.size(), secretStart, isHex,
                     QCoreApplication::translate("ik::Credential", "is not hex (in the secret)"));
    if (!bad.isEmpty())
        return bad;
    if (secret.size() < kSecretLength)
        return QCoreApplication::translate(
                   "ik::Credential", "the secret has %1 of %2 hex characters: truncated paste?")
            .arg(secret.size())
            .arg(kSecretLength);
    if (secret.size() > kSecretLength)
        return QCoreApplication::translate("ik::Credential",
                                           "the secret has %1 hex characters, expected %2: extra "
                                           "characters pasted?")
            .arg(secret.size())
            .arg(kSecretLength);
    return {};
}

// Checks the structure of an ik_ credential. Positions are 1-based in the text given.
Shape checkShape(QStringView text) {
    Shape s;
    if (text.contains(kEllipsis)) {
        s.problem = QCoreApplication::translate(
            "ik::Credential", "this is the redacted form of a key (it contains '…'), not "
                              "the key itself: truncated paste?");
        return s;
    }
    const qsizetype kindEnd = text.indexOf(u'_', kKindStart);
    s.problem = kindProblem(text, kindEnd, &s.unknownKind);
    if (!s.problem.isEmpty())
        return s;
    const QString prefix =
        QStringLiteral("ik_%1_").arg(text.sliced(kKindStart, kindEnd - kKindStart));
    qsizetype idEnd = -1;
    s.problem = idProblem(text, kindEnd + 1, prefix, &idEnd);
    if (s.problem.isEmpty())
        s.problem = secretProblem(text, idEnd + 1);
    return s;
}

QString foreignLooksLike(QStringView t) {
    if (t.startsWith(u"sk-ant-"))
        return QCoreApplication::translate("ik::Credential", " (it looks like an Anthropic key)");
    if (t.startsWith(u"sk-") || t.startsWith(u"sk_"))
        return QCoreApplication::translate("ik::Credential",
                                           " (it looks like an OpenAI-style sk- key)");
    if (t.startsWith(u"hf_"))
        return QCoreApplication::translate("ik::Credential",
                                           " (it looks like a Hugging Face token)");
    if (t.startsWith(u"eyJ"))
        return QCoreApplication::translate("ik::Credential", " (it looks like a JWT)");
    return {};
}

Verdict wrongType() {
    Verdict v;
    v.status = Verdict::Status::WrongType;
    v.reason = QCoreApplication::translate(
        "ik::Credential", "wrong credential type: this is the project's control-plane "
                          "token; inference needs the workload's ik_live_ key");
    v.fix = QCoreApplication::translate(
        "ik::Credential", "Use the workload's ik_live_ key here; keep the ik_sdk_ token for "
                          "the control plane (importing workloads).");
    return v;
}

Verdict judgeExact(const QString& key, bool inferenceKeyEndpoint) {
    Verdict v;
    if (key.isEmpty()) {
        v.status = Verdict::Status::Missing;
        v.reason = QCoreApplication::translate("ik::Credential", "no key given");
        v.fix = QCoreApplication::translate(
            "ik::Credential", "Paste the workload's ik_live_ key, or set INFERENCEKEY_API_KEY.");
        return v;
    }
    const Credential c = Credential::parse(key);
    switch (c.kind) {
    case CredentialKind::DataKey:
        v.status = Verdict::Status::Ok;
        v.reason = QCoreApplication::translate("ik::Credential",
                                               "a well-formed ik_live_ workload key (%1)")
                       .arg(redactKey(key));
        return v;
    case CredentialKind::ControlToken:
        return wrongType();
    case CredentialKind::Foreign:
        if (!inferenceKeyEndpoint) {
            v.status = Verdict::Status::Ok;
            v.reason = QCoreApplication::translate(
                "ik::Credential", "not an InferenceKey key, which is fine for an endpoint that "
                                  "is not InferenceKey");
            return v;
        }
        v.status = Verdict::Status::Foreign;
        v.reason =
            QCoreApplication::translate("ik::Credential", "this is not an InferenceKey key%1")
                .arg(foreignLooksLike(key));
        v.fix = QCoreApplication::translate(
            "ik::Credential", "Use the workload's ik_live_ key. A key from another provider only "
                              "works with an endpoint marked as not InferenceKey.");
        return v;
    case CredentialKind::Malformed:
    case CredentialKind::Empty:
        break;
    }
    // A control token is refused as such even when mangled: sending it anywhere is the mistake.
    if (key.startsWith(kSdkPrefix))
        return wrongType();
    v.status = Verdict::Status::Malformed;
    if (!key.startsWith(u"ik_")) {
        if (key.startsWith(u"ik-", Qt::CaseInsensitive))
            v.reason = QCoreApplication::translate(
                "ik::Credential", "the parts are separated by '-': an InferenceKey key uses '_'");
        else
            v.reason = QCoreApplication::translate("ik::Credential",
                                                   "the prefix must be lowercase 'ik_live_'");
    } else {
        v.reason = checkShape(key).problem;
        if (v.reason.isEmpty()) // parse() and checkShape() disagree: never leave a bare verdict
            v.reason = QCoreApplication::translate(
                "ik::Credential", "the key does not have the shape ik_live_<id>_<secret>");
    }
    v.fix = QCoreApplication::translate("ik::Credential",
                                        "Copy the key again, in full, from where it was issued. ") +
            kFormatHelp;
    return v;
}

} // namespace

Credential Credential::parse(QStringView text) {
    Credential c;
    if (text.isEmpty())
        return c;
    if (!startsWithIkInsensitive(text)) {
        c.kind = CredentialKind::Foreign;
        return c;
    }
    c.kind = CredentialKind::Malformed;
    if (!text.startsWith(u"ik_"))
        return c;
    const qsizetype kindEnd = text.indexOf(u'_', 3);
    if (kindEnd < 0)
        return c;
    c.prefix = text.first(kindEnd + 1).toString();
    const qsizetype idEnd = text.indexOf(u'_', kindEnd + 1);
    if (idEnd < 0) {
        c.id = text.sliced(kindEnd + 1).toString();
        return c;
    }
    c.id = text.sliced(kindEnd + 1, idEnd - kindEnd - 1).toString();
    c.secret = text.sliced(idEnd + 1).toString();
    const Shape s = checkShape(text);
    if (s.problem.isEmpty())
        c.kind = c.prefix == kLivePrefix ? CredentialKind::DataKey : CredentialKind::ControlToken;
    return c;
}

QString normaliseKey(const QString& raw, QStringList* changes) {
    QString key = raw;
    QStringList log;
    for (bool changed = true; changed;) {
        changed = false;
        qsizetype begin = 0;
        while (begin < key.size() && isStrippable(key[begin]))
            ++begin;
        if (begin > 0) {
            log << describeStripped(QStringView(key).first(begin), true);
            key.remove(0, begin);
            changed = true;
        }
        qsizetype end = key.size();
        while (end > 0 && isStrippable(key[end - 1]))
            --end;
        if (end < key.size()) {
            log << describeStripped(QStringView(key).sliced(end), false);
            key.truncate(end);
            changed = true;
        }
        if (key.size() >= 2) {
            for (const QuotePair& q : kQuotes) {
                if (key.front() == QChar(q.open) && key.back() == QChar(q.close)) {
                    key = key.mid(1, key.size() - 2);
                    log << QCoreApplication::translate("ik::Credential", "removed surrounding %1")
                               .arg(QLatin1String(q.name));
                    changed = true;
                    break;
                }
            }
        }
        static const QString authorization = QStringLiteral("Authorization:");
        if (key.startsWith(authorization, Qt::CaseInsensitive)) {
            qsizetype i = authorization.size();
            while (i < key.size() && (key[i] == u' ' || key[i] == u'\t'))
                ++i;
            key.remove(0, i);
            log << QCoreApplication::translate("ik::Credential",
                                               "removed a leading \"Authorization:\" header name");
            changed = true;
        }
        static const QString bearer = QStringLiteral("Bearer");
        if (key.size() > bearer.size() && key.startsWith(bearer, Qt::CaseInsensitive) &&
            (key[bearer.size()] == u' ' || key[bearer.size()] == u'\t')) {
            qsizetype i = bearer.size();
            while (i < key.size() && (key[i] == u' ' || key[i] == u'\t'))
                ++i;
            key.remove(0, i);
            log << QCoreApplication::translate("ik::Credential", "removed a leading \"Bearer \"");
            changed = true;
        }
    }
    if (changes)
        *changes << log;
    return key;
}

Verdict judgeKey(const QString& raw, bool inferenceKeyEndpoint) {
    QStringList changes;
    const QString key = normaliseKey(raw, &changes);
    Verdict v = judgeExact(key, inferenceKeyEndpoint);
    if (changes.isEmpty())
        return v;
    v.changes = changes;
    const QString what = changes.join(QStringLiteral("; "));
    if (v.status == Verdict::Status::Ok) {
        v.status = Verdict::Status::Fixable;
        v.normalised = key;
        v.reason = QCoreApplication::translate("ik::Credential",
                                               "the key has extra characters around it (%1)")
                       .arg(what);
        v.fix = QCoreApplication::translate("ik::Credential", "Use the cleaned-up key%1.")
                    .arg(inferenceKeyEndpoint || key.startsWith(u"ik_")
                             ? QStringLiteral(" ") + redactKey(key)
                             : QString());
        return v;
    }
    if (v.status == Verdict::Status::Missing) {
        v.reason = QCoreApplication::translate("ik::Credential",
                                               "no key given: only whitespace or quotes (%1)")
                       .arg(what);
        return v;
    }
    // The cleaned-up key is bad in itself: its own verdict counts, and the user still learns
    // what cleaning did, so a position in the reason is not misread against the raw paste.
    v.reason += QCoreApplication::translate("ik::Credential", " (after cleaning up: %1)").arg(what);
    return v;
}

} // namespace ik
