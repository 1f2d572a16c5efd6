// The embedding inspector against an in-process ik-sandbox over real loopback sockets,
// offscreen: what the user sees (model rows, widget text, the heatmap image, chart points) and
// what lands in exported files.

#include "credential.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "embeddingtables.h"
#include "embedmath.h"
#include "guard.h"
#include "heatmap.h"
#include "sandbox.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QtEndian>
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

const QStringList kCats = {u"the cat sat on the mat"_s, u"a cat sat on the mat"_s,
                           u"the cat sat on a mat"_s};
const QStringList kBilling = {u"quarterly billing invoice is overdue"_s,
                              u"the billing invoice for this quarter"_s};

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstEmbeddingsView : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    QString m_keyOverride;
    int m_lookups = 0; // key lookups the sessions asked for
    Workload m_billing, m_search, m_ranker, m_notes;
    int m_notesServed = 0; // embedding requests the sandbox answered for m_notes

    QString keyFor(const Workload& w) const {
        if (!m_keyOverride.isEmpty())
            return m_keyOverride;
        return m_sandbox->config().keyFor(w.project, w.slug);
    }

    std::unique_ptr<EmbeddingsView> makeView() {
        auto view = std::make_unique<EmbeddingsView>(&m_services);
        view->setWorkloads({m_billing, m_search, m_ranker});
        view->setWorkload(m_billing);
        view->resize(1000, 700);
        view->show();
        return view;
    }

    static void embedAndWait(EmbeddingsView* view) {
        QSignalSpy analysed(view, &EmbeddingsView::analysisFinished);
        QSignalSpy failed(view, &EmbeddingsView::failed);
        view->embed();
        QVERIFY2(analysed.wait(30000), qPrintable(view->statusText()));
        QCOMPARE(failed.count(), 0);
    }

private slots:
    void initTestCase() {
        sandbox::Config config = sandbox::Config::builtIn();
        // The scale issue 6 promises: 1,024 dimensions.
        sandbox::WorkloadSpec wide;
        wide.project = u"acme"_s;
        wide.slug = u"wide"_s;
        wide.kind = u"embedding"_s;
        wide.model = u"wide-1024"_s;
        wide.dimension = 1024;
        wide.featurisation = u"word"_s;
        config.workloads.append(wide);
        // A workload of its own for the confirmation tests, so its requests can be counted.
        sandbox::WorkloadSpec notes = wide;
        notes.slug = u"notes"_s;
        notes.model = u"notes-64"_s;
        notes.dimension = 64;
        config.workloads.append(notes);
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_billing = workload(m_sandbox->baseUrl(), u"billing"_s, WorkloadKind::Embedding);
        m_search = workload(m_sandbox->baseUrl(), u"search"_s, WorkloadKind::Embedding);
        m_ranker = workload(m_sandbox->baseUrl(), u"ranker"_s, WorkloadKind::Rerank);
        m_notes = workload(m_sandbox->baseUrl(), u"notes"_s, WorkloadKind::Embedding);
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this](const QString&, const QString& path, int) {
                    m_notesServed += path.contains(u"/acme/notes/"_s);
                });
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> cb) {
            ++m_lookups;
            // Answer later, as a keychain read does.
            QTimer::singleShot(0, this, [this, w, cb] { cb(keyFor(w)); });
        };
    }
    void init() {
        m_keyOverride.clear();
        m_sandbox->setFault({});
        m_lookups = 0;
    }

    void tableRowsDimensionAndNorms() {
        auto view = makeView();
        const QStringList texts = kCats + kBilling + QStringList{kCats[0]};
        view->setInputs(texts, {u"cat"_s, u"cat"_s, u"cat"_s, u"bill"_s, u"bill"_s, u"cat"_s});
        view->setBatchSize(2); // three batches
        QSignalSpy done(view.get(), &EmbeddingsView::embeddingFinished);
        embedAndWait(view.get());
        QCOMPARE(done.count(), 1);
        EmbeddingModel* m = view->model();
        QCOMPARE(m->rowCount(), 6);
        for (int r = 0; r < 6; ++r) {
            QCOMPARE(m->index(r, EmbeddingModel::InputColumn).data().toString(), texts[r]);
            QCOMPARE(m->index(r, EmbeddingModel::DimensionColumn).data().toInt(), 384);
            QCOMPARE(m->index(r, EmbeddingModel::NormColumn).data().toString(), u"1.0000"_s);
            QVERIFY(m->index(r, EmbeddingModel::ValuesColumn).data().toString().endsWith(u"…"_s));
        }
        QCOMPARE(m->index(3, EmbeddingModel::LabelColumn).data().toString(), u"bill"_s);
        QVERIFY2(view->statisticsText().contains(u"dimension 384"_s),
                 qPrintable(view->statisticsText()));
        QVERIFY(view->statisticsText().contains(u"normalised (every norm is 1)"_s));
        QCOMPARE(view->findChild<QLabel*>(u"countLabel"_s)->text(), u"6 / 6 embedded"_s);
        // Identical inputs (rows 1 and 6): cosine 1, and each is the other's first neighbour.
        view->selectInput(5);
        QCOMPARE(view->neighbours().first().index, 0);
        QVERIFY(qAbs(view->neighbours().first().score - 1.0) < 1e-5);
        // The neighbours table shows its model: rank, cosine and the neighbour's text.
        auto* table = view->findChild<QTableView*>(u"neighboursTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model(), view->neighbourModel());
        const NeighbourModel* nm = view->neighbourModel();
        QCOMPARE(nm->rowCount(), 5);
        QCOMPARE(nm->index(0, NeighbourModel::RankColumn).data().toString(), u"1"_s);
        QCOMPARE(nm->index(0, NeighbourModel::CosineColumn).data().toString(), u"1.0000"_s);
        QCOMPARE(nm->index(0, NeighbourModel::InputColumn).data().toString(), kCats[0]);
        QCOMPARE(nm->index(0, NeighbourModel::LabelColumn).data().toString(), u"cat"_s);
        QVERIFY(!table->isColumnHidden(NeighbourModel::LabelColumn)); // hidden in a set without any
        // One row of statistics per dimension.
        auto* dims = view->findChild<QTableView*>(u"dimensionTable"_s);
        QVERIFY(dims);
        QCOMPARE(dims->model(), view->dimStatsModel());
        QCOMPARE(view->dimStatsModel()->rowCount(), 384);
        QCOMPARE(
            view->dimStatsModel()->index(383, DimStatsModel::DimensionColumn).data().toString(),
            u"383"_s);
        // The detail view holds every value, and the heat strip one pixel per dimension.
        QCOMPARE(view->findChild<QPlainTextEdit*>(u"vectorDetail"_s)->blockCount(), 385);
        QCOMPARE(view->findChild<HeatStrip*>(u"heatStrip"_s)->image().width(), 384);
    }

    void shuffledDataStillInInputOrder() {
        const QStringList texts = kCats + kBilling;
        auto plain = makeView();
        plain->setInputs(texts);
        plain->setBatchSize(5);
        embedAndWait(plain.get());

        auto shuffled = makeView();
        shuffled->setExtraHeader("X-Sandbox-Fault", "shuffle");
        shuffled->setInputs(texts);
        shuffled->setBatchSize(5);
        embedAndWait(shuffled.get());
        QCOMPARE(shuffled->vectors().size(), 5);
        QCOMPARE(shuffled->vectors(), plain->vectors());
        // And not because every vector is the same.
        QVERIFY(shuffled->vectors()[0] != shuffled->vectors()[4]);
    }

    void neighboursOfAKnownSet() {
        auto view = makeView();
        view->setInputs(kBilling + kCats);
        embedAndWait(view.get());
        // The cat sentences are each other's nearest; the billing ones come after them.
        view->selectInput(2);
        QList<int> order;
        QList<double> scores;
        for (const auto& n : view->neighbours()) {
            order.append(n.index);
            scores.append(n.score);
        }
        QCOMPARE(order.size(), 4);
        QVERIFY(std::is_sorted(scores.rbegin(), scores.rend()));
        QCOMPARE(QSet<int>(order.begin(), order.begin() + 2), (QSet<int>{3, 4}));
        QCOMPARE(QSet<int>(order.begin() + 2, order.end()), (QSet<int>{0, 1}));
        view->selectInput(0);
        QCOMPARE(view->neighbours().first().index, 1);
        QVERIFY(view->findChild<QLabel*>(u"neighboursTitle"_s)->text().contains(kBilling[0]));
    }

    void heatmapAndPca() {
        auto view = makeView();
        const QStringList texts = kCats + kBilling + QStringList{u"weather is sunny today"_s};
        view->setInputs(texts, {u"a"_s, u"a"_s, u"a"_s, u"b"_s, u"b"_s, u"c"_s});
        embedAndWait(view.get());
        QCOMPARE(view->heatmapImage().size(), QSize(6, 6));
        QCOMPARE(view->pcaPointCount(), 6);
        QVERIFY2(view->explainedVarianceText().contains(
                     QRegularExpression(u"PC1 explains \\d+\\.\\d%"_s)),
                 qPrintable(view->explainedVarianceText()));
        // Hover and click on the heatmap: the pair, its value, both texts.
        HeatmapWidget* hm = view->heatmap();
        const QRect r = hm->mapRect(); // the cells, inside the ticks and the colour scale
        const int side = r.width();
        const QPoint origin = r.topLeft();
        const QPoint cell01 = origin + QPoint(side * 1 / 6 + side / 12, side * 0 / 6 + side / 12);
        QCOMPARE(hm->cellAt(cell01), QPoint(1, 0));
        // A plain move event: QTest::mouseMove does not reach a widget on the offscreen platform.
        QMouseEvent move(QEvent::MouseMove, QPointF(cell01), QPointF(hm->mapToGlobal(cell01)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(hm, &move);
        QVERIFY2(hm->hoverText().contains(u"#1"_s), qPrintable(hm->hoverText()));
        QCOMPARE(view->findChild<QLabel*>(u"hoverLabel"_s)->text(), hm->hoverText());
        QVERIFY(hm->hoverText().contains(u"#2"_s));
        QVERIFY(hm->hoverText().contains(u"cosine"_s));
        QTest::mouseClick(hm, Qt::LeftButton, {}, cell01);
        const QString pair = view->findChild<QPlainTextEdit*>(u"pairView"_s)->toPlainText();
        QVERIFY(pair.contains(kCats[0]));
        QVERIFY(pair.contains(kCats[1]));
    }

    void queryRanksTheSet() {
        auto view = makeView();
        view->setInputs(kBilling + kCats);
        embedAndWait(view.get());
        QSignalSpy spy(view.get(), &EmbeddingsView::queryFinished);
        view->runQuery(u"overdue billing invoice"_s);
        QVERIFY2(spy.wait(20000), qPrintable(view->statusText()));
        QCOMPARE(view->queryResults().size(), 5);
        QVERIFY(view->queryResults().first().index < 2);
        auto* table = view->findChild<QTableView*>(u"queryTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model(), view->queryModel());
        QCOMPARE(view->queryModel()->rowCount(), 5);
        QVERIFY(kBilling.contains(
            view->queryModel()->index(0, NeighbourModel::InputColumn).data().toString()));
    }

    void compareTwoWorkloads() {
        auto view = makeView();
        view->setInputs(kBilling + kCats);
        embedAndWait(view.get());
        QSignalSpy spy(view.get(), &EmbeddingsView::compareFinished);
        view->compareWith(m_search.id, 2);
        QVERIFY2(spy.wait(30000), qPrintable(view->statusText()));
        const auto g = view->agreement();
        QVERIFY(g);
        QCOMPARE(g->k, 2);
        QCOMPARE(g->overlap.size(), 5);
        auto* table = view->findChild<QTableView*>(u"compareTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model(), view->agreementModel());
        QCOMPARE(view->agreementModel()->rowCount(), 5);
        QVERIFY(view->findChild<QLabel*>(u"compareSummary"_s)->text().contains(u"top-2"_s));
        // Both models put the cat sentences together: real agreement, not noise.
        QVERIFY2(g->meanOverlap >= 0.5, qPrintable(g->summary()));
    }

    void compareKFollowsTheSetUntilChosen() {
        auto view = makeView();
        auto* spin = view->findChild<QSpinBox*>(u"compareK"_s);
        QStringList many;
        for (int i = 0; i < 60; ++i)
            many << u"sentence number %1 about billing"_s.arg(i);
        view->setInputs(many);
        embedAndWait(view.get());
        QCOMPARE(spin->value(), 3); // a twentieth of 60: chance overlap about 5%, not 17%
        spin->setValue(7);          // chosen: a new set keeps it
        view->setInputs(kBilling + kCats);
        embedAndWait(view.get());
        QCOMPARE(spin->value(), 7);
    }

    void rerankListOrder() {
        auto view = makeView();
        view->setWorkload(m_ranker);
        QVERIFY(!view->findChild<QPushButton*>(u"embedButton"_s)->isEnabled());
        QSignalSpy spy(view.get(), &EmbeddingsView::rerankFinished);
        const QStringList docs = {kCats[0], kBilling[0], u"sunny weather"_s};
        view->rerank(u"billing invoice overdue"_s, docs);
        QVERIFY2(spy.wait(20000), qPrintable(view->statusText()));
        const auto results = view->rerankResults();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.first().index, 1);
        for (int i = 1; i < results.size(); ++i)
            QVERIFY(results[i - 1].score >= results[i].score);
        auto* table = view->findChild<QTableView*>(u"rerankTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model(), view->rerankModel());
        QCOMPARE(view->rerankModel()->rowCount(), 3);
        QCOMPARE(view->rerankModel()->index(0, RerankModel::DocumentColumn).data().toString(),
                 kBilling[0]);
        QCOMPARE(view->rerankModel()->index(0, RerankModel::IndexColumn).data().toString(), u"2"_s);
    }

    void exportsReadBack() {
        auto view = makeView();
        const QStringList texts = kCats + kBilling;
        view->setInputs(texts, {u"cat"_s, u"cat"_s, u"cat"_s, u"bill"_s, u"bill"_s});
        embedAndWait(view.get());
        QTemporaryDir dir;
        QString error;

        const QString npy = dir.filePath(u"e.npy"_s);
        QVERIFY2(view->exportTo(EmbeddingsView::ExportFormat::Npy, npy, &error), qPrintable(error));
        const QByteArray bytes = readAll(npy);
        QVERIFY(bytes.startsWith("\x93NUMPY"));
        const quint16 len = qFromLittleEndian<quint16>(bytes.constData() + 8);
        QVERIFY(bytes.mid(10, len).contains("'shape': (5, 384)"));
        const QByteArray data = bytes.mid(10 + len);
        QCOMPARE(data.size(), 5 * 384 * 4);
        for (int i = 0; i < 5; ++i)
            for (int t = 0; t < 384; t += 37) {
                float f;
                const quint32 bits =
                    qFromLittleEndian<quint32>(data.constData() + 4 * (i * 384 + t));
                std::memcpy(&f, &bits, 4);
                QCOMPARE(f, view->vectors()[i][t]);
            }

        const QString vectorsTsv = dir.filePath(u"vectors.tsv"_s);
        QVERIFY(view->exportTo(EmbeddingsView::ExportFormat::ProjectorTsv, vectorsTsv, &error));
        const QList<QByteArray> rows = readAll(vectorsTsv).trimmed().split('\n');
        QCOMPARE(rows.size(), 5);
        for (const auto& row : rows)
            QCOMPARE(row.split('\t').size(), 384);
        const QList<QByteArray> meta =
            readAll(dir.filePath(u"metadata.tsv"_s)).trimmed().split('\n');
        QCOMPARE(meta.size(), 6);
        QCOMPARE(meta[0], QByteArray("text\tlabel"));
        QCOMPARE(meta[4], QByteArray("quarterly billing invoice is overdue\tbill"));

        const QString csv = dir.filePath(u"e.csv"_s);
        QVERIFY(view->exportTo(EmbeddingsView::ExportFormat::Csv, csv, &error));
        const embed::Inputs back = embed::parseCsv(readAll(csv));
        QCOMPARE(back.texts, texts);
        const QString json = dir.filePath(u"e.json"_s);
        QVERIFY(view->exportTo(EmbeddingsView::ExportFormat::Json, json, &error));
        QCOMPARE(QJsonDocument::fromJson(readAll(json)).object().value(u"count"_s).toInt(), 5);

        // Through the button and the save hook, as a user does it.
        const QString viaButton = dir.filePath(u"button.npy"_s);
        view->setSaveFileHook(
            [&](const QString& name, const QString&, std::function<void(QString)> cb) {
                QCOMPARE(name, u"embeddings.npy"_s);
                cb(viaButton);
            });
        view->findChild<QPushButton*>(u"exportnpy"_s)->click();
        QCOMPARE(readAll(viaButton), bytes);
        QVERIFY(view->statusText().startsWith(u"Exported to"_s));
    }

    void loadingFiles() {
        auto view = makeView();
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.csv"_s);
        const QString good = dir.filePath(u"good.jsonl"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("text,label\nok,a\n\"never closed,b\n");
        }
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"text\":\"one\",\"label\":\"x\"}\n{\"text\":\"two\",\"label\":\"y\"}\n");
        }
        QVERIFY(!view->loadInputsFile(bad));
        QVERIFY2(view->inputError().contains(u"bad.csv, line 3"_s), qPrintable(view->inputError()));
        view->setOpenFileHook([&](const QString&, std::function<void(QString)> cb) { cb(good); });
        view->findChild<QPushButton*>(u"loadButton"_s)->click();
        QCOMPARE(view->inputs(), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(view->labels(), (QStringList{u"x"_s, u"y"_s}));
        QVERIFY(view->findChild<QLabel*>(u"inputNote"_s)->text().contains(u"good.jsonl"_s));
        // Editing the text drops the file's labels: they no longer line up.
        view->findChild<QPlainTextEdit*>(u"inputEdit"_s)->appendPlainText(u"three"_s);
        QCOMPARE(view->inputs().size(), 3);
        QVERIFY(view->labels().isEmpty());
    }

    void cancelStopsBatches() {
        auto view = makeView();
        QStringList many;
        for (int i = 0; i < 400; ++i)
            many.append(u"input number %1 about billing"_s.arg(i));
        view->setInputs(many);
        view->setBatchSize(1);
        QSignalSpy analysed(view.get(), &EmbeddingsView::analysisFinished);
        view->embed();
        auto* count = view->findChild<QLabel*>(u"countLabel"_s);
        QTRY_VERIFY(count->text().startsWith(u"3 / 400"_s) ||
                    count->text().startsWith(u"4 / 400"_s) || !count->text().startsWith(u"0 /"_s));
        view->findChild<QPushButton*>(u"cancelButton"_s)->click();
        QVERIFY(view->statusText().startsWith(u"Cancelled after"_s));
        QVERIFY(!view->isBusy());
        QVERIFY(view->findChild<QPushButton*>(u"embedButton"_s)->isEnabled());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(analysed.count(), 0);
    }

    void twoThousandByTenTwentyFourStaysInteractive() {
        auto view = makeView();
        view->setWorkload(workload(m_sandbox->baseUrl(), u"wide"_s, WorkloadKind::Embedding));
        QStringList many;
        for (int i = 0; i < 2000; ++i)
            many.append(u"sentence %1 about %2 and %3"_s.arg(i).arg(i % 17).arg(i % 5));
        view->setInputs(many);
        view->setBatchSize(500);
        QSignalSpy embedded(view.get(), &EmbeddingsView::embeddingFinished);
        QSignalSpy analysed(view.get(), &EmbeddingsView::analysisFinished);
        view->embed();
        QVERIFY2(embedded.wait(120000), qPrintable(view->statusText()));
        // The maths runs while the event loop keeps turning: a timer ticks meanwhile.
        int ticks = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 last = 0, longest = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            ++ticks;
            longest = std::max(longest, clock.elapsed() - last);
            last = clock.elapsed();
        });
        timer.start(5);
        QVERIFY(view->isBusy());
        QVERIFY(analysed.wait(120000));
        timer.stop();
        qInfo("analysis of 2000 x 1024: %lld ms, %d ticks, longest event-loop gap %lld ms",
              qlonglong(clock.elapsed()), ticks, qlonglong(longest));
        QVERIFY(ticks > 0);
        QCOMPARE(view->model()->rowCount(), 2000);
        QCOMPARE(view->model()->index(1999, EmbeddingModel::DimensionColumn).data().toInt(), 1024);
        QCOMPARE(view->heatmapImage().size(), QSize(2000, 2000));
        QCOMPARE(view->pcaPointCount(), 2000);
    }

    void guardBlocksAControlToken() {
        m_keyOverride = m_sandbox->config().controlTokens.first().token;
        auto view = makeView();
        view->setInputs(kCats);
        QSignalSpy failed(view.get(), &EmbeddingsView::failed);
        QSignalSpy requests(m_sandbox.get(), &sandbox::Sandbox::requestFinished);
        view->embed();
        QVERIFY(failed.wait(5000));
        QVERIFY2(view->statusText().startsWith(u"Not sent"_s), qPrintable(view->statusText()));
        QVERIFY(!view->statusText().contains(Credential::parse(m_keyOverride).secret));
        // Sent, the token would have met 403 wrong_credential_type (requests of the previous test
        // may still finish here: those are 200s).
        for (const auto& r : requests)
            QVERIFY(r.at(2).toInt() != 403);
        QVERIFY(!view->isBusy());
    }

    void specDeclaresTheView() {
        auto view = makeView();
        const ui::ViewSpec spec = view->spec();
        QCOMPARE(spec.id, u"embeddings"_s);
        QCOMPARE(spec.title, u"&Embeddings"_s);
        QCOMPARE(spec.shortcut.toString(), u"Ctrl+3"_s);
        QVERIFY(spec.kinds == (QList<WorkloadKind>{WorkloadKind::Embedding, WorkloadKind::Rerank}));
        QCOMPARE(spec.widget.data(), static_cast<QWidget*>(view.get()));
        // The shortcut lands in the first input field.
        QCOMPARE(view->focusProxy(),
                 static_cast<QWidget*>(view->findChild<QPlainTextEdit*>(u"inputEdit"_s)));
    }

    // The window's one current workload may be a chat one: the inspector says it cannot use it
    // and never sends to the workload it had before.
    void chatWorkloadIsRefusedPlainly() {
        auto view = makeView();
        view->setInputs(kCats);
        const Workload chat = workload(m_sandbox->baseUrl(), u"support-bot"_s, WorkloadKind::Chat);
        view->setWorkload(chat);
        const QString notice = u"support-bot is a chat workload: the embedding inspector needs an "
                               u"embedding or rerank workload."_s;
        QCOMPARE(view->statusText(), notice);
        QVERIFY(!view->findChild<QPushButton*>(u"embedButton"_s)->isEnabled());
        QVERIFY(!view->findChild<QPushButton*>(u"rerankButton"_s)->isEnabled());
        QSignalSpy failed(view.get(), &EmbeddingsView::failed);
        view->embed();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), notice);
        view->rerank(u"invoice"_s, kBilling);
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.last().first().toString(), notice);
        QCOMPARE(m_lookups, 0); // no key was read for it
        QVERIFY(!view->isBusy());
        QCOMPARE(view->model()->rowCount(), 0);
    }

    // A key pasted in the last input of a set sent one input a batch: the guard reads the whole
    // set before the first batch, asks once, and the batches go out with the key it judged.
    void keyInTheLastInputAsksOnceForTheSet() {
        auto view = makeView();
        view->setWorkload(m_notes);
        const QString pasted = m_sandbox->config().keyFor(u"acme"_s, u"ranker"_s);
        QVERIFY(!pasted.isEmpty());
        view->setInputs(kCats + QStringList{u"my key is "_s + pasted});
        view->setBatchSize(1);
        const int served = m_notesServed;
        QSignalSpy analysed(view.get(), &EmbeddingsView::analysisFinished);
        view->embed();
        auto* bar = view->findChild<QWidget*>(u"confirmBar"_s);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(m_notesServed, served); // nothing sent before the answer
        QVERIFY(view->isBusy());
        QTest::mouseClick(view->findChild<QPushButton*>(u"sendAnywayButton"_s), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY2(analysed.wait(30000), qPrintable(view->statusText()));
        QCOMPARE(view->model()->rowCount(), 4);
        QCOMPARE(m_notesServed, served + 4); // four batches
        QCOMPARE(m_lookups, 1);              // one key lookup for all of them
        QVERIFY(!view->statusText().contains(Credential::parse(pasted).secret));
    }

    void dontSendSendsNothing() {
        auto view = makeView();
        view->setWorkload(m_notes);
        const QString pasted = m_sandbox->config().keyFor(u"acme"_s, u"ranker"_s);
        view->setInputs({u"my key is "_s + pasted, kCats[0]});
        const int served = m_notesServed;
        view->embed();
        auto* bar = view->findChild<QWidget*>(u"confirmBar"_s);
        QTRY_VERIFY(bar->isVisible());
        QTest::mouseClick(view->findChild<QPushButton*>(u"dontSendButton"_s), Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QCOMPARE(view->statusText(), u"Not sent."_s);
        QVERIFY(!view->isBusy());
        QVERIFY(view->findChild<QPushButton*>(u"embedButton"_s)->isEnabled());
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(m_notesServed, served);
    }

    // The host's confirm hook answers instead of the bar; a rerank asks through it too.
    void confirmHookAnswersEverySession() {
        auto view = makeView();
        QList<GuardVerdict> asked;
        bool answer = false;
        view->setConfirmHook([&](const GuardVerdict& v) {
            asked.append(v);
            return answer;
        });
        const QString pasted = m_sandbox->config().keyFor(u"acme"_s, u"notes"_s);
        view->setWorkload(m_ranker);
        QSignalSpy failed(view.get(), &EmbeddingsView::failed);
        QSignalSpy reranked(view.get(), &EmbeddingsView::rerankFinished);
        const QStringList docs = {kBilling[0], u"my key is "_s + pasted};
        view->rerank(u"billing invoice"_s, docs);
        QTRY_COMPARE(asked.size(), 1);
        QCOMPARE(view->statusText(), u"Not sent."_s);
        QVERIFY(!view->isBusy());
        QVERIFY(!view->findChild<QWidget*>(u"confirmBar"_s)->isVisible());
        answer = true;
        view->rerank(u"billing invoice"_s, docs);
        QVERIFY2(reranked.wait(20000), qPrintable(view->statusText()));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(view->rerankModel()->rowCount(), 2);
        QCOMPARE(view->rerankModel()->index(0, RerankModel::DocumentColumn).data().toString(),
                 kBilling[0]);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_MAIN(TstEmbeddingsView)
#include "tst_embeddingsview.moc"
