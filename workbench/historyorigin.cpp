#include "historyorigin.h"

#include "scrub.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QString stored(const QJsonObject& o) {
    return scrubSecrets(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QJsonObject objectOf(const QString& text) {
    if (!text.startsWith(u'{'))
        return {};
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QString playgroundOrigin() {
    return u"playground"_s;
}

QString compareOrigin(const QString& comparison, const QString& title, int runs) {
    return stored({{u"kind"_s, u"compare"_s},
                   {u"comparison"_s, comparison},
                   {u"title"_s, title},
                   {u"runs"_s, runs}});
}

QString originOfRun(const QString& origin, int run) {
    QJsonObject o = objectOf(origin);
    if (o[u"kind"].toString() != u"compare")
        return playgroundOrigin();
    o[u"run"] = run;
    return stored(o);
}

HistoryOrigin parseOrigin(const QString& text) {
    HistoryOrigin origin;
    const QJsonObject o = objectOf(text);
    if (o[u"kind"].toString() != u"compare")
        return origin;
    origin.compare = true;
    origin.comparison = o[u"comparison"].toString();
    origin.title = o[u"title"].toString();
    origin.run = o[u"run"].toInt();
    origin.runs = o[u"runs"].toInt();
    return origin;
}

QString originLabel(const QString& text) {
    const HistoryOrigin origin = parseOrigin(text);
    if (!origin.compare)
        return QCoreApplication::translate("ik", "Playground");
    QString label = QCoreApplication::translate("ik", "Compare · %1").arg(origin.title);
    if (origin.run > 0 && origin.runs > 1)
        label += QCoreApplication::translate("ik", " · run %1/%2").arg(origin.run).arg(origin.runs);
    return label;
}

QString originCondition(HistoryOriginFilter filter) {
    // Rows older than the column hold NULL: they came from the playground.
    switch (filter) {
    case HistoryOriginFilter::Compare:
        return u" AND origin LIKE '{%'"_s;
    case HistoryOriginFilter::Playground:
        return u" AND (origin IS NULL OR origin NOT LIKE '{%')"_s;
    case HistoryOriginFilter::All:
        break;
    }
    return {};
}

} // namespace ik
