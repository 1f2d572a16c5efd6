#include "catalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>
#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace ik::ui {

namespace {

// %1 to %99, their locale forms %L1, and the count of a plural message, %n / %Ln.
const QRegularExpression& placeholder() {
    static const QRegularExpression re(u"%L?(\\d{1,2}|n)"_s);
    return re;
}

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QStringList translations; // one, or the plural forms; empty when unfinished
};

// Calls `each` for every message of a Qt Linguist file; false when the file cannot be read.
bool readTs(const QString& path, const std::function<void(const TsMessage&)>& each) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::EndElement && name == u"message") {
            each(message);
            inMessage = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == u"message") {
            message = TsMessage{
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes", {}};
            inMessage = true;
        } else if (name == u"name" && !inMessage) {
            context = xml.readElementText();
        } else if (name == u"source" && inMessage) {
            message.source = xml.readElementText();
        } else if (name == u"comment" && inMessage) {
            message.comment = xml.readElementText();
        } else if (name == u"translation" && inMessage && !message.numerus) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == u"unfinished";
            const QString text = xml.readElementText();
            if (!unfinished && !text.isEmpty())
                message.translations = {text};
        } else if (name == u"numerusform" && inMessage) {
            const QString text = xml.readElementText();
            if (!text.isEmpty())
                message.translations.append(text);
        }
    }
    return !xml.hasError();
}

QString key(const QString& context, const QString& source, const QString& comment) {
    return context + u'\x1f' + source + u'\x1f' + comment;
}

} // namespace

Catalogue Catalogue::shownIn(const QString& language) {
    Catalogue catalogue;
    const auto addShown = [&catalogue](const TsMessage& m, const QStringList& forms) {
        catalogue.add({m.context, m.source, m.comment, m.numerus}, forms);
    };
    if (language != u"en") {
        readTs(u":/i18n-src/ik_%1.ts"_s.arg(language), [&](const TsMessage& m) {
            // An untranslated message shows its English source.
            addShown(m, m.translations.isEmpty() ? QStringList{m.source} : m.translations);
        });
        return catalogue;
    }
    // English shows the sources themselves, but its plural forms ("1 token", "2 tokens") come
    // from its own small catalogue; the full list of messages is the same in every language's.
    QHash<QString, QStringList> plurals;
    readTs(u":/i18n-src/ik_en.ts"_s, [&plurals](const TsMessage& m) {
        plurals.insert(key(m.context, m.source, m.comment), m.translations);
    });
    readTs(u":/i18n-src/ik_es.ts"_s, [&](const TsMessage& m) {
        const QStringList forms = plurals.value(key(m.context, m.source, m.comment));
        addShown(m, m.numerus && !forms.isEmpty() ? forms : QStringList{m.source});
    });
    return catalogue;
}

void Catalogue::add(const Message& message, const QStringList& shownForms) {
    const int index = int(m_messages.size());
    m_messages.append(message);
    m_byKey.insert(key(message.context, message.source, message.comment), index);
    for (const QString& form : shownForms) {
        Pattern pattern;
        pattern.message = index;
        QString regex = u"^"_s;
        qsizetype from = 0;
        for (QRegularExpressionMatchIterator it = placeholder().globalMatch(form); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            pattern.literals.append(form.mid(from, m.capturedStart() - from));
            pattern.arguments.append(m.captured(1));
            from = m.capturedEnd();
        }
        if (pattern.arguments.isEmpty()) {
            m_exact.insert(form, index);
            continue;
        }
        pattern.literals.append(form.mid(from));
        for (qsizetype i = 0; i < pattern.literals.size(); ++i) {
            regex += QRegularExpression::escape(pattern.literals[i]);
            if (i < pattern.arguments.size())
                regex += u"(.+?)"_s;
            pattern.literalLength += pattern.literals[i].size();
        }
        // A message that is nothing but its values ("%1") would claim any text at all.
        if (pattern.literalLength == 0)
            continue;
        pattern.literals.removeAll(QString());
        pattern.regex =
            QRegularExpression(regex + u"$"_s, QRegularExpression::DotMatchesEverythingOption);
        m_patterns.append(std::move(pattern));
    }
}

QString Catalogue::keyOf(int message) const {
    const Message& m = m_messages[message];
    return key(m.context, m.source, m.comment);
}

int Catalogue::preferred(const QList<int>& candidates, const QStringList& contexts,
                         int hint) const {
    if (candidates.contains(hint))
        return hint;
    for (const QString& context : contexts) {
        for (int candidate : candidates) {
            if (m_messages[candidate].context == context)
                return candidate;
        }
    }
    return *std::min_element(candidates.begin(), candidates.end());
}

QString Catalogue::fill(const Pattern& pattern, const QRegularExpressionMatch& match) const {
    const Message& message = m_messages[pattern.message];
    QHash<QString, QString> values;
    for (qsizetype i = 0; i < pattern.arguments.size(); ++i)
        values.insert(pattern.arguments[i], match.captured(int(i) + 1));
    int n = -1;
    if (message.numerus) {
        // The count as it was shown, whatever the digit grouping of the language it was in.
        QString digits = values.value(u"n"_s);
        digits.removeIf([](QChar c) { return !c.isDigit() && c != u'-'; });
        n = digits.toInt();
    }
    const QByteArray comment = message.comment.toUtf8();
    const QString translated = QCoreApplication::translate(
        message.context.toUtf8().constData(), message.source.toUtf8().constData(),
        message.comment.isEmpty() ? nullptr : comment.constData(), n);
    // Every value goes back in one pass, so a value that itself holds "%2" stays as it is.
    QString out;
    qsizetype from = 0;
    for (QRegularExpressionMatchIterator it = placeholder().globalMatch(translated);
         it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(translated).mid(from, m.capturedStart() - from);
        const auto value = values.constFind(m.captured(1));
        out += value != values.cend() ? *value : m.captured(0);
        from = m.capturedEnd();
    }
    out += QStringView(translated).mid(from);
    return out;
}

std::optional<Catalogue::Said> Catalogue::said(const QString& shown, const QStringList& contexts,
                                               const QString& hint) const {
    if (shown.isEmpty())
        return std::nullopt;
    const int hinted = hint.isEmpty() ? -1 : m_byKey.value(hint, -1);
    if (const QList<int> exact = m_exact.values(shown); !exact.isEmpty()) {
        const int index = preferred(exact, contexts, hinted);
        const Message& m = m_messages[index];
        const QByteArray comment = m.comment.toUtf8();
        return Said{QCoreApplication::translate(
                        m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                        m.comment.isEmpty() ? nullptr : comment.constData()),
                    keyOf(index)};
    }
    // The most specific pattern wins: "%1 of %2 rows" over "%1 of %2".
    const Pattern* best = nullptr;
    QRegularExpressionMatch bestMatch;
    for (const Pattern& pattern : m_patterns) {
        const bool isHint = pattern.message == hinted;
        if (best && best->message == hinted)
            break;
        if (best && pattern.literalLength < best->literalLength && !isHint)
            continue;
        if (!std::all_of(pattern.literals.cbegin(), pattern.literals.cend(),
                         [&shown](const QString& literal) { return shown.contains(literal); }))
            continue;
        QRegularExpressionMatch match = pattern.regex.match(shown);
        if (!match.hasMatch())
            continue;
        const bool sameLength = best && pattern.literalLength == best->literalLength;
        if (!isHint && sameLength &&
            preferred({best->message, pattern.message}, contexts, hinted) == best->message)
            continue;
        best = &pattern;
        bestMatch = std::move(match);
    }
    if (!best)
        return std::nullopt;
    return Said{fill(*best, bestMatch), keyOf(best->message)};
}

} // namespace ik::ui
