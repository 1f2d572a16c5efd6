#include "drafts.h"

#include "scrub.h"

#include <QJsonDocument>
#include <QSettings>

namespace ik {

void writeDraft(const QString& settingsKey, const QJsonObject& draft) {
    QSettings settings;
    settings.setValue(settingsKey, scrubSecrets(QString::fromUtf8(
                                       QJsonDocument(draft).toJson(QJsonDocument::Compact))));
    settings.sync(); // a crash right after must still find it
}

QJsonObject readDraft(const QString& settingsKey) {
    return QJsonDocument::fromJson(QSettings().value(settingsKey).toString().toUtf8()).object();
}

} // namespace ik
