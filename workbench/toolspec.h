#pragma once
// The tools a chat request offers, as the user writes them: a JSON array of OpenAI function
// tools. Checked as typed, so a mistake is named with its place before anything is sent.

#include <QByteArray>
#include <QJsonParseError>
#include <QString>
#include <QStringList>

namespace ik {

struct ToolsCheck {
    bool empty = true; // blank text: no tools are offered
    QString error;     // what is wrong and where ("line 3, column 7: ..."); empty when fine
    int line = 0;      // 1-based place of the error, 0 when it has none
    int column = 0;    // 1-based
    QByteArray json;   // the array, compact, when fine and not empty
    QStringList names; // each function's name, in order
    bool ok() const { return error.isEmpty(); }
};

ToolsCheck checkTools(const QString& text);

// 1-based line and column of a character offset in text: where an editor marks a mistake.
std::pair<int, int> placeOf(const QString& text, qsizetype offset);
// A JSON parse error's place in text (its offset counts UTF-8 bytes; the place characters).
std::pair<int, int> parseErrorPlace(const QString& text, const QJsonParseError& error);

} // namespace ik
