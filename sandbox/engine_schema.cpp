// Structured output: documents that conform to a response_format schema (and, for the
// schema-break fault, ones that do not). Pure and deterministic, like the rest of the engine.
#include "engine.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ik::sandbox::engine {

namespace {

// Past this depth only what the schema requires is filled, so a recursive schema ends.
constexpr int kFillDepth = 4;
constexpr int kMaxDepth = 32;

class Generator {
public:
    Generator(const QJsonValue& root, const QString& prompt) : m_root(root), m_prompt(prompt) {
        const QStringList words = prompt.split(u' ', Qt::SkipEmptyParts);
        m_word = words.isEmpty() ? u"sandbox"_s : words.last();
        m_word.remove(QRegularExpression(u"[^\\w-]"_s));
        if (m_word.isEmpty())
            m_word = u"sandbox"_s;
        m_number = int(words.size());
    }

    QJsonValue value(const QJsonValue& schema, int depth) const;
    QJsonObject resolve(const QJsonValue& schema) const;

private:
    QJsonValue object(const QJsonObject& s, int depth) const;
    QJsonValue array(const QJsonObject& s, int depth) const;
    QJsonValue number(const QJsonObject& s, bool integer) const;
    QJsonValue string(const QJsonObject& s) const;
    const QJsonValue m_root;
    const QString m_prompt;
    QString m_word;
    int m_number = 0;
};

// A schema with its local $ref chain followed (a few steps: a loop gives up with {}).
QJsonObject Generator::resolve(const QJsonValue& schema) const {
    QJsonObject s = schema.toObject();
    for (int step = 0; step < 8 && s.value(u"$ref"_s).isString(); ++step) {
        const QString ref = s.value(u"$ref"_s).toString();
        if (!ref.startsWith(u'#'))
            return {};
        QJsonValue node = m_root;
        for (const QString& token : ref.mid(1).split(u'/', Qt::SkipEmptyParts))
            node = node.toObject().value(
                QString(token).replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s));
        s = node.toObject();
    }
    return s;
}

QString typeOfSchema(const QJsonObject& s) {
    const QJsonValue type = s.value(u"type"_s);
    if (type.isString())
        return type.toString();
    for (const QJsonValue& t : type.toArray())
        if (t.toString() != u"null"_s)
            return t.toString();
    if (type.isArray() && !type.toArray().isEmpty())
        return u"null"_s;
    if (s.contains(u"properties"_s) || s.contains(u"required"_s))
        return u"object"_s;
    if (s.contains(u"items"_s))
        return u"array"_s;
    return u"string"_s;
}

QJsonValue Generator::value(const QJsonValue& schema, int depth) const {
    if (schema.isBool() || depth > kMaxDepth)
        return schema.toBool(true) ? QJsonValue(m_word) : QJsonValue();
    const QJsonObject s = resolve(schema);
    if (s.contains(u"const"_s))
        return s.value(u"const"_s);
    const QJsonArray choices = s.value(u"enum"_s).toArray();
    if (!choices.isEmpty())
        return choices.at(qsizetype(hash64(m_prompt) % quint64(choices.size())));
    const QJsonArray anyOf = s.value(u"anyOf"_s).toArray();
    if (!anyOf.isEmpty())
        return value(anyOf.first(), depth + 1);
    const QString type = typeOfSchema(s);
    if (type == u"object"_s)
        return object(s, depth);
    if (type == u"array"_s)
        return array(s, depth);
    if (type == u"integer"_s || type == u"number"_s)
        return number(s, type == u"integer"_s);
    if (type == u"boolean"_s)
        return true;
    if (type == u"null"_s)
        return QJsonValue();
    return string(s);
}

QJsonValue Generator::object(const QJsonObject& s, int depth) const {
    const QJsonObject props = s.value(u"properties"_s).toObject();
    QStringList names;
    for (const QJsonValue& n : s.value(u"required"_s).toArray())
        names << n.toString();
    if (names.isEmpty() && depth < kFillDepth)
        names = props.keys();
    QJsonObject out;
    for (const QString& name : names)
        out.insert(name,
                   value(props.contains(name) ? props.value(name) : QJsonValue(true), depth + 1));
    return out;
}

QJsonValue Generator::array(const QJsonObject& s, int depth) const {
    const int minItems = s.value(u"minItems"_s).toInt(0);
    const int maxItems = s.value(u"maxItems"_s).toInt(std::max(minItems, 2));
    const int n = std::min(depth < kFillDepth ? std::max(minItems, 2) : minItems, maxItems);
    QJsonArray out;
    const QJsonValue items =
        s.value(u"items"_s).isUndefined() ? QJsonValue(true) : s.value(u"items"_s);
    for (int i = 0; i < n; ++i)
        out.append(value(items.isArray() ? items.toArray().at(i) : items, depth + 1));
    return out;
}

QJsonValue Generator::number(const QJsonObject& s, bool integer) const {
    double x = integer ? double(m_number) : m_number + 0.5;
    const QJsonValue lo = s.value(u"minimum"_s), hi = s.value(u"maximum"_s);
    if (hi.isDouble())
        x = std::min(x, integer ? std::floor(hi.toDouble()) : hi.toDouble());
    if (lo.isDouble())
        x = std::max(x, integer ? std::ceil(lo.toDouble()) : lo.toDouble());
    return x;
}

QJsonValue Generator::string(const QJsonObject& s) const {
    QString text = m_word;
    const int minLength = s.value(u"minLength"_s).toInt(0);
    while (text.size() < minLength)
        text += u' ' + m_word;
    const QJsonValue maxLength = s.value(u"maxLength"_s);
    if (maxLength.isDouble())
        text = text.left(std::max(0, maxLength.toInt()));
    return text.left(std::max<qsizetype>(minLength, text.size()));
}

} // namespace

QJsonValue documentFor(const QJsonValue& schema, const QString& prompt) {
    return Generator(schema, prompt).value(schema, 0);
}

QJsonValue brokenDocumentFor(const QJsonValue& schema, const QString& prompt) {
    const Generator g(schema, prompt);
    const QJsonObject s = g.resolve(schema);
    QJsonValue doc = g.value(schema, 0);
    const QJsonArray required = s.value(u"required"_s).toArray();
    if (doc.isObject() && !required.isEmpty()) {
        QJsonObject o = doc.toObject();
        o.remove(required.first().toString());
        return o;
    }
    // No required property to drop: a value of the wrong type at the root.
    return typeOfSchema(s) == u"string"_s ? QJsonValue(42) : QJsonValue(u"not what was asked"_s);
}

} // namespace ik::sandbox::engine
