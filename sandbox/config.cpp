#include "sandbox.h"

#include "keys.h"

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
            QStringLiteral("redirect")};
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

    static const QRegularExpression slugRe(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    Config c;
    QSet<QString> projectSlugs;
    QSet<QString> allCredentials;
    const QJsonArray projects = projectsValue.toArray();
    for (qsizetype p = 0; p < projects.size(); ++p) {
        const QString pPath = QStringLiteral("projects[%1]").arg(p);
        if (!projects[p].isObject())
            return fail(where(pPath, QStringLiteral("must be an object")));
        const QJsonObject project = projects[p].toObject();
        const QString slug = project.value(u"slug").toString();
        if (!slugRe.match(slug).hasMatch())
            return fail(where(pPath + QStringLiteral(".slug"),
                              QStringLiteral("must be a slug of a-z, 0-9, '-' or '_'")));
        if (projectSlugs.contains(slug))
            return fail(where(pPath + QStringLiteral(".slug"),
                              QStringLiteral("project \"%1\" appears twice").arg(slug)));
        projectSlugs.insert(slug);

        QSet<QString> workloadSlugs;
        const QJsonValue wv = project.value(u"workloads");
        if (!wv.isUndefined() && !wv.isArray())
            return fail(
                where(pPath + QStringLiteral(".workloads"), QStringLiteral("must be an array")));
        const QJsonArray workloads = wv.toArray();
        for (qsizetype i = 0; i < workloads.size(); ++i) {
            const QString wPath = pPath + QStringLiteral(".workloads[%1]").arg(i);
            if (!workloads[i].isObject())
                return fail(where(wPath, QStringLiteral("must be an object")));
            const QJsonObject o = workloads[i].toObject();
            WorkloadSpec w;
            w.project = slug;
            w.slug = o.value(u"slug").toString();
            if (!slugRe.match(w.slug).hasMatch())
                return fail(where(wPath + QStringLiteral(".slug"),
                                  QStringLiteral("must be a slug of a-z, 0-9, '-' or '_'")));
            if (workloadSlugs.contains(w.slug))
                return fail(where(wPath + QStringLiteral(".slug"),
                                  QStringLiteral("workload \"%1\" appears twice").arg(w.slug)));
            workloadSlugs.insert(w.slug);
            const auto kind = normaliseKind(o.value(u"kind").toString());
            if (!kind)
                return fail(where(wPath + QStringLiteral(".kind"),
                                  QStringLiteral("must be chat, embedding or rerank")));
            w.kind = *kind;
            w.model = o.value(u"model").toString();
            if (w.model.trimmed().isEmpty())
                return fail(where(wPath + QStringLiteral(".model"),
                                  QStringLiteral("must be a non-empty string")));
            w.name = o.value(u"name").toString(w.slug);
            w.backend = o.value(u"backend").toString(QStringLiteral("vllm"));
            w.featurisation = o.value(u"featurisation").toString(QStringLiteral("char-ngram"));
            if (w.kind == u"embedding") {
                const QJsonValue d = o.value(u"dimension");
                const double dim = d.toDouble(-1);
                if (!d.isDouble() || dim != double(int(dim)) || dim < 1 || dim > 8192)
                    return fail(where(wPath + QStringLiteral(".dimension"),
                                      QStringLiteral("an embedding workload needs an integer "
                                                     "dimension from 1 to 8192")));
                w.dimension = int(dim);
                if (w.featurisation != u"char-ngram" && w.featurisation != u"word")
                    return fail(where(wPath + QStringLiteral(".featurisation"),
                                      QStringLiteral("must be char-ngram or word")));
            }
            c.workloads.append(w);
        }

        const QJsonValue kv = project.value(u"keys");
        if (!kv.isUndefined() && !kv.isArray())
            return fail(where(pPath + QStringLiteral(".keys"), QStringLiteral("must be an array")));
        const QJsonArray keys = kv.toArray();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString kPath = pPath + QStringLiteral(".keys[%1]").arg(i);
            const QJsonObject o = keys[i].toObject();
            KeySpec k;
            k.project = slug;
            k.key = o.value(u"key").toString();
            const auto parsed = parseCredential(k.key);
            if (!parsed || parsed->kind != u"live")
                return fail(where(
                    kPath + QStringLiteral(".key"),
                    QStringLiteral("must be ik_live_<8 hex>_<64 hex>, got %1").arg(redact(k.key))));
            if (allCredentials.contains(k.key))
                return fail(where(kPath + QStringLiteral(".key"),
                                  QStringLiteral("key %1 appears twice").arg(redact(k.key))));
            allCredentials.insert(k.key);
            const QJsonArray ws = o.value(u"workloads").toArray();
            if (ws.isEmpty())
                return fail(where(kPath + QStringLiteral(".workloads"),
                                  QStringLiteral("must list workload slugs or \"*\"")));
            for (qsizetype j = 0; j < ws.size(); ++j) {
                const QString s = ws[j].toString();
                if (s != u"*" && !workloadSlugs.contains(s))
                    return fail(
                        where(kPath + QStringLiteral(".workloads[%1]").arg(j),
                              QStringLiteral("no workload \"%1\" in project \"%2\"").arg(s, slug)));
                k.workloads.append(s);
            }
            c.keys.append(k);
        }

        const QJsonValue tv = project.value(u"control_tokens");
        if (!tv.isUndefined() && !tv.isArray())
            return fail(where(pPath + QStringLiteral(".control_tokens"),
                              QStringLiteral("must be an array")));
        const QJsonArray tokens = tv.toArray();
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const QString tPath = pPath + QStringLiteral(".control_tokens[%1]").arg(i);
            const QString t = tokens[i].toString();
            const auto parsed = parseCredential(t);
            if (!parsed || parsed->kind != u"sdk")
                return fail(where(
                    tPath,
                    QStringLiteral("must be ik_sdk_<8 hex>_<64 hex>, got %1").arg(redact(t))));
            if (allCredentials.contains(t))
                return fail(where(tPath, QStringLiteral("token %1 appears twice").arg(redact(t))));
            allCredentials.insert(t);
            c.controlTokens.append({t, slug});
        }
    }
    return c;
}

} // namespace ik::sandbox
