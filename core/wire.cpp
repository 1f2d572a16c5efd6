// The wire's shared parts: workload kinds, URLs, settings, and the helpers every route uses.
// The routes are in wire_chat.cpp and wire_vectors.cpp, the fast JSON scanner in wire_scan.cpp.
#include "wire.h"

#include <QCoreApplication>

#include "credential.h"
#include "wire_internal.h"

#include <QJsonDocument>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace ik {

QString workloadKindName(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::Chat:
        return QStringLiteral("chat");
    case WorkloadKind::Embedding:
        return QStringLiteral("embedding");
    case WorkloadKind::Rerank:
        return QStringLiteral("rerank");
    }
    return QStringLiteral("chat");
}

std::optional<WorkloadKind> workloadKindFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    static const QStringList chat = {QStringLiteral("chat"),
                                     QStringLiteral("text2text"),
                                     QStringLiteral("text-generation"),
                                     QStringLiteral("text_generation"),
                                     QStringLiteral("llm"),
                                     QStringLiteral("completion"),
                                     QStringLiteral("image-text-to-text")};
    static const QStringList embedding = {QStringLiteral("embedding"),
                                          QStringLiteral("embeddings"),
                                          QStringLiteral("embed"),
                                          QStringLiteral("text-embedding"),
                                          QStringLiteral("feature-extraction"),
                                          QStringLiteral("sentence-similarity")};
    static const QStringList rerank = {QStringLiteral("rerank"), QStringLiteral("reranker"),
                                       QStringLiteral("reranking"), QStringLiteral("text-ranking")};
    if (chat.contains(n))
        return WorkloadKind::Chat;
    if (embedding.contains(n))
        return WorkloadKind::Embedding;
    if (rerank.contains(n))
        return WorkloadKind::Rerank;
    return std::nullopt;
}

QString trimBaseUrl(const QString& base) {
    QString s = base.trimmed();
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

QUrl workloadUrl(const WorkloadRef& ref, const QString& route) {
    QByteArray url = trimBaseUrl(ref.baseUrl.toString(QUrl::FullyEncoded)).toUtf8();
    url += "/endpoint/";
    url += QUrl::toPercentEncoding(ref.project.trimmed());
    url += '/';
    url += QUrl::toPercentEncoding(ref.workload.trimmed());
    url += "/v1";
    if (!route.isEmpty() && !route.startsWith(u'/'))
        url += '/';
    url += route.toUtf8();
    return QUrl::fromEncoded(url);
}

namespace {

// RFC 9110 tchar: the characters a field name may hold.
bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isControl(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

} // namespace

QString headerProblem(QByteArrayView name, QByteArrayView value) {
    if (name.isEmpty())
        return QCoreApplication::translate("ik::Wire", "a request header has no name");
    if (std::any_of(name.begin(), name.end(), isControl) ||
        std::any_of(value.begin(), value.end(), isControl))
        return QCoreApplication::translate(
            "ik::Wire", "a request header holds a control character (a line break, NUL or "
                        "another one): it would split into more headers on the wire");
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return QCoreApplication::translate(
            "ik::Wire", "a request header's name holds a character a header name may not "
                        "(a space, ':' or another separator)");
    return {};
}

QString keychainAccount(const WorkloadRef& ref) {
    QString host = ref.baseUrl.host(QUrl::FullyEncoded).toLower();
    if (host.contains(u':')) // IPv6: brackets keep the port unambiguous
        host = u'[' + host + u']';
    if (ref.baseUrl.port() >= 0)
        host += u':' + QString::number(ref.baseUrl.port());
    return host + u'/' + ref.project.trimmed() + u'/' + ref.workload.trimmed();
}

QString resolveSetting(const QString& explicitValue, const char* envName,
                       const QString& defaultValue) {
    if (!explicitValue.trimmed().isEmpty())
        return explicitValue;
    if (envName) {
        const QString env = qEnvironmentVariable(envName);
        if (!env.trimmed().isEmpty())
            return env;
    }
    return defaultValue;
}

namespace wiredetail {

QString modelOrDefault(const QString& slug) {
    const QString m = slug.trimmed();
    return m.isEmpty() ? QStringLiteral("default") : m;
}

bool isBlank(const QString& s) {
    return s.trimmed().isEmpty();
}

std::optional<Error> keyInModel(const QString& model) {
    const QString m = model.trimmed();
    if (!m.startsWith(u"ik_live_") && !m.startsWith(u"ik_sdk_"))
        return std::nullopt;
    return makeError(ErrorKind::Configuration,
                     QCoreApplication::translate(
                         "ik::Wire", "the model field holds a credential (%1), not a workload slug")
                         .arg(redactKey(m)),
                     QCoreApplication::translate(
                         "ik::Wire", "Put the workload slug in the workload field and the key in "
                                     "the key field."));
}

Error validation(const QString& message) {
    return makeError(ErrorKind::Validation, message);
}

Error protocol(const QString& message) {
    return makeError(ErrorKind::Protocol, message);
}

QString bodyExcerpt(const QByteArray& body) {
    QString s = QString::fromUtf8(body.left(120)).simplified();
    if (body.size() > 120)
        s += QChar(0x2026);
    return redactSecrets(s);
}

std::optional<QJsonObject> parseObject(const QByteArray& body, const char* what, Error* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = protocol(QCoreApplication::translate(
                              "ik::Wire", "the %1 response is not valid JSON (%2 at byte %3): %4")
                              .arg(QLatin1String(what), pe.errorString())
                              .arg(pe.offset)
                              .arg(bodyExcerpt(body)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = protocol(
            QCoreApplication::translate("ik::Wire", "the %1 response is not a JSON object: %2")
                .arg(QLatin1String(what), bodyExcerpt(body)));
        return std::nullopt;
    }
    return doc.object();
}

namespace {

int readCount(const QJsonObject& o, QStringView name) {
    const QJsonValue v = o.value(name);
    return v.isDouble() ? v.toInt(-1) : -1;
}

} // namespace

Usage readUsage(const QJsonValue& value) {
    Usage u;
    const QJsonObject o = value.toObject();
    u.promptTokens = readCount(o, u"prompt_tokens");
    u.completionTokens = readCount(o, u"completion_tokens");
    u.totalTokens = readCount(o, u"total_tokens");
    u.reasoningTokens =
        readCount(o.value(u"completion_tokens_details").toObject(), u"reasoning_tokens");
    return u;
}

QString stringOrEmpty(const QJsonValue& v) {
    return v.isString() ? v.toString() : QString();
}

std::optional<int> readIndex(const QJsonValue& v) {
    const double value = v.toDouble(-1);
    if (!v.isDouble() || value < 0 || value != std::floor(value) ||
        value > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(value);
}

} // namespace wiredetail

} // namespace ik
