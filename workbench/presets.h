#pragma once
// Named parameter sets of one workload, kept in QSettings as compact JSON under one key. A preset
// is parameters only: never a key, never a prompt (DESIGN.md "Rules": a key lives only in the
// keychain), and a name or value that looks like a key is scrubbed before it is written.

#include "wire.h"
#include "workloads.h"

#include <QStringList>
#include <optional>

namespace ik {

// "<area>/<what>/<workload id, percent-encoded>": where a view keeps a workload's entry (its
// draft, its presets). A workload without an id (not saved yet) is keyed by its account.
QString workloadSettingsKey(const QString& area, const QString& what, const Workload& workload);

struct Preset {
    ChatParams params;
    bool stream = true;
    bool operator==(const Preset&) const = default;
};

class Presets {
public:
    explicit Presets(const Workload& workload, const QString& area = QStringLiteral("playground"));

    QString settingsKey() const { return m_key; }
    QStringList names() const; // sorted
    // Saves under the name, trimmed and scrubbed of keys; returns that name (empty: refused).
    QString save(const QString& name, const Preset& preset) const;
    std::optional<Preset> load(const QString& name) const;
    void remove(const QString& name) const;

private:
    QString m_key;
};

} // namespace ik
