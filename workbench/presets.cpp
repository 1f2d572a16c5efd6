#include "presets.h"

#include "history.h"
#include "scrub.h"

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

} // namespace

QString workloadSettingsKey(const QString& area, const QString& what, const Workload& workload) {
    const QString id = workload.id.isEmpty() ? workload.account() : workload.id;
    return u"%1/%2/%3"_s.arg(area, what, QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

Presets::Presets(const Workload& workload, const QString& area)
    : m_key(workloadSettingsKey(area, u"presets"_s, workload)) {}

QStringList Presets::names() const {
    return readAll(m_key).keys();
}

QString Presets::save(const QString& rawName, const Preset& preset) const {
    const QString name = scrubSecrets(rawName.trimmed());
    if (name.isEmpty())
        return {};
    QJsonObject all = readAll(m_key);
    QJsonObject json = paramsToJson(preset.params);
    json[u"stream"] = preset.stream;
    all[name] = json;
    writeAll(m_key, all);
    return name;
}

std::optional<Preset> Presets::load(const QString& name) const {
    const QJsonObject all = readAll(m_key);
    if (!all.contains(name))
        return std::nullopt;
    const QJsonObject json = all[name].toObject();
    return Preset{paramsFromJson(json), json[u"stream"].toBool(true)};
}

void Presets::remove(const QString& name) const {
    QJsonObject all = readAll(m_key);
    all.remove(name);
    writeAll(m_key, all);
}

} // namespace ik
