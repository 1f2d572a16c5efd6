// Deterministic token probabilities: what a model's sampler would report, made up from the
// token's text (engine.h).
#include "engine.h"

#include <algorithm>
#include <cmath>

namespace ik::sandbox::engine {

namespace {

// Words a model could have said instead; a token with a leading space gets them with one.
const QStringList& alternativeWords() {
    static const QStringList words{
        QStringLiteral("the"),  QStringLiteral("a"),     QStringLiteral("this"),
        QStringLiteral("it"),   QStringLiteral("and"),   QStringLiteral("to"),
        QStringLiteral("of"),   QStringLiteral("in"),    QStringLiteral("that"),
        QStringLiteral("is"),   QStringLiteral("for"),   QStringLiteral("with"),
        QStringLiteral("your"), QStringLiteral("we"),    QStringLiteral("can"),
        QStringLiteral("then"), QStringLiteral("first"), QStringLiteral("each"),
        QStringLiteral("one"),  QStringLiteral("more"),  QStringLiteral("so"),
        QStringLiteral("not"),  QStringLiteral("also"),  QStringLiteral("when"),
        QStringLiteral("."),    QStringLiteral(","),     QStringLiteral(":"),
    };
    return words;
}

} // namespace

TokenProbs tokenProbs(const QString& token, int topN) {
    const quint64 h = hash64(QStringLiteral("logprob\x1f") + token);
    // Mostly confident, sometimes not: p = 1 - 0.98 u^2 puts about half the tokens above 0.75.
    const double u = double(h % 100000) / 100000.0;
    const double p = 1.0 - 0.98 * u * u;
    TokenProbs out;
    out.logprob = std::log(p);
    if (topN <= 0)
        return out;
    const bool space = token.startsWith(u' ');
    const QString bare = token.trimmed();
    QList<TokenChoice> choices{{token, out.logprob}};
    const QStringList& words = alternativeWords();
    // The rest of the mass goes to the alternatives, halving from one to the next.
    double rest = 1.0 - p;
    for (qsizetype k = 0; choices.size() < topN && k < words.size(); ++k) {
        const QString& w = words[qsizetype((h >> 17) + quint64(k) * 7) % words.size()];
        if (w == bare)
            continue;
        const bool punctuation = !w.front().isLetter();
        const QString alt = space && !punctuation ? u' ' + w : w;
        if (std::any_of(choices.begin(), choices.end(),
                        [&](const TokenChoice& c) { return c.token == alt; }))
            continue;
        rest /= 2;
        choices.append({alt, std::log(std::max(rest, 1e-9))});
    }
    std::stable_sort(
        choices.begin(), choices.end(),
        [](const TokenChoice& a, const TokenChoice& b) { return a.logprob > b.logprob; });
    out.top = choices;
    return out;
}

} // namespace ik::sandbox::engine
