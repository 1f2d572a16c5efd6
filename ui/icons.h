#pragma once
// SVG icons from the resources, so they stay sharp at any device pixel ratio.

#include "guard.h"
#include "keyvault.h"
#include "wire.h"

#include <QIcon>
#include <QObject>

namespace ik::ui {

QIcon appIcon();
QIcon kindIcon(WorkloadKind kind);
QIcon keyStateIcon(KeyState state);
QIcon verdictIcon(GuardVerdict::Level level, bool missingKey);
QIcon projectIcon();
QIcon sandboxIcon();

QString keyStateText(KeyState state);
QString verdictLevelName(GuardVerdict::Level level); // "ok", "warn", "block" (tests, a11y)

} // namespace ik::ui
