// The inspector's frame: construction, the action bar, the confirmation bar, the status line,
// which workload it serves, and how every session's confirmation and refusal is shown. The tabs
// are built in their own files (inputs, analysis, projection, rerank, exports).

#include "embeddingsview.h"

#include "batchembedder.h"
#include "embeddingmodel.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "retrievaleval.h"
#include "theme.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ik {

using namespace embeddingsview;

QTableView* embeddingsview::resultView(const QString& name, const QString& accessibleName,
                                       QAbstractItemModel* model) {
    auto* t = new QTableView;
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    return t;
}

EmbeddingsView::EmbeddingsView(const SessionServices* services, QWidget* parent)
    : QWidget(parent), m_services(services) {
    setObjectName(QStringLiteral("embeddingsView"));
    m_model = new EmbeddingModel(this);
    m_dimStats = new DimStatsModel(this);
    m_neighbourModel = new NeighbourModel(this);
    m_queryModel = new NeighbourModel(this);
    m_agreementModel = new AgreementModel(this);
    m_rerankModel = new RerankModel(this);
    m_embedder = new BatchEmbedder(services, this);
    m_queryEmbedder = new BatchEmbedder(services, this);
    m_compareEmbedder = new BatchEmbedder(services, this);
    m_rerank = new RunSession(services, this);
    m_watcher = new QFutureWatcher<std::shared_ptr<Analysis>>(this);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    buildUi();
    connectEmbedder();
    connectQuery();
    connectCompare();
    connectAnalysis();
    connectRerank();
    connectRetrieval();
    connectMap();
    setWorkload({});
}

EmbeddingsView::~EmbeddingsView() {
    // A worker still running must not wait on a view that is gone: it only holds its own copies.
    if (m_job)
        m_job->cancel = true;
    if (m_mapJob)
        m_mapJob->cancel = true;
}

ui::ViewSpec EmbeddingsView::spec() {
    ui::ViewSpec s;
    s.id = QStringLiteral("embeddings");
    s.title = tr("&Embeddings");
    s.shortcut = QKeySequence(Qt::CTRL | Qt::Key_3);
    s.kinds = {WorkloadKind::Embedding, WorkloadKind::Rerank};
    s.widget = this; // its focus proxy is the inputs editor: the shortcut lands there
    return s;
}

// ---- frame ----

void EmbeddingsView::buildUi() {
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(buildActionBar());
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("embeddingTabs"));
    m_tabs->addTab(buildInputsTab(), tr("Inputs"));
    m_tabs->addTab(buildVectorsTab(), tr("Vectors"));
    m_tabs->addTab(buildSimilarityTab(), tr("Similarity"));
    m_tabs->addTab(buildProjectionTab(), tr("Projection"));
    m_tabs->addTab(buildCompareTab(), tr("Compare"));
    m_tabs->addTab(buildRerankTab(), tr("Rerank"));
    m_tabs->addTab(buildRetrievalTab(), tr("Retrieval"));
    outer->addWidget(m_tabs, 1);
    outer->addWidget(buildConfirmBar());
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
}

QLayout* EmbeddingsView::buildActionBar() {
    auto* bar = new QHBoxLayout;
    m_workloadLabel = new QLabel;
    m_workloadLabel->setObjectName(QStringLiteral("workloadLabel"));
    // Alt+E is the Embeddings page's own; Ctrl+Enter embeds from anywhere on the page.
    m_embedButton = new QPushButton(tr("Em&bed"));
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
    connect(m_embedButton, &QPushButton::clicked, this, &EmbeddingsView::embed);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this, this, [this] {
            if (m_embedButton->isEnabled())
                embed();
        });
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    }
    m_embedButton->setToolTip(tr("Embed the inputs (Ctrl+Enter)"));
    connect(m_cancelButton, &QPushButton::clicked, this, &EmbeddingsView::cancel);
    return bar;
}

QWidget* EmbeddingsView::buildConfirmBar() {
    m_confirmBar = new QWidget;
    m_confirmBar->setObjectName(QStringLiteral("confirmBar"));
    auto* cb = new QHBoxLayout(m_confirmBar);
    cb->setContentsMargins(0, 0, 0, 0);
    m_confirmText = new QLabel;
    m_confirmText->setWordWrap(true);
    auto* sendAnyway = new QPushButton(tr("Send anyway"));
    sendAnyway->setObjectName(QStringLiteral("sendAnywayButton"));
    auto* dontSend = new QPushButton(tr("Don't send"));
    dontSend->setObjectName(QStringLiteral("dontSendButton"));
    cb->addWidget(m_confirmText, 1);
    cb->addWidget(sendAnyway);
    cb->addWidget(dontSend);
    m_confirmBar->hide();
    auto answer = [this](bool yes) {
        m_confirmBar->hide();
        if (auto go = std::exchange(m_confirmed, {}))
            go(yes); // the session sends, or ends Declined ("Not sent.")
    };
    connect(sendAnyway, &QPushButton::clicked, this, [answer] { answer(true); });
    connect(dontSend, &QPushButton::clicked, this, [answer] { answer(false); });
    return m_confirmBar;
}

// ---- sessions ----

void EmbeddingsView::connectConfirmations(BatchEmbedder* embedder) {
    connect(embedder, &BatchEmbedder::confirmationNeeded, this,
            [this, embedder](const GuardVerdict& v) {
                askToConfirm(v, [embedder](bool yes) { embedder->confirm(yes); });
            });
    connect(embedder, &BatchEmbedder::notSent, this,
            [this, embedder](SessionEnd end, const Error& e) {
                reportNotSent(end, embedder->verdict(), e);
            });
}

void EmbeddingsView::askToConfirm(const GuardVerdict& verdict, std::function<void(bool)> answer) {
    if (m_confirmHook) {
        answer(m_confirmHook(verdict));
        return;
    }
    // One question at a time: an earlier one still open is answered no.
    if (auto earlier = std::exchange(m_confirmed, {}))
        earlier(false);
    m_confirmText->setText(verdict.details());
    m_confirmed = std::move(answer);
    m_confirmBar->show();
}

void EmbeddingsView::reportNotSent(SessionEnd end, const GuardVerdict& verdict, const Error& e) {
    settle();
    switch (end) {
    case SessionEnd::Blocked:
        setStatus(tr("Not sent: %1 %2").arg(verdict.headline(), verdict.fix()), true);
        break;
    case SessionEnd::Declined:
        setStatus(tr("Not sent."));
        break;
    default:
        setStatus(tr("Not sent: %1 — %2").arg(e.summary(), e.hint), true);
        break;
    }
}

void EmbeddingsView::showFailure(const Error& e) {
    settle();
    setStatus(tr("%1 — %2").arg(e.summary(), e.hint), true);
}

void EmbeddingsView::showCancelled() {
    settle();
    setStatus(tr("Cancelled."));
}

SessionOptions EmbeddingsView::sessionOptions() const {
    SessionOptions options;
    options.extraHeaders = m_extraHeaders;
    return options;
}

void EmbeddingsView::setExtraHeader(const QByteArray& name, const QByteArray& value) {
    if (name.compare("authorization", Qt::CaseInsensitive) == 0)
        return;
    setHeader(&m_extraHeaders, name, value);
}

void EmbeddingsView::cancel() {
    m_confirmBar->hide();
    m_confirmed = {};
    m_embedder->cancel();
    m_queryEmbedder->cancel();
    m_compareEmbedder->cancel();
    m_rerank->cancel();
    m_retrieval->cancel();
    if (m_job)
        m_job->cancel = true;
    settle();
}

bool EmbeddingsView::isBusy() const {
    return m_embedder->isRunning() || m_queryEmbedder->isRunning() ||
           m_compareEmbedder->isRunning() || m_rerank->isBusy() || m_retrieval->isRunning() ||
           m_job;
}

void EmbeddingsView::settle() {
    if (!m_embedder->isRunning() && !m_compareEmbedder->isRunning() && !m_job) {
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
    }
    updateKindState();
}

// ---- workload ----

void EmbeddingsView::setWorkload(const Workload& workload) {
    const bool changed = !(workload == m_workload);
    if (changed && m_embedder->isRunning())
        m_embedder->cancel(); // never keeps sending to the workload left behind
    if (changed)
        m_retrieval->cancel();
    m_workload = workload;
    if (changed) {
        fillCompareCombo();
        fillRetrievalCombos();
    }
    updateKindState();
    if (changed && workload.kind == WorkloadKind::Rerank && !workload.slug.isEmpty())
        m_tabs->setCurrentIndex(kRerankTab);
    // What was said about the workload left behind no longer holds.
    if (changed && !workload.slug.isEmpty())
        setStatus(workload.kind == WorkloadKind::Chat ? kindRefusal(WorkloadKind::Embedding)
                                                      : QString());
}

void EmbeddingsView::setWorkloads(const QList<Workload>& workloads) {
    m_workloads = workloads;
    fillCompareCombo();
    fillRetrievalCombos();
}

// The second workload is any embedding workload but the one shown: comparing a space with itself
// says nothing.
void EmbeddingsView::fillCompareCombo() {
    const QString current = m_compareCombo->currentData().toString();
    const QSignalBlocker quiet(m_compareCombo);
    m_compareCombo->clear();
    for (const Workload& w : m_workloads)
        if (w.kind == WorkloadKind::Embedding && w.id != m_workload.id)
            m_compareCombo->addItem(
                QStringLiteral("%1 (%2/%3)").arg(w.displayName(), w.project, w.slug), w.id);
    const int i = m_compareCombo->findData(current);
    if (i >= 0)
        m_compareCombo->setCurrentIndex(i);
    updateCompareSummary();
}

QString EmbeddingsView::kindRefusal(WorkloadKind needed) const {
    if (!m_workload.slug.isEmpty() && m_workload.kind == WorkloadKind::Chat)
        return tr("%1 is a chat workload: the embedding inspector needs an embedding or rerank "
                  "workload.")
            .arg(m_workload.displayName());
    return needed == WorkloadKind::Rerank ? tr("Pick a rerank workload to rerank documents.")
                                          : tr("Pick an embedding workload to embed the inputs.");
}

void EmbeddingsView::updateKindState() {
    const bool named = !m_workload.slug.isEmpty();
    const bool embedding = m_workload.kind == WorkloadKind::Embedding && named;
    const bool rerankKind = m_workload.kind == WorkloadKind::Rerank && named;
    m_workloadLabel->setText(!named ? tr("No workload selected")
                                    : tr("%1 · %2 (%3/%4)")
                                          .arg(m_workload.displayName(),
                                               workloadKindName(m_workload.kind),
                                               m_workload.project, m_workload.slug));
    const bool busy = isBusy();
    m_embedButton->setEnabled(embedding && !busy);
    m_queryButton->setEnabled(embedding && !busy);
    m_compareButton->setEnabled(!busy);
    m_rerankButton->setEnabled(rerankKind && !busy);
    m_cancelButton->setEnabled(busy);
    updateRetrievalState();
}

// ---- what is shown ----

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
QList<embed::Neighbour> EmbeddingsView::neighbours() const {
    return m_neighbourModel->neighbours();
}
QList<embed::Neighbour> EmbeddingsView::queryResults() const {
    return m_queryModel->neighbours();
}
std::optional<embed::SpaceAgreement> EmbeddingsView::agreement() const {
    return m_agreementModel->agreement();
}
QList<RerankResult> EmbeddingsView::rerankResults() const {
    return m_rerankModel->results();
}

} // namespace ik
