#include "drafts.h"

#include "scrub.h"

#include <QJsonDocument>
#include <QSettings>

namespace ik {

namespace {

constexpr QLatin1StringView kSecretsRemoved("secrets_removed");

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

void writeDraft(const QString& settingsKey, const QJsonObject& draft) {
    QString text = compact(draft);
    QString scrubbed = scrubSecrets(text);
    if (scrubbed != text) {
        // The mark goes in before scrubbing, so the stored text is scrubbed whole either way.
        QJsonObject marked = draft;
        marked[kSecretsRemoved] = true;
        scrubbed = scrubSecrets(compact(marked));
    }
    QSettings settings;
    settings.setValue(settingsKey, scrubbed);
    settings.sync(); // a crash right after must still find it
}

bool draftHadSecrets(const QJsonObject& draft) {
    return draft[kSecretsRemoved].toBool();
}

QJsonObject readDraft(const QString& settingsKey) {
    return QJsonDocument::fromJson(QSettings().value(settingsKey).toString().toUtf8()).object();
}

} // namespace ik
