// The assembled application: the main window with its views, as a newcomer meets it on ./run.
// The playground sends to the sandbox's chat workload from the window, the inspector is docked,
// and the curl command it copies works once the key variable is exported.

#include "embeddingsview.h"
#include "errorcard.h"
#include "history.h"
#include "hooks.h"
#include "inspector.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "shell.h"
#include "streamview.h"

#include <QAction>
#include <QDockWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

class TstShell : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;
    QTemporaryDir m_dir;

    QString demoKey(const QString& project, const QString& workload) const {
        for (const auto& k : m_window->sandbox()->config().keys)
            if (k.project == project && k.workloads.contains(workload))
                return k.key;
        return {};
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
        QTabWidget* views = m_window->views();
        QCOMPARE(views->widget(0), static_cast<QWidget*>(m_shell.playground));
        QCOMPARE(views->tabText(0).remove(u'&'), QStringLiteral("Playground"));
        QVERIFY(m_shell.inspectorDock);
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

    void embeddingWorkloadDoesNotReplaceTheChat() {
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("billing"))));
        QCOMPARE(m_shell.playground->workload().slug, QStringLiteral("support-bot"));
    }
};

QTEST_MAIN(TstShell)
#include "tst_shell.moc"
