// Rerank: a query and documents sent to a rerank workload through the view's run session; the
// results are shown best first.

#include "embeddingsview.h"
#include "embeddingsview_p.h"
#include "embeddingtables.h"
#include "run.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace ik {

using namespace embeddingsview;

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
    l->addWidget(resultView(QStringLiteral("rerankTable"), tr("Rerank results"), m_rerankModel), 1);
    connect(m_rerankButton, &QPushButton::clicked, this, [this] {
        QStringList docs;
        for (const QString& d : m_rerankDocs->toPlainText().split(u'\n'))
            if (!d.trimmed().isEmpty())
                docs.append(d.trimmed());
        rerank(m_rerankQuery->text(), docs, m_rerankTopN->value());
    });
    return w;
}

void EmbeddingsView::rerank(const QString& query, const QStringList& documents, int topN) {
    if (m_workload.kind != WorkloadKind::Rerank || m_workload.slug.isEmpty()) {
        setStatus(kindRefusal(WorkloadKind::Rerank), true);
        return;
    }
    if (query.trimmed().isEmpty() || documents.isEmpty()) {
        setStatus(tr("Rerank needs a query and at least one document."), true);
        return;
    }
    if (m_rerank->isBusy())
        m_rerank->cancel();
    RerankRequest request;
    request.model = m_workload.slug;
    request.query = query.trimmed();
    request.documents = documents;
    if (topN > 0)
        request.topN = topN;
    m_rerankDocuments = documents;
    setStatus(tr("Reranking %n document(s)…", nullptr, int(documents.size())));
    m_rerank->start(m_workload, SessionRequest::forRerank(request), sessionOptions());
    updateKindState();
}

void EmbeddingsView::connectRerank() {
    connect(m_rerank, &RunSession::confirmationNeeded, this, [this](const GuardVerdict& v) {
        askToConfirm(v, [session = m_rerank](bool yes) { session->confirm(yes); });
    });
    connect(m_rerank, &RunSession::ended, this, &EmbeddingsView::onRerankEnded);
}

void EmbeddingsView::onRerankEnded(SessionEnd end) {
    if (!wasSent(end) && end != SessionEnd::Abandoned) {
        reportNotSent(end, m_rerank->verdict(), m_rerank->error());
        return;
    }
    if (end == SessionEnd::Done) {
        const RerankResponse response = m_rerank->run()->rerank();
        m_rerankModel->setResults(response.results, m_rerankDocuments);
        m_rerank->release(); // the key goes with the endpoint
        settle();
        setStatus(tr("Reranked by %1.").arg(response.model));
        emit rerankFinished();
        return;
    }
    const Error error = m_rerank->error();
    m_rerank->release();
    if (end == SessionEnd::Failed || end == SessionEnd::Truncated)
        showFailure(error);
    else
        showCancelled();
}

} // namespace ik
