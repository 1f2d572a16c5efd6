// libFuzzer harness: the image header reader and the data URL codec on any bytes. Reading never
// goes past the bytes (ASan), a size read is in range and agrees with the announced format,
// checkImage refuses exactly what sniffImage cannot read, a data URL round-trips its bytes, and
// eliding data URLs leaves no base64 payload longer than the note.

#include "images.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    // An exact-size copy, so that any read past the end is a read past the allocation.
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::optional<ik::ImageInfo> info = ik::sniffImage(bytes);
    if (info) {
        if (info->width <= 0 || info->height <= 0 ||
            info->format != ik::announcedImageFormat(bytes))
            std::abort();
    }
    ik::ChatImage image;
    const std::optional<ik::Error> refused = ik::checkImage(bytes, QStringLiteral("f"), &image);
    if (bool(refused) == bool(info)) // the fuzzer's inputs are far below the size limit
        std::abort();
    if (refused && refused->message.isEmpty())
        std::abort();
    if (!refused) {
        QString error;
        const std::optional<ik::DataUrl> back = ik::decodeDataUrl(ik::imageDataUrl(image), &error);
        if (!back || back->bytes != bytes || back->mime != info->mime)
            std::abort();
    }
    ik::describeNonImage(bytes);
    QString error;
    ik::decodeDataUrl(QString::fromLatin1(bytes), &error);
    const QByteArray elided = ik::elideDataUrls("data:image/png;base64," + bytes.toBase64());
    if (elided.size() > 200 && !bytes.isEmpty())
        std::abort();
    return 0;
}
