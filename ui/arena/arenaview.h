#pragma once
// The blind arena page: a prompt (typed, or drawn from a text file of prompts, one per line),
// two contestant pickers (a chat workload and an optional parameter preset each), Send, and two
// answer panes labelled only "A" and "B" that stream at once. Votes A, B, Tie and Both bad
// (keys 1–4, enabled once both answers ended) reveal who was on which side. Below: the ratings
// table (ArenaRatingsModel, the Bradley–Terry fit over every kept vote) and the exports. The
// round, the votes and the fit live in workbench (arena.h, arenastore.h); this is layout and
// input only.
//
// Hosting it (the shell):
//   auto* view = new ik::ArenaView(&services, parent); // the window's session services
//   view->setWorkloads(workloads);                       // chat workloads are offered
//   install(view->spec());

#include "arena.h"
#include "runsession.h"
#include "viewspec.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ik {

class ArenaPane;
class ArenaRatingsModel;
class ArenaStore;
class TurnQueue;

class ArenaView : public QWidget {
    Q_OBJECT
public:
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    using OpenFileHook = std::function<void(std::function<void(QString path)>)>;
    enum class Export { VotesCsv, VotesJson, RatingsCsv, RatingsJson };

    // services is not owned and outlives the view; votes go to services->history's file (in
    // memory for this session when there is no history).
    explicit ArenaView(const SessionServices* services, QWidget* parent = nullptr);
    ~ArenaView() override;

    // "arena", "&Arena", Ctrl+5, no kinds: the pickers choose their own workloads.
    ui::ViewSpec spec();
    void setWorkloads(const QList<Workload>& workloads);
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    void setOpenFileHook(OpenFileHook hook) { m_openFileHook = std::move(hook); }
    // For both sides (tests): an empty value removes it; Authorization is refused.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);

    QString prompt() const;
    void setPrompt(const QString& text);
    // The picker of contestant 1 or 2: a workload id and a preset name (empty: defaults).
    void pick(int contestant, const QString& workloadId, const QString& preset = {});
    bool loadPromptSet(const QString& path); // false: statusMessage() says why
    int promptSetSize() const { return int(m_promptSet.size()); }

    ArenaRound* round() const { return m_round; }
    ArenaStore* store() const { return m_store; }
    ArenaRatingsModel* ratingsModel() const { return m_ratings; }
    QTableView* ratingsView() const { return m_ratingsView; }
    ArenaPane* pane(ArenaSide side) const { return m_panes[int(side)]; }
    QPushButton* voteButton(arena::Outcome outcome) const;
    bool exportTo(const QString& path, Export what, QString* error = nullptr) const;

public slots:
    void send(); // Ctrl+Enter
    void vote(arena::Outcome outcome);
    void drawPrompt();

signals:
    void statusMessage(const QString& text);
    void voted();

protected:
    void keyPressEvent(QKeyEvent* event) override; // 1–4 vote

private:
    void buildUi(); // arenaui.cpp
    QWidget* buildInput();
    QWidget* buildPickers();
    QWidget* buildPanes();
    QWidget* buildVotes();
    QWidget* buildRatings();
    void connectRound();
    void fillPresets(int contestant);
    ArenaEntry entryOf(int contestant) const;
    void refreshRatings();
    void updateButtons();
    void exportWith(Export what);
    void choosePromptSet();

    const SessionServices* m_source; // the window's; copied at each send
    SessionServices m_services;
    SessionOptions m_options;
    TurnQueue* m_turnQueue;
    ArenaRound* m_round;
    ArenaStore* m_store;
    ArenaRatingsModel* m_ratings;
    SaveFileHook m_saveFileHook;
    OpenFileHook m_openFileHook;
    QList<Workload> m_workloads;
    QStringList m_promptSet;

    QPlainTextEdit* m_prompt = nullptr;
    QPushButton* m_loadSet = nullptr;
    QPushButton* m_draw = nullptr;
    QLabel* m_setInfo = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_stop = nullptr;
    QComboBox* m_workloadBox[2] = {nullptr, nullptr};
    QComboBox* m_presetBox[2] = {nullptr, nullptr};
    ArenaPane* m_panes[2] = {nullptr, nullptr};
    QPushButton* m_votes[4] = {nullptr, nullptr, nullptr, nullptr};
    QLabel* m_result = nullptr;
    QLabel* m_voteCount = nullptr;
    QTableView* m_ratingsView = nullptr;
};

} // namespace ik
