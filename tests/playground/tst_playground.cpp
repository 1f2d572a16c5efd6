// The prompt playground against an in-process ik-sandbox over real loopback sockets, offscreen:
// what the user sees (widget text) and what goes on the wire.

#include "conversationmodel.h"
#include "credential.h"
#include "errorcard.h"
#include "guard.h"
#include "history.h"
#include "historymodel.h"
#include "inspector.h"
#include "playgroundtext.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "streamview.h"
#include "thinkingblock.h"
#include "toolseditor.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <csignal>
#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

QString keyFor(const sandbox::Config& config, const QString& project, const QString& workload) {
    return config.keyFor(project, workload);
}

Workload supportBot(const QString& baseUrl) {
    Workload w;
    w.id = u"wl-support-bot"_s;
    w.name = u"Support bot"_s;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = u"support-bot"_s;
    w.kind = WorkloadKind::Chat;
    return w;
}

// Bytes of every file under dir, for the "no key anywhere" checks.
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

QString secretOf(const QString& key) {
    return Credential::parse(key).secret;
}

} // namespace

class TstPlayground : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    QString m_key;
    QString m_keyOverride; // what the key lookup answers instead, when set
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;
    int m_requests = 0;

    PlaygroundView* makeView() {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload&, std::function<void(QString)> done) {
            // Like a keychain read: the answer comes from the event loop.
            const QString key = m_keyOverride.isEmpty() ? m_key : m_keyOverride;
            QTimer::singleShot(0, [done, key] { done(key); });
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        m_view->setWorkload(supportBot(m_sandbox->baseUrl()));
        m_view->resize(1200, 800);
        m_view->show();
        return m_view.get();
    }

    // Sends what is in the prompt box with Ctrl+Enter, as a user does.
    static void pressSend(PlaygroundView* view) {
        auto* prompt = view->findChild<QPlainTextEdit*>(u"prompt"_s);
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_key = keyFor(m_sandbox->config(), u"acme"_s, u"support-bot"_s);
        QVERIFY(!m_key.isEmpty());
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this] { ++m_requests; });
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QVERIFY2(m_history->isOpen(), qPrintable(m_history->lastError()));
        m_sandbox->setFault({});
        m_sandbox->setTokensPerSecond(0);
        m_sandbox->setReplyTokens(0);
        m_keyOverride.clear();
        QSettings().clear();
    }

    void cleanup() {
        m_view.reset();
        m_history.reset();
    }

    void textGrowsOverSeveralFramesBeforeTheEnd() {
        m_sandbox->setTokensPerSecond(150);
        m_sandbox->setReplyTokens(60);
        PlaygroundView* view = makeView();
        view->setPrompt(u"How do I reset my password?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        QList<int> lengths;
        auto* raw = view->answerView()->rawEdit();
        connect(raw->document(), &QTextDocument::contentsChanged, this, [&] {
            if (ended.isEmpty())
                lengths.append(int(raw->document()->characterCount()));
        });
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        // Several visible steps, each longer than the one before, all before the run ended.
        QVERIFY2(lengths.size() >= 3, qPrintable(QString::number(lengths.size())));
        for (int i = 1; i < lengths.size(); ++i)
            QVERIFY(lengths[i] > lengths[i - 1]);
        QVERIFY(view->answerView()->stateLabel().startsWith(u"done"_s));
        QCOMPARE(view->answerView()->text(), view->currentRun()->text());
        QVERIFY(view->answerView()->text().size() > 20);
        // The exchange joined the conversation and the prompt box emptied.
        const QList<ChatMessage> turns = view->turns();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns[0].content, u"How do I reset my password?"_s);
        QCOMPARE(turns[1].role, u"assistant"_s);
        QCOMPARE(turns[1].content, view->answerView()->text());
        // The same two rows in the conversation the transcript shows, the answer with its
        // metrics line; the answer view that streamed it steps aside.
        ConversationModel* conversation = view->conversation();
        auto* transcript = view->findChild<TranscriptView*>(u"transcript"_s);
        QCOMPARE(transcript->transcript()->conversation(), conversation);
        QCOMPARE(transcript->model()->rowCount(), 2);
        QCOMPARE(transcript->model()->index(0, 0).data(TranscriptModel::TextRole).toString(),
                 u"How do I reset my password?"_s);
        QCOMPARE(
            readableText(
                transcript->model()->index(1, 0).data(TranscriptModel::MetricsRole).toString()),
            view->metricsText());
        QVERIFY(view->answerView()->isHidden() || !view->answerView()->isVisible());
        QCOMPARE(conversation->rowCount(), 2);
        QCOMPARE(conversation->index(0, ConversationModel::Role).data().toString(), u"user"_s);
        QCOMPARE(conversation->index(0, ConversationModel::Text).data().toString(),
                 u"How do I reset my password?"_s);
        QCOMPARE(conversation->index(1, ConversationModel::Role).data().toString(), u"assistant"_s);
        QCOMPARE(conversation->index(1, ConversationModel::Text)
                     .data(ConversationModel::ContentRole)
                     .toString(),
                 view->answerView()->text());
        QVERIFY(view->prompt().isEmpty());
        // Metrics under the answer, with their source.
        const QString metrics = view->metricsText();
        QVERIFY2(metrics.contains(u"tok/s (usage, 60 tokens)"_s), qPrintable(metrics));
        QVERIFY(metrics.contains(u"first token"_s));
        QVERIFY(metrics.contains(u"finish stop"_s));
        QVERIFY(metrics.contains(u"model meta-llama/Llama-3.1-8B-Instruct"_s));
        // On the wire: streamed, usage asked for, unset parameters left out.
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY(body.contains("\"stream\":true"));
        QVERIFY(body.contains("include_usage"));
        QVERIFY(!body.contains("temperature"));
        QVERIFY(!body.contains("top_p"));
    }

    void setParametersGoOnTheWireAndPresetsComeBack() {
        PlaygroundView* view = makeView();
        ChatParams p;
        p.temperature = 0.3;
        p.maxTokens = 12;
        p.stop = QStringList{u"\n\n"_s};
        p.includeUsage = true;
        view->setParams(p);
        view->savePreset(u"short"_s);
        QCOMPARE(view->presetNames(),
                 (QStringList{u"Deterministic"_s, u"Balanced"_s, u"Creative"_s, u"short"_s}));
        view->setParams(ChatParams{});
        QVERIFY(!view->params().temperature);
        QVERIFY(view->applyPreset(u"short"_s));
        QCOMPARE(view->params().maxTokens, std::optional<int>(12));
        view->setPrompt(u"Tell me a long story"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY2(body.contains("\"temperature\":0.3"), body.constData());
        QVERIFY(body.contains("\"max_tokens\":12"));
        QVERIFY(body.contains("\"stop\":[\"\\n\\n\"]"));
        QVERIFY(!body.contains("top_p"));
        QVERIFY(!body.contains("seed"));
        QVERIFY(view->metricsText().contains(u"finish length"_s));
    }

    void stopMidStreamKeepsThePartialTextMarkedStopped() {
        m_sandbox->setTokensPerSecond(40);
        m_sandbox->setReplyTokens(2000);
        PlaygroundView* view = makeView();
        view->setPrompt(u"Write a very long answer"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->answerView()->rawEdit()->toPlainText().size() > 10, 20000);
        QVERIFY(ended.isEmpty());
        QTest::keyClick(view->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Escape);
        QCOMPARE(ended.size(), 1);
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Cancelled);
        const QString partial = view->answerView()->text();
        QVERIFY(!partial.isEmpty());
        QVERIFY2(view->answerView()->stateLabel().startsWith(u"stopped"_s),
                 qPrintable(view->answerView()->stateLabel()));
        QVERIFY(!view->errorCard()->isVisible());
        // The request really went away, and nothing more arrives afterwards.
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->activeStreams(), 0, 10000);
        QCOMPARE(view->answerView()->text(), partial);
        QCOMPARE(view->answerView()->rawEdit()->toPlainText().size(), partial.size());
        // The conversation did not take a stopped answer as a turn; the prompt stays.
        QVERIFY(view->turns().isEmpty());
        QCOMPARE(view->conversation()->rowCount(), 0);
        QCOMPARE(view->prompt(), u"Write a very long answer"_s);
        const auto saved = m_history->load(view->currentHistoryId());
        QVERIFY(saved);
        QCOMPARE(saved->state, u"cancelled"_s);
        QCOMPARE(saved->answer, partial);
    }

    void eachFaultShowsItsCard_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("endState");
        QTest::addColumn<QString>("title"); // substring of the card title; empty: no card
        QTest::addColumn<bool>("countdown");
        const auto row = [](const char* fault, RunState state, const QString& title,
                            bool countdown = false) {
            QTest::newRow(fault) << QString::fromLatin1(fault) << int(state) << title << countdown;
        };
        row("rate-limit", RunState::Failed, u"rate_limited · HTTP 429 · rate_limit_exceeded"_s,
            true);
        row("server-error", RunState::Failed, u"server · HTTP 500 · internal_error"_s);
        row("cold-start", RunState::Failed, u"server · HTTP 503 · workload_starting"_s, true);
        row("slow-first-byte", RunState::Done, {});
        row("stall", RunState::Failed, u"timeout"_s);
        row("disconnect", RunState::Truncated, u"Incomplete answer · truncated"_s);
        row("no-done", RunState::Truncated, u"Incomplete answer · truncated"_s);
        row("error-frame", RunState::Failed, u"internal_error"_s);
        row("malformed-chunk", RunState::Done, {});
        row("keep-alive", RunState::Done, {});
        row("crlf", RunState::Done, {});
        row("large-chunk", RunState::Done, {});
        row("invalid-utf8", RunState::Done, {});
        row("shuffle", RunState::Done, {});
        row("redirect", RunState::Failed, u"network"_s);
    }

    void eachFaultShowsItsCard() {
        QFETCH(QString, fault);
        QFETCH(int, endState);
        QFETCH(QString, title);
        QFETCH(bool, countdown);
        m_sandbox->setTokensPerSecond(2000);
        m_sandbox->setStallMs(5000);
        PlaygroundView* view = makeView();
        view->setTimeouts(10000, 500); // the stall outlasts the idle timeout
        view->setExtraHeader("X-Sandbox-Fault", fault.toLatin1());
        view->setPrompt(u"Hello there"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(int(ended.first().first().value<RunState>()), endState);
        ErrorCard* card = view->errorCard();
        if (title.isEmpty()) {
            QVERIFY2(card->isHidden(), qPrintable(card->title() + u' ' + card->message()));
            QVERIFY(!view->answerView()->text().isEmpty());
            QVERIFY(!view->answerView()->text().contains(QChar::ReplacementCharacter) ||
                    fault == u"invalid-utf8");
            return;
        }
        QVERIFY(card->isVisible());
        QVERIFY2(card->title().contains(title), qPrintable(card->title()));
        QVERIFY(!card->message().isEmpty());
        QVERIFY(!card->hint().isEmpty());
        QVERIFY(!card->message().contains(secretOf(m_key)));
        QCOMPARE(card->countdownText().isEmpty(), !countdown);
        if (endState == int(RunState::Truncated))
            QVERIFY(view->answerView()->stateLabel().startsWith(u"incomplete"_s));
        if (fault == u"disconnect" || fault == u"error-frame" || fault == u"no-done")
            QVERIFY2(!view->answerView()->text().isEmpty(), "the partial text stays");
    }

    void retryWaitsOutRetryAfterWithACountdown() {
        PlaygroundView* view = makeView();
        view->setExtraHeader("X-Sandbox-Fault", "rate-limit");
        view->setPrompt(u"Hello"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        ErrorCard* card = view->errorCard();
        QVERIFY(card->isVisible());
        QVERIFY(card->secondsLeft() > 0);
        view->setExtraHeader("X-Sandbox-Fault", {}); // the server is fine again
        QElapsedTimer clock;
        clock.start();
        const int before = m_requests;
        QTest::mouseClick(card->retryButton(), Qt::LeftButton);
        QVERIFY(card->retryPending());
        QVERIFY2(card->countdownText().startsWith(u"Retrying in"_s),
                 qPrintable(card->countdownText()));
        QCOMPARE(m_requests, before); // nothing sent before Retry-After is over
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.last().first().value<RunState>(), RunState::Done);
        QVERIFY(clock.elapsed() >= 900);
        QVERIFY(card->isHidden());
    }

    void guardBlocksAControlTokenAndSendsNothing() {
        PlaygroundView* view = makeView();
        m_keyOverride = m_sandbox->config().controlTokens.first().token;
        view->setPrompt(u"Hello"_s);
        const int before = m_requests;
        pressSend(view);
        QTRY_VERIFY(view->errorCard()->isVisible());
        QVERIFY(view->errorCard()->title().contains(u"blocked"_s));
        QVERIFY2(view->errorCard()->message().contains(u"control token"_s),
                 qPrintable(view->errorCard()->message()));
        QVERIFY(!view->errorCard()->hint().isEmpty());
        QVERIFY(!view->isRunning());
        QCOMPARE(m_requests, before);
        QCOMPARE(view->prompt(), u"Hello"_s);
    }

    void guardWarningsAskFirst() {
        PlaygroundView* view = makeView();
        int asked = 0;
        bool answer = false;
        view->setConfirmHook([&](const GuardVerdict& v) {
            ++asked;
            return v.has(u"key_in_prompt"_s) && answer;
        });
        view->setPrompt(u"my key is "_s + m_key);
        const int before = m_requests;
        pressSend(view);
        QTRY_COMPARE(asked, 1);
        QVERIFY(!view->isRunning());
        QCOMPARE(m_requests, before);
        answer = true;
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(asked, 2);
        QVERIFY(m_requests > before);

        // Without a hook: an inline bar, no modal box.
        PlaygroundView* bare = makeView();
        bare->setPrompt(u"my key is "_s + m_key);
        QSignalSpy asking(bare, &PlaygroundView::confirmationRequested);
        pressSend(bare);
        QVERIFY(asking.wait(5000));
        QVERIFY(!bare->confirmationText().isEmpty());
        QVERIFY(!bare->confirmationText().contains(secretOf(m_key)));
        bare->confirmSend(false);
        QVERIFY(bare->confirmationText().isEmpty());
        QVERIFY(!bare->isRunning());
        QCOMPARE(bare->answerView()->stateLabel(), u"not sent"_s);
        // Esc while the bar asks is a no.
        pressSend(bare);
        QVERIFY(asking.wait(5000));
        QTest::keyClick(bare->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Escape);
        QVERIFY(bare->confirmationText().isEmpty());
        QVERIFY(!bare->isRunning());
        QTRY_COMPARE(m_requests, before + 1);
        // "Send anyway" sends.
        pressSend(bare);
        QVERIFY(asking.wait(5000));
        QCOMPARE(asking.size(), 3);
        QSignalSpy bareEnded(bare, &PlaygroundView::runEnded);
        QTest::mouseClick(bare->findChild<QPushButton*>(u"sendAnyway"_s), Qt::LeftButton);
        QVERIFY(bare->confirmationText().isEmpty());
        QVERIFY(bareEnded.wait(20000));
        QCOMPARE(bareEnded.first().first().value<RunState>(), RunState::Done);
        QTRY_COMPARE(m_requests, before + 2);
    }

    void inspectorShowsFramesAndARedactedAuthorization() {
        m_sandbox->setReplyTokens(40);
        PlaygroundView* view = makeView();
        view->setPrompt(u"Where is my invoice?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        Inspector* inspector = view->inspectorView();
        QVERIFY(view->inspector() == inspector);
        const QString request = inspector->requestText();
        QVERIFY2(request.startsWith(u"POST "_s + m_sandbox->baseUrl() +
                                    u"/endpoint/acme/support-bot/v1/chat/completions"_s),
                 qPrintable(request));
        QVERIFY(request.contains(u"Authorization: Bearer "_s + redactKey(m_key)));
        QVERIFY(!request.contains(secretOf(m_key)));
        QVERIFY(request.contains(u"\n    \"messages\": ["_s)); // indented JSON
        QVERIFY(inspector->responseText().startsWith(u"HTTP 200"_s));
        FramesModel* frames = inspector->frames();
        QCOMPARE(frames->rowCount(), int(view->currentRun()->record().frames.size()));
        QVERIFY(frames->rowCount() >= 40);
        QVERIFY(frames->index(frames->rowCount() - 1, FramesModel::Raw)
                    .data()
                    .toString()
                    .contains(u"[DONE]"_s));
        // Selecting a frame selects its text in the answer...
        int row = 0;
        while (frames->rangeOf(row).second == 0)
            ++row;
        row += 3;
        inspector->framesTable()->selectRow(row);
        QCOMPARE(view->answerView()->rawEdit()->textCursor().selectedText(),
                 frames->frames().at(row).delta);
        // ... and selecting answer text selects its frames.
        const auto [start, length] = frames->rangeOf(row + 2);
        QTextCursor c(view->answerView()->rawEdit()->document());
        c.setPosition(start);
        c.setPosition(start + length, QTextCursor::KeepAnchor);
        view->answerView()->rawEdit()->setTextCursor(c);
        const QModelIndexList selected = inspector->framesTable()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), row + 2);
        // Snippets carry the placeholder, never the key.
        for (const QString& s : {inspector->curl(), inspector->python(), inspector->typeScript()}) {
            QVERIFY(s.contains(u"IK_LIVE_KEY"_s));
            QVERIFY(!s.contains(secretOf(m_key)));
        }
        QTest::mouseClick(inspector->findChild<QToolButton*>(u"copyCurl"_s), Qt::LeftButton);
        QVERIFY(QGuiApplication::clipboard()->text().startsWith(u"curl"_s));
    }

    void rawViewHoldsTheExactTextAndCopiesIt() {
        StreamView view;
        view.resize(600, 400);
        view.show();
        QString expected;
        for (int i = 0; i < 3000; ++i) {
            const QString token =
                (i % 97 == 0) ? u"\n\n# Head "_s : u" word"_s + QString::number(i);
            expected += token;
            view.append(token);
        }
        view.finish(u"done"_s);
        QCOMPARE(view.text(), expected);
        // Long paragraphs are shown in short blocks, yet copying gives the exact text back.
        view.setRawMode(true);
        view.rawEdit()->selectAll();
        view.rawEdit()->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        view.copyRaw();
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        view.setRawMode(false);
        QVERIFY(view.markdownRendered());
        QVERIFY(view.renderedText().contains(u"Head"_s));
        QVERIFY(!view.renderedText().contains(u"# Head"_s));
    }

    void historySurvivesARestart() {
        PlaygroundView* view = makeView();
        view->setSystemPrompt(u"Be brief."_s);
        view->setPrompt(u"What are your opening hours?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        const QString answer = view->answerView()->text();
        const qint64 id = view->currentHistoryId();
        QVERIFY(id > 0);
        m_view.reset();
        m_history.reset();

        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        const QList<HistoryRun> runs = m_history->list(u"wl-support-bot"_s);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().state, u"done"_s);
        QCOMPARE(runs.first().answer, answer);
        QCOMPARE(m_history->list(u"wl-support-bot"_s, u"opening hours"_s).size(), 1);
        QCOMPARE(m_history->list(u"wl-support-bot"_s, u"no such words"_s).size(), 0);
        QCOMPARE(m_history->list(u"another-workload"_s).size(), 0);

        PlaygroundView* again = makeView();
        HistoryModel* listed = again->historyModel();
        QCOMPARE(listed->rowCount(), 1);
        QVERIFY(listed->index(0, HistoryModel::Ask).data().toString().contains(u"opening hours"_s));
        QCOMPARE(listed->index(0, HistoryModel::State).data().toString(), u"done"_s);
        QCOMPARE(listed->idAt(0), id);
        // Where the run came from is on its row; the combo above the list narrows by it.
        QCOMPARE(listed->index(0, HistoryModel::Origin).data().toString(), u"Playground"_s);
        auto* origin = again->findChild<QComboBox*>(u"historyOrigin"_s);
        QVERIFY(origin);
        QCOMPARE(listed->originFilter(), HistoryOriginFilter::All);
        origin->setCurrentIndex(origin->findData(int(HistoryOriginFilter::Compare)));
        QCOMPARE(listed->originFilter(), HistoryOriginFilter::Compare);
        QCOMPARE(listed->rowCount(), 0);
        origin->setCurrentIndex(origin->findData(int(HistoryOriginFilter::Playground)));
        QCOMPARE(listed->rowCount(), 1);
        origin->setCurrentIndex(origin->findData(int(HistoryOriginFilter::All)));
        QCOMPARE(listed->rowCount(), 1);
        // The list on screen is a view over that model.
        QCOMPARE(again->findChild<QTreeView*>(u"historyList"_s)->model(), listed);
        again->setPrompt({});
        again->reopen(id);
        QCOMPARE(again->answerView()->text(), answer);
        QCOMPARE(again->systemPrompt(), u"Be brief."_s);
        QCOMPARE(again->prompt(), u"What are your opening hours?"_s);
        QVERIFY(again->metricsText().contains(u"tok/s"_s));
        QVERIFY(again->inspectorView()->frames()->rowCount() > 3);
        QVERIFY(again->inspectorView()->requestText().contains(redactKey(m_key)));
        QVERIFY(again->deleteRun(id));
        QCOMPARE(listed->rowCount(), 0);
    }

    void killNineMidStreamLeavesAnIncompleteRun() {
        const QString db = m_dir->filePath(u"killed.sqlite"_s);
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({u"--ik-stream-child"_s, db});
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QSignalSpy output(&child, &QProcess::readyReadStandardOutput);
        QSignalSpy finished(&child, &QProcess::finished);
        child.start();
        QVERIFY(child.waitForStarted());
        QByteArray line;
        QTRY_VERIFY_WITH_TIMEOUT((line += child.readAllStandardOutput()).contains("SAVED "), 60000);
        // The child saved some text; let it save a second time, then kill it without warning.
        const int at = int(line.indexOf("SAVED "));
        const QList<QByteArray> parts = line.mid(at).trimmed().split(' ');
        const qint64 id = parts.value(1).toLongLong();
        QVERIFY(id > 0);
        QVERIFY(::kill(pid_t(child.processId()), SIGKILL) == 0);
        QVERIFY(finished.wait(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        History reopened(db);
        QVERIFY(reopened.isOpen());
        const auto run = reopened.load(id);
        QVERIFY(run);
        QCOMPARE(run->state, u"incomplete"_s);
        QVERIFY2(run->answer.size() >= parts.value(2).toInt(), qPrintable(run->answer));
        QVERIFY(!run->answer.isEmpty());
        QVERIFY(run->frameCount > 0);
        // The window shows it as incomplete too.
        m_history = std::make_unique<History>(db);
        PlaygroundView* view = makeView();
        QCOMPARE(view->historyModel()->rowCount(), 1);
        QCOMPARE(view->historyModel()->index(0, HistoryModel::State).data().toString(),
                 u"incomplete"_s);
        QCOMPARE(view->historyModel()
                     ->index(0, HistoryModel::State)
                     .data(HistoryModel::StateNameRole)
                     .toString(),
                 u"incomplete"_s);
        view->reopen(id);
        QVERIFY(view->answerView()->stateLabel().startsWith(u"incomplete"_s));
        QVERIFY(view->errorCard()->isVisible());
        QCOMPARE(view->answerView()->text(), run->answer);
    }

    void noKeyInTheDatabaseExportsOrSettings() {
        PlaygroundView* view = makeView();
        view->setConfirmHook([](const GuardVerdict&) { return true; });
        // The worst case: the key pasted into the prompt and the system text, and sent anyway.
        view->setSystemPrompt(u"internal key "_s + m_key);
        view->setPrompt(u"please remember "_s + m_key);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        view->setExtraHeader("X-Sandbox-Fault", "error-frame");
        view->setPrompt(u"and again "_s + m_key);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        const qint64 id = view->currentHistoryId();
        view->saveDraftNow();
        const QString secret = secretOf(m_key);
        int exported = 0;
        for (auto format :
             {PlaygroundView::ExportFormat::RunMarkdown, PlaygroundView::ExportFormat::RunJson,
              PlaygroundView::ExportFormat::ConversationMarkdown,
              PlaygroundView::ExportFormat::ConversationJson}) {
            const QString path = m_dir->filePath(u"export-%1"_s.arg(int(format)));
            QVERIFY(view->exportRun(id, format, path));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY(bytes.contains(redactKey(m_key).toUtf8()));
            const qsizetype leak = bytes.indexOf(secret.toUtf8());
            QVERIFY2(leak < 0, bytes.mid(qMax<qsizetype>(0, leak - 200), 400).constData());
            ++exported;
        }
        QCOMPARE(exported, 4);
        m_view.reset();
        m_history.reset();
        QSettings().sync();
        // Every byte of the database (with its WAL) and of the settings, under the test HOME.
        const QByteArray everything =
            allBytesUnder(m_dir->path()) +
            allBytesUnder(QFileInfo(QSettings().fileName()).absolutePath());
        QVERIFY(everything.size() > 1000);
        QVERIFY(!everything.contains(secret.toUtf8()));
        QVERIFY(!everything.contains(secret.left(32).toUtf8()));
    }

    void draftsSurviveClosingAndACrash() {
        PlaygroundView* view = makeView();
        view->setSystemPrompt(u"You are terse."_s);
        view->setTurns({{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello."_s}});
        view->setPrompt(u"half-typed question"_s);
        ChatParams p;
        p.seed = 42;
        view->setParams(p);
        // Debounced to disk without any close: what a crash would leave.
        QTRY_VERIFY_WITH_TIMEOUT(QSettings()
                                     .value(u"playground/draft/wl-support-bot"_s)
                                     .toString()
                                     .contains(u"half-typed question"_s),
                                 5000);
        view->setPrompt(u"typed just before closing"_s);
        m_view.reset(); // closing saves at once
        PlaygroundView* again = makeView();
        QCOMPARE(again->systemPrompt(), u"You are terse."_s);
        QCOMPARE(again->turns().size(), 2);
        QCOMPARE(again->turns().at(1).content, u"Hello."_s);
        QCOMPARE(again->conversation()->rowCount(), 2);
        QCOMPARE(again->conversation()->system(), u"You are terse."_s);
        QCOMPARE(again->prompt(), u"typed just before closing"_s);
        QCOMPARE(again->params().seed, std::optional<qint64>(42));
    }

    void regenerateReplacesTheLastAnswer() {
        PlaygroundView* view = makeView();
        view->setTurns({{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"old answer"_s}});
        view->setPrompt({});
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        view->findChild<QPushButton*>(u"regenerate"_s)->click();
        QVERIFY(ended.wait(20000));
        const QList<ChatMessage> turns = view->turns();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns[0].content, u"Hi"_s);
        QVERIFY(turns[1].content != u"old answer"_s);
        QCOMPARE(turns[1].content, view->answerView()->text());
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY(!body.contains("old answer"));
        view->clearConversation();
        QVERIFY(view->turns().isEmpty());
        QCOMPARE(view->conversation()->rowCount(), 0);
    }

    // Each way a server sends thinking shows in the Thinking block, live, never in the answer,
    // with its own timings on the fold line and in the metrics; streamed and whole alike.
    void thinkingIsShownApartFromTheAnswer_data() {
        QTest::addColumn<QByteArray>("form");
        QTest::addColumn<bool>("stream");
        for (const char* form : {"content", "reasoning", "think"}) {
            QTest::newRow((QByteArray(form) + " streamed").constData()) << QByteArray(form) << true;
            QTest::newRow((QByteArray(form) + " whole").constData()) << QByteArray(form) << false;
        }
    }
    void thinkingIsShownApartFromTheAnswer() {
        QFETCH(QByteArray, form);
        QFETCH(bool, stream);
        m_sandbox->setTokensPerSecond(400);
        PlaygroundView* view = makeView();
        view->setStreaming(stream);
        view->setExtraHeader("X-Sandbox-Reasoning", form);
        view->setPrompt(u"How do I reset my password?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        bool thinkingBeforeAnswer = false;
        connect(view->answerView()->rawEdit()->document(), &QTextDocument::contentsChanged, this,
                [&] {
                    if (!view->answerView()->text().isEmpty() && !thinkingBeforeAnswer)
                        thinkingBeforeAnswer = !view->thinking()->text().isEmpty();
                });
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        const QString thinking = view->thinking()->text();
        QVERIFY2(!thinking.isEmpty(), form.constData());
        QCOMPARE(thinking, view->currentRun()->reasoning());
        QVERIFY(view->thinking()->isVisibleTo(view->findChild<QWidget*>(u"answerPane"_s)));
        QVERIFY(view->thinking()->isExpanded());
        // Once the answer joined the conversation, its turn in the transcript shows the thinking.
        QAbstractItemModel* transcript = view->findChild<TranscriptView*>(u"transcript"_s)->model();
        QCOMPARE(transcript->index(transcript->rowCount() - 1, 0)
                     .data(TranscriptModel::ReasoningRole)
                     .toString(),
                 thinking);
        if (stream)
            QVERIFY(thinkingBeforeAnswer); // it streamed in before the answer did
        const QString answer = view->answerView()->text();
        QVERIFY(!answer.isEmpty());
        QVERIFY2(!answer.contains(u"<think>"_s) && !answer.contains(thinking.left(20)),
                 qPrintable(answer));
        QVERIFY2(view->thinking()->title().startsWith(u"Thinking · first after "_s),
                 qPrintable(view->thinking()->title()));
        if (stream)
            QVERIFY2(view->metricsText().contains(u"thinking "_s), qPrintable(view->metricsText()));
        // The conversation keeps the answer only: thinking is not sent back by default.
        QCOMPARE(view->turns().last().content, answer);
        view->thinking()->setExpanded(false);
        QVERIFY(!view->findChild<QWidget*>(u"thinkingText"_s)->isVisible());
        // A model that does not think shows no block; the earlier thinking is not sent back.
        view->setExtraHeader("X-Sandbox-Reasoning", {});
        view->setPrompt(u"And again?"_s);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QVERIFY(view->thinking()->text().isEmpty());
        QVERIFY(!view->thinking()->isVisible());
        QVERIFY(!view->currentRun()->record().requestBody.contains("reasoning_content"));
        // Asked to, the next request carries it back with the assistant turn that had it.
        view->findChild<QCheckBox*>(u"sendReasoning"_s)->setChecked(true);
        view->setPrompt(u"Once more"_s);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        const QByteArray sent = view->currentRun()->record().requestBody;
        QVERIFY2(sent.contains("\"reasoning_content\":"), sent.constData());
        QVERIFY(sent.contains(
            QJsonDocument(QJsonArray{thinking}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
    }

    // Tools from the Parameters page go with the request; a model that calls one ends with the
    // call shown, not an empty "done"; tools that are not valid are named and nothing is sent.
    void toolCallsAreShownAndBadToolsAreNotSent() {
        PlaygroundView* view = makeView();
        ToolsEditor* tools = view->tools();
        tools->setText(uR"([{"type": "function", "function": {"name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}},
            "required": ["city"]}}}])"_s);
        QVERIFY2(tools->check().ok(), qPrintable(tools->status()));
        QVERIFY2(tools->status().startsWith(u"1 tool"_s) &&
                     tools->status().endsWith(u": get_weather"_s),
                 qPrintable(tools->status()));
        tools->setChoice({ToolChoice::Mode::Function, u"get_weather"_s});
        view->setPrompt(u"Use get_weather for Lyon"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY2(body.contains("\"tools\":[{") && body.contains("\"name\":\"get_weather\""),
                 body.constData());
        QVERIFY2(body.contains("\"tool_choice\":{\"function\":{\"name\":\"get_weather\"}"),
                 body.constData());
        QCOMPARE(view->currentRun()->toolCalls().size(), 1);
        const QString shown = view->toolCallsShown();
        QVERIFY2(shown.contains(u"get_weather({"_s), qPrintable(shown));
        QVERIFY(view->findChild<QWidget*>(u"toolCallCards"_s)
                    ->isVisibleTo(view->findChild<QWidget*>(u"answerPane"_s)));
        // The turn that called it shows the call in the transcript.
        QAbstractItemModel* transcript = view->findChild<TranscriptView*>(u"transcript"_s)->model();
        QVERIFY(transcript->index(1, 0)
                    .data(TranscriptModel::ToolCallsRole)
                    .toString()
                    .startsWith(u"get_weather({"_s));
        QVERIFY2(view->answerView()->stateLabel().startsWith(u"done · no text: the model called "
                                                             u"1 tool"_s),
                 qPrintable(view->answerView()->stateLabel()));

        // A typo in the tools: the field says where, and a send is refused before any request.
        tools->setText(u"[{\"type\": \"function\" \"function\": {}}]"_s);
        QVERIFY(!tools->check().ok());
        QVERIFY2(tools->status().contains(u"line 1, column "_s), qPrintable(tools->status()));
        const int before = m_requests;
        view->setPrompt(u"Again"_s);
        pressSend(view);
        QVERIFY(view->errorCard()->isVisible());
        QVERIFY2(view->errorCard()->message().contains(u"The tools are not valid: line 1"_s),
                 qPrintable(view->errorCard()->message()));
        QTest::qWait(100);
        QCOMPARE(m_requests, before);
        // Emptied, the field offers no tools and the request carries none.
        tools->setText({});
        pressSend(view);
        QVERIFY2(ended.wait(20000),
                 qPrintable(view->answerView()->stateLabel() + u" | "_s +
                            view->errorCard()->message() + u" | "_s + view->confirmationText()));
        QVERIFY(!view->currentRun()->record().requestBody.contains("\"tools\""));
        // The turn that only called a tool went with the next request, calls and all.
        QVERIFY(view->currentRun()->record().requestBody.contains("\"tool_calls\":[{"));
        QCOMPARE(view->turns().at(1).toolCalls.size(), 1);
        QCOMPARE(view->turns().at(1).toolCalls.first().name, u"get_weather"_s);
        QVERIFY(view->toolCallsShown().isEmpty());
    }

    void aNonChatWorkloadIsNamedAndNothingIsSent() {
        PlaygroundView* view = makeView();
        Workload ranker = supportBot(m_sandbox->baseUrl());
        ranker.id = u"wl-ticket-ranker"_s;
        ranker.name = u"Ticket ranker"_s;
        ranker.slug = u"ticket-ranker"_s;
        ranker.kind = WorkloadKind::Rerank;
        view->setWorkload(ranker);
        // The view names the workload and says why it will not send to it (the window's header
        // names it too, so the view no longer repeats "name · endpoint" above its fields).
        QVERIFY(!view->findChild<QLabel*>(u"workloadLabel"_s));
        auto* notice = view->findChild<QLabel*>(u"kindNotice"_s);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(u"Ticket ranker is a rerank workload"_s),
                 qPrintable(notice->text()));
        QVERIFY(notice->text().contains(u"chat workloads"_s));
        QCOMPARE(notice->text(), view->kindNotice());
        QVERIFY(!view->findChild<QPushButton*>(u"send"_s)->isEnabled());
        // Ctrl+Enter refuses with the same words; nothing goes to any workload.
        view->setPrompt(u"Hello"_s);
        const int before = m_requests;
        QSignalSpy started(view, &PlaygroundView::runStarted);
        pressSend(view);
        QVERIFY(view->errorCard()->isVisible());
        QVERIFY2(view->errorCard()->message().contains(u"Ticket ranker is a rerank workload"_s),
                 qPrintable(view->errorCard()->message()));
        QVERIFY(view->errorCard()->title().contains(u"Not sent"_s));
        QVERIFY(!view->isRunning());
        QTest::qWait(50);
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_requests, before);
        // Back on a chat workload the notice goes and Send goes again.
        view->setWorkload(supportBot(m_sandbox->baseUrl()));
        QVERIFY(notice->isHidden());
        QVERIFY(view->kindNotice().isEmpty());
        QVERIFY(view->findChild<QPushButton*>(u"send"_s)->isEnabled());
        QVERIFY(view->errorCard()->isHidden());
    }

    void eachWorkloadKeepsItsConversation() {
        PlaygroundView* view = makeView();
        view->setPrompt(u"What are your opening hours?"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        const QString answer = view->answerView()->text();
        const QString metrics = view->metricsText();
        const qint64 id = view->currentHistoryId();
        ConversationModel* support = view->conversation();
        QCOMPARE(support->rowCount(), 2);

        Workload other = supportBot(m_sandbox->baseUrl());
        other.id = u"wl-other-bot"_s;
        other.name = u"Other bot"_s;
        view->setWorkload(other);
        QVERIFY(view->conversation() != support);
        QCOMPARE(view->conversation()->rowCount(), 0);
        QVERIFY(view->answerView()->text().isEmpty());
        QVERIFY(view->metricsText().isEmpty());
        QCOMPARE(view->currentHistoryId(), qint64(-1));
        view->setTurns({{u"user"_s, u"Only here"_s}});

        view->setWorkload(supportBot(m_sandbox->baseUrl()));
        QCOMPARE(view->conversation(), support);
        QCOMPARE(view->findChild<TranscriptView*>(u"transcript"_s)->transcript()->conversation(),
                 support);
        QCOMPARE(support->rowCount(), 2);
        QCOMPARE(support->turn(0).content, u"What are your opening hours?"_s);
        QCOMPARE(support->turn(1).content, answer);
        QCOMPARE(view->answerView()->text(), answer);
        QVERIFY(view->answerView()->stateLabel().startsWith(u"done"_s));
        QCOMPARE(view->metricsText(), metrics);
        QCOMPARE(view->currentHistoryId(), id);
        QVERIFY(view->inspectorView()->requestText().contains(u"opening hours"_s));
        QVERIFY(view->inspectorView()->frames()->rowCount() > 3);

        view->setWorkload(other);
        QCOMPARE(view->conversation()->rowCount(), 1);
        QCOMPARE(view->conversation()->turn(0).content, u"Only here"_s);
    }

    // A fault the run survives still ends "done", but the answer says what was wrong with it,
    // live, in history, and after a switch to another workload and back.
    void faultsThatEndDoneWarnOnTheAnswer_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("warning");
        QTest::newRow("invalid-utf8")
            << u"invalid-utf8"_s << u"the stream held invalid UTF-8 at byte "_s;
        QTest::newRow("malformed-chunk")
            << u"malformed-chunk"_s << u"1 frame was not JSON and was skipped"_s;
    }

    void faultsThatEndDoneWarnOnTheAnswer() {
        QFETCH(QString, fault);
        QFETCH(QString, warning);
        PlaygroundView* view = makeView();
        view->setExtraHeader("X-Sandbox-Fault", fault.toLatin1());
        view->setPrompt(u"Hello there"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        QVERIFY(view->answerView()->stateLabel().startsWith(u"done"_s));
        auto* label = view->findChild<QLabel*>(u"answerWarning"_s);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        const QString shown = label->text();
        QVERIFY2(shown.contains(warning), qPrintable(shown));
        if (fault == u"invalid-utf8") {
            // The byte is the body's: the frames before it, then its place in its own frame.
            const QList<Frame> frames = view->currentRun()->record().frames;
            qint64 offset = 0;
            bool found = false;
            for (const Frame& f : frames) {
                const qsizetype at = f.data.indexOf(QChar::ReplacementCharacter);
                if (at >= 0) {
                    offset += qstrlen("data: ") + f.data.left(at).toUtf8().size();
                    found = true;
                    break;
                }
                offset += f.bytes;
            }
            QVERIFY(found);
            QVERIFY2(shown.contains(u"at byte %1"_s.arg(offset)), qPrintable(shown));
            QVERIFY(view->answerView()->text().contains(QChar::ReplacementCharacter));
        }
        // Reopened from history, the run says it again.
        const qint64 id = view->currentHistoryId();
        view->answerView()->clear();
        label->clear();
        view->reopen(id);
        QTRY_VERIFY(label->isVisible());
        QCOMPARE(label->text(), shown);
        // Another workload does not show it; back here it is there again.
        Workload other = supportBot(m_sandbox->baseUrl());
        other.id = u"wl-other-bot"_s;
        other.name = u"Other bot"_s;
        view->setWorkload(other);
        QVERIFY(label->isHidden());
        view->setWorkload(supportBot(m_sandbox->baseUrl()));
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), shown);
        // A clean run shows no warning.
        view->setExtraHeader("X-Sandbox-Fault", {});
        view->setPrompt(u"Again"_s);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        QVERIFY2(label->isHidden(), qPrintable(label->text()));
    }

    // The last conversation view of a workload comes back whole: the error card too.
    void eachWorkloadKeepsItsErrorCard() {
        PlaygroundView* view = makeView();
        view->setExtraHeader("X-Sandbox-Fault", "server-error");
        view->setPrompt(u"Hello"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        ErrorCard* card = view->errorCard();
        QVERIFY(card->isVisible());
        const QString title = card->title(), message = card->message(), hint = card->hint();
        const QString state = view->answerView()->stateLabel();
        Workload other = supportBot(m_sandbox->baseUrl());
        other.id = u"wl-other-bot"_s;
        other.name = u"Other bot"_s;
        view->setWorkload(other);
        QVERIFY(card->isHidden());
        view->setWorkload(supportBot(m_sandbox->baseUrl()));
        QVERIFY(card->isVisible());
        QCOMPARE(card->title(), title);
        QCOMPARE(card->message(), message);
        QCOMPARE(card->hint(), hint);
        QCOMPARE(view->answerView()->stateLabel(), state);
        // Retry on the card sends the same request to this workload again.
        view->setExtraHeader("X-Sandbox-Fault", {});
        QTest::mouseClick(card->retryButton(), Qt::LeftButton);
        QVERIFY(ended.wait(20000));
        QCOMPARE(ended.last().first().value<RunState>(), RunState::Done);
        QVERIFY(card->isHidden());
    }

    // "retry after 2 s" once on the 429 card: the countdown says it; message and hint do not
    // repeat the number.
    void rateLimitCardSaysTheWaitOnce() {
        PlaygroundView* view = makeView();
        view->setExtraHeader("X-Sandbox-Fault", "rate-limit");
        view->setPrompt(u"Hello"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        ErrorCard* card = view->errorCard();
        QVERIFY(card->isVisible());
        const QStringList texts = {card->title(), card->message(), card->hint(),
                                   card->countdownText()};
        const QRegularExpression wait(u"\\b[12](\\s|\\x{a0})*(s|seconds?)\\b"_s);
        int mentions = 0;
        for (const QString& t : texts)
            for (auto it = wait.globalMatch(t); it.hasNext(); it.next())
                ++mentions;
        QVERIFY2(mentions == 1, qPrintable(texts.join(u" | "_s)));
        QVERIFY(wait.match(card->countdownText()).hasMatch());
        QVERIFY(!card->hint().isEmpty());
        QVERIFY(!card->message().isEmpty());
    }

    // The metrics line breaks only between values: each value keeps its number and unit (and
    // its name) together, so a narrow pane never shows "p95 26" above "ms".
    void metricsNeverBreakInsideAValue() {
        PlaygroundView* view = makeView();
        view->setPrompt(u"Hello"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        pressSend(view);
        QVERIFY(ended.wait(20000));
        auto* label = view->findChild<QLabel*>(u"metrics"_s);
        const QString shown = label->text();
        const QString separator = QString(QChar::Nbsp) + u"· "_s; // breakable after the dot
        const QStringList values = shown.split(separator);
        QVERIFY2(values.size() >= 7, qPrintable(shown));
        for (const QString& v : values) {
            QVERIFY2(!v.trimmed().isEmpty(), qPrintable(shown));
            QVERIFY2(!v.contains(u' '), qPrintable(u"a breakable space inside \""_s + v + u'"'));
        }
        // Laid out narrow, every line ends at a separator.
        QTextLayout layout(shown, label->font());
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<int> starts;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(140);
            starts.append(line.textStart());
        }
        layout.endLayout();
        QVERIFY(starts.size() >= 4);
        for (int i = 1; i < starts.size(); ++i)
            QVERIFY2(shown.left(starts[i]).endsWith(separator),
                     qPrintable(shown.left(starts[i]) + u" / "_s + shown.mid(starts[i])));
        // Read as words, the line is what it was.
        QVERIFY(view->metricsText().contains(u"first token"_s));
        QVERIFY(!view->metricsText().contains(QChar(0xa0)));
        QVERIFY(!view->metricsText().contains(QChar(0x2060)));
        QVERIFY(view->metricsText().contains(u"tok/s (usage, "_s));
    }

    // A draft that held a key comes back without its secret, and says so; the cursor waits at
    // the end of the prompt, where typing goes on.
    void aRestoredDraftSaysItsKeyWasNotKept() {
        PlaygroundView* view = makeView();
        const QString typed = u"my key is "_s + m_key + u" please check it"_s;
        view->setPrompt(typed);
        view->saveDraftNow();
        m_view.reset();
        PlaygroundView* again = makeView();
        auto* prompt = again->findChild<QPlainTextEdit*>(u"prompt"_s);
        QVERIFY(!again->prompt().contains(secretOf(m_key)));
        QVERIFY(again->prompt().startsWith(u"my key is ik_live_"_s));
        QVERIFY(again->prompt().endsWith(u" please check it"_s));
        auto* note = again->findChild<QLabel*>(u"draftNote"_s);
        QVERIFY(note);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"key"_s) && note->text().contains(u"not saved"_s),
                 qPrintable(note->text()));
        again->activateWindow();
        again->setFocus(Qt::ShortcutFocusReason); // what Ctrl+1 does
        QCOMPARE(prompt->textCursor().position(), int(again->prompt().size()));
        QTest::keyClicks(prompt, u"!"_s);
        QVERIFY(again->prompt().endsWith(u"check it!"_s));
        // Sending goes on; the note goes with the next send.
        again->setConfirmHook([](const GuardVerdict&) { return true; });
        QSignalSpy ended(again, &PlaygroundView::runEnded);
        pressSend(again);
        QVERIFY(ended.wait(20000));
        QVERIFY(note->isHidden());
        // A draft without a key says nothing.
        again->setPrompt(u"plain words"_s);
        again->saveDraftNow();
        m_view.reset();
        PlaygroundView* third = makeView();
        QCOMPARE(third->prompt(), u"plain words"_s);
        QVERIFY(third->findChild<QLabel*>(u"draftNote"_s)->isHidden());
    }

    void specDeclaresThePageAndTheInspectorDock() {
        PlaygroundView* view = makeView();
        const ui::ViewSpec spec = view->spec();
        QCOMPARE(spec.id, u"playground"_s);
        QCOMPARE(spec.title, u"&Playground"_s);
        QCOMPARE(spec.shortcut, QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(spec.kinds, QList<WorkloadKind>{WorkloadKind::Chat});
        QCOMPARE(spec.widget.data(), static_cast<QWidget*>(view));
        QCOMPARE(spec.dock.data(), view->inspector());
        QCOMPARE(spec.dockTitle, u"Inspector"_s);
        QCOMPARE(spec.dockShortcut, QKeySequence(Qt::CTRL | Qt::Key_I));
        // The view's shortcut lands in the prompt.
        QCOMPARE(view->focusProxy(), view->findChild<QPlainTextEdit*>(u"prompt"_s));
    }
};

// The child of killNineMidStreamLeavesAnIncompleteRun: streams a slow run into the database,
// says when text is saved, and waits to be killed.
static int streamChild(int argc, char** argv) {
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ik-playground-tests"_s);
    QStandardPaths::setTestModeEnabled(true);
    sandbox::Sandbox sandbox;
    if (!sandbox.listen())
        return 2;
    sandbox.setTokensPerSecond(30);
    sandbox.setReplyTokens(5000);
    const QString key = keyFor(sandbox.config(), u"acme"_s, u"support-bot"_s);
    QNetworkAccessManager nam;
    CredentialGuard guard;
    History history(QString::fromLocal8Bit(argv[2]));
    SessionServices services;
    services.nam = &nam;
    services.guard = &guard;
    services.keyLookup = [key](const Workload&, std::function<void(QString)> done) { done(key); };
    services.history = &history;
    PlaygroundView view(&services);
    view.setWorkload(supportBot(sandbox.baseUrl()));
    int saves = 0;
    QObject::connect(&history, &History::progressSaved, [&](qint64 id, int length) {
        if (length > 0 && ++saves == 2) {
            printf("SAVED %lld %d\n", qlonglong(id), length);
            fflush(stdout);
        }
    });
    view.setPrompt(u"Tell me everything"_s);
    view.send();
    return app.exec();
}

int main(int argc, char** argv) {
    if (argc >= 3 && qstrcmp(argv[1], "--ik-stream-child") == 0)
        return streamChild(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ik-playground-tests"_s);
    QCoreApplication::setApplicationName(u"tst_playground"_s);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TstPlayground test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_playground.moc"
