#pragma once
// Crash-safe drafts (issue 4 "Drafts survive closing the window and a crash"): what a view's
// input holds, kept in QSettings as compact JSON under one key. A key pasted by mistake is
// scrubbed before it is written (DESIGN.md "Rules"), and the file is flushed at once, so a crash
// right after still finds the draft. Views save kDraftDebounceMs after the last change.

#include <QJsonObject>
#include <QString>

namespace ik {

inline constexpr int kDraftDebounceMs = 500;

void writeDraft(const QString& settingsKey, const QJsonObject& draft);
QJsonObject readDraft(const QString& settingsKey); // empty when none was saved
// True when the draft read back had a key scrubbed out of it: what it shows is no longer exactly
// what was typed, and the view says so.
bool draftHadSecrets(const QJsonObject& draft);

} // namespace ik
