// The arena's exports. Every text goes through the key scrubber on its way out, whatever the
// store already did: a file leaves the machine.

#include "arenastore.h"

#include "scrub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

QByteArray csvField(const QString& s) {
    QByteArray u = scrubSecrets(s).toUtf8();
    if (u.contains(',') || u.contains('"') || u.contains('\n') || u.contains('\r')) {
        u.replace("\"", "\"\"");
        return '"' + u + '"';
    }
    return u;
}

QByteArray csvRow(const QStringList& fields) {
    QByteArray row;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            row += ',';
        row += csvField(fields[i]);
    }
    return row + "\r\n";
}

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject contestantJson(const ArenaContestant& c) {
    return {
        {u"workload_id"_s, c.workloadId},
        {u"workload"_s, scrubSecrets(c.workloadName)},
        {u"preset"_s, scrubSecrets(c.preset)},
        {u"params"_s, QJsonDocument::fromJson(scrubSecrets(compact(c.params)).toUtf8()).object()}};
}

// A bound the fit could not pin (no decided game) is null in JSON, empty in CSV.
QJsonValue finite(double x) {
    return std::isfinite(x) ? QJsonValue(x) : QJsonValue();
}

QString finiteText(double x) {
    return std::isfinite(x) ? QString::number(x, 'f', 1) : QString();
}

} // namespace

QByteArray arenaVotesCsv(const QList<ArenaVote>& votes) {
    QByteArray out = csvRow({u"id"_s, u"time"_s, u"prompt"_s, u"a_workload_id"_s, u"a_workload"_s,
                             u"a_preset"_s, u"a_params"_s, u"b_workload_id"_s, u"b_workload"_s,
                             u"b_preset"_s, u"b_params"_s, u"swapped"_s, u"outcome"_s, u"a_state"_s,
                             u"b_state"_s, u"a_answer"_s, u"b_answer"_s});
    for (const ArenaVote& v : votes)
        out += csvRow({QString::number(v.id), v.at.toUTC().toString(Qt::ISODateWithMs), v.prompt,
                       v.a.workloadId, v.a.workloadName, v.a.preset, compact(v.a.params),
                       v.b.workloadId, v.b.workloadName, v.b.preset, compact(v.b.params),
                       v.swapped ? u"1"_s : u"0"_s, outcomeName(v.outcome), v.stateA, v.stateB,
                       v.answerA, v.answerB});
    return out;
}

QByteArray arenaVotesJson(const QList<ArenaVote>& votes) {
    QJsonArray list;
    for (const ArenaVote& v : votes)
        list.append(QJsonObject{{u"id"_s, v.id},
                                {u"time"_s, v.at.toUTC().toString(Qt::ISODateWithMs)},
                                {u"prompt"_s, scrubSecrets(v.prompt)},
                                {u"a"_s, contestantJson(v.a)},
                                {u"b"_s, contestantJson(v.b)},
                                {u"swapped"_s, v.swapped},
                                {u"outcome"_s, outcomeName(v.outcome)},
                                {u"a_state"_s, v.stateA},
                                {u"b_state"_s, v.stateB},
                                {u"a_answer"_s, scrubSecrets(v.answerA)},
                                {u"b_answer"_s, scrubSecrets(v.answerB)}});
    return QJsonDocument(QJsonObject{{u"format"_s, u"ik-arena-votes"_s},
                                     {u"version"_s, 1},
                                     {u"votes"_s, list}})
        .toJson(QJsonDocument::Indented);
}

QByteArray arenaRatingsCsv(const QList<ArenaRating>& ratings) {
    QByteArray out = csvRow(
        {u"rank"_s, u"contestant"_s, u"key"_s, u"rating"_s, u"low"_s, u"high"_s, u"votes"_s});
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const ArenaRating& r = ratings[i];
        out +=
            csvRow({QString::number(i + 1), r.label, r.key, finiteText(r.fit.rating),
                    finiteText(r.fit.low), finiteText(r.fit.high), QString::number(r.fit.votes)});
    }
    return out;
}

QByteArray arenaRatingsJson(const QList<ArenaRating>& ratings) {
    QJsonArray list;
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const ArenaRating& r = ratings[i];
        list.append(QJsonObject{{u"rank"_s, int(i + 1)},
                                {u"contestant"_s, scrubSecrets(r.label)},
                                {u"key"_s, scrubSecrets(r.key)},
                                {u"rating"_s, finite(r.fit.rating)},
                                {u"low"_s, finite(r.fit.low)},
                                {u"high"_s, finite(r.fit.high)},
                                {u"strength"_s, finite(r.fit.strength)},
                                {u"votes"_s, r.fit.votes}});
    }
    return QJsonDocument(QJsonObject{{u"format"_s, u"ik-arena-ratings"_s},
                                     {u"version"_s, 1},
                                     {u"method"_s, u"bradley-terry"_s},
                                     {u"ratings"_s, list}})
        .toJson(QJsonDocument::Indented);
}

} // namespace ik
