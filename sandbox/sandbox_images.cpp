// Image content parts, read as a vision server reads them: each image_url must be an inline
// base64 data URL of a PNG, JPEG, GIF or WebP whose header gives its pixel size. The header
// reader is the sandbox's own, not core's (images.h), for the reason sandbox_internal.h gives:
// a peer sharing the client's parser would agree with its bugs.
#include "sandbox_internal.h"

#include <QJsonArray>

namespace ik::sandbox {

namespace {

int u8(const QByteArray& b, qsizetype i) {
    return i < b.size() ? quint8(b.at(i)) : -1;
}
// Big- or little-endian 16-bit value at i; -1 when it runs past the end.
qint64 word(const QByteArray& b, qsizetype i, bool big) {
    if (i < 0 || i + 2 > b.size())
        return -1;
    return big ? u8(b, i) * 256 + u8(b, i + 1) : u8(b, i) + u8(b, i + 1) * 256;
}

struct Size {
    QString format;
    qint64 w = -1, h = -1;
};

Size jpegSize(const QByteArray& b) {
    qsizetype i = 2;
    while (i + 3 < b.size() && u8(b, i) == 0xFF) {
        const int m = u8(b, i + 1);
        if (m == 0xFF || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
            i += m == 0xFF ? 1 : 2;
            continue;
        }
        if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC)
            return {QStringLiteral("JPEG"), word(b, i + 7, true), word(b, i + 5, true)};
        if (m == 0xDA || m == 0xD9 || word(b, i + 2, true) < 2)
            break;
        i += 2 + word(b, i + 2, true);
    }
    return {QStringLiteral("JPEG")};
}

Size webpSize(const QByteArray& b) {
    const QByteArray chunk = b.mid(12, 4);
    Size s{QStringLiteral("WebP")};
    if (chunk == "VP8 " && b.mid(23, 3) == "\x9d\x01\x2a" && b.size() >= 30) {
        s.w = word(b, 26, false) & 0x3FFF;
        s.h = word(b, 28, false) & 0x3FFF;
    } else if (chunk == "VP8L" && u8(b, 20) == 0x2F && b.size() >= 25) {
        const quint32 bits = quint32(word(b, 21, false)) | (quint32(word(b, 23, false)) << 16);
        s.w = (bits & 0x3FFF) + 1;
        s.h = ((bits >> 14) & 0x3FFF) + 1;
    } else if (chunk == "VP8X" && b.size() >= 30) {
        s.w = word(b, 24, false) + u8(b, 26) * 65536 + 1;
        s.h = word(b, 27, false) + u8(b, 29) * 65536 + 1;
    }
    return s;
}

Size imageSize(const QByteArray& b) {
    if (b.startsWith("\x89PNG\r\n\x1a\n") && b.mid(12, 4) == "IHDR" && b.size() >= 24)
        return {QStringLiteral("PNG"), word(b, 16, true) * 65536 + word(b, 18, true),
                word(b, 20, true) * 65536 + word(b, 22, true)};
    if (b.startsWith("\x89PNG"))
        return {QStringLiteral("PNG")};
    if (b.startsWith("GIF87a") || b.startsWith("GIF89a"))
        return {QStringLiteral("GIF"), word(b, 6, false), word(b, 8, false)};
    if (b.startsWith("\xff\xd8\xff"))
        return jpegSize(b);
    if (b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return webpSize(b);
    return {};
}

} // namespace

bool readImagePart(const QJsonObject& part, const QString& where, QStringList* images,
                   QString* error) {
    const QJsonValue iu = part.value(u"image_url");
    // OpenAI sends {"url": ...}; some clients send the URL string itself.
    const QString url = iu.isObject() ? iu.toObject().value(u"url").toString() : iu.toString();
    const auto fail = [&](const QString& why) {
        *error = where + QStringLiteral(": ") + why;
        return false;
    };
    if (!url.startsWith(u"data:"))
        return fail(QStringLiteral("image_url.url must be a data: URL "
                                   "(data:image/png;base64,...); the sandbox fetches nothing"));
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0 || !QStringView(url).first(comma).endsWith(u";base64"))
        return fail(QStringLiteral("image_url.url is not a base64 data URL "
                                   "(data:<mime>;base64,<payload>)"));
    const auto decoded = QByteArray::fromBase64Encoding(
        QStringView(url).sliced(comma + 1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(QStringLiteral("the data URL's payload is not valid base64"));
    const Size s = imageSize(decoded.decoded);
    if (s.format.isEmpty())
        return fail(QStringLiteral("the data URL does not hold an image; accepted: PNG, JPEG, "
                                   "GIF, WebP"));
    if (s.w <= 0 || s.h <= 0)
        return fail(QStringLiteral("the %1 image cannot be decoded: its header is cut short or "
                                   "damaged")
                        .arg(s.format));
    images->append(QStringLiteral("Image %1: %2, %3×%4")
                       .arg(images->size() + 1)
                       .arg(s.format)
                       .arg(s.w)
                       .arg(s.h));
    return true;
}

} // namespace ik::sandbox
