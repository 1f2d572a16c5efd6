// The assembled window as a newcomer meets it: a fresh settings location opens on the
// Playground; nothing a run shows resizes the window or moves the sidebar's splitter (the
// inspector, every fault's error card, long status messages); the fault menu says what each
// fault does and the status bar shows, until it is turned off, that one is active; Help is the
// last menu and a project's group names its host.

#include "comparepane.h"
#include "compareview.h"
#include "errorcard.h"
#include "mainwindow.h"
#include "playgroundtext.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "shell.h"
#include "sidepanel.h"
#include "streamview.h"
#include "theme.h"
#include "thinkingblock.h"
#include "transcriptmodel.h"
#include "workloadmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

namespace {

struct Window {
    std::unique_ptr<MainWindow> window;
    Shell shell;
};

// As ik-playground --sandbox builds it.
Window openWindow(const QSize& size = {}) {
    Window w;
    w.window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
    w.shell = installViews(w.window.get());
    QString error;
    if (!w.window->startSandbox(&error))
        qWarning("the local sandbox did not start: %s", qPrintable(error));
    if (size.isValid())
        w.window->resize(size);
    w.window->show();
    return w;
}

QList<int> sidebarSizes(MainWindow* window) {
    return window->findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes();
}

void freshSettings() {
    QSettings().clear();
    QSettings().sync();
}

// Empty when the Parameters panel sits on the prompt's right inside the window, its first values
// and the preset in effect in sight in its viewport, nothing in it wider than the panel, and the
// prompt, the answer and every button of the playground given the room they need; else what is
// wrong.
// The transcript with the answer view under it: the playground's main area.
QWidget* mainArea(PlaygroundView* playground) {
    return playground->findChild<QSplitter*>(QStringLiteral("transcriptSplitter"));
}

QString clippedBesideThePanel(MainWindow* window, PlaygroundView* playground) {
    const auto inWindow = [&](QWidget* widget) {
        return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
    };
    SidePanel* panel = playground->paramsPanel();
    auto* prompt = playground->findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
    if (inWindow(panel).left() < inWindow(prompt).right())
        return QStringLiteral("the panel is not on the prompt's right");
    if (!window->rect().contains(inWindow(panel)))
        return QStringLiteral("the panel reaches out of the window");
    QWidget* viewport = panel->scrollArea()->viewport();
    for (const char* name : {"temperatureSet", "temperature", "presets", "presetStatus"}) {
        auto* widget = panel->findChild<QWidget*>(QLatin1String(name));
        if (!widget || !widget->isVisible() || !inWindow(viewport).contains(inWindow(widget)))
            return QStringLiteral("%1 is not in sight in the panel").arg(QLatin1String(name));
    }
    const int needed = panel->contents()->minimumSizeHint().width();
    if (needed > viewport->width())
        return QStringLiteral("the panel's contents need %1 px, it shows %2")
            .arg(needed)
            .arg(viewport->width());
    // Room for a line of text beside the panel, at 1024x700 too.
    const int line = prompt->fontMetrics().averageCharWidth() * 24;
    // The main area is the transcript, where answers read once they are done.
    const int main = mainArea(playground)->width();
    if (prompt->width() < line || main < line)
        return QStringLiteral("the prompt is %1 px and the transcript %2 px, below %3")
            .arg(prompt->width())
            .arg(main)
            .arg(line);
    for (QAbstractButton* button : playground->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(window) && !button->text().isEmpty() &&
            button->width() < button->minimumSizeHint().width())
            return QStringLiteral("%1 is %2 px, needs %3")
                .arg(button->text())
                .arg(button->width())
                .arg(button->minimumSizeHint().width());
    return {};
}

} // namespace

class TstLayout : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_layout"));
        freshSettings();
    }

    void freshSettingsOpenOnThePlayground() {
        freshSettings();
        Window w = openWindow();
        QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
        QTest::qWait(300); // whatever the first turns of the event loop do
        QCOMPARE(w.window->currentViewId(), QStringLiteral("playground"));
        QCOMPARE(w.window->currentView(), static_cast<QWidget*>(w.shell.playground));
        w.window->close();
        // The second start opens where the first one closed; a fresh one never elsewhere.
        Window again = openWindow();
        QTest::qWait(100);
        QCOMPARE(again.window->currentViewId(), QStringLiteral("playground"));
        again.window->showView(QStringLiteral("compare"));
        again.window->close();
        Window third = openWindow();
        QCOMPARE(third.window->currentViewId(), QStringLiteral("compare"));
        third.window.reset();
        freshSettings();
        Window fresh = openWindow();
        QTest::qWait(100);
        QCOMPARE(fresh.window->currentViewId(), QStringLiteral("playground"));
    }

    // The saved selection is a sandbox workload, listed only once the sandbox has started: it
    // comes back, and the stand-in selected meanwhile never replaces it in the settings.
    void savedSelectionSurvivesTheSandboxStartingLate() {
        freshSettings();
        const QString helpdesk = QStringLiteral("sandbox:globex/helpdesk");
        QSettings().setValue(QStringLiteral("selection/workload"), helpdesk);
        Window w = openWindow();
        QCOMPARE(w.window->currentWorkload().value_or(Workload{}).id, helpdesk);
        w.window->close();
        QCOMPARE(QSettings().value(QStringLiteral("selection/workload")).toString(), helpdesk);
        w.window.reset();

        // One workload of the user's own is listed before the sandbox: it stands in, selected,
        // until the saved one is listed, and the settings keep the saved one meanwhile.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("workloads.json"));
        Workload mine{newWorkloadId(),
                      QStringLiteral("Mine"),
                      QStringLiteral("https://api.inferencekey.com"),
                      QStringLiteral("acme"),
                      QStringLiteral("mine"),
                      WorkloadKind::Chat,
                      false};
        QVERIFY(WorkloadStore(path).save({mine}));
        auto late =
            std::make_unique<MainWindow>(MainWindow::Options{nullptr, path, nullptr, false});
        installViews(late.get());
        late->show();
        QCOMPARE(late->currentWorkload().value_or(Workload{}).id, mine.id);
        QCOMPARE(QSettings().value(QStringLiteral("selection/workload")).toString(), helpdesk);
        QString error;
        QVERIFY2(late->startSandbox(&error), qPrintable(error));
        QCOMPARE(late->currentWorkload().value_or(Workload{}).id, helpdesk);
        // A choice of the user's own is what the next start restores.
        QVERIFY(late->selectWorkload(mine.id));
        late->close();
        QCOMPARE(QSettings().value(QStringLiteral("selection/workload")).toString(), mine.id);
    }

    void nothingARunShowsResizesTheWindow_data() {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1280x800") << QSize(1280, 800);
    }
    void nothingARunShowsResizesTheWindow() {
        QFETCH(QSize, size);
        freshSettings();
        Window w = openWindow(size);
        MainWindow* window = w.window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::qWait(50);
        QCOMPARE(window->size(), size);
        const QList<int> splitter = sidebarSizes(window);
        // Empty when the window kept its size and the splitter its sizes; else what moved.
        auto moved = [&](const QString& after) {
            QCoreApplication::sendPostedEvents();
            QTest::qWait(20);
            if (window->size() != size)
                return QStringLiteral("%1: the window is %2x%3")
                    .arg(after)
                    .arg(window->width())
                    .arg(window->height());
            const QList<int> now = sidebarSizes(window);
            if (now != splitter)
                return QStringLiteral("%1: the splitter is %2,%3, was %4,%5")
                    .arg(after)
                    .arg(now.value(0))
                    .arg(now.value(1))
                    .arg(splitter.value(0))
                    .arg(splitter.value(1));
            return QString();
        };
#define SAME(after)                                                                                \
    do {                                                                                           \
        const QString why = moved(after);                                                          \
        QVERIFY2(why.isEmpty(), qPrintable(why));                                                  \
    } while (false)
        QAction* inspector = w.shell.inspectorDock->toggleViewAction();
        inspector->trigger();
        QVERIFY(w.shell.inspectorDock->isVisible());
        SAME(QStringLiteral("inspector shown"));
        inspector->trigger();
        SAME(QStringLiteral("inspector hidden"));

        const QString longText =
            QStringLiteral("A status message far longer than the status bar is wide, as a ") +
            QStringLiteral("run's error can be: ").repeated(12);
        emit w.shell.playground->statusMessage(longText);
        SAME(QStringLiteral("a long status message from the playground"));
        window->statusBar()->showMessage(longText + longText);
        SAME(QStringLiteral("a long status message"));
        window->statusBar()->clearMessage();

        QVERIFY(window->selectWorkload(
            window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        window->showView(QStringLiteral("playground"));
        window->sandbox()->setTokensPerSecond(2000);
        window->sandbox()->setStallMs(1000);
        for (const QString& fault : sandbox::faultNames()) {
            auto* action = window->findChild<QAction*>(QStringLiteral("fault-") + fault);
            QVERIFY2(action, qPrintable(fault));
            action->trigger();
            w.shell.playground->setPrompt(QStringLiteral("Hello"));
            QSignalSpy ended(w.shell.playground, &PlaygroundView::runEnded);
            w.shell.playground->send();
            QVERIFY2(ended.wait(30000),
                     qPrintable(fault + u' ' + w.shell.playground->errorCard()->title() + u' ' +
                                w.shell.playground->confirmationText()));
            SAME(QStringLiteral("fault ") + fault);
            if (fault == QLatin1String("disconnect")) {
                QVERIFY(w.shell.playground->errorCard()->isVisible());
                inspector->trigger(); // the card and the inspector together
                SAME(QStringLiteral("disconnect card and inspector"));
                inspector->trigger();
                SAME(QStringLiteral("disconnect card, inspector hidden"));
            }
        }
        window->findChild<QAction*>(QStringLiteral("fault-none"))->trigger();
#undef SAME
    }

    // Three panes fit the window's compare view at 1024x700 side by side while Repeat runs:
    // no sideways scrolling, and the window keeps its size.
    void threePanesFitAt1024DuringRepeat() {
        freshSettings();
        Window w = openWindow(QSize(1024, 700));
        MainWindow* window = w.window.get();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showView(QStringLiteral("compare"));
        CompareView* compare = w.shell.compare;
        compare->setPaneCount(3);
        compare->pane(0)->setWorkloadId(
            window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot")));
        compare->pane(1)->setWorkloadId(
            window->sandboxWorkloadId(QStringLiteral("globex"), QStringLiteral("helpdesk")));
        compare->pane(2)->setWorkloadId(
            window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot")));
        window->sandbox()->setTokensPerSecond(400);
        compare->setPrompt(QStringLiteral("Tell me about invoices"));
        compare->setRepeatCount(3);
        auto* scroll = compare->findChild<QScrollArea*>(QStringLiteral("comparePaneScroll"));
        QVERIFY(scroll);
        QSignalSpy finished(compare, &CompareView::comparisonFinished);
        compare->repeat();
        QTest::qWait(200); // under way: states and metrics are changing
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the panes need %1 px more")
                                .arg(scroll->horizontalScrollBar()->maximum())));
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
                 qPrintable(QStringLiteral("the panes need %1 px more")
                                .arg(scroll->horizontalScrollBar()->maximum())));
        QCOMPARE(window->size(), QSize(1024, 700));
    }

    // Sandbox -> Models think aloud: the sandbox's chat workloads answer with reasoning in the
    // chosen form, and the playground shows it in its Thinking block; Off turns it off.
    void sandboxModelsThinkAloudOnRequest() {
        freshSettings();
        Window w = openWindow(QSize(1024, 700));
        MainWindow* window = w.window.get();
        QVERIFY(window->selectWorkload(
            window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        window->showView(QStringLiteral("playground"));
        PlaygroundView* playground = w.shell.playground;
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QList<int> splitter = sidebarSizes(window);
        for (const QString& form : {QStringLiteral("content"), QStringLiteral("think")}) {
            auto* action = window->findChild<QAction*>(QStringLiteral("reasoning-") + form);
            QVERIFY2(action, qPrintable(form));
            action->trigger();
            QCOMPARE(window->sandbox()->reasoning(), form);
            playground->setPrompt(QStringLiteral("How do I reset my password?"));
            QSignalSpy ended(playground, &PlaygroundView::runEnded);
            playground->send();
            QVERIFY(ended.wait(30000));
            QVERIFY2(!playground->thinking()->text().isEmpty(), qPrintable(form));
            // The answer reads in the transcript now, its thinking with it.
            QAbstractItemModel* transcript =
                playground->findChild<QAbstractItemView*>(QStringLiteral("transcript"))->model();
            QCOMPARE(transcript->index(transcript->rowCount() - 1, 0)
                         .data(TranscriptModel::ReasoningRole)
                         .toString(),
                     playground->thinking()->text());
            QVERIFY(!playground->answerView()->text().contains(QStringLiteral("<think>")));
            // The metrics line is read whole at 1024x700, however many lines it wraps to: the
            // turn's height holds its laid-out footer.
            const QModelIndex last = transcript->index(transcript->rowCount() - 1, 0);
            QCOMPARE(readableText(last.data(TranscriptModel::MetricsRole).toString()),
                     playground->metricsText());
            auto* view = playground->findChild<QAbstractItemView*>(QStringLiteral("transcript"));
            QStyleOptionViewItem option;
            option.initFrom(view->viewport());
            option.rect = view->visualRect(last);
            QTRY_VERIFY(view->visualRect(last).height() >=
                        view->itemDelegate()->sizeHint(option, last).height());
            QCOMPARE(sidebarSizes(window), splitter); // and nothing moved to make room
            const QString shots = qEnvironmentVariable("IK_SCREENSHOT_DIR");
            if (!shots.isEmpty()) {
                QTest::qWait(50); // the layout pass the last texts asked for
                QVERIFY(window->grab().save(shots + QStringLiteral("/thinking-%1.png").arg(form)));
            }
        }
        window->findChild<QAction*>(QStringLiteral("reasoning-off"))->trigger();
        QVERIFY(window->sandbox()->reasoning().isEmpty());
        playground->setPrompt(QStringLiteral("And now?"));
        QSignalSpy ended(playground, &PlaygroundView::runEnded);
        playground->send();
        QVERIFY(ended.wait(30000));
        QVERIFY(playground->thinking()->text().isEmpty());
    }

    // The Parameters side panel sits beside the prompt at 1024x700 and at 1600x1000, in the
    // light and the dark palette: its values in sight while the prompt box has focus, nothing
    // in it wider than the panel, the prompt and the answer left room for a line of text; and
    // collapsing it or opening it again gives that room back without resizing the window or
    // moving the sidebar.
    void parametersPanelBesideThePrompt_data() {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("scheme");
        QTest::newRow("1024x700 light") << QSize(1024, 700) << QStringLiteral("light");
        QTest::newRow("1024x700 dark") << QSize(1024, 700) << QStringLiteral("dark");
        QTest::newRow("1600x1000 light") << QSize(1600, 1000) << QStringLiteral("light");
        QTest::newRow("1600x1000 dark") << QSize(1600, 1000) << QStringLiteral("dark");
    }
    void parametersPanelBesideThePrompt() {
        QFETCH(QSize, size);
        QFETCH(QString, scheme);
        freshSettings();
        const QPalette before = QApplication::palette();
        theme::apply(*theme::parseScheme(scheme));
        Window w = openWindow(size);
        MainWindow* window = w.window.get();
        QVERIFY(window->selectWorkload(
            window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
        window->showView(QStringLiteral("playground"));
        PlaygroundView* playground = w.shell.playground;
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* prompt = playground->findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
        prompt->setFocus();
        QTRY_VERIFY(prompt->hasFocus());
        const QString shots = qEnvironmentVariable("IK_SCREENSHOT_DIR");
        const QString tag =
            QStringLiteral("%1x%2-%3").arg(size.width()).arg(size.height()).arg(scheme);
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(window->grab().save(shots + QStringLiteral("/panel-%1.png").arg(tag)));
        }
        SidePanel* panel = playground->paramsPanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->isExpanded());
        const QString clipped = clippedBesideThePanel(window, playground);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped));
        QVERIFY(prompt->hasFocus());

        const QList<int> splitter = sidebarSizes(window);
        const int wide = prompt->width() + mainArea(playground)->width();
        QTest::keyClick(prompt, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!panel->isExpanded());
        QVERIFY(!panel->scrollArea()->isVisible());
        QTRY_VERIFY(prompt->width() + mainArea(playground)->width() > wide);
        QCOMPARE(window->size(), size);
        QCOMPARE(sidebarSizes(window), splitter);
        if (!shots.isEmpty()) {
            QTest::qWait(50);
            QVERIFY(
                window->grab().save(shots + QStringLiteral("/panel-collapsed-%1.png").arg(tag)));
        }
        panel->toggleButton()->click();
        QVERIFY(panel->isExpanded());
        QTRY_COMPARE(prompt->width() + mainArea(playground)->width(), wide);
        QCOMPARE(window->size(), size);
        QCOMPARE(sidebarSizes(window), splitter);
        w.window.reset();
        QApplication::setPalette(before);
    }

    // Each fault says what it does, in the menu itself; while one is active the status bar says
    // so for as long as it lasts, and a click there turns it off.
    void faultMenuDescribesAndIndicatorPersists() {
        freshSettings();
        Window w = openWindow();
        MainWindow* window = w.window.get();
        auto* faults = window->findChild<QMenu*>(QStringLiteral("faultMenu"));
        QVERIFY(faults);
        for (const QString& fault : sandbox::faultNames()) {
            const QString description = sandbox::faultDescription(fault);
            QVERIFY2(!description.isEmpty(), qPrintable(fault));
            auto* action = faults->findChild<QAction*>(QStringLiteral("fault-") + fault);
            QVERIFY2(action, qPrintable(fault));
            QVERIFY2(action->text().contains(fault), qPrintable(action->text()));
            QVERIFY2(action->text().contains(description), qPrintable(action->text()));
        }
        auto* indicator =
            window->statusBar()->findChild<QAbstractButton*>(QStringLiteral("faultIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisibleTo(window));
        window->findChild<QAction*>(QStringLiteral("fault-rate-limit"))->trigger();
        QCOMPARE(window->sandbox()->fault(), QStringLiteral("rate-limit"));
        // Long after the status message is gone, the indicator stays.
        window->statusBar()->clearMessage();
        QVERIFY(indicator->isVisibleTo(window));
        QVERIFY2(indicator->text().contains(QLatin1String("rate-limit")),
                 qPrintable(indicator->text()));
        QVERIFY(!indicator->accessibleName().isEmpty());
        QVERIFY(
            indicator->toolTip().contains(sandbox::faultDescription(QStringLiteral("rate-limit"))));
        window->findChild<QAction*>(QStringLiteral("fault-disconnect"))->trigger();
        QVERIFY2(indicator->text().contains(QLatin1String("disconnect")),
                 qPrintable(indicator->text()));
        // Turning it off from the status bar: the sandbox answers normally, the menu agrees.
        indicator->click();
        QCOMPARE(window->sandbox()->fault(), QString());
        QVERIFY(window->findChild<QAction*>(QStringLiteral("fault-none"))->isChecked());
        QVERIFY(!indicator->isVisibleTo(window));
        window->findChild<QAction*>(QStringLiteral("fault-cold-start"))->trigger();
        QVERIFY(indicator->isVisibleTo(window));
        window->findChild<QAction*>(QStringLiteral("fault-none"))->trigger();
        QVERIFY(!indicator->isVisibleTo(window));
    }

    void helpIsTheLastMenu() {
        Window w = openWindow();
        const QList<QAction*> menus = w.window->menuBar()->actions();
        QVERIFY(!menus.isEmpty());
        QCOMPARE(menus.last()->menu(), w.window->menu(MenuRole::Help));
        const int sandboxAt = int(menus.indexOf(w.window->menu(MenuRole::Sandbox)->menuAction()));
        QVERIFY(sandboxAt >= 0);
        QCOMPARE(sandboxAt, menus.size() - 2);
    }

    // Two projects with the same slug, one real and one the sandbox's, told apart by their host.
    void projectGroupsNameTheirHost() {
        Workload real;
        real.id = QStringLiteral("real");
        real.kind = WorkloadKind::Chat;
        real.baseUrl = QStringLiteral("https://api.inferencekey.com");
        real.project = QStringLiteral("acme");
        real.slug = QStringLiteral("support-bot");
        Workload local = real;
        local.id = QStringLiteral("local");
        local.sandbox = true;
        local.baseUrl = QStringLiteral("http://127.0.0.1:45575");
        WorkloadModel model;
        model.setWorkloads({real, local}, QStringLiteral("Local sandbox"));
        const QModelIndex realGroup = model.indexOfId(QStringLiteral("real")).parent();
        const QModelIndex localGroup = model.indexOfId(QStringLiteral("local")).parent();
        const QString realText = realGroup.data().toString();
        const QString localText = localGroup.data().toString();
        QVERIFY2(realText.contains(QLatin1String("acme")), qPrintable(realText));
        QVERIFY2(realText.contains(QLatin1String("api.inferencekey.com")), qPrintable(realText));
        QVERIFY2(localText.contains(QLatin1String("acme")), qPrintable(localText));
        QVERIFY2(localText.contains(QLatin1String("127.0.0.1:45575")), qPrintable(localText));
        QVERIFY(realText != localText);
        // And in the window, the sandbox's own projects.
        freshSettings();
        Window w = openWindow();
        const QString id =
            w.window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"));
        auto* tree = w.window->findChild<QTreeView*>(QStringLiteral("workloadTree"));
        auto* sidebar = qobject_cast<WorkloadModel*>(tree->model());
        QVERIFY(sidebar);
        const QString port = QString::number(w.window->sandbox()->port());
        const QString group = sidebar->indexOfId(id).parent().data().toString();
        QVERIFY2(group.contains(QStringLiteral("127.0.0.1:") + port), qPrintable(group));
    }
};

QTEST_MAIN(TstLayout)
#include "tst_layout.moc"
