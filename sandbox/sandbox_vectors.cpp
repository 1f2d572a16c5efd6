// The embeddings and rerank routes, and the two listings (the data plane's /models and the
// control plane's workloads).
#include "sandbox_internal.h"

#include "engine.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <algorithm>

namespace ik::sandbox {

namespace {

// input: a string or an array of strings, 1 to 4096 of them, none blank.
bool readInputs(const QJsonObject& body, QStringList* inputs, QString* error) {
    const QJsonValue iv = body.value(u"input");
    if (iv.isString()) {
        inputs->append(iv.toString());
    } else if (iv.isArray()) {
        const QJsonArray a = iv.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString()) {
                *error = QStringLiteral("input[%1] must be a string (token arrays are not "
                                        "supported)")
                             .arg(i);
                return false;
            }
            inputs->append(a[i].toString());
        }
    } else {
        *error = QStringLiteral("input must be a string or an array of strings");
        return false;
    }
    if (inputs->isEmpty()) {
        *error = QStringLiteral("input must not be empty");
        return false;
    }
    if (inputs->size() > 4096) {
        *error =
            QStringLiteral("input holds %1 items; at most 4096 per request").arg(inputs->size());
        return false;
    }
    for (qsizetype i = 0; i < inputs->size(); ++i) {
        if ((*inputs)[i].trimmed().isEmpty()) {
            *error = iv.isString() ? QStringLiteral("input is blank")
                                   : QStringLiteral("input[%1] is blank").arg(i);
            return false;
        }
    }
    return true;
}

// encoding_format float or base64; dimensions, when given, the workload's own.
bool readEncoding(const QJsonObject& body, const WorkloadSpec& w, bool* base64, QString* error) {
    const QString format = body.value(u"encoding_format").toString(QStringLiteral("float"));
    if (format != u"float" && format != u"base64") {
        *error = QStringLiteral("encoding_format must be float or base64");
        return false;
    }
    *base64 = format == u"base64";
    const QJsonValue dv = body.value(u"dimensions");
    if (!dv.isUndefined() && !dv.isNull() && dv.toDouble() != double(w.dimension)) {
        *error = QStringLiteral("%1 returns %2 dimensions; dimensions=%3 is not supported")
                     .arg(w.model)
                     .arg(w.dimension)
                     .arg(dv.toVariant().toString());
        return false;
    }
    return true;
}

// One item of the data list. Written by hand: QJsonDocument would print every float with 17
// digits.
QByteArray embeddingItem(qsizetype index, const QVector<float>& v, bool base64) {
    QByteArray item =
        "{\"object\":\"embedding\",\"index\":" + QByteArray::number(index) + ",\"embedding\":";
    if (base64) {
        QByteArray raw(reinterpret_cast<const char*>(v.constData()),
                       v.size() * qsizetype(sizeof(float)));
        if constexpr (QSysInfo::ByteOrder == QSysInfo::BigEndian) {
            for (qsizetype b = 0; b < raw.size(); b += 4)
                std::reverse(raw.begin() + b, raw.begin() + b + 4);
        }
        item += '"' + raw.toBase64() + '"';
    } else {
        item += '[';
        for (int j = 0; j < v.size(); ++j) {
            if (j)
                item += ',';
            item += floatText(v[j]);
        }
        item += ']';
    }
    item += '}';
    return item;
}

} // namespace

void Sandbox::Impl::embeddings(const ExchangePtr& ex, const WorkloadSpec& w,
                               const QJsonObject& body) {
    QStringList inputs;
    bool base64 = false;
    QString error;
    if (!readInputs(body, &inputs, &error) || !readEncoding(body, w, &base64, &error)) {
        badRequest(ex, error);
        return;
    }
    QList<QByteArray> items;
    int words = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        words += engine::countWords(inputs[i]);
        items.append(
            embeddingItem(i, engine::embed(inputs[i], w.dimension, w.featurisation), base64));
    }
    if (ex->faults.contains(QStringLiteral("shuffle")))
        std::reverse(items.begin(), items.end());
    QByteArray out = "{\"object\":\"list\",\"data\":[";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += "],\"model\":" + jsonString(w.model) +
           ",\"usage\":{\"prompt_tokens\":" + QByteArray::number(words) +
           ",\"total_tokens\":" + QByteArray::number(words) + "}}";
    send(ex, 200, out);
}

void Sandbox::Impl::rerank(const ExchangePtr& ex, const WorkloadSpec& w, const QJsonObject& body) {
    const QString query = body.value(u"query").toString();
    if (query.trimmed().isEmpty()) {
        badRequest(ex, QStringLiteral("query must be a non-blank string"));
        return;
    }
    const QJsonValue dv = body.value(u"documents");
    if (!dv.isArray() || dv.toArray().isEmpty()) {
        badRequest(ex, QStringLiteral("documents must be a non-empty array of strings"));
        return;
    }
    QStringList documents;
    const QJsonArray docs = dv.toArray();
    for (qsizetype i = 0; i < docs.size(); ++i) {
        // Cohere-style {"text": ...} documents are accepted too.
        const QString text =
            docs[i].isObject() ? docs[i].toObject().value(u"text").toString() : docs[i].toString();
        if (!docs[i].isString() && !docs[i].isObject()) {
            badRequest(ex, QStringLiteral("documents[%1] must be a string").arg(i));
            return;
        }
        documents.append(text);
    }
    QString error;
    std::optional<qint64> topN;
    if (!readInt(body, QStringLiteral("top_n"), 1, 1'000'000, &topN, &error)) {
        badRequest(ex, error);
        return;
    }
    const bool returnDocuments = body.value(u"return_documents").toBool(false);
    QList<QPair<double, int>> scored;
    int words = engine::countWords(query);
    for (int i = 0; i < int(documents.size()); ++i) {
        scored.append({engine::relevance(query, documents[i]), i});
        words += engine::countWords(documents[i]);
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    if (topN && *topN < scored.size())
        scored.resize(*topN);
    QJsonArray results;
    for (const auto& [score, index] : scored) {
        QJsonObject r{{QStringLiteral("index"), index}, {QStringLiteral("relevance_score"), score}};
        if (returnDocuments)
            r.insert(QStringLiteral("document"),
                     QJsonObject{{QStringLiteral("text"), documents[index]}});
        results.append(r);
    }
    const quint64 counter = ++requestCounter;
    send(
        ex, 200,
        compact({{QStringLiteral("id"), QStringLiteral("rerank-%1").arg(counter)},
                 {QStringLiteral("model"), w.model},
                 {QStringLiteral("results"), results},
                 {QStringLiteral("usage"), QJsonObject{{QStringLiteral("prompt_tokens"), words},
                                                       {QStringLiteral("total_tokens"), words}}}}));
}

void Sandbox::Impl::listModels(const ExchangePtr& ex, const WorkloadSpec& w) {
    QJsonObject model{{QStringLiteral("id"), w.model},
                      {QStringLiteral("object"), QStringLiteral("model")},
                      {QStringLiteral("owned_by"), w.project}};
    send(ex, 200,
         compact({{QStringLiteral("object"), QStringLiteral("list")},
                  {QStringLiteral("data"), QJsonArray{model}}}));
}

void Sandbox::Impl::listWorkloads(const ExchangePtr& ex, const QString& project) {
    static const QHash<QString, QString> taskType{
        {QStringLiteral("chat"), QStringLiteral("text2text")},
        {QStringLiteral("embedding"), QStringLiteral("embedding")},
        {QStringLiteral("rerank"), QStringLiteral("reranker")}};
    QJsonArray out;
    int n = 0;
    for (const WorkloadSpec& w : config.workloads) {
        if (w.project != project)
            continue;
        // Stable ids and dates, so listings can be compared across runs.
        const QByteArray h =
            QByteArray::number(engine::hash64(project + u'/' + w.slug), 16).rightJustified(16, '0');
        const QString id = QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + "-4" + h.mid(12, 3) +
                                               "-8" + h.left(3) + '-' + h.mid(4, 12));
        const QDateTime created =
            QDateTime(QDate(2025, 1, 6), QTime(9, 30), Qt::UTC).addDays(n * 3);
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("name"), w.name.isEmpty() ? w.slug : w.name},
                      {QStringLiteral("slug"), w.slug},
                      {QStringLiteral("project_slug"), w.project},
                      {QStringLiteral("task_type"), taskType.value(w.kind, w.kind)},
                      {QStringLiteral("backend"), w.backend},
                      {QStringLiteral("model_name"), w.model},
                      {QStringLiteral("created_at"), created.toString(Qt::ISODate)},
                      {QStringLiteral("updated_at"), created.addSecs(3600).toString(Qt::ISODate)}};
        if (w.kind == u"embedding")
            o.insert(QStringLiteral("dimension"), w.dimension);
        out.append(o);
        ++n;
    }
    send(ex, 200, QJsonDocument(out).toJson(QJsonDocument::Compact));
}

} // namespace ik::sandbox
