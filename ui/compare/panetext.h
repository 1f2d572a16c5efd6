#pragma once
// Words and tones a compare pane shows for a verdict and a run's end. A symbol and a word carry
// each; a colour only repeats them (theme tones keep >= 4.5:1 on the palette, light or dark).

#include "guard.h"
#include "run.h"
#include "theme.h"

#include <QString>

namespace ik {

QString verdictLevelName(GuardVerdict::Level level); // "ok", "warn", "block": kept in a result
GuardVerdict::Level verdictLevelFrom(const QString& name);
theme::Tone verdictTone(GuardVerdict::Level level);
QString verdictPrefix(GuardVerdict::Level level); // "✔ ready", "⚠ asks first", "✖ blocked"
QString runEndLabel(RunState state);              // "done", "stopped · the partial answer is kept"
QString fixedOrDash(double value, int decimals);  // "—" when unknown (< 0)

} // namespace ik
