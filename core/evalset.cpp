#include "evalset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik::eval {

namespace {

struct KindName {
    AssertionKind kind;
    const char16_t* name;
};
constexpr KindName kKinds[] = {
    {AssertionKind::Equals, u"equals"},
    {AssertionKind::Contains, u"contains"},
    {AssertionKind::NotContains, u"not-contains"},
    {AssertionKind::Regex, u"regex"},
    {AssertionKind::JsonValid, u"json-valid"},
    {AssertionKind::JsonSchemaValid, u"json-schema-valid"},
    {AssertionKind::ToolCalled, u"tool-called"},
    {AssertionKind::MaxLatency, u"max-latency"},
    {AssertionKind::MaxTokens, u"max-tokens"},
    {AssertionKind::MaxCost, u"max-cost"},
    {AssertionKind::Similar, u"similar"},
    {AssertionKind::Judge, u"judge"},
};

QString kindList() {
    QStringList names;
    for (const KindName& k : kKinds)
        names << QString::fromUtf16(k.name);
    return names.join(u", "_s);
}

// A number field that must be present and not negative.
bool readLimit(const QJsonObject& o, const QString& key, double* out, QString* error) {
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() < 0) {
        *error =
            QCoreApplication::translate("ik::eval::EvalSet", "needs \"%1\": a number of at least 0")
                .arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readMeasure(const QJsonObject& o, const QStringList& allowed, Assertion* a, QString* error) {
    a->measure = o.value(u"measure"_s).toString(allowed.first());
    if (allowed.contains(a->measure))
        return true;
    *error =
        QCoreApplication::translate("ik::eval::EvalSet", "\"measure\" is one of %1, not \"%2\"")
            .arg(allowed.join(u", "_s), a->measure);
    return false;
}

// The fields of a kind, once the kind is known.
bool readKindFields(const QJsonObject& o, Assertion* a, QString* error) {
    switch (a->kind) {
    case AssertionKind::Equals:
    case AssertionKind::Contains:
    case AssertionKind::NotContains:
        a->caseSensitive = o.value(u"case_sensitive"_s).toBool(a->kind == AssertionKind::Equals);
        if (o.value(u"value"_s).isString()) {
            a->value = o.value(u"value"_s).toString();
            return true;
        }
        a->useExpected = a->kind == AssertionKind::Equals && !o.contains(u"value"_s);
        if (!a->useExpected)
            *error = QCoreApplication::translate("ik::eval::EvalSet",
                                                 "needs \"value\": the text to look for");
        return a->useExpected;
    case AssertionKind::Regex:
        a->pattern = o.value(u"pattern"_s).toString();
        if (!QRegularExpression(a->pattern).isValid() || a->pattern.isEmpty()) {
            *error = QCoreApplication::translate(
                         "ik::eval::EvalSet", "needs \"pattern\": a valid regular expression (%1)")
                         .arg(QRegularExpression(a->pattern).errorString());
            return false;
        }
        return true;
    case AssertionKind::JsonValid:
        return true;
    case AssertionKind::JsonSchemaValid:
        a->schema = o.value(u"schema"_s);
        if (!a->schema.isObject() && !a->schema.isBool()) {
            *error = QCoreApplication::translate("ik::eval::EvalSet",
                                                 "needs \"schema\": a JSON Schema object");
            return false;
        }
        return true;
    case AssertionKind::ToolCalled:
        a->tool = o.value(u"name"_s).toString();
        a->pattern = o.value(u"arguments_pattern"_s).toString();
        a->schema = o.value(u"arguments_schema"_s);
        if (!a->pattern.isEmpty() && !QRegularExpression(a->pattern).isValid()) {
            *error = QCoreApplication::translate(
                         "ik::eval::EvalSet",
                         "\"arguments_pattern\" is not a valid regular expression (%1)")
                         .arg(QRegularExpression(a->pattern).errorString());
            return false;
        }
        if (!a->schema.isUndefined() && !a->schema.isObject()) {
            *error = QCoreApplication::translate(
                "ik::eval::EvalSet", "\"arguments_schema\" must be a JSON Schema object");
            return false;
        }
        return true;
    case AssertionKind::MaxLatency:
        return readMeasure(o, {u"total"_s, u"first_token"_s}, a, error) &&
               readLimit(o, u"ms"_s, &a->limit, error);
    case AssertionKind::MaxTokens:
        return readMeasure(o, {u"completion"_s, u"total"_s}, a, error) &&
               readLimit(o, u"value"_s, &a->limit, error);
    case AssertionKind::MaxCost:
        return readLimit(o, u"value"_s, &a->limit, error);
    case AssertionKind::Similar:
    case AssertionKind::Judge:
        a->workload = o.value(u"workload"_s).toString();
        a->rubric = o.value(u"rubric"_s).toString();
        a->useExpected = true;
        if (a->workload.trimmed().isEmpty()) {
            *error = QCoreApplication::translate("ik::eval::EvalSet",
                                                 "needs \"workload\": the workload that decides");
            return false;
        }
        if (a->kind == AssertionKind::Judge && a->rubric.trimmed().isEmpty()) {
            *error = QCoreApplication::translate(
                "ik::eval::EvalSet", "needs \"rubric\": what the judge grades the answer on");
            return false;
        }
        return readLimit(o, u"threshold"_s, &a->limit, error);
    }
    return false;
}

} // namespace

QString Issue::text() const {
    QStringList where;
    if (!file.isEmpty())
        where << QFileInfo(file).fileName();
    if (row > 0)
        where << QCoreApplication::translate("ik::eval::EvalSet", "row %1").arg(row);
    if (!field.isEmpty())
        where << QCoreApplication::translate("ik::eval::EvalSet", "field \"%1\"").arg(field);
    return where.isEmpty() ? message : where.join(u", "_s) + u": "_s + message;
}

QString assertionKindName(AssertionKind kind) {
    for (const KindName& k : kKinds)
        if (k.kind == kind)
            return QString::fromUtf16(k.name);
    return {};
}

std::optional<AssertionKind> assertionKindFromName(const QString& name) {
    for (const KindName& k : kKinds)
        if (name == QString::fromUtf16(k.name))
            return k.kind;
    return std::nullopt;
}

bool needsNetwork(AssertionKind kind) {
    return kind == AssertionKind::Similar || kind == AssertionKind::Judge;
}

std::optional<Assertion> parseAssertion(const QJsonValue& value, QString* error) {
    if (!value.isObject()) {
        *error = QCoreApplication::translate("ik::eval::EvalSet",
                                             "an assertion is an object {\"type\": ..., ...}");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QString type = o.value(u"type"_s).toString();
    const std::optional<AssertionKind> kind = assertionKindFromName(type);
    if (!kind) {
        *error = type.isEmpty()
                     ? QCoreApplication::translate("ik::eval::EvalSet", "needs \"type\": one of %1")
                           .arg(kindList())
                     : QCoreApplication::translate("ik::eval::EvalSet",
                                                   "unknown type \"%1\": use one of %2")
                           .arg(type, kindList());
        return std::nullopt;
    }
    Assertion a;
    a.kind = *kind;
    a.name = o.value(u"name"_s).toString();
    if (!readKindFields(o, &a, error))
        return std::nullopt;
    return a;
}

QJsonObject assertionToJson(const Assertion& a) {
    QJsonObject o{{u"type"_s, assertionKindName(a.kind)}};
    if (!a.name.isEmpty())
        o[u"name"_s] = a.name;
    auto put = [&o](const QString& key, const QJsonValue& v) { o[key] = v; };
    switch (a.kind) {
    case AssertionKind::Equals:
    case AssertionKind::Contains:
    case AssertionKind::NotContains:
        if (!a.useExpected)
            put(u"value"_s, a.value);
        put(u"case_sensitive"_s, a.caseSensitive);
        break;
    case AssertionKind::Regex:
        put(u"pattern"_s, a.pattern);
        break;
    case AssertionKind::JsonValid:
        break;
    case AssertionKind::JsonSchemaValid:
        put(u"schema"_s, a.schema);
        break;
    case AssertionKind::ToolCalled:
        if (!a.tool.isEmpty())
            put(u"name"_s, a.tool);
        if (!a.pattern.isEmpty())
            put(u"arguments_pattern"_s, a.pattern);
        if (a.schema.isObject())
            put(u"arguments_schema"_s, a.schema);
        break;
    case AssertionKind::MaxLatency:
        put(u"measure"_s, a.measure);
        put(u"ms"_s, a.limit);
        break;
    case AssertionKind::MaxTokens:
        put(u"measure"_s, a.measure);
        put(u"value"_s, a.limit);
        break;
    case AssertionKind::MaxCost:
        put(u"value"_s, a.limit);
        break;
    case AssertionKind::Similar:
    case AssertionKind::Judge:
        put(u"workload"_s, a.workload);
        if (!a.rubric.isEmpty())
            put(u"rubric"_s, a.rubric);
        put(u"threshold"_s, a.limit);
        break;
    }
    return o;
}

QString Assertion::describe() const {
    if (!name.isEmpty())
        return name;
    const QString kindName = assertionKindName(kind);
    const QString text =
        useExpected ? QCoreApplication::translate("ik::eval::EvalSet", "the expected answer")
                    : u"\"%1\""_s.arg(value);
    switch (kind) {
    case AssertionKind::Equals:
    case AssertionKind::Contains:
    case AssertionKind::NotContains:
        return kindName + u' ' + text;
    case AssertionKind::Regex:
        return u"regex /%1/"_s.arg(pattern);
    case AssertionKind::ToolCalled:
        return tool.isEmpty()
                   ? QCoreApplication::translate("ik::eval::EvalSet", "a tool called")
                   : QCoreApplication::translate("ik::eval::EvalSet", "tool %1 called").arg(tool);
    case AssertionKind::MaxLatency:
        return QCoreApplication::translate("ik::eval::EvalSet", "latency ≤ %1 ms (%2)")
            .arg(limit)
            .arg(measure);
    case AssertionKind::MaxTokens:
        return QCoreApplication::translate("ik::eval::EvalSet", "tokens ≤ %1 (%2)")
            .arg(limit)
            .arg(measure);
    case AssertionKind::MaxCost:
        return QCoreApplication::translate("ik::eval::EvalSet", "cost ≤ $%1").arg(limit);
    case AssertionKind::Similar:
        return QCoreApplication::translate("ik::eval::EvalSet",
                                           "similar to the expected answer ≥ %1 (%2)")
            .arg(limit)
            .arg(workload);
    case AssertionKind::Judge:
        return QCoreApplication::translate("ik::eval::EvalSet", "judged ≥ %1 by %2")
            .arg(limit)
            .arg(workload);
    default:
        return kindName;
    }
}

QJsonObject Row::vars() const {
    return QJsonDocument::fromJson(m_vars).object();
}

void Row::setVars(const QJsonObject& vars) {
    m_vars = QJsonDocument(vars).toJson(QJsonDocument::Compact);
}

QString EvalSet::baseDir() const {
    return path.isEmpty() ? QDir::currentPath() : QFileInfo(path).absolutePath();
}

LoadResult loadEvalSet(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {std::nullopt,
                {{path,
                  0,
                  {},
                  QCoreApplication::translate("ik::eval::EvalSet", "cannot read the file: %1")
                      .arg(f.errorString())}}};
    return parseEvalSet(f.readAll(), QFileInfo(path).absoluteFilePath());
}

} // namespace ik::eval
