#include "jsonschema.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

// Keywords that only annotate: passing them is not skipping a check.
bool isAnnotation(const QString& k) {
    static const QSet<QString> names{u"title"_s,      u"description"_s, u"default"_s,
                                     u"examples"_s,   u"$schema"_s,     u"$id"_s,
                                     u"$comment"_s,   u"$defs"_s,       u"definitions"_s,
                                     u"deprecated"_s, u"readOnly"_s,    u"writeOnly"_s};
    return names.contains(k);
}

bool isChecked(const QString& k) {
    static const QSet<QString> names{
        u"type"_s,     u"properties"_s, u"required"_s,  u"additionalProperties"_s,
        u"items"_s,    u"enum"_s,       u"const"_s,     u"minimum"_s,
        u"maximum"_s,  u"minLength"_s,  u"maxLength"_s, u"minItems"_s,
        u"maxItems"_s, u"anyOf"_s,      u"$ref"_s};
    return names.contains(k);
}

QString escapeToken(QString token) {
    return token.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

QString unescapeToken(QString token) {
    return token.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
}

QString show(const QJsonValue& v) {
    QString text;
    if (v.isString())
        text = u'"' + v.toString() + u'"';
    else if (v.isDouble())
        text = QString::number(v.toDouble(), 'g', 15);
    else if (v.isBool())
        text = v.toBool() ? u"true"_s : u"false"_s;
    else if (v.isNull())
        text = u"null"_s;
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return text.size() > 60 ? text.left(57) + u"..."_s : text;
}

QString typeOf(const QJsonValue& v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) ? u"integer"_s : u"number"_s;
    }
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    default:
        return u"undefined"_s;
    }
}

bool hasType(const QJsonValue& v, const QString& type) {
    const QString actual = typeOf(v);
    return actual == type || (type == u"number"_s && actual == u"integer"_s);
}

// A non-negative whole number, or -1 when the keyword holds something else.
qint64 count(const QJsonValue& v) {
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= 0 && d == std::floor(d) ? qint64(d) : -1;
}

class Validator {
public:
    explicit Validator(const QJsonValue& root) : m_root(root) {}
    SchemaResult result;
    void check(const QJsonValue& doc, const QString& at, const QJsonValue& schema,
               const QString& schemaAt);

private:
    void fault(const QString& schemaAt, const QString& reason) {
        for (const SchemaError& e : result.schemaFaults)
            if (e.pointer == schemaAt && e.reason == reason)
                return;
        result.schemaFaults.append({schemaAt, reason});
    }
    void error(const QString& at, const QString& reason) {
        if (!result.errors.contains(SchemaError{at, reason}))
            result.errors.append({at, reason});
    }
    void checkType(const QJsonValue& doc, const QString& at, const QJsonValue& type,
                   const QString& schemaAt);
    void checkObject(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                     const QString& schemaAt);
    void checkArray(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                    const QString& schemaAt);
    void checkBounds(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                     const QString& schemaAt);
    void checkValues(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                     const QString& schemaAt);
    void checkAnyOf(const QJsonValue& doc, const QString& at, const QJsonValue& anyOf,
                    const QString& schemaAt);
    void checkRef(const QJsonValue& doc, const QString& at, const QJsonValue& ref,
                  const QString& schemaAt);
    const QJsonValue m_root;
    // "target|document pointer" of the $refs being followed: the pairs are finite for one value,
    // and a $ref that moves into the document is bounded by its depth.
    QSet<QString> m_activeRefs;
};

void Validator::check(const QJsonValue& doc, const QString& at, const QJsonValue& schema,
                      const QString& schemaAt) {
    if (schema.isBool()) {
        if (!schema.toBool())
            error(at, QCoreApplication::translate(
                          "ik::JsonSchema", "no value is allowed here (the schema is false)"));
        return;
    }
    if (!schema.isObject()) {
        fault(schemaAt, QCoreApplication::translate(
                            "ik::JsonSchema", "a schema must be an object or a boolean, not %1")
                            .arg(typeOf(schema)));
        return;
    }
    const QJsonObject s = schema.toObject();
    for (auto it = s.begin(); it != s.end(); ++it) {
        if (isChecked(it.key()) || isAnnotation(it.key()))
            continue;
        const QString entry = u"%1 at %2"_s.arg(it.key(), showPointer(schemaAt));
        if (!result.notChecked.contains(entry))
            result.notChecked.append(entry);
    }
    if (s.contains(u"type"_s))
        checkType(doc, at, s.value(u"type"_s), schemaAt + u"/type"_s);
    checkValues(doc, at, s, schemaAt);
    checkBounds(doc, at, s, schemaAt);
    checkObject(doc, at, s, schemaAt);
    checkArray(doc, at, s, schemaAt);
    if (s.contains(u"anyOf"_s))
        checkAnyOf(doc, at, s.value(u"anyOf"_s), schemaAt + u"/anyOf"_s);
    if (s.contains(u"$ref"_s))
        checkRef(doc, at, s.value(u"$ref"_s), schemaAt + u"/$ref"_s);
}

void Validator::checkType(const QJsonValue& doc, const QString& at, const QJsonValue& type,
                          const QString& schemaAt) {
    static const QStringList known{u"null"_s,   u"boolean"_s, u"integer"_s, u"number"_s,
                                   u"string"_s, u"array"_s,   u"object"_s};
    QStringList types;
    if (type.isString())
        types << type.toString();
    else
        for (const QJsonValue& t : type.toArray())
            types << t.toString();
    if (types.isEmpty() || (!type.isString() && !type.isArray())) {
        fault(schemaAt, QCoreApplication::translate("ik::JsonSchema",
                                                    "type must be a type name or a list of them"));
        return;
    }
    for (const QString& t : types)
        if (!known.contains(t)) {
            fault(schemaAt,
                  QCoreApplication::translate("ik::JsonSchema", "unknown type \"%1\" (known: %2)")
                      .arg(t, known.join(u", "_s)));
            return;
        }
    for (const QString& t : types)
        if (hasType(doc, t))
            return;
    error(at, QCoreApplication::translate("ik::JsonSchema", "expected %1, got %2")
                  .arg(types.join(u" or "_s), typeOf(doc)));
}

void Validator::checkValues(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                            const QString& schemaAt) {
    if (s.contains(u"const"_s) && doc != s.value(u"const"_s))
        error(at, QCoreApplication::translate("ik::JsonSchema", "must be %1 (const), got %2")
                      .arg(show(s.value(u"const"_s)), show(doc)));
    if (!s.contains(u"enum"_s))
        return;
    const QJsonValue options = s.value(u"enum"_s);
    if (!options.isArray() || options.toArray().isEmpty()) {
        fault(schemaAt + u"/enum"_s,
              QCoreApplication::translate("ik::JsonSchema",
                                          "enum must be a non-empty list of values"));
        return;
    }
    if (!options.toArray().contains(doc))
        error(at, QCoreApplication::translate("ik::JsonSchema", "%1 is not one of %2 (enum)")
                      .arg(show(doc), show(options)));
}

void Validator::checkBounds(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                            const QString& schemaAt) {
    struct Bound {
        QString keyword;
        bool applies;
        double value;
        bool isMin;
        QString unit;
    };
    const bool number = doc.isDouble();
    const QString text = doc.toString();
    const double length = double(text.toUcs4().size()); // code points, as JSON Schema counts
    const double items = double(doc.toArray().size());
    const QList<Bound> bounds{{u"minimum"_s, number, doc.toDouble(), true, {}},
                              {u"maximum"_s, number, doc.toDouble(), false, {}},
                              {u"minLength"_s, doc.isString(), length, true, u"characters"_s},
                              {u"maxLength"_s, doc.isString(), length, false, u"characters"_s},
                              {u"minItems"_s, doc.isArray(), items, true, u"items"_s},
                              {u"maxItems"_s, doc.isArray(), items, false, u"items"_s}};
    for (const Bound& b : bounds) {
        if (!s.contains(b.keyword))
            continue;
        const QJsonValue limit = s.value(b.keyword);
        const bool counted = !b.unit.isEmpty();
        if (!limit.isDouble() || (counted && count(limit) < 0)) {
            fault(schemaAt + u'/' + b.keyword,
                  counted ? QCoreApplication::translate("ik::JsonSchema",
                                                        "%1 must be a whole number, at least 0")
                                .arg(b.keyword)
                          : QCoreApplication::translate("ik::JsonSchema", "%1 must be a number")
                                .arg(b.keyword));
            continue;
        }
        const double l = limit.toDouble();
        if (!b.applies || (b.isMin ? b.value >= l : b.value <= l))
            continue;
        const QString what =
            b.isMin ? QCoreApplication::translate("ik::JsonSchema", "below the %1").arg(b.keyword)
                    : QCoreApplication::translate("ik::JsonSchema", "above the %1").arg(b.keyword);
        if (counted)
            error(at, u"has %1 %2, %3 %4"_s.arg(b.value).arg(b.unit, what).arg(l));
        else
            error(at, u"%1 is %2 %3"_s.arg(show(doc), what).arg(show(limit)));
    }
}

void Validator::checkObject(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                            const QString& schemaAt) {
    const QJsonValue props = s.value(u"properties"_s);
    if (!props.isUndefined() && !props.isObject())
        fault(schemaAt + u"/properties"_s,
              QCoreApplication::translate("ik::JsonSchema",
                                          "properties must be an object of schemas"));
    const QJsonValue required = s.value(u"required"_s);
    const QJsonArray names = required.toArray();
    const bool requiredOk =
        required.isUndefined() ||
        (required.isArray() &&
         std::all_of(names.begin(), names.end(), [](const QJsonValue& v) { return v.isString(); }));
    if (!requiredOk)
        fault(schemaAt + u"/required"_s,
              QCoreApplication::translate("ik::JsonSchema",
                                          "required must be a list of property names"));
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.toObject();
    if (requiredOk)
        for (const QJsonValue& name : names)
            if (!o.contains(name.toString()))
                error(at, QCoreApplication::translate("ik::JsonSchema",
                                                      "missing required property \"%1\"")
                              .arg(name.toString()));
    const QJsonObject p = props.toObject();
    const QJsonValue extra = s.value(u"additionalProperties"_s);
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString child = at + u'/' + escapeToken(it.key());
        if (p.contains(it.key())) {
            check(it.value(), child, p.value(it.key()),
                  schemaAt + u"/properties/"_s + escapeToken(it.key()));
        } else if (extra.isBool() && !extra.toBool()) {
            error(child, QCoreApplication::translate(
                             "ik::JsonSchema",
                             "property \"%1\" is not allowed (additionalProperties is false)")
                             .arg(it.key()));
        } else if (!extra.isUndefined() && !extra.isBool()) {
            check(it.value(), child, extra, schemaAt + u"/additionalProperties"_s);
        }
    }
}

void Validator::checkArray(const QJsonValue& doc, const QString& at, const QJsonObject& s,
                           const QString& schemaAt) {
    if (!s.contains(u"items"_s))
        return;
    const QJsonValue items = s.value(u"items"_s);
    if (items.isArray()) {
        // The tuple form (prefixItems in newer drafts) is outside the subset.
        const QString entry =
            QCoreApplication::translate("ik::JsonSchema", "items (list form) at %1")
                .arg(showPointer(schemaAt));
        if (!result.notChecked.contains(entry))
            result.notChecked.append(entry);
        return;
    }
    const QJsonArray a = doc.toArray();
    for (qsizetype i = 0; doc.isArray() && i < a.size(); ++i)
        check(a.at(i), at + u'/' + QString::number(i), items, schemaAt + u"/items"_s);
    if (!doc.isArray() && !items.isObject() && !items.isBool())
        check(QJsonValue(), at, items, schemaAt + u"/items"_s); // reports the bad schema
}

void Validator::checkAnyOf(const QJsonValue& doc, const QString& at, const QJsonValue& anyOf,
                           const QString& schemaAt) {
    const QJsonArray choices = anyOf.toArray();
    if (!anyOf.isArray() || choices.isEmpty()) {
        fault(schemaAt, QCoreApplication::translate("ik::JsonSchema",
                                                    "anyOf must be a non-empty list of schemas"));
        return;
    }
    QList<SchemaError> closest;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        Validator branch(m_root);
        branch.m_activeRefs = m_activeRefs;
        branch.check(doc, at, choices.at(i), schemaAt + u'/' + QString::number(i));
        for (const SchemaError& f : branch.result.schemaFaults)
            fault(f.pointer, f.reason);
        for (const QString& n : branch.result.notChecked)
            if (!result.notChecked.contains(n))
                result.notChecked.append(n);
        if (branch.result.errors.isEmpty())
            return;
        // The closest choice is the one of the value's own type with the fewest errors.
        const auto score = [&at](const QList<SchemaError>& errors) {
            const bool wrongType = std::any_of(errors.begin(), errors.end(), [&](const auto& e) {
                return e.pointer == at && e.reason.startsWith(u"expected "_s);
            });
            return errors.size() + (wrongType ? 1000 : 0);
        };
        if (closest.isEmpty() || score(branch.result.errors) < score(closest))
            closest = branch.result.errors;
    }
    const SchemaError& first = closest.first();
    error(at, QCoreApplication::translate("ik::JsonSchema",
                                          "matches none of the %1 anyOf choices (closest: %2: %3)")
                  .arg(choices.size())
                  .arg(showPointer(first.pointer), first.reason));
}

void Validator::checkRef(const QJsonValue& doc, const QString& at, const QJsonValue& ref,
                         const QString& schemaAt) {
    const QString target = ref.toString();
    if (!ref.isString() || !target.startsWith(u'#')) {
        fault(schemaAt, QCoreApplication::translate(
                            "ik::JsonSchema",
                            "only local references (\"#\" or \"#/$defs/name\") are resolved"));
        return;
    }
    QJsonValue node = m_root;
    const QString path = target.mid(1);
    if (!path.isEmpty() && !path.startsWith(u'/')) {
        fault(schemaAt, QCoreApplication::translate("ik::JsonSchema",
                                                    "\"%1\" is not a JSON pointer (#/$defs/name)")
                            .arg(target));
        return;
    }
    for (const QString& token : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString key = unescapeToken(token);
        node = node.isArray() ? node.toArray().at(key.toInt()) : node.toObject().value(key);
        if (node.isUndefined()) {
            fault(schemaAt, QCoreApplication::translate("ik::JsonSchema",
                                                        "\"%1\" points at nothing in the schema")
                                .arg(target));
            return;
        }
    }
    // The same $ref on the same value again means the chain never reaches a check.
    const QString key = target + u'|' + at;
    if (m_activeRefs.contains(key)) {
        fault(schemaAt,
              QCoreApplication::translate("ik::JsonSchema",
                                          "\"%1\" refers back to itself without checking anything")
                  .arg(target));
        return;
    }
    m_activeRefs.insert(key);
    check(doc, at, node, path);
    m_activeRefs.remove(key);
}

// Every subschema is checked against no value at all: the keyword shapes are judged, nothing of
// a document is. Depth is bounded: a schema nests far less than a document may.
void walkSchema(Validator* v, const QJsonValue& schema, const QString& at, int depth) {
    if (depth > 64 || !schema.isObject()) {
        if (!schema.isBool())
            v->check(QJsonValue(QJsonValue::Undefined), QString(), schema, at);
        return;
    }
    v->check(QJsonValue(QJsonValue::Undefined), QString(), schema, at);
    const QJsonObject s = schema.toObject();
    for (const char* map : {"properties", "$defs", "definitions"}) {
        const QJsonObject children = s.value(QLatin1String(map)).toObject();
        for (auto it = children.begin(); it != children.end(); ++it)
            walkSchema(v, it.value(), at + u'/' + QLatin1String(map) + u'/' + escapeToken(it.key()),
                       depth + 1);
    }
    for (const char* one : {"items", "additionalProperties"})
        if (s.value(QLatin1String(one)).isObject())
            walkSchema(v, s.value(QLatin1String(one)), at + u'/' + QLatin1String(one), depth + 1);
    const QJsonArray anyOf = s.value(u"anyOf"_s).toArray();
    for (qsizetype i = 0; i < anyOf.size(); ++i)
        walkSchema(v, anyOf.at(i), at + u"/anyOf/"_s + QString::number(i), depth + 1);
}

} // namespace

SchemaResult checkSchema(const QJsonValue& schema) {
    Validator v(schema);
    walkSchema(&v, schema, QString(), 0);
    v.result.errors.clear();
    return v.result;
}

std::optional<SchemaResult> checkAnswer(const QString& answer, const ResponseFormat& format) {
    switch (format.type) {
    case ResponseFormat::Type::None:
        return std::nullopt;
    case ResponseFormat::Type::JsonObject:
        return checkJsonText(answer, QJsonValue());
    case ResponseFormat::Type::JsonSchema:
        break;
    }
    const QJsonDocument schema = QJsonDocument::fromJson(format.schema);
    return checkJsonText(answer,
                         schema.isObject() ? QJsonValue(schema.object()) : QJsonValue(true));
}

SchemaResult validateJson(const QJsonValue& document, const QJsonValue& schema) {
    Validator v(schema);
    v.check(document, QString(), schema, QString());
    return v.result;
}

SchemaResult checkJsonText(const QString& text, const QJsonValue& schema) {
    QJsonParseError pe;
    const QByteArray utf8 = text.trimmed().toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &pe);
    QJsonValue value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    SchemaResult r;
    if (pe.error != QJsonParseError::NoError) {
        // QJsonDocument takes only an object or an array; a bare value is JSON too.
        const QJsonDocument wrapped = QJsonDocument::fromJson('[' + utf8 + ']');
        if (wrapped.isArray() && wrapped.array().size() == 1) {
            value = wrapped.array().at(0);
        } else {
            r.parsed = false;
            const qsizetype at = std::min<qsizetype>(pe.offset, utf8.size());
            r.errors.append({QString(), QCoreApplication::translate("ik::JsonSchema",
                                                                    "not JSON: %1 at character %2")
                                            .arg(pe.errorString())
                                            .arg(QString::fromUtf8(utf8.first(at)).size() + 1)});
            return r;
        }
    }
    if (schema.isNull() || schema.isUndefined()) {
        if (!value.isObject())
            r.errors.append({QString(), QCoreApplication::translate(
                                            "ik::JsonSchema", "expected a JSON object, got %1")
                                            .arg(typeOf(value))});
        return r;
    }
    return validateJson(value, schema);
}

QString showPointer(const QString& pointer) {
    return pointer.isEmpty() ? u"(root)"_s : pointer;
}

QStringList describeErrors(const SchemaResult& result) {
    QStringList lines;
    for (const SchemaError& e : result.errors)
        lines << u"%1: %2"_s.arg(showPointer(e.pointer), e.reason);
    for (const SchemaError& e : result.schemaFaults)
        lines << u"schema %1: %2"_s.arg(showPointer(e.pointer), e.reason);
    return lines;
}

namespace {

QJsonArray errorsJson(const QList<SchemaError>& errors) {
    QJsonArray a;
    for (const SchemaError& e : errors)
        a.append(QJsonObject{{u"pointer"_s, e.pointer}, {u"reason"_s, e.reason}});
    return a;
}

QList<SchemaError> errorsFromJson(const QJsonValue& v) {
    QList<SchemaError> errors;
    for (const QJsonValue& e : v.toArray())
        errors.append({e[u"pointer"_s].toString(), e[u"reason"_s].toString()});
    return errors;
}

} // namespace

QJsonObject schemaResultJson(const SchemaResult& result) {
    return {{u"valid"_s, result.valid()},
            {u"parsed"_s, result.parsed},
            {u"errors"_s, errorsJson(result.errors)},
            {u"schemaFaults"_s, errorsJson(result.schemaFaults)},
            {u"notChecked"_s, QJsonArray::fromStringList(result.notChecked)}};
}

QJsonObject answerCheckJson(const SchemaResult& result, const ResponseFormat& format) {
    QJsonObject o = schemaResultJson(result);
    const bool schema = format.type == ResponseFormat::Type::JsonSchema;
    o.insert(u"type"_s, schema ? u"json_schema"_s : u"json_object"_s);
    if (schema)
        o.insert(u"name"_s, format.name);
    return o;
}

SchemaResult schemaResultFromJson(const QJsonObject& o) {
    SchemaResult r;
    r.parsed = o.value(u"parsed"_s).toBool(true);
    r.errors = errorsFromJson(o.value(u"errors"_s));
    r.schemaFaults = errorsFromJson(o.value(u"schemaFaults"_s));
    for (const QJsonValue& n : o.value(u"notChecked"_s).toArray())
        r.notChecked << n.toString();
    return r;
}

} // namespace ik
