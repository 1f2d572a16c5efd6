#include "utf8.h"

namespace ik {

qsizetype firstInvalidUtf8(QByteArrayView bytes, qsizetype* incomplete) {
    *incomplete = 0;
    const auto* p = reinterpret_cast<const uchar*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = c >= 0xc2 && c <= 0xdf   ? 2
                           : c >= 0xe0 && c <= 0xef ? 3
                           : c >= 0xf0 && c <= 0xf4 ? 4
                                                    : 0;
        if (length == 0)
            return i;
        // The second byte's range also rules out overlong forms, surrogates and > U+10FFFF.
        const uchar low = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80;
        const uchar high = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                *incomplete = n - i;
                return -1;
            }
            const uchar b = p[i + k];
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xbf))
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace ik
