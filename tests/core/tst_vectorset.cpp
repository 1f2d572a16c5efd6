// Vector loaders: .npy (written here byte by byte, as numpy writes it), JSONL and the Embedding
// Projector's TSVs, read from real files; bad files give an error naming the file, the row and
// what to do.

#include "npy.h"
#include "vectorset.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

using namespace ik;
using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

// An .npy file with the given header dict and raw data, padded as numpy pads it.
QByteArray npyFile(const QByteArray& dict, const QByteArray& data, int version = 1) {
    QByteArray header = dict;
    const int fixed = version == 1 ? 10 : 12;
    header.append(QByteArray((64 - (fixed + header.size() + 1) % 64) % 64, ' '));
    header.append('\n');
    QByteArray out("\x93NUMPY", 6);
    out.append(char(version));
    out.append('\0');
    if (version == 1) {
        const quint16 len = qToLittleEndian(quint16(header.size()));
        out.append(reinterpret_cast<const char*>(&len), 2);
    } else {
        const quint32 len = qToLittleEndian(quint32(header.size()));
        out.append(reinterpret_cast<const char*>(&len), 4);
    }
    return out + header + data;
}

template <typename T> QByteArray littleEndian(std::initializer_list<T> values) {
    QByteArray out;
    for (T v : values) {
        char b[sizeof(T)];
        qToLittleEndian(v, b);
        out.append(b, sizeof(T));
    }
    return out;
}

QByteArray f8Dict(const char* shape, const char* order = "False") {
    return QByteArray("{'descr': '<f8', 'fortran_order': ") + order + ", 'shape': " + shape + ", }";
}

} // namespace

class TstVectorSet : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }

    static void addBadNpy() {
        const QByteArray four = littleEndian<double>({1, 2, 3, 4});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("npy fortran")
            << u"f.npy"_s << npyFile(f8Dict("(2, 2)", "True"), four) << QByteArray()
            << QStringList{u"f.npy: "_s, u"Fortran"_s, u"np.ascontiguousarray"_s};
        QTest::newRow("npy 1-D") << u"s.npy"_s << npyFile(f8Dict("(4,)"), four) << QByteArray()
                                 << QStringList{u"s.npy: "_s, u"shape (4,)"_s, u"2-D"_s};
        QTest::newRow("npy 3-D") << u"t.npy"_s << npyFile(f8Dict("(1, 2, 2)"), four) << QByteArray()
                                 << QStringList{u"shape (1, 2, 2)"_s, u"reshape"_s};
        QTest::newRow("npy int")
            << u"i.npy"_s
            << npyFile("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 2), }", four)
            << QByteArray() << QStringList{u"<i8"_s, u"astype"_s};
        QTest::newRow("npy big-endian")
            << u"e.npy"_s
            << npyFile("{'descr': '>f4', 'fortran_order': False, 'shape': (1, 2), }",
                       QByteArray(8, '\0'))
            << QByteArray() << QStringList{u">f4"_s, u"little-endian"_s};
        QTest::newRow("npy truncated")
            << u"c.npy"_s << npyFile(f8Dict("(3, 2)"), four) << QByteArray()
            << QStringList{u"c.npy: "_s, u"shape (3, 2)"_s, u"48 bytes"_s, u"truncated"_s};
        QTest::newRow("npy nan") << u"n.npy"_s
                                 << npyFile(f8Dict("(2, 2)"), littleEndian<double>({1, 2, 3, nan}))
                                 << QByteArray()
                                 << QStringList{u"n.npy: row 1 (a[1]), column 1 is NaN"_s,
                                                u"nan_to_num"_s};
        QTest::newRow("npy inf") << u"n.npy"_s
                                 << npyFile(f8Dict("(2, 2)"), littleEndian<double>({inf, 2, 3, 4}))
                                 << QByteArray()
                                 << QStringList{u"row 0 (a[0]), column 0 is infinite"_s};
        QTest::newRow("npy empty") << u"z.npy"_s << QByteArray() << QByteArray()
                                   << QStringList{u"z.npy: the file is empty"_s};
        QTest::newRow("npy no rows") << u"z.npy"_s << npyFile(f8Dict("(0, 4)"), {}) << QByteArray()
                                     << QStringList{u"holds no vectors"_s};
        QTest::newRow("npy not npy") << u"x.npy"_s << QByteArray("hello, this is text")
                                     << QByteArray() << QStringList{u"not a NumPy .npy file"_s};
    }

    static void addBadText() {
        QTest::newRow("jsonl ragged")
            << u"r.jsonl"_s << QByteArray("{\"embedding\":[1,2,3]}\n{\"embedding\":[1,2]}\n")
            << QByteArray()
            << QStringList{u"r.jsonl: line 2"_s, u"2 values but line 1 has 3"_s, u"ragged"_s};
        QTest::newRow("jsonl NaN")
            << u"n.jsonl"_s << QByteArray("{\"embedding\":[1,2]}\n{\"embedding\":[NaN,2]}")
            << QByteArray()
            << QStringList{u"n.jsonl: line 2: NaN or Infinity is not JSON"_s, u"drop"_s};
        QTest::newRow("jsonl not number")
            << u"s.jsonl"_s << QByteArray("{\"embedding\":[1,\"2\"]}") << QByteArray()
            << QStringList{u"line 1: \"embedding\" value 1 is not a number"_s};
        QTest::newRow("jsonl no vector")
            << u"t.jsonl"_s << QByteArray("{\"text\":\"only text\"}") << QByteArray()
            << QStringList{u"t.jsonl: line 1: no vector"_s, u"\"embedding\""_s};
        QTest::newRow("jsonl empty") << u"e.jsonl"_s << QByteArray("\n\n") << QByteArray()
                                     << QStringList{u"e.jsonl: the file holds no vectors"_s};
        QTest::newRow("jsonl duplicate id")
            << u"d.jsonl"_s << QByteArray("{\"id\":1,\"vector\":[1]}\n{\"id\":1,\"vector\":[2]}")
            << QByteArray() << QStringList{u"line 2: id \"1\" is already used on line 1"_s};
        QTest::newRow("jsonl missing id")
            << u"d.jsonl"_s << QByteArray("{\"id\":1,\"vector\":[1]}\n{\"vector\":[2]}")
            << QByteArray() << QStringList{u"line 2 has no \"id\""_s};
        QTest::newRow("tsv ragged")
            << u"v.tsv"_s << QByteArray("1\t2\t3\n4\t5\n") << QByteArray()
            << QStringList{u"v.tsv: line 2 has 2 values but line 1 has 3"_s};
        QTest::newRow("tsv header")
            << u"v.tsv"_s << QByteArray("a\tb\n1\t2\n") << QByteArray()
            << QStringList{u"line 1, column 0: \"a\" is not a number"_s, u"no header row"_s};
        QTest::newRow("tsv nan") << u"v.tsv"_s << QByteArray("1\t2\nnan\t2\n") << QByteArray()
                                 << QStringList{u"v.tsv: line 2, column 0 is NaN"_s};
        QTest::newRow("tsv blank line") << u"v.tsv"_s << QByteArray("1\t2\n\n3\t4\n")
                                        << QByteArray() << QStringList{u"line 2 is empty"_s};
        QTest::newRow("tsv empty") << u"v.tsv"_s << QByteArray() << QByteArray()
                                   << QStringList{u"v.tsv: the file is empty"_s};
        QTest::newRow("meta count")
            << u"v.tsv"_s << QByteArray("1\n2\n3\n") << QByteArray("one\ntwo\n")
            << QStringList{u"meta.tsv: 2 metadata row(s) for 3 vectors"_s, u"one row per vector"_s};
        QTest::newRow("meta count header")
            << u"v.tsv"_s << QByteArray("1\n2\n") << QByteArray("text\tlabel\na\tx\nb\ty\nc\tz\n")
            << QStringList{u"3 metadata row(s) after the header for 2 vectors"_s};
        QTest::newRow("meta columns")
            << u"v.tsv"_s << QByteArray("1\n2\n") << QByteArray("text\tlabel\na\tx\nb\n")
            << QStringList{u"meta.tsv: line 3 has 1 column(s)"_s};
        QTest::newRow("meta empty") << u"v.tsv"_s << QByteArray("1\n2\n") << QByteArray("")
                                    << QStringList{u"meta.tsv: the metadata file is empty"_s};
        QTest::newRow("unknown kind") << u"v.csv"_s << QByteArray("1,2\n") << QByteArray()
                                      << QStringList{u"v.csv: unknown kind"_s, u".npy"_s};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void npyFloat32RoundTrip() {
        const QList<QVector<float>> rows = {{1.5f, -2.0f, 0.25f}, {4.0f, 5.0f, 6.0f}};
        const VectorLoad load = loadVectors(write(u"a.npy"_s, npyFloat32(rows)));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.rows(), 2);
        QCOMPARE(load.set.dim(), 3);
        for (int i = 0; i < 2; ++i)
            for (int t = 0; t < 3; ++t)
                QCOMPARE(load.set.row(i)[t], rows[i][t]);
        QVERIFY(load.set.texts.isEmpty());
        QCOMPARE(toVectors(load.set), rows);
    }

    void npyFloat64AndVersion2() {
        const QByteArray data = littleEndian<double>({0.1, 0.2, 1e-3, -7.0});
        for (int version : {1, 2}) {
            const VectorLoad load =
                parseNpyVectors(npyFile(f8Dict("(2, 2)"), data, version), u"b.npy"_s);
            QVERIFY2(load.ok(), qPrintable(load.error));
            QCOMPARE(load.set.rows(), 2);
            QCOMPARE(load.set.dim(), 2);
            QCOMPARE(load.set.row(0)[1], 0.2f);
            QCOMPARE(load.set.row(1)[1], -7.0f);
        }
    }

    void npyWithMetadata() {
        const QString vec = write(u"m.npy"_s, npyFloat32({{1, 0}, {0, 1}, {1, 1}}));
        const QString meta = write(u"m.tsv"_s, "id\ttext\tlabel\nd1\tfirst\tx\nd2\tsecond\ty\n"
                                               "d3\tthird\tx\n");
        const VectorLoad load = loadVectors(vec, meta);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.ids, QStringList({u"d1"_s, u"d2"_s, u"d3"_s}));
        QCOMPARE(load.set.texts, QStringList({u"first"_s, u"second"_s, u"third"_s}));
        QCOMPARE(load.set.labels, QStringList({u"x"_s, u"y"_s, u"x"_s}));
    }

    void jsonlGood() {
        const QByteArray data =
            "{\"id\": 7, \"text\": \"a cat\", \"label\": \"pets\", "
            "\"embedding\": [1, 2.5, -3]}\n"
            "\n"
            "{\"id\": \"x\", \"text\": \"a car\", \"vector\": [0, 0.5, 1e2]}\r\n";
        const VectorLoad load = loadVectors(write(u"v.jsonl"_s, data));
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.rows(), 2);
        QCOMPARE(load.set.dim(), 3);
        QCOMPARE(load.set.row(0)[1], 2.5f);
        QCOMPARE(load.set.row(1)[2], 100.0f);
        QCOMPARE(load.set.ids, QStringList({u"7"_s, u"x"_s}));
        QCOMPARE(load.set.texts, QStringList({u"a cat"_s, u"a car"_s}));
        QCOMPARE(load.set.labels, QStringList({u"pets"_s, QString()}));
    }

    void projectorGood() {
        const QString vec = write(u"vectors.tsv"_s, "0.5\t1\t-2\n3\t4e-1\t5\n");
        const QString one = write(u"one.tsv"_s, "hello world\nsecond text\n");
        VectorLoad load = loadVectors(vec, one);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.rows(), 2);
        QCOMPARE(load.set.row(1)[1], 0.4f);
        QCOMPARE(load.set.texts, QStringList({u"hello world"_s, u"second text"_s}));
        QVERIFY(load.set.labels.isEmpty());
        // Two columns: the first row is the header, whatever the names.
        load = parseProjectorTsv("1\t2\n3\t4\n", u"v.tsv"_s, "label\tsentence\nA\tone\nB\ttwo",
                                 u"meta.tsv"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QCOMPARE(load.set.texts, QStringList({u"one"_s, u"two"_s}));
        QCOMPARE(load.set.labels, QStringList({u"A"_s, u"B"_s}));
    }

    void badFiles_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("metadata");
        QTest::addColumn<QStringList>("expected");
        addBadNpy();
        addBadText();
    }

    void badFiles() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, metadata);
        QFETCH(QStringList, expected);
        const QString path = write(name, bytes);
        const QString meta =
            QTest::currentDataTag() == QByteArrayView("meta empty") || !metadata.isEmpty()
                ? write(u"meta.tsv"_s, metadata)
                : QString();
        const VectorLoad load = loadVectors(path, meta);
        QVERIFY(!load.ok());
        QVERIFY(load.set.empty());
        for (const QString& e : expected)
            QVERIFY2(load.error.contains(e), qPrintable(load.error + u" lacks: "_s + e));
    }

    void missingFile() {
        const VectorLoad load = loadVectors(m_dir.filePath(u"absent.npy"_s));
        QVERIFY(!load.ok());
        QVERIFY2(load.error.startsWith(u"absent.npy: cannot open"_s), qPrintable(load.error));
    }

    void copiesShareTheBlock() {
        const VectorSet a = VectorSet::fromValues(2, 2, {1, 2, 3, 4});
        VectorSet b = a;
        QCOMPARE(b.data(), a.data());
        QCOMPARE(b.rowSpan(1)[0], 3.0f);
    }
};

QTEST_GUILESS_MAIN(TstVectorSet)
#include "tst_vectorset.moc"
