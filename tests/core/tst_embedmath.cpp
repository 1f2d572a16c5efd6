// Embedding maths: norms, cosine, the similarity matrix against a plain loop, neighbours, PCA
// against an independent Jacobi eigen-decomposition written here, agreement between spaces,
// loaders (good and bad input) and exports read back byte by byte.

#include "embedmath.h"
#include "npy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <cmath>
#include <cstring>
#include <random>

using namespace ik;
using namespace ik::embed;
using namespace Qt::Literals::StringLiterals;

namespace {

Vectors randomVectors(int n, int d, unsigned seed, const QVector<double>& scales = {}) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> g(0.0f, 1.0f);
    Vectors out;
    for (int i = 0; i < n; ++i) {
        QVector<float> v(d);
        for (int t = 0; t < d; ++t)
            v[t] = g(rng) * float(scales.isEmpty() ? 1.0 : scales[t % scales.size()]);
        out.append(v);
    }
    return out;
}

// Cyclic Jacobi eigen-decomposition of a symmetric matrix, in doubles: the reference the PCA
// is checked against (the implementation uses Lanczos and QL, a different route).
void jacobi(std::vector<std::vector<double>> a, std::vector<double>* values,
            std::vector<std::vector<double>>* vectors) {
    const int n = int(a.size());
    std::vector<std::vector<double>> v(n, std::vector<double>(n, 0.0));
    for (int i = 0; i < n; ++i)
        v[i][i] = 1;
    for (int sweep = 0; sweep < 100; ++sweep) {
        double off = 0;
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q)
                off += a[p][q] * a[p][q];
        if (off < 1e-30)
            break;
        for (int p = 0; p < n; ++p)
            for (int q = p + 1; q < n; ++q) {
                if (std::abs(a[p][q]) < 1e-300)
                    continue;
                const double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                const double t =
                    (theta >= 0 ? 1.0 : -1.0) / (std::abs(theta) + std::sqrt(theta * theta + 1));
                const double c = 1 / std::sqrt(t * t + 1), s = t * c;
                for (int k = 0; k < n; ++k) {
                    const double akp = a[k][p], akq = a[k][q];
                    a[k][p] = c * akp - s * akq;
                    a[k][q] = s * akp + c * akq;
                }
                for (int k = 0; k < n; ++k) {
                    const double apk = a[p][k], aqk = a[q][k];
                    a[p][k] = c * apk - s * aqk;
                    a[q][k] = s * apk + c * aqk;
                }
                for (int k = 0; k < n; ++k) {
                    const double vkp = v[k][p], vkq = v[k][q];
                    v[k][p] = c * vkp - s * vkq;
                    v[k][q] = s * vkp + c * vkq;
                }
            }
    }
    values->assign(n, 0);
    vectors->assign(n, std::vector<double>(n));
    for (int i = 0; i < n; ++i) {
        (*values)[i] = a[i][i];
        for (int k = 0; k < n; ++k)
            (*vectors)[i][k] = v[k][i];
    }
}

struct Reference {
    double variance[2];
    double explained[2];
    std::vector<double> axis[2];
};

Reference referencePca(const Vectors& x) {
    const int n = int(x.size()), d = int(x.first().size());
    std::vector<double> mean(d, 0);
    for (const auto& v : x)
        for (int t = 0; t < d; ++t)
            mean[t] += v[t] / n;
    std::vector<std::vector<double>> cov(d, std::vector<double>(d, 0));
    for (const auto& v : x)
        for (int a = 0; a < d; ++a)
            for (int b = 0; b < d; ++b)
                cov[a][b] += (v[a] - mean[a]) * (v[b] - mean[b]) / (n - 1);
    std::vector<double> values;
    std::vector<std::vector<double>> vectors;
    jacobi(cov, &values, &vectors);
    std::vector<int> order(d);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return values[a] > values[b]; });
    double total = 0;
    for (int t = 0; t < d; ++t)
        total += cov[t][t];
    Reference r;
    for (int c = 0; c < 2; ++c) {
        r.variance[c] = values[order[c]];
        r.explained[c] = values[order[c]] / total;
        r.axis[c] = vectors[order[c]];
        int big = 0;
        for (int t = 1; t < d; ++t)
            if (std::abs(r.axis[c][t]) > std::abs(r.axis[c][big]))
                big = t;
        if (r.axis[c][big] < 0)
            for (double& a : r.axis[c])
                a = -a;
    }
    return r;
}

// The .npy reader the export is checked with: magic, version 1.0, header dict, raw floats.
bool readNpy(const QByteArray& bytes, int* rows, int* cols, QVector<float>* values) {
    if (!bytes.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)))
        return false;
    const quint16 len = qFromLittleEndian<quint16>(bytes.constData() + 8);
    const QString header = QString::fromLatin1(bytes.mid(10, len));
    if ((10 + len) % 64 != 0 || !header.endsWith(u'\n'))
        return false;
    if (!header.contains(u"'descr': '<f4'"_s) || !header.contains(u"'fortran_order': False"_s))
        return false;
    const auto m = QRegularExpression(u"'shape': \\((\\d+), (\\d+)\\)"_s).match(header);
    if (!m.hasMatch())
        return false;
    *rows = m.captured(1).toInt();
    *cols = m.captured(2).toInt();
    const QByteArray data = bytes.mid(10 + len);
    if (data.size() != qsizetype(*rows) * *cols * 4)
        return false;
    values->resize(*rows * *cols);
    for (int i = 0; i < values->size(); ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(data.constData() + 4 * i);
        std::memcpy(values->data() + i, &bits, 4);
    }
    return true;
}

QList<QByteArray> lines(const QByteArray& text) {
    QList<QByteArray> out = text.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

class TstEmbedMath : public QObject {
    Q_OBJECT
private slots:
    void norms() {
        const Vectors v = {{3, 4}, {0, 0}, {1, 0}};
        const QVector<double> n = l2Norms(v);
        QCOMPARE(n, (QVector<double>{5, 0, 1}));
        const NormStats s = normStats(n);
        QCOMPARE(s.count, 3);
        QCOMPARE(s.min, 0.0);
        QCOMPARE(s.max, 5.0);
        QCOMPARE(s.mean, 2.0);
        QVERIFY(!s.normalised);
        QVERIFY(normStats({1.0, 0.9999, 1.0004}).normalised);
        QVERIFY(!normStats({1.0, 0.99}).normalised);
        QCOMPARE(commonDimension(v), 2);
        QCOMPARE(commonDimension({{1, 2}, {1}}), -1);
        QCOMPARE(commonDimension({}), 0);
    }

    void dimensionStatistics() {
        const DimensionStats s = dimensionStats({{1, 10}, {3, 10}, {5, 10}});
        QCOMPARE(s.mean.size(), 2);
        QCOMPARE(s.mean[0], 3.0);
        QCOMPARE(s.mean[1], 10.0);
        QVERIFY(qAbs(s.stddev[0] - std::sqrt(8.0 / 3.0)) < 1e-12);
        QCOMPARE(s.stddev[1], 0.0);
        QVERIFY(dimensionStats({{1, 2}, {1}}).mean.isEmpty());
    }

    void cosineOfIdenticalInputsIsOne() {
        const Vectors v = randomVectors(5, 384, 7);
        for (const auto& x : v)
            QVERIFY(qAbs(cosine(x, x) - 1.0) < 1e-12);
        QCOMPARE(cosine({1, 0}, {0, 1}), 0.0);
        QCOMPARE(cosine({1, 0}, {-2, 0}), -1.0);
        QCOMPARE(cosine({0, 0}, {1, 0}), 0.0);
        const auto m = similarityMatrix(v);
        QVERIFY(m);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m->at(i, i), 1.0f);
        // Two inputs with the same vector: their off-diagonal cosine is 1 too.
        const auto same = similarityMatrix({v[0], v[0]});
        QVERIFY(qAbs(same->at(0, 1) - 1.0f) < 1e-6f);
    }

    void similarityMatchesPlainLoop_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<int>("threads");
        QTest::newRow("one") << 1 << 5 << 1;
        QTest::newRow("tiny odd") << 3 << 7 << 1;
        QTest::newRow("not a multiple of 4") << 37 << 33 << 2;
        QTest::newRow("several blocks") << 130 << 64 << 3;
        QTest::newRow("blocks, odd dim") << 101 << 385 << 0;
    }
    void similarityMatchesPlainLoop() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(int, threads);
        const Vectors v = randomVectors(n, d, unsigned(n * 31 + d));
        Control c;
        c.threads = threads;
        const auto m = similarityMatrix(v, c);
        QVERIFY(m);
        QCOMPARE(m->n, n);
        QCOMPARE(int(m->values.size()), n * n);
        for (int i = 0; i < n; ++i)
            for (int j = 0; j < n; ++j) {
                QCOMPARE(m->at(i, j), m->at(j, i));
                const double expected = cosine(v[i], v[j]);
                if (qAbs(m->at(i, j) - expected) > 1e-5)
                    QFAIL(qPrintable(
                        u"(%1,%2): %3 vs %4"_s.arg(i).arg(j).arg(m->at(i, j)).arg(expected)));
            }
    }

    void similarityCancelAndProgress() {
        const Vectors v = randomVectors(200, 32, 3);
        std::atomic_bool cancel{true};
        Control c;
        c.cancel = &cancel;
        QVERIFY(!similarityMatrix(v, c));
        QVERIFY(!pca2d(v, c));

        cancel = false;
        QList<double> seen;
        c.progress = [&](double f) { seen.append(f); };
        QVERIFY(similarityMatrix(v, c));
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 1.0);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(!similarityMatrix({{1, 2}, {1}}));
    }

    void neighboursOfAKnownSet() {
        // Unit vectors at known angles: 0, 10, 30, 90, 180 and 45 degrees.
        Vectors v;
        for (double deg : {0.0, 10.0, 30.0, 90.0, 180.0, 45.0}) {
            const double r = deg * M_PI / 180.0;
            v.append({float(std::cos(r)), float(std::sin(r))});
        }
        const auto m = similarityMatrix(v);
        QVERIFY(m);
        auto indices = [](const QList<Neighbour>& ns) {
            QList<int> out;
            for (const auto& n : ns)
                out.append(n.index);
            return out;
        };
        QCOMPARE(indices(nearestNeighbours(*m, 0, -1)), (QList<int>{1, 2, 5, 3, 4}));
        QCOMPARE(indices(nearestNeighbours(*m, 3, 3)), (QList<int>{5, 2, 1}));
        QCOMPARE(indices(nearestNeighbours(v, 3, 3)), (QList<int>{5, 2, 1}));
        const auto top = nearestNeighbours(*m, 0, 2);
        QCOMPARE(top.size(), 2);
        QVERIFY(qAbs(top[0].score - std::cos(10 * M_PI / 180)) < 1e-6);
        QVERIFY(qAbs(top[1].score - std::cos(30 * M_PI / 180)) < 1e-6);
        QVERIFY(nearestNeighbours(*m, 9, 3).isEmpty());

        const double at70 = 70 * M_PI / 180;
        const QVector<float> q = {float(std::cos(at70)), float(std::sin(at70))};
        QCOMPARE(indices(rankAgainst(q, v)), (QList<int>{3, 5, 2, 1, 0, 4}));
        QCOMPARE(rankAgainst(q, v, 1).size(), 1);
    }

    void pcaMatchesReference_data() {
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("d");
        QTest::addColumn<unsigned>("seed");
        QTest::newRow("3 dims, 40 points (covariance side)") << 40 << 3 << 1u;
        QTest::newRow("8 dims, 200 points") << 200 << 8 << 2u;
        QTest::newRow("fewer points than dims (Gram side)") << 5 << 9 << 3u;
        QTest::newRow("two points") << 2 << 4 << 4u;
    }
    void pcaMatchesReference() {
        QFETCH(int, n);
        QFETCH(int, d);
        QFETCH(unsigned, seed);
        // Distinct scales per dimension keep the top eigenvalues apart, so the axes are defined.
        const Vectors v = randomVectors(n, d, seed, {5.0, 3.0, 1.5, 1.0, 0.7, 0.5, 0.3, 0.2, 0.1});
        const auto pca = pca2d(v);
        QVERIFY(pca);
        const Reference ref = referencePca(v);
        QCOMPARE(pca->points.size(), n);
        for (int c = 0; c < 2; ++c) {
            if (n == 2 && c == 1) {
                // Two points span one axis only.
                QVERIFY(pca->explained[1] < 1e-9);
                continue;
            }
            QVERIFY2(qAbs(pca->variance[c] - ref.variance[c]) < 1e-4 * ref.variance[0],
                     qPrintable(u"%1 vs %2"_s.arg(pca->variance[c]).arg(ref.variance[c])));
            QVERIFY(qAbs(pca->explained[c] - ref.explained[c]) < 1e-5);
            for (int t = 0; t < d; ++t)
                QVERIFY2(qAbs(pca->components[c][t] - ref.axis[c][t]) < 1e-4,
                         qPrintable(u"axis %1[%2]: %3 vs %4"_s.arg(c)
                                        .arg(t)
                                        .arg(pca->components[c][t])
                                        .arg(ref.axis[c][t])));
        }
        QVERIFY(pca->explained[0] >= pca->explained[1]);
        QVERIFY(pca->explained[0] + pca->explained[1] <= 1.0 + 1e-9);
        // Each point is its centred vector projected on the axes.
        std::vector<double> mean(d, 0);
        for (const auto& x : v)
            for (int t = 0; t < d; ++t)
                mean[t] += x[t] / double(n);
        for (int i = 0; i < n; ++i) {
            double p0 = 0;
            for (int t = 0; t < d; ++t)
                p0 += (v[i][t] - mean[t]) * ref.axis[0][t];
            QVERIFY(qAbs(pca->points[i].x() - p0) < 1e-3);
        }
    }

    void pcaOfAKnownMatrix() {
        // Symmetric about y = x: the axes are (1,1)/sqrt(2) and (1,-1)/sqrt(2) exactly. Along
        // the first the squares sum to 8+2+0+2+8 = 20, along the second to 0.5+0.5 = 1.
        const Vectors v = {{-2, -2}, {-1, -1},      {0, 0},       {1, 1},
                           {2, 2},   {0.5f, -0.5f}, {-0.5f, 0.5f}};
        const auto pca = pca2d(v);
        QVERIFY(pca);
        QVERIFY(qAbs(pca->components[0][0] - M_SQRT1_2) < 1e-6);
        QVERIFY(qAbs(pca->components[0][1] - M_SQRT1_2) < 1e-6);
        QVERIFY(qAbs(qAbs(pca->components[1][0]) - M_SQRT1_2) < 1e-6);
        QVERIFY(qAbs(pca->components[1][0] + pca->components[1][1]) < 1e-6);
        QVERIFY(qAbs(pca->explained[0] - 20.0 / 21.0) < 1e-6);
        QVERIFY(qAbs(pca->explained[1] - 1.0 / 21.0) < 1e-6);
        QVERIFY(qAbs(pca->variance[0] - 20.0 / 6.0) < 1e-5);
        QVERIFY(qAbs(pca->totalVariance - 21.0 / 6.0) < 1e-5);
        QVERIFY(qAbs(pca->points[4].x() - 2 * M_SQRT2) < 1e-5);
        // All inputs equal: no variance, no crash.
        const auto flat = pca2d({{1, 2}, {1, 2}, {1, 2}});
        QVERIFY(flat);
        QCOMPARE(flat->explained[0], 0.0);
        QVERIFY(!pca2d({{1, 2}}));
    }

    void spearmanAndAgreement() {
        QCOMPARE(spearman({1, 2, 3, 4}, {10, 20, 30, 40}), 1.0);
        QCOMPARE(spearman({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        // With ties: ranks (1.5, 1.5, 3) vs (1, 2, 3): rho = 0.866...
        QVERIFY(qAbs(spearman({1, 1, 2}, {1, 2, 3}) - std::sqrt(3.0) / 2) < 1e-12);
        QCOMPARE(spearman({1, 1, 1}, {1, 2, 3}), 0.0);

        const Vectors a = randomVectors(30, 16, 11);
        const auto ma = similarityMatrix(a);
        const auto same = compareSpaces(*ma, *ma, 5);
        QVERIFY(same);
        QCOMPARE(same->k, 5);
        QCOMPARE(same->meanOverlap, 1.0);
        QCOMPARE(same->medianOverlap, 1.0);
        QVERIFY(qAbs(same->meanSpearman - 1.0) < 1e-12);
        QVERIFY(same->summary().contains(u"100%"_s));

        const auto mb = similarityMatrix(randomVectors(30, 16, 12));
        const auto other = compareSpaces(*ma, *mb, 100);
        QVERIFY(other);
        QCOMPARE(other->k, 29); // clamped to n - 1: then every other input is in both lists
        QCOMPARE(other->meanOverlap, 1.0);
        const auto k3 = compareSpaces(*ma, *mb, 3);
        QVERIFY(k3->meanOverlap < 0.6);
        QVERIFY(qAbs(k3->meanSpearman) < 0.5);
        QCOMPARE(k3->overlap.size(), 30);
        const auto small = similarityMatrix(randomVectors(3, 4, 1));
        QVERIFY(!compareSpaces(*ma, *small, 3));
    }

    void agreementIsReadAgainstChance() {
        // Two unrelated spaces over 12 inputs at k = 10 share about 91% by chance: that is no
        // agreement, and the summary must say so instead of "they largely agree".
        const auto a = similarityMatrix(randomVectors(12, 16, 21));
        const auto b = similarityMatrix(randomVectors(12, 16, 22));
        const QString crowded = compareSpaces(*a, *b, 10)->summary();
        QVERIFY2(crowded.contains(u"would share 91% by chance"_s), qPrintable(crowded));
        QVERIFY2(crowded.contains(u"too many to tell agreement from chance"_s),
                 qPrintable(crowded));
        QVERIFY2(!crowded.contains(u"agree about"_s), qPrintable(crowded));
        QCOMPARE(defaultAgreementK(12), 1);
        QCOMPARE(defaultAgreementK(200), 10);
        QCOMPARE(defaultAgreementK(100000), 50);

        const auto c = similarityMatrix(randomVectors(200, 16, 23));
        const auto d = similarityMatrix(randomVectors(200, 16, 24));
        const QString same = compareSpaces(*c, *c, 10)->summary();
        QVERIFY2(same.contains(u"largely agree"_s), qPrintable(same));
        const QString unrelated = compareSpaces(*c, *d, 10)->summary();
        QVERIFY2(unrelated.contains(u"mostly disagree"_s), qPrintable(unrelated));
        QVERIFY2(unrelated.contains(u"would share 5% by chance"_s), qPrintable(unrelated));
    }

    void loaders_data() {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QString>("errorHas");
        const QStringList none;
        QTest::newRow("txt lines, blanks and CRLF")
            << u"txt"_s
            << QByteArray("\xef\xbb\xbf"
                          "first\r\n\n  second  \r\nthird")
            << QStringList{u"first"_s, u"second"_s, u"third"_s} << none << 0 << QString();
        QTest::newRow("txt empty")
            << u"txt"_s << QByteArray("\n \n") << none << none << 0 << u"no inputs"_s;
        QTest::newRow("csv header text,label")
            << u"csv"_s << QByteArray("text,label\nhello world,greet\n\"a, b\",list\n")
            << QStringList{u"hello world"_s, u"a, b"_s} << QStringList{u"greet"_s, u"list"_s} << 0
            << QString();
        QTest::newRow("csv header label first, CRLF, quotes and newline inside")
            << u"csv"_s
            << QByteArray(
                   "id,Category,Sentence\r\n1,x,\"say \"\"hi\"\"\"\r\n2,y,\"two\nlines\"\r\n")
            << QStringList{u"say \"hi\""_s, u"two\nlines"_s} << QStringList{u"x"_s, u"y"_s} << 0
            << QString();
        QTest::newRow("csv no header, one column")
            << u"csv"_s << QByteArray("alpha\nbeta\n") << QStringList{u"alpha"_s, u"beta"_s} << none
            << 0 << QString();
        QTest::newRow("csv no header, two columns")
            << u"csv"_s << QByteArray("alpha,A\nbeta,B") << QStringList{u"alpha"_s, u"beta"_s}
            << QStringList{u"A"_s, u"B"_s} << 0 << QString();
        QTest::newRow("csv empty labels dropped")
            << u"csv"_s << QByteArray("text,label\na,\nb,\n") << QStringList{u"a"_s, u"b"_s} << none
            << 0 << QString();
        QTest::newRow("csv spaces around quoted field")
            << u"csv"_s << QByteArray("text,label\n \"a\" , x\n") << QStringList{u"a"_s}
            << QStringList{u"x"_s} << 0 << QString();
        QTest::newRow("csv unterminated quote")
            << u"csv"_s << QByteArray("text\nok\n\"never\nclosed\n") << none << none << 3
            << u"never closed"_s;
        QTest::newRow("csv stray quote") << u"csv"_s << QByteArray("text\nok\nab\"c\n") << none
                                         << none << 3 << u"quote inside an unquoted field"_s;
        QTest::newRow("csv text after closing quote")
            << u"csv"_s << QByteArray("text\n\"a\"b\n") << none << none << 2
            << u"after the closing quote"_s;
        QTest::newRow("csv empty text")
            << u"csv"_s << QByteArray("label,text\nx,one\ny,\n") << none << none << 3 << u"empty"_s;
        QTest::newRow("csv short row") << u"csv"_s << QByteArray("label,text\nx,one\ny\n") << none
                                       << none << 3 << u"has 1 field"_s;
        QTest::newRow("csv header only")
            << u"csv"_s << QByteArray("text,label\n") << none << none << 0 << u"no inputs"_s;
        QTest::newRow("jsonl text and label")
            << u"jsonl"_s
            << QByteArray(
                   "{\"text\": \"one\", \"label\": \"a\"}\n\n{\"text\": \"two\", \"label\": 3}\n")
            << QStringList{u"one"_s, u"two"_s} << QStringList{u"a"_s, u"3"_s} << 0 << QString();
        QTest::newRow("jsonl other field names, no label")
            << u"jsonl"_s << QByteArray("{\"sentence\": \"one\"}\n{\"sentence\": \"two\"}")
            << QStringList{u"one"_s, u"two"_s} << none << 0 << QString();
        QTest::newRow("jsonl not json")
            << u"jsonl"_s << QByteArray("{\"text\": \"ok\"}\n{\"text\": oops}\n") << none << none
            << 2 << u"not JSON"_s;
        QTest::newRow("jsonl not an object")
            << u"jsonl"_s << QByteArray("[\"x\"]\n") << none << none << 1 << u"JSON object"_s;
        QTest::newRow("jsonl no text field")
            << u"jsonl"_s << QByteArray("{\"text\": \"a\"}\n\n{\"body\": \"b\"}\n") << none << none
            << 3 << u"no \"text\" field"_s;
        QTest::newRow("jsonl text not a string") << u"jsonl"_s << QByteArray("{\"text\": 5}\n")
                                                 << none << none << 1 << u"must be a string"_s;
        QTest::newRow("jsonl blank text") << u"jsonl"_s << QByteArray("{\"text\": \"  \"}\n")
                                          << none << none << 1 << u"is empty"_s;
    }
    void loaders() {
        QFETCH(QString, kind);
        QFETCH(QByteArray, data);
        QFETCH(QStringList, texts);
        QFETCH(QStringList, labels);
        QFETCH(int, errorLine);
        QFETCH(QString, errorHas);
        const Inputs in = kind == u"txt"   ? parseTxt(data)
                          : kind == u"csv" ? parseCsv(data)
                                           : parseJsonl(data);
        if (errorHas.isEmpty()) {
            QVERIFY2(in.ok(), qPrintable(in.error));
            QCOMPARE(in.texts, texts);
            QCOMPARE(in.labels, labels);
        } else {
            QVERIFY(!in.ok());
            QVERIFY2(in.error.contains(errorHas), qPrintable(in.error));
            QCOMPARE(in.errorLine, errorLine);
            if (errorLine > 0)
                QVERIFY(in.error.startsWith(u"line %1: "_s.arg(errorLine)));
            QVERIFY(in.texts.isEmpty());
        }
    }

    void loadFromFiles() {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(u"a.csv"_s, "text,label\nx,1\n");
        write(u"b.jsonl"_s, "{\"text\":\"y\"}\n");
        write(u"c.txt"_s, "z\n");
        write(u"d.xlsx"_s, "z\n");
        write(u"e.jsonl"_s, "{\"text\":\"y\"}\nnope\n");
        QCOMPARE(loadInputs(dir.filePath(u"a.csv"_s)).labels, QStringList{u"1"_s});
        QCOMPARE(loadInputs(dir.filePath(u"b.jsonl"_s)).texts, QStringList{u"y"_s});
        QCOMPARE(loadInputs(dir.filePath(u"c.txt"_s)).texts, QStringList{u"z"_s});
        QVERIFY(loadInputs(dir.filePath(u"d.xlsx"_s)).error.contains(u".jsonl"_s));
        QCOMPARE(loadInputs(dir.filePath(u"e.jsonl"_s)).error.left(15), u"e.jsonl, line 2"_s);
        QVERIFY(loadInputs(dir.filePath(u"missing.txt"_s)).error.contains(u"cannot open"_s));
    }

    void npyExportReadsBack() {
        Vectors v = randomVectors(7, 13, 5);
        v[0][0] = 1e-38f;
        v[1][1] = -3.4e38f;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.npy"_s);
        QString error;
        QVERIFY(writeNpy(path, v, &error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        int rows = 0, cols = 0;
        QVector<float> values;
        QVERIFY(readNpy(f.readAll(), &rows, &cols, &values));
        QCOMPARE(rows, 7);
        QCOMPARE(cols, 13);
        for (int i = 0; i < 7; ++i)
            for (int t = 0; t < 13; ++t)
                QCOMPARE(values[i * 13 + t], v[i][t]); // bit-exact float32
    }

    void projectorTsvShapes() {
        const Vectors v = randomVectors(4, 6, 9);
        const QList<QByteArray> rows = lines(projectorVectorsTsv(v));
        QCOMPARE(rows.size(), 4); // no header
        for (int i = 0; i < 4; ++i) {
            const QList<QByteArray> fields = rows[i].split('\t');
            QCOMPARE(fields.size(), 6);
            for (int t = 0; t < 6; ++t)
                QCOMPARE(fields[t].toFloat(), v[i][t]);
        }
        const QStringList texts = {u"a"_s, u"b\tc"_s, u"d\ne"_s, u"f"_s};
        const QList<QByteArray> plain = lines(projectorMetadataTsv(texts, {}));
        QCOMPARE(plain.size(), 4); // one column: no header
        QCOMPARE(plain[1], QByteArray("b c"));
        QCOMPARE(plain[2], QByteArray("d e"));
        const QList<QByteArray> labelled =
            lines(projectorMetadataTsv(texts, {u"x"_s, u"y"_s, u"z"_s, u"w"_s}));
        QCOMPARE(labelled.size(), 5); // header + one row per vector
        QCOMPARE(labelled[0], QByteArray("text\tlabel"));
        for (const auto& l : labelled)
            QCOMPARE(l.count('\t'), 1);
        QCOMPARE(labelled[2], QByteArray("b c\ty"));
    }

    void csvAndJsonExportsReadBack() {
        const Vectors v = randomVectors(3, 5, 21);
        const QStringList texts = {u"plain"_s, u"with, comma"_s, u"with \"quote\"\nand line"_s};
        const QStringList labels = {u"a"_s, u"b"_s, u"c"_s};
        const QByteArray csv = toCsv(texts, labels, v);
        QVERIFY(csv.startsWith("text,label,v0,v1,v2,v3,v4\r\n"));
        const Inputs back = parseCsv(csv);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(back.texts, texts);
        QCOMPARE(back.labels, labels);
        QCOMPARE(floatText(v[2][4]).toFloat(), v[2][4]);
        QVERIFY(!toCsv(texts, {}, v).startsWith("text,label"));

        const QJsonObject o = QJsonDocument::fromJson(toJson(texts, labels, v, u"m"_s)).object();
        QCOMPARE(o.value(u"model"_s).toString(), u"m"_s);
        QCOMPARE(o.value(u"dimension"_s).toInt(), 5);
        const QJsonArray items = o.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[2].toObject().value(u"text"_s).toString(), texts[2]);
        QCOMPARE(items[1].toObject().value(u"label"_s).toString(), u"b"_s);
        const QJsonArray e = items[1].toObject().value(u"embedding"_s).toArray();
        QCOMPARE(e.size(), 5);
        for (int t = 0; t < 5; ++t)
            QCOMPARE(float(e[t].toDouble()), v[1][t]);
    }
};

QTEST_GUILESS_MAIN(TstEmbedMath)
#include "tst_embedmath.moc"
