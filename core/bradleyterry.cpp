#include "bradleyterry.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <vector>

namespace ik::arena {

namespace {

struct Tally {
    QStringList names;
    std::vector<double> wins;               // per contestant, ties as halves
    std::vector<std::vector<double>> games; // games[i][j]: decided or tied games between i and j
    std::vector<int> votes;
};

Tally tally(const QList<Vote>& votes) {
    Tally t;
    QHash<QString, int> index;
    auto slot = [&](const QString& name) {
        auto it = index.constFind(name);
        if (it != index.constEnd())
            return *it;
        const int i = int(t.names.size());
        index.insert(name, i);
        t.names.append(name);
        t.wins.push_back(0);
        t.votes.push_back(0);
        for (auto& row : t.games)
            row.push_back(0);
        t.games.emplace_back(t.names.size(), 0.0);
        return i;
    };
    for (const Vote& v : votes) {
        const int a = slot(v.a), b = slot(v.b);
        ++t.votes[a];
        ++t.votes[b];
        if (v.outcome == Outcome::BothBad || a == b)
            continue;
        t.games[a][b] += 1;
        t.games[b][a] += 1;
        t.wins[a] += v.outcome == Outcome::AWins ? 1 : v.outcome == Outcome::Tie ? 0.5 : 0;
        t.wins[b] += v.outcome == Outcome::BWins ? 1 : v.outcome == Outcome::Tie ? 0.5 : 0;
    }
    return t;
}

// One MM step; the virtual opponent has strength 1 and is never updated.
double step(const Tally& t, const FitOptions& o, std::vector<double>& p) {
    const std::size_t n = p.size();
    std::vector<double> next(n);
    for (std::size_t i = 0; i < n; ++i) {
        double denominator = o.priorTies / (p[i] + 1.0);
        for (std::size_t j = 0; j < n; ++j)
            if (j != i && t.games[i][j] > 0)
                denominator += t.games[i][j] / (p[i] + p[j]);
        const double w = t.wins[i] + 0.5 * o.priorTies;
        next[i] = denominator > 0 ? w / denominator : p[i];
    }
    double change = 0;
    for (std::size_t i = 0; i < n; ++i) {
        change = std::max(change, std::abs(std::log(next[i]) - std::log(p[i])));
        p[i] = next[i];
    }
    return change;
}

} // namespace

QList<Rating> fitBradleyTerry(const QList<Vote>& votes, const FitOptions& options) {
    const Tally t = tally(votes);
    const std::size_t n = t.names.size();
    std::vector<double> p(n, 1.0);
    for (int it = 0; it < options.maxIterations; ++it)
        if (step(t, options, p) < options.tolerance)
            break;
    // Without the prior only ratios are identified: report strengths with geometric mean 1.
    double logMean = 0;
    for (double x : p)
        logMean += std::log(x) / double(std::max<std::size_t>(n, 1));
    QList<Rating> out;
    const double elo = 400.0 / std::log(10.0);
    for (std::size_t i = 0; i < n; ++i) {
        // The 95% interval from the observed information of log p_i, others held fixed.
        double information = options.priorTies * p[i] / ((p[i] + 1.0) * (p[i] + 1.0));
        for (std::size_t j = 0; j < n; ++j)
            if (j != i)
                information += t.games[i][j] * p[i] * p[j] / ((p[i] + p[j]) * (p[i] + p[j]));
        Rating r;
        r.name = t.names[int(i)];
        r.strength = std::exp(std::log(p[i]) - logMean);
        r.rating = 1000.0 + elo * std::log(r.strength);
        const double halfWidth = information > 0 ? 1.96 * elo / std::sqrt(information) : INFINITY;
        r.low = r.rating - halfWidth;
        r.high = r.rating + halfWidth;
        r.votes = t.votes[i];
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Rating& x, const Rating& y) { return x.rating > y.rating; });
    return out;
}

} // namespace ik::arena
