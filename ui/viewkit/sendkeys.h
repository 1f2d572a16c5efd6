#pragma once
// The composer keys every view shares: Ctrl+Enter sends, Esc stops a run under way. One reading
// of them, so the playground and compare never disagree on which keys do what.

#include <QEvent>
#include <QKeyEvent>

namespace ik::ui {

enum class SendKey { None, Send, Stop };

inline SendKey sendKeyOf(const QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return SendKey::None;
    const auto* key = static_cast<const QKeyEvent*>(event);
    if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
        (key->modifiers() & Qt::ControlModifier))
        return SendKey::Send;
    if (key->key() == Qt::Key_Escape)
        return SendKey::Stop;
    return SendKey::None;
}

} // namespace ik::ui
