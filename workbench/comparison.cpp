#include "comparison.h"

#include "credential.h"
#include "history.h"
#include "scrub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString safe(const QString& text) {
    return scrubSecrets(redactSecrets(text));
}

// A Markdown table cell: one line, pipes escaped.
QString cell(const QString& text) {
    QString s = safe(text).simplified();
    s.replace(u'|', u"\\|"_s);
    return s.isEmpty() ? u"—"_s : s;
}

QString number(double v, int decimals) {
    return v < 0 ? u"—"_s : QString::number(v, 'f', decimals);
}

QString msText(double v) {
    return formatMs(v);
}

QString best(const QString& text, bool isBest) {
    return isBest ? u"**%1 ★**"_s.arg(text) : text;
}

// A fence longer than any run of backticks in the text, so an answer holding ``` stays inside.
QString fenced(const QString& text) {
    int longest = 0, run = 0;
    for (QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), u'`');
    return fence + u'\n' + safe(text) + (text.endsWith(u'\n') ? u""_s : u"\n"_s) + fence + u'\n';
}

QJsonObject spreadJson(const Spread& s) {
    return {{u"median"_s, s.median}, {u"min"_s, s.min}, {u"max"_s, s.max}, {u"count"_s, s.count}};
}

QJsonArray turnsJson(const QList<ChatMessage>& turns) {
    QJsonArray a;
    for (const ChatMessage& m : turns)
        a.append(QJsonObject{{u"role"_s, m.role}, {u"content"_s, m.content}});
    return a;
}

} // namespace

Spread spreadOf(QList<double> values) {
    values.removeIf([](double v) { return v < 0; });
    Spread s;
    s.count = int(values.size());
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.first();
    s.max = values.last();
    const qsizetype mid = values.size() / 2;
    s.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
    return s;
}

int distinctAnswers(const QList<CompareRun>& runs) {
    QSet<QString> seen;
    for (const CompareRun& r : runs)
        if (r.state == u"done")
            seen.insert(r.text);
    return int(seen.size());
}

namespace {

// A run that reached the server is charged for what its usage says; one never sent costs nothing.
void addCost(PaneSummary* s, const ComparePaneResult& pane, const CompareRun& r) {
    const bool sent = r.state == u"done" || r.state == u"truncated" || r.state == u"cancelled" ||
                      r.state == u"failed";
    if (!pane.price || !sent)
        return;
    ++s->costRuns;
    Usage usage;
    usage.promptTokens = r.metrics.promptTokens;
    usage.completionTokens = r.metrics.tokensFromUsage ? r.metrics.tokens : -1;
    if (const std::optional<double> cost = costOf(*pane.price, usage))
        s->cost += *cost;
    else
        ++s->costUnknown;
}

} // namespace

PaneSummary summarise(const ComparePaneResult& pane) {
    PaneSummary s;
    QList<double> ttft, thinking, tps, total, tokens;
    QStringList finishes;
    s.priced = pane.price.has_value();
    for (const CompareRun& r : pane.runs) {
        ++s.runs;
        s.state = r.state;
        addCost(&s, pane, r);
        if (!r.model.isEmpty())
            s.model = r.model;
        const bool ended = r.state == u"done" || r.state == u"truncated" || r.state == u"cancelled";
        if (r.state == u"done")
            ++s.done;
        if (!ended)
            continue;
        // A stopped or cut run's first token still says how fast the server answered; its rate
        // and total would flatter or punish it, so only finished runs count for those.
        ttft.append(double(r.metrics.firstTokenMs));
        if (r.metrics.reasoningMs >= 0)
            thinking.append(double(r.metrics.reasoningMs));
        if (r.state == u"done" && r.schemaValid) {
            ++s.schemaChecked;
            s.schemaValid += *r.schemaValid ? 1 : 0;
        }
        if (r.state == u"done") {
            tps.append(r.metrics.tokensPerSecond);
            total.append(double(r.metrics.totalMs));
            tokens.append(double(r.metrics.tokens));
            s.tokensFromUsage = r.metrics.tokensFromUsage;
        }
        if (!r.finishReason.isEmpty() && !finishes.contains(r.finishReason))
            finishes.append(r.finishReason);
    }
    s.firstTokenMs = spreadOf(ttft);
    s.reasoningMs = spreadOf(thinking);
    s.tokensPerSecond = spreadOf(tps);
    s.totalMs = spreadOf(total);
    s.tokens = spreadOf(tokens);
    s.finishReason = finishes.join(u'/');
    s.distinct = distinctAnswers(pane.runs);
    return s;
}

QList<int> bestPanes(const QList<PaneSummary>& summaries, CompareMetric metric) {
    auto value = [metric](const PaneSummary& s) {
        switch (metric) {
        case CompareMetric::FirstToken:
            return s.done > 0 ? s.firstTokenMs.median : -1.0;
        case CompareMetric::TokensPerSecond:
            return s.tokensPerSecond.median;
        case CompareMetric::Total:
            return s.totalMs.median;
        }
        return -1.0;
    };
    const bool lowerIsBetter = metric != CompareMetric::TokensPerSecond;
    QList<int> out;
    double bestValue = -1;
    int known = 0;
    for (qsizetype i = 0; i < summaries.size(); ++i) {
        const double v = value(summaries[i]);
        if (v < 0)
            continue;
        ++known;
        const bool better = out.isEmpty() || (lowerIsBetter ? v < bestValue : v > bestValue);
        if (better) {
            out = {int(i)};
            bestValue = v;
        } else if (v == bestValue) {
            out.append(int(i));
        }
    }
    return known >= 2 ? out : QList<int>{};
}

QString comparisonTitle(const Comparison& c) {
    QString first = c.prompt.trimmed().section(u'\n', 0, 0).simplified();
    if (first.size() > 60)
        first = first.left(59) + u'…';
    return safe(first.isEmpty() ? u"(no prompt)"_s : first);
}

// The summary table of the Markdown export, ★ on the best value of each metric column.
static QString summaryMarkdown(const Comparison& c, const QList<PaneSummary>& sums) {
    const QList<int> bestTtft = bestPanes(sums, CompareMetric::FirstToken);
    const QList<int> bestTps = bestPanes(sums, CompareMetric::TokensPerSecond);
    const QList<int> bestTotal = bestPanes(sums, CompareMetric::Total);
    QString md;
    md += u"## Summary\n\n"_s;
    md += u"| # | Workload | Model | State | First token | Tokens/s | Total | Tokens | Finish | "
          u"Distinct answers |\n"_s;
    md += u"|---|---|---|---|---:|---:|---:|---:|---|---:|\n"_s;
    for (qsizetype i = 0; i < c.panes.size(); ++i) {
        const ComparePaneResult& p = c.panes[i];
        const PaneSummary& s = sums[i];
        md += u"| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |\n"_s.arg(
            QString::number(i + 1), cell(p.workloadName), cell(s.model), cell(s.state),
            best(msText(s.done ? s.firstTokenMs.median : -1), bestTtft.contains(int(i))),
            best(number(s.tokensPerSecond.median, 1), bestTps.contains(int(i))),
            best(msText(s.totalMs.median), bestTotal.contains(int(i))), number(s.tokens.median, 0),
            cell(s.finishReason), QString::number(s.distinct));
    }
    md += u'\n';
    return md;
}

QString comparisonMarkdown(const Comparison& c) {
    QList<PaneSummary> sums;
    for (const ComparePaneResult& p : c.panes)
        sums.append(summarise(p));
    QString md;
    md += u"# Comparison: %1\n\n"_s.arg(comparisonTitle(c));
    if (c.createdAt.isValid())
        md += u"- when: %1\n"_s.arg(c.createdAt.toString(Qt::ISODate));
    md += u"- panes: %1\n"_s.arg(c.panes.size());
    md += u"- runs per pane: %1%2\n"_s.arg(c.repeat).arg(c.varySeed ? u" (seed + 1 per run)"_s
                                                                    : QString());
    md += u"- ★ marks the best value of a column\n\n"_s;
    if (!c.system.isEmpty())
        md += u"## System\n\n"_s + fenced(c.system) + u'\n';
    if (!c.turns.isEmpty()) {
        md += u"## Earlier turns\n\n"_s;
        for (const ChatMessage& m : c.turns)
            md += u"**%1**\n\n"_s.arg(cell(m.role)) + fenced(m.content) + u'\n';
    }
    md += u"## Prompt\n\n"_s + fenced(c.prompt) + u'\n';

    md += summaryMarkdown(c, sums);

    if (c.repeat > 1) {
        md += u"## Spread over %1 runs\n\n"_s.arg(c.repeat);
        md += u"| # | Workload | Done | First token median | min | max | Tokens/s median | min | "
              u"max | Distinct answers |\n"_s;
        md += u"|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"_s;
        for (qsizetype i = 0; i < c.panes.size(); ++i) {
            const PaneSummary& s = sums[i];
            md += u"| %1 | %2 | %3/%4 | %5 | %6 | %7 | %8 | %9 | %10 | %11 |\n"_s.arg(
                QString::number(i + 1), cell(c.panes[i].workloadName), QString::number(s.done),
                QString::number(s.runs), msText(s.firstTokenMs.median), msText(s.firstTokenMs.min),
                msText(s.firstTokenMs.max), number(s.tokensPerSecond.median, 1),
                number(s.tokensPerSecond.min, 1), number(s.tokensPerSecond.max, 1),
                QString::number(s.distinct));
        }
        md += u'\n';
    }

    for (qsizetype i = 0; i < c.panes.size(); ++i) {
        const ComparePaneResult& p = c.panes[i];
        md += u"## Pane %1: %2\n\n"_s.arg(i + 1).arg(cell(p.workloadName));
        md += u"- endpoint: `%1`\n"_s.arg(safe(p.workloadRef));
        md += u"- parameters: `%1`\n"_s.arg(
            safe(QString::fromUtf8(QJsonDocument(p.params).toJson(QJsonDocument::Compact))));
        if (!p.verdict.isEmpty())
            md += u"- credential guard: %1 (%2)\n"_s.arg(cell(p.verdictLevel), cell(p.verdict));
        if (p.runs.isEmpty()) {
            md += u"\nNot run.\n\n"_s;
            continue;
        }
        const CompareRun& last = p.runs.last();
        if (!last.error.isEmpty())
            md += u"- error: %1\n"_s.arg(cell(last.error));
        md += u"\n"_s +
              (p.runs.size() > 1
                   ? u"Last answer (run %1 of %2):\n\n"_s.arg(p.runs.size()).arg(p.runs.size())
                   : u"Answer:\n\n"_s);
        md += fenced(last.text) + u'\n';
    }
    return md;
}

QByteArray comparisonJson(const Comparison& c, bool withTexts) {
    QJsonArray panes;
    for (const ComparePaneResult& p : c.panes) {
        QJsonArray runs;
        for (const CompareRun& r : p.runs) {
            QJsonObject o{{u"history_id"_s, double(r.historyId)},
                          {u"state"_s, r.state},
                          {u"model"_s, r.model},
                          {u"finish_reason"_s, r.finishReason},
                          {u"metrics"_s, metricsToJson(r.metrics)}};
            if (!r.error.isEmpty())
                o[u"error"] = r.error;
            if (r.hasSeed)
                o[u"seed"] = double(r.seed);
            if (r.schemaValid)
                o[u"schema_valid"] = *r.schemaValid;
            if (withTexts)
                o[u"text"] = r.text;
            runs.append(o);
        }
        const PaneSummary s = summarise(p);
        panes.append(QJsonObject{
            {u"workload"_s, QJsonObject{{u"id"_s, p.workloadId},
                                        {u"name"_s, p.workloadName},
                                        {u"endpoint"_s, p.workloadRef}}},
            {u"params"_s, p.params},
            {u"price"_s, p.price ? QJsonValue(priceToJson(*p.price)) : QJsonValue()},
            {u"verdict"_s, QJsonObject{{u"level"_s, p.verdictLevel}, {u"headline"_s, p.verdict}}},
            {u"runs"_s, runs},
            {u"summary"_s, QJsonObject{{u"runs"_s, s.runs},
                                       {u"done"_s, s.done},
                                       {u"first_token_ms"_s, spreadJson(s.firstTokenMs)},
                                       {u"tokens_per_s"_s, spreadJson(s.tokensPerSecond)},
                                       {u"total_ms"_s, spreadJson(s.totalMs)},
                                       {u"tokens"_s, spreadJson(s.tokens)},
                                       {u"finish_reason"_s, s.finishReason},
                                       {u"distinct_answers"_s, s.distinct}}}});
    }
    QJsonObject root{{u"format"_s, u"ik-playground-comparison"_s},
                     {u"version"_s, 1},
                     {u"created_at"_s, c.createdAt.toString(Qt::ISODateWithMs)},
                     {u"system"_s, c.system},
                     {u"turns"_s, turnsJson(c.turns)},
                     {u"prompt"_s, c.prompt},
                     {u"repeat"_s, c.repeat},
                     {u"vary_seed"_s, c.varySeed},
                     {u"panes"_s, panes}};
    // Scrubbing the serialised text catches a key wherever it hides (prompt, answer, error);
    // its replacements hold no JSON metacharacters.
    return safe(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented))).toUtf8();
}

std::optional<Comparison> comparisonFromJson(const QByteArray& json, QString* error) {
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    const QJsonObject root = doc.object();
    if (pe.error != QJsonParseError::NoError ||
        root[u"format"].toString() != u"ik-playground-comparison") {
        if (error)
            *error = QStringLiteral("not a saved comparison");
        return std::nullopt;
    }
    Comparison c;
    c.createdAt = QDateTime::fromString(root[u"created_at"].toString(), Qt::ISODateWithMs);
    c.system = root[u"system"].toString();
    c.prompt = root[u"prompt"].toString();
    for (const QJsonValue& t : root[u"turns"].toArray())
        c.turns.append({t[u"role"].toString(), t[u"content"].toString()});
    c.repeat = std::clamp(root[u"repeat"].toInt(1), 1, 20);
    c.varySeed = root[u"vary_seed"].toBool();
    for (const QJsonValue& pv : root[u"panes"].toArray()) {
        ComparePaneResult p;
        const QJsonObject w = pv[u"workload"].toObject();
        p.workloadId = w[u"id"].toString();
        p.workloadName = w[u"name"].toString();
        p.workloadRef = w[u"endpoint"].toString();
        p.params = pv[u"params"].toObject();
        p.price = priceFromJson(pv[u"price"].toObject());
        p.verdictLevel = pv[u"verdict"][u"level"].toString();
        p.verdict = pv[u"verdict"][u"headline"].toString();
        for (const QJsonValue& rv : pv[u"runs"].toArray()) {
            CompareRun r;
            r.historyId = qint64(rv[u"history_id"].toDouble(-1));
            r.state = rv[u"state"].toString();
            r.model = rv[u"model"].toString();
            r.finishReason = rv[u"finish_reason"].toString();
            r.metrics = metricsFromJson(rv[u"metrics"].toObject());
            r.error = rv[u"error"].toString();
            r.hasSeed = rv.toObject().contains(u"seed");
            r.seed = qint64(rv[u"seed"].toDouble(-1));
            r.text = rv[u"text"].toString();
            if (rv[u"schema_valid"].isBool())
                r.schemaValid = rv[u"schema_valid"].toBool();
            p.runs.append(r);
        }
        c.panes.append(p);
    }
    return c;
}

} // namespace ik
