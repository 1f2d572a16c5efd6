// Dataset files (CSV, JSONL), templating and its checks, and what one row sends.
#include "evalset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik::eval {

namespace {

const QRegularExpression& placeholderRe() {
    static const QRegularExpression re(u"\\{\\{\\s*([^{}]*?)\\s*\\}\\}"_s);
    return re;
}

// One CSV record from `pos` on (RFC 4180: quoted fields may hold commas, quotes and newlines);
// false at the end of the text. *line counts the lines consumed, for messages.
bool csvRecord(QStringView text, qsizetype* pos, QStringList* fields, QString* error) {
    fields->clear();
    if (*pos >= text.size())
        return false;
    QString field;
    bool quoted = false, wasQuoted = false;
    qsizetype i = *pos;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == u',') {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            ++i;
            break;
        } else {
            field += c;
        }
    }
    if (quoted)
        *error = QCoreApplication::translate("ik::eval::EvalSet",
                                             "a quoted field is never closed (a \" is missing)");
    fields->append(field);
    *pos = i;
    return true;
}

bool readCsv(const QString& text, const QString& path, EvalSet* set, QList<Issue>* errors) {
    qsizetype pos = 0;
    QStringList header, fields;
    QString error;
    if (!csvRecord(text, &pos, &header, &error) || header.join(QString()).trimmed().isEmpty()) {
        errors->append(
            {path,
             0,
             {},
             QCoreApplication::translate("ik::eval::EvalSet",
                                         "the CSV file has no header line naming its columns")});
        return false;
    }
    for (QString& h : header)
        h = h.trimmed();
    int row = 0;
    while (csvRecord(text, &pos, &fields, &error)) {
        if (fields.size() == 1 && fields[0].trimmed().isEmpty())
            continue; // a blank line
        ++row;
        if (!error.isEmpty()) {
            errors->append({path, row, {}, error});
            return false;
        }
        if (fields.size() != header.size()) {
            errors->append({path,
                            row,
                            {},
                            QCoreApplication::translate(
                                "ik::eval::EvalSet",
                                "has %1 fields where the header names %2 columns (a comma inside a "
                                "value needs the value in double quotes)")
                                .arg(fields.size())
                                .arg(header.size())});
            continue;
        }
        QJsonObject vars;
        for (qsizetype i = 0; i < header.size(); ++i)
            vars[header[i]] = fields[i];
        set->rows.append(Row(vars));
    }
    return true;
}

bool readJsonl(const QByteArray& bytes, const QString& path, EvalSet* set, QList<Issue>* errors) {
    int row = 0;
    // Line by line in place: a split would hold a second copy of the whole file.
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        const QByteArray line = bytes.sliced(start, end - start);
        start = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        ++row;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            errors->append({path,
                            row,
                            {},
                            pe.error != QJsonParseError::NoError
                                ? QCoreApplication::translate("ik::eval::EvalSet",
                                                              "is not JSON: %1 at byte %2")
                                      .arg(pe.errorString())
                                      .arg(pe.offset + 1)
                                : QCoreApplication::translate(
                                      "ik::eval::EvalSet", "is not a JSON object of variables")});
            continue;
        }
        set->rows.append(Row(doc.object()));
    }
    return true;
}

void collectPlaceholders(const QString& text, QStringList* out) {
    for (const QString& p : placeholders(text))
        if (!out->contains(p))
            out->append(p);
}

} // namespace

bool readDataset(const QString& path, EvalSet* set, QList<Issue>* errors) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors->append(
            {path,
             0,
             {},
             QCoreApplication::translate("ik::eval::EvalSet", "cannot read the dataset: %1")
                 .arg(f.errorString())});
        return false;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const qsizetype before = errors->size();
    if (suffix == u"csv"_s)
        readCsv(QString::fromUtf8(f.readAll()), path, set, errors);
    else if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        readJsonl(f.readAll(), path, set, errors);
    else
        errors->append({path,
                        0,
                        {},
                        QCoreApplication::translate("ik::eval::EvalSet",
                                                    "a dataset is a .csv or .jsonl file, not .%1")
                            .arg(suffix)});
    if (errors->size() == before)
        readReservedColumns(set, path, errors);
    return errors->size() == before;
}

QStringList placeholders(const QString& text) {
    QStringList names;
    for (auto it = placeholderRe().globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QString render(const QString& text, const QJsonObject& vars) {
    QString out;
    qsizetype last = 0;
    for (auto it = placeholderRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart() - last);
        const QJsonValue v = vars.value(m.captured(1));
        if (v.isString())
            out += v.toString();
        else if (v.isDouble() || v.isBool())
            out += v.toVariant().toString();
        else if (v.isArray() || v.isObject())
            out += QString::fromUtf8(
                QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
        last = m.capturedEnd();
    }
    out += QStringView(text).sliced(last);
    return out;
}

TemplateCheck checkTemplates(const EvalSet& set) {
    TemplateCheck check;
    QStringList used; // placeholders every row must fill
    for (const Message& m : set.messages)
        collectPlaceholders(m.content, &used);
    auto assertionTexts = [](const Assertion& a, QStringList* out) {
        for (const QString* t : {&a.value, &a.pattern, &a.rubric})
            collectPlaceholders(*t, out);
    };
    for (const Assertion& a : set.assertions)
        assertionTexts(a, &used);
    const QString file = set.dataPath.isEmpty() ? set.path : set.dataPath;
    QStringList read = used;
    for (qsizetype i = 0; i < set.rows.size(); ++i) {
        const QJsonObject vars = set.rows[i].vars();
        QStringList needed = used;
        for (const Assertion& a : set.rows[i].assertions)
            assertionTexts(a, &needed);
        for (const QString& name : std::as_const(needed))
            if (!vars.contains(name))
                check.errors.append(
                    {file, int(i) + 1, name,
                     QCoreApplication::translate(
                         "ik::eval::EvalSet",
                         "the template uses {{%1}} but this row has no \"%1\" (columns: %2)")
                         .arg(name, vars.keys().join(u", "_s))});
        for (const QString& name : std::as_const(needed))
            if (!read.contains(name))
                read << name; // a column only a row's own assertion reads is still read
    }
    read << u"expected"_s << u"assert"_s << u"fault"_s;
    for (const WorkloadUse& w : set.workloads)
        if (!w.imagesColumn.isEmpty()) {
            read << w.imagesColumn;
            if (!set.columns.contains(w.imagesColumn))
                check.errors.append({set.path, 0, u"images_column"_s,
                                     QCoreApplication::translate(
                                         "ik::eval::EvalSet",
                                         "names the column \"%1\", which the dataset does not have")
                                         .arg(w.imagesColumn)});
        }
    for (const QString& column : set.columns)
        if (!read.contains(column))
            check.warnings.append({file, 0, column,
                                   QCoreApplication::translate(
                                       "ik::eval::EvalSet",
                                       "the column \"%1\" is never used: no {{%1}} in the prompt "
                                       "or an assertion")
                                       .arg(column)});
    return check;
}

ChatRequest requestFor(const EvalSet& set, const Row& row, const WorkloadUse& use) {
    ChatRequest r;
    const QJsonObject vars = row.vars();
    for (const Message& m : set.messages)
        r.messages.append(ChatMessage(m.role, render(m.content, vars)));
    r.params = use.params;
    r.tools = use.tools;
    r.toolChoice = use.toolChoice;
    r.responseFormat = use.responseFormat;
    return r;
}

QStringList imagesFor(const EvalSet& set, const Row& row, const WorkloadUse& use) {
    QStringList paths;
    if (use.imagesColumn.isEmpty())
        return paths;
    const QDir base(set.baseDir());
    for (const QString& p :
         row.vars().value(use.imagesColumn).toString().split(u'|', Qt::SkipEmptyParts))
        paths << base.absoluteFilePath(p.trimmed());
    return paths;
}

QList<Assertion> assertionsFor(const EvalSet& set, const Row& row) {
    QList<Assertion> all = set.assertions + row.assertions;
    const QJsonObject vars = row.vars();
    for (Assertion& a : all) {
        a.value = render(a.value, vars);
        a.pattern = render(a.pattern, vars);
        a.rubric = render(a.rubric, vars);
        if (a.useExpected)
            a.value = row.expected;
    }
    return all;
}

} // namespace ik::eval
