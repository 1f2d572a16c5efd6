#pragma once
// Tiny image files made in the tests, byte by byte, without Qt Gui (core, workbench, sandbox and
// CLI tests build without it). The PNG is a complete file any decoder reads (zlib from
// qCompress, CRC-32 computed here); the JPEG, GIF and WebP ones hold true headers (what the
// attachment check and the sandbox read) followed by a minimal body.

#include <QByteArray>
#include <QtEndian>

namespace ik::testimages {

inline quint32 crc32(const QByteArray& data) {
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline QByteArray be32(quint32 v) {
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}
inline QByteArray le16(quint32 v) {
    QByteArray b(2, '\0');
    qToLittleEndian(quint16(v), b.data());
    return b;
}
inline QByteArray le32(quint32 v) {
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

inline QByteArray pngChunk(const char* type, const QByteArray& data) {
    const QByteArray body = QByteArray(type, 4) + data;
    return be32(quint32(data.size())) + body + be32(crc32(body));
}

// An RGB PNG of w×h pixels, all of one colour.
inline QByteArray png(int w, int h, char red = '\x30') {
    QByteArray ihdr = be32(quint32(w)) + be32(quint32(h));
    ihdr += QByteArray("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter, no interlace
    QByteArray rows;
    for (int y = 0; y < h; ++y) {
        rows += '\0'; // filter: none
        for (int x = 0; x < w; ++x)
            rows += QByteArray(1, red) + QByteArray("\x80\xc0", 2);
    }
    const QByteArray zlib = qCompress(rows).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib) +
           pngChunk("IEND", {});
}

inline QByteArray jpeg(int w, int h) {
    QByteArray b("\xff\xd8", 2);
    b += QByteArray("\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", 18);
    QByteArray sof("\xff\xc0\x00\x11\x08", 5);
    sof += char(h >> 8);
    sof += char(h & 0xFF);
    sof += char(w >> 8);
    sof += char(w & 0xFF);
    sof += QByteArray("\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01", 10);
    return b + sof + QByteArray("\xff\xd9", 2);
}

inline QByteArray gif(int w, int h) {
    QByteArray b("GIF89a", 6);
    b += le16(quint32(w)) + le16(quint32(h)) + QByteArray("\x80\x00\x00", 3);
    b += QByteArray("\x00\x00\x00\xff\xff\xff", 6); // two-colour palette
    b += QByteArray("\x2c\x00\x00\x00\x00", 5) + le16(quint32(w)) + le16(quint32(h)) + '\0';
    b += QByteArray("\x02\x02\x44\x01\x00\x3b", 6);
    return b;
}

// kind: "VP8 " (lossy), "VP8L" (lossless) or "VP8X" (extended).
inline QByteArray webp(const char* kind, int w, int h) {
    QByteArray chunk;
    const QByteArray k(kind, 4);
    if (k == "VP8 ")
        chunk = QByteArray("\x10\x02\x00\x9d\x01\x2a", 6) + le16(quint32(w)) + le16(quint32(h)) +
                QByteArray(8, '\0');
    else if (k == "VP8L")
        chunk = QByteArray(1, '\x2f') + le32(quint32(w - 1) | (quint32(h - 1) << 14)) +
                QByteArray(3, '\0');
    else
        chunk = QByteArray(4, '\0') + le32(quint32(w - 1)).left(3) + le32(quint32(h - 1)).left(3);
    const QByteArray body = k + le32(quint32(chunk.size())) + chunk;
    return QByteArray("RIFF", 4) + le32(quint32(body.size() + 4)) + QByteArray("WEBP", 4) + body;
}

} // namespace ik::testimages
