// The inspector's embedded sets across opens, against an in-process sandbox over loopback: a set
// embedded once opens again from the cache with no call, and Embed pressed again calls; a set cut
// short by Cancel goes on from where it stopped and sends no input twice; `ik-call embed --cache`
// fills the same cache the window reads.

#include "credential.h"
#include "embeddingmodel.h"
#include "embeddingsview.h"
#include "guard.h"
#include "sandbox.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

Workload workload(const QString& baseUrl, const QString& slug) {
    Workload w;
    w.id = u"wl-"_s + slug;
    w.name = slug;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = slug;
    w.kind = WorkloadKind::Embedding;
    return w;
}

QStringList sentences(int n, const QString& topic) {
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(u"sentence %1 about %2"_s.arg(i).arg(topic));
    return out;
}

} // namespace

class TstEmbeddingsCache : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    SessionServices m_services;
    QTemporaryDir m_dir;
    QHash<QString, int> m_served; // embedding requests answered, per workload slug

    std::unique_ptr<EmbeddingsView> makeView(const Workload& w) {
        auto view = std::make_unique<EmbeddingsView>(&m_services);
        view->setWorkloads({w});
        view->setWorkload(w);
        view->resize(1000, 700);
        view->show();
        return view;
    }
    static bool embedAndWait(EmbeddingsView* view) {
        QSignalSpy analysed(view, &EmbeddingsView::analysisFinished);
        view->embed();
        return analysed.wait(30000);
    }
    static QString countText(EmbeddingsView* view) {
        return view->findChild<QLabel*>(u"countLabel"_s)->text();
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Config::builtIn());
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this](const QString&, const QString& path, int) {
                    if (path.endsWith(u"/embeddings"_s))
                        ++m_served[path.section(u'/', -3, -3)];
                });
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> cb) {
            cb(m_sandbox->config().keyFor(w.project, w.slug));
        };
        m_services.embedCacheDir = m_dir.filePath(u"cache"_s);
    }

    void aSetEmbeddedOnceOpensWithoutACall() {
        const Workload billing = workload(m_sandbox->baseUrl(), u"billing"_s);
        const QStringList texts = sentences(7, u"invoices"_s);
        auto first = makeView(billing);
        first->setInputs(texts, {u"a"_s, u"a"_s, u"a"_s, u"b"_s, u"b"_s, u"b"_s, u"b"_s});
        first->setBatchSize(3);
        QVERIFY2(embedAndWait(first.get()), qPrintable(first->statusText()));
        QCOMPARE(m_served.value(u"billing"_s), 3);

        auto again = makeView(billing);
        again->setBatchSize(3);
        again->setInputs(texts, {u"a"_s, u"a"_s, u"a"_s, u"b"_s, u"b"_s, u"b"_s, u"b"_s});
        QVERIFY2(embedAndWait(again.get()), qPrintable(again->statusText()));
        QCOMPARE(m_served.value(u"billing"_s), 3); // no call
        QVERIFY2(again->statusText().contains(u"from the cache"_s),
                 qPrintable(again->statusText()));
        QCOMPARE(countText(again.get()), u"7 / 7 embedded"_s);
        QCOMPARE(again->model()->rowCount(), 7);
        for (int r = 0; r < 7; ++r) {
            for (int c = 0; c < again->model()->columnCount(); ++c)
                QCOMPARE(again->model()->index(r, c).data(), first->model()->index(r, c).data());
        }
        // Embed again on the same set: the workload is called, and the entry refreshed.
        QVERIFY2(embedAndWait(again.get()), qPrintable(again->statusText()));
        QCOMPARE(m_served.value(u"billing"_s), 6);
        QVERIFY(!again->statusText().contains(u"from the cache"_s));
        // Other inputs are another set.
        again->setInputs(sentences(2, u"cats"_s));
        QVERIFY2(embedAndWait(again.get()), qPrintable(again->statusText()));
        QCOMPARE(m_served.value(u"billing"_s), 7);
    }

    void aCancelledSetGoesOnFromWhereItStopped() {
        const Workload search = workload(m_sandbox->baseUrl(), u"search"_s);
        const QStringList texts = sentences(300, u"search"_s);
        auto view = makeView(search);
        view->setInputs(texts);
        view->setBatchSize(1);
        view->embed();
        auto* progress = view->findChild<QProgressBar*>(u"progress"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 5, 20000);
        QTest::mouseClick(view->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        // What the page kept; the batch on the wire at the click is dropped.
        const int kept = countText(view.get()).section(u" / "_s, 0, 0).toInt();
        QVERIFY(kept >= 5 && kept < 300);
        QVERIFY2(view->statusText().contains(
                     u"Cancelled after %1 of 300 inputs; they are kept"_s.arg(kept)),
                 qPrintable(view->statusText()));
        QTest::qWait(100); // the dropped batch's answer reaches the sandbox's count
        const int before = m_served.value(u"search"_s);
        QSignalSpy analysed(view.get(), &EmbeddingsView::analysisFinished);
        QTest::mouseClick(view->findChild<QPushButton*>(u"embedButton"_s), Qt::LeftButton);
        QVERIFY2(view->statusText().contains(u"Going on from input %1 of 300"_s.arg(kept + 1)),
                 qPrintable(view->statusText()));
        QVERIFY2(analysed.wait(60000), qPrintable(view->statusText()));
        QCOMPARE(m_served.value(u"search"_s) - before, 300 - kept); // none of the kept again
        QCOMPARE(view->model()->rowCount(), 300);
    }

    void ikCallFillsTheCacheTheWindowReads() {
        const QString xdg = m_dir.filePath(u"xdg"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"INFERENCEKEY_API_KEY"_s, m_sandbox->config().keyFor(u"acme"_s, u"*"_s));
        env.insert(u"XDG_CACHE_HOME"_s, xdg);
        const QStringList texts = sentences(4, u"refunds"_s);
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("IK_CALL_BIN"),
                QStringList{u"embed"_s, u"--base-url"_s, m_sandbox->baseUrl(), u"--project"_s,
                            u"acme"_s, u"--workload"_s, u"billing"_s, u"--cache"_s} +
                    texts);
        QVERIFY(p.waitForStarted(10000));
        QVERIFY(done.wait(30000)); // the sandbox answers in this test's event loop
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        const QString dir = xdg + u"/InferenceKey/InferenceKey Playground/embeddings"_s;
        QVERIFY2(err.contains(dir), qPrintable(err));
        const int served = m_served.value(u"billing"_s);

        SessionServices window = m_services;
        window.embedCacheDir = dir;
        auto view = std::make_unique<EmbeddingsView>(&window);
        const Workload billing = workload(m_sandbox->baseUrl(), u"billing"_s);
        view->setWorkloads({billing});
        view->setWorkload(billing);
        view->setInputs(texts);
        QVERIFY2(embedAndWait(view.get()), qPrintable(view->statusText()));
        QCOMPARE(m_served.value(u"billing"_s), served);
        QVERIFY2(view->statusText().contains(u"from the cache"_s), qPrintable(view->statusText()));
        QCOMPARE(view->model()->rowCount(), 4);

        // --cache belongs to embed.
        QProcess chat;
        chat.setProcessEnvironment(env);
        chat.start(qEnvironmentVariable("IK_CALL_BIN"),
                   {u"chat"_s, u"--base-url"_s, m_sandbox->baseUrl(), u"--project"_s, u"acme"_s,
                    u"--workload"_s, u"support-bot"_s, u"--cache"_s, u"hello"_s});
        QVERIFY(chat.waitForFinished(10000));
        QCOMPARE(chat.exitCode(), 2);
        QVERIFY(chat.readAllStandardError().contains("--cache applies to embed only"));
    }
};

QTEST_MAIN(TstEmbeddingsCache)
#include "tst_embeddingscache.moc"
