#pragma once
// Where a byte stream stops being UTF-8: a server that promises UTF-8 and breaks it is reported
// at the byte, rather than its text silently gaining replacement characters. Pure: no I/O.

#include <QByteArrayView>

namespace ik {

// The offset of the first byte of `bytes` where UTF-8 breaks (an overlong form, a surrogate, a
// stray continuation byte...), -1 when none. `*incomplete` is how many of its last bytes start a
// sequence the next read may still complete.
qsizetype firstInvalidUtf8(QByteArrayView bytes, qsizetype* incomplete);

} // namespace ik
