#pragma once
// Structured output as the user sets it up (the Parameters page's "Response format" group):
// none, a JSON object, or a JSON schema with a name and strict, the schema text checked as typed
// so a mistake is named with its place before anything is sent. And what the answer area says
// of a finished answer's check (RunSession::schemaCheck()).

#include "wire.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ik {

struct ResponseFormatCheck {
    ResponseFormat format; // what a request carries, when ok()
    QString error;         // what is wrong and where ("line 3, column 7: ..."); empty when fine
    int line = 0;          // 1-based place of the error in the schema text, 0 when it has none
    int column = 0;
    QStringList notChecked; // keywords the validator will not check (jsonschema.h)
    bool ok() const { return error.isEmpty(); }
};

ResponseFormatCheck checkResponseFormat(ResponseFormat::Type type, const QString& name,
                                        const QString& schemaText, bool strict);

// What the line under the schema field says of a check.
QString responseFormatStatus(const ResponseFormatCheck& check);

// What the answer area says of a finished answer's check (answerCheckJson()): "valid JSON ·
// matches schema order", "valid JSON object", or one line per error with its pointer. Empty for
// an empty check (no response format asked for).
QStringList schemaOutcomeLines(const QJsonObject& check);

} // namespace ik
