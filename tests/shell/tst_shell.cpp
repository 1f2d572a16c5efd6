// The assembled application: the main window with its views, as a newcomer meets it on ./run.
// The playground sends to the sandbox's chat workload from the window, the inspector is docked,
// and the curl command it copies works once the key variable is exported.

#include "compareview.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "errorcard.h"
#include "evalview.h"
#include "history.h"
#include "hooks.h"
#include "inspector.h"
#include "keyfield.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "shell.h"
#include "streamview.h"
#include "verdictview.h"
#include "workloadpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

class TstShell : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;
    QTemporaryDir m_dir;

    QString demoKey(const QString& project, const QString& workload) const {
        return m_window->sandbox()->config().keyFor(project, workload);
    }

    void pressInSidebar(Qt::Key key) {
        auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("workloadTree"));
        QApplication::setActiveWindow(m_window.get());
        tree->setFocus();
        QTest::keyClick(tree, key);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shell"));
        QSettings().clear();
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        auto* history =
            new History(m_dir.filePath(QStringLiteral("history.sqlite")), m_window.get());
        m_shell = installViews(m_window.get(), history);
        m_window->show();
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        m_window->sandbox()->setTokensPerSecond(400);
    }
    void cleanupTestCase() { m_window.reset(); }

    void playgroundIsTheFirstView() {
        QCOMPARE(m_window->viewIds(),
                 (QStringList{QStringLiteral("playground"), QStringLiteral("compare"),
                              QStringLiteral("embeddings"), QStringLiteral("eval"),
                              QStringLiteral("arena")}));
        QCOMPARE(m_window->view(QStringLiteral("playground")),
                 static_cast<QWidget*>(m_shell.playground));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        QAction* show = m_window->viewAction(QStringLiteral("playground"));
        QVERIFY(show);
        QCOMPARE(show->text().remove(u'&'), QStringLiteral("Playground"));
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QVERIFY(m_window->menu(MenuRole::View)->actions().contains(show));
        QVERIFY(m_shell.inspectorDock);
        QVERIFY(m_window->menu(MenuRole::View)
                    ->actions()
                    .contains(m_shell.inspectorDock->toggleViewAction()));
        // The fault menu is the Sandbox menu's, found by its role.
        QVERIFY(m_window->menu(MenuRole::Sandbox)->findChild<QMenu*>(QStringLiteral("faultMenu")));
        QCOMPARE(m_shell.inspectorDock->toggleViewAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_I));
    }

    void sendFromTheWindowStreamsAndInspects() {
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        QTRY_COMPARE(m_shell.playground->workload().slug, QStringLiteral("support-bot"));
        m_shell.playground->setPrompt(QStringLiteral("How do refunds work?"));
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        m_shell.playground->send();
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        QVERIFY(m_shell.playground->answerView()->text().size() > 20);
        // The inspector in the dock shows the request with the key redacted.
        Inspector* inspector = m_shell.playground->inspectorView();
        const QString secret =
            demoKey(QStringLiteral("acme"), QStringLiteral("support-bot")).mid(17);
        QVERIFY(!secret.isEmpty());
        QVERIFY(inspector->requestText().contains(QLatin1String("Bearer ik_live_")));
        QVERIFY(!inspector->requestText().contains(secret));
        QVERIFY(inspector->frames()->rowCount() > 3);
    }

    void copiedCurlWorksWithTheKeyExported() {
        const QString curl = m_shell.playground->inspectorView()->curl();
        const QString key = demoKey(QStringLiteral("acme"), QStringLiteral("support-bot"));
        QVERIFY(!curl.contains(key.mid(17)));
        QVERIFY(curl.contains(QLatin1String("$IK_LIVE_KEY")));
        QProcess sh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IK_LIVE_KEY"), key);
        sh.setProcessEnvironment(env);
        QSignalSpy done(&sh, &QProcess::finished);
        sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), curl});
        QVERIFY(done.wait(30000));
        QCOMPARE(sh.exitCode(), 0);
        const QByteArray out = sh.readAllStandardOutput();
        // The same deterministic answer the view streamed, in the SSE frames curl printed.
        QVERIFY2(out.contains("data: [DONE]"), out.left(300).constData());
        const QString firstWord =
            m_shell.playground->answerView()->text().section(QLatin1Char(' '), 0, 0);
        QVERIFY2(out.contains(firstWord.toUtf8()), qPrintable(firstWord));
    }

    void faultMenuShowsItsErrorCard_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("cardSays");
        QTest::newRow("rate limit") << "rate-limit"
                                    << "retry";
        QTest::newRow("cold start") << "cold-start"
                                    << "503";
        QTest::newRow("disconnect") << "disconnect"
                                    << "";
    }
    void faultMenuShowsItsErrorCard() {
        QFETCH(QString, fault);
        QFETCH(QString, cardSays);
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        m_window->showView(QStringLiteral("playground"));
        auto* action = m_window->findChild<QAction*>(QStringLiteral("fault-") + fault);
        QVERIFY(action);
        action->trigger();
        m_shell.playground->setPrompt(QStringLiteral("Hello"));
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        m_shell.playground->send();
        QVERIFY(ended.wait(30000));
        m_window->findChild<QAction*>(QStringLiteral("fault-none"))->trigger();
        ErrorCard* card = m_shell.playground->errorCard();
        QVERIFY(card->isVisible());
        QVERIFY(!card->hint().isEmpty());
        const QString all = card->title() + card->message() + card->hint() + card->countdownText();
        QVERIFY2(all.contains(cardSays, Qt::CaseInsensitive), qPrintable(all));
        if (fault == QLatin1String("disconnect")) {
            QCOMPARE(ended.first().first().value<RunState>(), RunState::Truncated);
            QVERIFY(!m_shell.playground->answerView()->text().isEmpty());
        }
    }

    void compareThreePanesAtDifferentTemperatures() {
        CompareView* compare = m_shell.compare;
        QCOMPARE(m_window->view(QStringLiteral("compare")), static_cast<QWidget*>(compare));
        m_window->showView(QStringLiteral("compare"));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(compare));
        QTRY_VERIFY(!compare->workloads().isEmpty());
        compare->setPaneCount(3);
        QCOMPARE(compare->paneCount(), 3);
        const double temperatures[] = {0.0, 0.7, 1.4};
        const QString id =
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"));
        for (int i = 0; i < 3; ++i) {
            compare->pane(i)->setWorkloadId(id);
            QCOMPARE(compare->pane(i)->workload().slug, QStringLiteral("support-bot"));
            ChatParams p;
            p.temperature = temperatures[i];
            p.seed = 3;
            compare->pane(i)->setParams(p);
        }
        compare->setPrompt(QStringLiteral("Explain refunds"));
        QSignalSpy finished(compare, &CompareView::comparisonFinished);
        compare->send();
        QVERIFY(finished.wait(30000));
        QSet<QString> answers;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(compare->pane(i)->result().runs.size(), 1);
            QCOMPARE(compare->pane(i)->result().runs.first().state, QStringLiteral("done"));
            answers.insert(compare->pane(i)->text());
        }
        QCOMPARE(answers.size(), 3); // three temperatures, three different answers
        compare->setDiffEnabled(true);
        compare->setDiffPanes(0, 1);
        QVERIFY2(compare->diffSummary().contains(QLatin1String("added")),
                 qPrintable(compare->diffSummary()));
        QVERIFY(compare->exportMarkdown().contains(QLatin1String("| ")));
    }

    // Activating (Enter in the sidebar) an embedding workload brings the view that serves it
    // forward; selecting alone does not turn the page, and every view has the one workload.
    void embeddingWorkloadOpensTheInspectorOfVectors() {
        m_window->showView(QStringLiteral("playground"));
        const QString billing =
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("billing"));
        QVERIFY(m_window->selectWorkload(billing));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        QCOMPARE(m_shell.playground->workload().id, billing);
        QCOMPARE(m_shell.embeddings->workload().id, billing);
        QVERIFY(!m_shell.playground->servesWorkload());
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("search"))));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        pressInSidebar(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.embeddings));
        QCOMPARE(m_window->viewAction(QStringLiteral("embeddings"))->text().remove(u'&'),
                 QStringLiteral("Embeddings"));
        m_shell.embeddings->setInputs(
            {QStringLiteral("the invoice is overdue"), QStringLiteral("a cat on the sofa")});
        QSignalSpy finished(m_shell.embeddings, &EmbeddingsView::embeddingFinished);
        m_shell.embeddings->embed();
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_shell.embeddings->model()->rowCount(), 2);
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.embeddings));
        pressInSidebar(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
    }

    // Arrowing through the sidebar selects each workload everywhere (the header and every view
    // agree at each step) and never turns the page.
    void arrowKeysThroughTheSidebarKeepThePage() {
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        m_window->showView(QStringLiteral("compare"));
        auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("workloadTree"));
        QSet<QString> visited;
        for (int i = 0; i < 8; ++i) {
            pressInSidebar(i < 4 ? Qt::Key_Down : Qt::Key_Up);
            QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.compare));
            const auto current = m_window->currentWorkload();
            if (!current)
                continue; // a project's row
            visited.insert(current->id);
            QCOMPARE(m_window->panel()->workload()->id, current->id);
            QCOMPARE(m_shell.playground->workload().id, current->id);
            QCOMPARE(m_shell.embeddings->workload().id, current->id);
        }
        QVERIFY2(visited.size() >= 3, qPrintable(QStringList(visited.values()).join(u' ')));
        QVERIFY(tree->hasFocus());
    }

    // An evaluation cell opened from Evaluate: its workload current, its conversation in the
    // playground, the playground in front.
    void evaluationCellOpensInThePlayground() {
        m_window->showView(QStringLiteral("eval"));
        const QString helpdesk =
            m_window->sandboxWorkloadId(QStringLiteral("globex"), QStringLiteral("helpdesk"));
        const QList<ChatMessage> turns{
            {QStringLiteral("user"), QStringLiteral("Where is my order?")},
            {QStringLiteral("assistant"), QStringLiteral("On its way.")}};
        emit m_shell.eval->openInPlayground(helpdesk, QStringLiteral("Be brief."), turns);
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        QCOMPARE(m_window->currentWorkload()->id, helpdesk);
        QCOMPARE(m_shell.playground->systemPrompt(), QStringLiteral("Be brief."));
        QCOMPARE(m_shell.playground->turns(), turns);
    }

    // With Ticket ranker selected, the playground does not send to Support bot (or anywhere):
    // it says why; Enter on Ticket ranker brings Embeddings forward.
    void rankerSelectedThePlaygroundSendsNothing() {
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        m_window->showView(QStringLiteral("playground"));
        const QString ranker =
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("ranker"));
        QVERIFY(m_window->selectWorkload(ranker));
        QCOMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        QCOMPARE(m_shell.playground->workload().id, ranker);
        QSignalSpy requests(m_window->sandbox(), &sandbox::Sandbox::requestFinished);
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        m_shell.playground->setPrompt(QStringLiteral("How do refunds work?"));
        m_shell.playground->send();
        ErrorCard* card = m_shell.playground->errorCard();
        QTRY_VERIFY(card->isVisible());
        QVERIFY2(card->message().contains(QStringLiteral("Ticket ranker is a rerank workload")),
                 qPrintable(card->message()));
        QTest::qWait(300);
        QCOMPARE(requests.size(), 0);
        QCOMPARE(ended.size(), 0);
        pressInSidebar(Qt::Key_Return);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.embeddings));
        QCOMPARE(m_shell.embeddings->workload().id, ranker);
    }

    // The four steps: a truncated key pasted over a stored one, not saved.
    void theKeySentIsTheKeyTheGuardJudged() {
        const QString id =
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"));
        QVERIFY(m_window->selectWorkload(id));
        m_window->showView(QStringLiteral("playground"));
        WorkloadPanel* panel = m_window->panel();
        KeyField* field = panel->keyField();
        const QString good = demoKey(QStringLiteral("acme"), QStringLiteral("support-bot"));
        QTRY_COMPARE(field->key(), good);
        panel->setExpanded(true);

        // 1-2. Pasted, not saved: the guard shows the reason and Test connection is off.
        QGuiApplication::clipboard()->setText(good.left(good.size() - 16));
        field->lineEdit()->setFocus();
        field->lineEdit()->selectAll();
        QTest::keySequence(field->lineEdit(), QKeySequence::Paste);
        auto* verdict = panel->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        QCOMPARE(verdict->levelName(), QStringLiteral("block"));
        QVERIFY2(verdict->text().contains(QStringLiteral("48 of 64 hex characters")),
                 qPrintable(verdict->text()));
        QVERIFY(!panel->findChild<QPushButton*>(QStringLiteral("testConnection"))->isEnabled());
        QVERIFY(panel->hasUnsavedKey());

        // 3. Ctrl+Enter in the playground sends nothing; the playground shows the block.
        QSignalSpy requests(m_window->sandbox(), &sandbox::Sandbox::requestFinished);
        QSignalSpy sessionEnded(m_shell.playground->session(), &RunSession::ended);
        auto* prompt = m_shell.playground->findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
        QVERIFY(prompt);
        m_shell.playground->setPrompt(QStringLiteral("How do refunds work?"));
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(sessionEnded.size(), 1);
        QCOMPARE(sessionEnded.first().first().value<SessionEnd>(), SessionEnd::Blocked);
        ErrorCard* card = m_shell.playground->errorCard();
        QTRY_VERIFY(card->isVisible());
        QVERIFY2(card->message().contains(QStringLiteral("48 of 64 hex characters")),
                 qPrintable(card->message()));
        QTest::qWait(300);
        QCOMPARE(requests.size(), 0);

        // 4. Save refuses, saying why, and stores nothing (not the old key either).
        const KeyState before =
            m_window->vault()->info(m_window->currentWorkload()->account()).state;
        QSignalSpy said(panel, &WorkloadPanel::statusMessage);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("saveKey")),
                          Qt::LeftButton);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().first().toString().contains(QStringLiteral("48 of 64")),
                 qPrintable(said.first().first().toString()));
        QCOMPARE(m_window->vault()->info(m_window->currentWorkload()->account()).state, before);
        QVERIFY(panel->hasUnsavedKey());

        // Revert brings the stored key back, and a send works.
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("revertKey")),
                          Qt::LeftButton);
        QCOMPARE(field->key(), good);
        QCOMPARE(verdict->levelName(), QStringLiteral("ok"));
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ended.wait(30000));
        QCOMPARE(ended.first().first().value<RunState>(), RunState::Done);
        QVERIFY(requests.size() >= 1);
        panel->setExpanded(false);
    }

    // The newcomer path: the example CSV on the sandbox's embedding workload groups
    // sentences by what they are about.
    void exampleCsvGroupsByTopic_data() {
        QTest::addColumn<QString>("workload");
        QTest::newRow("character trigrams") << "billing";
        QTest::newRow("words") << "search";
    }
    void exampleCsvGroupsByTopic() {
        QFETCH(QString, workload);
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), workload)));
        EmbeddingsView* view = m_shell.embeddings;
        const QString csv =
            qEnvironmentVariable("IK_SOURCE_DIR") + QStringLiteral("/docs/examples/sentences.csv");
        QVERIFY2(view->loadInputsFile(csv), qPrintable(csv));
        QCOMPARE(view->labels().size(), 12);
        // An analysis of an earlier set may still finish meanwhile: wait for one that ends
        // after this set's vectors are in.
        QSignalSpy embedded(view, &EmbeddingsView::embeddingFinished);
        QSignalSpy analysed(view, &EmbeddingsView::analysisFinished);
        view->embed();
        QVERIFY2(embedded.wait(30000), qPrintable(view->statusText()));
        const qsizetype before = analysed.count();
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() > before, 30000);
        QCOMPARE(view->model()->rowCount(), 12);
        int sameLabel = 0;
        for (int row = 0; row < 12; ++row) {
            QSignalSpy shown(view, &EmbeddingsView::neighboursChanged);
            view->selectInput(row);
            if (view->neighbours().isEmpty())
                QVERIFY(shown.wait(10000));
            QVERIFY(!view->neighbours().isEmpty());
            sameLabel +=
                view->labels().at(view->neighbours().first().index) == view->labels().at(row);
        }
        // Lexical embeddings are no language model: the example sentences of one topic share
        // words, as the sandbox's lexical embeddings need (chance would be about 3 in 12).
        qInfo("same label: %d of 12", sameLabel);
        QVERIFY2(sameLabel >= 10, qPrintable(QString::number(sameLabel)));
    }
};

QTEST_MAIN(TstShell)
#include "tst_shell.moc"
