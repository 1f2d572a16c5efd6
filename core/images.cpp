// Image attachments: format and pixel size from the header bytes, the attachment check, and the
// data URLs that carry images on the wire.
#include "images.h"

#include <QCoreApplication>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

quint32 be16(QByteArrayView b, qsizetype at) {
    return (quint32(quint8(b[at])) << 8) | quint8(b[at + 1]);
}
quint32 be32(QByteArrayView b, qsizetype at) {
    return (be16(b, at) << 16) | be16(b, at + 2);
}
quint32 le16(QByteArrayView b, qsizetype at) {
    return quint8(b[at]) | (quint32(quint8(b[at + 1])) << 8);
}
quint32 le24(QByteArrayView b, qsizetype at) {
    return le16(b, at) | (quint32(quint8(b[at + 2])) << 16);
}

bool startsWith(QByteArrayView b, QByteArrayView magic, qsizetype at = 0) {
    return b.size() >= at + magic.size() && b.sliced(at, magic.size()) == magic;
}

std::optional<ImageInfo> sized(const char* format, const char* mime, quint32 w, quint32 h) {
    // Zero or absurd sizes mean a damaged header (PNG allows 2^31-1, no server takes that).
    if (w == 0 || h == 0 || w > 65535 * 4 || h > 65535 * 4)
        return std::nullopt;
    return ImageInfo{QString::fromLatin1(format), QString::fromLatin1(mime), int(w), int(h)};
}

std::optional<ImageInfo> png(QByteArrayView b) {
    if (b.size() < 24 || b.sliced(12, 4) != "IHDR")
        return std::nullopt;
    return sized("PNG", "image/png", be32(b, 16), be32(b, 20));
}

std::optional<ImageInfo> gif(QByteArrayView b) {
    if (b.size() < 10)
        return std::nullopt;
    return sized("GIF", "image/gif", le16(b, 6), le16(b, 8));
}

// Segments up to the first start-of-frame marker, which holds the size; each step moves forward
// by at least two bytes, so a damaged file ends the loop at its end.
std::optional<ImageInfo> jpeg(QByteArrayView b) {
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xFF)
            return std::nullopt;
        const quint8 marker = quint8(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        if (marker == 0xD9 || marker == 0xDA) // end of image, or scan data before any frame
            return std::nullopt;
        const quint32 length = be16(b, at + 2);
        if (length < 2)
            return std::nullopt;
        const bool frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (at + 9 > b.size())
                return std::nullopt;
            return sized("JPEG", "image/jpeg", be16(b, at + 7), be16(b, at + 5));
        }
        at += 2 + length;
    }
    return std::nullopt;
}

std::optional<ImageInfo> webp(QByteArrayView b) {
    if (b.size() < 30 && !(b.size() >= 25 && b.sliced(12, 4) == "VP8L"))
        return std::nullopt;
    const QByteArrayView chunk = b.sliced(12, 4);
    if (chunk == "VP8 ") {
        if (!startsWith(b, "\x9d\x01\x2a", 23))
            return std::nullopt;
        return sized("WebP", "image/webp", le16(b, 26) & 0x3FFF, le16(b, 28) & 0x3FFF);
    }
    if (chunk == "VP8L") {
        if (quint8(b[20]) != 0x2F)
            return std::nullopt;
        const quint32 bits = le16(b, 21) | (le16(b, 23) << 16);
        return sized("WebP", "image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
    }
    if (chunk == "VP8X")
        return sized("WebP", "image/webp", le24(b, 24) + 1, le24(b, 27) + 1);
    return std::nullopt;
}

bool isWebp(QByteArrayView b) {
    return startsWith(b, "RIFF") && startsWith(b, "WEBP", 8);
}

bool looksLikeText(QByteArrayView b) {
    const QByteArrayView head = b.first(qMin<qsizetype>(b.size(), 4096));
    for (char c : head) {
        const auto u = quint8(c);
        if (u == 0 || (u < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
            return false;
    }
    return true;
}

} // namespace

QString announcedImageFormat(QByteArrayView b) {
    if (startsWith(b, "\x89PNG\r\n\x1a\n"))
        return u"PNG"_s;
    if (startsWith(b, "\xff\xd8\xff"))
        return u"JPEG"_s;
    if (startsWith(b, "GIF87a") || startsWith(b, "GIF89a"))
        return u"GIF"_s;
    if (isWebp(b))
        return u"WebP"_s;
    return {};
}

std::optional<ImageInfo> sniffImage(QByteArrayView b) {
    const QString format = announcedImageFormat(b);
    if (format == u"PNG")
        return png(b);
    if (format == u"JPEG")
        return jpeg(b);
    if (format == u"GIF")
        return gif(b);
    if (format == u"WebP")
        return webp(b);
    return std::nullopt;
}

QString describeNonImage(QByteArrayView b) {
    if (b.isEmpty())
        return QCoreApplication::translate("ik::Images", "an empty file");
    struct Magic {
        QByteArrayView bytes;
        const char* what;
    };
#define IK_MAGIC(text, what)                                                                       \
    { QByteArrayView(text, sizeof(text) - 1), what }
    // Spelled with their length: several hold NUL bytes.
    static const Magic kinds[] = {
        IK_MAGIC("%PDF-", "a PDF document"),
        IK_MAGIC("PK\x03\x04", "a ZIP archive (or an Office file)"),
        IK_MAGIC("BM", "a BMP image"),
        IK_MAGIC("II*\0", "a TIFF image"),
        IK_MAGIC("MM\0*", "a TIFF image"),
        IK_MAGIC("\x1f\x8b", "a gzip archive"),
        IK_MAGIC("\x7f"
                 "ELF",
                 "a program (ELF)"),
        IK_MAGIC("\0\0\1\0", "an icon (ICO)"),
        IK_MAGIC("8BPS", "a Photoshop image"),
        IK_MAGIC("ID3", "an MP3 audio file"),
        IK_MAGIC("OggS", "an Ogg media file"),
    };
#undef IK_MAGIC
    for (const Magic& m : kinds)
        if (startsWith(b, m.bytes))
            return QString::fromLatin1(m.what);
    if (startsWith(b, "ftyp", 4))
        return startsWith(b, "avif", 8) ? QCoreApplication::translate("ik::Images", "an AVIF image")
               : startsWith(b, "heic", 8)
                   ? QCoreApplication::translate("ik::Images", "a HEIC image")
                   : QCoreApplication::translate("ik::Images", "a video (MP4 or MOV)");
    if (isWebp(b) || startsWith(b, "RIFF"))
        return isWebp(b)
                   ? QCoreApplication::translate("ik::Images", "a damaged WebP image")
                   : QCoreApplication::translate("ik::Images", "a RIFF media file (WAV or AVI)");
    if (looksLikeText(b)) {
        const QString head = QString::fromUtf8(b.first(qMin<qsizetype>(b.size(), 512))).trimmed();
        if (head.startsWith(u"<svg"_s) || (head.startsWith(u"<?xml"_s) && head.contains(u"<svg")))
            return QCoreApplication::translate("ik::Images", "an SVG image (vector graphics)");
        if (head.startsWith(u'{') || head.startsWith(u'['))
            return QCoreApplication::translate("ik::Images", "JSON or other text");
        return QCoreApplication::translate("ik::Images", "plain text");
    }
    return QCoreApplication::translate("ik::Images", "binary data of an unknown kind");
}

QString ChatImage::format() const {
    if (mime == u"image/png")
        return u"PNG"_s;
    if (mime == u"image/jpeg")
        return u"JPEG"_s;
    if (mime == u"image/gif")
        return u"GIF"_s;
    if (mime == u"image/webp")
        return u"WebP"_s;
    return mime;
}

QString formatByteSize(qint64 bytes) {
    if (bytes < 1024)
        return u"%1 B"_s.arg(bytes);
    if (bytes < 1024 * 1024)
        return u"%1 KB"_s.arg(double(bytes) / 1024, 0, 'f', 1);
    return u"%1 MB"_s.arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

QString describeImage(const ChatImage& image) {
    return u"%1, %2×%3, %4"_s.arg(image.format())
        .arg(image.width)
        .arg(image.height)
        .arg(formatByteSize(image.size));
}

namespace {

const QString kAccepted = QCoreApplication::translate(
    "ik::Images", "Attach a PNG, JPEG, GIF or WebP image of at most 20 MB.");

Error tooBig(const QString& name, qint64 size) {
    return makeError(
        ErrorKind::Validation,
        QCoreApplication::translate("ik::Images", "%1 is %2: an image may be at most 20 MB.")
            .arg(name, formatByteSize(size)),
        QCoreApplication::translate("ik::Images",
                                    "Scale it down or save it as JPEG, then attach it again."));
}

} // namespace

std::optional<Error> checkImage(const QByteArray& bytes, const QString& name, ChatImage* out) {
    if (bytes.size() > kMaxImageBytes)
        return tooBig(name, bytes.size());
    const std::optional<ImageInfo> info = sniffImage(bytes);
    if (!info) {
        const QString announced = announcedImageFormat(bytes);
        if (!announced.isEmpty())
            return makeError(
                ErrorKind::Validation,
                QCoreApplication::translate(
                    "ik::Images", "%1 starts like a %2 image, but its header is cut short or "
                                  "damaged: its pixel size cannot be read.")
                    .arg(name, announced),
                QCoreApplication::translate(
                    "ik::Images", "Save it again from an image editor, then attach it again."));
        return makeError(
            ErrorKind::Validation,
            QCoreApplication::translate("ik::Images", "%1 is not an image: it looks like %2.")
                .arg(name, describeNonImage(bytes)),
            kAccepted);
    }
    ChatImage image;
    image.mime = info->mime;
    image.bytes = bytes;
    image.width = info->width;
    image.height = info->height;
    image.size = bytes.size();
    image.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    *out = image;
    return std::nullopt;
}

std::optional<Error> readImageFile(const QString& path, ChatImage* out) {
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (info.isFile() && info.size() > kMaxImageBytes)
        return tooBig(name, info.size());
    QFile f(path);
    if (!info.isFile() || !f.open(QIODevice::ReadOnly)) {
        const QString why = !info.exists()
                                ? QCoreApplication::translate("ik::Images", "no such file")
                            : info.isDir() ? u"it is a folder"_s
                                           : f.errorString();
        return makeError(
            ErrorKind::Validation,
            QCoreApplication::translate("ik::Images", "Cannot read %1: %2").arg(name, why),
            QCoreApplication::translate("ik::Images", "Check the path, then attach it again."));
    }
    // Read at most one byte past the limit: a file that grew since the check is still refused.
    return checkImage(f.read(kMaxImageBytes + 1), name, out);
}

QString imageDataUrl(const ChatImage& image) {
    return u"data:"_s + image.mime + u";base64,"_s + QString::fromLatin1(image.bytes.toBase64());
}

std::optional<DataUrl> decodeDataUrl(QStringView url, QString* error) {
    if (!url.startsWith(u"data:")) {
        *error = QCoreApplication::translate(
            "ik::Images",
            "the image_url is not a data: URL (only inline base64 images are accepted)");
        return std::nullopt;
    }
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0) {
        *error =
            QCoreApplication::translate("ik::Images", "the data URL has no ',' before its payload");
        return std::nullopt;
    }
    const QStringView header = url.sliced(5, comma - 5);
    if (!header.endsWith(u";base64")) {
        *error = QCoreApplication::translate(
            "ik::Images", "the data URL is not base64-encoded (expected data:<mime>;base64,...)");
        return std::nullopt;
    }
    const auto decoded = QByteArray::fromBase64Encoding(url.sliced(comma + 1).toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *error = decoded
                     ? QCoreApplication::translate("ik::Images", "the data URL's payload is empty")
                     : QCoreApplication::translate("ik::Images",
                                                   "the data URL's payload is not valid base64");
        return std::nullopt;
    }
    return DataUrl{header.chopped(7).toString(), decoded.decoded};
}

QByteArray elideDataUrls(const QByteArray& body) {
    if (!body.contains(";base64,"))
        return body;
    static const QRegularExpression dataUrl(u"(data:[A-Za-z0-9.+/-]*;base64,)([A-Za-z0-9+/=]+)"_s);
    QString text = QString::fromUtf8(body);
    QString out;
    qsizetype last = 0;
    for (auto it = dataUrl.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).sliced(last, m.capturedStart(2) - last);
        const qint64 bytes = m.capturedLength(2) * 3 / 4;
        out += u"…(%1 of base64 data left out)"_s.arg(formatByteSize(bytes));
        last = m.capturedEnd(2);
    }
    out += QStringView(text).sliced(last);
    return out.toUtf8();
}

} // namespace ik
