#pragma once
// Token probabilities of a chat answer (choices[0].logprobs.content[]), and what the views show
// of them: the token at a position, its probability band and its alternatives. Pure: no I/O.

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace ik {

struct TokenAlternative {
    QString token;
    double logprob = 0;
    bool operator==(const TokenAlternative&) const = default;
};

struct TokenLogprob {
    QString token;
    // The natural log of its probability, in [kLogprobFloor, 0]; NaN when the server sent none.
    double logprob = 0;
    QList<TokenAlternative> top; // top_logprobs, as the server ordered them
    qsizetype offset = 0;        // where it starts in the answer text (UTF-16 units)
    bool operator==(const TokenLogprob&) const = default;
};

// vLLM writes -inf as -9999; anything below is read as this floor, and a positive logprob (a
// server bug) as 0, so one odd value cannot make the mean or the perplexity meaningless.
inline constexpr double kLogprobFloor = -9999.0;
inline constexpr int kMaxTopLogprobs = 20; // OpenAI's bound on top_logprobs

// choices[0].logprobs of a chunk or of a non-stream answer: its content[] entries, offsets 0.
// null, absent or malformed entries read as no tokens; a missing logprob as NaN.
QList<TokenLogprob> readLogprobs(const QJsonValue& logprobs);

// Gives the tokens of one chunk their offsets: answerBefore is the answer's length before the
// chunk, answerDelta what the chunk added to it (after <think> was taken out). Tokens that only
// spelled tags or reasoning are dropped; a mismatch never places a token past the answer.
QList<TokenLogprob> placeTokens(QList<TokenLogprob> fresh, qsizetype answerBefore,
                                const QString& answerDelta);

// exp(logprob) in [0, 1]; -1 when unknown.
double tokenProbability(double logprob);

// Mean log-probability of the tokens that have one; nullopt when none has.
std::optional<double> meanLogprob(const QList<TokenLogprob>& tokens);
// exp(-mean); nullopt when there is no mean or it overflows.
std::optional<double> perplexityOf(std::optional<double> mean);

// The tint band of a probability: 0 (>= 0.9, the model was sure) .. 4 (< 0.1); -1 unknown. The
// bands are coarse on purpose: a reader compares a handful of shades, not a gradient.
int probabilityBand(double probability);
inline constexpr int kProbabilityBands = 5;
// The hue (degrees, 120 green .. 0 red) a band is tinted with.
int bandHue(int band);

// The index of the token covering answer position pos, or -1. Tokens are sorted by offset.
qsizetype tokenAt(const QList<TokenLogprob>& tokens, qsizetype pos);

// "“ the” 62.1% · alternatives: “ a” 20.3%, “ this” 5.0%": what hovering a token shows.
QString percentText(double logprob);
QString tokenLabel(const QString& token); // quoted, with line breaks and tabs made visible
QString alternativesText(const TokenLogprob& token);

// [{token, logprob, offset, top_logprobs:[{token, logprob}]}] for --json, exports and history.
QJsonArray logprobsToJson(const QList<TokenLogprob>& tokens);
// Its inverse, for what history kept: entries that are not objects, or whose offset runs
// backwards or past answerLength, are dropped, so a damaged row shows fewer tints, never wrong
// ones.
QList<TokenLogprob> logprobsFromJson(const QJsonArray& array, qsizetype answerLength);

} // namespace ik
