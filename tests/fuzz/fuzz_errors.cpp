// libFuzzer harness: an error body of any shape, with any status and Retry-After, gives an
// Error with a kind, a hint, and no key in its message or hint. The first two bytes pick the
// status, the next one how long the Retry-After value is.

#include "credential.h"
#include "error.h"

#include <QDateTime>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 3)
        return 0;
    const int status = 100 + (data[0] << 8 | data[1]) % 500;
    const qsizetype retryLength = qMin<qsizetype>(data[2], qsizetype(size) - 3);
    const QByteArray retry(reinterpret_cast<const char*>(data) + 3, retryLength);
    const QByteArray body(reinterpret_cast<const char*>(data) + 3 + retryLength,
                          qsizetype(size) - 3 - retryLength);
    const ik::HeaderList headers = {qMakePair(QByteArray("Retry-After"), retry)};
    for (const ik::Error& e :
         {ik::errorFromHttp(status, body, headers), ik::errorFromJsonError(body, 0)}) {
        if (e.hint.isEmpty() || ik::containsCredential(e.message) ||
            ik::containsCredential(e.hint) || ik::containsCredential(e.summary()))
            std::abort();
        if (e.retryAfterSeconds && *e.retryAfterSeconds < 0)
            std::abort();
    }
    const auto seconds = ik::parseRetryAfter(retry, QDateTime::currentDateTimeUtc());
    if (seconds && *seconds < 0)
        std::abort();
    return 0;
}
