#pragma once
// Assertions on a finished answer (evalset.h): each says pass or fail and, in words a person
// reads, why. Pure: no I/O. Similar and judge need another workload's answer first (an
// embedding or a grade); evaluate() leaves them pending and the runner completes them with
// similarityOutcome() and judgeOutcome().

#include "evalset.h"
#include "wire.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ik::eval {

// What one row's call to one workload came back with.
struct Answer {
    QString text;
    QList<ToolCall> toolCalls;
    QString finishReason;
    qint64 firstTokenMs = -1; // -1: no token came
    qint64 totalMs = -1;
    Usage usage;
    std::optional<double> cost; // nullopt: no price, or no usage
    QString error;              // why the call did not finish; empty when it did
};

struct Outcome {
    enum class State { Pass, Fail, Pending };
    AssertionKind kind = AssertionKind::Contains;
    QString label; // Assertion::describe()
    State state = State::Fail;
    QString reason;
    std::optional<double> score; // similar: the cosine; judge: the grade
    bool passed() const { return state == State::Pass; }
};
QString outcomeStateName(Outcome::State state); // "pass", "fail", "pending"

Outcome evaluate(const Assertion& assertion, const Answer& answer);
QList<Outcome> evaluateAll(const QList<Assertion>& assertions, const Answer& answer);

// similar: the cosine of the answer's and the expected answer's embeddings.
Outcome similarityOutcome(const Assertion& assertion, double cosine);
// The question a judge workload is asked: the rubric, the prompt and the answer, and how to
// reply ({"score": 0..1, "reason": "..."}).
QString judgePrompt(const Assertion& assertion, const QString& prompt, const QString& answer);
// judge: the judge's reply parsed into a score and a reason, against the threshold. A reply
// holding no score fails, saying so.
Outcome judgeOutcome(const Assertion& assertion, const QString& judgeReply);

// [{type, label, state, reason, score?}]: what the store keeps of a cell's assertions.
QJsonArray outcomesJson(const QList<Outcome>& outcomes);
QList<Outcome> outcomesFromJson(const QJsonArray& json);
// The first failing outcome, or nullptr when none fails.
const Outcome* firstFailure(const QList<Outcome>& outcomes);

} // namespace ik::eval
