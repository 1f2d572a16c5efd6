#pragma once
// Ratings from pairwise preference votes (the blind arena): a Bradley–Terry model, where the
// chance that i is preferred to j is p_i / (p_i + p_j), fitted by Hunter's MM algorithm
// ("MM algorithms for generalized Bradley–Terry models", Ann. Statist. 32, 2004). Pure: QtCore.

#include <QList>
#include <QString>
#include <QStringList>

namespace ik::arena {

enum class Outcome { AWins, BWins, Tie, BothBad };

struct Vote {
    QString a;
    QString b;
    Outcome outcome = Outcome::Tie;
};

struct Rating {
    QString name;
    double strength = 1;  // p_i, geometric mean 1 over the rated
    double rating = 1000; // 1000 + 400 log10 p_i: the Elo scale people read
    double low = 1000;    // 95% interval on the same scale
    double high = 1000;
    int votes = 0; // votes this contestant took part in, "both bad" included
};

struct FitOptions {
    // Each contestant plays this many virtual ties against a fixed strength-1 opponent, so one
    // that only ever won still gets a finite rating (0 gives the plain maximum likelihood).
    double priorTies = 1.0;
    int maxIterations = 10000;
    double tolerance = 1e-12;
};

// A tie counts as half a win for each side. "Both bad" says nothing about which is better, so it
// counts toward a contestant's votes but not toward the fit. Best rating first.
QList<Rating> fitBradleyTerry(const QList<Vote>& votes, const FitOptions& options = {});

} // namespace ik::arena
