#include "arenaview.h"

#include "arenapane.h"
#include "arenastore.h"
#include "history.h"
#include "presets.h"
#include "streamview.h"
#include "turnqueue.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

constexpr arena::Outcome kOutcomes[4] = {arena::Outcome::AWins, arena::Outcome::BWins,
                                         arena::Outcome::Tie, arena::Outcome::BothBad};

QString outcomeText(arena::Outcome outcome) {
    switch (outcome) {
    case arena::Outcome::AWins:
        return ArenaView::tr("A is better");
    case arena::Outcome::BWins:
        return ArenaView::tr("B is better");
    case arena::Outcome::Tie:
        return ArenaView::tr("a tie");
    case arena::Outcome::BothBad:
        return ArenaView::tr("both bad");
    }
    return {};
}

} // namespace

ArenaView::ArenaView(const SessionServices* services, QWidget* parent)
    : QWidget(parent), m_source(services), m_services(*services), m_turnQueue(new TurnQueue(this)) {
    setObjectName(u"arenaView"_s);
    // The round reads the view's copy of the services, refreshed at each send (a fault header
    // set in the window since), with the view's turn queue for the two history writes.
    m_round = new ArenaRound(&m_services, this);
    m_store = new ArenaStore(services->history ? services->history->path() : QString(), this);
    m_round->setStore(m_store);
    m_ratings = new ArenaRatingsModel(this);
    buildUi();
    connectRound();
    refreshRatings();
    updateButtons();
}

ArenaView::~ArenaView() {
    disconnect(m_round, nullptr, this, nullptr);
    m_round->cancel();
}

ui::ViewSpec ArenaView::spec() {
    ui::ViewSpec s;
    s.id = u"arena"_s;
    s.title = tr("&Arena");
    s.shortcut = QKeySequence(Qt::CTRL | Qt::Key_5);
    s.kinds = {};
    s.widget = this; // its focus proxy is the prompt
    return s;
}

void ArenaView::connectRound() {
    connect(m_round, &ArenaRound::started, this, [this] {
        for (ArenaPane* p : m_panes)
            p->begin();
        m_result->clear();
        updateButtons();
    });
    connect(m_round, &ArenaRound::textGrew, this,
            [this](ArenaSide side, int) { m_panes[int(side)]->grow(); });
    connect(
        m_round, &ArenaRound::confirmationNeeded, this,
        [this](ArenaSide side, const GuardVerdict& verdict) { m_panes[int(side)]->ask(verdict); });
    connect(m_round, &ArenaRound::sideEnded, this, [this](ArenaSide side, SessionEnd end) {
        m_panes[int(side)]->finish(end);
        updateButtons();
    });
    connect(m_round, &ArenaRound::bothEnded, this, [this] {
        updateButtons();
        // Keys 1–4 vote from here on; a prompt box with the focus would take them as text.
        m_votes[0]->setFocus();
        emit statusMessage(tr("Both answers are in: vote with 1–4."));
    });
}

void ArenaView::setWorkloads(const QList<Workload>& workloads) {
    m_workloads.clear();
    for (const Workload& w : workloads)
        if (w.kind == WorkloadKind::Chat)
            m_workloads.append(w);
    for (int c = 0; c < 2; ++c) {
        QComboBox* box = m_workloadBox[c];
        const QString keep = box->currentData().toString();
        const QSignalBlocker block(box);
        box->clear();
        for (const Workload& w : std::as_const(m_workloads))
            box->addItem(w.displayName(), w.id);
        int index = box->findData(keep);
        if (index < 0) // a new pair starts on two different workloads when there are two
            index = std::min<int>(c, box->count() - 1);
        box->setCurrentIndex(index);
        fillPresets(c);
    }
    updateButtons();
}

void ArenaView::fillPresets(int c) {
    QComboBox* box = m_presetBox[c];
    const QString keep = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(tr("Defaults"), QString());
    box->setItemData(0, tr("The workload's own parameters, no preset"), Qt::ToolTipRole);
    const QString id = m_workloadBox[c]->currentData().toString();
    for (const Workload& w : std::as_const(m_workloads))
        if (w.id == id)
            for (const QString& name : Presets(w).choices())
                box->addItem(name, name);
    box->setCurrentIndex(std::max(0, box->findData(keep)));
}

void ArenaView::pick(int contestant, const QString& workloadId, const QString& preset) {
    const int c = std::clamp(contestant, 1, 2) - 1;
    m_workloadBox[c]->setCurrentIndex(m_workloadBox[c]->findData(workloadId));
    fillPresets(c);
    m_presetBox[c]->setCurrentIndex(std::max(0, m_presetBox[c]->findData(preset)));
}

ArenaEntry ArenaView::entryOf(int c) const {
    ArenaEntry e;
    const QString id = m_workloadBox[c]->currentData().toString();
    for (const Workload& w : m_workloads)
        if (w.id == id)
            e.workload = w;
    e.preset = m_presetBox[c]->currentData().toString();
    if (!e.preset.isEmpty() && !e.workload.id.isEmpty())
        if (const std::optional<Preset> p = Presets(e.workload).load(e.preset)) {
            e.params = p->params;
            e.stream = p->stream;
        }
    return e;
}

void ArenaView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    setHeader(&m_options.extraHeaders, name, value);
}

QString ArenaView::prompt() const {
    return m_prompt->toPlainText();
}

void ArenaView::setPrompt(const QString& text) {
    m_prompt->setPlainText(text);
}

void ArenaView::send() {
    if (m_round->isRunning())
        return;
    m_services = *m_source;
    m_services.turns = m_turnQueue;
    m_round->setOptions(m_options);
    if (!m_round->start(entryOf(0), entryOf(1), prompt()))
        emit statusMessage(m_round->error());
    updateButtons();
}

void ArenaView::vote(arena::Outcome outcome) {
    const std::optional<ArenaVote> v = m_round->vote(outcome);
    if (!v)
        return;
    for (ArenaPane* p : m_panes)
        p->reveal();
    m_result->setText(tr("You voted %1. A was %2; B was %3.")
                          .arg(outcomeText(outcome), m_round->sideLabel(ArenaSide::A),
                               m_round->sideLabel(ArenaSide::B)));
    refreshRatings();
    if (!m_promptSet.isEmpty())
        drawPrompt(); // the next round is one Send away
    m_send->setFocus();
    updateButtons();
    emit voted();
}

QPushButton* ArenaView::voteButton(arena::Outcome outcome) const {
    return m_votes[int(outcome)];
}

void ArenaView::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if ((event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && key >= Qt::Key_1 &&
        key <= Qt::Key_4 && m_round->canVote()) {
        vote(kOutcomes[key - Qt::Key_1]);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ArenaView::refreshRatings() {
    m_ratings->setVotes(m_store->votes());
    const int n = m_ratings->voteCount();
    m_voteCount->setText(n == 1 ? tr("Ratings · 1 vote") : tr("Ratings · %1 votes").arg(n));
    m_ratingsView->resizeColumnsToContents();
}

void ArenaView::updateButtons() {
    const bool running = m_round->isRunning();
    m_send->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QPushButton* b : m_votes)
        b->setEnabled(m_round->canVote());
    m_draw->setEnabled(!m_promptSet.isEmpty());
}

bool ArenaView::loadPromptSet(const QString& path) {
    QString error;
    const std::optional<QStringList> prompts = loadPrompts(path, &error);
    if (!prompts) {
        emit statusMessage(error);
        return false;
    }
    m_promptSet = *prompts;
    const QString file = QFileInfo(path).fileName();
    m_setInfo->setText(m_promptSet.size() == 1
                           ? tr("%1: 1 prompt").arg(file)
                           : tr("%1: %2 prompts").arg(file).arg(m_promptSet.size()));
    drawPrompt();
    updateButtons();
    return true;
}

void ArenaView::drawPrompt() {
    if (!m_promptSet.isEmpty())
        setPrompt(m_round->drawPrompt(m_promptSet));
}

void ArenaView::choosePromptSet() {
    QPointer<ArenaView> self(this);
    auto load = [self](const QString& path) {
        if (self && !path.isEmpty())
            self->loadPromptSet(path);
    };
    if (m_openFileHook) {
        m_openFileHook(load);
        return;
    }
    auto* dialog = new QFileDialog(this, tr("Draw prompts from a set"), QString(),
                                   tr("Text files, one prompt per line (*.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, load);
    dialog->open();
}

bool ArenaView::exportTo(const QString& path, Export what, QString* error) const {
    QByteArray bytes;
    switch (what) {
    case Export::VotesCsv:
        bytes = arenaVotesCsv(m_store->votes());
        break;
    case Export::VotesJson:
        bytes = arenaVotesJson(m_store->votes());
        break;
    case Export::RatingsCsv:
        bytes = arenaRatingsCsv(m_ratings->ratings());
        break;
    case Export::RatingsJson:
        bytes = arenaRatingsJson(m_ratings->ratings());
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// One button per kind of export; the file's suffix picks CSV or JSON.
void ArenaView::exportWith(Export what) {
    const bool votes = what == Export::VotesCsv || what == Export::VotesJson;
    const QString name = votes ? u"arena-votes.csv"_s : u"arena-ratings.csv"_s;
    const QString filter = tr("CSV (*.csv);;JSON (*.json)");
    QPointer<ArenaView> self(this);
    auto write = [self, votes](QString path) {
        if (!self || path.isEmpty())
            return;
        const bool json = path.endsWith(u".json"_s, Qt::CaseInsensitive);
        if (!json && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
            path += u".csv"_s;
        const Export e = votes ? (json ? Export::VotesJson : Export::VotesCsv)
                               : (json ? Export::RatingsJson : Export::RatingsCsv);
        QString error;
        if (self->exportTo(path, e, &error))
            emit self->statusMessage(tr("Exported to %1").arg(path));
        else
            emit self->statusMessage(tr("Export failed: %1").arg(error));
    };
    if (m_saveFileHook) {
        m_saveFileHook(name, filter, write);
        return;
    }
    auto* dialog =
        new QFileDialog(this, votes ? tr("Export votes") : tr("Export ratings"), name, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, write);
    dialog->open();
}

} // namespace ik
