#include "responseformatspec.h"

#include "jsonschema.h"
#include "toolspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik {

namespace {} // namespace

ResponseFormatCheck checkResponseFormat(ResponseFormat::Type type, const QString& name,
                                        const QString& schemaText, bool strict) {
    ResponseFormatCheck check;
    check.format.type = type;
    if (type != ResponseFormat::Type::JsonSchema)
        return check;
    check.format.name = name.trimmed();
    check.format.strict = strict;
    static const QRegularExpression validName(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!validName.match(check.format.name).hasMatch()) {
        check.error = QCoreApplication::translate(
            "ik", "the schema needs a name of 1 to 64 letters, digits, _ or -");
        return check;
    }
    if (schemaText.trimmed().isEmpty()) {
        check.error = QCoreApplication::translate(
            "ik", "the schema is empty: write a JSON Schema object, e.g. {\"type\": "
                  "\"object\"}");
        return check;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaText.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        std::tie(check.line, check.column) = parseErrorPlace(schemaText, parse);
        check.error = QCoreApplication::translate("ik", "line %1, column %2: %3")
                          .arg(check.line)
                          .arg(check.column)
                          .arg(parse.errorString());
        return check;
    }
    if (!doc.isObject()) {
        check.error = QCoreApplication::translate("ik", "the schema is a JSON object, { ... }");
        return check;
    }
    const SchemaResult schema = checkSchema(doc.object());
    if (!schema.schemaFaults.isEmpty()) {
        check.error = describeErrors(schema).first();
        return check;
    }
    check.notChecked = schema.notChecked;
    check.format.schema = doc.toJson(QJsonDocument::Compact);
    return check;
}

QString responseFormatStatus(const ResponseFormatCheck& check) {
    if (!check.ok())
        return QCoreApplication::translate("ik", "Not valid, nothing is sent until fixed: %1")
            .arg(check.error);
    switch (check.format.type) {
    case ResponseFormat::Type::None:
        return QCoreApplication::translate("ik", "Plain text: no response_format is sent.");
    case ResponseFormat::Type::JsonObject:
        return QCoreApplication::translate(
            "ik", "The answer must be a JSON object; it is checked when it ends.");
    case ResponseFormat::Type::JsonSchema:
        break;
    }
    QString text = QCoreApplication::translate(
                       "ik", "Schema %1: the answer is checked against it when it ends.")
                       .arg(check.format.name);
    if (!check.notChecked.isEmpty())
        text += u' ' + QCoreApplication::translate("ik", "Not checked here: %1.")
                           .arg(check.notChecked.join(u", "_s));
    return text;
}

QStringList schemaOutcomeLines(const QJsonObject& check) {
    if (check.isEmpty())
        return {};
    const SchemaResult r = schemaResultFromJson(check);
    const bool schema = check.value(u"type"_s).toString() == u"json_schema"_s;
    const QString name = check.value(u"name"_s).toString();
    QStringList lines;
    if (r.valid()) {
        lines
            << (schema
                    ? QCoreApplication::translate("ik", "valid JSON · matches schema %1").arg(name)
                    : QCoreApplication::translate("ik", "valid JSON object"));
    } else {
        lines << (!r.parsed ? QCoreApplication::translate("ik", "not valid JSON")
                  : schema
                      ? QCoreApplication::translate("ik", "valid JSON · breaks schema %1").arg(name)
                      : QCoreApplication::translate("ik", "valid JSON · not an object"));
        lines += describeErrors(r);
    }
    if (!r.notChecked.isEmpty())
        lines
            << QCoreApplication::translate("ik", "not checked: %1").arg(r.notChecked.join(u", "_s));
    return lines;
}

} // namespace ik
