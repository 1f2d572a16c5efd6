// The blind arena against the sandbox over loopback: sides drawn from a seed, both answers
// streaming at once through their own run sessions, votes kept in SQLite and read back after
// reopening, ratings that are the Bradley–Terry fit of those votes, and exports read back.

#include "arena.h"
#include "arenastore.h"
#include "credential.h"
#include "guard.h"
#include "history.h"
#include "presets.h"
#include "sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 4180 as the export writes it: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QByteArray& bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else if (c != u'\r') {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TstArena : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void promptsFromAFile();
    void refusesWhatCannotBeSent();
    void sidesFollowTheSeed();
    void bothStreamAtOnceAndNamesWaitForTheVote();
    void aMissingKeyIsNotNamedBeforeTheVote();
    void aWarningAsksEachSideAndDecliningSendsNothing();
    void voteIsKeptAndReadBackAfterReopening();
    void ratingsAreTheFitOfTheVotes();
    void exportsReadBack();

private:
    ArenaEntry entry(const QString& project, const QString& slug, const QString& preset = {});
    ArenaVote playRound(ArenaRound& round, const ArenaEntry& first, const ArenaEntry& second,
                        const QString& prompt, arena::Outcome outcome);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    CredentialGuard m_guard;
    History* m_history = nullptr;
    SessionServices m_services;
    QString m_keyless; // the workload id whose key lookup answers nothing
};

void TstArena::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    m_sandbox->setTokensPerSecond(400); // slow enough that two streams overlap
    m_history = new History(m_dir.filePath(u"history.sqlite"_s), this);
    QVERIFY(m_history->isOpen());
    m_services.nam = &m_nam;
    m_services.guard = &m_guard;
    m_services.history = m_history;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        done(w.id == m_keyless ? QString() : m_sandbox->config().keyFor(w.project, w.slug));
    };
}

ArenaEntry TstArena::entry(const QString& project, const QString& slug, const QString& preset) {
    ArenaEntry e;
    e.workload.id = project + u'/' + slug;
    e.workload.name = slug == u"support-bot"_s ? u"Support bot"_s : u"Helpdesk"_s;
    e.workload.baseUrl = m_sandbox->baseUrl();
    e.workload.project = project;
    e.workload.slug = slug;
    e.workload.kind = WorkloadKind::Chat;
    e.preset = preset;
    if (!preset.isEmpty())
        e.params = Presets(e.workload).load(preset).value_or(Preset{}).params;
    return e;
}

ArenaVote TstArena::playRound(ArenaRound& round, const ArenaEntry& first, const ArenaEntry& second,
                              const QString& prompt, arena::Outcome outcome) {
    QSignalSpy both(&round, &ArenaRound::bothEnded);
    if (!round.start(first, second, prompt))
        qWarning("not started: %s", qPrintable(round.error()));
    if (!both.wait(15000))
        qWarning("the round did not end");
    return round.vote(outcome).value_or(ArenaVote{});
}

void TstArena::promptsFromAFile() {
    QCOMPARE(promptsFromText(u"  first \r\n\n second\rthird\n\n"_s),
             (QStringList{u"first"_s, u"second"_s, u"third"_s}));
    QString error;
    QVERIFY(!loadPrompts(m_dir.filePath(u"nope.txt"_s), &error));
    QVERIFY2(error.startsWith(u"nope.txt: cannot be read"_s), qPrintable(error));
    QVERIFY(error.contains(u"one prompt per line"_s));
    QFile empty(m_dir.filePath(u"empty.txt"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\n  \n");
    empty.close();
    QVERIFY(!loadPrompts(empty.fileName(), &error));
    QCOMPARE(error, u"empty.txt holds no prompt. Put one prompt per line; blank lines are "
                    u"skipped."_s);
    QFile set(m_dir.filePath(u"set.txt"_s));
    QVERIFY(set.open(QIODevice::WriteOnly));
    set.write("How do I reset my password?\nWhy was I charged twice?\n");
    set.close();
    const std::optional<QStringList> prompts = loadPrompts(set.fileName());
    QVERIFY(prompts);
    QCOMPARE(prompts->size(), 2);
    // A drawn prompt is one of the set, and the seed decides which.
    ArenaRound r1(&m_services), r2(&m_services);
    r1.setSeed(7);
    r2.setSeed(7);
    QStringList drawn1, drawn2;
    for (int i = 0; i < 12; ++i) {
        drawn1.append(r1.drawPrompt(*prompts));
        drawn2.append(r2.drawPrompt(*prompts));
    }
    QCOMPARE(drawn1, drawn2);
    QVERIFY(drawn1.contains(prompts->at(0)) && drawn1.contains(prompts->at(1)));
    QVERIFY(r1.drawPrompt({}).isEmpty());
}

void TstArena::refusesWhatCannotBeSent() {
    ArenaRound round(&m_services);
    QVERIFY(!round.start(entry(u"acme"_s, u"support-bot"_s), entry(u"globex"_s, u"helpdesk"_s),
                         u"  "_s));
    QCOMPARE(round.error(), u"The prompt is empty: type one, or draw one from a set of prompts."_s);
    ArenaEntry embedding = entry(u"acme"_s, u"billing"_s);
    embedding.workload.kind = WorkloadKind::Embedding;
    QVERIFY(!round.start(entry(u"acme"_s, u"support-bot"_s), embedding, u"Hi"_s));
    QCOMPARE(round.error(), u"Pick a chat workload for both contestants."_s);
    QVERIFY(!round.start(entry(u"acme"_s, u"support-bot"_s, u"Creative"_s),
                         entry(u"acme"_s, u"support-bot"_s, u"Creative"_s), u"Hi"_s));
    QCOMPARE(round.error(), u"Both contestants are the same: pick another workload, or the same "
                            u"one with another preset."_s);
    QVERIFY(!round.canVote());
    QVERIFY(!round.vote(arena::Outcome::AWins));
}

void TstArena::sidesFollowTheSeed() {
    auto sides = [this](quint64 seed) {
        ArenaRound round(&m_services);
        round.setSeed(seed);
        QList<bool> swapped;
        QStringList onA;
        for (int i = 0; i < 8; ++i) {
            QSignalSpy both(&round, &ArenaRound::bothEnded);
            round.start(entry(u"acme"_s, u"support-bot"_s), entry(u"globex"_s, u"helpdesk"_s),
                        u"Hola"_s);
            both.wait(15000);
            swapped.append(round.swapped());
            onA.append(round.contestant(ArenaSide::A).workloadId);
        }
        return std::pair{swapped, onA};
    };
    const auto [first, firstOnA] = sides(42);
    const auto [again, againOnA] = sides(42);
    QCOMPARE(first, again);
    QCOMPARE(firstOnA, againOnA);
    // Both contestants get side A in eight rounds, and side A is the swapped one's second entry.
    QVERIFY(first.contains(true) && first.contains(false));
    for (int i = 0; i < first.size(); ++i)
        QCOMPARE(firstOnA[i], first[i] ? u"globex/helpdesk"_s : u"acme/support-bot"_s);
}

void TstArena::bothStreamAtOnceAndNamesWaitForTheVote() {
    ArenaRound round(&m_services);
    round.setSeed(3);
    QList<int> events; // +side on a chunk, 10+side when a side ends
    connect(&round, &ArenaRound::textGrew, this,
            [&](ArenaSide side, int) { events.append(int(side)); });
    connect(&round, &ArenaRound::sideEnded, this,
            [&](ArenaSide side, SessionEnd) { events.append(10 + int(side)); });
    const qsizetype rowsBefore = m_history->list(u"acme/support-bot"_s).size() +
                                 m_history->list(u"globex/helpdesk"_s).size();
    QSignalSpy both(&round, &ArenaRound::bothEnded);
    QVERIFY(round.start(entry(u"acme"_s, u"support-bot"_s, u"Creative"_s),
                        entry(u"globex"_s, u"helpdesk"_s), u"How do I reset my password?"_s));
    QCOMPARE(round.sideLabel(ArenaSide::A), u"A"_s);
    QVERIFY(!round.canVote());
    QVERIFY(both.wait(15000));
    // Both sides streamed before either ended: the two answers came in side by side.
    const qsizetype firstEnd = std::min(events.indexOf(10), events.indexOf(11));
    QVERIFY(firstEnd > 0);
    QVERIFY(events.mid(0, firstEnd).contains(0));
    QVERIFY(events.mid(0, firstEnd).contains(1));
    for (ArenaSide side : {ArenaSide::A, ArenaSide::B}) {
        QCOMPARE(round.end(side), SessionEnd::Done);
        QVERIFY(!round.text(side).isEmpty());
        QCOMPARE(round.session(side)->run()->text(), round.text(side));
    }
    // History would name the sides on the playground's list: the vote keeps the answers instead.
    QTest::qWait(50);
    QCOMPARE(m_history->list(u"acme/support-bot"_s).size() +
                 m_history->list(u"globex/helpdesk"_s).size(),
             rowsBefore);
    QCOMPARE(round.sideLabel(ArenaSide::A), u"A"_s);
    QCOMPARE(round.sideLabel(ArenaSide::B), u"B"_s);
    QVERIFY(round.canVote());
    const std::optional<ArenaVote> vote = round.vote(arena::Outcome::BWins);
    QVERIFY(vote);
    QVERIFY(!round.canVote()); // one vote per round
    QCOMPARE(round.sideLabel(ArenaSide::A), round.contestant(ArenaSide::A).label());
    const QStringList labels{round.sideLabel(ArenaSide::A), round.sideLabel(ArenaSide::B)};
    QVERIFY(labels.contains(u"Support bot · Creative"_s));
    QVERIFY(labels.contains(u"Helpdesk"_s));
}

void TstArena::aMissingKeyIsNotNamedBeforeTheVote() {
    m_keyless = u"globex/helpdesk"_s;
    ArenaRound round(&m_services);
    QSignalSpy both(&round, &ArenaRound::bothEnded);
    QVERIFY(round.start(entry(u"acme"_s, u"support-bot"_s), entry(u"globex"_s, u"helpdesk"_s),
                        u"Hola"_s));
    QVERIFY(both.count() == 1 || both.wait(15000));
    m_keyless.clear();
    const ArenaSide keyless = round.contestant(ArenaSide::A).workloadId == u"globex/helpdesk"_s
                                  ? ArenaSide::A
                                  : ArenaSide::B;
    QVERIFY(!wasSent(round.end(keyless)));
    const QString blind = round.errorText(keyless);
    QVERIFY(!blind.isEmpty());
    for (const QString& name : {u"helpdesk"_s, u"Helpdesk"_s, u"globex"_s})
        QVERIFY2(!blind.contains(name, Qt::CaseInsensitive), qPrintable(blind));
    QVERIFY(round.canVote()); // a side that failed can still lose
    QVERIFY(round.vote(arena::Outcome::AWins));
}

void TstArena::aWarningAsksEachSideAndDecliningSendsNothing() {
    ArenaRound round(&m_services);
    QList<ArenaSide> asked;
    connect(&round, &ArenaRound::confirmationNeeded, this,
            [&](ArenaSide side, const GuardVerdict& verdict) {
                asked.append(side);
                QVERIFY(verdict.has(u"key_in_prompt"_s));
                round.confirm(side, false);
            });
    QSignalSpy both(&round, &ArenaRound::bothEnded);
    const QString pasted = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    QVERIFY(round.start(entry(u"acme"_s, u"support-bot"_s), entry(u"globex"_s, u"helpdesk"_s),
                        u"Why does "_s + pasted + u" fail?"_s));
    QVERIFY(both.count() == 1 || both.wait(15000));
    QCOMPARE(asked.size(), 2);
    QVERIFY(asked.contains(ArenaSide::A) && asked.contains(ArenaSide::B));
    QCOMPARE(round.end(ArenaSide::A), SessionEnd::Declined);
    QCOMPARE(round.end(ArenaSide::B), SessionEnd::Declined);
    QVERIFY(!round.canVote()); // nothing came back to judge
    QVERIFY(!round.vote(arena::Outcome::BothBad));
}

void TstArena::voteIsKeptAndReadBackAfterReopening() {
    const QString path = m_dir.filePath(u"votes.sqlite"_s);
    const QString key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    ArenaVote kept;
    {
        ArenaStore store(path);
        QVERIFY2(store.isOpen(), qPrintable(store.lastError()));
        ArenaRound round(&m_services);
        round.setStore(&store);
        round.setSeed(5);
        QSignalSpy changed(&store, &ArenaStore::changed);
        kept = playRound(round, entry(u"acme"_s, u"support-bot"_s, u"Deterministic"_s),
                         entry(u"acme"_s, u"support-bot"_s, u"Creative"_s),
                         u"Summarise this ticket"_s, arena::Outcome::Tie);
        QVERIFY(kept.id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(kept.a.key(), round.contestant(ArenaSide::A).key());
    }
    ArenaStore reopened(path);
    const QList<ArenaVote> votes = reopened.votes();
    QCOMPARE(votes.size(), 1);
    const ArenaVote& v = votes.first();
    QCOMPARE(v.id, kept.id);
    QCOMPARE(v.prompt, u"Summarise this ticket"_s);
    QCOMPARE(v.outcome, arena::Outcome::Tie);
    QCOMPARE(v.a.key(), kept.a.key());
    QCOMPARE(v.b.key(), kept.b.key());
    QVERIFY(v.a.key() != v.b.key()); // the same workload with two presets: two contestants
    QCOMPARE(v.a.params, kept.a.params);
    QCOMPARE(v.swapped, kept.swapped);
    QCOMPARE(v.at, kept.at);
    QCOMPARE(v.answerA, kept.answerA);
    QCOMPARE(v.stateB, u"done"_s);
    QVERIFY(v.at.isValid() && v.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    QCOMPARE(reopened.count(), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(Credential::parse(key).secret.toUtf8()));
}

void TstArena::ratingsAreTheFitOfTheVotes() {
    ArenaStore store(m_dir.filePath(u"ratings.sqlite"_s));
    ArenaRound round(&m_services);
    round.setStore(&store);
    round.setSeed(11);
    const ArenaEntry bot = entry(u"acme"_s, u"support-bot"_s);
    const ArenaEntry help = entry(u"globex"_s, u"helpdesk"_s);
    const ArenaEntry creative = entry(u"acme"_s, u"support-bot"_s, u"Creative"_s);
    const QList<arena::Outcome> outcomes{arena::Outcome::AWins,   arena::Outcome::BWins,
                                         arena::Outcome::AWins,   arena::Outcome::Tie,
                                         arena::Outcome::BothBad, arena::Outcome::AWins};
    const QList<std::pair<ArenaEntry, ArenaEntry>> pairs{{help, bot},      {bot, creative},
                                                         {creative, help}, {bot, help},
                                                         {help, creative}, {creative, bot}};
    for (int i = 0; i < outcomes.size(); ++i)
        playRound(round, pairs[i].first, pairs[i].second, u"Hola %1"_s.arg(i), outcomes[i]);
    const QList<ArenaVote> votes = store.votes();
    QCOMPARE(votes.size(), outcomes.size());
    ArenaRatingsModel model;
    model.setVotes(votes);
    const QList<arena::Rating> fit = arena::fitBradleyTerry(fitVotes(votes));
    QCOMPARE(model.rowCount(), int(fit.size()));
    QCOMPARE(model.rowCount(), 3);
    int votesShown = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const arena::Rating& r = fit[row];
        auto cell = [&](int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(ArenaRatingsModel::Rank), QString::number(row + 1));
        QCOMPARE(cell(ArenaRatingsModel::Rating), QString::number(std::lround(r.rating)));
        QCOMPARE(cell(ArenaRatingsModel::Interval),
                 u"%1 – %2"_s.arg(std::lround(r.low)).arg(std::lround(r.high)));
        QCOMPARE(cell(ArenaRatingsModel::Votes), QString::number(r.votes));
        QCOMPARE(model.ratings()[row].key, r.name);
        votesShown += r.votes;
    }
    QCOMPARE(votesShown, 2 * int(outcomes.size())); // two contestants per vote
    model.setBestFirst(false);
    QCOMPARE(model.index(0, ArenaRatingsModel::Rank).data().toInt(), 3);
    QCOMPARE(model.index(0, ArenaRatingsModel::Rating).data().toString(),
             QString::number(std::lround(fit.last().rating)));
}

void TstArena::exportsReadBack() {
    ArenaStore store(m_dir.filePath(u"ratings.sqlite"_s)); // the votes of the test above
    const QList<ArenaVote> votes = store.votes();
    QVERIFY(votes.size() >= 6);
    const QString secret =
        Credential::parse(m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s)).secret;

    const QByteArray csv = arenaVotesCsv(votes);
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), votes.size() + 1);
    QCOMPARE(rows[0].value(12), u"outcome"_s);
    for (qsizetype i = 0; i < votes.size(); ++i) {
        const QStringList& row = rows[i + 1];
        QCOMPARE(row.size(), rows[0].size());
        QCOMPARE(row[0], QString::number(votes[i].id));
        QCOMPARE(row[2], votes[i].prompt);
        QCOMPARE(row[3], votes[i].a.workloadId);
        QCOMPARE(row[7], votes[i].b.workloadId);
        QCOMPARE(row[12], outcomeName(votes[i].outcome));
        QCOMPARE(row[15], votes[i].answerA); // answers hold commas: quoting round-trips
    }
    const QJsonObject json = QJsonDocument::fromJson(arenaVotesJson(votes)).object();
    QCOMPARE(json[u"format"_s].toString(), u"ik-arena-votes"_s);
    const QJsonArray list = json[u"votes"_s].toArray();
    QCOMPARE(list.size(), votes.size());
    QCOMPARE(list[4][u"outcome"_s].toString(), u"both_bad"_s);
    QCOMPARE(list[0][u"b"_s][u"workload_id"_s].toString(), votes[0].b.workloadId);
    QCOMPARE(list[0][u"time"_s].toString(), votes[0].at.toString(Qt::ISODateWithMs));

    const QList<ArenaRating> ratings = arenaRatings(votes);
    const QList<QStringList> rrows = parseCsv(arenaRatingsCsv(ratings));
    QCOMPARE(rrows.size(), ratings.size() + 1);
    QCOMPARE(rrows[0], (QStringList{u"rank"_s, u"contestant"_s, u"key"_s, u"rating"_s, u"low"_s,
                                    u"high"_s, u"votes"_s}));
    QCOMPARE(rrows[1][1], ratings[0].label);
    QCOMPARE(rrows[1][3].toDouble(), std::round(ratings[0].fit.rating * 10) / 10);
    QCOMPARE(rrows[1][6].toInt(), ratings[0].fit.votes);
    const QJsonArray rjson =
        QJsonDocument::fromJson(arenaRatingsJson(ratings)).object()[u"ratings"_s].toArray();
    QCOMPARE(rjson.size(), ratings.size());
    QCOMPARE(rjson[0][u"votes"_s].toInt(), ratings[0].fit.votes);
    QCOMPARE(rjson[0][u"rating"_s].toDouble(), ratings[0].fit.rating);
    QVERIFY(rjson[0][u"low"_s].toDouble() < rjson[0][u"rating"_s].toDouble());

    // A key the user pasted into a prompt never leaves in an export.
    ArenaVote leaky = votes.first();
    leaky.prompt = u"my key is "_s + m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    for (const QByteArray& out : {arenaVotesCsv({leaky}), arenaVotesJson({leaky})})
        QVERIFY(!out.contains(secret.toUtf8()));
}

QTEST_GUILESS_MAIN(TstArena)
#include "tst_arena.moc"
