#include "turnqueue.h"

#include <QTimer>

namespace ik {

// A zero timer, not a queued call: Qt delivers every posted event of a pass together, while
// a timer restarted from its own timeout fires on the next pass, after input and other timers.
TurnQueue::TurnQueue(QObject* parent) : QObject(parent), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &TurnQueue::runOne);
}

void TurnQueue::post(QObject* context, std::function<void()> work) {
    m_items.append({QPointer<QObject>(context), std::move(work)});
    if (!m_timer->isActive())
        m_timer->start();
}

void TurnQueue::runOne() {
    while (!m_items.isEmpty()) {
        auto [context, work] = m_items.takeFirst();
        if (!context)
            continue;
        if (!m_items.isEmpty())
            m_timer->start();
        work();
        return;
    }
}

} // namespace ik
