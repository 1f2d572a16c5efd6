#include "responseformatspec.h"

#include "jsonschema.h"
#include "toolspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

// lupdate files the tr() of free functions in namespace ik under the context "ik".
QString tr(const char* text) {
    return QCoreApplication::translate("ik", text);
}

} // namespace

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
        check.error = tr("the schema needs a name of 1 to 64 letters, digits, _ or -");
        return check;
    }
    if (schemaText.trimmed().isEmpty()) {
        check.error = tr("the schema is empty: write a JSON Schema object, e.g. {\"type\": "
                         "\"object\"}");
        return check;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(schemaText.toUtf8(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        std::tie(check.line, check.column) = parseErrorPlace(schemaText, parse);
        check.error =
            tr("line %1, column %2: %3").arg(check.line).arg(check.column).arg(parse.errorString());
        return check;
    }
    if (!doc.isObject()) {
        check.error = tr("the schema is a JSON object, { ... }");
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
        return tr("Not valid, nothing is sent until fixed: %1").arg(check.error);
    switch (check.format.type) {
    case ResponseFormat::Type::None:
        return tr("Plain text: no response_format is sent.");
    case ResponseFormat::Type::JsonObject:
        return tr("The answer must be a JSON object; it is checked when it ends.");
    case ResponseFormat::Type::JsonSchema:
        break;
    }
    QString text =
        tr("Schema %1: the answer is checked against it when it ends.").arg(check.format.name);
    if (!check.notChecked.isEmpty())
        text += u' ' + tr("Not checked here: %1.").arg(check.notChecked.join(u", "_s));
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
        lines << (schema ? tr("valid JSON · matches schema %1").arg(name)
                         : tr("valid JSON object"));
    } else {
        lines << (!r.parsed ? tr("not valid JSON")
                  : schema  ? tr("valid JSON · breaks schema %1").arg(name)
                            : tr("valid JSON · not an object"));
        lines += describeErrors(r);
    }
    if (!r.notChecked.isEmpty())
        lines << tr("not checked: %1").arg(r.notChecked.join(u", "_s));
    return lines;
}

} // namespace ik
