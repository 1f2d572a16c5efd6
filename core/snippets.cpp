#include "snippets.h"

#include "credential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ik {

namespace {

QString keyVar() {
    return QString::fromLatin1(kKeyPlaceholderVar);
}

// A body is built by us, but redact anyway: a pasted key in a prompt must not travel into a
// snippet either.
QJsonObject bodyObject(const SnippetInput& in) {
    return QJsonDocument::fromJson(redactSecrets(QString::fromUtf8(in.body)).toUtf8()).object();
}

// JSON value as a Python literal (True/False/None differ from JSON).
QString pyValue(const QJsonValue& v, int indent) {
    const QString pad(indent, QLatin1Char(' '));
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
    case QJsonValue::String:
        return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return QStringLiteral("[]");
        QStringList items;
        for (const auto& x : a)
            items << pad + QStringLiteral("    ") + pyValue(x, indent + 4);
        return QStringLiteral("[\n") + items.join(QStringLiteral(",\n")) + QStringLiteral(",\n") +
               pad + QStringLiteral("]");
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        QStringList items;
        for (auto it = o.begin(); it != o.end(); ++it)
            items << QStringLiteral("%1\"%2\": %3")
                         .arg(pad + QStringLiteral("    "), it.key(),
                              pyValue(it.value(), indent + 4));
        return QStringLiteral("{\n") + items.join(QStringLiteral(",\n")) + QStringLiteral(",\n") +
               pad + QStringLiteral("}");
    }
    }
    return QStringLiteral("None");
}

QString jsValue(const QJsonValue& v, int indent) {
    QString s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Indented));
    // Strip the wrapping array, re-indent the rest.
    s = s.trimmed().mid(1).chopped(1).trimmed();
    QStringList lines = s.split(QLatin1Char('\n'));
    for (qsizetype i = 1; i < lines.size(); ++i)
        lines[i] = QString(indent - 4, QLatin1Char(' ')) + lines[i];
    return lines.join(QLatin1Char('\n'));
}

QString snakeToCamel(const QString& s) {
    QString out;
    bool up = false;
    for (QChar c : s) {
        if (c == QLatin1Char('_')) {
            up = true;
            continue;
        }
        out += up ? c.toUpper() : c;
        up = false;
    }
    return out;
}

} // namespace

QString shellQuote(const QString& s) {
    QString q = s;
    q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString curlSnippet(const SnippetInput& in) {
    const QString url = workloadUrl(in.workload, in.route).toString();
    const QString body =
        QString::fromUtf8(QJsonDocument(bodyObject(in)).toJson(QJsonDocument::Compact));
    QString s = QStringLiteral("curl -sS");
    if (in.stream)
        s += QStringLiteral(" -N");
    s += QStringLiteral(
             " %1 \\\n  -H \"Authorization: Bearer $%2\" \\\n  -H 'Content-Type: application/json'")
             .arg(shellQuote(url), keyVar());
    if (in.stream)
        s += QStringLiteral(" \\\n  -H 'Accept: text/event-stream'");
    s += QStringLiteral(" \\\n  -d %1\n").arg(shellQuote(body));
    return s;
}

QString pythonSnippet(const SnippetInput& in) {
    const QJsonObject body = bodyObject(in);
    QString s = QStringLiteral("import os\n\nfrom inferencekey import DataClient\n\n");
    s += QStringLiteral("client = DataClient(base_url=%1, project=%2)\n")
             .arg(pyValue(trimBaseUrl(in.workload.baseUrl.toString()), 0),
                  pyValue(in.workload.project, 0));
    s += QStringLiteral("endpoint = client.endpoint(%1, api_key=os.environ[\"%2\"])\n\n")
             .arg(pyValue(in.workload.workload, 0), keyVar());
    QStringList args;
    QString call;
    if (in.route == QLatin1String("/embeddings")) {
        call = QStringLiteral("endpoint.embed");
        args << QStringLiteral("    %1").arg(pyValue(body.value(QStringLiteral("input")), 4));
    } else if (in.route == QLatin1String("/rerank")) {
        call = QStringLiteral("endpoint.rerank");
        for (const char* k : {"query", "documents", "top_n"})
            if (body.contains(QLatin1String(k)))
                args << QStringLiteral("    %1=%2")
                            .arg(QLatin1String(k), pyValue(body.value(QLatin1String(k)), 4));
    } else {
        call = in.stream ? QStringLiteral("endpoint.generate_text_stream")
                         : QStringLiteral("endpoint.generate_text");
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() == QLatin1String("model") || it.key() == QLatin1String("stream") ||
                it.key() == QLatin1String("stream_options"))
                continue;
            args << QStringLiteral("    %1=%2").arg(it.key(), pyValue(it.value(), 4));
        }
    }
    const QString joined =
        QStringLiteral("(\n") + args.join(QStringLiteral(",\n")) + QStringLiteral(",\n)");
    if (in.stream && in.route == QLatin1String("/chat/completions"))
        s += QStringLiteral("for text in %1%2:\n    print(text, end=\"\", flush=True)\nprint()\n")
                 .arg(call, joined);
    else
        s += QStringLiteral("result = %1%2\nprint(result)\n").arg(call, joined);
    return s;
}

QString typeScriptSnippet(const SnippetInput& in) {
    const QJsonObject body = bodyObject(in);
    QString s = QStringLiteral("import { DataClient } from \"@inferencekey/sdk\";\n\n");
    s += QStringLiteral("const client = new DataClient({\n  baseUrl: %1,\n  project: %2,\n});\n")
             .arg(jsValue(trimBaseUrl(in.workload.baseUrl.toString()), 4),
                  jsValue(in.workload.project, 4));
    s += QStringLiteral("const endpoint = client.endpoint(%1, process.env.%2!);\n\n")
             .arg(jsValue(in.workload.workload, 4), keyVar());
    QJsonObject args;
    QString call;
    if (in.route == QLatin1String("/embeddings")) {
        call = QStringLiteral("endpoint.embed");
        s += QStringLiteral("const result = await %1(%2);\nconsole.log(result);\n")
                 .arg(call, jsValue(body.value(QStringLiteral("input")), 4));
        return s;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("model") || it.key() == QLatin1String("stream") ||
            it.key() == QLatin1String("stream_options"))
            continue;
        args.insert(snakeToCamel(it.key()), it.value());
    }
    if (in.route == QLatin1String("/rerank")) {
        s += QStringLiteral("const result = await endpoint.rerank(%1);\nconsole.log(result);\n")
                 .arg(jsValue(args, 4));
    } else if (in.stream) {
        s += QStringLiteral("for await (const text of endpoint.generateTextStream(%1)) {\n  "
                            "process.stdout.write(text);\n}\n")
                 .arg(jsValue(args, 4));
    } else {
        s += QStringLiteral(
                 "const result = await endpoint.generateText(%1);\nconsole.log(result);\n")
                 .arg(jsValue(args, 4));
    }
    return s;
}

} // namespace ik
