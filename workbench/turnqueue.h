#pragma once
// Runs queued work one item per event-loop turn. Runs that end together (the usual case in
// compare: the same reply length at the same rate) would otherwise render and save all at once,
// in one turn, and stall the window.

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <functional>

class QTimer;

namespace ik {

class TurnQueue : public QObject {
    Q_OBJECT
public:
    explicit TurnQueue(QObject* parent = nullptr);
    // `work` runs later, unless `context` is gone by then.
    void post(QObject* context, std::function<void()> work);
    int pending() const { return int(m_items.size()); }

private:
    void runOne();
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_items;
    QTimer* m_timer;
};

} // namespace ik
