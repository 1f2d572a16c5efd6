#include "arena.h"

#include "arenastore.h"
#include "presets.h"
#include "run.h"
#include "scrub.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace ik {

QString ArenaContestant::key() const {
    return preset.isEmpty() ? workloadId : workloadId + u" · "_s + preset;
}

QString ArenaContestant::label() const {
    const QString name = workloadName.isEmpty() ? workloadId : workloadName;
    return preset.isEmpty() ? name : name + u" · "_s + preset;
}

QString outcomeName(arena::Outcome outcome) {
    switch (outcome) {
    case arena::Outcome::AWins:
        return u"a"_s;
    case arena::Outcome::BWins:
        return u"b"_s;
    case arena::Outcome::Tie:
        return u"tie"_s;
    case arena::Outcome::BothBad:
        return u"both_bad"_s;
    }
    return u"tie"_s;
}

std::optional<arena::Outcome> outcomeFromName(const QString& name) {
    for (arena::Outcome o : {arena::Outcome::AWins, arena::Outcome::BWins, arena::Outcome::Tie,
                             arena::Outcome::BothBad})
        if (outcomeName(o) == name)
            return o;
    return std::nullopt;
}

QList<arena::Vote> fitVotes(const QList<ArenaVote>& votes) {
    QList<arena::Vote> out;
    out.reserve(votes.size());
    for (const ArenaVote& v : votes)
        out.append(arena::Vote{v.a.key(), v.b.key(), v.outcome});
    return out;
}

// "Both bad" is left to fitBradleyTerry(), which, like LMSYS's Chatbot Arena, keeps it out of
// the fit (it says nothing about which answer is better) but counts it among a contestant's
// votes, so a pair that is always bad shows many votes and a wide, uninformed interval rather
// than vanishing from the table.
QList<ArenaRating> arenaRatings(const QList<ArenaVote>& votes) {
    QHash<QString, QString> labels;
    for (const ArenaVote& v : votes) {
        labels.insert(v.a.key(), v.a.label());
        labels.insert(v.b.key(), v.b.label());
    }
    QList<ArenaRating> out;
    for (const arena::Rating& r : arena::fitBradleyTerry(fitVotes(votes)))
        out.append(ArenaRating{r.name, labels.value(r.name, r.name), r});
    return out;
}

QStringList promptsFromText(const QString& text) {
    QStringList out;
    for (const QString& line : text.split(QRegularExpression(u"\r\n|\n|\r"_s))) {
        const QString prompt = line.trimmed();
        if (!prompt.isEmpty())
            out.append(prompt);
    }
    return out;
}

std::optional<QStringList> loadPrompts(const QString& path, QString* error) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QObject::tr("%1: cannot be read (%2). Pick a text file with one prompt per "
                                 "line.")
                         .arg(name, file.errorString());
        return std::nullopt;
    }
    const QStringList prompts = promptsFromText(QString::fromUtf8(file.readAll()));
    if (prompts.isEmpty()) {
        if (error)
            *error = QObject::tr("%1 holds no prompt. Put one prompt per line; blank lines are "
                                 "skipped.")
                         .arg(name);
        return std::nullopt;
    }
    return prompts;
}

ArenaRound::ArenaRound(const SessionServices* services, QObject* parent)
    : QObject(parent), m_services(services), m_random(QRandomGenerator::securelySeeded()) {
    m_options.recordHistory = false; // see setOptions()
    for (int i = 0; i < 2; ++i) {
        m_sides[i].session = new RunSession(services, this);
        connectSide(i);
    }
}

ArenaRound::~ArenaRound() = default;

// A history row names its workload, and the playground's history list shows the newest rows:
// recording the two answers would reveal the sides on the next page before the vote.
void ArenaRound::setOptions(const SessionOptions& options) {
    m_options = options;
    m_options.recordHistory = false;
}

void ArenaRound::setSeed(quint64 seed) {
    m_random.seed(quint32(seed ^ (seed >> 32)));
}

QString ArenaRound::drawPrompt(const QStringList& prompts) {
    if (prompts.isEmpty())
        return {};
    return prompts.at(int(m_random.bounded(quint32(prompts.size()))));
}

void ArenaRound::connectSide(int index) {
    RunSession* s = m_sides[index].session;
    const auto side = ArenaSide(index);
    // A finding can name the workload ("a key for acme/helpdesk"): the view gets it masked.
    connect(s, &RunSession::confirmationNeeded, this,
            [this, index, side](const GuardVerdict& verdict) {
                GuardVerdict masked = verdict;
                for (QList<GuardFinding>* list : {&masked.blocks, &masked.warnings})
                    for (GuardFinding& f : *list) {
                        f.reason = blind(index, f.reason);
                        f.fix = blind(index, f.fix);
                    }
                masked.key.reason = blind(index, masked.key.reason);
                masked.key.fix = blind(index, masked.key.fix);
                emit confirmationNeeded(side, masked);
            });
    connect(s, &RunSession::started, this, [this, index, side](Run* run) {
        m_sides[index].text.clear();
        connect(run, &Run::chunkReceived, this, [this, index, side](const QString& delta) {
            m_sides[index].text += delta;
            emit textGrew(side, int(m_sides[index].text.size()));
        });
    });
    connect(s, &RunSession::ended, this, [this, index](SessionEnd end) { onEnded(index, end); });
}

bool ArenaRound::refuse(const QString& why) {
    m_error = why;
    return false;
}

bool ArenaRound::start(const ArenaEntry& first, const ArenaEntry& second, const QString& prompt) {
    if (isRunning())
        return refuse(tr("A round is still running: stop it or wait for both answers."));
    if (prompt.trimmed().isEmpty())
        return refuse(tr("The prompt is empty: type one, or draw one from a set of prompts."));
    for (const ArenaEntry* e : {&first, &second})
        if (e->workload.id.isEmpty() || e->workload.kind != WorkloadKind::Chat)
            return refuse(tr("Pick a chat workload for both contestants."));
    if (first.workload.id == second.workload.id && first.preset == second.preset)
        return refuse(tr("Both contestants are the same: pick another workload, or the same one "
                         "with another preset."));
    m_error.clear();
    m_vote.reset();
    m_prompt = prompt;
    m_swapped = m_random.bounded(2u) == 1;
    const std::array<const ArenaEntry*, 2> entries =
        m_swapped ? std::array{&second, &first} : std::array{&first, &second};
    for (int i = 0; i < 2; ++i) {
        const ArenaEntry& e = *entries[i];
        Side& side = m_sides[i];
        side.contestant = ArenaContestant{e.workload.id, e.workload.displayName(), e.preset,
                                          presetToJson(Preset{e.params, e.stream})};
        side.text.clear();
        side.error.clear();
        side.ended = false;
        side.end = SessionEnd::Abandoned;
    }
    emit started();
    for (int i = 0; i < 2; ++i) {
        const ArenaEntry& e = *entries[i];
        ChatRequest request;
        request.model = e.workload.slug;
        request.prompt = prompt;
        request.params = e.params;
        request.stream = e.stream;
        // Both go out before either answers: the two streams run side by side.
        if (!m_sides[i].session->start(e.workload, SessionRequest::forChat(request), m_options))
            onEnded(i, SessionEnd::Invalid);
    }
    return true;
}

void ArenaRound::cancel() {
    for (Side& s : m_sides)
        if (!s.ended)
            s.session->cancel();
}

void ArenaRound::confirm(ArenaSide side, bool yes) {
    m_sides[int(side)].session->confirm(yes);
}

void ArenaRound::onEnded(int index, SessionEnd end) {
    Side& side = m_sides[index];
    if (side.ended)
        return;
    side.ended = true;
    side.end = end;
    if (end != SessionEnd::Done) {
        const Error& e = side.session->error();
        const GuardVerdict& verdict = side.session->verdict();
        side.error = scrubSecrets(end == SessionEnd::Blocked || end == SessionEnd::Declined
                                      ? verdict.headline()
                                      : e.summary());
    }
    if (Run* run = side.session->run(); run && wasSent(end))
        side.text = run->text();
    emit sideEnded(ArenaSide(index), end);
    if (m_sides[0].ended && m_sides[1].ended)
        emit bothEnded();
}

bool ArenaRound::isRunning() const {
    return !m_sides[0].ended || !m_sides[1].ended;
}

bool ArenaRound::hasEnded(ArenaSide side) const {
    return m_sides[int(side)].ended;
}

// With neither answer sent there is nothing to judge; one failed side can still lose.
bool ArenaRound::canVote() const {
    return !m_prompt.isEmpty() && !isRunning() && !m_vote &&
           (wasSent(m_sides[0].end) || wasSent(m_sides[1].end));
}

QString ArenaRound::text(ArenaSide side) const {
    return m_sides[int(side)].text;
}

SessionEnd ArenaRound::end(ArenaSide side) const {
    return m_sides[int(side)].end;
}

// An error can name the workload ("no key for support-bot"): until the vote, every spelling of
// the contestant's name, slug and id is masked.
QString ArenaRound::blind(int index, QString text) const {
    if (m_vote)
        return text;
    const Workload& w = m_sides[index].session->workload();
    for (const QString& name : {w.id, w.displayName(), w.slug, w.name, w.project})
        if (name.size() > 1)
            text.replace(name, u"…"_s, Qt::CaseInsensitive);
    return text;
}

QString ArenaRound::errorText(ArenaSide side) const {
    return blind(int(side), m_sides[int(side)].error);
}

QString ArenaRound::sideLabel(ArenaSide side) const {
    if (!m_vote)
        return side == ArenaSide::A ? tr("A") : tr("B");
    return m_sides[int(side)].contestant.label();
}

ArenaContestant ArenaRound::contestant(ArenaSide side) const {
    return m_sides[int(side)].contestant;
}

RunSession* ArenaRound::session(ArenaSide side) const {
    return m_sides[int(side)].session;
}

std::optional<ArenaVote> ArenaRound::vote(arena::Outcome outcome) {
    if (!canVote())
        return std::nullopt;
    ArenaVote v;
    v.at = QDateTime::currentDateTimeUtc();
    v.prompt = scrubSecrets(m_prompt);
    v.a = m_sides[0].contestant;
    v.b = m_sides[1].contestant;
    v.swapped = m_swapped;
    v.outcome = outcome;
    v.answerA = scrubSecrets(m_sides[0].text);
    v.answerB = scrubSecrets(m_sides[1].text);
    v.stateA = sessionEndName(m_sides[0].end);
    v.stateB = sessionEndName(m_sides[1].end);
    if (m_store)
        v.id = m_store->save(v);
    m_vote = v;
    emit voted(v);
    return v;
}

} // namespace ik
