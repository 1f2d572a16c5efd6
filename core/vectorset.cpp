// Loaders for vectors made elsewhere (.npy, JSONL, Embedding Projector TSVs) into one block.
#include "vectorset.h"

#include "jsonlines.h"
#include "npy.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace ik::embed {

using namespace Qt::Literals::StringLiterals;

VectorSet VectorSet::fromValues(int rows, int dim, std::vector<float> values) {
    VectorSet s;
    auto owner = std::make_shared<std::vector<float>>(std::move(values));
    s.m_rows = rows;
    s.m_dim = dim;
    s.m_values = std::shared_ptr<const float>(owner, owner->data());
    return s;
}

VectorSet VectorSet::fromView(int rows, int dim, const float* values,
                              std::shared_ptr<const void> keeper) {
    VectorSet s;
    s.m_rows = rows;
    s.m_dim = dim;
    s.m_values = std::shared_ptr<const float>(std::move(keeper), values);
    return s;
}

Vectors toVectors(const VectorSet& set) {
    Vectors out;
    out.reserve(set.rows());
    for (int i = 0; i < set.rows(); ++i)
        out.append(QVector<float>(set.row(i), set.row(i) + set.dim()));
    return out;
}

VectorSet fromVectors(const Vectors& vectors) {
    const int dim = vectors.isEmpty() ? 0 : int(vectors.first().size());
    std::vector<float> values;
    values.reserve(std::size_t(vectors.size()) * std::size_t(dim));
    for (const QVector<float>& v : vectors)
        values.insert(values.end(), v.cbegin(), v.cbegin() + std::min<qsizetype>(v.size(), dim));
    values.resize(std::size_t(vectors.size()) * std::size_t(dim));
    return VectorSet::fromValues(int(vectors.size()), dim, std::move(values));
}

namespace {

const QStringList kTextNames = {u"text"_s,     u"sentence"_s, u"input"_s,
                                u"document"_s, u"content"_s,  u"query"_s};
const QStringList kLabelNames = {u"label"_s, u"category"_s, u"class"_s, u"tag"_s, u"group"_s};

VectorLoad failure(const QString& name, const QString& message) {
    VectorLoad out;
    out.error = QCoreApplication::translate("ik::embed::VectorSet", "%1: %2").arg(name, message);
    return out;
}

// The first NaN or infinity, as "row, column" of a rows x dim block; -1 when all are finite.
qsizetype firstNonFinite(const std::vector<float>& values) {
    for (size_t i = 0; i < values.size(); ++i)
        if (!std::isfinite(values[i]))
            return qsizetype(i);
    return -1;
}

QString nonFiniteMessage(float v, const QString& where, qsizetype column) {
    return QCoreApplication::translate(
               "ik::embed::VectorSet",
               "%1, column %2 is %3; every value must be a finite number: drop or fix that row "
               "(numpy: np.nan_to_num) and save again")
        .arg(where)
        .arg(column)
        .arg(std::isnan(v) ? u"NaN"_s : u"infinite"_s);
}

QString shapeText(const QList<qint64>& dims) {
    QStringList parts;
    for (qint64 d : dims)
        parts.append(QString::number(d));
    return u"("_s + parts.join(u", "_s) + (dims.size() == 1 ? u",)"_s : u")"_s);
}

// Why an .npy header cannot be a set of vectors, or empty when it can.
QString npyHeaderProblem(const NpyHeader& h) {
    if (!h.ok())
        return h.error;
    if (h.fortranOrder)
        return QCoreApplication::translate(
            "ik::embed::VectorSet",
            "the array is stored in Fortran (column-major) order; save it in C order: "
            "np.save(path, np.ascontiguousarray(a))");
    if (h.descr != "<f4" && h.descr != "<f8")
        return QCoreApplication::translate(
                   "ik::embed::VectorSet",
                   "the values are %1, not little-endian float32 or float64; convert them: "
                   "np.save(path, a.astype('<f4'))")
            .arg(QString::fromLatin1(h.descr));
    if (h.dims.size() != 2)
        return QCoreApplication::translate(
                   "ik::embed::VectorSet",
                   "the array has shape %1; it must be 2-D, one row per vector (n, d): "
                   "np.save(path, a.reshape(n, -1))")
            .arg(shapeText(h.dims));
    if (h.dims[0] == 0 || h.dims[1] == 0)
        return QCoreApplication::translate("ik::embed::VectorSet",
                                           "the array has shape %1 and holds no vectors")
            .arg(shapeText(h.dims));
    if (h.dims[0] > std::numeric_limits<int>::max() || h.dims[1] > (1 << 20))
        return QCoreApplication::translate("ik::embed::VectorSet",
                                           "the array has shape %1, too large to inspect")
            .arg(shapeText(h.dims));
    return {};
}

VectorLoad npyFromBytes(const char* bytes, qsizetype size, const QString& name) {
    if (size == 0)
        return failure(
            name, QCoreApplication::translate("ik::embed::VectorSet",
                                              "the file is empty; save an array with numpy.save"));
    const NpyHeader h = parseNpyHeader(bytes, size);
    if (const QString problem = npyHeaderProblem(h); !problem.isEmpty())
        return failure(name, problem);
    const int rows = int(h.dims[0]);
    const int dim = int(h.dims[1]);
    const int word = h.descr == "<f4" ? 4 : 8;
    const qint64 need = qint64(rows) * dim * word;
    const qint64 have = size - h.dataOffset;
    if (have != need)
        return failure(name,
                       QCoreApplication::translate(
                           "ik::embed::VectorSet",
                           "the header says shape %1 (%2 bytes of data) but the file holds %3 "
                           "bytes after it; the file is truncated or was not written by "
                           "numpy.save")
                           .arg(shapeText(h.dims))
                           .arg(need)
                           .arg(have));
    std::vector<float> values(size_t(rows) * size_t(dim));
    const char* p = bytes + h.dataOffset;
    if (word == 4) {
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = qFromLittleEndian<float>(p + 4 * i);
    } else {
        for (size_t i = 0; i < values.size(); ++i)
            values[i] = float(qFromLittleEndian<double>(p + 8 * i));
    }
    if (const qsizetype bad = firstNonFinite(values); bad >= 0)
        return failure(name, nonFiniteMessage(values[size_t(bad)],
                                              QCoreApplication::translate("ik::embed::VectorSet",
                                                                          "row %1 (a[%1])")
                                                  .arg(bad / dim),
                                              bad % dim));
    VectorLoad out;
    out.set = VectorSet::fromValues(rows, dim, std::move(values));
    return out;
}

QString stringOrNumber(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                        : QString::number(d);
    }
    return {};
}

// The value of the first of names the object holds, or an undefined value.
QJsonValue firstOf(const QJsonObject& o, const QStringList& names, QString* key) {
    for (const QString& k : names) {
        const QJsonValue v = o.value(k);
        if (!v.isUndefined() && !v.isNull()) {
            *key = k;
            return v;
        }
    }
    return QJsonValue(QJsonValue::Undefined);
}

struct JsonlRows {
    std::vector<float> values;
    int rows = 0, dim = 0, firstLine = 0;
    QStringList ids, texts, labels;
    bool anyId = false, anyText = false, anyLabel = false;
    QHash<QString, int> idLine;
    QList<int> lines; // the line of each row
};

// Reads one object into rows; the error (without the file name) when it cannot.
QString jsonlRow(const QJsonObject& o, int line, JsonlRows* r) {
    QString key;
    const QJsonValue vec = firstOf(o, {u"embedding"_s, u"vector"_s}, &key);
    if (!vec.isArray())
        return QCoreApplication::translate(
                   "ik::embed::VectorSet",
                   "line %1: no vector; put it in \"embedding\" (or \"vector\") as an array of "
                   "numbers")
            .arg(line);
    const QJsonArray a = vec.toArray();
    if (a.isEmpty())
        return QCoreApplication::translate("ik::embed::VectorSet",
                                           "line %1: \"%2\" is an empty array")
            .arg(line)
            .arg(key);
    if (r->rows == 0) {
        r->dim = int(a.size());
        r->firstLine = line;
    } else if (a.size() != r->dim) {
        return QCoreApplication::translate(
                   "ik::embed::VectorSet",
                   "line %1: \"%2\" has %3 values but line %4 has %5; every vector must have the "
                   "same length (ragged rows)")
            .arg(line)
            .arg(key)
            .arg(a.size())
            .arg(r->firstLine)
            .arg(r->dim);
    }
    for (qsizetype t = 0; t < a.size(); ++t) {
        if (!a[t].isDouble())
            return QCoreApplication::translate("ik::embed::VectorSet",
                                               "line %1: \"%2\" value %3 is not a number")
                .arg(line)
                .arg(key)
                .arg(t);
        r->values.push_back(float(a[t].toDouble()));
        if (!std::isfinite(r->values.back()))
            return nonFiniteMessage(
                r->values.back(),
                QCoreApplication::translate("ik::embed::VectorSet", "line %1").arg(line), t);
    }
    QString k;
    const QString id = stringOrNumber(firstOf(o, {u"id"_s}, &k));
    if (!id.isEmpty()) {
        if (const auto seen = r->idLine.constFind(id); seen != r->idLine.cend())
            return QCoreApplication::translate(
                       "ik::embed::VectorSet",
                       "line %1: id \"%2\" is already used on line %3; ids must be unique")
                .arg(line)
                .arg(id)
                .arg(*seen);
        r->idLine.insert(id, line);
        r->anyId = true;
    }
    const QString text = stringOrNumber(firstOf(o, kTextNames, &k));
    const QString label = stringOrNumber(firstOf(o, kLabelNames, &k));
    r->anyText = r->anyText || !text.isEmpty();
    r->anyLabel = r->anyLabel || !label.isEmpty();
    r->ids.append(id);
    r->texts.append(text);
    r->labels.append(label);
    r->lines.append(line);
    ++r->rows;
    return {};
}

// Lines without their line ends; the empty line after a final newline is not a line.
QList<QByteArray> textLines(const QByteArray& data) {
    QList<QByteArray> lines = data.split('\n');
    for (QByteArray& l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty() && lines.first().startsWith("\xef\xbb\xbf"))
        lines.first().remove(0, 3);
    return lines;
}

// One tab-separated value; false with *why when it is not a finite number.
bool tsvNumber(const QByteArray& field, float* v, QString* why) {
    const QByteArray t = field.trimmed();
    const char* b = t.constData();
    const char* e = b + t.size();
    if (b != e && *b == '+')
        ++b;
    const auto [end, ec] = std::from_chars(b, e, *v);
    if (t.isEmpty() || ec == std::errc::invalid_argument || end != e) {
        *why = QCoreApplication::translate("ik::embed::VectorSet", "\"%1\" is not a number")
                   .arg(QString::fromUtf8(t.left(40)));
        return false;
    }
    if (ec == std::errc::result_out_of_range) {
        *why = QCoreApplication::translate("ik::embed::VectorSet",
                                           "\"%1\" is outside the float32 range")
                   .arg(QString::fromUtf8(t.left(40)));
        return false;
    }
    return true;
}

VectorLoad projectorVectors(const QByteArray& data, const QString& name) {
    const QList<QByteArray> lines = textLines(data);
    if (lines.isEmpty())
        return failure(name, QCoreApplication::translate(
                                 "ik::embed::VectorSet",
                                 "the file is empty; write one vector per line, its values "
                                 "separated by tabs"));
    const int dim = int(lines.first().count('\t')) + 1;
    std::vector<float> values;
    values.reserve(size_t(lines.size()) * size_t(dim));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const int line = int(l) + 1;
        if (lines[l].trimmed().isEmpty())
            return failure(name, QCoreApplication::translate(
                                     "ik::embed::VectorSet",
                                     "line %1 is empty; every line must hold one vector (remove "
                                     "blank lines)")
                                     .arg(line));
        const QList<QByteArray> fields = lines[l].split('\t');
        if (fields.size() != dim)
            return failure(name, QCoreApplication::translate(
                                     "ik::embed::VectorSet",
                                     "line %1 has %2 values but line 1 has %3; every vector must "
                                     "have the same length (ragged rows)")
                                     .arg(line)
                                     .arg(fields.size())
                                     .arg(dim));
        for (qsizetype t = 0; t < fields.size(); ++t) {
            float v = 0;
            QString why;
            if (!tsvNumber(fields[t], &v, &why))
                return failure(name, QCoreApplication::translate("ik::embed::VectorSet",
                                                                 "line %1, column %2: %3%4")
                                         .arg(line)
                                         .arg(t)
                                         .arg(why)
                                         .arg(line == 1 ? QCoreApplication::translate(
                                                              "ik::embed::VectorSet",
                                                              "; the vectors file has no header "
                                                              "row (names go in the metadata file)")
                                                        : QString()));
            if (!std::isfinite(v))
                return failure(
                    name,
                    nonFiniteMessage(
                        v, QCoreApplication::translate("ik::embed::VectorSet", "line %1").arg(line),
                        t));
            values.push_back(v);
        }
    }
    VectorLoad out;
    out.set = VectorSet::fromValues(int(lines.size()), dim, std::move(values));
    return out;
}

struct MetaColumns {
    int text = -1, label = -1, id = -1;
};

MetaColumns metaColumns(const QList<QByteArray>& header) {
    MetaColumns c;
    QStringList names;
    for (const QByteArray& h : header)
        names.append(QString::fromUtf8(h).trimmed().toLower());
    for (const QString& n : kTextNames)
        if (c.text < 0)
            c.text = int(names.indexOf(n));
    for (const QString& n : kLabelNames)
        if (c.label < 0)
            c.label = int(names.indexOf(n));
    c.id = int(names.indexOf(u"id"_s));
    for (int i = 0; i < names.size() && c.text < 0; ++i)
        if (i != c.label && i != c.id)
            c.text = i; // an unnamed first column holds the texts, as the Projector shows it
    return c;
}

// Adds the metadata's texts, labels and ids to set; the error (with the file name) if it cannot.
QString applyMetadata(const QByteArray& data, const QString& name, VectorSet* set) {
    const QList<QByteArray> lines = textLines(data);
    if (lines.isEmpty())
        return name + QCoreApplication::translate(
                          "ik::embed::VectorSet",
                          ": the metadata file is empty; give one row per vector or no metadata");
    const bool header = lines.first().contains('\t');
    const qsizetype rows = lines.size() - (header ? 1 : 0);
    if (rows != set->rows())
        return name + QCoreApplication::translate(
                          "ik::embed::VectorSet",
                          ": %n metadata row(s)%1 for %2 vectors; give exactly one row per vector, "
                          "in the same order",
                          nullptr, int(rows))
                          .arg(header ? QCoreApplication::translate("ik::embed::VectorSet",
                                                                    " after the header")
                                      : QString())
                          .arg(set->rows());
    if (!header) {
        for (const QByteArray& l : lines)
            set->texts.append(QString::fromUtf8(l));
        return {};
    }
    const QList<QByteArray> head = lines.first().split('\t');
    const MetaColumns c = metaColumns(head);
    for (qsizetype l = 1; l < lines.size(); ++l) {
        const QList<QByteArray> f = lines[l].split('\t');
        if (f.size() != head.size())
            return name + QCoreApplication::translate(
                              "ik::embed::VectorSet",
                              ": line %1 has %n column(s) but the header names %2; give every row "
                              "the header's columns",
                              nullptr, int(f.size()))
                              .arg(l + 1)
                              .arg(head.size());
        if (c.text >= 0)
            set->texts.append(QString::fromUtf8(f[c.text]));
        if (c.label >= 0)
            set->labels.append(QString::fromUtf8(f[c.label]));
        if (c.id >= 0)
            set->ids.append(QString::fromUtf8(f[c.id]));
    }
    return {};
}

} // namespace

VectorLoad parseNpyVectors(const QByteArray& bytes, const QString& name) {
    return npyFromBytes(bytes.constData(), bytes.size(), name);
}

VectorLoad loadNpyVectors(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return failure(name,
                       QCoreApplication::translate("ik::embed::VectorSet", "cannot open %1: %2")
                           .arg(path, f.errorString()));
    if (f.size() == 0)
        return npyFromBytes(nullptr, 0, name);
    const uchar* mapped = f.map(0, f.size());
    if (!mapped) {
        const QByteArray all = f.readAll();
        return npyFromBytes(all.constData(), all.size(), name);
    }
    VectorLoad out = npyFromBytes(reinterpret_cast<const char*>(mapped), f.size(), name);
    f.unmap(const_cast<uchar*>(mapped));
    return out;
}

VectorLoad parseVectorJsonl(const QByteArray& data, const QString& name) {
    JsonlRows r;
    QString rowError; // jsonlRow's, which names its own line
    const JsonLinesError read =
        forEachJsonLine(data, u"{\"id\": \"a\", \"text\": \"...\", \"embedding\": [0.1, ...]}"_s,
                        [&](int line, const QJsonObject& o) {
                            rowError = jsonlRow(o, line, &r);
                            return rowError;
                        });
    if (!rowError.isEmpty())
        return failure(name, rowError);
    if (!read.ok())
        return failure(name, QCoreApplication::translate("ik::embed::VectorSet", "line %1: %2")
                                 .arg(read.line)
                                 .arg(read.error));
    if (r.rows == 0)
        return failure(name,
                       QCoreApplication::translate(
                           "ik::embed::VectorSet",
                           "the file holds no vectors; write one JSON object per line with an "
                           "\"embedding\" array"));
    if (r.anyId)
        if (const qsizetype missing = r.ids.indexOf(QString()); missing >= 0)
            return failure(name, QCoreApplication::translate(
                                     "ik::embed::VectorSet",
                                     "line %1 has no \"id\" while other lines do; give every line "
                                     "an id, or none")
                                     .arg(r.lines[missing]));
    VectorLoad out;
    out.set = VectorSet::fromValues(r.rows, r.dim, std::move(r.values));
    if (r.anyId)
        out.set.ids = r.ids;
    if (r.anyText)
        out.set.texts = r.texts;
    if (r.anyLabel)
        out.set.labels = r.labels;
    return out;
}

VectorLoad parseProjectorTsv(const QByteArray& vectors, const QString& vectorsName,
                             const QByteArray& metadata, const QString& metadataName) {
    VectorLoad out = projectorVectors(vectors, vectorsName);
    if (out.ok() && !metadataName.isEmpty())
        out.error = applyMetadata(metadata, metadataName, &out.set);
    if (!out.ok())
        out.set = {};
    return out;
}

VectorLoad loadVectors(const QString& path, const QString& metadataPath) {
    const QString name = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"npy" && suffix != u"jsonl" && suffix != u"ndjson" && suffix != u"tsv")
        return failure(name, QCoreApplication::translate(
                                 "ik::embed::VectorSet",
                                 "unknown kind of vector file; use .npy (NumPy), .jsonl (one "
                                 "{\"embedding\": [...]} per line) or .tsv (Embedding Projector)"));
    VectorLoad out;
    if (suffix == u"npy") {
        out = loadNpyVectors(path);
    } else {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return failure(name,
                           QCoreApplication::translate("ik::embed::VectorSet", "cannot open %1: %2")
                               .arg(path, f.errorString()));
        const QByteArray data = f.readAll();
        out = suffix == u"tsv" ? projectorVectors(data, name) : parseVectorJsonl(data, name);
    }
    if (!out.ok() || metadataPath.isEmpty())
        return out;
    const QString metaName = QFileInfo(metadataPath).fileName();
    QFile m(metadataPath);
    if (!m.open(QIODevice::ReadOnly))
        return failure(metaName,
                       QCoreApplication::translate("ik::embed::VectorSet", "cannot open %1: %2")
                           .arg(metadataPath, m.errorString()));
    out.set.texts.clear();
    out.set.labels.clear();
    out.set.ids.clear();
    out.error = applyMetadata(m.readAll(), metaName, &out.set);
    if (!out.ok())
        out.set = {};
    return out;
}

} // namespace ik::embed
