// The chat route's response_format (structured output): reading it from a file, checking it,
// and writing it into a request.
#include "wire.h"

#include <QCoreApplication>

#include "wire_internal.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik {

using namespace wiredetail;

namespace {

bool validName(const QString& name) {
    static const QRegularExpression re(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return re.match(name).hasMatch();
}

QJsonObject schemaObject(const QByteArray& schema) {
    return QJsonDocument::fromJson(schema).object();
}

} // namespace

QString readResponseFormat(const QByteArray& json, ResponseFormat* out) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return QCoreApplication::translate("ik::Wire", "not JSON: %1 at byte %2")
            .arg(pe.errorString())
            .arg(pe.offset + 1);
    if (!doc.isObject())
        return QCoreApplication::translate(
            "ik::Wire", "a response format is a JSON object: a schema, or {\"type\": ...}");
    const QJsonObject o = doc.object();
    const QString type = o.value(u"type"_s).toString();
    ResponseFormat f;
    if (type == u"text"_s) {
        *out = f;
        return {};
    }
    if (type == u"json_object"_s) {
        f.type = ResponseFormat::Type::JsonObject;
        *out = f;
        return {};
    }
    f.type = ResponseFormat::Type::JsonSchema;
    if (type == u"json_schema"_s) {
        const QJsonValue spec = o.value(u"json_schema"_s);
        if (!spec.isObject())
            return QCoreApplication::translate(
                "ik::Wire", "\"type\": \"json_schema\" needs a \"json_schema\" object "
                            "{\"name\", \"schema\", \"strict\"}");
        const QJsonObject s = spec.toObject();
        f.name = s.value(u"name"_s).toString();
        if (!s.value(u"schema"_s).isObject())
            return QCoreApplication::translate("ik::Wire",
                                               "json_schema.schema must be a JSON Schema object");
        f.schema = QJsonDocument(s.value(u"schema"_s).toObject()).toJson(QJsonDocument::Compact);
        if (s.value(u"strict"_s).isBool())
            f.strict = s.value(u"strict"_s).toBool();
    } else { // a bare schema document: "type" is the schema's own ("object", ...)
        f.name = o.value(u"title"_s).toString();
        if (!validName(f.name))
            f.name = u"schema"_s;
        f.schema = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    *out = f;
    return {};
}

QByteArray responseFormatJson(const ResponseFormat& f) {
    QJsonObject o;
    switch (f.type) {
    case ResponseFormat::Type::None:
        return {};
    case ResponseFormat::Type::JsonObject:
        o.insert(u"type"_s, u"json_object"_s);
        break;
    case ResponseFormat::Type::JsonSchema: {
        QJsonObject spec{{u"name"_s, f.name}, {u"schema"_s, schemaObject(f.schema)}};
        if (f.strict)
            spec.insert(u"strict"_s, *f.strict);
        o.insert(u"type"_s, u"json_schema"_s);
        o.insert(u"json_schema"_s, spec);
        break;
    }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

namespace wiredetail {

void insertResponseFormat(const ChatRequest& request, QJsonObject* body) {
    const QByteArray json = responseFormatJson(request.responseFormat);
    if (!json.isEmpty())
        body->insert(u"response_format"_s, QJsonDocument::fromJson(json).object());
}

std::optional<Error> validateResponseFormat(const ResponseFormat& f) {
    if (f.type != ResponseFormat::Type::JsonSchema)
        return std::nullopt;
    if (!validName(f.name))
        return validation(QCoreApplication::translate(
                              "ik::Wire",
                              "response_format.json_schema.name must be 1 to 64 letters, digits, "
                              "_ or - (got '%1')")
                              .arg(f.name.left(40)));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.schema, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return validation(QCoreApplication::translate(
            "ik::Wire", "response_format.json_schema.schema must be a JSON Schema object"));
    return std::nullopt;
}

} // namespace wiredetail

} // namespace ik
