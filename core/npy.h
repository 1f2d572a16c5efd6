#pragma once
// Writes float32 matrices in NumPy's .npy format (version 1.0), readable by numpy.load, and
// reads the header of any .npy file (versions 1 to 3) so a loader can find and check its data.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVector>

namespace ik {

// Header + little-endian float32 data, C order, shape (rows, cols). All rows must have cols
// values; returns an empty array otherwise.
QByteArray npyFloat32(const QList<QVector<float>>& rows);

// Writes atomically (QSaveFile). False with *error on failure.
bool writeNpy(const QString& path, const QList<QVector<float>>& rows, QString* error);

// What an .npy header says. dims holds the shape (any number of axes); dataOffset is where the
// values start. error, when non-empty, says what is wrong with the header itself.
struct NpyHeader {
    QByteArray descr; // e.g. "<f4"
    bool fortranOrder = false;
    QList<qint64> dims;
    qsizetype dataOffset = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};
NpyHeader parseNpyHeader(const char* bytes, qsizetype size);

} // namespace ik
