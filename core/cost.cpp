#include "cost.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik {

QJsonObject priceToJson(const TokenPrice& price) {
    return {{u"input_per_million"_s, price.inputPerMillion},
            {u"output_per_million"_s, price.outputPerMillion}};
}

std::optional<TokenPrice> priceFromJson(const QJsonObject& json) {
    const QJsonValue in = json[u"input_per_million"];
    const QJsonValue out = json[u"output_per_million"];
    if (!in.isDouble() || !out.isDouble() || in.toDouble() < 0 || out.toDouble() < 0)
        return std::nullopt;
    return TokenPrice{in.toDouble(), out.toDouble()};
}

std::optional<double> costOf(const TokenPrice& price, const Usage& usage) {
    if (usage.promptTokens < 0 || usage.completionTokens < 0)
        return std::nullopt;
    return (double(usage.promptTokens) * price.inputPerMillion +
            double(usage.completionTokens) * price.outputPerMillion) /
           1e6;
}

QJsonObject costToJson(const std::optional<TokenPrice>& price, const Usage& usage) {
    if (!price)
        return {};
    QJsonObject o = priceToJson(*price);
    if (const std::optional<double> amount = costOf(*price, usage))
        o.insert(u"amount"_s, *amount);
    return o;
}

QString formatCost(double amount) {
    // Three significant digits below a dollar, so a small run does not read as $0.00; at most
    // six places, and trailing zeros past the cents dropped.
    if (amount > 0 && amount < 0.0000005)
        return u"< $0.000001"_s;
    int decimals = 2;
    while (decimals < 6 && amount > 0 && amount < std::pow(10.0, 2 - decimals))
        ++decimals;
    QString text = QString::number(amount, 'f', decimals);
    while (decimals-- > 2 && text.endsWith(u'0'))
        text.chop(1);
    return u"$"_s + text;
}

QString costText(const QJsonObject& cost) {
    if (cost.isEmpty())
        return {};
    if (!cost[u"amount"].isDouble())
        return QCoreApplication::translate("ik::Cost", "cost: tokens unknown");
    return QCoreApplication::translate("ik::Cost", "cost %1")
        .arg(formatCost(cost[u"amount"].toDouble()));
}

QString tokensText(const QJsonObject& usage) {
    const int prompt = usage[u"prompt_tokens"].toInt(-1);
    const int completion = usage[u"completion_tokens"].toInt(-1);
    if (prompt < 0 && completion < 0)
        return QCoreApplication::translate("ik::Cost", "tokens unknown");
    const auto count = [](int n) { return n < 0 ? u"?"_s : QString::number(n); };
    QString text = QCoreApplication::translate("ik::Cost", "%1 prompt + %2 completion")
                       .arg(count(prompt), count(completion));
    if (const int reasoning = usage[u"reasoning_tokens"].toInt(-1); reasoning >= 0)
        text += QCoreApplication::translate("ik::Cost", " (%1 reasoning)").arg(reasoning);
    return text;
}

void TokenTally::add(const Usage& usage, const QJsonObject& costJson) {
    ++runs;
    if (usage.promptTokens < 0 && usage.completionTokens < 0)
        ++runsWithoutUsage;
    promptTokens += qMax(usage.promptTokens, 0);
    completionTokens += qMax(usage.completionTokens, 0);
    reasoningTokens += qMax(usage.reasoningTokens, 0);
    if (costJson.isEmpty())
        return;
    ++pricedRuns;
    if (costJson[u"amount"].isDouble())
        cost += costJson[u"amount"].toDouble();
    else
        ++pricedUnknown;
}

QJsonObject TokenTally::toJson() const {
    return {{u"runs"_s, runs},
            {u"runs_without_usage"_s, runsWithoutUsage},
            {u"prompt_tokens"_s, double(promptTokens)},
            {u"completion_tokens"_s, double(completionTokens)},
            {u"reasoning_tokens"_s, double(reasoningTokens)},
            {u"priced_runs"_s, pricedRuns},
            {u"priced_unknown"_s, pricedUnknown},
            {u"cost"_s, cost}};
}

TokenTally TokenTally::fromJson(const QJsonObject& o) {
    TokenTally t;
    t.runs = qMax(o[u"runs"].toInt(), 0);
    t.runsWithoutUsage = qBound(0, o[u"runs_without_usage"].toInt(), t.runs);
    t.promptTokens = qMax(qint64(o[u"prompt_tokens"].toDouble()), qint64(0));
    t.completionTokens = qMax(qint64(o[u"completion_tokens"].toDouble()), qint64(0));
    t.reasoningTokens = qMax(qint64(o[u"reasoning_tokens"].toDouble()), qint64(0));
    t.pricedRuns = qBound(0, o[u"priced_runs"].toInt(), t.runs);
    t.pricedUnknown = qBound(0, o[u"priced_unknown"].toInt(), t.pricedRuns);
    t.cost = qMax(o[u"cost"].toDouble(), 0.0);
    return t;
}

QString tallyText(const TokenTally& t) {
    if (t.runs == 0)
        return {};
    // lupdate files these, as tr() of a free function in namespace ik, under the context "ik".
    const auto tr = [](const char* text, const char* comment = nullptr, int n = -1) {
        return QCoreApplication::translate("ik", text, comment, n);
    };
    // English has no .qm to turn "%n run(s)" into words: one run is spelled out.
    const auto runsText = [&](int n) { return n == 1 ? tr("1 run") : tr("%n runs", nullptr, n); };
    QStringList parts{runsText(t.runs)};
    if (t.runsWithoutUsage == t.runs) {
        parts << tr("tokens unknown");
    } else {
        QString tokens =
            tr("%1 prompt + %2 completion tokens").arg(t.promptTokens).arg(t.completionTokens);
        if (t.reasoningTokens > 0)
            tokens += tr(" (%1 reasoning)").arg(t.reasoningTokens);
        if (t.runsWithoutUsage > 0)
            tokens += tr(", tokens unknown for %1").arg(runsText(t.runsWithoutUsage));
        parts << tokens;
    }
    if (t.pricedRuns > 0) {
        if (t.pricedUnknown == t.pricedRuns)
            parts << tr("cost: tokens unknown");
        else if (t.pricedUnknown > 0)
            parts << tr("cost %1 + %2 unknown").arg(formatCost(t.cost), runsText(t.pricedUnknown));
        else
            parts << tr("cost %1").arg(formatCost(t.cost));
    }
    return parts.join(u" · "_s);
}

} // namespace ik
