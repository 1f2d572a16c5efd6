#include "panetext.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// lupdate files the tr() of free functions in namespace ik under the context "ik".
QString tr(const char* text) {
    return QCoreApplication::translate("ik", text);
}

} // namespace

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
        return tr("✔ ready");
    case GuardVerdict::Level::Warn:
        return tr("⚠ asks first");
    case GuardVerdict::Level::Block:
        return tr("✖ blocked");
    }
    return {};
}

QString runEndLabel(RunState state) {
    switch (state) {
    case RunState::Done:
        return tr("done");
    case RunState::Cancelled:
        return tr("stopped · the partial answer is kept");
    case RunState::Truncated:
        return tr("incomplete · the stream was cut before its end");
    case RunState::Failed:
        return tr("failed");
    default:
        return tr("streaming…");
    }
}

QString fixedOrDash(double value, int decimals) {
    return value < 0 ? u"—"_s : QString::number(value, 'f', decimals);
}

} // namespace ik
