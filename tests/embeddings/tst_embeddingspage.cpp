// The embeddings page as a new user meets it: the keys that reach Embed, the second workload
// offered for a comparison, what the agreement panel says before and after a set is embedded, and
// where exports and loaded files go.
#include "credential.h"
#include "embeddingsview.h"
#include "embeddingtables.h"
#include "guard.h"
#include "heatmap.h"
#include "sandbox.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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

const QStringList kInputs = {u"the cat sat on the mat"_s, u"a cat sat on the mat"_s,
                             u"quarterly billing invoice is overdue"_s};

QStringList comboIds(const QComboBox* combo) {
    QStringList out;
    for (int i = 0; i < combo->count(); ++i)
        out << combo->itemData(i).toString();
    return out;
}

} // namespace

class TstEmbeddingsPage : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    Workload m_billing, m_search, m_ranker, m_chat;

    std::unique_ptr<EmbeddingsView> makeView() {
        auto view = std::make_unique<EmbeddingsView>(&m_services);
        view->setWorkloads({m_chat, m_billing, m_search, m_ranker});
        view->setWorkload(m_billing);
        view->resize(1024, 700);
        view->show();
        return view;
    }

    static bool embedWith(EmbeddingsView* view, const std::function<void()>& trigger) {
        QSignalSpy analysed(view, &EmbeddingsView::analysisFinished);
        trigger();
        return analysed.wait(30000);
    }

private slots:
    void initTestCase() {
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

    void embedByKeyboard() {
        auto view = makeView();
        auto* button = view->findChild<QPushButton*>(u"embedButton"_s);
        // The page's tab owns Alt+E: the button's mnemonic is another letter.
        QVERIFY(!button->text().contains(u"&E"_s, Qt::CaseInsensitive));
        QVERIFY(button->text().contains(u'&'));
        view->setInputs(kInputs);
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
        auto* edit = view->findChild<QPlainTextEdit*>(u"inputEdit"_s);
        edit->setFocus();
        QVERIFY(embedWith(view.get(),
                          [&] { QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); }));
        QCOMPARE(view->vectors().size(), kInputs.size());
    }

    void theSentencesExampleOpensWithItsLabels() {
        auto view = makeView();
        QTest::mouseClick(view->findChild<QPushButton*>(u"inputsExampleButton"_s), Qt::LeftButton);
        QVERIFY2(view->inputError().isEmpty(), qPrintable(view->inputError()));
        QFile csv(qEnvironmentVariable("IK_SOURCE_DIR") + u"/docs/examples/sentences.csv"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const int rows = int(csv.readAll().trimmed().count('\n')); // lines after the header
        QCOMPARE(view->inputs().size(), rows);
        QCOMPARE(view->labels().size(), rows);
        QVERIFY(view->labels().contains(u"billing"_s));
    }

    // The heatmap says which rows it shows and what its colours mean.
    void heatmapTicksAndScale() {
        QCOMPARE(heatmapTicks(3), (QList<int>{0, 1, 2}));
        QCOMPARE(heatmapTicks(20).size(), 20);
        QCOMPARE(heatmapTicks(60), (QList<int>{0, 9, 19, 29, 39, 49, 59})); // #1, #10 … #60
        QCOMPARE(heatmapTicks(2001).last(), 2000);
        QVERIFY(heatmapTicks(2001).size() <= 10);
        QVERIFY(heatmapTicks(0).isEmpty());
        auto view = makeView();
        view->setInputs(kInputs);
        QVERIFY(embedWith(view.get(), [&] { view->embed(); }));
        HeatmapWidget* hm = view->heatmap();
        const QRect cells = hm->mapRect();
        // Room left of the cells for the row numbers, above for the columns, right for the scale.
        QVERIFY(cells.left() > hm->fontMetrics().horizontalAdvance(u"3"_s));
        QVERIFY(cells.top() >= hm->fontMetrics().height());
        QVERIFY(hm->width() - cells.right() > 20);
        QCOMPARE(hm->cellAt(cells.topLeft() + QPoint(1, 1)), QPoint(0, 0));
        QCOMPARE(hm->cellAt(cells.bottomRight() - QPoint(1, 1)), QPoint(2, 2));
        QCOMPARE(hm->cellAt(QPoint(cells.right() + 10, cells.center().y())), QPoint(-1, -1));
    }

    void secondWorkloadIsNeverTheFirst() {
        auto view = makeView();
        auto* combo = view->findChild<QComboBox*>(u"compareWorkload"_s);
        QCOMPARE(comboIds(combo), QStringList{m_search.id}); // neither chat, rerank nor itself
        QCOMPARE(combo->currentData().toString(), m_search.id);
        view->setWorkload(m_search);
        QCOMPARE(comboIds(combo), QStringList{m_billing.id});
    }

    void agreementPanelFollowsTheSet() {
        auto view = makeView();
        auto* summary = view->findChild<QLabel*>(u"compareSummary"_s);
        QVERIFY(summary->text().startsWith(u"Embed a set first"_s));
        view->setInputs(kInputs);
        QVERIFY(embedWith(view.get(), [&] { view->embed(); }));
        QVERIFY2(!summary->text().contains(u"Embed a set first"_s), qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(u"the same 3 input"_s), qPrintable(summary->text()));
        // Only one embedding workload: the panel says what is missing.
        view->setWorkloads({m_billing, m_ranker});
        QVERIFY2(summary->text().contains(u"second embedding workload"_s),
                 qPrintable(summary->text()));
    }

    void exportsGetTheirExtensionAndTheFolderIsKept() {
        auto view = makeView();
        view->setInputs(kInputs);
        QVERIFY(embedWith(view.get(), [&] { view->embed(); }));
        QTemporaryDir dir;
        const QString typed = dir.filePath(u"map"_s); // no extension typed
        view->setSaveFileHook(
            [&](const QString&, const QString&, std::function<void(QString)> cb) { cb(typed); });
        view->findChild<QPushButton*>(u"exportProjectorTSVs"_s)->click();
        QVERIFY2(QFile::exists(typed + u".tsv"_s), qPrintable(view->statusText()));
        QVERIFY(QFile::exists(dir.filePath(u"map-metadata.tsv"_s)));
        QVERIFY(!QFile::exists(typed));
        QVERIFY(view->statusText().contains(u"map.tsv"_s));
        QCOMPARE(EmbeddingsView::lastFolder(), QFileInfo(typed).absolutePath());

        // Loading a file elsewhere moves it there.
        QTemporaryDir other;
        const QString inputs = other.filePath(u"inputs.txt"_s);
        QFile f(inputs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("one\ntwo\n");
        f.close();
        view->setOpenFileHook([&](const QString&, std::function<void(QString)> cb) { cb(inputs); });
        view->findChild<QPushButton*>(u"loadButton"_s)->click();
        QCOMPARE(view->inputs(), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(EmbeddingsView::lastFolder(), QFileInfo(inputs).absolutePath());
    }
};

QTEST_MAIN(TstEmbeddingsPage)
#include "tst_embeddingspage.moc"
