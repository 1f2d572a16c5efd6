#include "wire.h"

#include "credential.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtGlobal>

#include <charconv>
#include <cmath>
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

namespace {

QString modelOrDefault(const QString& slug) {
    const QString m = slug.trimmed();
    return m.isEmpty() ? QStringLiteral("default") : m;
}

bool isBlank(const QString& s) {
    return s.trimmed().isEmpty();
}

// A key pasted into the workload field would travel in the body and end up in server logs.
std::optional<Error> keyInModel(const QString& model) {
    const QString m = model.trimmed();
    if (!m.startsWith(u"ik_live_") && !m.startsWith(u"ik_sdk_"))
        return std::nullopt;
    return makeError(ErrorKind::Configuration,
                     QStringLiteral("the model field holds a credential (%1), not a workload slug")
                         .arg(redactKey(m)),
                     QStringLiteral("Put the workload slug in the workload field and the key in "
                                    "the key field."));
}

Error validation(const QString& message) {
    return makeError(ErrorKind::Validation, message);
}

Error protocol(const QString& message) {
    return makeError(ErrorKind::Protocol, message);
}

std::optional<Error> checkRange(const char* name, const std::optional<double>& v, double lo,
                                double hi, bool loOpen = false) {
    if (!v)
        return std::nullopt;
    const double x = *v;
    if (std::isnan(x) || x < lo || x > hi || (loOpen && x == lo))
        return validation(QStringLiteral("%1 must be %2 %3 and at most %4 (got %5)")
                              .arg(QLatin1String(name), loOpen ? QStringLiteral("greater than")
                                                               : QStringLiteral("at least"))
                              .arg(lo)
                              .arg(hi)
                              .arg(x));
    return std::nullopt;
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
        *error = protocol(QStringLiteral("the %1 response is not valid JSON (%2 at byte %3): %4")
                              .arg(QLatin1String(what), pe.errorString())
                              .arg(pe.offset)
                              .arg(bodyExcerpt(body)));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = protocol(QStringLiteral("the %1 response is not a JSON object: %2")
                              .arg(QLatin1String(what), bodyExcerpt(body)));
        return std::nullopt;
    }
    return doc.object();
}

int readCount(const QJsonObject& o, QStringView name) {
    const QJsonValue v = o.value(name);
    return v.isDouble() ? v.toInt(-1) : -1;
}

Usage readUsage(const QJsonValue& value) {
    Usage u;
    const QJsonObject o = value.toObject();
    u.promptTokens = readCount(o, u"prompt_tokens");
    u.completionTokens = readCount(o, u"completion_tokens");
    u.totalTokens = readCount(o, u"total_tokens");
    return u;
}

QString stringOrEmpty(const QJsonValue& v) {
    return v.isString() ? v.toString() : QString();
}

} // namespace

namespace {

struct RawEmbedding {
    qint64 index = -1; // -1: absent
    QVector<float> vector;
};

struct RawEmbeddings {
    QString model;
    Usage usage;
    bool hasData = false;
    std::vector<RawEmbedding> items;
};

// A scanner for the two bulk shapes: an embeddings body (millions of numbers) and a streamed
// chat chunk (100k of them per long answer), where a generic DOM parser spends most of its time
// building values that are read once. It accepts only what it fully understands and reports
// failure otherwise, so the caller falls back to QJsonDocument, which also words the errors.
class FastScanner {
public:
    FastScanner(const char* begin, const char* end) : p(begin), e(end) {}

    bool chatChunk(ChatChunk* out) {
        bool firstChoice = true;
        if (!object([&](QByteArrayView key) {
                if (key == "choices")
                    return array([&] {
                        if (!firstChoice)
                            return skip(0);
                        firstChoice = false;
                        return choice(out);
                    });
                if (key == "model")
                    return string(&out->model);
                if (key == "usage") {
                    Usage u;
                    if (literal("null"))
                        return true;
                    if (!usage(&u))
                        return false;
                    out->usage = u;
                    return true;
                }
                if (key == "error")
                    return false;
                return skip(0);
            }))
            return false;
        ws();
        return p == e;
    }

    bool run(RawEmbeddings* out) {
        if (!object([&](QByteArrayView key) {
                if (key == "data")
                    return data(out);
                if (key == "model")
                    return string(&out->model);
                if (key == "usage")
                    return usage(&out->usage);
                if (key == "error")
                    return false; // the slow path words errors
                return skip(0);
            }))
            return false;
        ws();
        return p == e;
    }

private:
    const char* p;
    const char* e;

    bool choice(ChatChunk* out) {
        bool sawDelta = false;
        QString text;
        const bool ok = object([&](QByteArrayView key) {
            if (key == "delta") {
                sawDelta = true;
                return object([&](QByteArrayView k) {
                    if (k == "content")
                        return literal("null") || string(&out->content);
                    return skip(0);
                });
            }
            if (key == "text")
                return string(&text);
            if (key == "finish_reason")
                return literal("null") || string(&out->finishReason);
            return skip(0);
        });
        if (ok && !sawDelta)
            out->content = text;
        return ok;
    }

    static void appendUtf8(QByteArray& out, char32_t cp) {
        if (cp < 0x80) {
            out += char(cp);
        } else if (cp < 0x800) {
            out += char(0xC0 | (cp >> 6));
            out += char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += char(0xE0 | (cp >> 12));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        } else {
            out += char(0xF0 | (cp >> 18));
            out += char(0x80 | ((cp >> 12) & 0x3F));
            out += char(0x80 | ((cp >> 6) & 0x3F));
            out += char(0x80 | (cp & 0x3F));
        }
    }

    bool hex4(char32_t* out) {
        if (e - p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = *p++;
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= char32_t(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= char32_t(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= char32_t(c - 'A' + 10);
            else
                return false;
        }
        *out = v;
        return true;
    }

    // A JSON string with its escapes resolved; lone surrogates are left to the slow path.
    bool string(QString* out) {
        if (!eat('"'))
            return false;
        const char* start = p;
        while (p < e && *p != '"' && *p != '\\') {
            if (static_cast<unsigned char>(*p) < 0x20)
                return false;
            ++p;
        }
        if (p == e)
            return false;
        if (*p == '"') {
            *out = QString::fromUtf8(start, p - start);
            ++p;
            return true;
        }
        QByteArray bytes(start, p - start);
        while (p < e && *p != '"') {
            const char c = *p++;
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c != '\\') {
                bytes += c;
                continue;
            }
            if (p == e)
                return false;
            switch (*p++) {
            case '"':
                bytes += '"';
                break;
            case '\\':
                bytes += '\\';
                break;
            case '/':
                bytes += '/';
                break;
            case 'b':
                bytes += '\b';
                break;
            case 'f':
                bytes += '\f';
                break;
            case 'n':
                bytes += '\n';
                break;
            case 'r':
                bytes += '\r';
                break;
            case 't':
                bytes += '\t';
                break;
            case 'u': {
                char32_t cp;
                if (!hex4(&cp))
                    return false;
                if (cp >= 0xDC00 && cp <= 0xDFFF)
                    return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    char32_t low;
                    if (e - p < 6 || p[0] != '\\' || p[1] != 'u')
                        return false;
                    p += 2;
                    if (!hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(bytes, cp);
                break;
            }
            default:
                return false;
            }
        }
        if (p == e)
            return false;
        ++p;
        *out = QString::fromUtf8(bytes);
        return true;
    }

    void ws() {
        while (p < e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool eat(char c) {
        ws();
        if (p < e && *p == c) {
            ++p;
            return true;
        }
        return false;
    }

    template <typename F> bool object(F&& member) {
        if (!eat('{'))
            return false;
        if (eat('}'))
            return true;
        do {
            QByteArrayView key;
            if (!rawString(&key) || !eat(':') || !member(key))
                return false;
        } while (eat(','));
        return eat('}');
    }

    template <typename F> bool array(F&& element) {
        if (!eat('['))
            return false;
        if (eat(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (eat(','));
        return eat(']');
    }

    // Keys and values we read are plain ASCII words; an escape sends us to the slow path.
    bool rawString(QByteArrayView* s) {
        if (!eat('"'))
            return false;
        const char* start = p;
        while (p < e && *p != '"') {
            if (*p == '\\' || static_cast<unsigned char>(*p) < 0x20)
                return false;
            ++p;
        }
        if (p == e)
            return false;
        *s = QByteArrayView(start, p - start);
        ++p;
        return true;
    }

    bool number(double* out) {
        ws();
        if (p == e || !(*p == '-' || (*p >= '0' && *p <= '9')))
            return false;
        if (*p == '-' && (p + 1 == e || p[1] < '0' || p[1] > '9'))
            return false; // from_chars would take "-inf"; JSON does not
        const auto [next, ec] = std::from_chars(p, e, *out);
        if (ec != std::errc())
            return false;
        p = next;
        return true;
    }

    bool integer(qint64* out) {
        ws();
        const auto [next, ec] = std::from_chars(p, e, *out);
        if (ec != std::errc() || (next < e && (*next == '.' || *next == 'e' || *next == 'E')))
            return false;
        p = next;
        return true;
    }

    bool data(RawEmbeddings* out) {
        out->hasData = true;
        qsizetype dimensionHint = 0;
        return array([&] {
            RawEmbedding item;
            item.vector.reserve(dimensionHint);
            const bool ok = object([&](QByteArrayView key) {
                if (key == "index")
                    return integer(&item.index) && item.index >= 0;
                if (key == "embedding")
                    return array([&] {
                        double d;
                        if (!number(&d))
                            return false;
                        item.vector.append(static_cast<float>(d));
                        return true;
                    });
                return skip(0);
            });
            if (!ok || item.vector.isEmpty() || item.index < 0)
                return false;
            dimensionHint = item.vector.size();
            out->items.push_back(std::move(item));
            return true;
        });
    }

    bool usage(Usage* u) {
        return object([&](QByteArrayView key) {
            qint64 v = -1;
            int* target = key == "prompt_tokens"       ? &u->promptTokens
                          : key == "completion_tokens" ? &u->completionTokens
                          : key == "total_tokens"      ? &u->totalTokens
                                                       : nullptr;
            if (!target)
                return skip(0);
            if (!integer(&v) || v < 0 || v > std::numeric_limits<int>::max())
                return false;
            *target = static_cast<int>(v);
            return true;
        });
    }

    bool skip(int depth) {
        if (depth > 64)
            return false;
        ws();
        if (p == e)
            return false;
        switch (*p) {
        case '{':
            return object([&](QByteArrayView) { return skip(depth + 1); });
        case '[':
            return array([&] { return skip(depth + 1); });
        case '"': {
            ++p;
            while (p < e && *p != '"') {
                if (*p == '\\' && ++p == e)
                    return false;
                ++p;
            }
            if (p >= e)
                return false;
            ++p;
            return true;
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default: {
            double d;
            return number(&d);
        }
        }
    }

    bool literal(QByteArrayView word) {
        ws();
        if (QByteArrayView(p, e - p).startsWith(word)) {
            p += word.size();
            return true;
        }
        return false;
    }
};

} // namespace

// ---- chat ----

std::optional<Error> validateChat(const ChatRequest& request) {
    if (auto e = keyInModel(request.model))
        return e;
    const bool hasPrompt = !request.prompt.isEmpty();
    const bool hasMessages = !request.messages.isEmpty();
    if (hasPrompt && hasMessages)
        return validation(QStringLiteral("provide either prompt or messages, not both"));
    if (!hasPrompt && !hasMessages)
        return validation(QStringLiteral("provide either prompt or messages"));
    if (hasPrompt && isBlank(request.prompt))
        return validation(QStringLiteral("prompt must not be blank"));
    for (qsizetype i = 0; i < request.messages.size(); ++i) {
        const ChatMessage& m = request.messages[i];
        if (m.role != u"system" && m.role != u"user" && m.role != u"assistant")
            return validation(QStringLiteral("messages[%1].role must be system, user or "
                                             "assistant (got '%2')")
                                  .arg(i)
                                  .arg(m.role.left(40)));
        if (isBlank(m.content))
            return validation(QStringLiteral("messages[%1].content must not be blank").arg(i));
    }
    const ChatParams& p = request.params;
    if (auto e = checkRange("temperature", p.temperature, 0, 2))
        return e;
    if (auto e = checkRange("top_p", p.topP, 0, 1, true))
        return e;
    if (auto e = checkRange("presence_penalty", p.presencePenalty, -2, 2))
        return e;
    if (auto e = checkRange("frequency_penalty", p.frequencyPenalty, -2, 2))
        return e;
    if (p.maxTokens && *p.maxTokens < 1)
        return validation(
            QStringLiteral("max_tokens must be at least 1 (got %1)").arg(*p.maxTokens));
    for (qsizetype i = 0; i < p.stop.size(); ++i)
        if (p.stop[i].isEmpty())
            return validation(QStringLiteral("stop[%1] must not be empty").arg(i));
    return std::nullopt;
}

QByteArray chatBody(const ChatRequest& request) {
    QJsonArray messages;
    auto message = [](const QString& role, const QString& content) {
        return QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("content"), content}};
    };
    if (!isBlank(request.system))
        messages.append(message(QStringLiteral("system"), request.system));
    if (!request.prompt.isEmpty())
        messages.append(message(QStringLiteral("user"), request.prompt));
    else
        for (const ChatMessage& m : request.messages)
            messages.append(message(m.role, m.content));

    QJsonObject body;
    body.insert(u"model", modelOrDefault(request.model));
    body.insert(u"messages", messages);
    body.insert(u"stream", request.stream);
    const ChatParams& p = request.params;
    if (p.temperature)
        body.insert(u"temperature", *p.temperature);
    if (p.maxTokens)
        body.insert(u"max_tokens", *p.maxTokens);
    if (p.topP)
        body.insert(u"top_p", *p.topP);
    if (!p.stop.isEmpty())
        body.insert(u"stop", QJsonArray::fromStringList(p.stop));
    if (p.seed)
        body.insert(u"seed", *p.seed);
    if (p.presencePenalty)
        body.insert(u"presence_penalty", *p.presencePenalty);
    if (p.frequencyPenalty)
        body.insert(u"frequency_penalty", *p.frequencyPenalty);
    if (request.stream && p.includeUsage)
        body.insert(u"stream_options", QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<Error> parseChatResponse(const QByteArray& body, ChatResponse* out) {
    Error error;
    const std::optional<QJsonObject> root = parseObject(body, "chat", &error);
    if (!root)
        return error;
    if (root->contains(u"error"))
        return errorFromJsonError(body, 0);
    const QJsonValue choices = root->value(u"choices");
    if (!choices.isArray() || choices.toArray().isEmpty())
        return protocol(choices.isArray()
                            ? QStringLiteral("the chat response has an empty choices list")
                            : QStringLiteral("the chat response has no choices list"));
    const QJsonValue first = choices.toArray().at(0);
    if (!first.isObject())
        return protocol(QStringLiteral("the chat response's choices[0] is not an object"));
    const QJsonObject choice = first.toObject();
    const QJsonValue message = choice.value(u"message");
    const QJsonValue content = message.toObject().value(u"content");
    if (!message.isObject() && !choice.value(u"text").isString())
        return protocol(QStringLiteral("the chat response's choices[0] has no message"));
    if (!content.isString() && !content.isNull() && !content.isUndefined())
        return protocol(QStringLiteral("the chat response's message content is not text"));

    ChatResponse r;
    r.id = stringOrEmpty(root->value(u"id"));
    // null content is legitimate (tool calls, empty generation): no text, not an error
    r.text = message.isObject() ? stringOrEmpty(content) : choice.value(u"text").toString();
    r.model = stringOrEmpty(root->value(u"model"));
    r.finishReason = stringOrEmpty(choice.value(u"finish_reason"));
    r.usage = readUsage(root->value(u"usage"));
    *out = r;
    return std::nullopt;
}

ChatChunk parseChatChunk(const QString& data) {
    ChatChunk chunk;
    const QByteArray bytes = data.toUtf8();
    if (FastScanner(bytes.constData(), bytes.constData() + bytes.size()).chatChunk(&chunk))
        return chunk;
    chunk = ChatChunk();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        chunk.type = ChatChunk::Type::NotJson;
        return chunk;
    }
    const QJsonObject root = doc.object();
    if (root.contains(u"error")) {
        chunk.type = ChatChunk::Type::Error;
        chunk.error = errorFromJsonError(bytes, 0);
        return chunk;
    }
    chunk.model = stringOrEmpty(root.value(u"model"));
    const QJsonArray choices = root.value(u"choices").toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.at(0).toObject();
        const QJsonValue delta = choice.value(u"delta");
        if (delta.isObject())
            chunk.content = stringOrEmpty(delta.toObject().value(u"content"));
        else // llama.cpp's /completion-style chunk
            chunk.content = stringOrEmpty(choice.value(u"text"));
        chunk.finishReason = stringOrEmpty(choice.value(u"finish_reason"));
    }
    const QJsonValue usage = root.value(u"usage");
    if (usage.isObject())
        chunk.usage = readUsage(usage);
    return chunk;
}

// ---- embeddings ----

std::optional<Error> validateEmbeddings(const EmbeddingsRequest& request) {
    if (auto e = keyInModel(request.model))
        return e;
    if (request.input.isEmpty())
        return validation(QStringLiteral("input must not be empty: give at least one text"));
    for (qsizetype i = 0; i < request.input.size(); ++i)
        if (isBlank(request.input[i]))
            return validation(request.input.size() == 1
                                  ? QStringLiteral("input must not be blank")
                                  : QStringLiteral("input[%1] must not be blank").arg(i));
    return std::nullopt;
}

QByteArray embeddingsBody(const EmbeddingsRequest& request) {
    QJsonObject body;
    body.insert(u"model", modelOrDefault(request.model));
    body.insert(u"input", QJsonArray::fromStringList(request.input));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

std::optional<Error> readEmbeddingsSlow(const QByteArray& body, RawEmbeddings* out) {
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
        return protocol(QStringLiteral("the embeddings response has no data list"));
    out->hasData = true;
    const QJsonArray items = data.toArray();
    out->items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        RawEmbedding raw;
        const QJsonValue index = item.value(u"index");
        const double indexValue = index.toDouble(-1);
        if (!index.isDouble() || indexValue < 0 || indexValue != std::floor(indexValue) ||
            indexValue > std::numeric_limits<int>::max())
            return protocol(QStringLiteral("data[%1] has no valid index").arg(i));
        raw.index = static_cast<qint64>(indexValue);
        const QJsonValue embedding = item.value(u"embedding");
        if (embedding.isString())
            return protocol(
                QStringLiteral("data[%1].embedding is a string (base64?), not a list of "
                               "numbers")
                    .arg(i));
        if (!embedding.isArray())
            return protocol(QStringLiteral("data[%1] has no embedding list").arg(i));
        const QJsonArray values = embedding.toArray();
        raw.vector.reserve(values.size());
        for (qsizetype j = 0; j < values.size(); ++j) {
            const QJsonValue v = values.at(j);
            if (!v.isDouble())
                return protocol(
                    QStringLiteral("data[%1].embedding[%2] is not a number").arg(i).arg(j));
            raw.vector.append(static_cast<float>(v.toDouble()));
        }
        out->items.push_back(std::move(raw));
    }
    return std::nullopt;
}

} // namespace

std::optional<Error> parseEmbeddingsResponse(const QByteArray& body, int expectedCount,
                                             EmbeddingsResponse* out) {
    RawEmbeddings raw;
    if (!FastScanner(body.constData(), body.constData() + body.size()).run(&raw) || !raw.hasData) {
        raw = RawEmbeddings();
        if (auto e = readEmbeddingsSlow(body, &raw))
            return e;
    }
    const qsizetype n = static_cast<qsizetype>(raw.items.size());
    if (expectedCount >= 0 && n != expectedCount)
        return protocol(QStringLiteral("the server returned %1 vectors for %2 inputs")
                            .arg(n)
                            .arg(expectedCount));
    // Order by "index", never by array position: every index 0..n-1 exactly once.
    std::vector<RawEmbedding*> byIndex(n, nullptr);
    for (qsizetype i = 0; i < n; ++i) {
        RawEmbedding& item = raw.items[i];
        if (item.index >= n)
            return protocol(QStringLiteral("data[%1] has index %2, outside 0..%3")
                                .arg(i)
                                .arg(item.index)
                                .arg(n - 1));
        if (byIndex[item.index])
            return protocol(QStringLiteral("index %1 appears more than once").arg(item.index));
        byIndex[item.index] = &item;
    }
    const qsizetype dimension = n > 0 ? byIndex[0]->vector.size() : 0;
    if (n > 0 && dimension == 0)
        return protocol(QStringLiteral("the vector at index 0 is empty"));
    EmbeddingsResponse r;
    r.model = raw.model;
    r.usage = raw.usage;
    r.vectors.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (byIndex[i]->vector.size() != dimension)
            return protocol(QStringLiteral("the vector at index %1 has %2 dimensions, the one at "
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
        return validation(QStringLiteral("query must not be blank"));
    if (request.documents.isEmpty())
        return validation(QStringLiteral("documents must not be empty: give at least one"));
    for (qsizetype i = 0; i < request.documents.size(); ++i)
        if (isBlank(request.documents[i]))
            return validation(QStringLiteral("documents[%1] must not be blank").arg(i));
    if (request.topN && *request.topN < 1)
        return validation(QStringLiteral("top_n must be at least 1 (got %1)").arg(*request.topN));
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
        return protocol(QStringLiteral("the rerank response has no results list"));
    RerankResponse r;
    r.model = stringOrEmpty(root->value(u"model"));
    QSet<int> seen;
    const QJsonArray items = results.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QJsonValue index = item.value(u"index");
        const double indexValue = index.toDouble(-1);
        if (!index.isDouble() || indexValue < 0 || indexValue != std::floor(indexValue) ||
            indexValue > std::numeric_limits<int>::max())
            return protocol(QStringLiteral("results[%1] has no valid index").arg(i));
        QJsonValue score = item.value(u"relevance_score");
        if (!score.isDouble())
            score = item.value(u"score");
        if (!score.isDouble())
            return protocol(
                QStringLiteral("results[%1] has neither relevance_score nor score").arg(i));
        RerankResult result;
        result.index = static_cast<int>(indexValue);
        result.score = score.toDouble();
        if (seen.contains(result.index))
            return protocol(QStringLiteral("index %1 appears more than once").arg(result.index));
        seen.insert(result.index);
        r.results.append(result);
    }
    *out = r;
    return std::nullopt;
}

} // namespace ik
