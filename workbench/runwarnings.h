#pragma once
// What a run that ended "done" still got wrong, in words to show beside its answer: the stream
// held bytes that are not UTF-8 (the answer shows U+FFFD there), or frames that were not JSON
// and were skipped (DESIGN.md "Words": a run and its record). The same words for a live run and
// for one reopened from history (its record read back with recordFromJson()).

#include "run.h"

#include <QStringList>

namespace ik {

// "the stream held invalid UTF-8 at byte 812: the answer shows U+FFFD there",
// "1 frame was not JSON and was skipped"; empty when nothing was wrong.
QStringList runWarnings(const RunRecord& record);
QStringList runWarnings(const Run& run);

} // namespace ik
