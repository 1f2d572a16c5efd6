#include "shell.h"

#include "compareview.h"
#include "embeddingsview.h"
#include "history.h"
#include "keyvault.h"
#include "mainwindow.h"
#include "playgroundview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace ik::ui {

namespace {

constexpr int kPlaygroundPage = 0;
constexpr int kComparePage = 1;
constexpr int kEmbeddingsPage = 2;

QMenu* findMenu(MainWindow* window, const QString& title) {
    for (QAction* a : window->menuBar()->actions())
        if (a->menu() && a->text() == title)
            return a->menu();
    return window->menuBar()->addMenu(title);
}

} // namespace

Shell installViews(MainWindow* window, History* history) {
    Shell shell;
    shell.history = history ? history : new History(QString(), window);

    // The views ask for a key only when they send; the vault answers from the keychain or from
    // this session's memory, and the secret goes no further than the Endpoint.
    auto keyLookup = [vault = QPointer<KeyVault>(window->vault())](
                         const Workload& w, std::function<void(QString)> done) {
        if (!vault) {
            done({});
            return;
        }
        vault->read(w.account(),
                    [done](const KeyStoreResult& r) { done(r.ok() ? r.secret : QString()); });
    };

    auto* playground = new PlaygroundView(window->networkManager(), window->guard(), keyLookup,
                                          shell.history, window);
    playground->setObjectName(QStringLiteral("playgroundView"));
    window->setViewPage(kPlaygroundPage, playground, QObject::tr("&Playground"));
    shell.playground = playground;

    auto* dock = new QDockWidget(QObject::tr("Inspector"), window);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(playground->inspector());
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    shell.inspectorDock = dock;
    QAction* toggle = dock->toggleViewAction();
    toggle->setText(QObject::tr("&Inspector"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    findMenu(window, QObject::tr("&View"))->addAction(toggle);

    // The local sandbox's faults, for every request it serves: how a newcomer sees each error
    // card and its fix without a misbehaving server of their own.
    QMenu* faults =
        findMenu(window, QObject::tr("&Sandbox"))->addMenu(QObject::tr("Inject &fault"));
    faults->setObjectName(QStringLiteral("faultMenu"));
    auto* group = new QActionGroup(faults);
    for (const QString& name : QStringList{QString()} + sandbox::faultNames()) {
        QAction* a = faults->addAction(name.isEmpty() ? QObject::tr("None") : name);
        a->setObjectName(QStringLiteral("fault-") +
                         (name.isEmpty() ? QStringLiteral("none") : name));
        a->setCheckable(true);
        a->setChecked(name.isEmpty());
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, window, [window, name] {
            if (!window->sandbox()) {
                window->statusBar()->showMessage(
                    QObject::tr("Start the local sandbox first (Workloads menu)."), 8000);
                return;
            }
            window->sandbox()->setFault(name);
            window->statusBar()->showMessage(
                name.isEmpty() ? QObject::tr("The local sandbox answers normally again.")
                               : QObject::tr("The local sandbox now answers every request with "
                                             "the fault \u201c%1\u201d.")
                                     .arg(name),
                8000);
        });
    }

    QObject::connect(
        playground, &PlaygroundView::statusMessage, window,
        [window](const QString& text) { window->statusBar()->showMessage(text, 8000); });

    auto* compare = new CompareView(window->networkManager(), window->guard(), keyLookup,
                                    shell.history, window);
    compare->setObjectName(QStringLiteral("compareView"));
    window->setViewPage(kComparePage, compare, QObject::tr("&Compare"));
    shell.compare = compare;
    QObject::connect(compare, &CompareView::statusMessage, window, [window](const QString& text) {
        window->statusBar()->showMessage(text, 8000);
    });

    auto* embeddings =
        new EmbeddingsView(window->networkManager(), window->guard(), keyLookup, window);
    embeddings->setObjectName(QStringLiteral("embeddingsView"));
    window->setViewPage(kEmbeddingsPage, embeddings, QObject::tr("&Embeddings"));
    shell.embeddings = embeddings;

    // Each view keeps the last workload of its kind, so going back to a chat after looking at
    // vectors finds the conversation where it was. Selecting a workload the page on show cannot
    // use turns to the page that can.
    auto onWorkload = [window, playground, embeddings](const std::optional<Workload>& w) {
        if (!w)
            return;
        QTabWidget* views = window->views();
        if (w->kind == WorkloadKind::Chat) {
            playground->setWorkload(*w);
            if (views->currentWidget() == embeddings)
                views->setCurrentWidget(playground);
        } else {
            embeddings->setWorkload(*w);
            if (views->currentWidget() == playground)
                views->setCurrentWidget(embeddings);
        }
    };
    auto onWorkloads = [window, embeddings, compare] {
        embeddings->setWorkloads(window->workloads());
        compare->setWorkloads(window->workloads());
    };
    QObject::connect(window, &MainWindow::currentWorkloadChanged, playground, onWorkload);
    QObject::connect(window, &MainWindow::workloadsChanged, embeddings, onWorkloads);
    onWorkloads();
    onWorkload(window->currentWorkload());
    return shell;
}

} // namespace ik::ui
