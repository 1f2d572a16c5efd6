// libFuzzer harness: the guard, the redaction and containsCredential agree on what a key is.
// Any text: redacting it leaves nothing containsCredential finds, redacting twice changes
// nothing, and every verdict's text is free of keys. Texts that hold a real key (the input with
// a well-formed key spliced in, possibly mangled) come out without any 12 characters of it.

#include "credential.h"

#include <cstdint>
#include <cstdlib>

namespace {

const QString kSecret =
    QStringLiteral("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d");

void invariants(const QString& text) {
    const QString once = ik::redactSecrets(text);
    if (ik::containsCredential(once) || ik::redactSecrets(once) != once)
        std::abort();
    if (ik::containsCredential(text) == (once == text))
        std::abort(); // found but not redacted, or redacted but not found
    const ik::Verdict v = ik::judgeKey(text);
    if (ik::containsCredential(v.reason) || ik::containsCredential(v.fix))
        std::abort();
    // A key the guard would send is a key the redaction hides.
    if (v.status == ik::Verdict::Status::Ok && !ik::containsCredential(text))
        std::abort();
    if (ik::containsCredential(ik::redactKey(text)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    invariants(text);
    if (size < 2)
        return 0;
    // Splice a key at a position the first byte picks, mangled as the second byte says.
    QString key = QStringLiteral("ik_live_0a1b2c3d_") + kSecret;
    const uint8_t how = data[1];
    const qsizetype at = 17 + how % 64;
    if (how & 0x40)
        key.insert(at, QChar(0x200B));
    if (how & 0x80)
        key.insert(at, u'\n');
    if (how & 0x20)
        key.replace(QStringLiteral("_"), QStringLiteral("%5F"));
    if (how & 0x10)
        key = key.toUpper();
    const qsizetype where = qsizetype(data[0]) % (text.size() + 1);
    const QString mixed = text.left(where) + u' ' + key + u' ' + text.mid(where);
    invariants(mixed);
    // Only the spliced key's secret is looked for: the fuzzer's own text may hold any hex.
    const QString redacted = ik::redactSecrets(mixed);
    for (qsizetype i = 0; i + 12 <= kSecret.size(); ++i)
        if (redacted.contains(kSecret.mid(i, 12), Qt::CaseInsensitive) &&
            !text.contains(kSecret.mid(i, 12), Qt::CaseInsensitive))
            std::abort();
    return 0;
}
