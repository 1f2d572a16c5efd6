#include "embeddingsview.h"

#include "credential.h"
#include "embeddingmodel.h"
#include "endpoint.h"
#include "heatmap.h"
#include "npy.h"
#include "run.h"
#include "theme.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace ik {

namespace {

// Above this many inputs the n x n matrix (4 bytes a cell) and its heatmap are not built;
// neighbours are then computed one row at a time.
constexpr int kMatrixLimit = 5000;
constexpr int kMaxLabelSeries = 12;
constexpr int kQueryShown = 50;

QTableWidgetItem* item(const QString& text, bool number = false) {
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QTableWidget* resultTable(const QString& name, const QString& accessibleName,
                          const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

QString oneLine(QString s, int max = 200) {
    s.replace(u'\n', u' ');
    if (s.size() > max)
        s = s.left(max - 1) + QStringLiteral("…");
    return s;
}

} // namespace

struct EmbeddingsView::Job {
    std::atomic_bool cancel{false};
    std::atomic_int permille{0};
};

struct EmbeddingsView::Analysis {
    quint64 generation = 0;
    bool cancelled = false;
    bool compare = false;
    qint64 elapsedMs = 0;
    int dimension = 0;
    embed::NormStats norms;
    embed::DimensionStats dims;
    std::shared_ptr<const embed::SimilarityMatrix> matrix;
    QImage image;
    std::optional<embed::Pca> pca;
    std::optional<embed::SpaceAgreement> agreement;
};

EmbeddingsView::EmbeddingsView(QNetworkAccessManager* nam, CredentialGuard* guard,
                               KeyLookup keyLookup, QWidget* parent)
    : QWidget(parent), m_nam(nam), m_guard(guard), m_keyLookup(std::move(keyLookup)) {
    setObjectName(QStringLiteral("embeddingsView"));
    m_model = new EmbeddingModel(this);
    m_embedder = new BatchEmbedder(nam, this);
    m_queryEmbedder = new BatchEmbedder(nam, this);
    m_compareEmbedder = new BatchEmbedder(nam, this);
    m_watcher = new QFutureWatcher<std::shared_ptr<Analysis>>(this);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    buildUi();

    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_job) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(m_job->permille.load());
        }
    });
    connect(m_embedder, &BatchEmbedder::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_countLabel->setText(tr("%1 / %2 embedded").arg(done).arg(total));
    });
    connect(m_embedder, &BatchEmbedder::finished, this, &EmbeddingsView::onEmbeddingFinished);
    connect(m_embedder, &BatchEmbedder::failed, this, [this](const Error& e) {
        noteError(m_embedWorkload, m_embedKeyId, e);
        setBusy(false);
        setStatus(tr("Embedding failed after %1 of %2 inputs: %3 — %4")
                      .arg(m_embedder->done())
                      .arg(m_embedder->total())
                      .arg(e.summary(), e.hint),
                  true);
    });
    connect(m_embedder, &BatchEmbedder::cancelled, this, [this] {
        setBusy(false);
        setStatus(tr("Cancelled after %1 of %2 inputs; nothing was replaced.")
                      .arg(m_embedder->done())
                      .arg(m_embedder->total()));
    });
    connect(m_queryEmbedder, &BatchEmbedder::finished, this, [this] {
        setBusy(false);
        const QVector<float> q = m_queryEmbedder->vectors().value(0);
        if (q.size() != embed::commonDimension(vectors())) {
            setStatus(tr("The query has %1 dimensions, the set %2: embed the set with this "
                         "workload first.")
                          .arg(q.size())
                          .arg(embed::commonDimension(vectors())),
                      true);
            return;
        }
        m_queryResults = embed::rankAgainst(q, vectors(), kQueryShown);
        m_queryTable->setRowCount(int(m_queryResults.size()));
        for (int r = 0; r < int(m_queryResults.size()); ++r) {
            const auto& n = m_queryResults[r];
            m_queryTable->setItem(r, 0, item(QString::number(r + 1), true));
            m_queryTable->setItem(r, 1, item(QString::number(n.score, 'f', 4), true));
            m_queryTable->setItem(r, 2, item(oneLine(m_model->texts().value(n.index))));
        }
        setStatus(tr("The set ranked against the query."));
        emit queryFinished();
    });
    for (BatchEmbedder* b : {m_queryEmbedder, m_compareEmbedder}) {
        connect(b, &BatchEmbedder::failed, this, [this](const Error& e) {
            setBusy(false);
            setStatus(tr("%1 — %2").arg(e.summary(), e.hint), true);
        });
        connect(b, &BatchEmbedder::cancelled, this, [this] {
            setBusy(false);
            setStatus(tr("Cancelled."));
        });
    }
    connect(m_compareEmbedder, &BatchEmbedder::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_countLabel->setText(tr("%1 / %2 embedded (comparison)").arg(done).arg(total));
    });
    connect(m_compareEmbedder, &BatchEmbedder::finished, this, [this] {
        // Both spaces' matrices and the agreement, off the GUI thread.
        auto job = std::make_shared<Job>();
        m_job = job;
        const embed::Vectors a = vectors(), b = m_compareEmbedder->vectors();
        const auto matrixA = m_matrix;
        const quint64 generation = m_generation;
        const int k = m_compareK;
        setStatus(tr("Comparing the two spaces…"));
        m_watcher->setFuture(QtConcurrent::run([job, a, b, matrixA, generation, k] {
            auto out = std::make_shared<Analysis>();
            out->generation = generation;
            out->compare = true;
            embed::Control c;
            c.cancel = &job->cancel;
            c.progress = [&](double f) { job->permille = int(f * 330); };
            std::shared_ptr<const embed::SimilarityMatrix> ma = matrixA;
            if (!ma) {
                auto m = embed::similarityMatrix(a, c);
                if (m)
                    ma = std::make_shared<embed::SimilarityMatrix>(std::move(*m));
            }
            c.progress = [&](double f) { job->permille = 330 + int(f * 330); };
            const auto mb = ma ? embed::similarityMatrix(b, c) : std::nullopt;
            c.progress = [&](double f) { job->permille = 660 + int(f * 340); };
            if (ma && mb)
                out->agreement = embed::compareSpaces(*ma, *mb, k, c);
            out->cancelled = !out->agreement;
            return out;
        }));
        m_progressTimer->start();
    });
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Analysis>>::finished, this, [this] {
        m_progressTimer->stop();
        const std::shared_ptr<Analysis> a = m_watcher->result();
        m_job.reset();
        if (!a || a->generation != m_generation)
            return;
        setBusy(false);
        if (a->cancelled) {
            setStatus(tr("Cancelled."));
            return;
        }
        if (a->compare) {
            m_agreement = a->agreement;
            const auto& g = *m_agreement;
            m_compareTable->setRowCount(int(g.overlap.size()));
            for (int r = 0; r < int(g.overlap.size()); ++r) {
                m_compareTable->setItem(r, 0, item(oneLine(m_embeddedTexts.value(r))));
                m_compareTable->setItem(
                    r, 1, item(QStringLiteral("%1%").arg(qRound(g.overlap[r] * 100)), true));
                m_compareTable->setItem(r, 2, item(QString::number(g.spearman[r], 'f', 3), true));
            }
            m_compareSummary->setText(g.summary());
            setStatus(tr("Comparison done."));
            emit compareFinished();
            return;
        }
        showAnalysis(*a);
    });
    setWorkload({});
}

EmbeddingsView::~EmbeddingsView() {
    // A worker still running must not wait on a view that is gone: it only holds its own copies.
    if (m_job)
        m_job->cancel = true;
}

// ---- UI ----

void EmbeddingsView::buildUi() {
    auto* outer = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_workloadLabel = new QLabel;
    m_workloadLabel->setObjectName(QStringLiteral("workloadLabel"));
    m_embedButton = new QPushButton(tr("&Embed"));
    m_embedButton->setObjectName(QStringLiteral("embedButton"));
    m_embedButton->setAccessibleName(tr("Embed the inputs"));
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setValue(0);
    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    bar->addWidget(m_workloadLabel, 1);
    bar->addWidget(m_embedButton);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_countLabel);
    outer->addLayout(bar);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("embeddingTabs"));
    m_tabs->addTab(buildInputsTab(), tr("Inputs"));
    m_tabs->addTab(buildVectorsTab(), tr("Vectors"));
    m_tabs->addTab(buildSimilarityTab(), tr("Similarity"));
    m_tabs->addTab(buildProjectionTab(), tr("Projection"));
    m_tabs->addTab(buildCompareTab(), tr("Compare"));
    m_tabs->addTab(buildRerankTab(), tr("Rerank"));
    outer->addWidget(m_tabs, 1);

    m_confirmBar = new QWidget;
    m_confirmBar->setObjectName(QStringLiteral("confirmBar"));
    auto* cb = new QHBoxLayout(m_confirmBar);
    cb->setContentsMargins(0, 0, 0, 0);
    m_confirmText = new QLabel;
    m_confirmText->setWordWrap(true);
    auto* sendAnyway = new QPushButton(tr("Send anyway"));
    sendAnyway->setObjectName(QStringLiteral("sendAnywayButton"));
    auto* dontSend = new QPushButton(tr("Don't send"));
    cb->addWidget(m_confirmText, 1);
    cb->addWidget(sendAnyway);
    cb->addWidget(dontSend);
    m_confirmBar->hide();
    outer->addWidget(m_confirmBar);
    connect(sendAnyway, &QPushButton::clicked, this, [this] {
        m_confirmBar->hide();
        if (auto go = std::exchange(m_confirmed, {}))
            go();
    });
    connect(dontSend, &QPushButton::clicked, this, [this] {
        m_confirmBar->hide();
        m_confirmed = {};
        setBusy(false);
        setStatus(tr("Not sent."));
    });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);

    connect(m_embedButton, &QPushButton::clicked, this, &EmbeddingsView::embed);
    connect(m_cancelButton, &QPushButton::clicked, this, &EmbeddingsView::cancel);
}

QWidget* EmbeddingsView::buildInputsTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    auto* row = new QHBoxLayout;
    auto* load = new QPushButton(tr("&Load file…"));
    load->setObjectName(QStringLiteral("loadButton"));
    load->setToolTip(tr(".txt (one input per line), .csv (a text column and an optional label "
                        "column) or .jsonl (\"text\" and optional \"label\" fields)"));
    m_batchSpin = new QSpinBox;
    m_batchSpin->setObjectName(QStringLiteral("batchSize"));
    m_batchSpin->setAccessibleName(tr("Batch size"));
    m_batchSpin->setRange(1, 4096);
    m_batchSpin->setValue(64);
    row->addWidget(load);
    row->addStretch(1);
    row->addWidget(new QLabel(tr("Batch size:")));
    row->addWidget(m_batchSpin);
    l->addLayout(row);
    m_inputEdit = new QPlainTextEdit;
    m_inputEdit->setObjectName(QStringLiteral("inputEdit"));
    m_inputEdit->setAccessibleName(tr("Inputs, one per line"));
    m_inputEdit->setPlaceholderText(tr("Type or paste inputs, one per line, or load a file."));
    m_inputEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_inputEdit->setTabChangesFocus(true); // pasted tabs stay; a typed Tab moves on
    setFocusProxy(m_inputEdit);            // Ctrl+3 lands in the inputs
    l->addWidget(m_inputEdit, 1);
    m_inputNote = new QLabel;
    m_inputNote->setObjectName(QStringLiteral("inputNote"));
    m_inputError = new QLabel;
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setWordWrap(true);
    theme::setTextTone(m_inputError, theme::Tone::Error);
    l->addWidget(m_inputNote);
    l->addWidget(m_inputError);

    connect(m_inputEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingInputs)
            return;
        if (!m_loadedTexts.isEmpty()) {
            // The editor is the truth now; file labels no longer line up with its lines.
            m_loadedTexts.clear();
            m_loadedLabels.clear();
        }
        m_inputError->clear();
        m_inputNote->setText(tr("%n input(s)", nullptr, int(inputs().size())));
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString filter = tr("Inputs (*.txt *.csv *.jsonl *.ndjson);;All files (*)");
        auto go = [self = QPointer<EmbeddingsView>(this)](QString path) {
            if (self && !path.isEmpty())
                self->loadInputsFile(path);
        };
        if (m_openFileHook) {
            m_openFileHook(filter, go);
            return;
        }
        auto* dlg = new QFileDialog(this, tr("Load inputs"), {}, filter);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->setFileMode(QFileDialog::ExistingFile);
        connect(dlg, &QFileDialog::fileSelected, this, go);
        dlg->open();
    });
    return w;
}

QWidget* EmbeddingsView::buildVectorsTab() {
    auto* split = new QSplitter(Qt::Vertical);
    auto* top = new QWidget;
    auto* tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    m_statsLabel = new QLabel(tr("No vectors yet."));
    m_statsLabel->setObjectName(QStringLiteral("statsLabel"));
    m_statsLabel->setWordWrap(true);
    tl->addWidget(m_statsLabel);
    auto* exports = new QHBoxLayout;
    exports->addWidget(new QLabel(tr("Export:")));
    const QList<QPair<QString, ExportFormat>> formats = {
        {tr("CSV"), ExportFormat::Csv},
        {tr("JSON"), ExportFormat::Json},
        {tr(".npy"), ExportFormat::Npy},
        {tr("Projector TSVs"), ExportFormat::ProjectorTsv}};
    for (const auto& [name, format] : formats) {
        auto* b = new QPushButton(name);
        b->setObjectName(QStringLiteral("export") + name.simplified().remove(u' ').remove(u'.'));
        b->setAccessibleName(tr("Export as %1").arg(name));
        b->setEnabled(false);
        const ExportFormat f = format;
        connect(b, &QPushButton::clicked, this, [this, f] { doExport(f); });
        exports->addWidget(b);
        m_exportButtons.append(b);
    }
    exports->addStretch(1);
    tl->addLayout(exports);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("vectorTable"));
    m_table->setAccessibleName(tr("Embedded inputs and their vectors"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Fixed row heights: the view never measures 10,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(EmbeddingModel::InputColumn, 320);
    tl->addWidget(m_table, 1);
    split->addWidget(top);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectInput(current.row());
            });

    auto* detail = new QTabWidget;
    auto* one = new QWidget;
    auto* ol = new QVBoxLayout(one);
    m_strip = new HeatStrip;
    m_strip->setObjectName(QStringLiteral("heatStrip"));
    m_detail = new QPlainTextEdit;
    m_detail->setObjectName(QStringLiteral("vectorDetail"));
    m_detail->setReadOnly(true);
    m_detail->setAccessibleName(tr("All values of the selected vector"));
    ol->addWidget(m_strip);
    ol->addWidget(m_detail, 1);
    detail->addTab(one, tr("Selected vector"));
    m_dimTable = resultTable(QStringLiteral("dimensionTable"), tr("Mean and spread per dimension"),
                             {tr("Dimension"), tr("Mean"), tr("Std dev")});
    detail->addTab(m_dimTable, tr("Per dimension"));
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QWidget* EmbeddingsView::buildSimilarityTab() {
    auto* split = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* ll = new QVBoxLayout(left);
    m_heatmap = new HeatmapWidget;
    m_heatmap->setObjectName(QStringLiteral("heatmap"));
    m_heatmap->setAccessibleName(tr("Cosine similarity heatmap"));
    m_hoverLabel = new QLabel(tr("Hover the heatmap for a pair; click to read both texts."));
    m_hoverLabel->setObjectName(QStringLiteral("hoverLabel"));
    m_hoverLabel->setWordWrap(true);
    m_pairView = new QPlainTextEdit;
    m_pairView->setObjectName(QStringLiteral("pairView"));
    m_pairView->setAccessibleName(tr("The two texts of the chosen pair"));
    m_pairView->setReadOnly(true);
    m_pairView->setMaximumHeight(120);
    ll->addWidget(m_heatmap, 1);
    ll->addWidget(m_hoverLabel);
    ll->addWidget(m_pairView);
    split->addWidget(left);
    connect(m_heatmap, &HeatmapWidget::hovered, this,
            [this] { m_hoverLabel->setText(m_heatmap->hoverText()); });
    connect(m_heatmap, &HeatmapWidget::pairClicked, this, &EmbeddingsView::showPair);

    auto* right = new QWidget;
    auto* rl = new QVBoxLayout(right);
    auto* krow = new QHBoxLayout;
    m_neighboursTitle = new QLabel(tr("Nearest neighbours: select an input."));
    m_neighboursTitle->setObjectName(QStringLiteral("neighboursTitle"));
    m_neighboursTitle->setWordWrap(true);
    m_kSpin = new QSpinBox;
    m_kSpin->setObjectName(QStringLiteral("neighbourCount"));
    m_kSpin->setAccessibleName(tr("Neighbours shown"));
    m_kSpin->setRange(1, 1000);
    m_kSpin->setValue(10);
    krow->addWidget(m_neighboursTitle, 1);
    krow->addWidget(new QLabel(tr("k:")));
    krow->addWidget(m_kSpin);
    rl->addLayout(krow);
    m_neighboursTable = resultTable(QStringLiteral("neighboursTable"),
                                    tr("Nearest neighbours of the selected input"),
                                    {tr("Rank"), tr("Cosine"), tr("Input")});
    rl->addWidget(m_neighboursTable, 1);
    connect(m_kSpin, &QSpinBox::valueChanged, this, [this] {
        if (m_table->currentIndex().isValid())
            showNeighbours(m_table->currentIndex().row());
    });
    connect(m_neighboursTable, &QTableWidget::cellDoubleClicked, this, [this](int r) {
        if (r < m_neighbours.size())
            selectInput(m_neighbours[r].index);
    });

    auto* qrow = new QHBoxLayout;
    m_queryEdit = new QLineEdit;
    m_queryEdit->setObjectName(QStringLiteral("queryEdit"));
    m_queryEdit->setAccessibleName(tr("Query"));
    m_queryEdit->setPlaceholderText(tr("A query: it is embedded and the set ranked against it"));
    m_queryButton = new QPushButton(tr("&Rank"));
    m_queryButton->setObjectName(QStringLiteral("queryButton"));
    qrow->addWidget(m_queryEdit, 1);
    qrow->addWidget(m_queryButton);
    rl->addLayout(qrow);
    m_queryTable = resultTable(QStringLiteral("queryTable"), tr("Inputs nearest to the query"),
                               {tr("Rank"), tr("Cosine"), tr("Input")});
    rl->addWidget(m_queryTable, 1);
    auto runIt = [this] { runQuery(m_queryEdit->text()); };
    connect(m_queryButton, &QPushButton::clicked, this, runIt);
    connect(m_queryEdit, &QLineEdit::returnPressed, this, runIt);
    split->addWidget(right);
    return split;
}

QWidget* EmbeddingsView::buildProjectionTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    m_explainedLabel = new QLabel(tr("The PCA plot appears once the inputs are embedded."));
    m_explainedLabel->setObjectName(QStringLiteral("explainedLabel"));
    auto* emptyChart = new QChart;
    emptyChart->setTheme(theme::isDark(palette()) ? QChart::ChartThemeDark
                                                  : QChart::ChartThemeLight);
    m_chartView = new QChartView(emptyChart);
    m_chartView->setObjectName(QStringLiteral("pcaChart"));
    m_chartView->setAccessibleName(tr("2D PCA of the vectors"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_pcaHover = new QLabel;
    m_pcaHover->setObjectName(QStringLiteral("pcaHover"));
    m_pcaHover->setWordWrap(true);
    l->addWidget(m_explainedLabel);
    l->addWidget(m_chartView, 1);
    l->addWidget(m_pcaHover);
    return w;
}

QWidget* EmbeddingsView::buildCompareTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    auto* row = new QHBoxLayout;
    m_compareCombo = new QComboBox;
    m_compareCombo->setObjectName(QStringLiteral("compareWorkload"));
    m_compareCombo->setAccessibleName(tr("Second embedding workload"));
    m_compareKSpin = new QSpinBox;
    m_compareKSpin->setObjectName(QStringLiteral("compareK"));
    m_compareKSpin->setAccessibleName(tr("Neighbours compared (k)"));
    m_compareKSpin->setRange(1, 100);
    m_compareKSpin->setValue(10);
    m_compareButton = new QPushButton(tr("&Compare"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    row->addWidget(new QLabel(tr("Embed the same inputs with:")));
    row->addWidget(m_compareCombo, 1);
    row->addWidget(new QLabel(tr("top-k:")));
    row->addWidget(m_compareKSpin);
    row->addWidget(m_compareButton);
    l->addLayout(row);
    m_compareSummary = new QLabel(tr("Embed a set first, then pick a second embedding workload."));
    m_compareSummary->setObjectName(QStringLiteral("compareSummary"));
    m_compareSummary->setWordWrap(true);
    l->addWidget(m_compareSummary);
    m_compareTable = resultTable(QStringLiteral("compareTable"),
                                 tr("Agreement with the second embedding workload"),
                                 {tr("Input"), tr("Top-k overlap"), tr("Rank correlation")});
    m_compareTable->horizontalHeader()->setStretchLastSection(false);
    m_compareTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    l->addWidget(m_compareTable, 1);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        compareWith(m_compareCombo->currentData().toString(), m_compareKSpin->value());
    });
    return w;
}

QWidget* EmbeddingsView::buildRerankTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    auto* form = new QFormLayout;
    m_rerankQuery = new QLineEdit;
    m_rerankQuery->setObjectName(QStringLiteral("rerankQuery"));
    m_rerankQuery->setAccessibleName(tr("Rerank query"));
    m_rerankDocs = new QPlainTextEdit;
    m_rerankDocs->setObjectName(QStringLiteral("rerankDocuments"));
    m_rerankDocs->setAccessibleName(tr("Documents, one per line"));
    m_rerankDocs->setPlaceholderText(tr("Documents, one per line"));
    m_rerankTopN = new QSpinBox;
    m_rerankTopN->setObjectName(QStringLiteral("rerankTopN"));
    m_rerankTopN->setRange(0, 10000);
    m_rerankTopN->setSpecialValueText(tr("all"));
    form->addRow(tr("Query:"), m_rerankQuery);
    form->addRow(tr("Documents:"), m_rerankDocs);
    form->addRow(tr("Top n:"), m_rerankTopN);
    l->addLayout(form);
    m_rerankButton = new QPushButton(tr("Re&rank"));
    m_rerankButton->setObjectName(QStringLiteral("rerankButton"));
    l->addWidget(m_rerankButton, 0, Qt::AlignLeft);
    m_rerankTable = resultTable(QStringLiteral("rerankTable"), tr("Rerank results"),
                                {tr("Rank"), tr("Score"), tr("#"), tr("Document")});
    l->addWidget(m_rerankTable, 1);
    connect(m_rerankButton, &QPushButton::clicked, this, [this] {
        QStringList docs;
        for (const QString& d : m_rerankDocs->toPlainText().split(u'\n'))
            if (!d.trimmed().isEmpty())
                docs.append(d.trimmed());
        rerank(m_rerankQuery->text(), docs, m_rerankTopN->value());
    });
    return w;
}

// ---- state ----

void EmbeddingsView::setWorkload(const Workload& workload) {
    if (!(workload == m_workload) && m_embedder->isRunning())
        m_embedder->cancel();
    m_workload = workload;
    updateKindState();
}

void EmbeddingsView::setWorkloads(const QList<Workload>& workloads) {
    m_workloads = workloads;
    const QString current = m_compareCombo->currentData().toString();
    m_compareCombo->clear();
    for (const Workload& w : workloads)
        if (w.kind == WorkloadKind::Embedding)
            m_compareCombo->addItem(
                QStringLiteral("%1 (%2/%3)").arg(w.displayName(), w.project, w.slug), w.id);
    const int i = m_compareCombo->findData(current);
    if (i >= 0)
        m_compareCombo->setCurrentIndex(i);
}

void EmbeddingsView::updateKindState() {
    const bool embedding = m_workload.kind == WorkloadKind::Embedding && !m_workload.slug.isEmpty();
    const bool rerankKind = m_workload.kind == WorkloadKind::Rerank && !m_workload.slug.isEmpty();
    m_workloadLabel->setText(m_workload.slug.isEmpty()
                                 ? tr("No workload selected")
                                 : tr("%1 · %2 (%3/%4)")
                                       .arg(m_workload.displayName(),
                                            workloadKindName(m_workload.kind), m_workload.project,
                                            m_workload.slug));
    const bool busy = isBusy();
    m_embedButton->setEnabled(embedding && !busy);
    m_queryButton->setEnabled(embedding && !busy);
    m_compareButton->setEnabled(!busy);
    m_rerankButton->setEnabled(rerankKind && !busy);
    m_cancelButton->setEnabled(busy);
    if (rerankKind)
        m_tabs->setCurrentIndex(5);
    if (!m_workload.slug.isEmpty() && !embedding && !rerankKind)
        setStatus(tr("%1 is a chat workload: the embedding inspector works with embedding and "
                     "rerank workloads.")
                      .arg(m_workload.displayName()));
}

void EmbeddingsView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    for (qsizetype i = 0; i < m_extraHeaders.size(); ++i)
        if (m_extraHeaders[i].first.compare(name, Qt::CaseInsensitive) == 0)
            m_extraHeaders.removeAt(i--);
    if (!value.isEmpty() && name.compare("authorization", Qt::CaseInsensitive) != 0)
        m_extraHeaders.append({name, value});
}

HeaderList EmbeddingsView::extraHeaders() const {
    return m_extraHeaders;
}

void EmbeddingsView::setStatus(const QString& text, bool error) {
    m_status->setText(text);
    theme::setTextTone(m_status, error ? std::optional(theme::Tone::Error) : std::nullopt);
    if (error)
        emit failed(text);
}

QString EmbeddingsView::statusText() const {
    return m_status->text();
}
QString EmbeddingsView::inputError() const {
    return m_inputError->text();
}
QString EmbeddingsView::statisticsText() const {
    return m_statsLabel->text();
}
QString EmbeddingsView::explainedVarianceText() const {
    return m_explainedLabel->text();
}
const embed::Vectors& EmbeddingsView::vectors() const {
    return m_model->vectors();
}
QImage EmbeddingsView::heatmapImage() const {
    return m_heatmap->image();
}

bool EmbeddingsView::isBusy() const {
    return m_embedder->isRunning() || m_queryEmbedder->isRunning() ||
           m_compareEmbedder->isRunning() || m_job || m_cancelButton->property("busy").toBool();
}

void EmbeddingsView::setBusy(bool busy) {
    m_cancelButton->setProperty("busy", busy);
    if (!busy && !m_embedder->isRunning()) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
    updateKindState();
}

// ---- inputs ----

void EmbeddingsView::setInputs(const QStringList& texts, const QStringList& labels) {
    m_settingInputs = true;
    QStringList shown;
    shown.reserve(texts.size());
    for (const QString& t : texts)
        shown.append(oneLine(t, 100000));
    m_inputEdit->setPlainText(shown.join(u'\n'));
    m_settingInputs = false;
    m_loadedTexts = texts;
    m_loadedLabels = labels.size() == texts.size() ? labels : QStringList();
    m_inputError->clear();
    m_inputNote->setText(m_loadedLabels.isEmpty()
                             ? tr("%n input(s)", nullptr, int(texts.size()))
                             : tr("%n input(s) with labels", nullptr, int(texts.size())));
}

bool EmbeddingsView::loadInputsFile(const QString& path) {
    const embed::Inputs in = embed::loadInputs(path);
    if (!in.ok()) {
        m_inputError->setText(in.error);
        m_tabs->setCurrentIndex(0);
        return false;
    }
    setInputs(in.texts, in.labels);
    m_inputNote->setText(m_inputNote->text() + tr(" from %1").arg(QFileInfo(path).fileName()));
    return true;
}

QStringList EmbeddingsView::inputs() const {
    if (!m_loadedTexts.isEmpty())
        return m_loadedTexts;
    QStringList out;
    for (const QString& line : m_inputEdit->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

QStringList EmbeddingsView::labels() const {
    return m_loadedTexts.isEmpty() ? QStringList() : m_loadedLabels;
}

void EmbeddingsView::setBatchSize(int size) {
    m_batchSpin->setValue(size);
}
int EmbeddingsView::batchSize() const {
    return m_batchSpin->value();
}

// ---- sending ----

void EmbeddingsView::withCheckedKey(const Workload& w, const QString& sentText,
                                    std::function<void(QString key)> go) {
    QPointer<EmbeddingsView> self(this);
    auto judged = [self, w, sentText, go](QString key) {
        if (!self || !self->isBusy())
            return; // gone, or cancelled while the key was read
        if (self->m_guard) {
            const GuardVerdict v = self->m_guard->judge(GuardInput(w.ref(), key, sentText));
            if (!v.canSend()) {
                self->setBusy(false);
                self->setStatus(tr("Not sent: %1 %2").arg(v.headline(), v.fix()), true);
                return;
            }
            if (v.needsConfirmation()) {
                if (self->m_confirmHook) {
                    if (!self->m_confirmHook(v)) {
                        self->setBusy(false);
                        self->setStatus(tr("Not sent."));
                        return;
                    }
                } else {
                    self->m_confirmText->setText(v.details());
                    self->m_confirmed = [go, key] { go(key); };
                    self->m_confirmBar->show();
                    return;
                }
            }
        }
        go(key);
    };
    if (!m_keyLookup) {
        judged({});
        return;
    }
    m_keyLookup(w, judged);
}

void EmbeddingsView::noteError(const Workload& w, const QString& keyId, const Error& e) {
    if (m_guard && e.kind == ErrorKind::Permission)
        m_guard->noteServerAnswer(keyId, w.ref(), e.code);
}

void EmbeddingsView::embed() {
    if (m_workload.kind != WorkloadKind::Embedding || m_workload.slug.isEmpty()) {
        setStatus(tr("Pick an embedding workload to embed the inputs."), true);
        return;
    }
    const QStringList texts = inputs();
    if (texts.isEmpty()) {
        m_inputError->setText(tr("No inputs: type some, one per line, or load a file."));
        m_tabs->setCurrentIndex(0);
        return;
    }
    cancel();
    // An analysis of the previous set still running would otherwise land after this call,
    // clear the busy state and make the key lookup below drop this embedding as cancelled.
    ++m_generation;
    m_embeddedTexts = texts;
    m_embeddedLabels = labels();
    setBusy(true);
    setStatus(tr("Embedding %n input(s)…", nullptr, int(texts.size())));
    m_countLabel->setText(tr("0 / %1 embedded").arg(texts.size()));
    const Workload w = m_workload;
    withCheckedKey(w, texts.join(u'\n'), [this, w, texts](QString key) {
        m_embedWorkload = w;
        m_embedKeyId = Credential::parse(key).id;
        m_embedder->start(w.ref(), key, texts, m_batchSpin->value(), extraHeaders());
    });
}

void EmbeddingsView::cancel() {
    m_confirmBar->hide();
    m_confirmed = {};
    m_embedder->cancel();
    m_queryEmbedder->cancel();
    m_compareEmbedder->cancel();
    if (m_job)
        m_job->cancel = true;
    setBusy(false);
}

void EmbeddingsView::onEmbeddingFinished() {
    ++m_generation;
    if (m_guard)
        m_guard->noteSuccess(m_embedKeyId, m_embedWorkload.ref());
    m_model->setData(m_embeddedTexts, m_embeddedLabels, m_embedder->vectors());
    m_matrix.reset();
    m_heatmap->clear();
    m_neighbours.clear();
    m_queryResults.clear();
    m_agreement.reset();
    for (auto* b : m_exportButtons)
        b->setEnabled(true);
    m_countLabel->setText(tr("%1 / %1 embedded").arg(m_embeddedTexts.size()));
    setStatus(tr("%n vector(s) from %1; analysing…", nullptr, int(m_embeddedTexts.size()))
                  .arg(m_embedder->model().isEmpty() ? m_workload.slug : m_embedder->model()));
    if (m_tabs->currentIndex() == 0)
        m_tabs->setCurrentIndex(1);
    emit embeddingFinished();
    startAnalysis();
}

void EmbeddingsView::startAnalysis() {
    auto job = std::make_shared<Job>();
    m_job = job;
    const embed::Vectors v = vectors();
    const quint64 generation = m_generation;
    setBusy(true);
    m_watcher->setFuture(QtConcurrent::run([job, v, generation] {
        QElapsedTimer clock;
        clock.start();
        auto out = std::make_shared<Analysis>();
        out->generation = generation;
        embed::Control c;
        c.cancel = &job->cancel;
        out->dimension = embed::commonDimension(v);
        out->norms = embed::normStats(embed::l2Norms(v));
        out->dims = embed::dimensionStats(v);
        job->permille = 50;
        if (v.size() <= kMatrixLimit) {
            c.progress = [&](double f) { job->permille = 50 + int(f * 600); };
            auto m = embed::similarityMatrix(v, c);
            if (!m) {
                out->cancelled = true;
                return out;
            }
            out->image = ik::heatmapImage(*m);
            out->matrix = std::make_shared<embed::SimilarityMatrix>(std::move(*m));
        }
        job->permille = 700;
        c.progress = [&](double f) { job->permille = 700 + int(f * 300); };
        out->pca = embed::pca2d(v, c);
        out->cancelled = job->cancel.load();
        out->elapsedMs = clock.elapsed();
        return out;
    }));
    m_progressTimer->start();
}

void EmbeddingsView::showAnalysis(const Analysis& a) {
    const auto& n = a.norms;
    m_statsLabel->setText(
        tr("%1 vectors · dimension %2 · L2 norm min %3, mean %4, max %5 · %6")
            .arg(n.count)
            .arg(a.dimension)
            .arg(n.min, 0, 'f', 4)
            .arg(n.mean, 0, 'f', 4)
            .arg(n.max, 0, 'f', 4)
            .arg(n.normalised ? tr("normalised (every norm is 1)") : tr("not normalised")));
    m_dimTable->setUpdatesEnabled(false);
    m_dimTable->setRowCount(int(a.dims.mean.size()));
    for (int t = 0; t < int(a.dims.mean.size()); ++t) {
        m_dimTable->setItem(t, 0, item(QString::number(t), true));
        m_dimTable->setItem(t, 1, item(QString::number(a.dims.mean[t], 'f', 5), true));
        m_dimTable->setItem(t, 2, item(QString::number(a.dims.stddev[t], 'f', 5), true));
    }
    m_dimTable->setUpdatesEnabled(true);

    m_matrix = a.matrix;
    if (m_matrix) {
        const QStringList texts = m_model->texts();
        m_heatmap->setMatrix(m_matrix, a.image, [texts](int i) { return texts.value(i); });
    } else {
        m_heatmap->clear();
        m_hoverLabel->setText(tr("More than %1 inputs: no heatmap (the matrix would not fit "
                                 "comfortably in memory); neighbours are computed per input.")
                                  .arg(kMatrixLimit));
    }
    if (a.pca)
        showPca(*a.pca);
    setStatus(tr("%n vector(s) analysed in %1 ms.", nullptr, n.count).arg(a.elapsedMs));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    else if (m_table->currentIndex().isValid())
        showNeighbours(m_table->currentIndex().row());
    emit analysisFinished();
}

void EmbeddingsView::showPca(const embed::Pca& pca) {
    auto* chart = new QChart;
    // Qt Charts draws its own background: pick its dark theme when the window is dark.
    chart->setTheme(theme::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setTitle(tr("2D PCA"));
    const QStringList labels = m_model->labels();
    const QStringList texts = m_model->texts();
    // One series per label (colour), the rest in "other"; no labels: one series.
    QStringList seriesNames;
    QList<int> seriesOf(pca.points.size(), 0);
    if (labels.isEmpty()) {
        seriesNames.append(tr("inputs"));
    } else {
        for (int i = 0; i < int(pca.points.size()); ++i) {
            const QString l = labels.value(i).isEmpty() ? tr("(no label)") : labels.value(i);
            int s = int(seriesNames.indexOf(l));
            if (s < 0 && seriesNames.size() < kMaxLabelSeries) {
                seriesNames.append(l);
                s = int(seriesNames.size()) - 1;
            }
            if (s < 0) {
                s = int(seriesNames.indexOf(tr("other")));
                if (s < 0) {
                    seriesNames.append(tr("other"));
                    s = int(seriesNames.size()) - 1;
                }
            }
            seriesOf[i] = s;
        }
    }
    m_pcaPoints = 0;
    for (int s = 0; s < int(seriesNames.size()); ++s) {
        auto* series = new QScatterSeries;
        series->setName(seriesNames[s]);
        series->setMarkerSize(9);
        series->setBorderColor(Qt::transparent);
        QList<QPointF> points;
        QList<int> inputs;
        for (int i = 0; i < int(pca.points.size()); ++i)
            if (seriesOf[i] == s) {
                points.append(pca.points[i]);
                inputs.append(i);
            }
        series->replace(points);
        m_pcaPoints += int(points.size());
        chart->addSeries(series);
        connect(series, &QScatterSeries::hovered, this,
                [this, points, inputs, texts, labels](const QPointF& p, bool on) {
                    if (!on) {
                        QToolTip::hideText();
                        return;
                    }
                    int best = -1;
                    double bestD = 0;
                    for (int k = 0; k < int(points.size()); ++k) {
                        const QPointF d = points[k] - p;
                        const double dd = d.x() * d.x() + d.y() * d.y();
                        if (best < 0 || dd < bestD)
                            best = k, bestD = dd;
                    }
                    if (best < 0)
                        return;
                    const int i = inputs[best];
                    QString text = tr("#%1 %2").arg(i + 1).arg(oneLine(texts.value(i), 120));
                    if (!labels.isEmpty())
                        text += tr(" [%1]").arg(labels.value(i));
                    m_pcaHover->setText(text);
                    QToolTip::showText(QCursor::pos(), text, m_chartView);
                });
        connect(series, &QScatterSeries::clicked, this, [this, points, inputs](const QPointF& p) {
            for (int k = 0; k < int(points.size()); ++k)
                if (points[k] == p)
                    selectInput(inputs[k]);
        });
    }
    chart->createDefaultAxes();
    const auto axes = chart->axes();
    if (axes.size() == 2) {
        axes[0]->setTitleText(tr("PC1 (%1%)").arg(pca.explained[0] * 100, 0, 'f', 1));
        axes[1]->setTitleText(tr("PC2 (%1%)").arg(pca.explained[1] * 100, 0, 'f', 1));
    }
    chart->legend()->setVisible(!labels.isEmpty());
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old; // setChart releases the previous chart without deleting it
    m_explainedLabel->setText(tr("PC1 explains %1% of the variance, PC2 %2% (together %3%).")
                                  .arg(pca.explained[0] * 100, 0, 'f', 1)
                                  .arg(pca.explained[1] * 100, 0, 'f', 1)
                                  .arg((pca.explained[0] + pca.explained[1]) * 100, 0, 'f', 1));
}

int EmbeddingsView::pcaPointCount() const {
    int count = 0;
    for (QAbstractSeries* s : m_chartView->chart()->series())
        if (auto* scatter = qobject_cast<QScatterSeries*>(s))
            count += scatter->count();
    return count;
}

void EmbeddingsView::selectInput(int row) {
    if (row < 0 || row >= m_model->rowCount())
        return;
    if (m_table->currentIndex().row() != row) {
        m_table->setCurrentIndex(m_model->index(row, 0)); // comes back here through the signal
        return;
    }
    showDetail(row);
    showNeighbours(row);
}

void EmbeddingsView::showDetail(int row) {
    const QVector<float>& v = vectors()[row];
    QString text;
    text.reserve(v.size() * 16);
    for (int t = 0; t < int(v.size()); ++t)
        text += QStringLiteral("%1\t%2\n").arg(t).arg(double(v[t]), 0, 'g', 7);
    m_detail->setPlainText(text);
    m_strip->setValues(v);
}

void EmbeddingsView::showNeighbours(int row) {
    const int k = m_kSpin->value();
    m_neighbours = m_matrix ? embed::nearestNeighbours(*m_matrix, row, k)
                            : embed::nearestNeighbours(vectors(), row, k);
    m_neighboursTitle->setText(tr("Nearest neighbours of #%1 “%2”")
                                   .arg(row + 1)
                                   .arg(oneLine(m_model->texts().value(row), 80)));
    m_neighboursTable->setRowCount(int(m_neighbours.size()));
    for (int r = 0; r < int(m_neighbours.size()); ++r) {
        const auto& n = m_neighbours[r];
        m_neighboursTable->setItem(r, 0, item(QString::number(r + 1), true));
        m_neighboursTable->setItem(r, 1, item(QString::number(n.score, 'f', 4), true));
        m_neighboursTable->setItem(r, 2, item(oneLine(m_model->texts().value(n.index))));
    }
    emit neighboursChanged(row);
}

void EmbeddingsView::showPair(int i, int j) {
    if (!m_matrix)
        return;
    m_pairView->setPlainText(tr("Cosine %1\n\n#%2: %3\n\n#%4: %5")
                                 .arg(m_matrix->at(i, j), 0, 'f', 4)
                                 .arg(i + 1)
                                 .arg(m_model->texts().value(i))
                                 .arg(j + 1)
                                 .arg(m_model->texts().value(j)));
}

void EmbeddingsView::runQuery(const QString& text) {
    if (text.trimmed().isEmpty()) {
        setStatus(tr("Type a query first."), true);
        return;
    }
    if (vectors().isEmpty()) {
        setStatus(tr("Embed a set first: the query is ranked against it."), true);
        return;
    }
    if (m_workload.kind != WorkloadKind::Embedding) {
        setStatus(tr("Pick the embedding workload the set was embedded with."), true);
        return;
    }
    setBusy(true);
    setStatus(tr("Embedding the query…"));
    const Workload w = m_workload;
    withCheckedKey(w, text, [this, w, text](QString key) {
        m_queryEmbedder->start(w.ref(), key, {text.trimmed()}, 1, extraHeaders());
    });
}

void EmbeddingsView::compareWith(const QString& workloadId, int k) {
    if (vectors().isEmpty()) {
        setStatus(tr("Embed a set first, then compare it with a second workload."), true);
        return;
    }
    const auto it = std::find_if(m_workloads.begin(), m_workloads.end(),
                                 [&](const Workload& w) { return w.id == workloadId; });
    if (it == m_workloads.end() || it->kind != WorkloadKind::Embedding) {
        setStatus(tr("Pick a second embedding workload to compare with."), true);
        return;
    }
    const Workload other = *it;
    m_compareId = workloadId;
    m_compareK = k;
    m_agreement.reset();
    setBusy(true);
    setStatus(tr("Embedding the same %n input(s) with %1…", nullptr, int(m_embeddedTexts.size()))
                  .arg(other.displayName()));
    const QStringList texts = m_model->texts();
    withCheckedKey(other, texts.join(u'\n'), [this, other, texts](QString key) {
        m_compareEmbedder->start(other.ref(), key, texts, m_batchSpin->value(), extraHeaders());
    });
}

void EmbeddingsView::rerank(const QString& query, const QStringList& documents, int topN) {
    if (m_workload.kind != WorkloadKind::Rerank) {
        setStatus(tr("Pick a rerank workload to rerank documents."), true);
        return;
    }
    if (query.trimmed().isEmpty() || documents.isEmpty()) {
        setStatus(tr("Rerank needs a query and at least one document."), true);
        return;
    }
    setBusy(true);
    setStatus(tr("Reranking %n document(s)…", nullptr, int(documents.size())));
    const Workload w = m_workload;
    withCheckedKey(
        w, query + u'\n' + documents.join(u'\n'), [this, w, query, documents, topN](QString key) {
            auto* endpoint = new Endpoint(m_nam, w.ref(), key, this);
            for (const auto& [name, value] : m_extraHeaders)
                endpoint->setExtraHeader(name, value);
            RerankRequest req;
            req.model = w.slug;
            req.query = query.trimmed();
            req.documents = documents;
            if (topN > 0)
                req.topN = topN;
            Run* run = endpoint->rerank(req);
            connect(run, &Run::ended, endpoint, &QObject::deleteLater);
            connect(run, &Run::failed, this,
                    [this, w, keyId = Credential::parse(key).id](const Error& e) {
                        noteError(w, keyId, e);
                        setBusy(false);
                        setStatus(tr("%1 — %2").arg(e.summary(), e.hint), true);
                    });
            connect(run, &Run::done, this, [this, run, documents] {
                QList<RerankResult> results = run->rerank().results;
                std::stable_sort(
                    results.begin(), results.end(),
                    [](const RerankResult& a, const RerankResult& b) { return a.score > b.score; });
                m_rerankResults = results;
                m_rerankDocuments = documents;
                m_rerankTable->setRowCount(int(results.size()));
                for (int r = 0; r < int(results.size()); ++r) {
                    const auto& x = results[r];
                    m_rerankTable->setItem(r, 0, item(QString::number(r + 1), true));
                    m_rerankTable->setItem(r, 1, item(QString::number(x.score, 'f', 4), true));
                    m_rerankTable->setItem(r, 2, item(QString::number(x.index + 1), true));
                    m_rerankTable->setItem(r, 3, item(oneLine(documents.value(x.index))));
                }
                setBusy(false);
                setStatus(tr("Reranked by %1.").arg(run->rerank().model));
                emit rerankFinished();
            });
        });
}

// ---- export ----

bool EmbeddingsView::exportTo(ExportFormat format, const QString& path, QString* error) const {
    QString local;
    QString* err = error ? error : &local;
    const embed::Vectors& v = vectors();
    if (v.isEmpty()) {
        *err = tr("Nothing to export: embed the inputs first.");
        return false;
    }
    // An input sent with a key in it (the guard asked first) is exported with the key redacted.
    QStringList texts = m_model->texts();
    QStringList labels = m_model->labels();
    for (QString& t : texts)
        t = redactSecrets(t);
    for (QString& t : labels)
        t = redactSecrets(t);
    switch (format) {
    case ExportFormat::Csv:
        return embed::writeFile(path, embed::toCsv(texts, labels, v), err);
    case ExportFormat::Json:
        return embed::writeFile(path, embed::toJson(texts, labels, v, m_workload.slug), err);
    case ExportFormat::Npy:
        return writeNpy(path, v, err);
    case ExportFormat::ProjectorTsv: {
        // The metadata file sits beside the vectors file, named as the projector's docs do.
        const QFileInfo fi(path);
        QString base = fi.completeBaseName();
        base = base.contains(QStringLiteral("vectors"))
                   ? base.replace(QStringLiteral("vectors"), QStringLiteral("metadata"))
                   : base + QStringLiteral("-metadata");
        const QString metadata = fi.dir().filePath(base + QStringLiteral(".tsv"));
        return embed::writeFile(path, embed::projectorVectorsTsv(v), err) &&
               embed::writeFile(metadata, embed::projectorMetadataTsv(texts, labels), err);
    }
    }
    return false;
}

void EmbeddingsView::doExport(ExportFormat format) {
    QString name, filter;
    switch (format) {
    case ExportFormat::Csv:
        name = QStringLiteral("embeddings.csv"), filter = tr("CSV (*.csv)");
        break;
    case ExportFormat::Json:
        name = QStringLiteral("embeddings.json"), filter = tr("JSON (*.json)");
        break;
    case ExportFormat::Npy:
        name = QStringLiteral("embeddings.npy"), filter = tr("NumPy array (*.npy)");
        break;
    case ExportFormat::ProjectorTsv:
        name = QStringLiteral("vectors.tsv"),
        filter = tr("Projector vectors (*.tsv); metadata.tsv is written beside it");
        break;
    }
    auto write = [self = QPointer<EmbeddingsView>(this), format](QString path) {
        if (!self || path.isEmpty())
            return;
        QString error;
        if (self->exportTo(format, path, &error))
            self->setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        else
            self->setStatus(error, true);
    };
    if (m_saveFileHook) {
        m_saveFileHook(name, filter, write);
        return;
    }
    auto* dlg = new QFileDialog(this, tr("Export"), name, filter);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->setAcceptMode(QFileDialog::AcceptSave);
    connect(dlg, &QFileDialog::fileSelected, this, write);
    dlg->open();
}

} // namespace ik
