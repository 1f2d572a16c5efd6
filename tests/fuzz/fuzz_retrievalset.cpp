// libFuzzer harness: the retrieval loaders on any pair of files. The first byte picks the
// documents' format (CSV, JSONL, text) and the queries' (CSV, JSONL); a NUL splits documents
// from queries. What loads is consistent: every document id is unique and found by its row,
// every relevant id is a document's with a grade in (0, kMaxGrade], no query is empty and no
// two share an id; what fails holds nothing and says why.

#include "retrievalset.h"

#include <QSet>

#include <cmath>
#include <cstdint>
#include <cstdlib>

using namespace ik::retrieval;

namespace {

void check(bool ok) {
    if (!ok)
        std::abort();
}

void checkDocuments(const Documents& d) {
    if (!d.ok()) {
        check(d.items.isEmpty() && d.errorLine >= 0);
        return;
    }
    check(!d.items.isEmpty() && d.row.size() == d.items.size());
    for (int i = 0; i < int(d.items.size()); ++i) {
        check(d.row.value(d.items[i].id, -1) == i);
        check(!d.items[i].id.isEmpty() && !d.items[i].text.isEmpty());
    }
}

void checkQueries(const Queries& q, const Documents& d) {
    if (!q.ok()) {
        check(q.items.isEmpty() && q.errorLine >= 0);
        return;
    }
    check(!q.items.isEmpty());
    QSet<QString> ids;
    for (const Query& query : q.items) {
        check(!ids.contains(query.id));
        ids.insert(query.id);
        check(!query.text.isEmpty() && !query.id.isEmpty() && !query.relevant.isEmpty());
        for (auto it = query.relevant.begin(); it != query.relevant.end(); ++it) {
            check(d.contains(it.key()));
            check(std::isfinite(it.value()) && it.value() > 0 && it.value() <= kMaxGrade);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const int mode = data[0];
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype nul = rest.indexOf('\0');
    const QByteArray docsBytes = nul < 0 ? rest : rest.left(nul);
    const QByteArray queryBytes = nul < 0 ? QByteArray() : rest.mid(nul + 1);
    const Documents docs = mode % 3 == 0   ? parseDocumentsCsv(docsBytes)
                           : mode % 3 == 1 ? parseDocumentsJsonl(docsBytes)
                                           : parseDocumentsTxt(docsBytes);
    checkDocuments(docs);
    if (!docs.ok() || nul < 0)
        return 0;
    const Queries queries = (mode / 3) % 2 == 0 ? parseQueriesCsv(queryBytes, docs)
                                                : parseQueriesJsonl(queryBytes, docs);
    checkQueries(queries, docs);
    return 0;
}
