// libFuzzer harness: the vector loaders (.npy, JSONL, Projector TSVs) on any bytes. What loads
// is a rows × dim block of finite values with texts, labels and ids sized 0 or rows; what fails
// loads nothing and names the file. A loaded .npy writes back (npyFloat32) to the same values.

#include "npy.h"
#include "vectorset.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace ik::embed;

namespace {

void check(const VectorLoad& load, const QString& name) {
    if (!load.ok()) {
        if (!load.set.empty() || !load.error.startsWith(name + QStringLiteral(": ")))
            std::abort();
        return;
    }
    const VectorSet& s = load.set;
    if (s.rows() < 1 || s.dim() < 1)
        std::abort();
    for (qsizetype i = 0; i < qsizetype(s.rows()) * s.dim(); ++i)
        if (!std::isfinite(s.data()[i]))
            std::abort();
    for (const QStringList* l : {&s.texts, &s.labels, &s.ids})
        if (!l->isEmpty() && l->size() != s.rows())
            std::abort();
}

void npyRoundTrip(const VectorLoad& load) {
    if (!load.ok())
        return;
    const VectorLoad again =
        parseNpyVectors(ik::npyFloat32(toVectors(load.set)), QStringLiteral("again.npy"));
    if (!again.ok() || again.set.rows() != load.set.rows() || again.set.dim() != load.set.dim() ||
        toVectors(again.set) != toVectors(load.set))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const VectorLoad npy = parseNpyVectors(bytes, QStringLiteral("f.npy"));
    check(npy, QStringLiteral("f.npy"));
    npyRoundTrip(npy);
    check(parseVectorJsonl(bytes, QStringLiteral("f.jsonl")), QStringLiteral("f.jsonl"));
    // The bytes before the first NUL are the vectors file, the rest its metadata.
    const qsizetype cut = bytes.indexOf('\0');
    const VectorLoad tsv = cut < 0 ? parseProjectorTsv(bytes, QStringLiteral("v.tsv"))
                                   : parseProjectorTsv(bytes.left(cut), QStringLiteral("v.tsv"),
                                                       bytes.mid(cut + 1), QStringLiteral("m.tsv"));
    if (!tsv.ok() && !tsv.error.startsWith(QStringLiteral("v.tsv: ")) &&
        !tsv.error.startsWith(QStringLiteral("m.tsv: ")))
        std::abort();
    if (tsv.ok())
        check(tsv, QStringLiteral("v.tsv"));
    return 0;
}
