#include "logprobs.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ik {

namespace {

double readLogprob(const QJsonValue& v) {
    if (!v.isDouble())
        return std::nan("");
    const double x = v.toDouble();
    if (std::isnan(x))
        return x;
    return std::clamp(x, kLogprobFloor, 0.0);
}

} // namespace

QList<TokenLogprob> readLogprobs(const QJsonValue& logprobs) {
    QList<TokenLogprob> out;
    const QJsonArray content = logprobs.toObject().value(u"content").toArray();
    out.reserve(content.size());
    for (const QJsonValue& entry : content) {
        if (!entry.isObject())
            continue;
        const QJsonObject o = entry.toObject();
        TokenLogprob t;
        t.token = o.value(u"token").toString();
        t.logprob = readLogprob(o.value(u"logprob"));
        for (const QJsonValue& alt : o.value(u"top_logprobs").toArray()) {
            const QJsonObject a = alt.toObject();
            if (!a.value(u"token").isString())
                continue;
            t.top.append({a.value(u"token").toString(), readLogprob(a.value(u"logprob"))});
        }
        out.append(t);
    }
    return out;
}

QList<TokenLogprob> placeTokens(QList<TokenLogprob> fresh, qsizetype answerBefore,
                                const QString& answerDelta) {
    QList<TokenLogprob> placed;
    if (answerDelta.isEmpty())
        return placed; // the chunk's tokens spelled reasoning or tags only
    QString spelled;
    for (const TokenLogprob& t : fresh)
        spelled += t.token;
    // Tokens that spelled </think> come first in a chunk that also holds answer text: the
    // answer is then what the last tokens spelled.
    const qsizetype lead = spelled.size() > answerDelta.size() && spelled.endsWith(answerDelta)
                               ? spelled.size() - answerDelta.size()
                               : 0;
    placed.reserve(fresh.size());
    qsizetype at = 0;
    for (TokenLogprob& t : fresh) {
        const qsizetype end = at + t.token.size();
        if (end > lead || (t.token.isEmpty() && at >= lead)) {
            const qsizetype inDelta = std::clamp<qsizetype>(at - lead, 0, answerDelta.size() - 1);
            t.offset = answerBefore + inDelta;
            placed.append(std::move(t));
        }
        at = end;
    }
    return placed;
}

double tokenProbability(double logprob) {
    if (std::isnan(logprob))
        return -1;
    return std::clamp(std::exp(logprob), 0.0, 1.0);
}

std::optional<double> meanLogprob(const QList<TokenLogprob>& tokens) {
    double sum = 0;
    qsizetype n = 0;
    for (const TokenLogprob& t : tokens) {
        if (std::isnan(t.logprob))
            continue;
        sum += t.logprob;
        ++n;
    }
    if (n == 0)
        return std::nullopt;
    return sum / double(n);
}

std::optional<double> perplexityOf(std::optional<double> mean) {
    if (!mean)
        return std::nullopt;
    const double p = std::exp(-*mean);
    if (!std::isfinite(p))
        return std::nullopt;
    return p;
}

int probabilityBand(double probability) {
    if (probability < 0 || std::isnan(probability))
        return -1;
    if (probability >= 0.9)
        return 0;
    if (probability >= 0.6)
        return 1;
    if (probability >= 0.3)
        return 2;
    if (probability >= 0.1)
        return 3;
    return 4;
}

int bandHue(int band) {
    static constexpr int hues[kProbabilityBands] = {120, 80, 45, 25, 0};
    return hues[std::clamp(band, 0, kProbabilityBands - 1)];
}

qsizetype tokenAt(const QList<TokenLogprob>& tokens, qsizetype pos) {
    if (tokens.isEmpty() || pos < 0)
        return -1;
    // The last token starting at or before pos.
    auto it = std::upper_bound(tokens.begin(), tokens.end(), pos,
                               [](qsizetype p, const TokenLogprob& t) { return p < t.offset; });
    if (it == tokens.begin())
        return -1;
    const qsizetype i = std::distance(tokens.begin(), it) - 1;
    const TokenLogprob& t = tokens[i];
    if (pos >= t.offset + std::max<qsizetype>(t.token.size(), 1))
        return -1;
    return i;
}

QString percentText(double logprob) {
    const double p = tokenProbability(logprob);
    if (p < 0)
        return QStringLiteral("?");
    const double percent = p * 100.0;
    return QStringLiteral("%1%").arg(percent, 0, 'f', percent < 1 ? 2 : 1);
}

QString tokenLabel(const QString& token) {
    QString shown = token;
    shown.replace(u'\n', QStringLiteral("\\n")).replace(u'\t', QStringLiteral("\\t"));
    return QStringLiteral("“%1”").arg(shown);
}

QString alternativesText(const TokenLogprob& token) {
    QString text = QStringLiteral("%1 %2").arg(tokenLabel(token.token), percentText(token.logprob));
    QStringList alts;
    for (const TokenAlternative& a : token.top)
        if (a.token != token.token)
            alts << QStringLiteral("%1 %2").arg(tokenLabel(a.token), percentText(a.logprob));
    if (alts.isEmpty())
        return text + QCoreApplication::translate("ik::Logprobs", " · no alternatives sent");
    return text + QCoreApplication::translate("ik::Logprobs", " · alternatives: %1")
                      .arg(alts.join(QStringLiteral(", ")));
}

QJsonArray logprobsToJson(const QList<TokenLogprob>& tokens) {
    QJsonArray out;
    for (const TokenLogprob& t : tokens) {
        QJsonArray top;
        for (const TokenAlternative& a : t.top)
            top.append(QJsonObject{{QStringLiteral("token"), a.token},
                                   {QStringLiteral("logprob"), std::isnan(a.logprob)
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(a.logprob)}});
        out.append(QJsonObject{{QStringLiteral("token"), t.token},
                               {QStringLiteral("logprob"), std::isnan(t.logprob)
                                                               ? QJsonValue(QJsonValue::Null)
                                                               : QJsonValue(t.logprob)},
                               {QStringLiteral("offset"), double(t.offset)},
                               {QStringLiteral("top_logprobs"), top}});
    }
    return out;
}

QList<TokenLogprob> logprobsFromJson(const QJsonArray& array, qsizetype answerLength) {
    QList<TokenLogprob> out;
    out.reserve(array.size());
    for (const QJsonValue& entry : array) {
        const QJsonObject o = entry.toObject();
        const QJsonValue offset = o.value(u"offset");
        if (!o.value(u"token").isString() || !offset.isDouble())
            continue;
        TokenLogprob t;
        t.token = o.value(u"token").toString();
        t.logprob = readLogprob(o.value(u"logprob"));
        t.offset = qsizetype(offset.toDouble());
        if (t.offset < 0 || t.offset + t.token.size() > answerLength ||
            (!out.isEmpty() && t.offset < out.last().offset))
            continue;
        for (const QJsonValue& alt : o.value(u"top_logprobs").toArray()) {
            const QJsonObject a = alt.toObject();
            if (a.value(u"token").isString())
                t.top.append({a.value(u"token").toString(), readLogprob(a.value(u"logprob"))});
        }
        out.append(t);
    }
    return out;
}

} // namespace ik
