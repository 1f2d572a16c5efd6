#include "retrievalset.h"

#include "embedmath.h"
#include "jsonlines.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

namespace ik::retrieval {

using namespace Qt::Literals::StringLiterals;

namespace {

template <typename T> T failure(int line, const QString& message) {
    T out;
    out.errorLine = line;
    out.error = line > 0 ? QCoreApplication::translate("ik::retrieval::RetrievalSet", "line %1: %2")
                               .arg(line)
                               .arg(message)
                         : message;
    return out;
}

// An error whose message already says its line.
template <typename T> T carried(const QString& error, int line) {
    T out;
    out.error = error;
    out.errorLine = line;
    return out;
}

// The index of the first header cell named one of `names` (case and spaces ignored), else -1.
int column(const QStringList& header, const QStringList& names) {
    for (int c = 0; c < int(header.size()); ++c)
        if (names.contains(header[c].trimmed().toLower()))
            return c;
    return -1;
}

QString field(const QStringList& row, int c) {
    return c >= 0 && c < row.size() ? row[c].trimmed() : QString();
}

QString headerList(const QStringList& header) {
    QStringList named;
    for (const QString& h : header)
        named.append(u"\"%1\""_s.arg(h.trimmed()));
    return named.join(u", "_s);
}

// A JSON scalar as text: ids may be written as numbers.
bool scalarText(const QJsonValue& v, QString* out) {
    if (v.isString())
        *out = v.toString().trimmed();
    else if (v.isDouble())
        *out = QString::number(v.toDouble(), 'g', 17);
    else
        return false;
    return true;
}

// Appends one document; a message (without the line) when it cannot be.
QString addDocument(Documents* docs, const QString& id, const QString& text, const QString& label) {
    if (id.isEmpty())
        return QCoreApplication::translate(
            "ik::retrieval::RetrievalSet",
            "the document has no id; give every document a unique id");
    if (text.isEmpty())
        return QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                           "document \"%1\" has no text")
            .arg(id);
    if (docs->row.contains(id))
        return QCoreApplication::translate(
                   "ik::retrieval::RetrievalSet",
                   "duplicate document id \"%1\" (first used by document %2); ids must be unique")
            .arg(id)
            .arg(docs->row.value(id) + 1);
    docs->row.insert(id, int(docs->items.size()));
    docs->items.append({id, text, label});
    return {};
}

Documents finishDocuments(Documents docs) {
    if (docs.items.isEmpty())
        return failure<Documents>(0, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                                 "the file holds no documents"));
    return docs;
}

// The JSON lines of a file: (line number, object) pairs, or the first line that is not one.
struct JsonLines {
    QList<QPair<int, QJsonObject>> objects;
    QString error;
    int errorLine = 0;
};

JsonLines jsonLines(const QByteArray& data, const QString& example) {
    JsonLines out;
    const JsonLinesError read =
        forEachJsonLine(data, example, [&out](int line, const QJsonObject& o) {
            out.objects.append({line, o});
            return QString();
        });
    out.error = read.error;
    out.errorLine = read.line;
    return out;
}

const QString kDocumentExample = u"{\"id\": \"d1\", \"text\": \"...\"}"_s;
const QString kQueryExample = u"{\"query\": \"...\", \"relevant\": [\"d1\", \"d7:2\"]}"_s;
const QStringList kIdNames = {u"id"_s, u"doc_id"_s, u"docid"_s, u"document_id"_s};
const QStringList kTextNames = {u"text"_s, u"document"_s, u"content"_s, u"passage"_s};
const QStringList kLabelNames = {u"label"_s, u"category"_s, u"class"_s, u"topic"_s};
const QStringList kQueryNames = {u"query"_s, u"question"_s, u"text"_s};
const QStringList kRelevantNames = {u"relevant"_s, u"relevant_ids"_s, u"qrels"_s};

// ---- judgements ----

QString gradeProblem(const QString& id, const QString& written) {
    return QCoreApplication::translate(
               "ik::retrieval::RetrievalSet",
               "bad grade \"%1\" for \"%2\": a grade is a number above 0 and at most %3 (write "
               "id:grade, like %2:2, or the id alone for grade 1)")
        .arg(written, id)
        .arg(kMaxGrade);
}

bool gradeOk(double grade) {
    return std::isfinite(grade) && grade > 0 && grade <= kMaxGrade;
}

QString sampleIds(const Documents& docs) {
    QStringList first;
    for (int i = 0; i < int(docs.items.size()) && i < 3; ++i)
        first.append(docs.items[i].id);
    return first.join(u", "_s) + (docs.items.size() > 3 ? u", ..."_s : QString());
}

// Adds one judgement; a message when the id is unknown or repeated.
QString judge(Judgements* relevant, const QString& id, double grade, const Documents& docs) {
    if (id.isEmpty())
        return QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                           "an empty relevant id (two separators in a row?)");
    if (!docs.contains(id))
        return QCoreApplication::translate(
                   "ik::retrieval::RetrievalSet",
                   "relevant id \"%1\" is not a document's id (the documents' ids are %2); fix the "
                   "id or add that document")
            .arg(id, sampleIds(docs));
    if (relevant->contains(id))
        return QCoreApplication::translate(
                   "ik::retrieval::RetrievalSet",
                   "relevant id \"%1\" is listed twice; list it once, with its grade")
            .arg(id);
    relevant->insert(id, grade);
    return {};
}

// "d7" or "d7:3". An id holding a colon is taken whole when it names a document.
QString judgeToken(Judgements* relevant, const QString& token, const Documents& docs) {
    const QString t = token.trimmed();
    const qsizetype colon = t.lastIndexOf(u':');
    if (colon < 0 || docs.contains(t))
        return judge(relevant, t, 1, docs);
    const QString id = t.left(colon).trimmed();
    const QString written = t.mid(colon + 1).trimmed();
    bool ok = false;
    const double grade = written.toDouble(&ok);
    if (!ok || !gradeOk(grade))
        return gradeProblem(id, written);
    return judge(relevant, id, grade, docs);
}

QString judgeJsonItem(Judgements* relevant, const QJsonValue& item, const Documents& docs) {
    if (item.isObject()) {
        const QJsonObject o = item.toObject();
        QString id;
        if (!scalarText(o.value(u"id"), &id))
            return QCoreApplication::translate(
                "ik::retrieval::RetrievalSet",
                "a relevant item {...} needs an \"id\" (and optionally a \"grade\")");
        const QJsonValue g = o.contains(u"grade") ? o.value(u"grade") : o.value(u"relevance");
        if (g.isUndefined() || g.isNull())
            return judge(relevant, id, 1, docs);
        if (!g.isDouble() || !gradeOk(g.toDouble()))
            return gradeProblem(id, g.toVariant().toString());
        return judge(relevant, id, g.toDouble(), docs);
    }
    QString token;
    if (!scalarText(item, &token))
        return QCoreApplication::translate(
            "ik::retrieval::RetrievalSet",
            "a relevant item must be an id, \"id:grade\" or {\"id\", \"grade\"}");
    return item.isDouble() ? judge(relevant, token, 1, docs) : judgeToken(relevant, token, docs);
}

QString judgeJson(Judgements* relevant, const QJsonValue& v, const Documents& docs) {
    if (v.isArray()) {
        for (const QJsonValue& item : v.toArray())
            if (const QString e = judgeJsonItem(relevant, item, docs); !e.isEmpty())
                return e;
        return {};
    }
    if (v.isObject()) { // {"d1": 1, "d7": 3}
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isDouble() || !gradeOk(it.value().toDouble()))
                return gradeProblem(it.key(), it.value().toVariant().toString());
            if (const QString e = judge(relevant, it.key(), it.value().toDouble(), docs);
                !e.isEmpty())
                return e;
        }
        return {};
    }
    if (v.isString()) { // "d1;d7:3", as in CSV
        for (const QString& token : v.toString().split(u';', Qt::SkipEmptyParts))
            if (const QString e = judgeToken(relevant, token, docs); !e.isEmpty())
                return e;
        return {};
    }
    return QCoreApplication::translate(
        "ik::retrieval::RetrievalSet",
        "\"relevant\" must be a list of ids, like [\"d1\", \"d7:2\"]");
}

// Appends the query; a message when it is empty, judges nothing or reuses an id (results are
// reported by query id). `lines` maps the ids taken so far to their lines.
QString addQuery(Queries* queries, Query q, QHash<QString, int>* lines) {
    if (q.text.isEmpty())
        return QCoreApplication::translate(
            "ik::retrieval::RetrievalSet",
            "the query is empty; write its text, or remove the line");
    if (q.relevant.isEmpty())
        return QCoreApplication::translate(
                   "ik::retrieval::RetrievalSet",
                   "query \"%1\" lists no relevant document; give at least one id in relevant")
            .arg(q.text.left(60));
    if (q.id.isEmpty())
        q.id = QString::number(queries->items.size() + 1);
    if (lines->contains(q.id))
        return QCoreApplication::translate(
                   "ik::retrieval::RetrievalSet",
                   "duplicate query id \"%1\" (first used on line %2); query ids must be unique")
            .arg(q.id)
            .arg(lines->value(q.id));
    lines->insert(q.id, q.line);
    queries->items.append(std::move(q));
    return {};
}

Queries finishQueries(Queries queries) {
    if (queries.items.isEmpty())
        return failure<Queries>(0, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                               "the file holds no queries"));
    return queries;
}

template <typename T> T prefixed(T result, const QString& path) {
    if (!result.ok())
        result.error = QFileInfo(path).fileName() + u", "_s + result.error;
    return result;
}

bool readFile(const QString& path, QByteArray* data, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ik::retrieval::RetrievalSet", "cannot open %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    *data = f.readAll();
    return true;
}

} // namespace

QStringList Documents::texts() const {
    QStringList out;
    out.reserve(items.size());
    for (const Document& d : items)
        out.append(d.text);
    return out;
}

QStringList Documents::ids() const {
    QStringList out;
    out.reserve(items.size());
    for (const Document& d : items)
        out.append(d.id);
    return out;
}

// ---- documents ----

Documents parseDocumentsCsv(const QByteArray& data) {
    const embed::CsvRows csv = embed::readCsvRows(data);
    if (!csv.ok())
        return carried<Documents>(csv.error, csv.errorLine);
    if (csv.rows.isEmpty())
        return failure<Documents>(0, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                                 "the file holds no documents"));
    const QStringList& header = csv.rows.first();
    const int idCol = column(header, kIdNames), textCol = column(header, kTextNames);
    const int labelCol = column(header, kLabelNames);
    if (idCol < 0 || textCol < 0)
        return failure<Documents>(
            csv.lines.first(),
            QCoreApplication::translate(
                "ik::retrieval::RetrievalSet",
                "missing column \"%1\": the header has %2; the first row must name the columns, "
                "like id,text,label")
                .arg(idCol < 0 ? u"id"_s : u"text"_s, headerList(header)));
    Documents docs;
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        const QString e =
            addDocument(&docs, field(row, idCol), field(row, textCol), field(row, labelCol));
        if (!e.isEmpty())
            return failure<Documents>(csv.lines[r], e);
    }
    return finishDocuments(docs);
}

Documents parseDocumentsJsonl(const QByteArray& data) {
    const JsonLines lines = jsonLines(data, kDocumentExample);
    if (!lines.error.isEmpty())
        return failure<Documents>(lines.errorLine, lines.error);
    Documents docs;
    for (const auto& [line, o] : lines.objects) {
        QString id, text, label;
        const int idKey = column(o.keys(), kIdNames), textKey = column(o.keys(), kTextNames);
        if (idKey < 0 || textKey < 0)
            return failure<Documents>(
                line,
                QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                            "missing field \"%1\"; write each document like %2")
                    .arg(idKey < 0 ? u"id"_s : u"text"_s, kDocumentExample));
        if (!scalarText(o.value(o.keys()[idKey]), &id))
            return failure<Documents>(
                line, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                  "\"id\" must be a string or a number"));
        if (!o.value(o.keys()[textKey]).isString())
            return failure<Documents>(line,
                                      QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                                  "\"text\" must be a string"));
        text = o.value(o.keys()[textKey]).toString().trimmed();
        if (const int l = column(o.keys(), kLabelNames); l >= 0)
            scalarText(o.value(o.keys()[l]), &label);
        if (const QString e = addDocument(&docs, id, text, label); !e.isEmpty())
            return failure<Documents>(line, e);
    }
    return finishDocuments(docs);
}

Documents parseDocumentsTxt(const QByteArray& data) {
    QString s = QString::fromUtf8(data);
    if (s.startsWith(QChar(0xfeff)))
        s.remove(0, 1);
    const QStringList lines = s.split(u'\n');
    Documents docs;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QString text = lines[l].trimmed();
        if (!text.isEmpty())
            addDocument(&docs, QString::number(l + 1), text, {});
    }
    return finishDocuments(docs);
}

Documents loadDocuments(const QString& path) {
    QByteArray data;
    QString error;
    if (!readFile(path, &data, &error))
        return failure<Documents>(0, error);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return prefixed(parseDocumentsCsv(data), path);
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return prefixed(parseDocumentsJsonl(data), path);
    if (suffix == u"txt")
        return prefixed(parseDocumentsTxt(data), path);
    return failure<Documents>(
        0,
        QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                    "%1: unknown kind of file; documents are .csv (id,text,label), "
                                    ".jsonl or .txt (one per line, ids = line numbers)")
            .arg(QFileInfo(path).fileName()));
}

// ---- queries ----

Queries parseQueriesCsv(const QByteArray& data, const Documents& documents) {
    const embed::CsvRows csv = embed::readCsvRows(data);
    if (!csv.ok())
        return carried<Queries>(csv.error, csv.errorLine);
    if (csv.rows.isEmpty())
        return failure<Queries>(0, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                               "the file holds no queries"));
    const QStringList& header = csv.rows.first();
    const int queryCol = column(header, kQueryNames);
    const int relevantCol = column(header, kRelevantNames);
    const int idCol = column(header, kIdNames);
    if (queryCol < 0 || relevantCol < 0)
        return failure<Queries>(
            csv.lines.first(),
            QCoreApplication::translate(
                "ik::retrieval::RetrievalSet",
                "missing column \"%1\": the header has %2; the first row must name the columns, "
                "like id,query,relevant (relevant as d1;d7:2)")
                .arg(queryCol < 0 ? u"query"_s : u"relevant"_s, headerList(header)));
    Queries queries;
    QHash<QString, int> ids; // query id -> line
    for (qsizetype r = 1; r < csv.rows.size(); ++r) {
        const QStringList& row = csv.rows[r];
        Query q{field(row, idCol), field(row, queryCol), {}, csv.lines[r]};
        QString e;
        for (const QString& token : field(row, relevantCol).split(u';', Qt::SkipEmptyParts))
            if (e.isEmpty() && !token.trimmed().isEmpty())
                e = judgeToken(&q.relevant, token, documents);
        if (e.isEmpty())
            e = addQuery(&queries, std::move(q), &ids);
        if (!e.isEmpty())
            return failure<Queries>(csv.lines[r], e);
    }
    return finishQueries(queries);
}

Queries parseQueriesJsonl(const QByteArray& data, const Documents& documents) {
    const JsonLines lines = jsonLines(data, kQueryExample);
    if (!lines.error.isEmpty())
        return failure<Queries>(lines.errorLine, lines.error);
    Queries queries;
    QHash<QString, int> ids; // query id -> line
    for (const auto& [line, o] : lines.objects) {
        const QStringList keys = o.keys();
        const int queryKey = column(keys, kQueryNames), relevantKey = column(keys, kRelevantNames);
        if (queryKey < 0 || relevantKey < 0)
            return failure<Queries>(
                line, QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                  "missing field \"%1\"; write each query like %2")
                          .arg(queryKey < 0 ? u"query"_s : u"relevant"_s, kQueryExample));
        const QJsonValue text = o.value(keys[queryKey]);
        if (!text.isString())
            return failure<Queries>(line,
                                    QCoreApplication::translate("ik::retrieval::RetrievalSet",
                                                                "\"query\" must be a string"));
        Query q{{}, text.toString().trimmed(), {}, line};
        if (const int idKey = column(keys, kIdNames); idKey >= 0)
            scalarText(o.value(keys[idKey]), &q.id);
        QString e = judgeJson(&q.relevant, o.value(keys[relevantKey]), documents);
        if (e.isEmpty())
            e = addQuery(&queries, std::move(q), &ids);
        if (!e.isEmpty())
            return failure<Queries>(line, e);
    }
    return finishQueries(queries);
}

Queries loadQueries(const QString& path, const Documents& documents) {
    QByteArray data;
    QString error;
    if (!readFile(path, &data, &error))
        return failure<Queries>(0, error);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv")
        return prefixed(parseQueriesCsv(data, documents), path);
    if (suffix == u"jsonl" || suffix == u"ndjson")
        return prefixed(parseQueriesJsonl(data, documents), path);
    return failure<Queries>(0, QCoreApplication::translate(
                                   "ik::retrieval::RetrievalSet",
                                   "%1: unknown kind of file; queries are .csv (query,relevant) or "
                                   ".jsonl")
                                   .arg(QFileInfo(path).fileName()));
}

} // namespace ik::retrieval
