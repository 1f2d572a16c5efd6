#include "toolspec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

// The first thing wrong with one tool, or an empty string.
QString toolProblem(const QJsonValue& value, QString* name) {
    if (!value.isObject())
        return QCoreApplication::translate(
            "ik", "is not an object: each tool is {\"type\": \"function\", \"function\": {...}}");
    const QJsonObject tool = value.toObject();
    if (tool.value(u"type"_s).toString() != u"function"_s)
        return QCoreApplication::translate(
            "ik", "needs \"type\": \"function\" (the only tool type chat servers take)");
    const QJsonValue function = tool.value(u"function"_s);
    if (!function.isObject())
        return QCoreApplication::translate(
            "ik", "needs a \"function\" object with its name and parameters");
    *name = function[u"name"_s].toString();
    static const QRegularExpression valid(u"^[A-Za-z0-9_-]{1,64}$"_s);
    if (!valid.match(*name).hasMatch())
        return QCoreApplication::translate(
            "ik", "needs a function name of 1 to 64 letters, digits, _ or -");
    const QJsonValue parameters = function[u"parameters"_s];
    if (!parameters.isUndefined() && !parameters.isObject())
        return QCoreApplication::translate("ik",
                                           "has parameters that are not a JSON Schema object");
    return {};
}

} // namespace

std::pair<int, int> placeOf(const QString& text, qsizetype offset) {
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QStringView before = QStringView(text).first(offset);
    const int line = int(before.count(u'\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {line, int(offset - lineStart) + 1};
}

std::pair<int, int> parseErrorPlace(const QString& text, const QJsonParseError& error) {
    const QByteArray utf8 = text.toUtf8();
    const qsizetype bytes = std::clamp<qsizetype>(error.offset, 0, utf8.size());
    return placeOf(text, QString::fromUtf8(utf8.first(bytes)).size());
}

ToolsCheck checkTools(const QString& text) {
    ToolsCheck check;
    if (text.trimmed().isEmpty())
        return check;
    check.empty = false;
    QJsonParseError parse;
    const QByteArray utf8 = text.toUtf8();
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parse);
    if (parse.error != QJsonParseError::NoError) {
        std::tie(check.line, check.column) = parseErrorPlace(text, parse);
        check.error = QCoreApplication::translate("ik", "line %1, column %2: %3")
                          .arg(check.line)
                          .arg(check.column)
                          .arg(parse.errorString());
        return check;
    }
    if (!doc.isArray()) {
        check.error = QCoreApplication::translate(
            "ik", "the tools are a JSON array, [ ... ], of function tools");
        return check;
    }
    const QJsonArray tools = doc.array();
    for (qsizetype i = 0; i < tools.size(); ++i) {
        QString name;
        const QString problem = toolProblem(tools.at(i), &name);
        if (!problem.isEmpty()) {
            check.error = QCoreApplication::translate("ik", "tool %1 %2").arg(i + 1).arg(problem);
            return check;
        }
        if (check.names.contains(name)) {
            check.error = QCoreApplication::translate("ik", "tool %1 repeats the name %2")
                              .arg(i + 1)
                              .arg(name);
            return check;
        }
        check.names << name;
    }
    check.json = QJsonDocument(tools).toJson(QJsonDocument::Compact);
    return check;
}

} // namespace ik
