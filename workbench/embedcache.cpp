// The on-disk cache of embedded sets: a mapped float32 file plus a sidecar (layout in the header).
#include "embedcache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <cstring>
#include <limits>
#include <memory>

namespace ik {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr char kMagic[] = "IKEMBF32";
constexpr char kSidecarMagic[] = "IKEMBMET";
constexpr quint32 kVersion = 1;
constexpr qsizetype kHeaderSize = 128;
constexpr qsizetype kHashedHeader = 120;

// A 64-bit hash over the bytes, four independent lanes so it runs near memory speed on 400 MB.
// Each step, (h ^ w) * odd then a rotation, is a bijection of h, so any one changed word
// changes its lane and so the result: a damaged file is never taken for a good one.
quint64 fastHash(const char* p, qsizetype n) {
    constexpr quint64 k = 0x9E3779B97F4A7C15ull;
    quint64 h[4] = {0x243F6A8885A308D3ull, 0x13198A2E03707344ull, 0xA4093822299F31D0ull,
                    0x082EFA98EC4E6C89ull};
    qsizetype i = 0;
    for (; i + 32 <= n; i += 32) {
        for (int lane = 0; lane < 4; ++lane) {
            quint64 w;
            std::memcpy(&w, p + i + 8 * lane, 8);
            const quint64 m = (h[lane] ^ w) * k;
            h[lane] = (m << 31) | (m >> 33);
        }
    }
    for (; i < n; ++i)
        h[0] = ((h[0] ^ quint64(quint8(p[i]))) * k) ^ (h[0] >> 29);
    quint64 x = h[0] ^ ((h[1] << 16) | (h[1] >> 48)) ^ ((h[2] << 32) | (h[2] >> 32)) ^
                ((h[3] << 48) | (h[3] >> 16)) ^ quint64(n);
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull; // splitmix64's finaliser
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

void appendLengthPrefixed(QCryptographicHash& h, const QByteArray& bytes) {
    const quint64 len = qToLittleEndian(quint64(bytes.size()));
    h.addData(QByteArrayView(reinterpret_cast<const char*>(&len), 8));
    h.addData(bytes);
}

bool littleEndianHost() {
    return QSysInfo::ByteOrder == QSysInfo::LittleEndian;
}

QByteArray sidecarBytes(const QByteArray& key, const embed::VectorSet& set) {
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s.writeRawData(kSidecarMagic, 8);
    s << kVersion << key << quint64(set.rows()) << set.texts << set.labels << set.ids;
    return out;
}

QByteArray headerBytes(const QByteArray& key, const embed::VectorSet& set, quint64 sidecarHash) {
    QByteArray h(kHeaderSize, '\0');
    char* p = h.data();
    std::memcpy(p, kMagic, 8);
    qToLittleEndian(kVersion, p + 8);
    qToLittleEndian(quint32(kHeaderSize), p + 12);
    qToLittleEndian(quint64(set.rows()), p + 16);
    qToLittleEndian(quint64(set.dim()), p + 24);
    std::memcpy(p + 32, key.constData(), 32);
    const qsizetype dataBytes = qsizetype(set.rows()) * set.dim() * qsizetype(sizeof(float));
    qToLittleEndian(fastHash(reinterpret_cast<const char*>(set.data()), dataBytes), p + 64);
    qToLittleEndian(sidecarHash, p + 72);
    qToLittleEndian(fastHash(p, kHashedHeader), p + 120);
    return h;
}

bool writeAtomically(const QString& path, const QByteArray& head, const char* body,
                     qsizetype bodySize, QString* error) {
    QSaveFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly) && f.write(head) == head.size() &&
                    (bodySize == 0 || f.write(body, bodySize) == bodySize) && f.commit();
    if (!ok)
        *error = QCoreApplication::translate("ik::EmbedCache", "cannot write %1: %2")
                     .arg(path, f.errorString());
    return ok;
}

CacheOpen damaged(const QString& path, const QString& what) {
    CacheOpen out;
    out.found = true;
    out.error = QCoreApplication::translate(
                    "ik::EmbedCache",
                    "the cached embeddings in %1 cannot be used: %2; embed the set again to "
                    "replace them")
                    .arg(QDir::toNativeSeparators(path), what);
    return out;
}

struct Header {
    quint64 rows = 0, dim = 0, dataHash = 0, sidecarHash = 0;
    QByteArray key;
};

// Why the mapped file's header is unusable, or empty when it is sound.
QString headerProblem(const uchar* map, qint64 size, Header* h) {
    const char* p = reinterpret_cast<const char*>(map);
    if (size < kHeaderSize || std::memcmp(p, kMagic, 8) != 0)
        return size < kHeaderSize && size >= 8 && std::memcmp(p, kMagic, 8) == 0
                   ? QCoreApplication::translate(
                         "ik::EmbedCache", "the file is cut short (%1 bytes, less than its header)")
                         .arg(size)
                   : QCoreApplication::translate("ik::EmbedCache",
                                                 "it is not an embedding cache file");
    if (qFromLittleEndian<quint64>(p + 120) != fastHash(p, kHashedHeader))
        return QCoreApplication::translate(
            "ik::EmbedCache", "its header does not match its checksum (the file is damaged)");
    if (qFromLittleEndian<quint32>(p + 8) != kVersion ||
        qFromLittleEndian<quint32>(p + 12) != kHeaderSize)
        return QCoreApplication::translate(
                   "ik::EmbedCache",
                   "it was written in cache format %1, which this version does not read")
            .arg(qFromLittleEndian<quint32>(p + 8));
    h->rows = qFromLittleEndian<quint64>(p + 16);
    h->dim = qFromLittleEndian<quint64>(p + 24);
    h->key = QByteArray(p + 32, 32);
    h->dataHash = qFromLittleEndian<quint64>(p + 64);
    h->sidecarHash = qFromLittleEndian<quint64>(p + 72);
    if (h->rows == 0 || h->dim == 0 || h->rows > quint64(std::numeric_limits<int>::max()) ||
        h->dim > (1u << 20))
        return QCoreApplication::translate("ik::EmbedCache",
                                           "its header gives an impossible shape (%1 × %2)")
            .arg(h->rows)
            .arg(h->dim);
    const quint64 expected = quint64(kHeaderSize) + h->rows * h->dim * sizeof(float);
    if (quint64(size) != expected)
        return QCoreApplication::translate(
                   "ik::EmbedCache",
                   "it is truncated or padded: it holds %1 bytes where %2 × %3 vectors take %4")
            .arg(size)
            .arg(h->rows)
            .arg(h->dim)
            .arg(expected);
    return {};
}

// Reads the sidecar into set; the problem when it does not belong to this vectors file.
QString readSidecar(const QString& path, const Header& h, embed::VectorSet* set) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("ik::EmbedCache", "its sidecar %1 cannot be read (%2)")
            .arg(QDir::toNativeSeparators(path), f.errorString());
    const QByteArray bytes = f.readAll();
    if (fastHash(bytes.constData(), bytes.size()) != h.sidecarHash)
        return QCoreApplication::translate(
                   "ik::EmbedCache",
                   "its sidecar %1 does not match the checksum the vectors file holds for it")
            .arg(QDir::toNativeSeparators(path));
    QDataStream s(bytes);
    s.setVersion(QDataStream::Qt_6_4);
    char magic[8] = {};
    quint32 version = 0;
    QByteArray key;
    quint64 rows = 0;
    s.readRawData(magic, 8);
    s >> version >> key >> rows >> set->texts >> set->labels >> set->ids;
    const auto fits = [&](const QStringList& l) {
        return l.isEmpty() || quint64(l.size()) == rows;
    };
    if (s.status() != QDataStream::Ok || std::memcmp(magic, kSidecarMagic, 8) != 0 ||
        version != kVersion || key != h.key || rows != h.rows || !fits(set->texts) ||
        !fits(set->labels) || !fits(set->ids))
        return QCoreApplication::translate("ik::EmbedCache",
                                           "its sidecar %1 is not the one written with it")
            .arg(QDir::toNativeSeparators(path));
    return {};
}

} // namespace

QByteArray EmbedKey::digest() const {
    QCryptographicHash h(QCryptographicHash::Sha256);
    appendLengthPrefixed(h, workload.toUtf8());
    appendLengthPrefixed(h, model.toUtf8());
    appendLengthPrefixed(h, inputsHash);
    return h.result();
}

QByteArray hashInputs(const QStringList& texts) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& t : texts)
        appendLengthPrefixed(h, t.toUtf8());
    return h.result();
}

EmbedKey embedKeyFor(const Workload& workload, const QString& model, const QStringList& texts) {
    return {trimBaseUrl(workload.baseUrl) + u'/' + workload.project + u'/' + workload.slug, model,
            hashInputs(texts)};
}

EmbedCache::EmbedCache(const QString& dir)
    : m_dir(dir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/embeddings"_s
                : dir) {}

QString EmbedCache::vectorsPath(const EmbedKey& key) const {
    return m_dir + u'/' + QString::fromLatin1(key.digest().toHex().left(40)) + u".f32"_s;
}

QString EmbedCache::sidecarPath(const EmbedKey& key) const {
    return m_dir + u'/' + QString::fromLatin1(key.digest().toHex().left(40)) + u".meta"_s;
}

bool EmbedCache::store(const EmbedKey& key, const embed::VectorSet& set, QString* error) const {
    const auto fits = [&](const QStringList& l) { return l.isEmpty() || l.size() == set.rows(); };
    if (set.empty() || set.dim() == 0) {
        *error = QCoreApplication::translate("ik::EmbedCache", "there are no vectors to cache");
        return false;
    }
    if (!fits(set.texts) || !fits(set.labels) || !fits(set.ids)) {
        *error = QCoreApplication::translate("ik::EmbedCache",
                                             "the texts, labels or ids do not match the %1 vectors")
                     .arg(set.rows());
        return false;
    }
    if (!littleEndianHost()) {
        *error = QCoreApplication::translate("ik::EmbedCache",
                                             "the embedding cache needs a little-endian machine");
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        *error = QCoreApplication::translate("ik::EmbedCache", "cannot create the cache folder %1")
                     .arg(QDir::toNativeSeparators(m_dir));
        return false;
    }
    const QByteArray digest = key.digest();
    const QByteArray sidecar = sidecarBytes(digest, set);
    if (!writeAtomically(sidecarPath(key), sidecar, nullptr, 0, error))
        return false;
    const QByteArray head = headerBytes(digest, set, fastHash(sidecar.constData(), sidecar.size()));
    return writeAtomically(vectorsPath(key), head, reinterpret_cast<const char*>(set.data()),
                           qsizetype(set.rows()) * set.dim() * qsizetype(sizeof(float)), error);
}

CacheOpen EmbedCache::open(const EmbedKey& key) const {
    return openFiles(vectorsPath(key), sidecarPath(key), key.digest());
}

bool EmbedCache::remove(const EmbedKey& key) const {
    QFile::remove(vectorsPath(key));
    QFile::remove(sidecarPath(key));
    return !QFile::exists(vectorsPath(key)) && !QFile::exists(sidecarPath(key));
}

CacheOpen EmbedCache::openFiles(const QString& vectorsPath, const QString& sidecarPath,
                                const QByteArray& expectedKey) {
    if (!QFileInfo::exists(vectorsPath))
        return {};
    auto file = std::make_shared<QFile>(vectorsPath);
    if (!file->open(QIODevice::ReadOnly))
        return damaged(vectorsPath,
                       QCoreApplication::translate("ik::EmbedCache", "it cannot be opened (%1)")
                           .arg(file->errorString()));
    if (!littleEndianHost())
        return damaged(vectorsPath,
                       QCoreApplication::translate(
                           "ik::EmbedCache", "the embedding cache needs a little-endian machine"));
    const qint64 size = file->size();
    const uchar* map = size > 0 ? file->map(0, size) : nullptr;
    if (!map)
        return damaged(
            vectorsPath,
            size == 0 ? QCoreApplication::translate("ik::EmbedCache", "the file is empty")
                      : QCoreApplication::translate("ik::EmbedCache", "it cannot be mapped (%1)")
                            .arg(file->errorString()));
    Header h;
    if (const QString problem = headerProblem(map, size, &h); !problem.isEmpty())
        return damaged(vectorsPath, problem);
    if (!expectedKey.isEmpty() && h.key != expectedKey)
        return damaged(vectorsPath,
                       QCoreApplication::translate("ik::EmbedCache",
                                                   "it holds another set (its key differs)"));
    const char* data = reinterpret_cast<const char*>(map) + kHeaderSize;
    if (fastHash(data, size - kHeaderSize) != h.dataHash)
        return damaged(vectorsPath,
                       QCoreApplication::translate(
                           "ik::EmbedCache", "its vectors do not match their checksum (the file is "
                                             "damaged)"));
    CacheOpen out;
    out.found = true;
    out.set = embed::VectorSet::fromView(int(h.rows), int(h.dim),
                                         reinterpret_cast<const float*>(data), file);
    if (const QString problem = readSidecar(sidecarPath, h, &out.set); !problem.isEmpty())
        return damaged(vectorsPath, problem);
    return out;
}

} // namespace ik
