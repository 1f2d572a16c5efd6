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

} // namespace ik
