#include "shell.h"

#include "arenaview.h"
#include "compareview.h"
#include "embedcache.h"
#include "embeddingsview.h"
#include "evalview.h"
#include "history.h"
#include "language.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "retranslate.h"

#include <QActionGroup>
#include <QMenu>
#include <QStatusBar>
#include <QToolButton>
#include <functional>

namespace ik::ui {

namespace {

constexpr int kStatusMs = 8000;

// While a fault is active the status bar says which, for as long as it lasts (a status message
// would go after a few seconds); a click on it turns the fault off.
QToolButton* addFaultIndicator(MainWindow* window) {
    auto* indicator = new QToolButton(window->statusBar());
    indicator->setObjectName(QStringLiteral("faultIndicator"));
    indicator->setAutoRaise(true);
    indicator->setAccessibleName(QObject::tr("Injected fault: click to turn it off"));
    window->statusBar()->addPermanentWidget(indicator);
    indicator->hide();
    return indicator;
}

void showFault(QToolButton* indicator, const QString& name) {
    indicator->setVisible(!name.isEmpty());
    indicator->setText(QObject::tr("Fault: %1 \u2715").arg(name));
    indicator->setToolTip(QObject::tr("The local sandbox answers every request with the fault "
                                      "\u201c%1\u201d: %2. Click to turn it off.")
                              .arg(name, sandbox::faultDescription(name)));
}

// One checkable choice of a Sandbox submenu, the first one checked. `apply` runs only while the
// local sandbox does; otherwise the status bar says how to start it.
QAction* addSandboxChoice(QMenu* menu, QActionGroup* group, const QString& objectName,
                          const QString& label, MainWindow* window,
                          std::function<void(sandbox::Sandbox*)> apply) {
    QAction* a = menu->addAction(label);
    a->setObjectName(objectName);
    a->setCheckable(true);
    a->setChecked(group->actions().isEmpty());
    group->addAction(a);
    QObject::connect(a, &QAction::triggered, window, [window, apply = std::move(apply)] {
        if (!window->sandbox()) {
            window->statusBar()->showMessage(
                QObject::tr("Start the local sandbox first (Sandbox menu)."), kStatusMs);
            return;
        }
        apply(window->sandbox());
    });
    return a;
}

// The local sandbox's faults, for every request it serves: how a newcomer sees each error card
// and its fix without a misbehaving server of their own. Each says what it does.
void addFaultMenu(MainWindow* window) {
    QMenu* faults = window->menu(MenuRole::Sandbox)->addMenu(QObject::tr("Inject &fault"));
    faults->setObjectName(QStringLiteral("faultMenu"));
    auto* group = new QActionGroup(faults);
    QToolButton* indicator = addFaultIndicator(window);
    for (const QString& name : QStringList{QString()} + sandbox::faultNames()) {
        const QString label =
            name.isEmpty() ? QObject::tr("None")
                           : QObject::tr("%1 \u2014 %2").arg(name, sandbox::faultDescription(name));
        const QString id =
            QStringLiteral("fault-") + (name.isEmpty() ? QStringLiteral("none") : name);
        addSandboxChoice(
            faults, group, id, label, window, [window, name, indicator](sandbox::Sandbox* box) {
                box->setFault(name);
                showFault(indicator, name);
                window->statusBar()->showMessage(
                    name.isEmpty() ? QObject::tr("The local sandbox answers normally again.")
                                   : QObject::tr("The local sandbox now answers every request "
                                                 "with the fault \u201c%1\u201d.")
                                         .arg(name),
                    kStatusMs);
            });
    }
    // A click on the indicator is the menu's None.
    QObject::connect(indicator, &QToolButton::clicked, group->actions().constFirst(),
                     &QAction::trigger);
}

// The sandbox's chat workloads think aloud in the form a real server would use, so a newcomer
// sees the Thinking block and its timings without a reasoning model of their own.
void addReasoningMenu(MainWindow* window) {
    QMenu* menu = window->menu(MenuRole::Sandbox)->addMenu(QObject::tr("Models &think aloud"));
    menu->setObjectName(QStringLiteral("reasoningMenu"));
    auto* group = new QActionGroup(menu);
    const QList<std::pair<QString, QString>> forms{
        {QString(), QObject::tr("Off (only models whose name says so)")},
        {QStringLiteral("content"), QObject::tr("reasoning_content (vLLM, SGLang, DeepSeek)")},
        {QStringLiteral("reasoning"), QObject::tr("reasoning (newer vLLM, OpenRouter)")},
        {QStringLiteral("think"), QObject::tr("<think> tags in the answer (no reasoning parser)")},
    };
    for (const auto& [form, label] : forms) {
        const QString id =
            QStringLiteral("reasoning-") + (form.isEmpty() ? QStringLiteral("off") : form);
        addSandboxChoice(
            menu, group, id, label, window, [window, form, label](sandbox::Sandbox* box) {
                box->setReasoning(form);
                window->statusBar()->showMessage(
                    form.isEmpty() ? QObject::tr("The sandbox's models answer without "
                                                 "thinking aloud.")
                                   : QObject::tr("The sandbox's chat models now think aloud: "
                                                 "%1.")
                                         .arg(label),
                    kStatusMs);
            });
    }
}

template <typename View> void showStatusOf(View* view, MainWindow* window) {
    QObject::connect(view, &View::statusMessage, window, [window](const QString& text) {
        window->statusBar()->showMessage(text, kStatusMs);
    });
}

// One current workload: every view gets the window's, whatever its kind, so the header and the
// views never disagree. A view that cannot serve it says so; none turns the page by itself.
void followTheWindow(MainWindow* window, const Shell& shell) {
    auto onWorkload = [playground = shell.playground, compare = shell.compare,
                       embeddings = shell.embeddings](const std::optional<Workload>& w) {
        const Workload current = w.value_or(Workload());
        playground->setWorkload(current);
        compare->setWorkload(current);
        embeddings->setWorkload(current);
    };
    auto onWorkloads = [window, compare = shell.compare, embeddings = shell.embeddings,
                        arena = shell.arena, eval = shell.eval] {
        embeddings->setWorkloads(window->workloads());
        compare->setWorkloads(window->workloads());
        arena->setWorkloads(window->workloads());
        eval->setWorkloads(window->workloads());
    };
    QObject::connect(window, &MainWindow::currentWorkloadChanged, shell.playground, onWorkload);
    QObject::connect(window, &MainWindow::workloadsChanged, shell.embeddings, onWorkloads);
    onWorkloads();
    onWorkload(window->currentWorkload());
}

// A language chosen in the settings applies at once; "" goes back to the system's.
void followTheLanguage(MainWindow* window) {
    QObject::connect(window, &MainWindow::languageChosen, window, [window](const QString& chosen) {
        QString problem;
        const QString language = chooseLanguage(chosen, &problem);
        if (switchLanguage(language, &problem) && problem.isEmpty())
            return;
        window->statusBar()->showMessage(problem, kStatusMs);
    });
}

// An evaluation cell opens in the playground as its conversation: the cell's workload made
// current first (the playground keeps a conversation per workload), then its messages.
void openEvalCells(MainWindow* window, const Shell& shell) {
    QObject::connect(shell.eval, &EvalView::openInPlayground, window,
                     [window, playground = shell.playground](const QString& id,
                                                             const QString& system,
                                                             const QList<ChatMessage>& turns) {
                         window->selectWorkload(id);
                         playground->setSystemPrompt(system);
                         playground->setTurns(turns);
                         playground->setPrompt(QString());
                         window->showView(QStringLiteral("playground"));
                     });
}

} // namespace

Shell installViews(MainWindow* window, History* history) {
    Shell shell;
    shell.history = history ? history : new History(QString(), window);
    // Every session of the window records its chat runs in this history, and keeps its
    // embedded sets in the application's cache.
    window->services()->history = shell.history;
    window->services()->embedCacheDir = EmbedCache().dir();
    const SessionServices* services = window->services();
    shell.playground = new PlaygroundView(services, window);
    shell.compare = new CompareView(services, window);
    shell.embeddings = new EmbeddingsView(services, window);
    window->installView(shell.playground->spec());
    window->installView(shell.compare->spec());
    window->installView(shell.embeddings->spec());
    shell.eval = new EvalView(services, QString(), window);
    window->installView(shell.eval->spec());
    shell.arena = new ArenaView(services, window);
    window->installView(shell.arena->spec());
    openEvalCells(window, shell);
    shell.inspectorDock = window->dock(shell.playground->spec().id);
    addFaultMenu(window);
    addReasoningMenu(window);
    showStatusOf(shell.playground, window);
    showStatusOf(shell.compare, window);
    showStatusOf(shell.arena, window);
    showStatusOf(shell.eval, window);
    followTheWindow(window, shell);
    followTheLanguage(window);
    return shell;
}

} // namespace ik::ui
