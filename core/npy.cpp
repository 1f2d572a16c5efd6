#include "npy.h"

#include <QCoreApplication>

#include <QSaveFile>
#include <QtEndian>
#include <cstring>

namespace ik {

QByteArray npyFloat32(const QList<QVector<float>>& rows) {
    const qsizetype cols = rows.isEmpty() ? 0 : rows.first().size();
    for (const auto& r : rows)
        if (r.size() != cols)
            return {};
    QByteArray header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" +
                        QByteArray::number(rows.size()) + ", " + QByteArray::number(cols) + "), }";
    // The whole preamble (magic 6 + version 2 + length 2 + header + '\n') is padded to a multiple
    // of 64 bytes so the data is aligned, as numpy itself writes it.
    const qsizetype preamble = 10 + header.size() + 1;
    header.append(QByteArray((64 - preamble % 64) % 64, ' '));
    header.append('\n');
    QByteArray out("\x93NUMPY\x01\x00", 8);
    const quint16 len = qToLittleEndian(quint16(header.size()));
    out.append(reinterpret_cast<const char*>(&len), 2);
    out.append(header);
    out.reserve(out.size() + rows.size() * cols * 4);
    for (const auto& r : rows) {
        for (float f : r) {
            quint32 bits;
            std::memcpy(&bits, &f, 4);
            bits = qToLittleEndian(bits);
            out.append(reinterpret_cast<const char*>(&bits), 4);
        }
    }
    return out;
}

bool writeNpy(const QString& path, const QList<QVector<float>>& rows, QString* error) {
    const QByteArray bytes = npyFloat32(rows);
    if (bytes.isEmpty()) {
        *error = QCoreApplication::translate("ik::Npy",
                                             "vectors have different dimensions; nothing written");
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QCoreApplication::translate("ik::Npy", "cannot write %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    return true;
}

namespace {

// The value after 'key': in numpy's header dict, up to the next top-level comma or brace.
QByteArray dictValue(const QByteArray& dict, const char* key) {
    const QByteArray quoted = QByteArray("'") + key + "'";
    qsizetype at = dict.indexOf(quoted);
    if (at < 0)
        return {};
    at = dict.indexOf(':', at + quoted.size());
    if (at < 0)
        return {};
    qsizetype end = at + 1;
    int depth = 0;
    for (; end < dict.size(); ++end) {
        const char c = dict[end];
        if (c == '(' || c == '[')
            ++depth;
        else if (c == ')' || c == ']')
            --depth;
        else if ((c == ',' || c == '}') && depth == 0)
            break;
    }
    return dict.mid(at + 1, end - at - 1).trimmed();
}

bool parseShape(QByteArray shape, QList<qint64>* dims) {
    if (!shape.startsWith('(') || !shape.endsWith(')'))
        return false;
    shape = shape.mid(1, shape.size() - 2);
    for (const QByteArray& part : shape.split(',')) {
        const QByteArray t = part.trimmed();
        if (t.isEmpty())
            continue; // the trailing comma of a one-axis tuple
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok || v < 0)
            return false;
        dims->append(v);
    }
    return true;
}

} // namespace

NpyHeader parseNpyHeader(const char* bytes, qsizetype size) {
    NpyHeader h;
    if (size < 10 || std::memcmp(bytes, "\x93NUMPY", 6) != 0) {
        h.error = QStringLiteral("not a NumPy .npy file (it does not start with \\x93NUMPY)");
        return h;
    }
    const int major = static_cast<unsigned char>(bytes[6]);
    if (major < 1 || major > 3) {
        h.error =
            QStringLiteral("unknown .npy version %1; save it again with numpy.save").arg(major);
        return h;
    }
    qsizetype len;
    qsizetype start;
    if (major == 1) {
        len = qFromLittleEndian<quint16>(bytes + 8);
        start = 10;
    } else {
        if (size < 12) {
            h.error = QStringLiteral("the .npy header is cut short");
            return h;
        }
        len = qsizetype(qFromLittleEndian<quint32>(bytes + 8));
        start = 12;
    }
    if (start + len > size) {
        h.error = QStringLiteral("the .npy header is cut short (the file is truncated)");
        return h;
    }
    const QByteArray dict(bytes + start, len);
    h.dataOffset = start + len;
    QByteArray descr = dictValue(dict, "descr");
    const QByteArray fortran = dictValue(dict, "fortran_order");
    if (descr.size() < 3 || !descr.startsWith('\'') || !descr.endsWith('\'') ||
        (fortran != "True" && fortran != "False") ||
        !parseShape(dictValue(dict, "shape"), &h.dims)) {
        h.error = QStringLiteral("the .npy header is not understood (%1)")
                      .arg(QString::fromLatin1(dict.trimmed().left(120)));
        return h;
    }
    h.descr = descr.mid(1, descr.size() - 2);
    h.fortranOrder = fortran == "True";
    return h;
}

} // namespace ik
