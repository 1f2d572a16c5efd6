#pragma once
// Named parameter sets of one workload, kept in QSettings as compact JSON under one key. A preset
// is parameters only: never a key, never a prompt (DESIGN.md "Rules": a key lives only in the
// keychain), and a name or value that looks like a key is scrubbed before it is written.

#include "wire.h"
#include "workloads.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ik {

// "<area>/<what>/<workload id, percent-encoded>": where a view keeps a workload's entry (its
// draft, its presets). A workload without an id (not saved yet) is keyed by its account.
QString workloadSettingsKey(const QString& area, const QString& what, const Workload& workload);

struct Preset {
    ChatParams params;
    bool stream = true;
    // The same values, as a request would carry them (ChatParams has no operator==).
    bool sameValues(const Preset& other) const;
};

// paramsToJson() with "stream": how presets are stored, and drafts remember the one in effect.
QJsonObject presetToJson(const Preset& preset);
Preset presetFromJson(const QJsonObject& json);

// The presets every workload has, in the order a list shows them: Deterministic (temperature 0
// and a fixed seed), Balanced, Creative (README "Presets" says which values and why). They
// cannot be overwritten or deleted.
struct NamedPreset {
    QString name;
    Preset preset;
};
const QList<NamedPreset>& builtinPresets();
bool isBuiltinPreset(const QString& name); // case-insensitive, trimmed

class Presets {
public:
    explicit Presets(const Workload& workload, const QString& area = QStringLiteral("playground"));

    QString settingsKey() const { return m_key; }
    QStringList names() const;   // the user's own, sorted
    QStringList choices() const; // the built-in ones first, then names()
    // Saves under the name, trimmed and scrubbed of keys; returns that name. Empty when refused,
    // and *why says why: no name, or the name of a built-in preset.
    QString save(const QString& name, const Preset& preset, QString* why = nullptr) const;
    std::optional<Preset> load(const QString& name) const; // built-in ones too
    // False, and *why, for a built-in preset or a name that is not saved.
    bool remove(const QString& name, QString* why = nullptr) const;

private:
    QString m_key;
};

// Which preset the editor's values came from, and whether they were changed since: "Balanced",
// "Balanced (modified)". Choosing the preset again restores its values (and the mark goes).
class PresetMark {
public:
    // `values` as the editor holds them once the preset is applied (or saved).
    void chose(const QString& name, const Preset& values);
    void clear();
    QString name() const { return m_name; }
    Preset values() const { return m_values; }
    bool isModified(const Preset& current) const;
    // Empty when no preset is in effect.
    QString label(const Preset& current) const;

private:
    QString m_name;
    Preset m_values;
};

} // namespace ik
