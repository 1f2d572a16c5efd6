// The word-level diff behind the compare view: exact spans for known texts, exact
// reconstruction of both sides, and a shortest edit script checked against a plain LCS table.

#include "textdiff.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace ik;
using Op = DiffSpan::Op;
using namespace Qt::Literals::StringLiterals;

namespace {

DiffSpan eq(const QString& t, int a, int b) {
    return {Op::Equal, t, a, b};
}
DiffSpan del(const QString& t, int a, int b) {
    return {Op::Delete, t, a, b};
}
DiffSpan ins(const QString& t, int a, int b) {
    return {Op::Insert, t, a, b};
}

QString describe(const QList<DiffSpan>& spans) {
    QStringList parts;
    for (const DiffSpan& s : spans) {
        const QChar op = s.op == Op::Equal ? u'=' : s.op == Op::Delete ? u'-' : u'+';
        parts.append(
            QStringLiteral("%1[%2]@%3/%4").arg(op).arg(s.text).arg(s.aStart).arg(s.bStart));
    }
    return parts.join(u' ');
}

// Tokens edited in a shortest script: n + m - 2 * LCS.
int editDistance(const QStringList& a, const QStringList& b) {
    QList<QList<int>> lcs(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : qMax(lcs[i + 1][j], lcs[i][j + 1]);
    return int(a.size() + b.size()) - 2 * lcs[0][0];
}

} // namespace

Q_DECLARE_METATYPE(QList<ik::DiffSpan>)

class TstTextDiff : public QObject {
    Q_OBJECT
private slots:
    void tokens_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("words and spaces")
            << QStringLiteral("the  cat\tsat")
            << QStringList{u"the"_s, u"  "_s, u"cat"_s, u"\t"_s, u"sat"_s};
        QTest::newRow("punctuation one by one")
            << QStringLiteral("Hello, world!!")
            << QStringList{u"Hello"_s, u","_s, u" "_s, u"world"_s, u"!"_s, u"!"_s};
        QTest::newRow("digits and underscore are word characters")
            << QStringLiteral("top_p=0.9")
            << QStringList{u"top_p"_s, u"="_s, u"0"_s, u"."_s, u"9"_s};
        QTest::newRow("accents stay inside the word")
            << QStringLiteral("naïve café") << QStringList{u"naïve"_s, u" "_s, u"café"_s};
        QTest::newRow("combining mark stays with its letter")
            << QStringLiteral("cafe\u0301 ok")
            << QStringList{QStringLiteral("cafe\u0301"), u" "_s, u"ok"_s};
        QTest::newRow("emoji is one symbol token")
            << QStringLiteral("ok👍👍") << QStringList{u"ok"_s, u"👍"_s, u"👍"_s};
        QTest::newRow("astral letters are a word")
            << QStringLiteral("𝐀𝐁 x") << QStringList{u"𝐀𝐁"_s, u" "_s, u"x"_s};
        QTest::newRow("newlines are whitespace")
            << QStringLiteral("a\r\n\nb") << QStringList{u"a"_s, u"\r\n\n"_s, u"b"_s};
    }
    void tokens() {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(diffTokens(text), expected);
        QCOMPARE(diffTokens(text).join(QString()), text);
    }

    void known_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("fold");
        QTest::addColumn<QList<DiffSpan>>("expected");
        QTest::newRow("both empty") << QString() << QString() << true << QList<DiffSpan>{};
        QTest::newRow("identical") << u"Hello, world."_s << u"Hello, world."_s << true
                                   << QList<DiffSpan>{eq(u"Hello, world."_s, 0, 0)};
        QTest::newRow("all inserted")
            << QString() << u"new text"_s << true << QList<DiffSpan>{ins(u"new text"_s, 0, 0)};
        QTest::newRow("all deleted")
            << u"old text"_s << QString() << true << QList<DiffSpan>{del(u"old text"_s, 0, 0)};
        QTest::newRow("one word replaced")
            << u"the cat sat on the mat"_s << u"the dog sat on the mat"_s << true
            << QList<DiffSpan>{eq(u"the "_s, 0, 0), del(u"cat"_s, 4, 4), ins(u"dog"_s, 7, 4),
                               eq(u" sat on the mat"_s, 7, 7)};
        QTest::newRow("a kept space between two changes is folded")
            << u"the cat sat"_s << u"a dog sat"_s << true
            << QList<DiffSpan>{del(u"the cat"_s, 0, 0), ins(u"a dog"_s, 7, 0), eq(u" sat"_s, 7, 5)};
        QTest::newRow("without folding the space stays equal")
            << u"the cat sat"_s << u"a dog sat"_s << false
            << QList<DiffSpan>{del(u"the"_s, 0, 0), ins(u"a"_s, 3, 0),   eq(u" "_s, 3, 1),
                               del(u"cat"_s, 4, 2), ins(u"dog"_s, 7, 2), eq(u" sat"_s, 7, 5)};
        QTest::newRow("punctuation removed")
            << u"Hello, world!"_s << u"Hello world!"_s << true
            << QList<DiffSpan>{eq(u"Hello"_s, 0, 0), del(u","_s, 5, 5), eq(u" world!"_s, 6, 5)};
        QTest::newRow("appended sentence")
            << u"One two."_s << u"One two. Three."_s << true
            << QList<DiffSpan>{eq(u"One two."_s, 0, 0), ins(u" Three."_s, 8, 8)};
        QTest::newRow("word inserted in the middle")
            << u"a quick fox"_s << u"a quick brown fox"_s << true
            << QList<DiffSpan>{eq(u"a quick "_s, 0, 0), ins(u"brown "_s, 8, 8),
                               eq(u"fox"_s, 8, 14)};
        QTest::newRow("accented word differs whole")
            << u"café naïve"_s << u"cafe naïve"_s << true
            << QList<DiffSpan>{del(u"café"_s, 0, 0), ins(u"cafe"_s, 4, 0), eq(u" naïve"_s, 4, 4)};
        QTest::newRow("emoji swapped")
            << u"ok 👍"_s << u"ok 👎"_s << true
            << QList<DiffSpan>{eq(u"ok "_s, 0, 0), del(u"👍"_s, 3, 3), ins(u"👎"_s, 5, 3)};
        QTest::newRow("paragraph break becomes a space")
            << u"a\n\nb"_s << u"a b"_s << true
            << QList<DiffSpan>{eq(u"a"_s, 0, 0), del(u"\n\n"_s, 1, 1), ins(u" "_s, 3, 1),
                               eq(u"b"_s, 3, 2)};
        QTest::newRow("case matters")
            << u"Stop here"_s << u"stop here"_s << true
            << QList<DiffSpan>{del(u"Stop"_s, 0, 0), ins(u"stop"_s, 4, 0), eq(u" here"_s, 4, 4)};
    }
    void known() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, fold);
        QFETCH(QList<DiffSpan>, expected);
        DiffOptions options;
        options.foldWhitespace = fold;
        const DiffResult r = diffWords(a, b, options);
        QVERIFY(r.complete);
        QCOMPARE(describe(r.spans), describe(expected));
        QCOMPARE(r.spans, expected);
        QCOMPARE(r.textA(), a);
        QCOMPARE(r.textB(), b);
    }

    void counts() {
        const DiffResult r = diffWords(u"the cat sat on the mat"_s, u"the dog sat on a mat"_s);
        QCOMPARE(r.deletedTokens, 2);  // cat, the
        QCOMPARE(r.insertedTokens, 2); // dog, a
        QCOMPARE(r.equalTokens, 4);    // the, sat, on, mat
        QVERIFY(!r.identical());
        QVERIFY(diffWords(u"same"_s, u"same"_s).identical());
    }

    // Random texts over a small vocabulary: both sides come back exactly, and without folding
    // the number of edited tokens is the LCS minimum.
    void shortestAndExact() {
        QRandomGenerator rng(42);
        const QStringList vocab{u"a"_s, u"b"_s, u"c"_s, u" "_s, u","_s, u"dd"_s, u"\n"_s};
        auto make = [&](int n) {
            QString s;
            for (int i = 0; i < n; ++i)
                s += vocab[rng.bounded(int(vocab.size()))];
            return s;
        };
        for (int round = 0; round < 400; ++round) {
            const QString a = make(rng.bounded(0, 30));
            const QString b = make(rng.bounded(0, 30));
            DiffOptions noFold;
            noFold.foldWhitespace = false;
            const DiffResult r = diffWords(a, b, noFold);
            QCOMPARE(r.textA(), a);
            QCOMPARE(r.textB(), b);
            int edited = 0;
            for (const DiffSpan& s : r.spans)
                if (s.op != Op::Equal)
                    edited += int(diffTokens(s.text).size());
            // A span never splits a token, so re-tokenising it counts the script's edits.
            const int expected = editDistance(diffTokens(a), diffTokens(b));
            QVERIFY2(edited == expected, qPrintable(describe(r.spans)));
            const DiffResult folded = diffWords(a, b);
            QCOMPARE(folded.textA(), a);
            QCOMPARE(folded.textB(), b);
            for (qsizetype i = 1; i < folded.spans.size(); ++i) {
                QVERIFY(folded.spans[i].op != folded.spans[i - 1].op);
                QVERIFY(
                    !(folded.spans[i].op == Op::Delete && folded.spans[i - 1].op == Op::Insert));
            }
            for (const DiffSpan& s : folded.spans) {
                if (s.op != Op::Insert)
                    QCOMPARE(a.mid(s.aStart, s.text.size()), s.text);
                if (s.op != Op::Delete)
                    QCOMPARE(b.mid(s.bStart, s.text.size()), s.text);
            }
        }
    }

    // A deadline already past still gives an exact (if coarse) answer, and says so.
    void deadline() {
        QString a, b;
        for (int i = 0; i < 2000; ++i) {
            a += QStringLiteral("w%1 ").arg(i * 7 % 1013);
            b += QStringLiteral("w%1 ").arg(i * 11 % 1013);
        }
        DiffOptions options;
        options.deadline = QDeadlineTimer(0);
        const DiffResult r = diffWords(a, b, options);
        QVERIFY(!r.complete);
        QCOMPARE(r.textA(), a);
        QCOMPARE(r.textB(), b);
    }

    // Two long answers that differ in a few places: fast, and only the differences are marked.
    void longAnswers() {
        QString a, b;
        for (int i = 0; i < 20000; ++i) {
            a += QStringLiteral("token%1 ").arg(i);
            b += (i % 5000 == 17) ? QStringLiteral("changed ") : QStringLiteral("token%1 ").arg(i);
        }
        QElapsedTimer clock;
        clock.start();
        const DiffResult r = diffWords(a, b);
        QVERIFY(r.complete);
        QCOMPARE(r.deletedTokens, 4);
        QCOMPARE(r.insertedTokens, 4);
        QCOMPARE(r.textA(), a);
        QCOMPARE(r.textB(), b);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_APPLESS_MAIN(TstTextDiff)
#include "tst_textdiff.moc"
