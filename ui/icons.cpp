#include "icons.h"

namespace ik::ui {

namespace {
QIcon svg(const char* name) {
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1StringView(name)));
}
} // namespace

QIcon appIcon() {
    return svg("app");
}
QIcon projectIcon() {
    return svg("project");
}
QIcon sandboxIcon() {
    return svg("sandbox");
}

QIcon kindIcon(WorkloadKind kind) {
    switch (kind) {
    case WorkloadKind::Chat:
        return svg("chat");
    case WorkloadKind::Embedding:
        return svg("embedding");
    case WorkloadKind::Rerank:
        return svg("rerank");
    }
    return {};
}

QIcon keyStateIcon(KeyState state) {
    switch (state) {
    case KeyState::Stored:
        return svg("key-stored");
    case KeyState::SessionOnly:
        return svg("key-session");
    case KeyState::Missing:
    case KeyState::Unknown:
        return svg("key-missing");
    }
    return {};
}

QIcon verdictIcon(GuardVerdict::Level level, bool missingKey) {
    if (missingKey)
        return svg("verdict-none");
    switch (level) {
    case GuardVerdict::Level::Ok:
        return svg("verdict-ok");
    case GuardVerdict::Level::Warn:
        return svg("verdict-warn");
    case GuardVerdict::Level::Block:
        return svg("verdict-block");
    }
    return {};
}

QString keyStateText(KeyState state) {
    switch (state) {
    case KeyState::Stored:
        return QObject::tr("Key stored in the system keychain");
    case KeyState::SessionOnly:
        return QObject::tr("Key held for this session only (not saved)");
    case KeyState::Missing:
        return QObject::tr("No key stored");
    case KeyState::Unknown:
        return QObject::tr("Checking the keychain…");
    }
    return {};
}

QString verdictLevelName(GuardVerdict::Level level) {
    switch (level) {
    case GuardVerdict::Level::Ok:
        return QStringLiteral("ok");
    case GuardVerdict::Level::Warn:
        return QStringLiteral("warn");
    case GuardVerdict::Level::Block:
        return QStringLiteral("block");
    }
    return {};
}

} // namespace ik::ui
