// The batch embedder against the sandbox over loopback: a set goes out in batches through one
// run session, with one key lookup and one guard verdict for the whole set, vectors in input
// order, and exactly one end (finished, failed, cancelled or not sent).

#include "batchembedder.h"
#include "credential.h"
#include "guard.h"
#include "sandbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TestBatchEmbedder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void batchesInOrderWithOneLookup();
    void shuffledBatchesKeepInputOrder();
    void guardReadsTheWholeSet();
    void confirmedSetIsSent();
    void controlTokenIsNotSent();
    void serverErrorFails();
    void cancelMidway();
    void cancelWhileReadingKey();
    void restartIsSilent();
    void rateLimitedBatchGoesAgainAfterRetryAfter();
    void rateLimitGivesUpAfterItsAttempts();
    void cancelWhileWaitingForRetryAfter();
    void resumeSendsOnlyWhatIsLeft();

private:
    Workload workload(const QString& slug) const;
    QStringList texts(int n) const;
    int embeddingRequests() const { return m_served; }

    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    CredentialGuard m_guard;
    SessionServices m_services;
    QString m_keyOverride; // what the key lookup answers instead of the workload's demo key
    int m_served = 0;      // embedding requests the sandbox answered
    QList<int> m_statuses; // and their statuses, in order
    QList<qint64> m_at;    // and when, in ms since the test began
    QElapsedTimer m_clock;
    int m_lookups = 0; // key lookups
    int m_learned = 0; // guard feedback
    bool m_answerLater = false;
    std::function<void(QString)> m_heldAnswer;
};

void TestBatchEmbedder::initTestCase() {
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    connect(m_sandbox, &sandbox::Sandbox::requestFinished, this,
            [this](const QString&, const QString& path, int status) {
                if (!path.endsWith(u"/embeddings"_s))
                    return;
                ++m_served;
                m_statuses.append(status);
                m_at.append(m_clock.elapsed());
            });
    m_clock.start();
    m_services.nam = &m_nam;
    m_services.guard = &m_guard;
    m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
        ++m_lookups;
        const QString key =
            m_keyOverride.isEmpty() ? m_sandbox->config().keyFor(w.project, w.slug) : m_keyOverride;
        if (m_answerLater)
            m_heldAnswer = [done, key](QString) { done(key); };
        else
            done(key);
    };
    m_services.guardLearned = [this] { ++m_learned; };
}

void TestBatchEmbedder::init() {
    m_sandbox->setFault({});
    m_statuses.clear();
    m_at.clear();
    m_keyOverride.clear();
    m_answerLater = false;
    m_heldAnswer = {};
}

Workload TestBatchEmbedder::workload(const QString& slug) const {
    Workload w;
    w.id = u"acme/"_s + slug;
    w.name = slug;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = u"acme"_s;
    w.slug = slug;
    w.kind = WorkloadKind::Embedding;
    return w;
}

QStringList TestBatchEmbedder::texts(int n) const {
    QStringList out;
    for (int i = 0; i < n; ++i)
        out.append(u"input %1 about %2"_s.arg(i).arg(i % 2 ? u"billing"_s : u"cats"_s));
    return out;
}

void TestBatchEmbedder::batchesInOrderWithOneLookup() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy progress(&embedder, &BatchEmbedder::progress);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    QSignalSpy failed(&embedder, &BatchEmbedder::failed);
    const int lookups = m_lookups, served = embeddingRequests(), learned = m_learned;
    embedder.start(workload(u"billing"_s), texts(5), 2);
    QVERIFY(embedder.isRunning());
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QVERIFY(!embedder.isRunning());
    QCOMPARE(embedder.done(), 5);
    QCOMPARE(embedder.vectors().size(), 5);
    QCOMPARE(embedder.vectors().first().size(), 384);
    QCOMPARE(embedder.model(), u"nomic-embed-text"_s);
    QCOMPARE(m_lookups, lookups + 1);
    QCOMPARE(embeddingRequests(), served + 3);
    QCOMPARE(embedder.keyId(),
             Credential::parse(m_sandbox->config().keyFor(u"acme"_s, u"billing"_s)).id);
    QVERIFY(m_learned > learned); // the session fed the success back to the guard
    QList<int> done;
    for (const auto& p : progress) {
        done.append(p.at(0).toInt());
        QCOMPARE(p.at(1).toInt(), 5);
    }
    QCOMPARE(done, (QList<int>{0, 2, 4, 5}));

    // The same set in one batch: the same vectors, in the same order.
    BatchEmbedder whole(&m_services);
    QSignalSpy wholeDone(&whole, &BatchEmbedder::finished);
    whole.start(workload(u"billing"_s), texts(5), 64);
    QVERIFY(wholeDone.wait(20000));
    QCOMPARE(whole.vectors(), embedder.vectors());
}

void TestBatchEmbedder::shuffledBatchesKeepInputOrder() {
    BatchEmbedder plain(&m_services), shuffled(&m_services);
    QSignalSpy plainDone(&plain, &BatchEmbedder::finished);
    QSignalSpy shuffledDone(&shuffled, &BatchEmbedder::finished);
    plain.start(workload(u"billing"_s), texts(6), 3);
    shuffled.start(workload(u"billing"_s), texts(6), 3, {{"X-Sandbox-Fault", "shuffle"}});
    QVERIFY(plainDone.wait(20000));
    QVERIFY(shuffledDone.count() || shuffledDone.wait(20000));
    QCOMPARE(shuffled.vectors(), plain.vectors());
    QVERIFY(plain.vectors()[0] != plain.vectors()[1]);
}

void TestBatchEmbedder::guardReadsTheWholeSet() {
    // The key sits in the last input; the first batch holds none of it.
    QStringList set = texts(3);
    set.append(u"my key is "_s + m_sandbox->config().keyFor(u"acme"_s, u"ranker"_s));
    BatchEmbedder embedder(&m_services);
    QSignalSpy asked(&embedder, &BatchEmbedder::confirmationNeeded);
    QSignalSpy notSent(&embedder, &BatchEmbedder::notSent);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    const int served = embeddingRequests();
    embedder.start(workload(u"billing"_s), set, 1);
    QCOMPARE(asked.count(), 1);
    QVERIFY(asked.at(0).at(0).value<GuardVerdict>().has(u"key_in_prompt"_s));
    QVERIFY(embedder.awaitingConfirmation());
    embedder.confirm(false);
    QCOMPARE(notSent.count(), 1);
    QCOMPARE(notSent.at(0).at(0).value<SessionEnd>(), SessionEnd::Declined);
    QVERIFY(!embedder.isRunning());
    QTest::qWait(50);
    QCOMPARE(embeddingRequests(), served);
    QCOMPARE(finished.count(), 0);
}

void TestBatchEmbedder::confirmedSetIsSent() {
    QStringList set = texts(2);
    set.append(u"my key is "_s + m_sandbox->config().keyFor(u"acme"_s, u"ranker"_s));
    BatchEmbedder embedder(&m_services);
    QSignalSpy asked(&embedder, &BatchEmbedder::confirmationNeeded);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    const int lookups = m_lookups;
    embedder.start(workload(u"billing"_s), set, 1);
    QCOMPARE(asked.count(), 1);
    embedder.confirm(true);
    QVERIFY(finished.wait(20000));
    QCOMPARE(asked.count(), 1); // asked once for three batches
    QCOMPARE(m_lookups, lookups + 1);
    QCOMPARE(embedder.vectors().size(), 3);
}

void TestBatchEmbedder::controlTokenIsNotSent() {
    m_keyOverride = m_sandbox->config().controlTokens.first().token;
    BatchEmbedder embedder(&m_services);
    QSignalSpy notSent(&embedder, &BatchEmbedder::notSent);
    const int served = embeddingRequests();
    embedder.start(workload(u"billing"_s), texts(3), 1);
    QCOMPARE(notSent.count(), 1);
    QCOMPARE(notSent.at(0).at(0).value<SessionEnd>(), SessionEnd::Blocked);
    QVERIFY(embedder.verdict().has(u"wrong_credential_type"_s));
    QVERIFY(!notSent.at(0).at(1).value<Error>().message.contains(
        Credential::parse(m_keyOverride).secret));
    QVERIFY(!embedder.isRunning());
    QTest::qWait(50);
    QCOMPARE(embeddingRequests(), served);
}

void TestBatchEmbedder::serverErrorFails() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy failed(&embedder, &BatchEmbedder::failed);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    embedder.start(workload(u"billing"_s), texts(4), 2, {{"X-Sandbox-Fault", "server-error"}});
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(embedder.done(), 0);
    QVERIFY(!embedder.isRunning());
    QVERIFY(!failed.at(0).at(0).value<Error>().summary().isEmpty());
}

void TestBatchEmbedder::cancelMidway() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy progress(&embedder, &BatchEmbedder::progress);
    QSignalSpy cancelled(&embedder, &BatchEmbedder::cancelled);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    embedder.start(workload(u"billing"_s), texts(200), 1);
    QTRY_VERIFY(embedder.done() >= 2);
    embedder.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!embedder.isRunning());
    const int done = embedder.done();
    QVERIFY(done < 200);
    QTest::qWait(100);
    QCOMPARE(embedder.done(), done); // no batch after the cancel
    QCOMPARE(finished.count(), 0);
    QCOMPARE(cancelled.count(), 1);
}

void TestBatchEmbedder::cancelWhileReadingKey() {
    m_answerLater = true;
    BatchEmbedder embedder(&m_services);
    QSignalSpy cancelled(&embedder, &BatchEmbedder::cancelled);
    const int served = embeddingRequests();
    embedder.start(workload(u"billing"_s), texts(3), 1);
    QVERIFY(m_heldAnswer);
    embedder.cancel();
    QCOMPARE(cancelled.count(), 1);
    m_heldAnswer({}); // the keychain answers late: nothing is sent
    QTest::qWait(50);
    QCOMPARE(embeddingRequests(), served);
    QCOMPARE(cancelled.count(), 1);
}

void TestBatchEmbedder::restartIsSilent() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy cancelled(&embedder, &BatchEmbedder::cancelled);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    embedder.start(workload(u"billing"_s), texts(50), 1);
    QTRY_VERIFY(embedder.done() >= 1);
    embedder.start(workload(u"search"_s), texts(3), 2);
    QVERIFY(finished.wait(20000));
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(embedder.vectors().size(), 3);
    QCOMPARE(embedder.vectors().first().size(), 256); // the second workload's
    QCOMPARE(embedder.workload().slug, u"search"_s);
}

void TestBatchEmbedder::rateLimitedBatchGoesAgainAfterRetryAfter() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy waiting(&embedder, &BatchEmbedder::waiting);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    QSignalSpy failed(&embedder, &BatchEmbedder::failed);
    // The second batch is answered 429 with Retry-After: 2, once.
    connect(&embedder, &BatchEmbedder::progress, this, [this](int done) {
        if (done == 2)
            m_sandbox->setFault(u"rate-limit"_s);
    });
    connect(&embedder, &BatchEmbedder::waiting, this, [this] { m_sandbox->setFault({}); });
    embedder.start(workload(u"billing"_s), texts(5), 2);
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_statuses, (QList<int>{200, 429, 200, 200}));
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.at(0).at(0).toLongLong(), 2000);
    QCOMPARE(waiting.at(0).at(1).value<Error>().kind, ErrorKind::RateLimited);
    QVERIFY2(m_at[2] - m_at[1] >= 1900, qPrintable(QString::number(m_at[2] - m_at[1])));
    // Nothing lost, nothing twice: the same vectors as one batch of everything.
    BatchEmbedder whole(&m_services);
    QSignalSpy wholeDone(&whole, &BatchEmbedder::finished);
    whole.start(workload(u"billing"_s), texts(5), 64);
    QVERIFY(wholeDone.wait(20000));
    QCOMPARE(embedder.vectors(), whole.vectors());
}

void TestBatchEmbedder::rateLimitGivesUpAfterItsAttempts() {
    BatchEmbedder embedder(&m_services);
    embedder.maxAttempts = 2;
    QSignalSpy failed(&embedder, &BatchEmbedder::failed);
    m_sandbox->setFault(u"rate-limit"_s);
    embedder.start(workload(u"billing"_s), texts(3), 2);
    QVERIFY(failed.wait(20000));
    QCOMPARE(m_statuses, (QList<int>{429, 429}));
    QCOMPARE(failed.at(0).at(0).value<Error>().kind, ErrorKind::RateLimited);
    QVERIFY(embedder.canResume());
}

void TestBatchEmbedder::cancelWhileWaitingForRetryAfter() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy waiting(&embedder, &BatchEmbedder::waiting);
    QSignalSpy cancelled(&embedder, &BatchEmbedder::cancelled);
    m_sandbox->setFault(u"rate-limit"_s);
    embedder.start(workload(u"billing"_s), texts(3), 2);
    QVERIFY(waiting.wait(20000));
    m_sandbox->setFault({});
    embedder.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!embedder.isRunning());
    QTest::qWait(2300); // past the Retry-After: the retry must not go out
    QCOMPARE(m_statuses, (QList<int>{429}));
    QCOMPARE(cancelled.count(), 1);
}

void TestBatchEmbedder::resumeSendsOnlyWhatIsLeft() {
    BatchEmbedder embedder(&m_services);
    QSignalSpy cancelled(&embedder, &BatchEmbedder::cancelled);
    QSignalSpy finished(&embedder, &BatchEmbedder::finished);
    QVERIFY(!embedder.resume()); // nothing started, nothing to resume
    connect(&embedder, &BatchEmbedder::progress, &embedder, [&embedder](int done) {
        if (done == 4 && embedder.isRunning() && embedder.etaMs() >= 0)
            embedder.cancel();
    });
    embedder.start(workload(u"billing"_s), texts(9), 2);
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(embedder.done(), 4); // the embedded part is kept
    QVERIFY(embedder.canResume());
    const int served = embeddingRequests(), lookups = m_lookups;
    QVERIFY(embedder.resume());
    QVERIFY(finished.wait(20000));
    QCOMPARE(embeddingRequests(), served + 3); // 4-5, 6-7, 8: no batch sent twice
    QCOMPARE(m_lookups, lookups + 1);
    QVERIFY(!embedder.canResume());
    BatchEmbedder whole(&m_services);
    QSignalSpy wholeDone(&whole, &BatchEmbedder::finished);
    whole.start(workload(u"billing"_s), texts(9), 64);
    QVERIFY(wholeDone.wait(20000));
    QCOMPARE(embedder.vectors(), whole.vectors());
}

QTEST_MAIN(TestBatchEmbedder)
#include "tst_batchembedder.moc"
