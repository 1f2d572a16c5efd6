// The compare view against an in-process ik-sandbox over real loopback sockets, offscreen: what
// the user sees in each pane, what goes on the wire, and what is kept and exported.

#include "comparemodels.h"
#include "comparestore.h"
#include "compareview.h"
#include "credential.h"
#include "diffview.h"
#include "errorcard.h"
#include "guard.h"
#include "history.h"
#include "pricing.h"
#include "runsession.h"
#include "sandbox.h"
#include "scrub.h"
#include "streamview.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

Workload chatWorkload(const QString& id, const QString& baseUrl, const QString& project,
                      const QString& slug, const QString& name) {
    Workload w;
    w.id = id;
    w.name = name;
    w.baseUrl = baseUrl;
    w.project = project;
    w.slug = slug;
    w.kind = WorkloadKind::Chat;
    return w;
}

ChatParams withTemperature(double t, std::optional<qint64> seed = std::nullopt) {
    ChatParams p;
    p.temperature = t;
    p.seed = seed;
    return p;
}

QByteArray allBytesUnder(const QString& dir) {
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace

class TstCompare : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    QHash<QString, QString> m_keys; // workload id -> key the lookup answers
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services; // what the window would hand the view
    std::unique_ptr<CompareView> m_view;
    QList<int> m_statuses; // every request the sandbox answered
    Workload m_support, m_helpdesk, m_wrongToken;
    QString m_supportKey, m_helpdeskKey, m_controlToken;

    QString keyFor(const QString& project, const QString& workload) const {
        return m_sandbox->config().keyFor(project, workload);
    }

    // panes <= 0: as the view comes up (with the draft it restored).
    CompareView* makeView(int panes) {
        m_view.reset();
        m_services.history = m_history.get();
        m_view = std::make_unique<CompareView>(&m_services);
        m_view->setWorkloads({m_support, m_helpdesk, m_wrongToken});
        if (panes > 0)
            m_view->setPaneCount(panes);
        m_view->setTimeouts(10000, 10000);
        m_view->resize(1400, 900);
        m_view->show();
        return m_view.get();
    }

    static void pressSend(CompareView* view) {
        auto* prompt = view->findChild<QPlainTextEdit*>(u"comparePrompt"_s);
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    }

    static bool finishedWith(CompareView* view, QSignalSpy& spy, int timeoutMs = 20000) {
        if (spy.isEmpty() && !spy.wait(timeoutMs))
            return false;
        return !view->isRunning();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this](const QString&, const QString&, int status) { m_statuses.append(status); });
        m_support = chatWorkload(u"wl-support"_s, m_sandbox->baseUrl(), u"acme"_s, u"support-bot"_s,
                                 u"Support bot"_s);
        m_helpdesk = chatWorkload(u"wl-helpdesk"_s, m_sandbox->baseUrl(), u"globex"_s,
                                  u"helpdesk"_s, u"Helpdesk"_s);
        m_wrongToken = chatWorkload(u"wl-wrong"_s, m_sandbox->baseUrl(), u"acme"_s,
                                    u"support-bot"_s, u"Support bot (control token)"_s);
        m_supportKey = keyFor(u"acme"_s, u"support-bot"_s);
        m_helpdeskKey = keyFor(u"globex"_s, u"helpdesk"_s);
        QVERIFY(!m_supportKey.isEmpty() && !m_helpdeskKey.isEmpty());
        for (const auto& t : m_sandbox->config().controlTokens)
            if (t.project == u"acme")
                m_controlToken = t.token;
        QVERIFY(m_controlToken.startsWith(u"ik_sdk_"));
        m_keys = {{m_support.id, m_supportKey},
                  {m_helpdesk.id, m_helpdeskKey},
                  {m_wrongToken.id, m_controlToken}};
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
            // Like a keychain read: the answer comes from the event loop.
            const QString key = m_keys.value(w.id);
            QTimer::singleShot(0, [done, key] { done(key); });
        };
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QVERIFY(m_history->isOpen());
        m_sandbox->setTokensPerSecond(0);
        m_sandbox->setReplyTokens(0);
        m_statuses.clear();
        // Each test starts from an empty input, not the draft the one before left.
        QSettings settings;
        settings.remove(CompareView::draftSettingsKey());
        settings.sync();
    }

    void cleanup() {
        m_view.reset();
        m_history.reset();
        m_dir.reset();
    }

    void paneLimits() {
        CompareView* view = makeView(2);
        QCOMPARE(view->paneCount(), 2);
        QVERIFY(!view->removePane(0)); // never fewer than two
        for (int i = 0; i < 4; ++i)
            QVERIFY(view->addPane());
        QCOMPARE(view->paneCount(), 6);
        QVERIFY(!view->addPane()); // never more than six
        QVERIFY(view->removePane(5));
        QCOMPARE(view->paneCount(), 5);
        QCOMPARE(view->pane(4)->number(), 5);
        // Panes are spread over the chat workloads from the start.
        QCOMPARE(view->pane(0)->workload().id, m_support.id);
        QCOMPARE(view->pane(1)->workload().id, m_helpdesk.id);
    }

    // Three panes with different workloads and parameters stream at the same time: each pane's
    // text grows while the other two are still streaming.
    void threePanesStreamTogether() {
        m_sandbox->setTokensPerSecond(150);
        m_sandbox->setReplyTokens(40);
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(0)->setParams(withTemperature(0));
        view->pane(1)->setWorkloadId(m_support.id);
        view->pane(1)->setParams(withTemperature(1.0, 3));
        view->pane(2)->setWorkloadId(m_helpdesk.id);
        view->pane(2)->setParams(withTemperature(0.5));
        view->setPrompt(u"How do I reset my password?"_s);

        // At each chunk: which pane grew, and which panes were still streaming then.
        QList<QPair<int, QSet<int>>> events;
        connect(view, &CompareView::paneTextGrew, this, [&](int pane, int) {
            QSet<int> streaming;
            for (int i = 0; i < view->paneCount(); ++i)
                if (view->pane(i)->isStreaming())
                    streaming.insert(i);
            events.append({pane, streaming});
        });
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        pressSend(view);
        QVERIFY(view->isRunning());
        QVERIFY(finishedWith(view, finished));

        for (int p = 0; p < 3; ++p) {
            int whileAllStreamed = 0;
            for (const auto& [pane, streaming] : events)
                if (pane == p && streaming.size() == 3)
                    ++whileAllStreamed;
            QVERIFY2(whileAllStreamed >= 3,
                     qPrintable(u"pane %1 grew %2 times while all three streamed"_s.arg(p).arg(
                         whileAllStreamed)));
            QCOMPARE(view->pane(p)->result().runs.size(), 1);
            QCOMPARE(view->pane(p)->result().runs.first().state, u"done"_s);
            QVERIFY(!view->pane(p)->text().isEmpty());
            QVERIFY(view->pane(p)->answerView()->stateLabel().contains(u"done"));
            QVERIFY(view->pane(p)->metricsText().contains(u"first token"));
            QVERIFY(view->pane(p)->verdictText().contains(u"ready"));
        }
        // The header says which model served.
        QVERIFY(view->pane(0)->modelText().contains(u"Llama"));
        QVERIFY(view->pane(2)->modelText().contains(u"Qwen"));
        // Different parameters, different answers; same workload family, same length.
        QVERIFY(view->pane(0)->text() != view->pane(1)->text());

        // The summary has a row per pane and stars the best time to first token and rate; the
        // table shows a starred cell in bold.
        using C = CompareSummaryModel;
        QCOMPARE(view->summaryModel()->rowCount(), 3);
        const QAbstractItemModel* shown = view->summaryView()->model();
        QCOMPARE(shown->rowCount(), 3);
        for (int column : {int(C::FirstToken), int(C::TokensPerSecond), int(C::Total)}) {
            int stars = 0;
            for (int row = 0; row < 3; ++row) {
                const QModelIndex cell = shown->index(row, column);
                const bool starred = cell.data().toString().startsWith(u"★");
                QCOMPARE(cell.data(BestRole).toBool(), starred);
                QCOMPARE(cell.data(Qt::FontRole).value<QFont>().bold(), starred);
                stars += starred;
            }
            QVERIFY2(stars >= 1, qPrintable(QString::number(column)));
        }
        QVERIFY(shown->index(0, C::Finish).data().toString() != u"—"_s);
    }

    // A pane cut mid-stream ends incomplete with its partial text; the others complete.
    // A price set on one pane's workload: the summary gains its Cost column, the pane's cost is
    // its run's usage at that price, the unpriced pane shows a dash, and the header the round's
    // total. Without any price the column stays hidden.
    void costColumnWhenAPriceIsSet() {
        setWorkloadPrice(m_support, std::nullopt);
        setWorkloadPrice(m_helpdesk, std::nullopt);
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"How do I reset my password?"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        pressSend(view);
        QVERIFY(finishedWith(view, finished));
        QTableView* summary = view->summaryView();
        QVERIFY(summary->isColumnHidden(CompareSummaryModel::Cost));

        setWorkloadPrice(m_support, TokenPrice{3, 15});
        finished.clear();
        view->setPrompt(u"How do I reset my password?"_s);
        pressSend(view);
        QVERIFY(finishedWith(view, finished));
        QVERIFY(!summary->isColumnHidden(CompareSummaryModel::Cost));
        const CompareRun& r = view->pane(0)->result().runs.last();
        QVERIFY(r.metrics.tokensFromUsage && r.metrics.promptTokens > 0);
        const double cost = (r.metrics.promptTokens * 3.0 + r.metrics.tokens * 15.0) / 1e6;
        QAbstractItemModel* model = summary->model();
        QCOMPARE(model->index(0, CompareSummaryModel::Cost).data().toString(), formatCost(cost));
        QCOMPARE(model->index(1, CompareSummaryModel::Cost).data().toString(), u"—"_s);
        QCOMPARE(model->headerData(CompareSummaryModel::Cost, Qt::Horizontal).toString(),
                 u"Cost (round %1)"_s.arg(formatCost(cost)));
        setWorkloadPrice(m_support, std::nullopt);
    }

    void disconnectTruncatesOnePane() {
        m_sandbox->setTokensPerSecond(400);
        m_sandbox->setReplyTokens(60);
        CompareView* view = makeView(3);
        for (int i = 0; i < 3; ++i) {
            view->pane(i)->setWorkloadId(i == 2 ? m_helpdesk.id : m_support.id);
            view->pane(i)->setParams(withTemperature(0.3 * i));
        }
        view->pane(1)->setExtraHeader("X-Sandbox-Fault", "disconnect");
        view->setPrompt(u"Tell me about invoices"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));

        QCOMPARE(view->pane(1)->result().runs.first().state, u"truncated"_s);
        QVERIFY(view->pane(1)->answerView()->stateLabel().contains(u"incomplete"));
        QVERIFY(view->pane(1)->errorCard()->isVisibleTo(view->pane(1)));
        for (int i : {0, 2}) {
            QCOMPARE(view->pane(i)->result().runs.first().state, u"done"_s);
            QVERIFY(!view->pane(i)->errorCard()->isVisibleTo(view->pane(i)));
            QVERIFY(!view->pane(i)->text().isEmpty());
        }
        // The summary never stars a cut run's total or rate.
        const CompareSummaryModel* summary = view->summaryModel();
        for (int column :
             {int(CompareSummaryModel::Total), int(CompareSummaryModel::TokensPerSecond)}) {
            const QModelIndex cell = summary->index(1, column);
            QVERIFY(!cell.data().toString().startsWith(u"★"));
            QVERIFY(!cell.data(BestRole).toBool());
        }
    }

    // A pane holding an ik_sdk_ control token is blocked before sending; the others run, and
    // the sandbox never sees that token (it would answer 403 wrong_credential_type).
    void controlTokenPaneBlocked() {
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_wrongToken.id);
        view->pane(2)->setWorkloadId(m_helpdesk.id);
        QTRY_VERIFY(view->pane(1)->verdictText().contains(u"blocked"));
        QVERIFY(!view->pane(1)->verdictText().contains(m_controlToken));
        view->setPrompt(u"Hello"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));

        QCOMPARE(view->pane(1)->result().runs.first().state, u"blocked"_s);
        QVERIFY(view->pane(1)->errorCard()->isVisibleTo(view->pane(1)));
        QVERIFY(view->pane(1)->answerView()->stateLabel().contains(u"not sent"));
        QCOMPARE(view->pane(1)->verdictLevel(), GuardVerdict::Level::Block);
        QVERIFY(view->pane(1)->verdictText().contains(u"blocked"));
        QCOMPARE(view->pane(0)->result().runs.first().state, u"done"_s);
        QCOMPARE(view->pane(2)->result().runs.first().state, u"done"_s);
        QCOMPARE(m_statuses.size(), 2);
        QVERIFY(!m_statuses.contains(403));
        QVERIFY(!m_statuses.contains(401));
        QVERIFY(!view->exportMarkdown().contains(Credential::parse(m_controlToken).secret));
    }

    // Repeat writes one history row per run, each saying it came from this comparison and
    // which of its runs it is, so the playground's history can tell them apart or leave them out.
    void repeatMarksEveryHistoryRowWithItsComparison() {
        CompareView* view = makeView(1);
        view->pane(0)->setWorkloadId(m_support.id);
        view->setPrompt(u"Suggest a name for a dog"_s);
        view->setRepeatCount(3);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->repeat();
        QVERIFY(finishedWith(view, finished, 30000));
        const QList<CompareRun> runs = view->pane(0)->result().runs;
        QCOMPARE(runs.size(), 3);
        QString comparison;
        for (int i = 0; i < 3; ++i) {
            const std::optional<HistoryRun> h = m_history->load(runs.at(i).historyId);
            QVERIFY(h);
            const HistoryOrigin origin = parseOrigin(h->origin);
            QVERIFY(origin.compare);
            QVERIFY(!origin.comparison.isEmpty());
            if (i == 0)
                comparison = origin.comparison;
            QCOMPARE(origin.comparison, comparison);
            QCOMPARE(origin.title, u"Suggest a name for a dog"_s);
            QCOMPARE(origin.run, i + 1);
            QCOMPARE(origin.runs, 3);
        }
        const QString ask = u"name for a dog"_s;
        QCOMPARE(m_history->list(m_support.id, ask, 500, HistoryOriginFilter::Compare).size(), 3);
        QCOMPARE(m_history->list(m_support.id, ask, 500, HistoryOriginFilter::Playground).size(),
                 0);
    }

    void repeatCountsDistinctAnswers() {
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(0)->setParams(withTemperature(0.8, 5));
        view->pane(1)->setWorkloadId(m_support.id);
        view->pane(1)->setParams(withTemperature(0)); // greedy: the seed does not matter
        view->pane(2)->setWorkloadId(m_helpdesk.id);
        view->pane(2)->setParams(withTemperature(1.2, 11));
        view->setPrompt(u"Suggest a name for a cat"_s);
        view->setRepeatCount(4);

        // Same seed every run: one answer per pane.
        view->setVarySeed(false);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->repeat();
        QVERIFY(finishedWith(view, finished, 30000));
        for (int p = 0; p < 3; ++p) {
            const ComparePaneResult& r = view->pane(p)->result();
            QCOMPARE(r.runs.size(), 4);
            QCOMPARE(summarise(r).done, 4);
            QCOMPARE(summarise(r).distinct, 1);
            const CompareSpreadModel* spread = view->spreadModel();
            QCOMPARE(spread->index(p, CompareSpreadModel::DoneOfRuns).data().toString(),
                     u"4 / 4"_s);
            QCOMPARE(spread->index(p, CompareSpreadModel::Distinct).data().toString(), u"1"_s);
        }

        // Seed + i per run at temperature > 0: several answers; at temperature 0 still one.
        view->setVarySeed(true);
        finished.clear();
        view->repeat();
        QVERIFY(finishedWith(view, finished, 30000));
        for (int p : {0, 2}) {
            const ComparePaneResult& r = view->pane(p)->result();
            QCOMPARE(r.runs.size(), 4);
            QSet<QString> texts;
            QList<qint64> seeds;
            for (const CompareRun& run : r.runs) {
                texts.insert(run.text);
                seeds.append(run.seed);
            }
            QVERIFY2(texts.size() > 1, qPrintable(QString::number(texts.size())));
            QCOMPARE(summarise(r).distinct, int(texts.size()));
            QCOMPARE(view->spreadModel()->index(p, CompareSpreadModel::Distinct).data().toString(),
                     QString::number(texts.size()));
            const qint64 base = p == 0 ? 5 : 11;
            QCOMPARE(seeds, (QList<qint64>{base, base + 1, base + 2, base + 3}));
        }
        QCOMPARE(summarise(view->pane(1)->result()).distinct, 1);
        // The spread is there: min <= median <= max of time to first token and rate.
        const PaneSummary s = summarise(view->pane(0)->result());
        QVERIFY(s.firstTokenMs.min <= s.firstTokenMs.median);
        QVERIFY(s.firstTokenMs.median <= s.firstTokenMs.max);
        QCOMPARE(s.tokensPerSecond.count, 4);
    }

    void diffOfTwoPanes() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(0)->setParams(withTemperature(0));
        view->pane(1)->setWorkloadId(m_support.id);
        view->pane(1)->setParams(withTemperature(1.0, 2));
        view->setPrompt(u"Explain refunds"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));

        QVERIFY(!view->diffEnabled());
        QVERIFY(view->diffView()->toPlainText().contains(u"off"));
        view->setDiffEnabled(true);
        view->setDiffPanes(0, 1);
        const DiffResult d = view->lastDiff();
        QCOMPARE(d.textA(), view->pane(0)->text());
        QCOMPARE(d.textB(), view->pane(1)->text());
        QVERIFY(d.deletedTokens + d.insertedTokens > 0);
        QVERIFY(view->diffSummary().contains(u"removed"));
        // Every span is on screen, deletions struck through and insertions underlined.
        // A removed run and the added run after it are parted by one plain space.
        QString shown;
        for (qsizetype i = 0; i < d.spans.size(); ++i)
            shown += (i > 0 && DiffView::needsSeparator(d.spans[i - 1], d.spans[i]) ? u" "_s
                                                                                    : QString()) +
                     d.spans[i].text;
        QCOMPARE(view->diffView()->toPlainText(), shown);
        QTextCursor c(view->diffView()->document());
        int pos = 0;
        for (qsizetype i = 0; i < d.spans.size(); ++i) {
            const DiffSpan& s = d.spans[i];
            if (i > 0 && DiffView::needsSeparator(d.spans[i - 1], s)) {
                c.setPosition(pos + 1);
                QVERIFY(!c.charFormat().fontStrikeOut() && !c.charFormat().fontUnderline());
                ++pos;
            }
            c.setPosition(pos + 1);
            if (s.op == DiffSpan::Op::Delete)
                QVERIFY(c.charFormat().fontStrikeOut());
            if (s.op == DiffSpan::Op::Insert)
                QVERIFY(c.charFormat().fontUnderline());
            if (s.op == DiffSpan::Op::Equal)
                QVERIFY(!c.charFormat().fontStrikeOut() && !c.charFormat().fontUnderline());
            // Text keeps the palette's own colour (light or dark); a change only adds a
            // translucent tint behind it.
            QCOMPARE(c.charFormat().foreground().style(), Qt::NoBrush);
            if (s.op != DiffSpan::Op::Equal) {
                const int alpha = c.charFormat().background().color().alpha();
                QVERIFY(alpha > 40 && alpha < 128);
            }
            pos += int(s.text.size());
        }
        view->setDiffPanes(1, 1);
        QVERIFY(view->diffView()->toPlainText().contains(u"two different"));
        view->setDiffEnabled(false);
        QVERIFY(view->diffView()->toPlainText().contains(u"off"));
    }

    // Removed and added words never run together: "first pass" and "Happy" keep a space
    // between them in the document's plain text, and the legend says what the marks mean.
    void diffPartsRemovedFromAdded() {
        DiffView view;
        const DiffResult d =
            view.showDiff(u"We check it in a first pass"_s, u"We check it in a Happy"_s);
        QVERIFY(d.deletedTokens > 0 && d.insertedTokens > 0);
        const QString plain = view.document()->toPlainText();
        QVERIFY2(plain.contains(u"first pass Happy"), qPrintable(plain));
        QVERIFY(!plain.contains(u"passHappy"));
        const QString legend = DiffView::legendHtml(view.palette());
        QVERIFY(legend.contains(u"<s>") && legend.contains(u"<u>"));
        QVERIFY(legend.contains(u"only in A") && legend.contains(u"only in B"));
    }

    // A and B start on panes 1 and 2, follow what the user picks while those panes exist, and
    // fall back to panes 1 and 2 when a picked pane is removed.
    void diffDefaultsToPanesOneAndTwo() {
        CompareView* view = makeView(0);
        QCOMPARE(view->diffPanes(), qMakePair(0, 1));
        view->setPaneCount(3);
        QCOMPARE(view->diffPanes(), qMakePair(0, 1));
        auto* b = view->findChild<QComboBox*>(u"compareDiffB"_s);
        QVERIFY(b);
        b->setCurrentIndex(2); // as a user picks it
        QCOMPARE(view->diffPanes(), qMakePair(0, 2));
        view->addPane();
        QCOMPARE(view->diffPanes(), qMakePair(0, 2));
        view->setPaneCount(2);
        QCOMPARE(view->diffPanes(), qMakePair(0, 1));
        const QString text = view->diffView()->toPlainText();
        QVERIFY2(!text.contains(u"two different"), qPrintable(text));
    }

    // With the diff shown in a window of 1024x700 (less its menu and status bars), the diff gets
    // at least DiffView::kReadableLines lines of text.
    void diffIsReadableInASmallWindow() {
        CompareView* view = makeView(2);
        view->resize(1024, 640);
        view->setDiffEnabled(true);
        auto* tabs = view->findChild<QTabWidget*>(u"compareTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->currentWidget(), view->diffView()->parentWidget());
        const int line = view->diffView()->fontMetrics().lineSpacing();
        QTRY_VERIFY2(
            view->diffView()->viewport()->height() >= DiffView::kReadableLines * line,
            qPrintable(u"%1 px for lines of %2 px"_s.arg(view->diffView()->viewport()->height())
                           .arg(line)));
        // The panes keep room for their answers.
        QVERIFY(view->pane(0)->height() >= 8 * line);
    }

    // The workload list comes in steps (the saved workloads, then the sandbox's): the panes
    // restored from the draft keep their workloads and parameters through the first list and
    // are back on them when the second holds them.
    void restoredPanesSurviveAListInSteps() {
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->pane(2)->setWorkloadId(m_support.id);
        view->pane(2)->setParams(withTemperature(1.5));
        const QString key = CompareView::draftSettingsKey();
        QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(key).toString().contains(u"1.5"), 3000);
        m_view.reset();

        m_view = std::make_unique<CompareView>(&m_services);
        CompareView* again = m_view.get();
        again->setWorkloads({m_wrongToken}); // the first list lacks the panes' workloads
        QCOMPARE(again->paneCount(), 3);
        QCOMPARE(again->pane(0)->workloadId(), m_support.id);
        QCOMPARE(again->pane(1)->workloadId(), m_helpdesk.id);
        QCOMPARE(again->pane(2)->workloadId(), m_support.id);
        QVERIFY(!again->pane(0)->hasWorkload()); // shown, not sendable, until it is listed
        QVERIFY(again->pane(0)->workloadBox()->currentText().contains(u"not listed"));
        again->setWorkloads({m_wrongToken, m_support, m_helpdesk});
        QCOMPARE(again->pane(0)->workload().id, m_support.id);
        QCOMPARE(again->pane(1)->workload().id, m_helpdesk.id);
        QCOMPARE(again->pane(2)->workload().id, m_support.id);
        QVERIFY(!again->pane(0)->params().temperature.has_value());
        QVERIFY(!again->pane(1)->params().temperature.has_value());
        QCOMPARE(again->pane(2)->params().temperature, std::optional<double>(1.5));
        // Saved again before the list held them, the panes' workloads are not lost either.
        m_view.reset();
        m_view = std::make_unique<CompareView>(&m_services);
        m_view->setWorkloads({m_wrongToken});
        m_view->setPrompt(u"Saved while unlisted"_s); // a save is pending when it closes
        m_view.reset();
        m_view = std::make_unique<CompareView>(&m_services);
        m_view->setWorkloads({m_support, m_helpdesk});
        QCOMPARE(m_view->pane(1)->workload().id, m_helpdesk.id);
        QCOMPARE(m_view->pane(2)->params().temperature, std::optional<double>(1.5));
    }

    // Esc stops every pane; each keeps its partial answer, marked stopped.
    void escapeStopsAll() {
        m_sandbox->setTokensPerSecond(50);
        m_sandbox->setReplyTokens(400);
        CompareView* view = makeView(3);
        view->setPrompt(u"A long story please"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        pressSend(view);
        QTRY_VERIFY(view->pane(0)->text().size() > 5 && view->pane(1)->text().size() > 5);
        auto* prompt = view->findChild<QPlainTextEdit*>(u"comparePrompt"_s);
        QTest::keyClick(prompt, Qt::Key_Escape);
        QVERIFY(finishedWith(view, finished));
        for (int p = 0; p < 3; ++p) {
            if (view->pane(p)->workload().id == m_wrongToken.id)
                continue;
            QCOMPARE(view->pane(p)->result().runs.first().state, u"cancelled"_s);
            QVERIFY(view->pane(p)->answerView()->stateLabel().contains(u"stopped"));
        }
        QVERIFY(!view->pane(0)->text().isEmpty());
    }

    // A conversation goes to every pane as earlier turns, the prompt as the last user turn.
    void conversationSentToEveryPane() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(0)->setParams(withTemperature(0));
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"My order is late"_s);
        QTest::mouseClick(view->findChild<QToolButton*>(u"compareAddUserTurn"_s), Qt::LeftButton);
        QVERIFY(view->prompt().isEmpty());
        view->addTurn(u"assistant"_s, u"Sorry to hear that. What is the order number?"_s);
        view->setPrompt(u"It is 1234"_s);
        QCOMPARE(view->turns().size(), 2);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        for (int p = 0; p < 2; ++p) {
            const CompareRun& r = view->pane(p)->result().runs.first();
            QCOMPARE(r.state, u"done"_s);
            const std::optional<HistoryRun> h = m_history->load(r.historyId);
            QVERIFY(h);
            QCOMPARE(h->messages.size(), 3);
            QCOMPARE(h->messages[0].content, u"My order is late"_s);
            QCOMPARE(h->messages[1].role, u"assistant"_s);
            QCOMPARE(h->messages[2].content, u"It is 1234"_s);
        }
        QVERIFY(view->exportMarkdown().contains(u"## Earlier turns"_s));
        const qint64 id = finished.first().first().toLongLong();
        makeView(2);
        QVERIFY(m_view->reopen(id));
        QCOMPARE(m_view->turns().size(), 2);
        QCOMPARE(m_view->turns()[1].role, u"assistant"_s);
    }

    // One history entry links the comparison's runs; it reopens in a new view; exports hold the
    // table and no secret, even with a key pasted into the prompt.
    void savedReopenedExported() {
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->pane(2)->setWorkloadId(m_support.id);
        view->pane(2)->setParams(withTemperature(0.9, 4));
        int confirmations = 0;
        view->setConfirmHook([&](const GuardVerdict& v) {
            ++confirmations;
            return v.has(u"key_in_prompt"_s);
        });
        const QString prompt = u"Why does %1 fail?"_s.arg(m_supportKey);
        view->setPrompt(prompt);
        view->setSystemPrompt(u"Be brief."_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        QVERIFY(confirmations >= 1);
        const qint64 id = finished.first().first().toLongLong();
        QVERIFY(id >= 0);
        QCOMPARE(view->currentComparisonId(), id);
        QCOMPARE(view->savedComparisonIds(), QList<qint64>{id});
        QList<qint64> runIds;
        QStringList texts;
        for (int p = 0; p < 3; ++p) {
            QCOMPARE(view->pane(p)->result().runs.first().state, u"done"_s);
            runIds.append(view->pane(p)->result().runs.first().historyId);
            // A model may echo the pasted key; what is kept and exported is scrubbed of it.
            texts.append(scrubSecrets(view->pane(p)->text()));
        }
        QCOMPARE(view->store()->linkedRuns(id), runIds);
        for (qint64 run : runIds)
            QVERIFY(m_history->load(run).has_value());

        const QString md = view->exportMarkdown();
        QVERIFY(md.contains(u"| # | Workload | Model | State | First token | Tokens/s |"_s));
        QVERIFY(md.contains(u"Support bot"_s) && md.contains(u"Helpdesk"_s));
        QVERIFY(md.contains(u"★"_s));
        QVERIFY(md.contains(texts[1].left(20)));
        const QByteArray json = view->exportJson();
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root[u"format"].toString(), u"ik-playground-comparison"_s);
        QCOMPARE(root[u"panes"].toArray().size(), 3);
        QCOMPARE(root[u"panes"][1][u"runs"][0][u"text"].toString(), texts[1]);
        QVERIFY(root[u"prompt"].toString().contains(redactKey(m_supportKey)));

        const QString mdPath = m_dir->filePath(u"cmp.md"_s);
        const QString jsonPath = m_dir->filePath(u"cmp.json"_s);
        QVERIFY(view->exportTo(mdPath, CompareView::ExportFormat::Markdown));
        QVERIFY(view->exportTo(jsonPath, CompareView::ExportFormat::Json));

        // Reopen in a fresh view, as after a restart.
        makeView(2);
        QCOMPARE(m_view->savedComparisonIds(), QList<qint64>{id});
        QVERIFY(m_view->reopen(id));
        QCOMPARE(m_view->paneCount(), 3);
        for (int p = 0; p < 3; ++p)
            QCOMPARE(m_view->pane(p)->text(), texts[p]);
        QCOMPARE(m_view->pane(1)->workload().id, m_helpdesk.id);
        QCOMPARE(m_view->pane(2)->params().seed, std::optional<qint64>(4));
        QCOMPARE(m_view->systemPrompt(), u"Be brief."_s);
        QVERIFY(!m_view->prompt().contains(Credential::parse(m_supportKey).secret));
        QCOMPARE(m_view->summaryModel()->rowCount(), 3);
        QCOMPARE(m_view->summaryView()->model()->rowCount(), 3);

        // No secret in any file: database, exports.
        m_view.reset();
        m_history.reset();
        const QByteArray disk = allBytesUnder(m_dir->path());
        QVERIFY(disk.contains("| # | Workload"));
        for (const QString& k : {m_supportKey, m_helpdeskKey, m_controlToken})
            QVERIFY2(!disk.contains(Credential::parse(k).secret.toUtf8()),
                     qPrintable(redactKey(k)));
    }

    // The input is a crash-safe draft: written 500 ms after the last change and flushed, so it is
    // on disk before any close handling; a new view restores it; a pasted key is never written.
    void draftSurvivesACrash() {
        CompareView* view = makeView(3);
        view->pane(0)->setWorkloadId(m_helpdesk.id);
        view->pane(1)->setWorkloadId(m_support.id);
        view->pane(1)->setParams(withTemperature(0.25, 7));
        view->pane(2)->setWorkloadId(m_helpdesk.id);
        view->pane(2)->setParams(withTemperature(1.5));
        view->setSystemPrompt(u"Be brief."_s);
        view->setTurns({{u"user"_s, u"My order is late"_s}, {u"assistant"_s, u"Which order?"_s}});
        view->setRepeatCount(7);
        view->setVarySeed(true);
        const QString secret = Credential::parse(m_supportKey).secret;
        QVERIFY(!secret.isEmpty());
        view->setPrompt(u"Why does %1 fail?"_s.arg(m_supportKey));

        const QString key = CompareView::draftSettingsKey();
        QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(key).toString().contains(u"Why does"), 3000);
        // Flushed: the settings file itself holds it now, without the key.
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("Why does"));
        QVERIFY(bytes.contains("Be brief."));
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains(m_supportKey.toUtf8()));

        makeView(0); // the old view is destroyed and a new one comes up
        CompareView* again = m_view.get();
        QCOMPARE(again->paneCount(), 3);
        QCOMPARE(again->pane(0)->workload().id, m_helpdesk.id);
        QCOMPARE(again->pane(1)->workload().id, m_support.id);
        QCOMPARE(again->pane(2)->workload().id, m_helpdesk.id);
        QCOMPARE(again->pane(1)->params().temperature, std::optional<double>(0.25));
        QCOMPARE(again->pane(1)->params().seed, std::optional<qint64>(7));
        QCOMPARE(again->pane(2)->params().temperature, std::optional<double>(1.5));
        QVERIFY(!again->pane(0)->params().temperature.has_value());
        QCOMPARE(again->systemPrompt(), u"Be brief."_s);
        QCOMPARE(again->turns().size(), 2);
        QCOMPARE(again->turns()[0].content, u"My order is late"_s);
        QCOMPARE(again->turns()[1].role, u"assistant"_s);
        QCOMPARE(again->repeatCount(), 7);
        QVERIFY(again->varySeed());
        QVERIFY(again->prompt().startsWith(u"Why does "_s));
        QVERIFY(again->prompt().endsWith(u" fail?"_s));
        QVERIFY(!again->prompt().contains(secret));
    }

    // "Delete" next to the saved list: enabled only with a selection, asks first, then the
    // comparison is gone from the list and the store (its runs stay in history).
    void deleteSavedFromTheButton() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"Hello"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        const qint64 id = finished.first().first().toLongLong();
        QVERIFY(id >= 0);
        const qint64 run = view->pane(0)->result().runs.first().historyId;

        auto* del = view->findChild<QPushButton*>(u"compareDelete"_s);
        auto* saved = view->findChild<QComboBox*>(u"compareSaved"_s);
        QVERIFY(del && saved);
        QVERIFY(!del->accessibleName().isEmpty());
        QCOMPARE(saved->count(), 1);
        saved->setCurrentIndex(-1);
        QVERIFY(!del->isEnabled());
        saved->setCurrentIndex(0);
        QVERIFY(del->isEnabled());

        QList<qint64> asked;
        bool answer = false;
        view->setConfirmDeleteHook([&](qint64 which, const QString&) {
            asked.append(which);
            return answer;
        });
        QTest::mouseClick(del, Qt::LeftButton);
        QCOMPARE(asked, QList<qint64>{id});
        QCOMPARE(view->savedComparisonIds(), QList<qint64>{id}); // "no" keeps it

        answer = true;
        QTest::mouseClick(del, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(saved->count(), 0);
        QVERIFY(view->savedComparisonIds().isEmpty());
        QVERIFY(!view->store()->load(id).has_value());
        QVERIFY(view->store()->list().isEmpty());
        QVERIFY(!del->isEnabled());
        QVERIFY(m_history->load(run).has_value());
    }

    // In a short window a pane's error card still shows its title, message and hint in full:
    // the panes scroll instead of clipping the card; the answer is what shrinks.
    void errorCardNotClippedInAShortWindow() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->pane(0)->setExtraHeader("X-Sandbox-Fault", "server-error");
        view->resize(900, 420);
        view->setPrompt(u"Hello"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        ErrorCard* card = view->pane(0)->errorCard();
        QTRY_VERIFY(card->isVisible());
        QVERIFY(!card->hint().isEmpty());
        QVERIFY2(view->height() <= 430, qPrintable(QString::number(view->height()))); // short
        for (const QString& name : {u"errorTitle"_s, u"errorMessage"_s, u"errorHint"_s}) {
            auto* label = card->findChild<QLabel*>(name);
            QVERIFY2(label && !label->text().isEmpty(), qPrintable(name));
            // Tall enough for its wrapped text, and none of it outside what is on screen.
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(u"%1: %2 < %3"_s.arg(name)
                                        .arg(label->height())
                                        .arg(label->heightForWidth(label->width()))));
            QTRY_VERIFY2(label->visibleRegion().boundingRect().height() == label->height(),
                         qPrintable(u"%1: %2 of %3 visible"_s.arg(name)
                                        .arg(label->visibleRegion().boundingRect().height())
                                        .arg(label->height())));
        }
    }
    // At 1024×700 the panes take the height: each of three answers shows at least 8 lines, and
    // the summary, the input and the controls are still on screen.
    void usableAt1024x700() {
        m_sandbox->setReplyTokens(300);
        CompareView* view = makeView(3);
        view->pane(2)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"Tell me about invoices"_s);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view.release()); // the window owns it now
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1024, 700));
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        QTRY_VERIFY(!view->pane(0)->answerView()->rawEdit()->toPlainText().isEmpty());
        const QString shots = qEnvironmentVariable("IK_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            QVERIFY(window.grab().save(shots + u"/compare-1024.png"_s));
        for (int p = 0; p < 3; ++p) {
            QPlainTextEdit* answer = view->pane(p)->answerView()->rawEdit();
            QTRY_VERIFY(!answer->toPlainText().isEmpty());
            const int lines = 8 * answer->fontMetrics().lineSpacing();
            QTRY_VERIFY2(answer->viewport()->height() >= lines,
                         qPrintable(u"pane %1: %2 px < %3"_s.arg(p + 1)
                                        .arg(answer->viewport()->height())
                                        .arg(lines)));
            // Not only tall enough: on screen, not scrolled out of the pane area.
            QVERIFY2(answer->viewport()->visibleRegion().boundingRect().height() >= lines,
                     qPrintable(QString::number(p + 1)));
        }
        QWidget* summary = view->summaryView();
        QVERIFY(summary->isVisible() && !summary->visibleRegion().isEmpty());
        QVERIFY(summary->visibleRegion().boundingRect().height() >= 40);
        for (const QString& name : {u"compareSend"_s, u"compareStopAll"_s, u"compareAddPane"_s,
                                    u"compareRepeat"_s, u"compareReopen"_s, u"compareDelete"_s}) {
            auto* b = view->findChild<QPushButton*>(name);
            QVERIFY2(b && b->isVisible() && b->visibleRegion().boundingRect().size() == b->size(),
                     qPrintable(name));
        }
        auto* exportButton = view->findChild<QToolButton*>(u"compareExport"_s);
        QVERIFY(exportButton && exportButton->isVisible() &&
                exportButton->visibleRegion().boundingRect().size() == exportButton->size());
        QCOMPARE(exportButton->menu()->actions().size(), 2);
        // Every tab is on screen beside them, none behind scroll arrows.
        auto* tabs = view->findChild<QTabWidget*>(u"compareTabs"_s);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(tabs->tabBar()->rect().contains(tabs->tabBar()->tabRect(i)),
                     qPrintable(tabs->tabText(i)));
        for (const QString& name : {u"comparePrompt"_s, u"compareSystem"_s}) {
            auto* edit = view->findChild<QPlainTextEdit*>(name);
            QVERIFY2(edit && !edit->visibleRegion().isEmpty(), qPrintable(name));
        }
        auto* saved = view->findChild<QComboBox*>(u"compareSaved"_s);
        QVERIFY(saved->isVisible() && !saved->visibleRegion().isEmpty());
        QVERIFY(view->findChild<QTabWidget*>(u"compareTabs"_s)->isVisible());
    }

    // Without a confirm hook each pane asks with its own bar; its answer goes to that pane's
    // session only, and nothing is sent while it asks.
    void paneAsksWithItsOwnBar() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"Why does %1 fail?"_s.arg(m_supportKey));
        QSignalSpy asked0(view->pane(0), &ComparePane::confirmationRequested);
        QSignalSpy asked1(view->pane(1), &ComparePane::confirmationRequested);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QTRY_VERIFY(view->pane(0)->awaitingConfirmation() && view->pane(1)->awaitingConfirmation());
        QCOMPARE(asked0.size(), 1);
        QCOMPARE(asked1.size(), 1);
        QCOMPARE(view->pane(0)->verdictLevel(), GuardVerdict::Level::Warn);
        QVERIFY(view->pane(0)->verdictText().contains(u"asks first"));
        QVERIFY(view->pane(0)->answerView()->stateLabel().contains(u"waiting"));
        QVERIFY(m_statuses.isEmpty());
        QTest::mouseClick(view->pane(1)->findChild<QPushButton*>(u"paneDontSend"_s),
                          Qt::LeftButton);
        QVERIFY(!view->pane(1)->awaitingConfirmation());
        QTest::mouseClick(view->pane(0)->findChild<QPushButton*>(u"paneSendAnyway"_s),
                          Qt::LeftButton);
        QVERIFY(finishedWith(view, finished));
        QCOMPARE(view->pane(0)->result().runs.first().state, u"done"_s);
        QCOMPARE(view->pane(1)->result().runs.first().state, u"not sent"_s);
        QVERIFY(view->pane(1)->answerView()->stateLabel().contains(u"not sent"));
        QVERIFY(view->pane(1)->text().isEmpty());
        QCOMPARE(m_statuses.size(), 1);
    }

    // The window's header set after the view was made (a sandbox fault) reaches every pane at
    // the next send; removed, the next send is clean.
    void windowHeadersReachEveryPane() {
        CompareView* view = makeView(2);
        view->pane(0)->setWorkloadId(m_support.id);
        view->pane(1)->setWorkloadId(m_helpdesk.id);
        view->setPrompt(u"Hello"_s);
        m_services.setExtraHeader("X-Sandbox-Fault", "server-error");
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        QVERIFY(finishedWith(view, finished));
        m_services.setExtraHeader("X-Sandbox-Fault", {});
        for (int p = 0; p < 2; ++p)
            QCOMPARE(view->pane(p)->result().runs.first().state, u"failed"_s);
        finished.clear();
        view->send();
        QVERIFY(finishedWith(view, finished));
        for (int p = 0; p < 2; ++p)
            QCOMPARE(view->pane(p)->result().runs.first().state, u"done"_s);
    }

    // The view contract: compare serves no kind (its panes pick their own); the window's current
    // workload is only the default of a new pane; the exports are File menu entries.
    void specAndCurrentWorkload() {
        CompareView* view = makeView(2);
        const ui::ViewSpec spec = view->spec();
        QCOMPARE(spec.id, u"compare"_s);
        QCOMPARE(spec.title, u"&Compare"_s);
        QCOMPARE(spec.shortcut, QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(spec.kinds.isEmpty());
        QCOMPARE(spec.widget.data(), static_cast<QWidget*>(view));
        QCOMPARE(spec.menuEntries.size(), 2);

        QCOMPARE(view->pane(0)->workload().id, m_support.id);
        QCOMPARE(view->pane(1)->workload().id, m_helpdesk.id);
        view->setWorkload(m_wrongToken);
        QCOMPARE(view->pane(0)->workload().id, m_support.id); // existing panes keep theirs
        QCOMPARE(view->pane(1)->workload().id, m_helpdesk.id);
        QCOMPARE(view->addPane()->workload().id, m_wrongToken.id);
        // Shown already: the next pane takes the next workload in the list.
        QCOMPARE(view->addPane()->workload().id, m_support.id);
        Workload embedding = m_support;
        embedding.id = u"wl-embed"_s;
        embedding.kind = WorkloadKind::Embedding;
        view->setWorkload(embedding);
        QCOMPARE(view->addPane()->workload().id, m_helpdesk.id);

        const QString path = m_dir->filePath(u"from-menu.md"_s);
        view->setSaveFileHook(
            [&](const QString&, const QString&, std::function<void(QString)> done) { done(path); });
        for (const ui::MenuEntry& e : spec.menuEntries)
            QCOMPARE(e.menu, ui::MenuRole::File);
        spec.menuEntries.first().action->trigger();
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TstCompare)
#include "tst_compare.moc"
