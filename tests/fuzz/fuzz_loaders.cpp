// libFuzzer harness: the input loaders (CSV, JSONL, text) on any file, and the .npy writer.
// A CSV that loads writes back (toCsv) and loads again to the same texts and labels; what loads
// has one label per text or none; the .npy header is padded to 64 bytes and the data follows.

#include "embedmath.h"
#include "npy.h"

#include <QtEndian>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace ik::embed;

namespace {

void shape(const Inputs& in) {
    if (in.ok() && in.hasLabels() && in.labels.size() != in.texts.size())
        std::abort();
    if (!in.ok() && (!in.texts.isEmpty() || in.errorLine < 0))
        std::abort();
}

void csvRoundTrip(const Inputs& in) {
    if (!in.ok() || in.texts.isEmpty())
        return;
    Vectors vectors;
    for (qsizetype i = 0; i < in.texts.size(); ++i)
        vectors.append(QVector<float>{float(i)});
    const Inputs again = parseCsv(toCsv(in.texts, in.labels, vectors));
    if (!again.ok() || again.texts != in.texts || again.labels != in.labels)
        std::abort();
}

void npy(const uint8_t* data, size_t size) {
    if (size < 2)
        return;
    const int cols = 1 + data[0] % 7;
    QList<QVector<float>> rows;
    for (size_t at = 1; at + 4 * size_t(cols) <= size; at += 4 * size_t(cols)) {
        QVector<float> row(cols);
        std::memcpy(row.data(), data + at, 4 * size_t(cols));
        rows.append(row);
    }
    const QByteArray b = ik::npyFloat32(rows);
    if (rows.isEmpty())
        return;
    if (b.size() < 10 || !b.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)))
        std::abort();
    const quint16 hlen = qFromLittleEndian<quint16>(b.constData() + 8);
    if ((10 + hlen) % 64 != 0 || b.size() != 10 + hlen + rows.size() * cols * 4)
        std::abort();
    if (std::memcmp(b.constData() + 10 + hlen, data + 1, size_t(rows.size()) * cols * 4) != 0)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Inputs csv = parseCsv(bytes);
    shape(csv);
    csvRoundTrip(csv);
    shape(parseJsonl(bytes));
    shape(parseTxt(bytes));
    npy(data, size);
    return 0;
}
