// The embedding inspector's exports: CSV, JSON and the Embedding Projector's TSVs, and the
// atomic file write they share.
#include "embedmath.h"

#include <QCoreApplication>

#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ik::embed {

QByteArray floatText(float value) {
    if (!std::isfinite(value))
        return std::isnan(value)
                   ? QByteArrayLiteral("nan")
                   : (value > 0 ? QByteArrayLiteral("inf") : QByteArrayLiteral("-inf"));
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return QByteArray(buf, r.ptr - buf);
}

namespace {

QByteArray csvField(const QString& s) {
    QByteArray u = s.toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
        u.replace("\"", "\"\"");
        return '"' + u + '"';
    }
    return u;
}

QByteArray jsonString(const QString& s) {
    QByteArray out = "\"";
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (uchar(c) < 0x20)
                out += "\\u00" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    return out + '"';
}

QByteArray tsvText(const QString& s) {
    QString t = s;
    t.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
    return t.toUtf8();
}

} // namespace

QByteArray toCsv(const QStringList& texts, const QStringList& labels, const Vectors& vectors) {
    const bool withLabels = !labels.isEmpty();
    const int d = std::max(0, commonDimension(vectors));
    QByteArray out = "text";
    if (withLabels)
        out += ",label";
    for (int t = 0; t < d; ++t)
        out += ",v" + QByteArray::number(t);
    out += "\r\n";
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        out += csvField(texts.value(i));
        if (withLabels)
            out += ',' + csvField(labels.value(i));
        for (float x : vectors[i])
            out += ',' + floatText(x);
        out += "\r\n";
    }
    return out;
}

QByteArray toJson(const QStringList& texts, const QStringList& labels, const Vectors& vectors,
                  const QString& model) {
    // Written by hand: QJsonDocument prints every float with 17 digits.
    auto number = [](float x) {
        return std::isfinite(x) ? floatText(x) : QByteArrayLiteral("null");
    };
    QByteArray out = "{\"model\":" + jsonString(model) +
                     ",\"dimension\":" + QByteArray::number(std::max(0, commonDimension(vectors))) +
                     ",\"count\":" + QByteArray::number(vectors.size()) + ",\"items\":[";
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        if (i)
            out += ',';
        out += "\n{\"index\":" + QByteArray::number(i) + ",\"text\":" + jsonString(texts.value(i));
        if (!labels.isEmpty())
            out += ",\"label\":" + jsonString(labels.value(i));
        out += ",\"embedding\":[";
        for (qsizetype t = 0; t < vectors[i].size(); ++t) {
            if (t)
                out += ',';
            out += number(vectors[i][t]);
        }
        out += "]}";
    }
    out += "\n]}\n";
    return out;
}

QByteArray projectorVectorsTsv(const Vectors& vectors) {
    QByteArray out;
    for (const auto& v : vectors) {
        for (qsizetype t = 0; t < v.size(); ++t) {
            if (t)
                out += '\t';
            out += floatText(v[t]);
        }
        out += '\n';
    }
    return out;
}

QByteArray projectorMetadataTsv(const QStringList& texts, const QStringList& labels) {
    QByteArray out;
    if (labels.isEmpty()) {
        for (const QString& t : texts)
            out += tsvText(t) + '\n';
        return out;
    }
    out += "text\tlabel\n";
    for (qsizetype i = 0; i < texts.size(); ++i)
        out += tsvText(texts[i]) + '\t' + tsvText(labels.value(i)) + '\n';
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = QCoreApplication::translate("ik::EmbeddingInputs", "cannot write %1: %2")
                         .arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace ik::embed
