// The Retrieval tab as a newcomer uses it against the sandbox: open the shipped example, rank it
// with both embedding workloads side by side (the overall table says what the engine and
// `ik-call evalret` say), read the queries worst first, open one to see what came instead of its
// relevant documents, rerank, cancel, and a bad queries file that says which line is wrong.
#include "credential.h"
#include "embeddingsview.h"
#include "guard.h"
#include "retrievaleval.h"
#include "retrievalevalmodel.h"
#include "sandbox.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

Workload workload(const QString& baseUrl, const QString& slug, WorkloadKind kind) {
    Workload w;
    w.id = u"wl-"_s + slug;
    w.name = slug;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = slug;
    w.kind = kind;
    return w;
}

QString cell(const QAbstractItemModel* m, int row, int column, int role = Qt::DisplayRole) {
    return m->data(m->index(row, column), role).toString();
}

double value(const QAbstractItemModel* m, int row, int column) {
    return m->data(m->index(row, column), Qt::UserRole).toDouble();
}

} // namespace

class TstEmbeddingsRetrieval : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    Workload m_billing, m_search, m_ranker, m_chat;
    QTemporaryDir m_dir;

    std::unique_ptr<EmbeddingsView> makeView(const SessionServices* services = nullptr) {
        auto view = std::make_unique<EmbeddingsView>(services ? services : &m_services);
        view->setWorkloads({m_chat, m_billing, m_search, m_ranker});
        view->setWorkload(m_billing);
        view->resize(1024, 700);
        auto* tabs = child<QTabWidget>(view.get(), u"embeddingTabs"_s);
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->tabText(i) == u"Retrieval"_s)
                tabs->setCurrentIndex(i);
        view->show();
        return view;
    }

    template <typename T> static T* child(EmbeddingsView* view, const QString& name) {
        auto* w = view->findChild<T*>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    static void pick(QComboBox* combo, const QString& id) {
        const int i = combo->findData(id);
        QVERIFY2(i >= 0, qPrintable(id));
        combo->setCurrentIndex(i);
    }

    // Clicks Evaluate and waits for the tables.
    static bool evaluate(EmbeddingsView* view) {
        QSignalSpy done(view, &EmbeddingsView::retrievalFinished);
        QTest::mouseClick(child<QPushButton>(view, u"retrievalRunButton"_s), Qt::LeftButton);
        return done.wait(60000);
    }

    QString file(const QString& name, const QByteArray& content) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    // `ik-call evalret --json` on the same files, with the sandbox's project-wide key.
    QJsonObject evalret(const QStringList& args) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, m_sandbox->config().keyFor(u"acme"_s, u"*"_s));
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"evalret"_s, u"--base-url"_s, m_sandbox->baseUrl(), u"--project"_s,
                            u"acme"_s, u"--json"_s} +
                    args);
        if (!p.waitForStarted(10000))
            return {};
        if (!done.wait(60000)) { // the sandbox answers in this test's event loop
            p.kill();
            done.wait(5000);
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Config::builtIn());
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_billing = workload(m_sandbox->baseUrl(), u"billing"_s, WorkloadKind::Embedding);
        m_search = workload(m_sandbox->baseUrl(), u"search"_s, WorkloadKind::Embedding);
        m_ranker = workload(m_sandbox->baseUrl(), u"ranker"_s, WorkloadKind::Rerank);
        m_chat = workload(m_sandbox->baseUrl(), u"support-bot"_s, WorkloadKind::Chat);
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> cb) {
            QTimer::singleShot(
                0, this, [this, w, cb] { cb(m_sandbox->config().keyFor(w.project, w.slug)); });
        };
    }

    void theExampleIsFoundAndLoaded() {
        const QString docs = EmbeddingsView::exampleFile(u"retrieval/documents.csv"_s);
        QVERIFY2(!docs.isEmpty(), "docs/examples/retrieval not found from the test's folder");
        QCOMPARE(QFileInfo(docs).canonicalFilePath(),
                 QFileInfo(qEnvironmentVariable("IK_SOURCE_DIR") +
                           u"/docs/examples/retrieval/documents.csv"_s)
                     .canonicalFilePath());
        auto view = makeView();
        auto* run = child<QPushButton>(view.get(), u"retrievalRunButton"_s);
        QVERIFY(!run->isEnabled()); // nothing to rank yet
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalExampleButton"_s),
                          Qt::LeftButton);
        const QString files = child<QLabel>(view.get(), u"retrievalFiles"_s)->text();
        QVERIFY2(files.contains(u"40 documents from documents.csv"_s), qPrintable(files));
        QVERIFY2(files.contains(u"12 queries from queries.csv"_s), qPrintable(files));
        QVERIFY(view->retrievalError().isEmpty());
        QVERIFY(run->isEnabled());
        // Side by side by default, with any embedding workload but this one; no reranker.
        auto* second = child<QComboBox>(view.get(), u"retrievalSecondWorkload"_s);
        QCOMPARE(second->currentData().toString(), m_search.id);
        QCOMPARE(second->findData(m_billing.id), -1);
        QCOMPARE(second->findData(m_ranker.id), -1);
        QCOMPARE(second->findData(QString()), 0); // "no second workload"
        auto* rerank = child<QComboBox>(view.get(), u"retrievalRerankWorkload"_s);
        QCOMPARE(rerank->currentData().toString(), QString());
        QVERIFY(rerank->findData(m_ranker.id) > 0);
        QCOMPARE(child<QSpinBox>(view.get(), u"retrievalK"_s)->value(), 10);
    }

    void bothWorkloadsSideBySideAsTheEngineAndTheCliSay() {
        auto view = makeView();
        QVERIFY(view->openRetrievalExample());
        QVERIFY(evaluate(view.get()));
        const RetrievalReport& report = view->retrievalEval()->report();
        QCOMPARE(report.workloads.size(), 2);
        QCOMPARE(report.k, 10);
        auto* table = child<QTableView>(view.get(), u"retrievalSummaryTable"_s);
        const QAbstractItemModel* m = table->model();
        QCOMPARE(m->rowCount(), 3); // billing, search, the difference
        QCOMPARE(m->headerData(RetrievalSummaryModel::RecallColumn, Qt::Horizontal).toString(),
                 u"Recall@10"_s);
        QCOMPARE(m->headerData(RetrievalSummaryModel::NdcgColumn, Qt::Horizontal).toString(),
                 u"nDCG@10"_s);
        for (int w = 0; w < 2; ++w) {
            const retrieval::Summary& s = report.workloads[w].summary;
            QCOMPARE(cell(m, w, RetrievalSummaryModel::WorkloadColumn),
                     report.workloads[w].workload.displayName());
            QCOMPARE(cell(m, w, RetrievalSummaryModel::RecallColumn),
                     QString::number(s.recall, 'f', 3));
            QCOMPARE(cell(m, w, RetrievalSummaryModel::NdcgColumn),
                     QString::number(s.ndcg, 'f', 3));
            QCOMPARE(cell(m, w, RetrievalSummaryModel::WonColumn), QString::number(report.wins(w)));
        }
        QCOMPARE(report.workloads[0].workload.slug, u"billing"_s);
        QCOMPARE(report.workloads[1].workload.slug, u"search"_s);
        QCOMPARE(cell(m, 2, RetrievalSummaryModel::NdcgColumn),
                 (report.difference().ndcg >= 0 ? u"+"_s : QString()) +
                     QString::number(report.difference().ndcg, 'f', 3));
        // The command line on the same files says the same.
        const QString docs = EmbeddingsView::exampleFile(u"retrieval/documents.csv"_s);
        const QString queries = EmbeddingsView::exampleFile(u"retrieval/queries.csv"_s);
        const QJsonObject cli =
            evalret({u"--workload"_s, u"billing"_s, u"--workload"_s, u"search"_s, u"--docs"_s, docs,
                     u"--queries"_s, queries, u"--k"_s, u"10"_s});
        const QJsonArray workloads = cli.value(u"workloads"_s).toArray();
        QCOMPARE(workloads.size(), 2);
        for (int w = 0; w < 2; ++w) {
            const QJsonObject metrics = workloads[w].toObject().value(u"metrics"_s).toObject();
            QCOMPARE(value(m, w, RetrievalSummaryModel::RecallColumn),
                     metrics.value(u"recall"_s).toDouble());
            QCOMPARE(value(m, w, RetrievalSummaryModel::NdcgColumn),
                     metrics.value(u"ndcg"_s).toDouble());
        }
    }

    void queriesWorstFirstAndOpenedOnWhatWasMissed() {
        auto view = makeView();
        QVERIFY(view->openRetrievalExample());
        QVERIFY(evaluate(view.get()));
        const RetrievalReport& report = view->retrievalEval()->report();
        auto* table = child<QTableView>(view.get(), u"retrievalQueryTable"_s);
        const QAbstractItemModel* m = table->model();
        QCOMPARE(m->rowCount(), 12);
        const QList<int> worst = report.workloads[0].worstFirst();
        for (int r = 0; r < m->rowCount(); ++r) {
            QCOMPARE(view->retrievalQueryModel()->queryOf(r), worst[r]);
            if (r > 0)
                QVERIFY(value(m, r - 1, RetrievalQueryModel::NdcgColumn) <=
                        value(m, r, RetrievalQueryModel::NdcgColumn));
        }
        // The worst query is opened at once; then a click opens another one that missed.
        QCOMPARE(table->currentIndex().row(), 0);
        int row = -1;
        for (int r = m->rowCount() - 1; r >= 0 && row < 0; --r)
            if (!report.workloads[0].queries[worst[r]].missed.isEmpty())
                row = r;
        QVERIFY2(row >= 0, "billing misses nothing on the example: nothing to open");
        const QRect rect = table->visualRect(m->index(row, RetrievalQueryModel::QueryColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        const QueryOutcome& q = report.workloads[0].queries[worst[row]];
        RetrievalRankingModel* ranking = view->retrievalRankingModel();
        QStringList missedShown, insteadShown;
        for (int r = 0; r < ranking->rowCount(); ++r) {
            const QString verdict = cell(ranking, r, RetrievalRankingModel::VerdictColumn);
            if (verdict == u"missed"_s)
                missedShown << ranking->documentId(r);
            else if (verdict == u"in place of a relevant one"_s)
                insteadShown << ranking->documentId(r);
        }
        QStringList missed, instead;
        for (int d : q.missed)
            missed << report.documents.items[d].id;
        for (const RetrievedDocument& d : q.inPlaceOf)
            instead << report.documents.items[d.document].id;
        QCOMPARE(missedShown, missed);
        QCOMPARE(insteadShown, instead);
        const int first = int(ranking->rowCount()) - int(q.missed.size());
        QCOMPARE(cell(ranking, first, RetrievalRankingModel::TextColumn),
                 report.documents.items[q.missed[0]].text);
        const QString title = child<QLabel>(view.get(), u"retrievalQueryTitle"_s)->text();
        QVERIFY2(title.contains(report.queries.items[q.query].id), qPrintable(title));
        QVERIFY2(title.contains(u"relevant missed"_s), qPrintable(title));
        // The other workload's rows, in its own order.
        child<QComboBox>(view.get(), u"retrievalRowsOf"_s)->setCurrentIndex(1);
        QCOMPARE(view->retrievalQueryModel()->workload(), 1);
        QCOMPARE(view->retrievalQueryModel()->queryOf(0), report.workloads[1].worstFirst()[0]);
    }

    void rerankedBeforeAndAfter() {
        auto view = makeView();
        QVERIFY(view->openRetrievalExample());
        pick(child<QComboBox>(view.get(), u"retrievalSecondWorkload"_s), QString());
        pick(child<QComboBox>(view.get(), u"retrievalRerankWorkload"_s), m_ranker.id);
        child<QSpinBox>(view.get(), u"retrievalTopN"_s)->setValue(15);
        QVERIFY(evaluate(view.get()));
        const RetrievalReport& report = view->retrievalEval()->report();
        QCOMPARE(report.workloads.size(), 1);
        QCOMPARE(report.rerankTopN, 15);
        const RetrievalSummaryModel* m = view->retrievalSummaryModel();
        QCOMPARE(m->rowCount(), 2);
        QCOMPARE(cell(m, m->rowOf(0, true), RetrievalSummaryModel::NdcgColumn),
                 QString::number(report.workloads[0].firstStageSummary.ndcg, 'f', 3));
        QCOMPARE(cell(m, m->rowOf(0), RetrievalSummaryModel::NdcgColumn),
                 QString::number(report.workloads[0].summary.ndcg, 'f', 3));
        QVERIFY(
            cell(m, m->rowOf(0), RetrievalSummaryModel::WorkloadColumn).contains(u"reranked"_s));
        // The opened query shows each document's rank before reranking beside its rank after.
        RetrievalRankingModel* ranking = view->retrievalRankingModel();
        QVERIFY(ranking->rowCount() > 0);
        const QueryOutcome& q =
            report.workloads[0].queries[view->retrievalQueryModel()->queryOf(0)];
        for (int r = 0; r < ranking->rowCount() && r < 10; ++r) {
            int before = 0;
            for (int i = 0; i < int(q.firstStage.size()); ++i)
                if (q.firstStage[i].document == ranking->row(r).document)
                    before = i + 1;
            QCOMPARE(ranking->row(r).before, before);
        }
    }

    void cancelStopsAndANewRunStillWorks() {
        auto view = makeView();
        QVERIFY(view->openRetrievalExample());
        auto* run = child<QPushButton>(view.get(), u"retrievalRunButton"_s);
        auto* cancel = child<QPushButton>(view.get(), u"retrievalCancelButton"_s);
        QVERIFY(!cancel->isEnabled());
        QSignalSpy cancelled(view->retrievalEval(), &RetrievalEval::cancelled);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(view->retrievalEval()->isRunning());
        QVERIFY(view->isBusy());
        QVERIFY(!run->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QVERIFY(!view->retrievalEval()->isRunning());
        QCOMPARE(child<QLabel>(view.get(), u"retrievalStage"_s)->text(),
                 u"Cancelled; nothing was scored."_s);
        QCOMPARE(view->retrievalSummaryModel()->rowCount(), 0);
        QVERIFY(run->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(evaluate(view.get()));
        QCOMPARE(view->retrievalSummaryModel()->rowCount(), 3);
    }

    void aBadQueriesFileNamesItsLine() {
        auto view = makeView();
        const QString docs = EmbeddingsView::exampleFile(u"retrieval/documents.csv"_s);
        const QString bad = file(u"bad-queries.csv"_s, "id,query,relevant\n"
                                                       "q1,how long does a refund take,b01:2\n"
                                                       "q2,a query about nothing,zz99\n");
        QStringList answers{docs, bad};
        view->setOpenFileHook(
            [&](const QString&, std::function<void(QString)> done) { done(answers.takeFirst()); });
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalDocumentsButton"_s),
                          Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalQueriesButton"_s),
                          Qt::LeftButton);
        auto* error = child<QLabel>(view.get(), u"retrievalError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"bad-queries.csv"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"line 3"_s), qPrintable(error->text()));
        QVERIFY2(error->text().contains(u"zz99"_s), qPrintable(error->text()));
        QVERIFY(!child<QPushButton>(view.get(), u"retrievalRunButton"_s)->isEnabled());
        // The dialogs open where the last file came from.
        QCOMPARE(EmbeddingsView::lastFolder(), QFileInfo(bad).absolutePath());
        // Fixed: the error goes and the set can run.
        QVERIFY(view->loadRetrievalQueries(file(u"good.csv"_s, "query,relevant\nrefund,b01\n")));
        QVERIFY(!error->isVisible());
        QVERIFY(child<QPushButton>(view.get(), u"retrievalRunButton"_s)->isEnabled());
    }

    void queriesBeforeDocumentsWaitForThem() {
        auto view = makeView();
        QVERIFY(
            !view->loadRetrievalQueries(EmbeddingsView::exampleFile(u"retrieval/queries.csv"_s)));
        QVERIFY2(view->retrievalError().contains(u"Load the documents first"_s),
                 qPrintable(view->retrievalError()));
        QVERIFY(view->loadRetrievalDocuments(
            EmbeddingsView::exampleFile(u"retrieval/documents.csv"_s)));
        QVERIFY(view->retrievalError().isEmpty());
        QVERIFY(child<QLabel>(view.get(), u"retrievalFiles"_s)->text().contains(u"12 queries"_s));
    }

    void aChatWorkloadIsRefusedPlainly() {
        auto view = makeView();
        QVERIFY(view->openRetrievalExample());
        view->setWorkload(m_chat);
        QVERIFY(!child<QPushButton>(view.get(), u"retrievalRunButton"_s)->isEnabled());
        const QString stage = child<QLabel>(view.get(), u"retrievalStage"_s)->text();
        QVERIFY2(stage.contains(u"chat workload"_s), qPrintable(stage));
        // Its own workload is offered again once another one is current.
        view->setWorkload(m_search);
        QVERIFY(child<QComboBox>(view.get(), u"retrievalSecondWorkload"_s)->findData(m_billing.id) >
                0);
    }

    void aKeyInADocumentIsAskedAboutFirst() {
        auto view = makeView();
        QFile example(EmbeddingsView::exampleFile(u"retrieval/documents.csv"_s));
        QVERIFY(example.open(QIODevice::ReadOnly));
        // The key the page would send with, pasted into an article: the guard asks before sending.
        const QByteArray leak = example.readAll() + "x99,\"my key is " +
                                m_sandbox->config().keyFor(u"acme"_s, u"billing"_s).toUtf8() +
                                "\",account\n";
        QVERIFY(view->loadRetrievalDocuments(file(u"leak.csv"_s, leak)));
        QVERIFY(
            view->loadRetrievalQueries(EmbeddingsView::exampleFile(u"retrieval/queries.csv"_s)));
        int requests = 0;
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, view.get(),
                [&] { ++requests; });
        QSignalSpy failed(view->retrievalEval(), &RetrievalEval::failed);
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalRunButton"_s), Qt::LeftButton);
        auto* bar = child<QWidget>(view.get(), u"confirmBar"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QTest::mouseClick(child<QPushButton>(view.get(), u"dontSendButton"_s), Qt::LeftButton);
        QVERIFY(failed.size() == 1 || failed.wait(10000));
        QCOMPARE(requests, 0);
        QVERIFY2(view->retrievalError().startsWith(u"billing: "_s),
                 qPrintable(view->retrievalError()));
        QVERIFY(!view->retrievalError().contains(u"ik_live_"_s));
        QVERIFY2(view->retrievalError().contains(u"not sent, as you chose"_s),
                 qPrintable(view->retrievalError()));
        QCOMPARE(view->retrievalSummaryModel()->rowCount(), 0);
        // Meant: sent, and scored.
        QSignalSpy done(view.get(), &EmbeddingsView::retrievalFinished);
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalRunButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QTest::mouseClick(child<QPushButton>(view.get(), u"sendAnywayButton"_s), Qt::LeftButton);
        // The second workload is judged on its own and asks too.
        QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1 || bar->isVisible(), 30000);
        if (done.isEmpty())
            QTest::mouseClick(child<QPushButton>(view.get(), u"sendAnywayButton"_s),
                              Qt::LeftButton);
        QVERIFY(done.size() == 1 || done.wait(60000));
        QVERIFY(requests > 0);
        QCOMPARE(view->retrievalSummaryModel()->rowCount(), 3);
    }

    void aMissingKeyStopsItWithAMessage() {
        SessionServices noKeys = m_services;
        noKeys.keyLookup = [this](const Workload&, std::function<void(QString)> cb) {
            QTimer::singleShot(0, this, [cb] { cb(QString()); });
        };
        auto view = makeView(&noKeys);
        QVERIFY(view->openRetrievalExample());
        QSignalSpy failed(view->retrievalEval(), &RetrievalEval::failed);
        QTest::mouseClick(child<QPushButton>(view.get(), u"retrievalRunButton"_s), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        QVERIFY2(view->retrievalError().startsWith(u"billing: "_s),
                 qPrintable(view->retrievalError()));
        QCOMPARE(view->retrievalSummaryModel()->rowCount(), 0);
        QVERIFY(child<QPushButton>(view.get(), u"retrievalRunButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TstEmbeddingsRetrieval)
#include "tst_embeddingsretrieval.moc"
