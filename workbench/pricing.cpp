#include "pricing.h"

#include "presets.h"

#include <QJsonDocument>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString keyOf(const Workload& workload) {
    return workloadSettingsKey(u"workload"_s, u"price"_s, workload);
}

} // namespace

std::optional<TokenPrice> workloadPrice(const Workload& workload) {
    const QByteArray json = QSettings().value(keyOf(workload)).toString().toUtf8();
    return priceFromJson(QJsonDocument::fromJson(json).object());
}

void setWorkloadPrice(const Workload& workload, const std::optional<TokenPrice>& price) {
    QSettings settings;
    if (!price)
        settings.remove(keyOf(workload));
    else
        settings.setValue(
            keyOf(workload),
            QString::fromUtf8(QJsonDocument(priceToJson(*price)).toJson(QJsonDocument::Compact)));
}

} // namespace ik
