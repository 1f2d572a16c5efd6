#pragma once
// The assertions another workload decides (evalassert.h): `similar` embeds the answer and the
// expected answer with an embedding workload and compares their cosine; `judge` asks a chat
// workload to grade the answer against a rubric. Each call goes through a run session, one after
// the other, and what comes back completes the cell's pending outcomes.

#include "evalassert.h"
#include "runsession.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace ik::eval {

class EvalDecider : public QObject {
    Q_OBJECT
public:
    explicit EvalDecider(const SessionServices* services, QObject* parent = nullptr);

    // outcomes[i] is assertions[i]'s; every pending one is decided. deciders: the workloads the
    // assertions name, by their reference. decided() follows, from the event loop.
    void decide(const QList<Assertion>& assertions, const QList<Outcome>& outcomes,
                const QString& prompt, const QString& answer,
                const QHash<QString, Workload>& deciders);
    void cancel(); // no decided() then
    bool isBusy() const { return m_busy; }

signals:
    void decided(const QList<ik::eval::Outcome>& outcomes);

private:
    void next();
    void onEnded(SessionEnd end);
    void failCurrent(const QString& reason);

    RunSession* m_session;
    QList<Assertion> m_assertions;
    QList<Outcome> m_outcomes;
    QString m_prompt, m_answer;
    QHash<QString, Workload> m_deciders;
    int m_current = -1;
    bool m_busy = false;
};

} // namespace ik::eval
