// The embedding inspector's input loaders: .txt, .csv (RFC 4180) and .jsonl.
#include "embedmath.h"
#include "jsonlines.h"

#include <QCoreApplication>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>

namespace ik::embed {

namespace {

QString decode(const QByteArray& data) {
    QString s = QString::fromUtf8(data);
    if (s.startsWith(QChar(0xfeff)))
        s.remove(0, 1);
    return s;
}

Inputs failure(int line, const QString& message) {
    Inputs in;
    in.errorLine = line;
    in.error = line > 0 ? QCoreApplication::translate("ik::EmbeddingInputs", "line %1: %2")
                              .arg(line)
                              .arg(message)
                        : message;
    return in;
}

Inputs finish(Inputs in, bool withLabels) {
    if (in.texts.isEmpty())
        return failure(
            0, QCoreApplication::translate("ik::EmbeddingInputs", "the file holds no inputs"));
    if (!withLabels || std::all_of(in.labels.begin(), in.labels.end(),
                                   [](const QString& l) { return l.isEmpty(); }))
        in.labels.clear();
    return in;
}

const QStringList kTextNames = {QStringLiteral("text"),    QStringLiteral("sentence"),
                                QStringLiteral("input"),   QStringLiteral("document"),
                                QStringLiteral("content"), QStringLiteral("query")};
const QStringList kLabelNames = {QStringLiteral("label"), QStringLiteral("category"),
                                 QStringLiteral("class"), QStringLiteral("tag"),
                                 QStringLiteral("group")};

struct CsvRow {
    QStringList fields;
    int line = 0;
};

// RFC 4180 fields and rows, one character at a time; each row keeps its line for the errors.
class CsvScanner {
public:
    explicit CsvScanner(const QString& s) : m_s(s) { m_row.line = 1; }

    // False at the first malformed field; failure() then says what and where.
    bool scan() {
        for (m_p = 0; m_p < m_s.size(); ++m_p) {
            const QChar c = m_s[m_p];
            if (m_quoted)
                quotedChar(c);
            else if (!plainChar(c))
                return false;
        }
        if (m_quoted)
            return fail(m_quoteLine,
                        QCoreApplication::translate("ik::EmbeddingInputs",
                                                    "a quoted field opened here is never closed"));
        if (m_fieldStarted || m_afterQuote || !m_row.fields.isEmpty())
            endRow();
        return true;
    }
    const Inputs& failure() const { return m_failure; }
    QList<CsvRow> takeRows() { return std::move(m_rows); }

private:
    bool nextIs(QChar c) const { return m_p + 1 < m_s.size() && m_s[m_p + 1] == c; }

    bool fail(int line, const QString& message) {
        m_failure = ik::embed::failure(line, message);
        return false;
    }

    void endField() {
        m_row.fields.append(m_field);
        m_field.clear();
        m_afterQuote = false;
        m_fieldStarted = false;
    }
    void endRow() {
        endField();
        m_rows.append(m_row);
        m_row = CsvRow();
        m_row.line = m_line;
    }

    void quotedChar(QChar c) {
        if (c == u'"') {
            if (nextIs(u'"')) {
                m_field += u'"';
                ++m_p;
            } else {
                m_quoted = false;
                m_afterQuote = true;
            }
            return;
        }
        if (c == u'\n')
            ++m_line;
        m_field += c;
    }

    bool plainChar(QChar c) {
        if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && nextIs(u'\n'))
                ++m_p;
            ++m_line;
            endRow();
        } else if (c == u'"') {
            return openQuote();
        } else if (m_afterQuote && (c == u' ' || c == u'\t')) {
            return true; // spaces after a closing quote
        } else {
            if (m_afterQuote)
                return fail(m_line,
                            QCoreApplication::translate("ik::EmbeddingInputs",
                                                        "text after the closing quote of a field; "
                                                        "the comma is missing?"));
            m_field += c;
            m_fieldStarted = true;
        }
        return true;
    }

    bool openQuote() {
        // Spaces before an opening quote are tolerated (spreadsheets write them).
        if (m_fieldStarted && m_field.trimmed().isEmpty() && !m_afterQuote) {
            m_field.clear();
            m_fieldStarted = false;
        }
        if (m_afterQuote || m_fieldStarted)
            return fail(m_line,
                        QCoreApplication::translate("ik::EmbeddingInputs",
                                                    "a quote inside an unquoted field; quote the "
                                                    "whole field and double the quote (\"\")"));
        m_quoted = true;
        m_quoteLine = m_line;
        return true;
    }

    const QString& m_s;
    qsizetype m_p = 0;
    QList<CsvRow> m_rows;
    CsvRow m_row;
    QString m_field;
    Inputs m_failure;
    int m_line = 1;
    int m_quoteLine = 0;
    bool m_quoted = false;     // inside a quoted field
    bool m_afterQuote = false; // a quoted field just closed
    bool m_fieldStarted = false;
};

// Rows whose fields are all blank are spacing, not inputs.
void dropBlankRows(QList<CsvRow>& rows) {
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const CsvRow& r) {
                                  return std::all_of(
                                      r.fields.begin(), r.fields.end(),
                                      [](const QString& f) { return f.trimmed().isEmpty(); });
                              }),
               rows.end());
}

struct CsvColumns {
    int text = 0;
    int label = -1;
    qsizetype firstRow = 0; // 1 when the first row is a header
};

// A first row that names a text column is a header; without one the text is the first column
// and the label the second.
CsvColumns csvColumns(const QStringList& head) {
    CsvColumns cols;
    int found = -1;
    for (int c = 0; c < int(head.size()) && found < 0; ++c)
        if (kTextNames.contains(head[c].trimmed().toLower()))
            found = c;
    if (found >= 0) {
        cols.text = found;
        cols.firstRow = 1;
        for (int c = 0; c < int(head.size()) && cols.label < 0; ++c)
            if (c != cols.text && kLabelNames.contains(head[c].trimmed().toLower()))
                cols.label = c;
    } else if (head.size() >= 2) {
        cols.label = 1;
    }
    return cols;
}

Inputs csvInputs(const QList<CsvRow>& rows, const CsvColumns& cols) {
    Inputs in;
    for (qsizetype r = cols.firstRow; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (cols.text >= row.fields.size())
            return failure(row.line,
                           QCoreApplication::translate("ik::EmbeddingInputs",
                                                       "no text column %1: the row has %2 field(s)")
                               .arg(cols.text + 1)
                               .arg(row.fields.size()));
        const QString text = row.fields[cols.text].trimmed();
        if (text.isEmpty())
            return failure(row.line, QCoreApplication::translate("ik::EmbeddingInputs",
                                                                 "the text (column %1) is empty")
                                         .arg(cols.text + 1));
        in.texts.append(text);
        in.labels.append(cols.label >= 0 && cols.label < row.fields.size()
                             ? row.fields[cols.label].trimmed()
                             : QString());
    }
    if (in.texts.isEmpty())
        return failure(0, QCoreApplication::translate("ik::EmbeddingInputs",
                                                      "the file holds a header and no inputs"));
    return finish(in, cols.label >= 0);
}

} // namespace

Inputs parseTxt(const QByteArray& data) {
    Inputs in;
    const QStringList lines = decode(data).split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            in.texts.append(line.trimmed());
    }
    return finish(in, false);
}

Inputs parseCsv(const QByteArray& data) {
    const QString s = decode(data);
    CsvScanner scanner(s);
    if (!scanner.scan())
        return scanner.failure();
    QList<CsvRow> rows = scanner.takeRows();
    dropBlankRows(rows);
    if (rows.isEmpty())
        return failure(
            0, QCoreApplication::translate("ik::EmbeddingInputs", "the file holds no inputs"));
    return csvInputs(rows, csvColumns(rows.first().fields));
}

// One input of a JSON line: its text (the first of kTextNames) and label; empty, or what is
// wrong with the line.
static QString jsonlInput(const QJsonObject& o, Inputs* in, bool* anyLabel) {
    QString textKey;
    for (const QString& k : kTextNames)
        if (o.contains(k)) {
            textKey = k;
            break;
        }
    if (textKey.isEmpty())
        return QCoreApplication::translate("ik::EmbeddingInputs",
                                           "no \"text\" field (also looked for %1)")
            .arg(kTextNames.mid(1).join(QStringLiteral(", ")));
    const QJsonValue tv = o.value(textKey);
    if (!tv.isString())
        return QCoreApplication::translate("ik::EmbeddingInputs", "\"%1\" must be a string")
            .arg(textKey);
    const QString text = tv.toString().trimmed();
    if (text.isEmpty())
        return QCoreApplication::translate("ik::EmbeddingInputs", "\"%1\" is empty").arg(textKey);
    QString label;
    for (const QString& k : kLabelNames) {
        const QJsonValue lv = o.value(k);
        if (lv.isUndefined() || lv.isNull())
            continue;
        if (lv.isObject() || lv.isArray())
            return QCoreApplication::translate("ik::EmbeddingInputs",
                                               "\"%1\" must be a string or a number")
                .arg(k);
        label = lv.isString() ? lv.toString() : lv.toVariant().toString();
        *anyLabel = true;
        break;
    }
    in->texts.append(text);
    in->labels.append(label.trimmed());
    return {};
}

Inputs parseJsonl(const QByteArray& data) {
    Inputs in;
    bool anyLabel = false;
    const JsonLinesError read =
        forEachJsonLine(data, QStringLiteral("{\"text\": \"...\"}"),
                        [&](int, const QJsonObject& o) { return jsonlInput(o, &in, &anyLabel); });
    if (!read.ok())
        return failure(read.line, read.error);
    return finish(in, anyLabel);
}

CsvRows readCsvRows(const QByteArray& data) {
    const QString s = decode(data);
    CsvScanner scanner(s);
    CsvRows out;
    if (!scanner.scan()) {
        out.error = scanner.failure().error;
        out.errorLine = scanner.failure().errorLine;
        return out;
    }
    QList<CsvRow> rows = scanner.takeRows();
    dropBlankRows(rows);
    for (CsvRow& r : rows) {
        out.rows.append(std::move(r.fields));
        out.lines.append(r.line);
    }
    return out;
}

Inputs loadInputs(const QString& path) {
    QFile f(path);
    const QString name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly))
        return failure(0, QCoreApplication::translate("ik::EmbeddingInputs", "cannot open %1: %2")
                              .arg(name, f.errorString()));
    const QByteArray data = f.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    Inputs in;
    if (suffix == u"csv")
        in = parseCsv(data);
    else if (suffix == u"jsonl" || suffix == u"ndjson")
        in = parseJsonl(data);
    else if (suffix == u"txt" || suffix.isEmpty())
        in = parseTxt(data);
    else
        return failure(0, QCoreApplication::translate(
                              "ik::EmbeddingInputs",
                              "%1: unknown kind of file; use .txt (one input per line), "
                              ".csv or .jsonl")
                              .arg(name));
    if (!in.ok())
        in.error = name + QStringLiteral(", ") + in.error;
    return in;
}

} // namespace ik::embed
