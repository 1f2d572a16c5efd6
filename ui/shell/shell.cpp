#include "shell.h"

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

    QObject::connect(
        playground, &PlaygroundView::statusMessage, window,
        [window](const QString& text) { window->statusBar()->showMessage(text, 8000); });

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
    auto onWorkloads = [window, embeddings] { embeddings->setWorkloads(window->workloads()); };
    QObject::connect(window, &MainWindow::currentWorkloadChanged, playground, onWorkload);
    QObject::connect(window, &MainWindow::workloadsChanged, embeddings, onWorkloads);
    onWorkloads();
    onWorkload(window->currentWorkload());
    return shell;
}

} // namespace ik::ui
