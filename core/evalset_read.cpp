// Reading an evaluation set: the file's sections, and the dataset rows inline or from CSV/JSONL.
#include "evalset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ik::eval {

namespace {

class Reader {
public:
    Reader(QString path, EvalSet* set) : m_path(std::move(path)), m_set(set) {}
    QList<Issue> errors;

    void fail(const QString& field, const QString& message, int row = 0) {
        errors.append({m_path, row, field, message});
    }
    void readPrompt(const QJsonValue& v);
    void readWorkloads(const QJsonValue& v);
    void readAssertions(const QJsonValue& v, const QString& field, int row, QList<Assertion>* out);
    void readRows(const QJsonValue& v);

private:
    bool readParams(const QJsonObject& o, const QString& field, WorkloadUse* use);
    QString m_path;
    EvalSet* m_set;
};

void Reader::readPrompt(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    if (!v.isObject())
        return fail(u"prompt"_s, QCoreApplication::translate(
                                     "ik::eval::EvalSet",
                                     "needs {\"system\", \"user\"} or {\"messages\": [...]}"));
    if (o.contains(u"messages"_s)) {
        if (o.contains(u"user"_s))
            return fail(u"prompt"_s,
                        QCoreApplication::translate("ik::eval::EvalSet",
                                                    "give \"user\" or \"messages\", not both"));
        const QJsonArray list = o.value(u"messages"_s).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject m = list[i].toObject();
            const QString role = m.value(u"role"_s).toString();
            const QString field = u"prompt.messages[%1]"_s.arg(i);
            static const QStringList roles{u"system"_s, u"user"_s, u"assistant"_s};
            if (!roles.contains(role))
                return fail(field, QCoreApplication::translate(
                                       "ik::eval::EvalSet",
                                       "\"role\" is system, user or assistant, not \"%1\"")
                                       .arg(role));
            if (m.value(u"content"_s).toString().trimmed().isEmpty())
                return fail(field, QCoreApplication::translate("ik::eval::EvalSet",
                                                               "needs a non-blank \"content\""));
            m_set->messages.append({role, m.value(u"content"_s).toString()});
        }
        if (m_set->messages.isEmpty())
            fail(u"prompt.messages"_s,
                 QCoreApplication::translate("ik::eval::EvalSet", "needs at least one message"));
        return;
    }
    const QString system = o.value(u"system"_s).toString();
    const QString user = o.value(u"user"_s).toString();
    if (user.trimmed().isEmpty())
        return fail(
            u"prompt.user"_s,
            QCoreApplication::translate("ik::eval::EvalSet",
                                        "needs the user message template, e.g. \"{{question}}\""));
    if (!system.trimmed().isEmpty())
        m_set->messages.append({u"system"_s, system});
    m_set->messages.append({u"user"_s, user});
}

bool Reader::readParams(const QJsonObject& o, const QString& field, WorkloadUse* use) {
    ChatParams& p = use->params;
    auto number = [&](const QString& key, double low, double high) -> std::optional<double> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || v.toDouble() < low || v.toDouble() > high) {
            fail(field + u'.' + key,
                 QCoreApplication::translate("ik::eval::EvalSet", "must be a number from %1 to %2")
                     .arg(low)
                     .arg(high));
            return std::nullopt;
        }
        return v.toDouble();
    };
    p.temperature = number(u"temperature"_s, 0, 2);
    p.topP = number(u"top_p"_s, 0, 1);
    if (auto n = number(u"max_tokens"_s, 1, 1e9)) {
        if (*n != std::trunc(*n))
            fail(field + u".max_tokens"_s,
                 QCoreApplication::translate("ik::eval::EvalSet", "must be a whole number"));
        p.maxTokens = int(*n);
    }
    if (auto n = number(u"seed"_s, -9e15, 9e15))
        p.seed = qint64(*n);
    if (auto n = number(u"concurrency"_s, 1, 64))
        use->concurrency = int(*n);
    if (o.contains(u"tools"_s)) {
        if (!o.value(u"tools"_s).isArray())
            fail(field + u".tools"_s,
                 QCoreApplication::translate("ik::eval::EvalSet",
                                             "must be a JSON array of function tools"));
        else
            use->tools =
                QJsonDocument(o.value(u"tools"_s).toArray()).toJson(QJsonDocument::Compact);
    }
    const QString choice = o.value(u"tool_choice"_s).toString();
    using Mode = ToolChoice::Mode;
    if (choice == u"auto" || choice == u"none" || choice == u"required")
        use->toolChoice.mode = choice == u"auto"   ? Mode::Auto
                               : choice == u"none" ? Mode::None
                                                   : Mode::Required;
    else if (!choice.isEmpty())
        use->toolChoice = {Mode::Function, choice};
    if (o.contains(u"response_format"_s)) {
        const QByteArray rf = QJsonDocument(o.value(u"response_format"_s).toObject()).toJson();
        if (const QString e = readResponseFormat(rf, &use->responseFormat); !e.isEmpty())
            fail(field + u".response_format"_s, e);
    }
    use->imagesColumn = o.value(u"images_column"_s).toString();
    if (o.contains(u"price"_s)) {
        use->price = priceFromJson(o.value(u"price"_s).toObject());
        if (!use->price)
            fail(field + u".price"_s,
                 QCoreApplication::translate("ik::eval::EvalSet",
                                             "needs {\"input_per_million\": N, "
                                             "\"output_per_million\": N} in dollars"));
    }
    return true;
}

void Reader::readWorkloads(const QJsonValue& v) {
    const QJsonArray list = v.toArray();
    if (list.isEmpty())
        return fail(u"workloads"_s,
                    QCoreApplication::translate("ik::eval::EvalSet",
                                                "needs 1 to %1 workloads, e.g. [{\"workload\": "
                                                "\"acme/support-bot\"}]")
                        .arg(kMaxWorkloads));
    if (list.size() > kMaxWorkloads)
        return fail(u"workloads"_s,
                    QCoreApplication::translate("ik::eval::EvalSet",
                                                "holds %1 workloads; a run compares at most %2")
                        .arg(list.size())
                        .arg(kMaxWorkloads));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString field = u"workloads[%1]"_s.arg(i);
        const QJsonObject o =
            list[i].isString() ? QJsonObject{{u"workload"_s, list[i]}} : list[i].toObject();
        WorkloadUse use;
        use.ref = o.value(u"workload"_s).toString().trimmed();
        if (use.ref.isEmpty()) {
            fail(field, QCoreApplication::translate(
                            "ik::eval::EvalSet",
                            "needs \"workload\": a stored workload's name or id, or project/slug"));
            continue;
        }
        for (const QString& secretish : {u"key"_s, u"api_key"_s})
            if (o.contains(secretish))
                fail(field + u'.' + secretish,
                     QCoreApplication::translate(
                         "ik::eval::EvalSet",
                         "a set never holds keys: remove it and keep the key in the keychain or "
                         "INFERENCEKEY_API_KEY"));
        readParams(o, field, &use);
        m_set->workloads.append(use);
    }
}

void Reader::readAssertions(const QJsonValue& v, const QString& field, int row,
                            QList<Assertion>* out) {
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return;
    QJsonValue value = v;
    if (v.isString()) { // CSV cells hold the assertions as JSON text
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return fail(field,
                        QCoreApplication::translate(
                            "ik::eval::EvalSet",
                            "is not JSON (%1): write an assertion object or an array of them")
                            .arg(pe.errorString()),
                        row);
        value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString error;
        if (std::optional<Assertion> a = parseAssertion(list[i], &error))
            out->append(*a);
        else
            fail(list.size() > 1 || value.isArray() ? u"%1[%2]"_s.arg(field).arg(i) : field, error,
                 row);
    }
}

void Reader::readRows(const QJsonValue& v) {
    const QJsonObject o = v.toObject();
    if (o.contains(u"path"_s)) {
        const QString rel = o.value(u"path"_s).toString();
        m_set->dataPath = QDir(m_set->baseDir()).absoluteFilePath(rel);
        readDataset(m_set->dataPath, m_set, &errors);
        return;
    }
    const QJsonArray rows = o.value(u"rows"_s).toArray();
    if (!o.contains(u"rows"_s))
        return fail(u"dataset"_s, QCoreApplication::translate(
                                      "ik::eval::EvalSet",
                                      "needs {\"path\": \"rows.csv\"} or {\"rows\": [...]}"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].isObject()) {
            fail(u"dataset.rows"_s,
                 QCoreApplication::translate("ik::eval::EvalSet",
                                             "each row is an object of variables"),
                 int(i) + 1);
            continue;
        }
        m_set->rows.append(Row(rows[i].toObject()));
    }
}

} // namespace

// The reserved columns of a row, read out of its variables.
void readReservedColumns(EvalSet* set, const QString& file, QList<Issue>* errors) {
    Reader r(file, set);
    for (qsizetype i = 0; i < set->rows.size(); ++i) {
        Row& row = set->rows[i];
        const int n = int(i) + 1;
        const QJsonObject vars = row.vars();
        for (auto it = vars.begin(); it != vars.end(); ++it)
            if (!set->columns.contains(it.key()))
                set->columns.append(it.key());
        const QJsonValue expected = vars.value(u"expected"_s);
        row.expected = expected.isString() ? expected.toString()
                       : expected.isUndefined()
                           ? QString()
                           : QString::fromUtf8(QJsonDocument::fromVariant(expected.toVariant())
                                                   .toJson(QJsonDocument::Compact));
        row.fault = vars.value(u"fault"_s).toString().trimmed();
        r.readAssertions(vars.value(u"assert"_s), u"assert"_s, n, &row.assertions);
    }
    errors->append(r.errors);
}

LoadResult parseEvalSet(const QByteArray& json, const QString& path) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {std::nullopt,
                {{path,
                  0,
                  {},
                  pe.error != QJsonParseError::NoError
                      ? QCoreApplication::translate("ik::eval::EvalSet", "not JSON: %1 at byte %2")
                            .arg(pe.errorString())
                            .arg(pe.offset + 1)
                      : QCoreApplication::translate("ik::eval::EvalSet",
                                                    "an evaluation set is a JSON object")}}};
    const QJsonObject o = doc.object();
    EvalSet set;
    set.path = path;
    Reader r(path, &set);
    if (o.value(u"format"_s).toString() != u"ik-eval-set"_s)
        r.fail(u"format"_s,
               QCoreApplication::translate("ik::eval::EvalSet",
                                           "must be \"ik-eval-set\" (is this an evaluation set?)"));
    else if (o.value(u"version"_s).toInt() != 1)
        r.fail(u"version"_s,
               QCoreApplication::translate(
                   "ik::eval::EvalSet", "version %1 is not known to this build; it reads version 1")
                   .arg(o.value(u"version"_s).toVariant().toString()));
    set.name = o.value(u"name"_s).toString();
    r.readPrompt(o.value(u"prompt"_s));
    r.readWorkloads(o.value(u"workloads"_s));
    r.readAssertions(o.value(u"assertions"_s), u"assertions"_s, 0, &set.assertions);
    QList<Issue> errors = r.errors;
    Reader rows(path, &set);
    rows.readRows(o.value(u"dataset"_s));
    errors.append(rows.errors);
    if (set.dataPath.isEmpty())
        readReservedColumns(&set, path, &errors);
    if (errors.isEmpty() && set.rows.isEmpty())
        errors.append({path, 0, u"dataset"_s,
                       QCoreApplication::translate("ik::eval::EvalSet", "holds no rows")});
    if (!errors.isEmpty())
        return {std::nullopt, errors};
    return {set, {}};
}

} // namespace ik::eval
