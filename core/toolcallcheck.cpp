#include "toolcallcheck.h"

#include "jsonschema.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ik {

namespace {

QJsonObject offeredFunction(const QJsonArray& offered, const QString& name) {
    for (const QJsonValue& tool : offered) {
        const QJsonObject function = tool.toObject().value(u"function"_s).toObject();
        if (function.value(u"name"_s).toString() == name)
            return function;
    }
    return {};
}

QStringList offeredNames(const QJsonArray& offered) {
    QStringList names;
    for (const QJsonValue& tool : offered)
        names << tool.toObject().value(u"function"_s).toObject().value(u"name"_s).toString();
    return names;
}

} // namespace

QString toolCallStatusName(ToolCallCheck::Status status) {
    switch (status) {
    case ToolCallCheck::Status::Streaming:
        return u"streaming"_s;
    case ToolCallCheck::Status::Ok:
        return u"ok"_s;
    case ToolCallCheck::Status::Invalid:
        return u"invalid"_s;
    case ToolCallCheck::Status::NotOffered:
        return u"not offered"_s;
    }
    return {};
}

ToolCallCheck checkToolCall(const ToolCall& call, const QJsonArray& offered) {
    ToolCallCheck c;
    const QJsonObject function = offeredFunction(offered, call.name);
    if (function.isEmpty()) {
        c.status = ToolCallCheck::Status::NotOffered;
        const QStringList names = offeredNames(offered);
        c.reason = names.isEmpty()
                       ? QCoreApplication::translate("ik", "the request offered no tools")
                       : QCoreApplication::translate("ik", "the request offered only %1")
                             .arg(names.join(u", "_s));
        return c;
    }
    // Servers send blank arguments for a call without any: that is {}.
    const QString text = call.arguments.trimmed().isEmpty() ? u"{}"_s : call.arguments;
    const QJsonValue parameters = function.value(u"parameters"_s);
    SchemaResult r = checkJsonText(text, QJsonValue());
    if (r.valid() && parameters.isObject())
        r = checkJsonText(text, parameters);
    if (!r.parsed) {
        c.status = ToolCallCheck::Status::Invalid;
        c.reason =
            QCoreApplication::translate("ik", "the arguments are %1").arg(r.errors.first().reason);
        return c;
    }
    if (!r.valid()) {
        c.status = ToolCallCheck::Status::Invalid;
        c.reason = describeErrors(r).join(u"; "_s);
        return c;
    }
    c.status = ToolCallCheck::Status::Ok;
    if (!r.notChecked.isEmpty())
        c.reason =
            QCoreApplication::translate("ik", "not checked: %1").arg(r.notChecked.join(u", "_s));
    return c;
}

} // namespace ik
