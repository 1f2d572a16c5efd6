// The embedding cache on real files: a stored set reopens mapped with its texts, labels and ids;
// another key finds nothing; a truncated, flipped, foreign or half-written entry is reported
// with a clear error and never handed out; rewriting an entry leaves mapped sets intact.

#include "embedcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace ik;
using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

VectorSet sampleSet(int rows, int dim, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<float> v(size_t(rows) * size_t(dim));
    for (float& x : v)
        x = g(rng);
    VectorSet s = VectorSet::fromValues(rows, dim, std::move(v));
    for (int i = 0; i < rows; ++i) {
        s.texts.append(u"text %1 — é"_s.arg(i));
        s.labels.append(i % 2 ? u"odd"_s : u"even"_s);
        s.ids.append(u"doc-%1"_s.arg(i));
    }
    return s;
}

bool sameVectors(const VectorSet& a, const VectorSet& b) {
    return a.rows() == b.rows() && a.dim() == b.dim() &&
           std::memcmp(a.data(), b.data(), size_t(a.rows()) * size_t(a.dim()) * 4) == 0;
}

void patch(const QString& path, qint64 at, char byte) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(at));
    QVERIFY(f.write(&byte, 1) == 1);
}

} // namespace

class TstEmbedCache : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const EmbedKey m_key{u"https://api.example/p/embed"_s, u"bge-m3"_s,
                         hashInputs({u"a"_s, u"b"_s})};

    // A fresh cache in its own folder with one stored entry.
    EmbedCache stored(const QString& name, const VectorSet& set) {
        EmbedCache cache(m_dir.filePath(name));
        QString error;
        if (!cache.store(m_key, set, &error))
            qFatal("store failed: %s", qPrintable(error));
        return cache;
    }

    void expectDamaged(const EmbedCache& cache, const QString& what) {
        const CacheOpen o = cache.open(m_key);
        QVERIFY(o.found);
        QVERIFY(!o.ok());
        QVERIFY(o.set.empty());
        QVERIFY2(o.error.startsWith(u"the cached embeddings in "_s), qPrintable(o.error));
        QVERIFY2(o.error.contains(what), qPrintable(o.error + u" lacks: "_s + what));
        QVERIFY2(o.error.endsWith(u"embed the set again to replace them"_s), qPrintable(o.error));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip() {
        const VectorSet set = sampleSet(37, 19, 1);
        const EmbedCache cache = stored(u"round"_s, set);
        const CacheOpen o = cache.open(m_key);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(sameVectors(o.set, set));
        QVERIFY(o.set.data() != set.data()); // read from the file, not the set in memory
        QCOMPARE(o.set.texts, set.texts);
        QCOMPARE(o.set.labels, set.labels);
        QCOMPARE(o.set.ids, set.ids);
        QCOMPARE(QFileInfo(cache.vectorsPath(m_key)).size(), 128 + 37 * 19 * 4);
    }

    void withoutTexts() {
        const VectorSet set = VectorSet::fromValues(2, 3, {1, 2, 3, 4, 5, 6});
        const CacheOpen o = stored(u"bare"_s, set).open(m_key);
        QVERIFY2(o.ok(), qPrintable(o.error));
        QVERIFY(sameVectors(o.set, set));
        QVERIFY(o.set.texts.isEmpty());
    }

    void otherKeysFindNothing() {
        const EmbedCache cache = stored(u"keys"_s, sampleSet(4, 4, 2));
        EmbedKey other = m_key;
        other.model = u"bge-large"_s;
        QVERIFY(!cache.open(other).found);
        other = m_key;
        other.inputsHash = hashInputs({u"ab"_s}); // not the same inputs as ["a", "b"]
        QVERIFY(!cache.open(other).found);
        other = m_key;
        other.workload = u"https://api.example/p/other"_s;
        const CacheOpen none = cache.open(other);
        QVERIFY(!none.found);
        QVERIFY(none.error.isEmpty());
        Workload w;
        w.baseUrl = u"https://api.example/"_s;
        w.project = u"p"_s;
        w.slug = u"embed"_s;
        QCOMPARE(embedKeyFor(w, u"bge-m3"_s, {u"a"_s, u"b"_s}).digest(), m_key.digest());
    }

    void truncated() {
        const EmbedCache cache = stored(u"cut"_s, sampleSet(10, 8, 3));
        QVERIFY(QFile::resize(cache.vectorsPath(m_key), 128 + 10 * 8 * 4 - 4));
        expectDamaged(cache, u"it is truncated or padded: it holds 444 bytes where 10 × 8 "
                             "vectors take 448"_s);
        QVERIFY(QFile::resize(cache.vectorsPath(m_key), 40));
        expectDamaged(cache, u"cut short (40 bytes"_s);
        QVERIFY(QFile::resize(cache.vectorsPath(m_key), 0));
        expectDamaged(cache, u"the file is empty"_s);
    }

    void flippedBytes_data() {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("what");
        QTest::newRow("data") << qint64(128 + 77) << u"vectors do not match their checksum"_s;
        QTest::newRow("last value")
            << qint64(128 + 6 * 5 * 4 - 1) << u"vectors do not match their checksum"_s;
        QTest::newRow("rows") << qint64(16) << u"header does not match its checksum"_s;
        QTest::newRow("magic") << qint64(0) << u"not an embedding cache file"_s;
    }

    void flippedBytes() {
        QFETCH(qint64, offset);
        QFETCH(QString, what);
        const EmbedCache cache = stored(u"flip-"_s + QString::number(offset), sampleSet(6, 5, 4));
        QFile f(cache.vectorsPath(m_key));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.seek(offset));
        char c = 0;
        QVERIFY(f.getChar(&c));
        f.close();
        patch(cache.vectorsPath(m_key), offset, char(c ^ 0x10));
        expectDamaged(cache, what);
    }

    void sidecarProblems() {
        const EmbedCache cache = stored(u"side"_s, sampleSet(5, 3, 5));
        patch(cache.sidecarPath(m_key), 30, 'x');
        expectDamaged(cache, u"sidecar"_s);
        QVERIFY(QFile::remove(cache.sidecarPath(m_key)));
        expectDamaged(cache, u"sidecar"_s);
        // A sidecar from another entry is not taken either.
        VectorSet renamed = sampleSet(5, 3, 6);
        renamed.texts[0] = u"another text"_s;
        const EmbedCache other = stored(u"side2"_s, renamed);
        QVERIFY(QFile::copy(other.sidecarPath(m_key), cache.sidecarPath(m_key)));
        expectDamaged(cache, u"sidecar"_s);
    }

    void foreignEntry() {
        const EmbedCache cache = stored(u"foreign"_s, sampleSet(3, 3, 7));
        EmbedKey other = m_key;
        other.model = u"another"_s;
        QVERIFY(QFile::copy(cache.vectorsPath(m_key), cache.vectorsPath(other)));
        QVERIFY(QFile::copy(cache.sidecarPath(m_key), cache.sidecarPath(other)));
        const CacheOpen o = cache.open(other);
        QVERIFY(o.found && !o.ok());
        QVERIFY2(o.error.contains(u"it holds another set"_s), qPrintable(o.error));
    }

    void rewriteKeepsMappedSets() {
        const VectorSet first = sampleSet(20, 6, 8), second = sampleSet(20, 6, 9);
        const EmbedCache cache = stored(u"rewrite"_s, first);
        const CacheOpen before = cache.open(m_key);
        QVERIFY(before.ok());
        QString error;
        QVERIFY2(cache.store(m_key, second, &error), qPrintable(error));
        QVERIFY(sameVectors(before.set, first)); // still mapped from the replaced file
        const CacheOpen after = cache.open(m_key);
        QVERIFY(after.ok());
        QVERIFY(sameVectors(after.set, second));
        QVERIFY(cache.remove(m_key));
        QVERIFY(!cache.open(m_key).found);
    }

    void badStore() {
        EmbedCache cache(m_dir.filePath(u"bad"_s));
        QString error;
        QVERIFY(!cache.store(m_key, VectorSet(), &error));
        QCOMPARE(error, u"there are no vectors to cache"_s);
        VectorSet set = sampleSet(3, 2, 10);
        set.labels.removeLast();
        QVERIFY(!cache.store(m_key, set, &error));
        QCOMPARE(error, u"the texts, labels or ids do not match the 3 vectors"_s);
        QVERIFY(!cache.open(m_key).found);
    }
};

QTEST_GUILESS_MAIN(TstEmbedCache)
#include "tst_embedcache.moc"
