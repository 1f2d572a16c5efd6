#pragma once
// Images a user turn carries (DESIGN.md "Words": a turn may hold images). Pure, with no QtGui:
// the format comes from the file's magic bytes and the pixel size from its header, read by hand,
// so core, workbench and the sandbox build without Qt Gui and a renamed file is caught.
//
// Accepted: PNG, JPEG, GIF and WebP (what OpenAI-compatible vision servers take), at most
// kMaxImageBytes each. Anything else is refused before sending with a message saying what the
// file is and what is accepted.

#include "error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace ik {

// 20 MiB per image: OpenAI's documented limit for one image input; vLLM and llama.cpp take it.
inline constexpr qint64 kMaxImageBytes = 20 * 1024 * 1024;

struct ImageInfo {
    QString format; // PNG, JPEG, GIF, WebP
    QString mime;   // image/png, image/jpeg, image/gif, image/webp
    int width = 0;
    int height = 0;
};

// The image's format and pixel size, or nullopt when the bytes are not one of the accepted
// formats or their header is cut short or damaged. Never reads past the bytes given.
std::optional<ImageInfo> sniffImage(QByteArrayView bytes);
// The format the magic bytes announce (even when the header after them is damaged), or empty.
QString announcedImageFormat(QByteArrayView bytes);
// What bytes that are not an accepted image look like, for the refusal: "plain text",
// "a PDF document", "a ZIP archive", "an SVG image", "a BMP image", "an empty file", ...
QString describeNonImage(QByteArrayView bytes);

// One image of a turn. Loaded, it holds its bytes; a reference (what history lists and drafts
// keep, see messageToJson) holds only mime, size, pixel size and SHA-256.
struct ChatImage {
    QString mime;
    QByteArray bytes; // empty for a reference
    int width = 0;
    int height = 0;
    qint64 size = 0;
    QString sha256; // lowercase hex of the bytes
    bool loaded() const { return !bytes.isEmpty(); }
    QString format() const; // "PNG", from the mime type
    bool operator==(const ChatImage&) const = default;
};

// "PNG, 64×32, 1.2 KB": how exports and the sandbox name an image.
QString describeImage(const ChatImage& image);
QString formatByteSize(qint64 bytes);

// Checks bytes as an attachment named name (a file name, or "pasted image"): an accepted format,
// a readable header, at most kMaxImageBytes. On success fills out (bytes, size, sha256 set).
std::optional<Error> checkImage(const QByteArray& bytes, const QString& name, ChatImage* out);
// The same for a file on disk; its size is checked before it is read.
std::optional<Error> readImageFile(const QString& path, ChatImage* out);

// data:<mime>;base64,<bytes>: how an image goes on the wire in an image_url part.
QString imageDataUrl(const ChatImage& image);
struct DataUrl {
    QString mime;
    QByteArray bytes;
};
// Decodes a base64 data URL; nullopt and an error text when it is not one (wrong scheme, no
// base64 marker, invalid base64, empty payload).
std::optional<DataUrl> decodeDataUrl(QStringView url, QString* error);

// A request body with every base64 data URL payload replaced by a short note of its size, for
// what is stored (history) and shown (inspector): megabytes of base64 help nobody read it.
QByteArray elideDataUrls(const QByteArray& body);

} // namespace ik
