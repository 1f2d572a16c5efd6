#include "evalassert.h"

#include "cost.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ik::eval {

namespace {

// What a reason quotes of a long answer: enough to recognise it.
QString excerpt(const QString& text) {
    QString t = text.simplified();
    if (t.size() > 80)
        t = t.left(77) + u"…"_s;
    return u"\""_s + t + u"\""_s;
}

Outcome make(const Assertion& a, bool pass, const QString& reason) {
    Outcome o;
    o.kind = a.kind;
    o.label = a.describe();
    o.state = pass ? Outcome::State::Pass : Outcome::State::Fail;
    o.reason = reason;
    return o;
}

Outcome textOutcome(const Assertion& a, const QString& text) {
    const Qt::CaseSensitivity cs = a.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    switch (a.kind) {
    case AssertionKind::Equals: {
        const bool same = text.trimmed().compare(a.value.trimmed(), cs) == 0;
        return make(a, same,
                    same
                        ? QCoreApplication::translate("ik::eval::Assertions", "the answer is %1")
                              .arg(excerpt(a.value))
                        : QCoreApplication::translate("ik::eval::Assertions", "expected %1, got %2")
                              .arg(excerpt(a.value), excerpt(text)));
    }
    case AssertionKind::Contains: {
        const bool has = text.contains(a.value, cs);
        return make(
            a, has,
            has ? QCoreApplication::translate("ik::eval::Assertions", "the answer contains \"%1\"")
                      .arg(a.value)
                : QCoreApplication::translate("ik::eval::Assertions",
                                              "\"%1\" is not in the answer %2")
                      .arg(a.value, excerpt(text)));
    }
    case AssertionKind::NotContains: {
        const qsizetype at = text.indexOf(a.value, 0, cs);
        return make(a, at < 0,
                    at < 0
                        ? QCoreApplication::translate("ik::eval::Assertions",
                                                      "the answer does not contain \"%1\"")
                              .arg(a.value)
                        : QCoreApplication::translate("ik::eval::Assertions",
                                                      "the answer contains \"%1\" at character %2")
                              .arg(a.value)
                              .arg(at + 1));
    }
    default: {
        const QRegularExpression re(a.pattern);
        if (!re.isValid())
            return make(
                a, false,
                QCoreApplication::translate("ik::eval::Assertions", "the pattern is not valid: %1")
                    .arg(re.errorString()));
        const QRegularExpressionMatch m = re.match(text);
        return make(a, m.hasMatch(),
                    m.hasMatch() ? QCoreApplication::translate("ik::eval::Assertions", "matched %1")
                                       .arg(excerpt(m.captured(0)))
                                 : QCoreApplication::translate("ik::eval::Assertions",
                                                               "/%1/ does not match the answer %2")
                                       .arg(a.pattern, excerpt(text)));
    }
    }
}

Outcome jsonOutcome(const Assertion& a, const QString& text) {
    const QJsonValue schema =
        a.kind == AssertionKind::JsonSchemaValid ? a.schema : QJsonValue(true);
    // checkJsonText() with a null schema wants an object; json-valid takes any JSON value.
    const SchemaResult r = checkJsonText(text, schema);
    if (r.valid())
        return make(
            a, true,
            a.kind == AssertionKind::JsonValid
                ? QCoreApplication::translate("ik::eval::Assertions", "the answer is valid JSON")
                : QCoreApplication::translate("ik::eval::Assertions",
                                              "the answer matches the schema"));
    const QStringList why = describeErrors(r);
    return make(a, false,
                !r.parsed ? QCoreApplication::translate("ik::eval::Assertions",
                                                        "the answer is not JSON: %1")
                                .arg(why.value(0))
                          : QCoreApplication::translate("ik::eval::Assertions",
                                                        "the answer breaks the schema: %1")
                                .arg(why.join(u"; "_s)));
}

// Why one call does not satisfy the assertion, or empty when it does.
QString callMismatch(const Assertion& a, const ToolCall& call) {
    if (!a.tool.isEmpty() && call.name != a.tool)
        return QCoreApplication::translate("ik::eval::Assertions", "%1 was called, not %2")
            .arg(call.name, a.tool);
    if (!a.pattern.isEmpty()) {
        const QRegularExpression re(a.pattern);
        if (!re.match(call.arguments).hasMatch())
            return QCoreApplication::translate("ik::eval::Assertions",
                                               "the arguments of %1 %2 do not match /%3/")
                .arg(call.name, call.arguments, a.pattern);
    }
    if (a.schema.isObject()) {
        const QString args = call.arguments.trimmed().isEmpty() ? u"{}"_s : call.arguments;
        const SchemaResult r = checkJsonText(args, a.schema);
        if (!r.valid())
            return QCoreApplication::translate("ik::eval::Assertions",
                                               "the arguments of %1 break the schema: %2")
                .arg(call.name, describeErrors(r).join(u"; "_s));
    }
    return {};
}

Outcome toolOutcome(const Assertion& a, const Answer& answer) {
    if (answer.toolCalls.isEmpty())
        return make(a, false,
                    a.tool.isEmpty()
                        ? QCoreApplication::translate("ik::eval::Assertions", "no tool was called")
                        : QCoreApplication::translate("ik::eval::Assertions",
                                                      "no tool was called; expected %1")
                              .arg(a.tool));
    QStringList why;
    for (const ToolCall& call : answer.toolCalls) {
        const QString mismatch = callMismatch(a, call);
        if (mismatch.isEmpty())
            return make(a, true,
                        QCoreApplication::translate("ik::eval::Assertions", "%1 was called with %2")
                            .arg(call.name, call.arguments));
        why << mismatch;
    }
    return make(a, false, why.join(u"; "_s));
}

Outcome limitOutcome(const Assertion& a, const Answer& answer) {
    if (a.kind == AssertionKind::MaxLatency) {
        const bool first = a.measure == u"first_token"_s;
        const qint64 ms = first ? answer.firstTokenMs : answer.totalMs;
        if (ms < 0)
            return make(a, false,
                        first ? QCoreApplication::translate("ik::eval::Assertions", "no token came")
                              : QCoreApplication::translate("ik::eval::Assertions",
                                                            "the call never ended"));
        return make(
            a, ms <= a.limit,
            QCoreApplication::translate("ik::eval::Assertions", "%1 took %2 ms; the limit is %3 ms")
                .arg(first ? QCoreApplication::translate("ik::eval::Assertions", "the first token")
                           : QCoreApplication::translate("ik::eval::Assertions", "the answer"))
                .arg(ms)
                .arg(a.limit));
    }
    if (a.kind == AssertionKind::MaxTokens) {
        const bool total = a.measure == u"total"_s;
        const int n = total ? answer.usage.totalTokens : answer.usage.completionTokens;
        if (n < 0)
            return make(a, false,
                        QCoreApplication::translate("ik::eval::Assertions",
                                                    "the server sent no token counts (usage)"));
        return make(
            a, n <= a.limit,
            QCoreApplication::translate("ik::eval::Assertions", "%1 %2 tokens; the limit is %3")
                .arg(n)
                .arg(total ? QCoreApplication::translate("ik::eval::Assertions", "total")
                           : QCoreApplication::translate("ik::eval::Assertions", "completion"))
                .arg(a.limit));
    }
    if (!answer.cost)
        return make(a, false,
                    QCoreApplication::translate(
                        "ik::eval::Assertions",
                        "the cost is unknown: the workload has no price, or the server sent no "
                        "usage"));
    return make(a, *answer.cost <= a.limit,
                QCoreApplication::translate("ik::eval::Assertions", "cost %1; the limit is %2")
                    .arg(formatCost(*answer.cost), formatCost(a.limit)));
}

} // namespace

QString outcomeStateName(Outcome::State state) {
    switch (state) {
    case Outcome::State::Pass:
        return u"pass"_s;
    case Outcome::State::Fail:
        return u"fail"_s;
    case Outcome::State::Pending:
        return u"pending"_s;
    }
    return {};
}

Outcome evaluate(const Assertion& a, const Answer& answer) {
    if (!answer.error.isEmpty())
        return make(a, false,
                    QCoreApplication::translate("ik::eval::Assertions", "the call failed: %1")
                        .arg(answer.error));
    switch (a.kind) {
    case AssertionKind::Equals:
    case AssertionKind::Contains:
    case AssertionKind::NotContains:
    case AssertionKind::Regex:
        return textOutcome(a, answer.text);
    case AssertionKind::JsonValid:
    case AssertionKind::JsonSchemaValid:
        return jsonOutcome(a, answer.text);
    case AssertionKind::ToolCalled:
        return toolOutcome(a, answer);
    case AssertionKind::MaxLatency:
    case AssertionKind::MaxTokens:
    case AssertionKind::MaxCost:
        return limitOutcome(a, answer);
    case AssertionKind::Similar:
    case AssertionKind::Judge:
        break;
    }
    Outcome o =
        make(a, false,
             QCoreApplication::translate("ik::eval::Assertions", "waiting for %1").arg(a.workload));
    o.state = Outcome::State::Pending;
    return o;
}

QList<Outcome> evaluateAll(const QList<Assertion>& assertions, const Answer& answer) {
    QList<Outcome> all;
    for (const Assertion& a : assertions)
        all.append(evaluate(a, answer));
    return all;
}

Outcome similarityOutcome(const Assertion& a, double cosine) {
    Outcome o = make(
        a, cosine >= a.limit,
        QCoreApplication::translate("ik::eval::Assertions",
                                    "similarity %1 to the expected answer; the threshold is %2")
            .arg(cosine, 0, 'f', 3)
            .arg(a.limit));
    o.score = cosine;
    return o;
}

QString judgePrompt(const Assertion& a, const QString& prompt, const QString& answer) {
    // Not translated: it is what the judge model reads, and the sandbox's judge knows its words.
    return u"Grade the answer against the rubric.\n\nRubric:\n%1\n\nQuestion:\n%2\n\n"
           u"Answer:\n%3\n\nReply with one JSON object and nothing else: "
           u"{\"score\": a number from 0 to 1, \"reason\": \"one sentence\"}"_s.arg(a.rubric,
                                                                                    prompt, answer);
}

Outcome judgeOutcome(const Assertion& a, const QString& reply) {
    // The JSON object asked for, else a "score: 0.7" a looser judge writes.
    std::optional<double> score;
    QString reason;
    static const QRegularExpression object(u"\\{[^{}]*\\}"_s);
    for (auto it = object.globalMatch(reply); it.hasNext() && !score;) {
        const QJsonObject o = QJsonDocument::fromJson(it.next().captured(0).toUtf8()).object();
        if (o.value(u"score"_s).isDouble()) {
            score = o.value(u"score"_s).toDouble();
            reason = o.value(u"reason"_s).toString();
        }
    }
    static const QRegularExpression loose(u"score\\W{0,3}([0-9]+(?:\\.[0-9]+)?)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = loose.match(reply); !score && m.hasMatch())
        score = m.captured(1).toDouble();
    if (!score)
        return make(a, false,
                    QCoreApplication::translate("ik::eval::Assertions",
                                                "the judge's reply holds no score: %1")
                        .arg(excerpt(reply)));
    Outcome o =
        make(a, *score >= a.limit,
             QCoreApplication::translate("ik::eval::Assertions", "graded %1 (threshold %2)%3")
                 .arg(*score)
                 .arg(a.limit)
                 .arg(reason.isEmpty() ? QString() : u": "_s + reason));
    o.score = score;
    return o;
}

QJsonArray outcomesJson(const QList<Outcome>& outcomes) {
    QJsonArray list;
    for (const Outcome& o : outcomes) {
        QJsonObject j{{u"type"_s, assertionKindName(o.kind)},
                      {u"label"_s, o.label},
                      {u"state"_s, outcomeStateName(o.state)},
                      {u"reason"_s, o.reason}};
        if (o.score)
            j[u"score"_s] = *o.score;
        list.append(j);
    }
    return list;
}

QList<Outcome> outcomesFromJson(const QJsonArray& json) {
    QList<Outcome> list;
    for (const QJsonValue& v : json) {
        const QJsonObject j = v.toObject();
        Outcome o;
        o.kind =
            assertionKindFromName(j.value(u"type"_s).toString()).value_or(AssertionKind::Contains);
        o.label = j.value(u"label"_s).toString();
        const QString state = j.value(u"state"_s).toString();
        o.state = state == u"pass"_s      ? Outcome::State::Pass
                  : state == u"pending"_s ? Outcome::State::Pending
                                          : Outcome::State::Fail;
        o.reason = j.value(u"reason"_s).toString();
        if (j.value(u"score"_s).isDouble())
            o.score = j.value(u"score"_s).toDouble();
        list.append(o);
    }
    return list;
}

const Outcome* firstFailure(const QList<Outcome>& outcomes) {
    for (const Outcome& o : outcomes)
        if (o.state == Outcome::State::Fail)
            return &o;
    return nullptr;
}

} // namespace ik::eval
