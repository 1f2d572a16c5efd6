// Retrieval metrics against figures worked out by hand (recall, precision, reciprocal rank, hit
// rate) and against nDCG computed independently for the graded list of the Wikipedia "Discounted
// cumulative gain" example (grades 3, 2, 3, 0, 1, 2), with exponential gain 2^grade - 1.

#include "retrieval.h"

#include <QtTest>

using namespace ik::retrieval;
using namespace Qt::Literals::StringLiterals;

class TestRetrieval : public QObject {
    Q_OBJECT

private slots:
    void binaryRelevanceAtFiveAndOne() {
        const Judgements relevant{{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 1}};
        const QStringList retrieved{u"a"_s, u"x"_s, u"b"_s, u"y"_s, u"z"_s};
        const QueryScores at5 = score(retrieved, relevant, 5);
        QCOMPARE(at5.recall, 2.0 / 3.0);
        QCOMPARE(at5.precision, 2.0 / 5.0);
        QCOMPARE(at5.reciprocalRank, 1.0);
        QVERIFY(at5.hit);
        const QueryScores at1 = score(retrieved, relevant, 1);
        QCOMPARE(at1.recall, 1.0 / 3.0);
        QCOMPARE(at1.precision, 1.0);
    }

    void reciprocalRankIsOfTheFirstRelevant() {
        const Judgements relevant{{u"c"_s, 1}};
        QCOMPARE(score({u"x"_s, u"y"_s, u"c"_s}, relevant, 10).reciprocalRank, 1.0 / 3.0);
        const QueryScores miss = score({u"x"_s, u"y"_s}, relevant, 10);
        QCOMPARE(miss.reciprocalRank, 0.0);
        QVERIFY(!miss.hit);
        QCOMPARE(miss.ndcg, 0.0);
        // The relevant id past the cut-off does not count.
        QCOMPARE(score({u"x"_s, u"y"_s, u"c"_s}, relevant, 2).reciprocalRank, 0.0);
    }

    void gradedNdcgMatchesTheWorkedExample() {
        const Judgements relevant{
            {u"d1"_s, 3}, {u"d2"_s, 2}, {u"d3"_s, 3}, {u"d5"_s, 1}, {u"d6"_s, 2}};
        const QStringList retrieved{u"d1"_s, u"d2"_s, u"d3"_s, u"d4"_s, u"d5"_s, u"d6"_s};
        QVERIFY(qAbs(score(retrieved, relevant, 6).ndcg - 0.9488107485678985) < 1e-12);
        // At k = 3 the ideal list is the three best grades (3, 3, 2).
        QVERIFY(qAbs(score(retrieved, relevant, 3).ndcg - 0.9594535145926796) < 1e-12);
        // The ideal order scores exactly 1.
        QCOMPARE(score({u"d1"_s, u"d3"_s, u"d2"_s, u"d6"_s, u"d5"_s}, relevant, 5).ndcg, 1.0);
    }

    void repeatedIdsCountOnce() {
        const Judgements relevant{{u"a"_s, 1}, {u"b"_s, 1}};
        const QueryScores s = score({u"a"_s, u"a"_s, u"a"_s, u"b"_s}, relevant, 2);
        QCOMPARE(s.recall, 1.0);
        QCOMPARE(s.precision, 1.0);
    }

    void precisionIsOverKEvenWhenFewerAreRetrieved() {
        QCOMPARE(score({u"a"_s}, Judgements{{u"a"_s, 1}}, 10).precision, 0.1);
    }

    void degenerateInputsScoreZero() {
        const QueryScores none = score({u"a"_s}, Judgements{}, 10);
        QCOMPARE(none.recall, 0.0);
        QCOMPARE(none.ndcg, 0.0);
        QCOMPARE(score({u"a"_s}, Judgements{{u"a"_s, 1}}, 0).recall, 0.0);
        QCOMPARE(summarise({}).queries, 0);
    }

    void summaryAveragesOverQueries() {
        const Judgements relevant{{u"r"_s, 1}};
        const QList<QueryScores> queries{score({u"r"_s}, relevant, 3),
                                         score({u"x"_s, u"y"_s, u"r"_s}, relevant, 3),
                                         score({u"x"_s}, relevant, 3)};
        const Summary m = summarise(queries);
        QCOMPARE(m.queries, 3);
        QVERIFY(qAbs(m.mrr - 4.0 / 9.0) < 1e-12);
        QVERIFY(qAbs(m.hitRate - 2.0 / 3.0) < 1e-12);
        QVERIFY(qAbs(m.recall - 2.0 / 3.0) < 1e-12);
    }

    void chanceOverlapOfTwelveInputsAtTen() {
        // With 12 inputs and k = 10, two unrelated spaces already share 10 of the 11 others.
        QCOMPARE(chanceOverlap(10, 12), 10.0 / 11.0);
        QCOMPARE(chanceOverlap(5, 1001), 0.005);
        QCOMPARE(chanceOverlap(20, 5), 1.0);
        QCOMPARE(chanceOverlap(3, 1), 0.0);
    }
};

QTEST_APPLESS_MAIN(TestRetrieval)
#include "tst_retrieval.moc"
