#include "panetext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {} // namespace

QString verdictLevelName(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return u"ok"_s;
    case GuardVerdict::Level::Warn:
        return u"warn"_s;
    case GuardVerdict::Level::Block:
        return u"block"_s;
    }
    return {};
}

GuardVerdict::Level verdictLevelFrom(const QString& name) {
    return name == u"block"  ? GuardVerdict::Level::Block
           : name == u"warn" ? GuardVerdict::Level::Warn
                             : GuardVerdict::Level::Ok;
}

theme::Tone verdictTone(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return theme::Tone::Ok;
    case GuardVerdict::Level::Warn:
        return theme::Tone::Warn;
    case GuardVerdict::Level::Block:
        return theme::Tone::Error;
    }
    return theme::Tone::Ok;
}

QString verdictPrefix(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return QCoreApplication::translate("ik", "✔ ready");
    case GuardVerdict::Level::Warn:
        return QCoreApplication::translate("ik", "⚠ asks first");
    case GuardVerdict::Level::Block:
        return QCoreApplication::translate("ik", "✖ blocked");
    }
    return {};
}

QString runEndLabel(RunState state) {
    switch (state) {
    case RunState::Done:
        return QCoreApplication::translate("ik", "done");
    case RunState::Cancelled:
        return QCoreApplication::translate("ik", "stopped · the partial answer is kept");
    case RunState::Truncated:
        return QCoreApplication::translate("ik", "incomplete · the stream was cut before its end");
    case RunState::Failed:
        return QCoreApplication::translate("ik", "failed");
    default:
        return QCoreApplication::translate("ik", "streaming…");
    }
}

QString fixedOrDash(double value, int decimals) {
    return value < 0 ? u"—"_s : QString::number(value, 'f', decimals);
}

} // namespace ik
