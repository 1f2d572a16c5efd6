#pragma once
// Embedded sets kept on disk, so reopening a set costs no calls and no parsing: one float32 file
// memory-mapped as it is (a header, then the rows) and a small sidecar with the texts, labels
// and ids. An entry is keyed by the workload that embedded it, the model that answered and a
// hash of the inputs; both files are written atomically (QSaveFile), the sidecar first, and the
// vectors file's header holds checksums of itself, the data and the sidecar, so a damaged or
// half-written entry is reported, never used.
//
// The vectors file (little-endian):
//   0   "IKEMBF32"         magic
//   8   u32 version (1)    12  u32 header size (128, where the rows start)
//   16  u64 rows           24  u64 dimension
//   32  32 bytes           SHA-256 of the key
//   64  u64 data hash      72  u64 sidecar hash
//   120 u64 hash of bytes 0-119
//   128 rows × dimension float32, row after row

#include "vectorset.h"
#include "workloads.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ik {

struct EmbedKey {
    QString workload;          // where the vectors came from (embedKeyFor: base URL/project/slug)
    QString model;             // the model the response named
    QByteArray inputsHash;     // hashInputs(texts)
    QByteArray digest() const; // SHA-256 over the three
};
// SHA-256 over the texts in order (each length-prefixed, so ["ab"] and ["a", "b"] differ).
QByteArray hashInputs(const QStringList& texts);
// The workload by what it serves (base URL, project, slug), not by its local id, so the same
// workload added twice shares its cache.
EmbedKey embedKeyFor(const Workload& workload, const QString& model, const QStringList& texts);

struct CacheOpen {
    embed::VectorSet set;
    bool found = false; // an entry exists for the key (it may still be damaged: see error)
    QString error;      // a damaged entry: which file, what is wrong, what to do
    bool ok() const { return found && error.isEmpty(); }
};

class EmbedCache {
public:
    // Empty dir: "embeddings" in QStandardPaths::CacheLocation.
    explicit EmbedCache(const QString& dir = {});
    QString dir() const { return m_dir; }
    QString vectorsPath(const EmbedKey& key) const; // .f32
    QString sidecarPath(const EmbedKey& key) const; // .meta

    // Replaces any entry for key. Sets mapped from an older entry stay valid (the old file is
    // unlinked, not overwritten). False with *error naming the file and the reason.
    bool store(const EmbedKey& key, const embed::VectorSet& set, QString* error) const;
    // Maps the entry; found = false when there is none. Every byte is checked against the
    // header's hashes before the set is handed out.
    CacheOpen open(const EmbedKey& key) const;
    // Deletes the entry (both files); true when nothing is left.
    bool remove(const EmbedKey& key) const;

    // The same checks on any pair of files; expectedKey empty accepts any key.
    static CacheOpen openFiles(const QString& vectorsPath, const QString& sidecarPath,
                               const QByteArray& expectedKey = {});

private:
    QString m_dir;
};

} // namespace ik
