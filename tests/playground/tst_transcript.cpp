// The playground's transcript against an in-process ik-sandbox, offscreen: what a reader sees of
// every turn, and each turn's actions by mouse and keyboard.
#include "conversationmodel.h"
#include "history.h"
#include "playgroundtext.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "streamview.h"
#include "theme.h"
#include "toolseditor.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TstTranscript : public QObject {
    Q_OBJECT
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;

    PlaygroundView* makeView() {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload&, std::function<void(QString)> done) {
            QTimer::singleShot(0, [done, key = m_key] { done(key); });
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        Workload w;
        w.id = u"wl-support-bot"_s;
        w.name = u"Support bot"_s;
        w.baseUrl = m_sandbox->baseUrl();
        w.project = u"acme"_s;
        w.slug = u"support-bot"_s;
        w.kind = WorkloadKind::Chat;
        m_view->setWorkload(w);
        m_view->resize(1200, 800);
        m_view->show();
        return m_view.get();
    }
    static TranscriptView* transcriptOf(PlaygroundView* view) {
        return view->findChild<TranscriptView*>(u"transcript"_s);
    }
    static QString textAt(TranscriptView* t, int row) {
        return t->model()->index(row, 0).data(TranscriptModel::TextRole).toString();
    }
    static QString switcherAt(TranscriptView* t, int row) {
        return TranscriptDelegate::actionText(TurnAction::Siblings, t->model()->index(row, 0));
    }
    bool ask(PlaygroundView* view, const QString& prompt) {
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        view->setPrompt(prompt);
        QTest::keyClick(view->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        return ended.wait(20000) && ended.first().first().value<RunState>() == RunState::Done;
    }
    // Three exchanges; the transcript shows all turns once an action brings the last one up.
    PlaygroundView* threeExchanges() {
        PlaygroundView* view = makeView();
        for (const QString& p : {u"How do I reset my password?"_s, u"And my email?"_s,
                                 u"What are your opening hours?"_s})
            if (!ask(view, p))
                return nullptr;
        return view;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QSettings().clear();
    }
    void cleanup() { m_view.reset(); }

    void threeExchangesReadTopToBottom() {
        PlaygroundView* view = threeExchanges();
        QVERIFY(view);
        TranscriptView* t = transcriptOf(view);
        QCOMPARE(t->model()->rowCount(), 6);
        QCOMPARE(textAt(t, 0), u"How do I reset my password?"_s);
        QCOMPARE(textAt(t, 4), u"What are your opening hours?"_s);
        QCOMPARE(textAt(t, 5), view->answerView()->text());
        QVERIFY(!view->answerView()->isVisible()); // the answer reads in the transcript now
        // An earlier answer keeps its metrics line, model and finish reason.
        const QModelIndex first = t->model()->index(1, 0);
        const QString metrics = readableText(first.data(TranscriptModel::MetricsRole).toString());
        QVERIFY2(metrics.contains(u"finish"_s) && metrics.contains(u"tok/s"_s),
                 qPrintable(metrics));
        QCOMPARE(first.data(TranscriptModel::FinishReasonRole).toString(), u"stop"_s);
        QVERIFY(!first.data(TranscriptModel::ModelRole).toString().isEmpty());
        // Laid out and painted, each finished turn's Markdown was parsed once, and a repaint
        // or a new width parses nothing again.
        t->grab();
        QCOMPARE(t->turnDelegate()->documentsBuilt(), 6);
        t->resize(t->width() - 100, t->height());
        t->grab();
        QCOMPARE(t->turnDelegate()->documentsBuilt(), 6);
        // Raw one toggle away (Ctrl+M on the current turn), and back.
        t->setCurrentIndex(first);
        QTest::keyClick(t, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(first.data(TranscriptModel::RawRole).toBool());
        QCOMPARE(TranscriptDelegate::actionText(TurnAction::Raw, first), u"Markdown"_s);
        t->trigger(TurnAction::Raw, 1);
        QVERIFY(!first.data(TranscriptModel::RawRole).toBool());
    }

    void regenerateKeepsTheOldAnswerAsASibling() {
        PlaygroundView* view = threeExchanges();
        QVERIFY(view);
        TranscriptView* t = transcriptOf(view);
        const QString old = view->turns().at(1).content;
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        m_sandbox->setReplyTokens(7); // a different answer
        t->trigger(TurnAction::Regenerate, 1);
        QVERIFY(ended.wait(20000));
        m_sandbox->setReplyTokens(0);
        QCOMPARE(view->turns().size(), 2); // what followed stays on the old branch
        QVERIFY(view->turns().at(1).content != old);
        QCOMPARE(t->model()->rowCount(), 2);
        QCOMPARE(switcherAt(t, 1), u"2/2"_s);
        // Alt+Left on it shows the old answer, and the turns that followed it.
        t->setCurrentIndex(t->model()->index(1, 0));
        QTest::keyClick(t, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(switcherAt(t, 1), u"1/2"_s);
        QCOMPARE(textAt(t, 1), old);
        QCOMPARE(t->model()->rowCount(), 6);
        // The › link, by mouse.
        const QModelIndex at = t->model()->index(1, 0);
        QStyleOptionViewItem option;
        option.initFrom(t->viewport());
        option.rect = t->visualRect(at);
        t->scrollTo(at);
        option.rect = t->visualRect(at);
        QRect next;
        for (const auto& [action, rect] : t->turnDelegate()->actionRects(option, at))
            if (action == TurnAction::Next)
                next = rect;
        QVERIFY(next.isValid());
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, next.center());
        QCOMPARE(switcherAt(t, 1), u"2/2"_s);
        QCOMPARE(t->model()->rowCount(), 2);
    }

    void editInPlaceAndAsABranch() {
        PlaygroundView* view = makeView();
        view->setTurns({{u"user"_s, u"Hi"_s}, {u"assistant"_s, u"Hello."_s}});
        TranscriptView* t = transcriptOf(view);
        // In place: the text changes, no sibling.
        t->trigger(TurnAction::Edit, 1);
        auto* editor = t->findChild<QPlainTextEdit*>(u"turnEditor"_s);
        QVERIFY(editor);
        editor->setPlainText(u"Hello there."_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(view->turns().at(1).content, u"Hello there."_s);
        QCOMPARE(switcherAt(t, 1), u"1/1"_s);
        // As a branch (Ctrl+E on a user turn): a new question, sent at once, ‹ 2/2 ›.
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        t->setCurrentIndex(t->model()->index(0, 0));
        QTest::keyClick(t, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(t->findChild<QPlainTextEdit*>(u"turnBranchEditor"_s));
        editor = t->findChild<QPlainTextEdit*>(u"turnBranchEditor"_s);
        editor->setPlainText(u"What are your opening hours?"_s);
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ended.wait(20000));
        QCOMPARE(view->turns().size(), 2);
        QCOMPARE(view->turns().at(0).content, u"What are your opening hours?"_s);
        QVERIFY(view->currentRun()->record().requestBody.contains("opening hours"));
        QVERIFY(!view->currentRun()->record().requestBody.contains("Hello there."));
        QCOMPARE(switcherAt(t, 0), u"2/2"_s);
        t->trigger(TurnAction::Previous, 0);
        QCOMPARE(textAt(t, 0), u"Hi"_s);
        QCOMPARE(textAt(t, 1), u"Hello there."_s);
    }

    void deleteForkAndCopy() {
        PlaygroundView* view = makeView();
        view->setTurns({{u"user"_s, u"one"_s},
                        {u"assistant"_s, u"two"_s},
                        {u"user"_s, u"three"_s},
                        {u"assistant"_s, u"four"_s}});
        TranscriptView* t = transcriptOf(view);
        QCOMPARE(t->model()->rowCount(), 4);
        // Copy puts the exact text on the clipboard (Ctrl+C on the current turn).
        t->setCurrentIndex(t->model()->index(3, 0));
        QTest::keyClick(t, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"four"_s);
        // Fork at "three": a copy of it as a sibling, the path ending there.
        t->trigger(TurnAction::Fork, 2);
        QCOMPARE(t->model()->rowCount(), 3);
        QCOMPARE(textAt(t, 2), u"three"_s);
        QCOMPARE(switcherAt(t, 2), u"2/2"_s);
        t->trigger(TurnAction::Previous, 2);
        QCOMPARE(t->model()->rowCount(), 4);
        QCOMPARE(textAt(t, 3), u"four"_s);
        // Delete (the Delete key) removes one turn; the rest close up.
        t->setCurrentIndex(t->model()->index(1, 0));
        QTest::keyClick(t, Qt::Key_Delete);
        QCOMPARE(t->model()->rowCount(), 3);
        QCOMPARE(textAt(t, 1), u"three"_s);
        QCOMPARE(view->turns().at(2).content, u"four"_s);
    }

    void reopeningFromHistoryAsksWhenUnsaved_data() {
        QTest::addColumn<int>("choice");
        QTest::newRow("cancel") << int(PlaygroundView::ReopenChoice::Cancel);
        QTest::newRow("replace") << int(PlaygroundView::ReopenChoice::Replace);
        QTest::newRow("branch") << int(PlaygroundView::ReopenChoice::Branch);
    }
    void reopeningFromHistoryAsksWhenUnsaved() {
        QFETCH(int, choice);
        PlaygroundView* view = makeView();
        QVERIFY(ask(view, u"How do I reset my password?"_s));
        const qint64 id = view->currentHistoryId();
        int asked = 0;
        view->setReopenHook([&](const HistoryRun&) {
            ++asked;
            return PlaygroundView::ReopenChoice(choice);
        });
        // What history holds: reopened without a question.
        view->reopen(id);
        QCOMPARE(asked, 0);
        // Unsaved turns: asked first.
        view->setTurns({{u"user"_s, u"Typed by hand"_s}, {u"assistant"_s, u"Also by hand"_s}});
        view->reopen(id);
        QCOMPARE(asked, 1);
        const QList<ChatMessage> turns = view->turns();
        switch (PlaygroundView::ReopenChoice(choice)) {
        case PlaygroundView::ReopenChoice::Cancel:
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).content, u"Typed by hand"_s);
            break;
        case PlaygroundView::ReopenChoice::Replace:
            QVERIFY(turns.isEmpty()); // the run's question is back in the prompt box
            QCOMPARE(view->prompt(), u"How do I reset my password?"_s);
            break;
        case PlaygroundView::ReopenChoice::Branch: {
            QCOMPARE(turns.size(), 2);
            QCOMPARE(turns.at(0).content, u"How do I reset my password?"_s);
            TranscriptView* t = transcriptOf(view);
            QCOMPARE(switcherAt(t, 0), u"2/2"_s);
            QVERIFY(t->model()
                        ->index(1, 0)
                        .data(TranscriptModel::MetricsRole)
                        .toString()
                        .contains(u"finish"_s));
            t->trigger(TurnAction::Previous, 0);
            QCOMPARE(view->turns().at(0).content, u"Typed by hand"_s);
            break;
        }
        }
    }

    // The transcript drawn at two sizes, dark and light, every turn still there; with
    // IK_SCREENSHOT_DIR set, each picture is saved to look at.
    void drawsAtTwoSizesInBothPalettes() {
        const QString shots = qEnvironmentVariable("IK_SCREENSHOT_DIR");
        PlaygroundView* view = makeView();
        view->setTurns({{u"user"_s, u"A checklist for a password reset, please."_s},
                        {u"assistant"_s,
                         u"## Reset checklist\n\n1. Open **Settings → Security**.\n2. Pick "
                         u"*Reset password*.\n3. Run `ik-call chat --workload support-bot`.\n\n"
                         u"| step | time |\n|---|---|\n| mail | 1 min |\n| link | 24 h |\n\n"
                         u"> Keep the old password until the new one works."_s}});
        m_sandbox->setReasoning(u"content"_s);
        QVERIFY(ask(view, u"How do I reset my password?"_s));
        m_sandbox->setReasoning({});
        QVERIFY(ask(view, u"And my email? Answer in a list."_s));
        // The last answer thinks, then calls a tool: its Thinking block and its call card show.
        view->tools()->setText(uR"([{"type": "function", "function": {"name": "get_weather",
            "parameters": {"type": "object", "required": ["city"],
            "properties": {"city": {"type": "string"}}}}}])"_s);
        m_sandbox->setReasoning(u"content"_s);
        QVERIFY(ask(view, u"I travel soon: please call get_weather for Paris"_s));
        m_sandbox->setReasoning({});
        QCOMPARE(view->currentRun()->toolCalls().size(), 1);
        for (const theme::Scheme scheme : {theme::Scheme::Dark, theme::Scheme::Light}) {
            theme::apply(scheme);
            for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
                view->resize(size);
                QTest::qWait(50); // the layout pass of the new size
                const QPixmap picture = view->grab();
                QCOMPARE(picture.size(), size);
                QCOMPARE(transcriptOf(view)->model()->rowCount(), 8);
                if (!shots.isEmpty())
                    QVERIFY(picture.save(u"%1/transcript-%2-%3.png"_s.arg(
                        shots, scheme == theme::Scheme::Dark ? u"dark"_s : u"light"_s,
                        QString::number(size.width()))));
            }
        }
    }
};

QTEST_MAIN(TstTranscript)
#include "tst_transcript.moc"
