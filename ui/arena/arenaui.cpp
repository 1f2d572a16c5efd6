// The arena page's parts, top to bottom: the prompt and its set, the two contestant pickers, the
// two blind panes side by side, the vote buttons, and the ratings with their exports.

#include "arenaview.h"

#include "arenapane.h"
#include "arenastore.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

void ArenaView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildInput());
    layout->addWidget(buildPickers());
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"arenaSplitter"_s);
    split->setChildrenCollapsible(false);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildPanes(), 1);
    topLayout->addWidget(buildVotes());
    split->addWidget(top);
    split->addWidget(buildRatings());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    setFocusProxy(m_prompt); // the view's shortcut lands in the prompt

    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(sendShortcut, &QShortcut::activated, this, &ArenaView::send);
    auto* stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    stopShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(stopShortcut, &QShortcut::activated, m_round, &ArenaRound::cancel);
}

QWidget* ArenaView::buildInput() {
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Prompt"), box);
    m_prompt = new QPlainTextEdit(box);
    m_prompt->setObjectName(u"arenaPrompt"_s);
    m_prompt->setAccessibleName(tr("Prompt"));
    m_prompt->setPlaceholderText(tr("Type a prompt both contestants answer, or draw one from a "
                                    "set (Ctrl+Enter sends)"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 3 +
                             2 * m_prompt->frameWidth() + 8);
    label->setBuddy(m_prompt);
    m_send = new QPushButton(tr("&Send"), box);
    m_send->setObjectName(u"arenaSend"_s);
    m_send->setToolTip(tr("Send the prompt to both contestants at once (Ctrl+Enter)"));
    m_stop = new QPushButton(tr("S&top"), box);
    m_stop->setObjectName(u"arenaStop"_s);
    m_stop->setToolTip(tr("Stop both answers (Esc); you can still vote on what came"));
    m_loadSet = new QPushButton(tr("Draw from s&et…"), box);
    m_loadSet->setObjectName(u"arenaLoadSet"_s);
    m_loadSet->setToolTip(tr("A text file with one prompt per line: each round draws one"));
    m_draw = new QPushButton(tr("&Draw another"), box);
    m_draw->setObjectName(u"arenaDraw"_s);
    m_setInfo = new QLabel(box);
    m_setInfo->setObjectName(u"arenaSetInfo"_s);
    auto* setRow = new QHBoxLayout;
    setRow->addWidget(m_loadSet);
    setRow->addWidget(m_draw);
    setRow->addWidget(m_setInfo, 1);
    grid->addWidget(label, 0, 0, Qt::AlignTop);
    grid->addWidget(m_prompt, 0, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    grid->addLayout(buttons, 0, 2);
    grid->addLayout(setRow, 1, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    connect(m_send, &QPushButton::clicked, this, &ArenaView::send);
    connect(m_stop, &QPushButton::clicked, m_round, &ArenaRound::cancel);
    connect(m_loadSet, &QPushButton::clicked, this, &ArenaView::choosePromptSet);
    connect(m_draw, &QPushButton::clicked, this, &ArenaView::drawPrompt);
    return box;
}

// Which contestant the user picked as 1 or 2 says nothing about the side it lands on.
QWidget* ArenaView::buildPickers() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    for (int c = 0; c < 2; ++c) {
        auto* label = new QLabel(tr("Contestant &%1").arg(c + 1), box);
        m_workloadBox[c] = new QComboBox(box);
        m_workloadBox[c]->setObjectName(u"arenaWorkload%1"_s.arg(c + 1));
        m_workloadBox[c]->setAccessibleName(tr("Workload of contestant %1").arg(c + 1));
        m_workloadBox[c]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_workloadBox[c]->setMinimumContentsLength(10);
        label->setBuddy(m_workloadBox[c]);
        m_presetBox[c] = new QComboBox(box);
        m_presetBox[c]->setObjectName(u"arenaPreset%1"_s.arg(c + 1));
        m_presetBox[c]->setAccessibleName(tr("Parameter preset of contestant %1").arg(c + 1));
        m_presetBox[c]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_presetBox[c]->setMinimumContentsLength(9);
        row->addWidget(label);
        row->addWidget(m_workloadBox[c], 2);
        row->addWidget(m_presetBox[c], 1);
        if (c == 0)
            row->addSpacing(12);
        connect(m_workloadBox[c], &QComboBox::currentIndexChanged, this,
                [this, c] { fillPresets(c); });
    }
    return box;
}

QWidget* ArenaView::buildPanes() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"arenaPanes"_s);
    split->setChildrenCollapsible(false);
    for (ArenaSide side : {ArenaSide::A, ArenaSide::B}) {
        m_panes[int(side)] = new ArenaPane(m_round, side, split);
        split->addWidget(m_panes[int(side)]);
    }
    return split;
}

QWidget* ArenaView::buildVotes() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    const QString texts[4] = {tr("1 · A is better"), tr("2 · B is better"), tr("3 · Tie"),
                              tr("4 · Both bad")};
    const QString names[4] = {u"arenaVoteA"_s, u"arenaVoteB"_s, u"arenaVoteTie"_s,
                              u"arenaVoteBothBad"_s};
    const arena::Outcome outcomes[4] = {arena::Outcome::AWins, arena::Outcome::BWins,
                                        arena::Outcome::Tie, arena::Outcome::BothBad};
    for (int i = 0; i < 4; ++i) {
        m_votes[i] = new QPushButton(texts[i], box);
        m_votes[i]->setObjectName(names[i]);
        m_votes[i]->setToolTip(tr("Vote with key %1 once both answers ended").arg(i + 1));
        connect(m_votes[i], &QPushButton::clicked, this,
                [this, outcome = outcomes[i]] { vote(outcome); });
        row->addWidget(m_votes[i]);
    }
    m_result = new QLabel(box);
    m_result->setObjectName(u"arenaResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    row->addWidget(m_result, 1);
    return box;
}

QWidget* ArenaView::buildRatings() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    m_voteCount = new QLabel(box);
    m_voteCount->setObjectName(u"arenaVoteCount"_s);
    head->addWidget(m_voteCount, 1);
    auto* exportVotes = new QPushButton(tr("Export &votes…"), box);
    exportVotes->setObjectName(u"arenaExportVotes"_s);
    exportVotes->setToolTip(tr("Every vote as CSV or JSON (by the file's suffix)"));
    auto* exportRatings = new QPushButton(tr("Export &ratings…"), box);
    exportRatings->setObjectName(u"arenaExportRatings"_s);
    exportRatings->setToolTip(tr("The ratings table as CSV or JSON (by the file's suffix)"));
    head->addWidget(exportVotes);
    head->addWidget(exportRatings);
    layout->addLayout(head);
    m_ratingsView = new QTableView(box);
    m_ratingsView->setObjectName(u"arenaRatings"_s);
    m_ratingsView->setAccessibleName(tr("Ratings"));
    m_ratingsView->setModel(m_ratings);
    m_ratingsView->verticalHeader()->hide();
    m_ratingsView->horizontalHeader()->setSectionResizeMode(ArenaRatingsModel::Contestant,
                                                            QHeaderView::Stretch);
    m_ratingsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ratingsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A header and three contestants stay in view however small the window: the panes give way.
    m_ratingsView->setMinimumHeight(m_ratingsView->horizontalHeader()->sizeHint().height() +
                                    3 * m_ratingsView->verticalHeader()->defaultSectionSize() +
                                    2 * m_ratingsView->frameWidth());
    layout->addWidget(m_ratingsView, 1);
    connect(exportVotes, &QPushButton::clicked, this, [this] { exportWith(Export::VotesCsv); });
    connect(exportRatings, &QPushButton::clicked, this, [this] { exportWith(Export::RatingsCsv); });
    return box;
}

} // namespace ik
