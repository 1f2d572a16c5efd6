#include "evaldecider.h"

#include "embedmath.h"
#include "run.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace ik::eval {

EvalDecider::EvalDecider(const SessionServices* services, QObject* parent)
    : QObject(parent), m_session(new RunSession(services, this)) {
    connect(m_session, &RunSession::ended, this, &EvalDecider::onEnded);
    connect(m_session, &RunSession::confirmationNeeded, this,
            [this] { m_session->confirm(false); }); // no one to ask: declined, and said so
}

void EvalDecider::decide(const QList<Assertion>& assertions, const QList<Outcome>& outcomes,
                         const QString& prompt, const QString& answer,
                         const QHash<QString, Workload>& deciders) {
    m_assertions = assertions;
    m_outcomes = outcomes;
    m_prompt = prompt;
    m_answer = answer;
    m_deciders = deciders;
    m_current = -1;
    m_busy = true;
    QTimer::singleShot(0, this, &EvalDecider::next);
}

void EvalDecider::cancel() {
    m_busy = false;
    m_session->cancel();
}

void EvalDecider::failCurrent(const QString& reason) {
    Outcome& o = m_outcomes[m_current];
    o.state = Outcome::State::Fail;
    o.reason = reason;
}

// The next pending outcome's call, or decided() when none is left.
void EvalDecider::next() {
    if (!m_busy)
        return;
    SessionOptions quiet;
    quiet.recordHistory = false;
    while (++m_current < m_outcomes.size()) {
        if (m_outcomes[m_current].state != Outcome::State::Pending)
            continue;
        const Assertion& a = m_assertions[m_current];
        const auto it = m_deciders.constFind(a.workload);
        if (it == m_deciders.cend()) {
            failCurrent(tr("the workload %1 is not known here").arg(a.workload));
            continue;
        }
        if (a.kind == AssertionKind::Similar) {
            if (m_answer.trimmed().isEmpty() || a.value.trimmed().isEmpty()) {
                failCurrent(m_answer.trimmed().isEmpty()
                                ? tr("the answer is empty: nothing to compare")
                                : tr("the row has no expected answer to compare with"));
                continue;
            }
            m_session->start(*it, SessionRequest::forEmbeddings({it->slug, {m_answer, a.value}}),
                             quiet);
            return;
        }
        ChatRequest judge;
        judge.model = it->slug;
        judge.prompt = judgePrompt(a, m_prompt, m_answer);
        judge.params.temperature = 0;
        m_session->start(*it, SessionRequest::forChat(judge), quiet);
        return;
    }
    m_busy = false;
    emit decided(m_outcomes);
}

void EvalDecider::onEnded(SessionEnd end) {
    if (!m_busy || m_current < 0 || m_current >= m_outcomes.size())
        return;
    const Assertion& a = m_assertions[m_current];
    const Run* run = m_session->run();
    if (end != SessionEnd::Done || !run) {
        failCurrent(tr("the call to %1 failed: %2").arg(a.workload, m_session->error().summary()));
    } else if (a.kind == AssertionKind::Similar) {
        const QList<QVector<float>>& v = run->embeddings().vectors;
        if (v.size() == 2)
            m_outcomes[m_current] = similarityOutcome(a, embed::cosine(v[0], v[1]));
        else
            failCurrent(tr("%1 sent %2 vectors for 2 texts").arg(a.workload).arg(v.size()));
    } else {
        m_outcomes[m_current] = judgeOutcome(a, run->text());
    }
    QTimer::singleShot(0, this, &EvalDecider::next);
}

} // namespace ik::eval
