// The sandbox as a judge: a grading request (evalassert.h's judgePrompt()) answered with a score
// that follows from the rubric and the answer alone, so tests know the grade beforehand.
#include "engine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ik::sandbox::engine {

namespace {

// The text between two headings of the grading request ("Rubric:\n" ... "\n\nQuestion:").
QString section(const QString& text, const QString& from, const QString& to) {
    const qsizetype start = text.indexOf(from);
    if (start < 0)
        return {};
    const qsizetype begin = start + from.size();
    const qsizetype end = text.indexOf(to, begin);
    return text.mid(begin, end < 0 ? -1 : end - begin);
}

QStringList contentWords(const QString& text) {
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]{4,}"));
    QStringList out;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (!out.contains(w))
            out.append(w);
    }
    return out;
}

} // namespace

std::optional<QString> judgeReply(const QString& lastUser) {
    if (!lastUser.startsWith(QStringLiteral("Grade the answer against the rubric.")))
        return std::nullopt;
    const QStringList rubric = contentWords(
        section(lastUser, QStringLiteral("Rubric:\n"), QStringLiteral("\n\nQuestion:")));
    const QStringList answer = contentWords(
        section(lastUser, QStringLiteral("Answer:\n"), QStringLiteral("\n\nReply with one JSON")));
    QStringList found;
    for (const QString& w : rubric)
        if (answer.contains(w))
            found.append(w);
    const double score =
        rubric.isEmpty() ? 0.0 : std::round(100.0 * found.size() / rubric.size()) / 100;
    const QString reason =
        QStringLiteral("%1 of %2 rubric words appear in the answer%3")
            .arg(found.size())
            .arg(rubric.size())
            .arg(found.isEmpty() ? QString()
                                 : QStringLiteral(" (%1)").arg(found.join(QStringLiteral(", "))));
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("score"), score},
                                                       {QStringLiteral("reason"), reason}})
                                 .toJson(QJsonDocument::Compact));
}

} // namespace ik::sandbox::engine
