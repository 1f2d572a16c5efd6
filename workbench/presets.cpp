#include "presets.h"

#include "history.h"
#include "scrub.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QJsonObject readAll(const QString& key) {
    return QJsonDocument::fromJson(QSettings().value(key).toString().toUtf8()).object();
}

void writeAll(const QString& key, const QJsonObject& all) {
    // Scrubbed on the way out as well: a value typed into a stop sequence could hold a key.
    QSettings().setValue(
        key, scrubSecrets(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact))));
}

Preset builtin(std::optional<double> temperature, std::optional<double> topP,
               std::optional<qint64> seed, std::optional<double> presence) {
    Preset p;
    p.params.temperature = temperature;
    p.params.topP = topP;
    p.params.seed = seed;
    p.params.presencePenalty = presence;
    p.params.includeUsage = true; // tokens and cost come from usage
    return p;
}

QString builtinRefusal(const QString& name) {
    return QCoreApplication::translate("ik::Presets",
                                       "\"%1\" is a built-in preset: it cannot be overwritten "
                                       "or deleted. Save your values under another name.")
        .arg(name);
}

} // namespace

QJsonObject presetToJson(const Preset& preset) {
    QJsonObject json = paramsToJson(preset.params);
    json[u"stream"] = preset.stream;
    return json;
}

Preset presetFromJson(const QJsonObject& json) {
    return Preset{paramsFromJson(json), json[u"stream"].toBool(true)};
}

bool Preset::sameValues(const Preset& other) const {
    return presetToJson(*this) == presetToJson(other);
}

const QList<NamedPreset>& builtinPresets() {
    // Deterministic: greedy decoding and a fixed seed, for answers that repeat run after run.
    // Balanced: the usual chat defaults. Creative: more randomness and a push away from
    // repeating topics, for brainstorming (README "Presets").
    static const QList<NamedPreset> presets{
        {u"Deterministic"_s, builtin(0.0, std::nullopt, 42, std::nullopt)},
        {u"Balanced"_s, builtin(0.7, 0.9, std::nullopt, std::nullopt)},
        {u"Creative"_s, builtin(1.1, 0.95, std::nullopt, 0.5)},
    };
    return presets;
}

bool isBuiltinPreset(const QString& name) {
    const QString n = name.trimmed();
    for (const NamedPreset& p : builtinPresets())
        if (n.compare(p.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString workloadSettingsKey(const QString& area, const QString& what, const Workload& workload) {
    const QString id = workload.id.isEmpty() ? workload.account() : workload.id;
    return u"%1/%2/%3"_s.arg(area, what, QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

Presets::Presets(const Workload& workload, const QString& area)
    : m_key(workloadSettingsKey(area, u"presets"_s, workload)) {}

QStringList Presets::names() const {
    QStringList out;
    for (const QString& name : readAll(m_key).keys())
        if (!isBuiltinPreset(name)) // one saved before built-in presets existed stays hidden
            out << name;
    return out;
}

QStringList Presets::choices() const {
    QStringList out;
    for (const NamedPreset& p : builtinPresets())
        out << p.name;
    return out + names();
}

QString Presets::save(const QString& rawName, const Preset& preset, QString* why) const {
    const QString name = scrubSecrets(rawName.trimmed());
    QString refusal;
    if (name.isEmpty())
        refusal = QCoreApplication::translate("ik::Presets",
                                              "Type a name for the preset first: a preset is "
                                              "saved under its name.");
    else if (isBuiltinPreset(name))
        refusal = builtinRefusal(name);
    if (!refusal.isEmpty()) {
        if (why)
            *why = refusal;
        return {};
    }
    QJsonObject all = readAll(m_key);
    all[name] = presetToJson(preset);
    writeAll(m_key, all);
    return name;
}

std::optional<Preset> Presets::load(const QString& name) const {
    for (const NamedPreset& p : builtinPresets())
        if (name.trimmed().compare(p.name, Qt::CaseInsensitive) == 0)
            return p.preset;
    const QJsonObject all = readAll(m_key);
    if (!all.contains(name.trimmed()))
        return std::nullopt;
    return presetFromJson(all[name.trimmed()].toObject());
}

bool Presets::remove(const QString& name, QString* why) const {
    QString refusal;
    QJsonObject all = readAll(m_key);
    if (isBuiltinPreset(name))
        refusal = builtinRefusal(name.trimmed());
    else if (!all.contains(name.trimmed()))
        refusal = QCoreApplication::translate("ik::Presets", "No preset is saved as \"%1\".")
                      .arg(name.trimmed());
    if (!refusal.isEmpty()) {
        if (why)
            *why = refusal;
        return false;
    }
    all.remove(name.trimmed());
    writeAll(m_key, all);
    return true;
}

void PresetMark::chose(const QString& name, const Preset& values) {
    m_name = name;
    m_values = values;
}

void PresetMark::clear() {
    m_name.clear();
    m_values = {};
}

bool PresetMark::isModified(const Preset& current) const {
    return !m_name.isEmpty() && !m_values.sameValues(current);
}

QString PresetMark::label(const Preset& current) const {
    if (m_name.isEmpty())
        return {};
    return isModified(current)
               ? QCoreApplication::translate("ik::Presets", "%1 (modified)").arg(m_name)
               : m_name;
}

} // namespace ik
