#pragma once
// Hosts the views (Playground, Compare, Embeddings) in the main window's central
// area, feeds them the selected workload and the window's services (network manager, guard,
// key vault), and docks the playground's inspector.

#include <QPointer>

class QDockWidget;

namespace ik {
class CompareView;
class EmbeddingsView;
class History;
class PlaygroundView;
} // namespace ik

namespace ik::ui {

class MainWindow;

struct Shell {
    History* history = nullptr;
    PlaygroundView* playground = nullptr;
    CompareView* compare = nullptr;
    EmbeddingsView* embeddings = nullptr;
    QDockWidget* inspectorDock = nullptr;
};

// `history` may be given (tests); null opens the default database, owned by the window.
Shell installViews(MainWindow* window, History* history = nullptr);

} // namespace ik::ui
