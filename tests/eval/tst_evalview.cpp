// The Evaluate page against the sandbox over loopback, as a user sees it: the example set opens
// with its problems and the workloads it lacks, runs against the sandbox's two chat workloads
// into a 30 × 2 matrix, "failures only" shows exactly the rows the store has failures in, a
// failed cell opens as its conversation, and the JUnit export reads back.

#include "evalfilter.h"
#include "evalresultsmodel.h"
#include "evalrunner.h"
#include "evalstore.h"
#include "evalview.h"
#include "guard.h"
#include "sandbox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace ik;
using namespace ik::eval;
using namespace Qt::Literals::StringLiterals;

class TstEvalView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exampleShowsWhatIsMissing();
    void runFillsTheMatrix();
    void failuresOnlyShowsTheStoredFailures();
    void failedCellOpensItsConversation();
    void junitExportReadsBack();
    void cancelThenRunResumes();

private:
    Workload workload(const QString& project, const QString& slug, const QString& name,
                      WorkloadKind kind = WorkloadKind::Chat) const;
    QSet<int> storedFailedRows(int* perWorkload0, int* perWorkload1) const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    CredentialGuard m_guard;
    SessionServices m_services;
    EvalView* m_view = nullptr;
};

void TstEvalView::initTestCase() {
    qRegisterMetaType<ik::eval::Progress>();
    qRegisterMetaType<ik::eval::RunEnd>();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    m_sandbox->setTokensPerSecond(0);
    m_services.nam = &m_nam;
    m_services.guard = &m_guard;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        done(m_sandbox->config().keyFor(w.project, w.slug));
    };
    m_view = new EvalView(&m_services, m_dir.filePath(u"evaluations.sqlite"_s));
    m_view->resize(1024, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TstEvalView::cleanupTestCase() {
    delete m_view;
    m_view = nullptr;
}

// As the window lists the sandbox's workloads: an id of their own, the set's project/slug.
Workload TstEvalView::workload(const QString& project, const QString& slug, const QString& name,
                               WorkloadKind kind) const {
    Workload w;
    w.id = u"sandbox:"_s + project + u'/' + slug;
    w.name = name;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = project;
    w.slug = slug;
    w.kind = kind;
    w.sandbox = true;
    return w;
}

void TstEvalView::exampleShowsWhatIsMissing() {
    m_view->findChild<QPushButton*>(u"evalOpenExample"_s)->click();
    QCOMPARE(m_view->set().rows.size(), 30);
    QVERIFY2(!m_view->problems().contains(u"Error"_s), qPrintable(m_view->problems()));
    QVERIFY(!m_view->problems().isEmpty());
    auto* run = m_view->findChild<QPushButton*>(u"evalRun"_s);
    // No workloads yet: the page names each one the set needs and does not offer to run.
    const QString missing = m_view->findChild<QLabel*>(u"evalWorkloads"_s)->text();
    for (const QString& ref : {u"acme/support-bot"_s, u"globex/helpdesk"_s, u"acme/billing"_s})
        QVERIFY2(missing.contains(ref), qPrintable(missing));
    QVERIFY(!run->isEnabled());

    m_view->setWorkloads(
        {workload(u"acme"_s, u"support-bot"_s, u"Support bot"_s),
         workload(u"acme"_s, u"billing"_s, u"Billing search"_s, WorkloadKind::Embedding),
         workload(u"globex"_s, u"helpdesk"_s, u"Helpdesk"_s)});
    QVERIFY2(m_view->missingWorkloads().isEmpty(),
             qPrintable(m_view->missingWorkloads().join(u", "_s)));
    QVERIFY(!m_view->findChild<QLabel*>(u"evalWorkloads"_s)->text().contains(u"Missing"_s));
    QVERIFY(run->isEnabled());
}

void TstEvalView::runFillsTheMatrix() {
    QSignalSpy finished(m_view, &EvalView::runFinished);
    m_view->findChild<QPushButton*>(u"evalRun"_s)->click();
    QVERIFY2(m_view->runner()->isRunning(), qPrintable(m_view->runner()->error()));
    QVERIFY(m_view->findChild<QPushButton*>(u"evalCancel"_s)->isEnabled());
    QVERIFY(finished.wait(60000));
    QTableView* matrix = m_view->matrix();
    QCOMPARE(matrix->model()->rowCount(), 30);
    QCOMPARE(matrix->model()->columnCount(), 3); // the prompt and two workloads
    QCOMPARE(matrix->model()->headerData(1, Qt::Horizontal).toString(), u"Support bot"_s);
    QCOMPARE(m_view->store()->resultCount(m_view->runner()->runId()), 60);
    const QString line = m_view->findChild<QLabel*>(u"evalProgressLine"_s)->text();
    QVERIFY2(line.contains(u"60 of 60 done"_s), qPrintable(line));
    QVERIFY2(line.contains(u"cost so far $"_s), qPrintable(line));
    // Totals per workload: what the store counts, with the pass rate's interval.
    QTableWidget* totals = m_view->totalsTable();
    QCOMPARE(totals->rowCount(), 2);
    const QList<WorkloadTotals> stored = m_view->store()->totals(m_view->runner()->runId(), 2);
    for (int w = 0; w < 2; ++w) {
        QCOMPARE(totals->item(w, 1)->text().section(u' ', 0, 2),
                 u"%1 of 30"_s.arg(stored[w].passed));
        QVERIFY(totals->item(w, 2)->text().endsWith(u'%'));
    }
}

QSet<int> TstEvalView::storedFailedRows(int* perWorkload0, int* perWorkload1) const {
    QSet<int> rows;
    *perWorkload0 = *perWorkload1 = 0;
    m_view->store()->forEach(m_view->runner()->runId(), [&](const CellResult& c) {
        if (!c.passed) {
            rows.insert(c.row);
            ++*(c.workload == 0 ? perWorkload0 : perWorkload1);
        }
        return true;
    });
    return rows;
}

void TstEvalView::failuresOnlyShowsTheStoredFailures() {
    int failed0 = 0, failed1 = 0;
    const QSet<int> failedRows = storedFailedRows(&failed0, &failed1);
    QCOMPARE(failed0, 4); // the example plans four failures for each workload
    QCOMPARE(failed1, 4);
    auto* filter = m_view->findChild<QComboBox*>(u"evalFilter"_s);
    filter->setCurrentIndex(1); // as a user picks "Failures only"
    QAbstractItemModel* shown = m_view->matrix()->model();
    QSet<int> shownRows;
    for (int r = 0; r < shown->rowCount(); ++r) {
        shownRows.insert(shown->headerData(r, Qt::Vertical).toInt() - 1);
        bool anyFailed = false;
        for (int c = 1; c < 3; ++c)
            anyFailed |= shown->index(r, c).data(CellStateRole).toString() != u"pass"_s;
        QVERIFY(anyFailed);
    }
    QCOMPARE(shownRows, failedRows);
    // The failing assertion is in the cell a user reads.
    const QString text = shown->index(0, 1).data().toString();
    QVERIFY2(text.startsWith(u"fail"_s) || text.startsWith(u"error"_s), qPrintable(text));
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), 30);
    // Row 10 asks the sandbox for a server error: the cell says so, not which assertion lost.
    const QString error = shown->index(9, 1).data().toString();
    QVERIFY2(error.startsWith(u"error: api error (status 500)"_s), qPrintable(error));
}

void TstEvalView::failedCellOpensItsConversation() {
    m_view->setFilter(EvalView::Filter::Failures);
    QAbstractItemModel* shown = m_view->matrix()->model();
    QModelIndex cell;
    for (int r = 0; r < shown->rowCount() && !cell.isValid(); ++r)
        if (shown->index(r, 2).data(CellStateRole).toString() == u"fail"_s &&
            !shown->index(r, 2).data(AnswerRole).toString().isEmpty())
            cell = shown->index(r, 2);
    QVERIFY(cell.isValid());
    const int row = shown->headerData(cell.row(), Qt::Vertical).toInt() - 1;
    QSignalSpy open(m_view, &EvalView::openInPlayground);
    QTableView* matrix = m_view->matrix();
    matrix->scrollTo(cell);
    const QPoint at = matrix->visualRect(cell).center();
    QTest::mouseClick(matrix->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(matrix->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0][0].toString(), u"sandbox:globex/helpdesk"_s);
    QVERIFY(open[0][1].toString().startsWith(u"You are the support assistant"_s));
    const auto turns = open[0][2].value<QList<ChatMessage>>();
    QCOMPARE(turns.size(), 2);
    QCOMPARE(turns[0].role, u"user"_s);
    QCOMPARE(turns[0].content, m_view->set().rows[row].vars().value(u"question"_s).toString());
    QCOMPARE(turns[1].role, u"assistant"_s);
    QCOMPARE(turns[1].content, m_view->store()->result(m_view->runner()->runId(), row, 1)->answer);
    m_view->setFilter(EvalView::Filter::All);
}

void TstEvalView::junitExportReadsBack() {
    const QString path = m_dir.filePath(u"junit.xml"_s);
    QString suggested;
    m_view->setSaveFileHook(
        [&](const QString& name, const QString&, std::function<void(QString)> done) {
            suggested = name;
            done(path);
        });
    QSignalSpy status(m_view, &EvalView::statusMessage);
    m_view->findChild<QPushButton*>(u"evalExportJUnit"_s)->click();
    QCOMPARE(suggested, u"eval-junit.xml"_s);
    QCOMPARE(status.size(), 1);
    QVERIFY(status[0][0].toString().contains(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader x(&f);
    int suites = 0, cases = 0, failures = 0;
    while (!x.atEnd()) {
        if (x.readNext() != QXmlStreamReader::StartElement)
            continue;
        suites += x.name() == u"testsuite"_s;
        cases += x.name() == u"testcase"_s;
        failures += x.name() == u"failure"_s || x.name() == u"error"_s;
    }
    QVERIFY2(!x.hasError(), qPrintable(x.errorString()));
    QCOMPARE(suites, 2);
    QCOMPARE(cases, 60);
    QCOMPARE(failures, 8);

    // Another set: the matrix and the totals of the last one go.
    QVERIFY(m_view->openExample());
    QCOMPARE(m_view->matrix()->model()->rowCount(), 0);
    QCOMPARE(m_view->totalsTable()->rowCount(), 0);
    QVERIFY(!m_view->findChild<QPushButton*>(u"evalExportJUnit"_s)->isEnabled());
}

// Cancel stops the run with what it has; Run then resumes it and repeats no finished cell.
void TstEvalView::cancelThenRunResumes() {
    m_sandbox->setTokensPerSecond(40); // each answer streams for a second or two
    QSignalSpy finished(m_view, &EvalView::runFinished);
    auto* run = m_view->findChild<QPushButton*>(u"evalRun"_s);
    run->click();
    QVERIFY(m_view->runner()->isRunning());
    QVERIFY(!m_view->findChild<QPushButton*>(u"evalOpenExample"_s)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->runner()->progress().done >= 4, 30000);
    m_view->findChild<QPushButton*>(u"evalCancel"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); // may end inside the click
    const int stored = m_view->store()->resultCount(m_view->runner()->runId());
    QVERIFY2(stored > 0 && stored < 60, qPrintable(QString::number(stored)));
    auto* line = m_view->findChild<QLabel*>(u"evalProgressLine"_s);
    QVERIFY2(line->text().contains(u"Run cancelled after %1 of 60"_s.arg(stored)),
             qPrintable(line->text()));
    QVERIFY(run->isEnabled());

    m_sandbox->setTokensPerSecond(0);
    const qint64 runId = m_view->runner()->runId();
    run->click();
    QCOMPARE(m_view->runner()->runId(), runId);
    QCOMPARE(m_view->runner()->progress().resumed, stored);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(m_view->runner()->callsMade(), 60 - stored);
    QVERIFY2(line->text().contains(u"60 of 60 done"_s), qPrintable(line->text()));
    QVERIFY2(line->text().contains(u"%1 resumed"_s.arg(stored)), qPrintable(line->text()));
}

QTEST_MAIN(TstEvalView)
#include "tst_evalview.moc"
