#pragma once
// JSON schema checks for structured output and tool-call arguments (DESIGN.md "core": JSON
// schema checks). Pure: no I/O. Debian packages no C++ validator, so this checks the subset
// structured output uses (README "Structured output"): type, properties, required,
// additionalProperties, items, enum, const, minimum/maximum, minLength/maxLength,
// minItems/maxItems, anyOf, $ref/$defs. Any other keyword is listed as not checked, never
// silently passed.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "wire.h"

namespace ik {

struct SchemaError {
    QString pointer; // JSON pointer into the document ("" is the whole document)
    QString reason;
    bool operator==(const SchemaError&) const = default;
};

struct SchemaResult {
    bool parsed = true;              // the text was JSON (checkJsonText only)
    QList<SchemaError> errors;       // where the document breaks the schema
    QList<SchemaError> schemaFaults; // where the schema itself is wrong (pointer into the schema)
    QStringList notChecked;          // "keyword at /schema/pointer", each once
    bool valid() const { return parsed && errors.isEmpty() && schemaFaults.isEmpty(); }
};

// schema: an object or a boolean schema. $ref resolves "#" and "#/..." pointers into it; a $ref
// chain that comes back to itself on the same value is a schema fault, not an endless loop.
SchemaResult validateJson(const QJsonValue& document, const QJsonValue& schema);

// Parses text as JSON first: not JSON is one error at "" with the parser's words and place.
// A null schema only requires an object (json_object mode).
SchemaResult checkJsonText(const QString& text, const QJsonValue& schema);

// The schema alone, before any document: its faults (pointer into the schema) and the keywords
// outside the subset, found by walking every subschema (properties, items, anyOf, $defs...).
SchemaResult checkSchema(const QJsonValue& schema);

// The final answer of a run against its response_format: json_object must parse to an object,
// json_schema must also match the schema. Type::None: nullopt (nothing to check).
std::optional<SchemaResult> checkAnswer(const QString& answer, const ResponseFormat& format);

// What history keeps of an answer's check (HistoryRun::extra["schema"]): schemaResultJson()
// plus "type" (json_object or json_schema) and "name" (the schema's).
QJsonObject answerCheckJson(const SchemaResult& result, const ResponseFormat& format);

// "(root)" for "", else the pointer itself: how a place is shown to a user.
QString showPointer(const QString& pointer);
// One line per error ("/items/2/price: 3 is below the minimum 5"), schema faults included.
QStringList describeErrors(const SchemaResult& result);

// The result as history keeps it: valid, errors [{pointer, reason}], schemaFaults, notChecked.
QJsonObject schemaResultJson(const SchemaResult& result);
SchemaResult schemaResultFromJson(const QJsonObject& o);

} // namespace ik
