// The arena's ratings: Bradley–Terry strengths against results worked out by hand. With two
// contestants the maximum-likelihood ratio of strengths is wins over losses; a balanced cycle
// rates everyone equal; any fit satisfies the likelihood equations W_i = Σ_j n_ij p_i/(p_i+p_j).

#include "bradleyterry.h"

#include <QtTest>
#include <cmath>

using namespace ik::arena;
using namespace Qt::Literals::StringLiterals;

namespace {

QList<Vote> repeat(const QString& a, const QString& b, Outcome o, int times) {
    return QList<Vote>(times, Vote{a, b, o});
}

const Rating& find(const QList<Rating>& ratings, const QString& name) {
    for (const Rating& r : ratings)
        if (r.name == name)
            return r;
    qFatal("no rating for %s", qPrintable(name));
}

FitOptions plain() {
    FitOptions o;
    o.priorTies = 0;
    return o;
}

} // namespace

class TestBradleyTerry : public QObject {
    Q_OBJECT

private slots:
    void twoContestantsRatioIsWinsOverLosses() {
        QList<Vote> votes = repeat(u"alpha"_s, u"beta"_s, Outcome::AWins, 2);
        votes += repeat(u"beta"_s, u"alpha"_s, Outcome::BWins, 1); // alpha, on the B side
        votes += repeat(u"alpha"_s, u"beta"_s, Outcome::BWins, 1);
        const QList<Rating> r = fitBradleyTerry(votes, plain());
        QCOMPARE(r.size(), 2);
        QCOMPARE(r[0].name, u"alpha"_s);
        QVERIFY(qAbs(r[0].strength / r[1].strength - 3.0) < 1e-9);
        QVERIFY(qAbs((r[0].rating - r[1].rating) - 400 * std::log10(3.0)) < 1e-6);
        QCOMPARE(r[0].votes, 4);
    }

    void tiesAreHalfAWinEach() {
        QList<Vote> votes = repeat(u"a"_s, u"b"_s, Outcome::Tie, 3);
        votes += Vote{u"a"_s, u"b"_s, Outcome::AWins};
        votes += Vote{u"a"_s, u"b"_s, Outcome::BWins};
        const QList<Rating> r = fitBradleyTerry(votes, plain());
        QVERIFY(qAbs(r[0].rating - 1000) < 1e-6);
        QVERIFY(qAbs(r[1].rating - 1000) < 1e-6);
    }

    void aBalancedCycleRatesEveryoneEqual() {
        QList<Vote> votes;
        for (auto [w, l] : {std::pair{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"c"_s, u"a"_s}}) {
            votes += repeat(w, l, Outcome::AWins, 2);
            votes += repeat(w, l, Outcome::BWins, 1);
        }
        for (const Rating& r : fitBradleyTerry(votes, plain()))
            QVERIFY2(qAbs(r.rating - 1000) < 1e-6, qPrintable(r.name));
    }

    void theFitSolvesTheLikelihoodEquations() {
        // a beats b 2–1, b beats c 2–1, a beats c 2–1: a > b > c, and for each i the expected
        // wins under the fit equal the observed ones.
        QList<Vote> votes;
        for (auto [w, l] : {std::pair{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}, {u"a"_s, u"c"_s}}) {
            votes += repeat(w, l, Outcome::AWins, 2);
            votes += repeat(w, l, Outcome::BWins, 1);
        }
        const QList<Rating> r = fitBradleyTerry(votes, plain());
        QCOMPARE(r[0].name, u"a"_s);
        QCOMPARE(r[1].name, u"b"_s);
        QCOMPARE(r[2].name, u"c"_s);
        const double pa = find(r, u"a"_s).strength, pb = find(r, u"b"_s).strength,
                     pc = find(r, u"c"_s).strength;
        QVERIFY(qAbs(3 * pa / (pa + pb) + 3 * pa / (pa + pc) - 4.0) < 1e-8); // a won 4
        QVERIFY(qAbs(3 * pc / (pc + pb) + 3 * pc / (pc + pa) - 2.0) < 1e-8); // c won 2
    }

    void onlyWinsStillGetAFiniteRatingWithThePrior() {
        const QList<Rating> r = fitBradleyTerry(repeat(u"x"_s, u"y"_s, Outcome::AWins, 5));
        QCOMPARE(r[0].name, u"x"_s);
        QVERIFY(std::isfinite(r[0].rating) && std::isfinite(r[1].rating));
        QVERIFY(r[0].rating > r[1].rating + 100);
        QVERIFY(r[0].low < r[0].rating && r[0].rating < r[0].high);
    }

    void bothBadCountsAsAVoteButNotInTheFit() {
        QList<Vote> votes = repeat(u"a"_s, u"b"_s, Outcome::BothBad, 5);
        votes += Vote{u"a"_s, u"b"_s, Outcome::AWins};
        const QList<Rating> with = fitBradleyTerry(votes);
        const QList<Rating> without = fitBradleyTerry({Vote{u"a"_s, u"b"_s, Outcome::AWins}});
        QCOMPARE(with[0].votes, 6);
        QVERIFY(qAbs(with[0].rating - without[0].rating) < 1e-9);
    }

    void intervalsCarryTheUncertaintyOfTheOthers() {
        // a–b and b–c tied 10 times each, a–c never played; all strengths are 1. The information
        // of the log strengths (one prior tie each) is
        // [[11/4,-5/2,0],[-5/2,21/4,-5/2],[0,-5/2,11/4]]; inverted exactly in rationals and centred
        // on the mean, the variances are 208/1023 for a and c and 8/93 for b, so the half-widths
        // are 1.96 · 400/ln 10 · sqrt of those.
        QList<Vote> votes = repeat(u"a"_s, u"b"_s, Outcome::Tie, 10);
        votes += repeat(u"b"_s, u"c"_s, Outcome::Tie, 10);
        const QList<Rating> r = fitBradleyTerry(votes);
        const double elo = 400 / std::log(10.0);
        const Rating& a = find(r, u"a"_s);
        const Rating& b = find(r, u"b"_s);
        QVERIFY(qAbs((a.high - a.low) / 2 - 1.96 * elo * std::sqrt(208.0 / 1023.0)) < 1e-6);
        QVERIFY(qAbs((b.high - b.low) / 2 - 1.96 * elo * std::sqrt(8.0 / 93.0)) < 1e-6);
    }

    void oneContestantAndSelfPairs() {
        const QList<Rating> one = fitBradleyTerry({Vote{u"solo"_s, u"solo"_s, Outcome::AWins}});
        QCOMPARE(one.size(), 1);
        QCOMPARE(one[0].votes, 1);
        QVERIFY(qAbs(one[0].rating - 1000) < 1e-9);
        // Ratings are relative to the geometric mean: a lone contestant is 1000 by definition.
        QVERIFY(std::isfinite(one[0].high) && qAbs(one[0].high - one[0].low) < 1e-9);
    }

    void moreVotesNarrowTheInterval() {
        const auto few = fitBradleyTerry(repeat(u"a"_s, u"b"_s, Outcome::Tie, 4));
        const auto many = fitBradleyTerry(repeat(u"a"_s, u"b"_s, Outcome::Tie, 400));
        QVERIFY(many[0].high - many[0].low < (few[0].high - few[0].low) / 5);
        QVERIFY(fitBradleyTerry({}).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestBradleyTerry)
#include "tst_bradleyterry.moc"
