// The evaluation page's layout: the set and its problems, the run controls, the matrix with its
// filter, the totals and the exports.
#include "evalfilter.h"
#include "evalresultsmodel.h"
#include "evalview.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

using namespace ik::eval;

namespace {

// A workload's cell reads "pass · 812 ms · 40 tok · $0.0001" (or the failing assertion first):
// the verdict and what it cost, without a column per measure.
class CellDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString state = index.data(CellStateRole).toString();
        if (index.column() == 0 || state.isEmpty() || state == u"pending"_s)
            return;
        QStringList parts{option->text};
        if (const qint64 ms = index.data(LatencyRole).toLongLong(); ms >= 0)
            parts << EvalView::tr("%1 ms").arg(ms);
        if (const int tokens = index.data(TokensRole).toInt(); tokens >= 0)
            parts << EvalView::tr("%n tok", "", tokens);
        if (const QVariant cost = index.data(CostRole); cost.isValid())
            parts << u"$"_s + QString::number(cost.toDouble(), 'f', 5);
        option->text = parts.join(u" \u00b7 "_s);
        if (state != u"pass"_s)
            option->palette.setColor(QPalette::Text, QColor(0xb0, 0x20, 0x20));
    }
};

} // namespace

void EvalView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildSetBox());
    layout->addWidget(buildRunBox());
    layout->addWidget(buildResults(), 1);
}

QWidget* EvalView::buildSetBox() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* open = m_open = new QPushButton(tr("&Open set\u2026"), box);
    open->setObjectName(u"evalOpen"_s);
    auto* example = m_openExample = new QPushButton(tr("Open e&xample"), box);
    example->setObjectName(u"evalOpenExample"_s);
    example->setToolTip(tr("30 support prompts with assertions (docs/examples/eval)"));
    m_setLabel = new QLabel(tr("No set open"), box);
    m_setLabel->setObjectName(u"evalSetName"_s);
    row->addWidget(open);
    row->addWidget(example);
    row->addWidget(m_setLabel, 1);
    column->addLayout(row);
    m_problemsBox = new QPlainTextEdit(box);
    m_problemsBox->setObjectName(u"evalProblems"_s);
    m_problemsBox->setReadOnly(true);
    m_problemsBox->setAccessibleName(tr("Problems of the set"));
    m_problemsBox->setPlaceholderText(
        tr("Open a set: its templating errors and warnings show here before anything is sent."));
    m_problemsBox->setMaximumHeight(70);
    column->addWidget(m_problemsBox);
    m_workloadsLabel = new QLabel(box);
    m_workloadsLabel->setObjectName(u"evalWorkloads"_s);
    m_workloadsLabel->setWordWrap(true);
    m_workloadsLabel->setTextFormat(Qt::RichText);
    column->addWidget(m_workloadsLabel);
    connect(open, &QPushButton::clicked, this, &EvalView::chooseSet);
    connect(example, &QPushButton::clicked, this, &EvalView::openExample);
    return box;
}

QWidget* EvalView::buildRunBox() {
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_run = new QPushButton(tr("&Run"), box);
    m_run->setObjectName(u"evalRun"_s);
    m_cancel = new QPushButton(tr("Ca&ncel"), box);
    m_cancel->setObjectName(u"evalCancel"_s);
    m_progress = new QProgressBar(box);
    m_progress->setObjectName(u"evalProgress"_s);
    m_progress->setValue(0);
    m_progressLine = new QLabel(box);
    m_progressLine->setObjectName(u"evalProgressLine"_s);
    row->addWidget(m_run);
    row->addWidget(m_cancel);
    row->addWidget(m_progress, 1);
    row->addWidget(m_progressLine, 2);
    connect(m_run, &QPushButton::clicked, this, &EvalView::run);
    connect(m_cancel, &QPushButton::clicked, this, &EvalView::cancel);
    return box;
}

QWidget* EvalView::buildResults() {
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    auto* show = new QLabel(tr("S&how:"), box);
    m_filterBox = new QComboBox(box);
    m_filterBox->setObjectName(u"evalFilter"_s);
    m_filterBox->addItems(
        {tr("All rows"), tr("Failures only"), tr("Rows where workloads disagree")});
    show->setBuddy(m_filterBox);
    auto* openCellButton = new QPushButton(tr("Open in &playground"), box);
    openCellButton->setObjectName(u"evalOpenInPlayground"_s);
    bar->addWidget(show);
    bar->addWidget(m_filterBox);
    bar->addWidget(openCellButton);
    bar->addStretch(1);
    const QStringList exportNames{tr("Export CS&V"), tr("Export &JSON"), tr("Export J&Unit")};
    const char* const ids[] = {"evalExportCsv", "evalExportJson", "evalExportJUnit"};
    for (int i = 0; i < 3; ++i) {
        m_exports[i] = new QPushButton(exportNames[i], box);
        m_exports[i]->setObjectName(QString::fromLatin1(ids[i]));
        bar->addWidget(m_exports[i]);
        connect(m_exports[i], &QPushButton::clicked, this, [this, i] { exportWith(Export(i)); });
    }
    column->addLayout(bar);

    auto* split = new QSplitter(Qt::Vertical, box);
    m_matrix = new QTableView(split);
    m_matrix->setObjectName(u"evalMatrix"_s);
    m_matrix->setAccessibleName(tr("Results: rows by workloads"));
    m_matrix->setModel(m_filter);
    m_matrix->setItemDelegate(new CellDelegate(m_matrix));
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrix->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrix->setWordWrap(false);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setDefaultSectionSize(m_matrix->fontMetrics().height() + 8);
    m_totals = new QTableWidget(0, 7, split);
    m_totals->setObjectName(u"evalTotals"_s);
    m_totals->setAccessibleName(tr("Totals per workload"));
    m_totals->setHorizontalHeaderLabels({tr("Workload"), tr("Passed"), tr("95% interval"),
                                         tr("p50"), tr("p90"), tr("p99"), tr("Cost")});
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->verticalHeader()->hide();
    // Room for every workload's line (up to three without scrolling) however the split is dragged.
    m_totals->setMinimumHeight(m_totals->horizontalHeader()->sizeHint().height() +
                               3 * m_totals->verticalHeader()->defaultSectionSize() +
                               2 * m_totals->frameWidth());
    split->addWidget(m_matrix);
    split->addWidget(m_totals);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    column->addWidget(split, 1);

    connect(m_filterBox, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setShow(EvalFilterModel::Show(i)); });
    connect(m_matrix, &QTableView::doubleClicked, this, &EvalView::openCell);
    connect(openCellButton, &QPushButton::clicked, this,
            [this] { openCell(m_matrix->currentIndex()); });
    return box;
}

} // namespace ik
