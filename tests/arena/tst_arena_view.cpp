// The arena page against the sandbox over loopback, as a user sees it: until the vote the two
// workloads' names are nowhere in the page's widget tree; after it each pane names its
// contestant; keys 1–4 vote; ten votes fill the ratings table with counts; exports and a prompt
// set go through the page's hooks.

#include "arenapane.h"
#include "arenastore.h"
#include "arenaview.h"
#include "guard.h"
#include "history.h"
#include "sandbox.h"
#include "streamview.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kNames{u"Support bot"_s, u"Helpdesk"_s};

// Every text a user (or a screen reader) can get from the page.
QStringList textsOf(QWidget* page) {
    QStringList out;
    QList<QWidget*> widgets = page->findChildren<QWidget*>();
    widgets.prepend(page);
    const QList<QWidget*> panes{page->findChild<QWidget*>(u"arenaPaneA"_s),
                                page->findChild<QWidget*>(u"arenaPaneB"_s)};
    for (QWidget* w : std::as_const(widgets)) {
        out << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle()
            << w->whatsThis() << w->statusTip();
        if (auto* l = qobject_cast<QLabel*>(w))
            out << l->text();
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            out << b->text();
        if (auto* e = qobject_cast<QTextEdit*>(w))
            out << e->toPlainText() << e->placeholderText();
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            out << e->toPlainText() << e->placeholderText();
        if (auto* e = qobject_cast<QLineEdit*>(w))
            out << e->text();
        if (auto* c = qobject_cast<QComboBox*>(w))
            for (QWidget* pane : panes)
                if (pane && pane->isAncestorOf(c))
                    for (int i = 0; i < c->count(); ++i)
                        out << c->itemText(i);
    }
    return out;
}

QStringList namesIn(const QStringList& texts) {
    QStringList found;
    for (const QString& t : texts)
        for (const QString& name : kNames)
            if (t.contains(name, Qt::CaseInsensitive))
                found << name + u" in: "_s + t.left(80);
    return found;
}

} // namespace

class TstArenaView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void namesAreHiddenUntilTheVote();
    void keysOneToFourVote();
    void tenVotesGiveRatingsWithCounts();
    void promptSetAndExports();

private:
    Workload workload(const QString& project, const QString& slug, const QString& name,
                      WorkloadKind kind = WorkloadKind::Chat) const;
    void playRound(int key);

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    CredentialGuard m_guard;
    History* m_history = nullptr;
    SessionServices m_services;
    ArenaView* m_view = nullptr;
};

void TstArenaView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    m_sandbox->setTokensPerSecond(2000);
    m_history = new History(m_dir.filePath(u"history.sqlite"_s), this);
    m_services.nam = &m_nam;
    m_services.guard = &m_guard;
    m_services.history = m_history;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        done(m_sandbox->config().keyFor(w.project, w.slug));
    };
}

Workload TstArenaView::workload(const QString& project, const QString& slug, const QString& name,
                                WorkloadKind kind) const {
    Workload w;
    w.id = project + u'/' + slug;
    w.name = name;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = project;
    w.slug = slug;
    w.kind = kind;
    return w;
}

void TstArenaView::init() {
    m_view = new ArenaView(&m_services);
    m_view->setWorkloads(
        {workload(u"acme"_s, u"support-bot"_s, kNames[0]),
         workload(u"acme"_s, u"billing"_s, u"Billing search"_s, WorkloadKind::Embedding),
         workload(u"globex"_s, u"helpdesk"_s, kNames[1])});
    m_view->resize(1000, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->round()->setSeed(1);
}

void TstArenaView::cleanup() {
    delete m_view;
    m_view = nullptr;
}

void TstArenaView::namesAreHiddenUntilTheVote() {
    auto* picker = m_view->findChild<QComboBox*>(u"arenaWorkload1"_s);
    QCOMPARE(picker->count(), 2); // chat workloads only
    m_view->pick(1, u"acme/support-bot"_s);
    m_view->pick(2, u"globex/helpdesk"_s);
    m_view->setPrompt(u"How do I reset my password?"_s);
    QSignalSpy both(m_view->round(), &ArenaRound::bothEnded);
    QTest::keyClick(m_view->findChild<QPlainTextEdit*>(u"arenaPrompt"_s), Qt::Key_Return,
                    Qt::ControlModifier);
    QVERIFY2(m_view->round()->isRunning(), qPrintable(m_view->round()->error()));
    QVERIFY(!m_view->voteButton(arena::Outcome::AWins)->isEnabled());
    QStringList leaks = namesIn(textsOf(m_view)); // while streaming
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
    QVERIFY(both.wait(15000));
    QTRY_VERIFY(!m_view->pane(ArenaSide::A)->answerView()->text().isEmpty());
    QCOMPARE(m_view->pane(ArenaSide::A)->answerView()->text(), m_view->round()->text(ArenaSide::A));
    QCOMPARE(m_view->pane(ArenaSide::A)->title(), u"A"_s);
    QCOMPARE(m_view->pane(ArenaSide::B)->title(), u"B"_s);
    for (arena::Outcome o : {arena::Outcome::AWins, arena::Outcome::BWins, arena::Outcome::Tie,
                             arena::Outcome::BothBad})
        QVERIFY(m_view->voteButton(o)->isEnabled());
    leaks = namesIn(textsOf(m_view)); // both ended, not voted
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));

    m_view->voteButton(arena::Outcome::Tie)->click();
    const ArenaContestant a = m_view->round()->contestant(ArenaSide::A);
    const ArenaContestant b = m_view->round()->contestant(ArenaSide::B);
    QCOMPARE(m_view->pane(ArenaSide::A)->title(), u"A: "_s + a.label());
    QCOMPARE(m_view->pane(ArenaSide::B)->title(), u"B: "_s + b.label());
    QCOMPARE(QStringList({a.label(), b.label()}).size(), 2);
    QVERIFY(a.label() != b.label());
    const QString result = m_view->findChild<QLabel*>(u"arenaResult"_s)->text();
    QCOMPARE(result, u"You voted a tie. A was %1; B was %2."_s.arg(a.label(), b.label()));
    QVERIFY(!m_view->voteButton(arena::Outcome::AWins)->isEnabled());
    const QStringList shown = textsOf(m_view);
    for (const QString& name : kNames)
        QVERIFY2(!namesIn(shown).filter(name).isEmpty(), qPrintable(name));
}

void TstArenaView::playRound(int key) {
    QSignalSpy both(m_view->round(), &ArenaRound::bothEnded);
    QSignalSpy voted(m_view, &ArenaView::voted);
    m_view->send();
    QVERIFY2(m_view->round()->isRunning(), qPrintable(m_view->round()->error()));
    // A key before both ended votes nothing.
    QTest::keyClick(m_view->voteButton(arena::Outcome::AWins), Qt::Key_1);
    QCOMPARE(voted.count(), 0);
    QVERIFY(both.wait(15000));
    // The focused vote button passes the digit on to the page.
    QTest::keyClick(m_view->voteButton(arena::Outcome::AWins), Qt::Key(Qt::Key_0 + key));
    QCOMPARE(voted.count(), 1);
}

void TstArenaView::keysOneToFourVote() {
    m_view->pick(1, u"acme/support-bot"_s, u"Deterministic"_s);
    m_view->pick(2, u"acme/support-bot"_s, u"Creative"_s);
    m_view->setPrompt(u"Why was I charged twice?"_s);
    const int before = m_view->store()->count();
    const QList<arena::Outcome> expected{arena::Outcome::AWins, arena::Outcome::BWins,
                                         arena::Outcome::Tie, arena::Outcome::BothBad};
    for (int key = 1; key <= 4; ++key) {
        playRound(key);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_view->round()->lastVote()->outcome, expected[key - 1]);
    }
    const QList<ArenaVote> votes = m_view->store()->votes();
    QCOMPARE(votes.size(), before + 4);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(votes[before + i].outcome, expected[i]);
    // Typing a digit in the prompt is typing, not voting.
    playRound(1);
    auto* prompt = m_view->findChild<QPlainTextEdit*>(u"arenaPrompt"_s);
    m_view->send();
    QSignalSpy both(m_view->round(), &ArenaRound::bothEnded);
    QVERIFY(both.wait(15000));
    const int count = m_view->store()->count();
    QTest::keyClick(prompt, Qt::Key_2);
    QCOMPARE(m_view->store()->count(), count);
    QCOMPARE(prompt->toPlainText(), u"2Why was I charged twice?"_s);
}

void TstArenaView::tenVotesGiveRatingsWithCounts() {
    ArenaStore fresh(m_dir.filePath(u"history.sqlite"_s));
    const int before = fresh.count();
    m_view->pick(1, u"acme/support-bot"_s);
    m_view->pick(2, u"globex/helpdesk"_s);
    m_view->setPrompt(u"Can I change my plan?"_s);
    for (int i = 0; i < 10; ++i) {
        playRound(1 + i % 3); // A, B and ties: every contestant wins some
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(fresh.count(), before + 10);
    QTableView* table = m_view->ratingsView();
    QAbstractItemModel* model = table->model();
    QVERIFY(model->rowCount() >= 2);
    int votesShown = 0;
    QStringList contestants;
    for (int row = 0; row < model->rowCount(); ++row) {
        contestants << model->index(row, ArenaRatingsModel::Contestant).data().toString();
        votesShown += model->index(row, ArenaRatingsModel::Votes).data().toInt();
        const QString interval = model->index(row, ArenaRatingsModel::Interval).data().toString();
        QVERIFY2(interval.contains(u" – "_s), qPrintable(interval));
    }
    QVERIFY(contestants.contains(kNames[0]) && contestants.contains(kNames[1]));
    QCOMPARE(votesShown, 2 * (before + 10));
    QCOMPARE(model->headerData(ArenaRatingsModel::Votes, Qt::Horizontal).toString(), u"Votes"_s);
    QCOMPARE(m_view->findChild<QLabel*>(u"arenaVoteCount"_s)->text(),
             u"Ratings · %1 votes"_s.arg(before + 10));
    // The table is the fit over every kept vote.
    const QList<ArenaRating> fit = arenaRatings(fresh.votes());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, ArenaRatingsModel::Contestant).data().toString(),
                 fit[row].label);
}

void TstArenaView::promptSetAndExports() {
    const QString setPath = m_dir.filePath(u"prompts.txt"_s);
    QFile set(setPath);
    QVERIFY(set.open(QIODevice::WriteOnly));
    set.write("Where is my order?\n\nHow do I cancel?\n");
    set.close();
    m_view->setOpenFileHook([setPath](std::function<void(QString)> done) { done(setPath); });
    m_view->findChild<QPushButton*>(u"arenaLoadSet"_s)->click();
    QCOMPARE(m_view->promptSetSize(), 2);
    QVERIFY(
        QStringList({u"Where is my order?"_s, u"How do I cancel?"_s}).contains(m_view->prompt()));
    QCOMPARE(m_view->findChild<QLabel*>(u"arenaSetInfo"_s)->text(), u"prompts.txt: 2 prompts"_s);
    QSignalSpy status(m_view, &ArenaView::statusMessage);
    QVERIFY(!m_view->loadPromptSet(m_dir.filePath(u"missing.txt"_s)));
    QVERIFY(status.last().at(0).toString().startsWith(u"missing.txt: cannot be read"_s));

    QString target = m_dir.filePath(u"votes.json"_s);
    m_view->setSaveFileHook([&target](const QString&, const QString&,
                                      std::function<void(QString)> done) { done(target); });
    m_view->findChild<QPushButton*>(u"arenaExportVotes"_s)->click();
    QFile json(target);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(root[u"votes"_s].toArray().size(), m_view->store()->count());
    target = m_dir.filePath(u"ratings.csv"_s);
    m_view->findChild<QPushButton*>(u"arenaExportRatings"_s)->click();
    QFile csv(target);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), m_view->ratingsModel()->rowCount() + 1);
    QVERIFY(lines[0].startsWith("rank,contestant,key,rating,low,high,votes"));
    QCOMPARE(status.last().at(0).toString(), u"Exported to %1"_s.arg(target));
}

QTEST_MAIN(TstArenaView)
#include "tst_arena_view.moc"
