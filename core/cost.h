#pragma once
// Tokens and what they cost. A workload may carry a price per million input (prompt) and output
// (completion) tokens; a run's cost is its usage at that price. Pure: the arithmetic the
// playground, history and compare share. A run without usage has no cost ("tokens unknown"),
// never a cost of 0.

#include "wire.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace ik {

struct TokenPrice {
    double inputPerMillion = 0;  // prompt tokens
    double outputPerMillion = 0; // completion tokens, reasoning tokens included (usage counts
                                 // them among the completion tokens)
    bool operator==(const TokenPrice&) const = default;
};

// {"input_per_million", "output_per_million"}; nullopt for anything else (no price set).
QJsonObject priceToJson(const TokenPrice& price);
std::optional<TokenPrice> priceFromJson(const QJsonObject& json);

// The cost of usage at a price; nullopt when the prompt or completion count is unknown.
std::optional<double> costOf(const TokenPrice& price, const Usage& usage);

// What history keeps of a run's cost (HistoryRun::extra["cost"]): the price it was charged at
// and, when usage came, "amount". Empty without a price.
QJsonObject costToJson(const std::optional<TokenPrice>& price, const Usage& usage);

// "$0.000875": as many decimals as a small amount needs (up to 6), at least 2.
QString formatCost(double amount);
// The metrics line's cost: "cost $0.000875", "cost: tokens unknown"; empty without a price.
QString costText(const QJsonObject& cost);
// "12 prompt + 30 completion (8 reasoning)", from usageToJson()'s keys; "tokens unknown" when
// the server sent no usage.
QString tokensText(const QJsonObject& usage);

// Tokens and cost summed over a conversation's runs.
struct TokenTally {
    int runs = 0;
    int runsWithoutUsage = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 reasoningTokens = 0;
    int pricedRuns = 0;    // runs sent with a price
    int pricedUnknown = 0; // of those, runs whose usage did not come: their cost is unknown
    double cost = 0;       // of the priced runs that have usage

    // One run: its usage and, when priced, costToJson()'s object.
    void add(const Usage& usage, const QJsonObject& cost = {});
    bool operator==(const TokenTally&) const = default;
    QJsonObject toJson() const;
    static TokenTally fromJson(const QJsonObject& json);
};
// "3 runs · 1200 prompt + 340 completion tokens · cost $0.0012", saying how many runs' tokens
// (and so cost) are unknown; empty for no runs.
QString tallyText(const TokenTally& tally);

} // namespace ik
