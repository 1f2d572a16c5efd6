#pragma once
// Writes float32 matrices in NumPy's .npy format (version 1.0), readable by numpy.load.

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

} // namespace ik
