// The embeddings and rerank routes: validation, request bodies and response parsers.
#include "wire.h"

#include <QCoreApplication>

#include "wire_internal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ik {

using namespace wiredetail;

// ---- embeddings ----

std::optional<Error> validateEmbeddings(const EmbeddingsRequest& request) {
    if (auto e = keyInModel(request.model))
        return e;
    if (request.input.isEmpty())
        return validation(QCoreApplication::translate(
            "ik::Wire", "input must not be empty: give at least one text"));
    if (request.input.size() > kMaxEmbeddingInputs)
        return validation(QCoreApplication::translate(
                              "ik::Wire", "input holds %1 texts; the server takes at most %2 per "
                                          "request: send them in batches of %2")
                              .arg(request.input.size())
                              .arg(kMaxEmbeddingInputs));
    for (qsizetype i = 0; i < request.input.size(); ++i)
        if (isBlank(request.input[i]))
            return validation(
                request.input.size() == 1
                    ? QCoreApplication::translate("ik::Wire", "input must not be blank")
                    : QCoreApplication::translate("ik::Wire", "input[%1] must not be blank")
                          .arg(i));
    return std::nullopt;
}

QByteArray embeddingsBody(const EmbeddingsRequest& request) {
    QJsonObject body;
    body.insert(u"model", modelOrDefault(request.model));
    body.insert(u"input", QJsonArray::fromStringList(request.input));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<Error> wiredetail::readEmbeddingsSlow(const QByteArray& body, RawEmbeddings* out) {
    Error error;
    const std::optional<QJsonObject> root = parseObject(body, "embeddings", &error);
    if (!root)
        return error;
    if (root->contains(u"error"))
        return errorFromJsonError(body, 0);
    out->model = stringOrEmpty(root->value(u"model"));
    out->usage = readUsage(root->value(u"usage"));
    const QJsonValue data = root->value(u"data");
    if (!data.isArray())
        return protocol(
            QCoreApplication::translate("ik::Wire", "the embeddings response has no data list"));
    out->hasData = true;
    const QJsonArray items = data.toArray();
    out->items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        RawEmbedding raw;
        const std::optional<int> index = readIndex(item.value(u"index"));
        if (!index)
            return protocol(
                QCoreApplication::translate("ik::Wire", "data[%1] has no valid index").arg(i));
        raw.index = *index;
        const QJsonValue embedding = item.value(u"embedding");
        if (embedding.isString())
            return protocol(QCoreApplication::translate(
                                "ik::Wire",
                                "data[%1].embedding is a string (base64?), not a list of "
                                "numbers")
                                .arg(i));
        if (!embedding.isArray())
            return protocol(
                QCoreApplication::translate("ik::Wire", "data[%1] has no embedding list").arg(i));
        const QJsonArray values = embedding.toArray();
        raw.vector.reserve(values.size());
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QJsonValue v = values.at(j);
            if (!v.isDouble())
                return protocol(QCoreApplication::translate(
                                    "ik::Wire", "data[%1].embedding[%2] is not a number")
                                    .arg(i)
                                    .arg(j));
            raw.vector.append(static_cast<float>(v.toDouble()));
        }
        out->items.push_back(std::move(raw));
    }
    return std::nullopt;
}

std::optional<Error> parseEmbeddingsResponse(const QByteArray& body, int expectedCount,
                                             EmbeddingsResponse* out) {
    RawEmbeddings raw;
    if (!scanEmbeddings(body, &raw) || !raw.hasData) {
        raw = RawEmbeddings();
        if (auto e = readEmbeddingsSlow(body, &raw))
            return e;
    }
    const qsizetype n = static_cast<qsizetype>(raw.items.size());
    if (expectedCount >= 0 && n != expectedCount)
        return protocol(
            QCoreApplication::translate("ik::Wire", "the server returned %1 vectors for %2 inputs")
                .arg(n)
                .arg(expectedCount));
    // Order by "index", never by array position: every index 0..n-1 exactly once.
    std::vector<RawEmbedding*> byIndex(n, nullptr);
    for (qsizetype i = 0; i < n; ++i) {
        RawEmbedding& item = raw.items[i];
        if (item.index >= n)
            return protocol(
                QCoreApplication::translate("ik::Wire", "data[%1] has index %2, outside 0..%3")
                    .arg(i)
                    .arg(item.index)
                    .arg(n - 1));
        if (byIndex[item.index])
            return protocol(
                QCoreApplication::translate("ik::Wire", "index %1 appears more than once")
                    .arg(item.index));
        byIndex[item.index] = &item;
    }
    const qsizetype dimension = n > 0 ? byIndex[0]->vector.size() : 0;
    if (n > 0 && dimension == 0)
        return protocol(QCoreApplication::translate("ik::Wire", "the vector at index 0 is empty"));
    EmbeddingsResponse r;
    r.model = raw.model;
    r.usage = raw.usage;
    r.vectors.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (byIndex[i]->vector.size() != dimension)
            return protocol(QCoreApplication::translate(
                                "ik::Wire", "the vector at index %1 has %2 dimensions, the one at "
                                            "index 0 has %3")
                                .arg(i)
                                .arg(byIndex[i]->vector.size())
                                .arg(dimension));
        r.vectors.append(std::move(byIndex[i]->vector));
    }
    *out = std::move(r);
    return std::nullopt;
}

// ---- rerank ----

std::optional<Error> validateRerank(const RerankRequest& request) {
    if (auto e = keyInModel(request.model))
        return e;
    if (isBlank(request.query))
        return validation(QCoreApplication::translate("ik::Wire", "query must not be blank"));
    if (request.documents.isEmpty())
        return validation(QCoreApplication::translate(
            "ik::Wire", "documents must not be empty: give at least one"));
    for (qsizetype i = 0; i < request.documents.size(); ++i)
        if (isBlank(request.documents[i]))
            return validation(
                QCoreApplication::translate("ik::Wire", "documents[%1] must not be blank").arg(i));
    if (request.topN && *request.topN < 1)
        return validation(
            QCoreApplication::translate("ik::Wire", "top_n must be at least 1 (got %1)")
                .arg(*request.topN));
    return std::nullopt;
}

QByteArray rerankBody(const RerankRequest& request) {
    QJsonObject body;
    body.insert(u"model", modelOrDefault(request.model));
    body.insert(u"query", request.query);
    body.insert(u"documents", QJsonArray::fromStringList(request.documents));
    if (request.topN)
        body.insert(u"top_n", *request.topN);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<Error> parseRerankResponse(const QByteArray& body, RerankResponse* out) {
    Error error;
    const std::optional<QJsonObject> root = parseObject(body, "rerank", &error);
    if (!root)
        return error;
    if (root->contains(u"error"))
        return errorFromJsonError(body, 0);
    QJsonValue results = root->value(u"results");
    if (!results.isArray())
        results = root->value(u"data"); // Jina-style envelope
    if (!results.isArray())
        return protocol(
            QCoreApplication::translate("ik::Wire", "the rerank response has no results list"));
    RerankResponse r;
    r.model = stringOrEmpty(root->value(u"model"));
    QSet<int> seen;
    const QJsonArray items = results.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const std::optional<int> index = readIndex(item.value(u"index"));
        if (!index)
            return protocol(
                QCoreApplication::translate("ik::Wire", "results[%1] has no valid index").arg(i));
        QJsonValue score = item.value(u"relevance_score");
        if (!score.isDouble())
            score = item.value(u"score");
        if (!score.isDouble())
            return protocol(QCoreApplication::translate(
                                "ik::Wire", "results[%1] has neither relevance_score nor score")
                                .arg(i));
        RerankResult result;
        result.index = *index;
        result.score = score.toDouble();
        if (seen.contains(result.index))
            return protocol(
                QCoreApplication::translate("ik::Wire", "index %1 appears more than once")
                    .arg(result.index));
        seen.insert(result.index);
        r.results.append(result);
    }
    *out = r;
    return std::nullopt;
}

} // namespace ik
