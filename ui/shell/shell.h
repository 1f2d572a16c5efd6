#pragma once
// The one place that knows every view: builds the Playground, Compare, Embeddings, Arena and
// Evaluate views over the window's session services, installs what each one's ViewSpec declares,
// feeds all of them the window's one current workload and adds the local sandbox's fault menu.

#include <QPointer>

class QDockWidget;

namespace ik {
class ArenaView;
class CompareView;
class EmbeddingsView;
class EvalView;
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
    ArenaView* arena = nullptr;
    EvalView* eval = nullptr;
    QDockWidget* inspectorDock = nullptr; // the playground's dock
};

// `history` may be given (tests); null opens the default database, owned by the window.
Shell installViews(MainWindow* window, History* history = nullptr);

} // namespace ik::ui
