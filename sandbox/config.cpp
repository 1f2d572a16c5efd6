#include "sandbox.h"

#include "keys.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ik::sandbox {

namespace {

WorkloadSpec workload(const char* project, const char* slug, const char* kind, const char* model,
                      const char* name, const char* backend, int dimension = 0,
                      const char* featurisation = "char-ngram") {
    WorkloadSpec w;
    w.project = QString::fromLatin1(project);
    w.slug = QString::fromLatin1(slug);
    w.kind = QString::fromLatin1(kind);
    w.model = QString::fromLatin1(model);
    w.name = QString::fromLatin1(name);
    w.backend = QString::fromLatin1(backend);
    w.dimension = dimension;
    w.featurisation = QString::fromLatin1(featurisation);
    return w;
}

KeySpec key(const char* k, const char* project, QStringList workloads) {
    return KeySpec{QString::fromLatin1(k), QString::fromLatin1(project), std::move(workloads)};
}

QString where(const QString& path, const QString& what) {
    return path + QStringLiteral(": ") + what;
}

// Line and column of a byte offset, for parse errors a person can find in their editor.
QString lineColumn(const QByteArray& json, int offset) {
    int line = 1, column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

std::optional<QString> normaliseKind(const QString& kind) {
    if (kind == u"chat" || kind == u"text2text")
        return QStringLiteral("chat");
    if (kind == u"embedding")
        return QStringLiteral("embedding");
    if (kind == u"rerank" || kind == u"reranker")
        return QStringLiteral("rerank");
    return std::nullopt;
}

} // namespace

QStringList faultNames() {
    return {QStringLiteral("rate-limit"),
            QStringLiteral("server-error"),
            QStringLiteral("cold-start"),
            QStringLiteral("slow-first-byte"),
            QStringLiteral("stall"),
            QStringLiteral("disconnect"),
            QStringLiteral("no-done"),
            QStringLiteral("error-frame"),
            QStringLiteral("malformed-chunk"),
            QStringLiteral("keep-alive"),
            QStringLiteral("crlf"),
            QStringLiteral("large-chunk"),
            QStringLiteral("invalid-utf8"),
            QStringLiteral("shuffle"),
            QStringLiteral("redirect"),
            QStringLiteral("tool-args-not-json"),
            QStringLiteral("tool-not-offered"),
            QStringLiteral("schema-break")};
}

QString faultDescription(const QString& name) {
    // Shown in the window's Sandbox menu, in its language (the fault names stay as they are).
    static const QHash<QString, const char*> descriptions = {
        {QStringLiteral("rate-limit"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "429 Too Many Requests, Retry-After 2 s")},
        {QStringLiteral("server-error"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "500 Internal Server Error")},
        {QStringLiteral("cold-start"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults",
                           "503: the workload is starting after being idle, Retry-After 5 s")},
        {QStringLiteral("slow-first-byte"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "The answer starts only after a long wait")},
        {QStringLiteral("stall"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "The answer stops partway, then goes on late")},
        {QStringLiteral("disconnect"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "The connection drops partway through")},
        {QStringLiteral("no-done"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "The stream ends without its [DONE] frame")},
        {QStringLiteral("error-frame"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "An error event in mid-stream")},
        {QStringLiteral("malformed-chunk"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "One stream frame is not JSON")},
        {QStringLiteral("keep-alive"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "Comment lines (keep-alives) between frames")},
        {QStringLiteral("crlf"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "The stream's lines end in CRLF")},
        {QStringLiteral("large-chunk"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "One very large token in the answer")},
        {QStringLiteral("invalid-utf8"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "Bytes that are not UTF-8 in the stream")},
        {QStringLiteral("shuffle"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "Embeddings come back in reverse order")},
        {QStringLiteral("redirect"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults", "307 redirect to another host name")},
        {QStringLiteral("tool-args-not-json"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults",
                           "A tool call's arguments are cut short: not JSON")},
        {QStringLiteral("tool-not-offered"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults",
                           "The model calls a tool the request did not offer")},
        {QStringLiteral("schema-break"),
         QT_TRANSLATE_NOOP("ik::sandbox::Faults",
                           "Structured output that breaks its response_format schema")},
    };
    const char* text = descriptions.value(name);
    return text ? QCoreApplication::translate("ik::sandbox::Faults", text) : QString();
}

Config Config::builtIn() {
    Config c;
    c.workloads = {
        workload("acme", "support-bot", "chat", "meta-llama/Llama-3.1-8B-Instruct", "Support bot",
                 "vllm"),
        workload("acme", "billing", "embedding", "nomic-embed-text", "Billing search", "ollama",
                 384, "char-ngram"),
        workload("acme", "ranker", "rerank", "bge-reranker-v2-m3", "Ticket ranker", "llamacpp"),
        workload("acme", "search", "embedding", "bge-small-en", "Docs search", "vllm", 256, "word"),
        workload("globex", "helpdesk", "chat", "Qwen/Qwen2.5-7B-Instruct", "Helpdesk", "sglang"),
    };
    // Fixed demo keys, so docs, screenshots and scripts can refer to them. They guard nothing.
    c.keys = {
        key("ik_live_ee9ab22e_d4ca79c66fa521a497a6699b045b0786c71b13f19a6de4b29d7141845155d140",
            "acme", {QStringLiteral("support-bot")}),
        key("ik_live_fdc4861d_f79303ddb8195b1d4dea77f896f9f44895cadaef13c3c73edd5d07ebdba8489b",
            "acme", {QStringLiteral("billing")}),
        key("ik_live_22e8c737_1363868e0fc0a0ffd44caacefc574d5a11d4207673b1f0c5767b0cb43e40234b",
            "acme", {QStringLiteral("ranker")}),
        key("ik_live_efbaecd5_6ccf2dd80e586604678fd7142cccee5ffaba9408f2ab7194dc3b11a7adbe5309",
            "acme", {QStringLiteral("search")}),
        key("ik_live_ef40f78b_838ec8bb0f2dbaf643ec7b02fcf61651a05bc1d295fd1267fde69ec2a74c1944",
            "acme", {QStringLiteral("*")}),
        key("ik_live_0f12643a_89a62f505bac6867bb4c1918af35b73abd455b85f9b4da0bf58abc68013b987e",
            "globex", {QStringLiteral("helpdesk")}),
    };
    c.controlTokens = {
        {QStringLiteral(
             "ik_sdk_c8d24321_7dfae4d985e1353ce243b58522dee1d5ed0cec173dac28b28486a52de9f5f5c7"),
         QStringLiteral("acme")},
        {QStringLiteral(
             "ik_sdk_6d8bcacb_18430a7bc0bf1053b5766d4b58cee8f067f0deef4e8bd648dcfd33871af34e49"),
         QStringLiteral("globex")},
    };
    return c;
}

QString Config::keyFor(const QString& project, const QString& workload) const {
    for (const QString& wanted : {workload, QStringLiteral("*")})
        for (const KeySpec& k : keys)
            if (k.project == project && k.workloads.contains(wanted))
                return k.key;
    return {};
}

namespace {

const QString kSlugRule = QStringLiteral("must be a slug of a-z, 0-9, '-' or '_'");

bool isSlug(const QString& s) {
    static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return slugRe.match(s).hasMatch();
}

// Reads the config one project at a time into `config`; the first problem stops it, with
// `error` saying what is wrong and where.
class ConfigReader {
public:
    Config config;
    QString error;

    bool readProject(const QJsonValue& value, const QString& path) {
        if (!value.isObject())
            return fail(where(path, QStringLiteral("must be an object")));
        const QJsonObject project = value.toObject();
        const QString slug = project.value(u"slug").toString();
        if (!isSlug(slug))
            return fail(where(path + QStringLiteral(".slug"), kSlugRule));
        if (m_projectSlugs.contains(slug))
            return fail(where(path + QStringLiteral(".slug"),
                              QStringLiteral("project \"%1\" appears twice").arg(slug)));
        m_projectSlugs.insert(slug);
        QSet<QString> workloadSlugs;
        QJsonArray list;
        if (!optionalArray(project, QStringLiteral("workloads"), path, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i)
            if (!readWorkload(list[i], path + QStringLiteral(".workloads[%1]").arg(i), slug,
                              &workloadSlugs))
                return false;
        if (!optionalArray(project, QStringLiteral("keys"), path, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i)
            if (!readKey(list[i].toObject(), path + QStringLiteral(".keys[%1]").arg(i), slug,
                         workloadSlugs))
                return false;
        if (!optionalArray(project, QStringLiteral("control_tokens"), path, &list))
            return false;
        for (qsizetype i = 0; i < list.size(); ++i)
            if (!readControlToken(list[i].toString(),
                                  path + QStringLiteral(".control_tokens[%1]").arg(i), slug))
                return false;
        return true;
    }

private:
    bool fail(const QString& message) {
        error = message;
        return false;
    }

    // An absent member reads as an empty array; anything else but an array is refused.
    bool optionalArray(const QJsonObject& o, const QString& name, const QString& path,
                       QJsonArray* out) {
        const QJsonValue v = o.value(name);
        if (!v.isUndefined() && !v.isArray())
            return fail(where(path + u'.' + name, QStringLiteral("must be an array")));
        *out = v.toArray();
        return true;
    }

    bool readWorkload(const QJsonValue& value, const QString& path, const QString& project,
                      QSet<QString>* slugs) {
        if (!value.isObject())
            return fail(where(path, QStringLiteral("must be an object")));
        const QJsonObject o = value.toObject();
        WorkloadSpec w;
        w.project = project;
        w.slug = o.value(u"slug").toString();
        if (!isSlug(w.slug))
            return fail(where(path + QStringLiteral(".slug"), kSlugRule));
        if (slugs->contains(w.slug))
            return fail(where(path + QStringLiteral(".slug"),
                              QStringLiteral("workload \"%1\" appears twice").arg(w.slug)));
        slugs->insert(w.slug);
        const auto kind = normaliseKind(o.value(u"kind").toString());
        if (!kind)
            return fail(where(path + QStringLiteral(".kind"),
                              QStringLiteral("must be chat, embedding or rerank")));
        w.kind = *kind;
        w.model = o.value(u"model").toString();
        if (w.model.trimmed().isEmpty())
            return fail(where(path + QStringLiteral(".model"),
                              QStringLiteral("must be a non-empty string")));
        w.name = o.value(u"name").toString(w.slug);
        w.backend = o.value(u"backend").toString(QStringLiteral("vllm"));
        w.featurisation = o.value(u"featurisation").toString(QStringLiteral("char-ngram"));
        if (w.kind == u"embedding" && !readEmbedding(o, path, &w))
            return false;
        config.workloads.append(w);
        return true;
    }

    // An embedding workload's dimension (1 to 8192) and featurisation.
    bool readEmbedding(const QJsonObject& o, const QString& path, WorkloadSpec* w) {
        const QJsonValue d = o.value(u"dimension");
        const double dim = d.toDouble(-1);
        if (!d.isDouble() || dim != double(int(dim)) || dim < 1 || dim > 8192)
            return fail(where(path + QStringLiteral(".dimension"),
                              QStringLiteral("an embedding workload needs an integer "
                                             "dimension from 1 to 8192")));
        w->dimension = int(dim);
        if (w->featurisation != u"char-ngram" && w->featurisation != u"word")
            return fail(where(path + QStringLiteral(".featurisation"),
                              QStringLiteral("must be char-ngram or word")));
        return true;
    }

    bool readKey(const QJsonObject& o, const QString& path, const QString& project,
                 const QSet<QString>& workloadSlugs) {
        KeySpec k;
        k.project = project;
        k.key = o.value(u"key").toString();
        const auto parsed = parseCredential(k.key);
        if (!parsed || parsed->kind != u"live")
            return fail(where(
                path + QStringLiteral(".key"),
                QStringLiteral("must be ik_live_<8 hex>_<64 hex>, got %1").arg(redact(k.key))));
        if (m_credentials.contains(k.key))
            return fail(where(path + QStringLiteral(".key"),
                              QStringLiteral("key %1 appears twice").arg(redact(k.key))));
        m_credentials.insert(k.key);
        const QJsonArray ws = o.value(u"workloads").toArray();
        if (ws.isEmpty())
            return fail(where(path + QStringLiteral(".workloads"),
                              QStringLiteral("must list workload slugs or \"*\"")));
        for (qsizetype j = 0; j < ws.size(); ++j) {
            const QString s = ws[j].toString();
            if (s != u"*" && !workloadSlugs.contains(s))
                return fail(
                    where(path + QStringLiteral(".workloads[%1]").arg(j),
                          QStringLiteral("no workload \"%1\" in project \"%2\"").arg(s, project)));
            k.workloads.append(s);
        }
        config.keys.append(k);
        return true;
    }

    bool readControlToken(const QString& t, const QString& path, const QString& project) {
        const auto parsed = parseCredential(t);
        if (!parsed || parsed->kind != u"sdk")
            return fail(where(
                path, QStringLiteral("must be ik_sdk_<8 hex>_<64 hex>, got %1").arg(redact(t))));
        if (m_credentials.contains(t))
            return fail(where(path, QStringLiteral("token %1 appears twice").arg(redact(t))));
        m_credentials.insert(t);
        config.controlTokens.append({t, project});
        return true;
    }

    QSet<QString> m_projectSlugs;
    QSet<QString> m_credentials; // keys and tokens: each appears once in the whole config
};

} // namespace

std::optional<Config> Config::fromJson(const QByteArray& json, QString* error) {
    auto fail = [&](const QString& message) -> std::optional<Config> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON at %1: %2")
                        .arg(lineColumn(json, parseError.offset), parseError.errorString()));
    if (!doc.isObject())
        return fail(QStringLiteral("the top level must be an object with a \"projects\" array"));
    const QJsonValue projectsValue = doc.object().value(u"projects");
    if (!projectsValue.isArray() || projectsValue.toArray().isEmpty())
        return fail(QStringLiteral("\"projects\" must be a non-empty array"));
    ConfigReader reader;
    const QJsonArray projects = projectsValue.toArray();
    for (qsizetype p = 0; p < projects.size(); ++p)
        if (!reader.readProject(projects[p], QStringLiteral("projects[%1]").arg(p)))
            return fail(reader.error);
    return reader.config;
}

} // namespace ik::sandbox
