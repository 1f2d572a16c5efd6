#pragma once
// The blind arena (DESIGN.md "Words"): two contestants answer the same prompt at once, each
// through a run session of its own (the one send pipeline), on sides A and B drawn at random.
// Which contestant is on which side stays inside the round until the user votes; a view shows
// sideLabel(), which says only "A" or "B" until then. Votes are kept by ArenaStore
// (arenastore.h) and rated with the Bradley–Terry fit of core (bradleyterry.h).

#include "bradleyterry.h"
#include "runsession.h"
#include "wire.h"
#include "workloads.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <array>
#include <optional>

namespace ik {

class ArenaStore;

// One contestant as a vote keeps it: a workload and the parameters it answered with.
struct ArenaContestant {
    QString workloadId;
    QString workloadName;
    QString preset;     // the parameter preset's name; empty: the workload's defaults
    QJsonObject params; // paramsToJson() of what was sent, with "stream"
    // What the fit tells apart: the same workload with two presets is two contestants.
    QString key() const;   // the workload id, or "<id> · <preset>"
    QString label() const; // "Support bot", "Support bot · Creative"
};

// What a picker hands a round: the workload and the preset chosen for it.
struct ArenaEntry {
    Workload workload;
    QString preset; // empty: the workload's defaults
    ChatParams params;
    bool stream = true;
};

enum class ArenaSide { A = 0, B = 1 };

struct ArenaVote {
    qint64 id = -1;
    QDateTime at; // UTC
    QString prompt;
    ArenaContestant a; // the contestant shown on side A
    ArenaContestant b;
    bool swapped = false; // the second picker's contestant went to side A
    arena::Outcome outcome = arena::Outcome::Tie;
    QString answerA; // scrubbed of keys
    QString answerB;
    QString stateA; // sessionEndName()
    QString stateB;
};

QString outcomeName(arena::Outcome outcome); // "a", "b", "tie", "both_bad"
std::optional<arena::Outcome> outcomeFromName(const QString& name);

// The fit's input: each vote between the contestants' keys.
QList<arena::Vote> fitVotes(const QList<ArenaVote>& votes);

struct ArenaRating {
    QString key;
    QString label; // the contestant's label in its latest vote
    arena::Rating fit;
};
// The Bradley–Terry fit over every vote, best first (fitBradleyTerry() decides what a tie and
// "both bad" count for).
QList<ArenaRating> arenaRatings(const QList<ArenaVote>& votes);

// A set of prompts to draw from: a text file, one prompt per line; blank lines are skipped.
QStringList promptsFromText(const QString& text);
// nullopt, and *error saying what is wrong and how to fix it, when the file cannot be read or
// holds no prompt.
std::optional<QStringList> loadPrompts(const QString& path, QString* error = nullptr);

class ArenaRound : public QObject {
    Q_OBJECT
public:
    // services is not owned and outlives the round; services->history may be null.
    explicit ArenaRound(const SessionServices* services, QObject* parent = nullptr);
    ~ArenaRound() override;

    // Sides and drawn prompts follow this seed from now on (tests); else a random one.
    void setSeed(quint64 seed);
    // Where votes go; null keeps them in the round only.
    void setStore(ArenaStore* store) { m_store = store; }
    // The round's extra headers and timeouts for both sides (the view's, tests' fault headers).
    // History is never recorded: the vote keeps both answers instead.
    void setOptions(const SessionOptions& options);

    // A prompt of the set, at random; empty for an empty set.
    QString drawPrompt(const QStringList& prompts);

    // Sends the prompt to both at once, each on a side drawn at random. False, and error() says
    // why, while a round runs, when the prompt is empty or a contestant has no chat workload.
    bool start(const ArenaEntry& first, const ArenaEntry& second, const QString& prompt);
    void cancel();                          // both sides; a vote stays possible on what came back
    void confirm(ArenaSide side, bool yes); // answers confirmationNeeded()

    QString error() const { return m_error; }
    bool isRunning() const;
    bool hasEnded(ArenaSide side) const;
    bool canVote() const; // both sides ended, one at least was sent, not voted yet
    bool isRevealed() const { return m_vote.has_value(); }

    QString prompt() const { return m_prompt; }
    QString text(ArenaSide side) const;
    SessionEnd end(ArenaSide side) const;
    QString errorText(ArenaSide side) const; // why a side failed or was not sent; scrubbed
    // "A" or "B" until the vote, then the contestant's label: all a view may name a side with.
    QString sideLabel(ArenaSide side) const;
    // Who is on the side: for the store and tests. A view shows sideLabel() instead.
    ArenaContestant contestant(ArenaSide side) const;
    bool swapped() const { return m_swapped; }
    RunSession* session(ArenaSide side) const;

    // Keeps the vote (in the store when there is one) and reveals the sides; nullopt when a vote
    // is not possible now (canVote()).
    std::optional<ArenaVote> vote(arena::Outcome outcome);
    std::optional<ArenaVote> lastVote() const { return m_vote; }

signals:
    void started();
    void textGrew(ik::ArenaSide side, int length);
    void sideEnded(ik::ArenaSide side, ik::SessionEnd end);
    void bothEnded();
    void confirmationNeeded(ik::ArenaSide side, const ik::GuardVerdict& verdict);
    void voted(const ik::ArenaVote& vote);

private:
    struct Side {
        RunSession* session = nullptr;
        ArenaContestant contestant;
        QString text;
        bool ended = true;
        SessionEnd end = SessionEnd::Abandoned;
        QString error;
    };
    void connectSide(int index);
    void onEnded(int index, SessionEnd end);
    bool refuse(const QString& why);
    QString blind(int index, QString text) const; // the side's names masked until the vote

    const SessionServices* m_services;
    SessionOptions m_options;
    ArenaStore* m_store = nullptr;
    QRandomGenerator m_random;
    std::array<Side, 2> m_sides;
    QString m_prompt;
    QString m_error;
    bool m_swapped = false;
    std::optional<ArenaVote> m_vote;
};

} // namespace ik
