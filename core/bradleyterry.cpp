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
        if (b != a)
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

// The observed information of the log strengths. With no prior only ratios are identified and
// the matrix is singular along all-equal shifts; (I + J/n)^-1 - J/n is then its pseudo-inverse,
// the covariance under the geometric-mean-1 normalisation the ratings are reported in. Returns
// the variance of each centred log strength.
std::vector<double> logStrengthVariances(const Tally& t, const FitOptions& o,
                                         const std::vector<double>& p) {
    const std::size_t n = p.size();
    const double shift = o.priorTies > 0 ? 0.0 : 1.0 / double(n);
    std::vector<std::vector<double>> a(n, std::vector<double>(2 * n, 0.0));
    for (std::size_t i = 0; i < n; ++i) {
        a[i][i] = o.priorTies * p[i] / ((p[i] + 1.0) * (p[i] + 1.0));
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i)
                continue;
            const double w = t.games[i][j] * p[i] * p[j] / ((p[i] + p[j]) * (p[i] + p[j]));
            a[i][i] += w;
            a[i][j] -= w;
        }
        for (std::size_t j = 0; j < n; ++j)
            a[i][j] += shift;
        a[i][n + i] = 1.0;
    }
    // Gauss–Jordan with partial pivoting: n is the number of contestants, a handful.
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t pivot = c;
        for (std::size_t r = c + 1; r < n; ++r)
            if (std::abs(a[r][c]) > std::abs(a[pivot][c]))
                pivot = r;
        if (std::abs(a[pivot][c]) < 1e-300)
            return std::vector<double>(n, INFINITY);
        std::swap(a[c], a[pivot]);
        const double d = a[c][c];
        for (double& x : a[c])
            x /= d;
        for (std::size_t r = 0; r < n; ++r)
            if (r != c && a[r][c] != 0) {
                const double f = a[r][c];
                for (std::size_t k = 0; k < 2 * n; ++k)
                    a[r][k] -= f * a[c][k];
            }
    }
    // Ratings are reported relative to the geometric mean, so the variance that matters is that of
    // theta_i - mean(theta): a shift of everyone together (which only the prior pins) changes none.
    std::vector<double> rowMean(n, 0.0);
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            rowMean[i] += (a[i][n + j] - shift) / double(n);
        total += rowMean[i] / double(n);
    }
    std::vector<double> variance(n);
    for (std::size_t i = 0; i < n; ++i)
        variance[i] = std::max(0.0, a[i][n + i] - shift - 2 * rowMean[i] + total);
    return variance;
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
    const std::vector<double> variance = logStrengthVariances(t, options, p);
    for (std::size_t i = 0; i < n; ++i) {
        Rating r;
        r.name = t.names[int(i)];
        r.strength = std::exp(std::log(p[i]) - logMean);
        r.rating = 1000.0 + elo * std::log(r.strength);
        const double halfWidth = 1.96 * elo * std::sqrt(variance[i]);
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
