// Two embedding workloads on the same inputs: the second embeds the set through its own run
// session, then both similarity matrices and their agreement are computed off the GUI thread.

#include "batchembedder.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ik {

using namespace embeddingsview;

QWidget* EmbeddingsView::buildCompareTab() {
    auto* w = new QWidget;
    auto* l = new QVBoxLayout(w);
    l->addLayout(buildCompareRow());
    m_compareSummary = new QLabel(tr("Embed a set first, then pick a second embedding workload."));
    m_compareSummary->setObjectName(QStringLiteral("compareSummary"));
    m_compareSummary->setWordWrap(true);
    l->addWidget(m_compareSummary);
    QTableView* table =
        resultView(QStringLiteral("compareTable"),
                   tr("Agreement with the second embedding workload"), m_agreementModel);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(AgreementModel::InputColumn,
                                                    QHeaderView::Stretch);
    l->addWidget(table, 1);
    return w;
}

QLayout* EmbeddingsView::buildCompareRow() {
    auto* row = new QHBoxLayout;
    m_compareCombo = new QComboBox;
    m_compareCombo->setObjectName(QStringLiteral("compareWorkload"));
    m_compareCombo->setAccessibleName(tr("Second embedding workload"));
    m_compareKSpin = new QSpinBox;
    m_compareKSpin->setObjectName(QStringLiteral("compareK"));
    m_compareKSpin->setAccessibleName(tr("Neighbours compared (k)"));
    m_compareKSpin->setRange(1, 100);
    m_compareKSpin->setValue(10);
    // k follows the set's size until the user picks one: a k near n makes any two spaces
    // look alike (chance overlap is k/(n-1)).
    connect(m_compareKSpin, &QSpinBox::valueChanged, this, [this] { m_compareKChosen = true; });
    m_compareButton = new QPushButton(tr("&Compare"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    row->addWidget(new QLabel(tr("Embed the same inputs with:")));
    row->addWidget(m_compareCombo, 1);
    row->addWidget(new QLabel(tr("top-k:")));
    row->addWidget(m_compareKSpin);
    row->addWidget(m_compareButton);
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        compareWith(m_compareCombo->currentData().toString(), m_compareKSpin->value());
    });
    return row;
}

void EmbeddingsView::updateCompareSummary() {
    if (m_agreementModel->agreement())
        return; // the agreement's own summary stays
    const int n = int(vectors().size());
    if (m_compareCombo->count() == 0)
        m_compareSummary->setText(tr("Add a second embedding workload to compare this one with: "
                                     "the agreement needs two spaces."));
    else if (n == 0)
        m_compareSummary->setText(tr("Embed a set first, then pick a second embedding workload."));
    else
        m_compareSummary->setText(tr("Ready: embed the same %n input(s) with the second workload "
                                     "and compare their top-k neighbours.",
                                     nullptr, n));
}

void EmbeddingsView::suggestCompareK(int n) {
    if (m_compareKChosen)
        return;
    const QSignalBlocker quiet(m_compareKSpin);
    m_compareKSpin->setValue(embed::defaultAgreementK(n));
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
    m_compareK = k;
    m_agreementModel->clear();
    setStatus(tr("Embedding the same %n input(s) with %1…", nullptr, int(m_model->rowCount()))
                  .arg(it->displayName()));
    m_compareEmbedder->start(*it, m_model->texts(), m_batchSpin->value(), m_extraHeaders);
    updateKindState();
}

void EmbeddingsView::connectCompare() {
    connectConfirmations(m_compareEmbedder);
    connect(m_compareEmbedder, &BatchEmbedder::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_countLabel->setText(tr("%1 / %2 embedded (comparison)").arg(done).arg(total));
    });
    connect(m_compareEmbedder, &BatchEmbedder::finished, this, &EmbeddingsView::startComparison);
    connect(m_compareEmbedder, &BatchEmbedder::failed, this, &EmbeddingsView::showFailure);
    connect(m_compareEmbedder, &BatchEmbedder::cancelled, this, &EmbeddingsView::showCancelled);
}

void EmbeddingsView::startComparison() {
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
}

void EmbeddingsView::showAgreement(const embed::SpaceAgreement& agreement) {
    m_agreementModel->setAgreement(agreement, m_model->texts());
    m_compareSummary->setText(agreement.summary());
    setStatus(tr("Comparison done."));
    emit compareFinished();
}

} // namespace ik
