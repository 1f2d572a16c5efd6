// The Endpoint over real loopback sockets: against the in-process ik-sandbox for every fault and
// every error status, and against a scripted TCP peer where a test must control each byte (or
// count connections to prove that nothing was sent).

#include "credential.h"
#include "endpoint.h"
#include "run.h"
#include "sandbox.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace ik;

namespace {

// Everything a run emitted, in order; flags a signal after its end.
class Watch : public QObject {
public:
    explicit Watch(Run* run) : m_run(run) {
        connect(run, &Run::started, this, [this] { note(QStringLiteral("started")); });
        connect(run, &Run::headersReceived, this, [this](int) { note(QStringLiteral("headers")); });
        connect(run, &Run::frameReceived, this, [this](const Frame&) { ++frames; });
        connect(run, &Run::chunkReceived, this, [this](const QString& delta, qint64) {
            note(QStringLiteral("chunk"));
            deltas.append(delta);
            textLengths.append(m_run->text().size());
        });
        connect(run, &Run::done, this, [this] { note(QStringLiteral("done")); });
        connect(run, &Run::failed, this, [this](const Error&) { note(QStringLiteral("failed")); });
        connect(run, &Run::cancelled, this, [this] { note(QStringLiteral("cancelled")); });
        connect(run, &Run::truncated, this, [this] { note(QStringLiteral("truncated")); });
        connect(run, &Run::ended, this, [this](RunState state) {
            note(QStringLiteral("ended"));
            endedWith = state;
            ended = true;
        });
    }

    bool wait(int ms = 20000) {
        return QTest::qWaitFor([this] { return ended; }, ms);
    }
    int ends() const {
        int n = 0;
        for (const QString& e : events) {
            if (e == QLatin1String("done") || e == QLatin1String("failed") ||
                e == QLatin1String("cancelled") || e == QLatin1String("truncated"))
                ++n;
        }
        return n;
    }
    // Exactly one end signal, then ended(), and nothing after it.
    bool endedCleanly() const {
        return ended && !afterEnd && ends() == 1 && events.count(QStringLiteral("ended")) == 1 &&
               events.last() == QLatin1String("ended");
    }

    QStringList events;
    QStringList deltas;
    QList<qsizetype> textLengths;
    int frames = 0;
    bool ended = false;
    bool afterEnd = false;
    RunState endedWith = RunState::Pending;

private:
    void note(const QString& what) {
        if (ended)
            afterEnd = true;
        events.append(what);
    }
    Run* m_run;
};

// A loopback peer that answers each request with a script, and counts what reached it.
class Peer : public QObject {
public:
    using Handler = std::function<void(QTcpSocket*, const QByteArray& request)>;

    Peer() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnects; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QString baseUrl() const {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    quint16 port() const { return m_server.serverPort(); }

    Handler handler;
    int connections = 0;
    int disconnects = 0;
    QList<QByteArray> requests;

    static QByteArray response(int status, const QByteArray& contentType, const QByteArray& body,
                               const QByteArray& extraHeaders = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
               "Connection: close\r\n\r\n" + body;
    }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray request = buffer.left(end + 4 + length);
        m_buffers.remove(socket);
        requests.append(request);
        if (handler)
            handler(socket, request);
    }

    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray chunkJson(const QByteArray& content) {
    return R"({"id":"c1","object":"chat.completion.chunk","model":"m","choices":[{"index":0,"delta":{"content":")" +
           content + R"("},"finish_reason":null}]})";
}

const QByteArray kSseHeaders = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"
                               "Cache-Control: no-cache\r\nConnection: close\r\n\r\n";

} // namespace

class TstEndpoint : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QString m_chatKey, m_billingKey, m_otherProjectKey, m_controlToken, m_chatModel;
    int m_sandboxRequests = 0;

    WorkloadRef ref(const QString& workload, const QString& project = QStringLiteral("acme"),
                    const QString& base = {}) const {
        return {QUrl(base.isEmpty() ? m_sandbox->baseUrl() : base), project, workload};
    }
    Endpoint* endpoint(const QString& workload, const QString& key, const QString& fault = {},
                       const QString& project = QStringLiteral("acme")) {
        auto* e = new Endpoint(&m_nam, ref(workload, project), key, this);
        if (!fault.isEmpty())
            e->setExtraHeader("X-Sandbox-Fault", fault.toUtf8());
        return e;
    }
    static ChatRequest chatRequest(bool stream, const QString& prompt = QStringLiteral("hello")) {
        ChatRequest r;
        r.prompt = prompt;
        r.stream = stream;
        r.params.seed = 7;
        return r;
    }
    // No signal may follow an end: give the loop a moment to prove it.
    static void expectSilence(Run* run) {
        QSignalSpy any(run, &Run::ended);
        QSignalSpy frames(run, &Run::frameReceived);
        QVERIFY(!any.wait(150));
        QCOMPARE(frames.count(), 0);
    }
    static bool mentionsSecret(const Run* run, const QString& key) {
        // Any 16 characters of the secret are a leak, even of a truncated paste.
        const QString secret = key.mid(key.lastIndexOf(QLatin1Char('_')) + 1).left(16);
        if (secret.size() < 16)
            return false;
        const Error& e = run->error();
        if (e.message.contains(secret) || e.hint.contains(secret))
            return true;
        for (const auto& [name, value] : run->record().requestHeaders) {
            if (value.contains(secret.toLatin1()))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() {
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_sandbox->setTokensPerSecond(400);
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this] { ++m_sandboxRequests; });
        const sandbox::Config& config = m_sandbox->config();
        for (const sandbox::KeySpec& k : config.keys) {
            if (k.project == QLatin1String("acme") &&
                k.workloads == QStringList{QStringLiteral("support-bot")})
                m_chatKey = k.key;
            else if (k.project == QLatin1String("acme") &&
                     k.workloads == QStringList{QStringLiteral("billing")})
                m_billingKey = k.key;
            else if (k.project != QLatin1String("acme"))
                m_otherProjectKey = k.key;
        }
        for (const sandbox::ControlTokenSpec& t : config.controlTokens) {
            if (t.project == QLatin1String("acme"))
                m_controlToken = t.token;
        }
        for (const sandbox::WorkloadSpec& w : config.workloads) {
            if (w.project == QLatin1String("acme") && w.slug == QLatin1String("support-bot"))
                m_chatModel = w.model;
        }
        QVERIFY(!m_chatKey.isEmpty());
        QVERIFY(!m_billingKey.isEmpty());
        QVERIFY(!m_otherProjectKey.isEmpty());
        QVERIFY(!m_controlToken.isEmpty());
        for (const char* fault :
             {"rate-limit", "server-error", "cold-start", "slow-first-byte", "stall", "disconnect",
              "no-done", "error-frame", "malformed-chunk", "keep-alive", "crlf", "large-chunk",
              "invalid-utf8", "shuffle", "redirect"})
            QVERIFY2(sandbox::faultNames().contains(QLatin1String(fault)), fault);
    }

    void init() { m_sandbox->setTokensPerSecond(400); }

    void chatNonStreaming() {
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey);
        Run* run = e->chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QVERIFY(w.endedCleanly());
        QCOMPARE(w.events.first(), QStringLiteral("started"));
        QVERIFY(!run->text().isEmpty());
        QCOMPARE(run->model(), m_chatModel);
        QVERIFY(!run->finishReason().isEmpty());
        QVERIFY(run->usage().present());
        QVERIFY(run->record().frames.isEmpty());
        QCOMPARE(run->record().status, 200);
        QVERIFY(run->record().responseBody.contains("chat.completion"));
        QVERIFY(run->timings().headersMs >= 0);
        QVERIFY(run->timings().totalMs >= run->timings().headersMs);
        expectSilence(run);
    }

    void chatStreaming() {
        m_sandbox->setTokensPerSecond(200);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey);
        Run* whole = e->chat(chatRequest(false));
        Watch ww(whole);
        Run* run = e->chat(chatRequest(true));
        QVERIFY(run->isStreaming());
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(ww.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QVERIFY(w.endedCleanly());

        // The text grew over several chunks before done, and is the same as asked whole.
        QVERIFY2(w.deltas.size() >= 3, qPrintable(QString::number(w.deltas.size())));
        QCOMPARE(w.events.indexOf(QStringLiteral("done")), w.events.size() - 2);
        for (qsizetype i = 1; i < w.textLengths.size(); ++i)
            QVERIFY(w.textLengths[i] > w.textLengths[i - 1]);
        QCOMPARE(w.deltas.join(QString()), run->text());
        QCOMPARE(run->text(), whole->text());
        QCOMPARE(run->chunkCount(), w.deltas.size());
        QCOMPARE(run->model(), m_chatModel);
        QCOMPARE(run->finishReason(), whole->finishReason());

        const RunTimings& t = run->timings();
        QVERIFY(t.headersMs >= 0 && t.firstTokenMs >= t.headersMs && t.totalMs >= t.firstTokenMs);
        QCOMPARE(t.tokenGapsMs.size(), run->chunkCount() - 1);

        const RunRecord& r = run->record();
        QVERIFY(r.frames.last().done);
        QCOMPARE(r.frames.size(), w.frames);
        for (qsizetype i = 0; i < r.frames.size(); ++i) {
            QCOMPARE(r.frames[i].index, int(i));
            QVERIFY(r.frames[i].bytes > 0);
            if (i > 0)
                QVERIFY(r.frames[i].atMs >= r.frames[i - 1].atMs);
        }
        QCOMPARE(r.nonJsonFrames, 0);
        QVERIFY(r.responseBody.isEmpty());
        expectSilence(run);
    }

    void embeddingsAndRerank() {
        Endpoint* e = endpoint(QStringLiteral("billing"), m_billingKey);
        EmbeddingsRequest er;
        er.input = QStringList{QStringLiteral("invoice overdue"), QStringLiteral("refund please"),
                               QStringLiteral("invoice is overdue")};
        Run* run = e->embed(er);
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->embeddings().vectors.size(), 3);
        QCOMPARE(run->embeddings().vectors[0].size(), 384);
        QVERIFY(!run->model().isEmpty());

        // shuffle sends the data array out of order: vectors still follow the inputs.
        Endpoint* shuffled =
            endpoint(QStringLiteral("billing"), m_billingKey, QStringLiteral("shuffle"));
        Run* again = shuffled->embed(er);
        Watch w2(again);
        QVERIFY(w2.wait());
        QVERIFY2(again->state() == RunState::Done, qPrintable(again->error().summary()));
        QCOMPARE(again->embeddings().vectors, run->embeddings().vectors);

        QString rankerKey;
        for (const sandbox::KeySpec& k : m_sandbox->config().keys) {
            if (k.project == QLatin1String("acme") &&
                (k.workloads.contains(QStringLiteral("ranker")) ||
                 k.workloads.contains(QStringLiteral("*"))))
                rankerKey = k.key;
        }
        QVERIFY(!rankerKey.isEmpty());
        Endpoint* r = endpoint(QStringLiteral("ranker"), rankerKey);
        RerankRequest rr;
        rr.query = QStringLiteral("overdue invoice");
        rr.documents = er.input;
        Run* ranked = r->rerank(rr);
        Watch w3(ranked);
        QVERIFY(w3.wait());
        QVERIFY2(ranked->state() == RunState::Done, qPrintable(ranked->error().summary()));
        QCOMPARE(ranked->rerank().results.size(), 3);
    }

    void httpErrors_data() {
        QTest::addColumn<QString>("who"); // whose key
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("embed"); // embeddings on the workload
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryAfter");
        const auto k = [](ErrorKind kind) { return int(kind); };
        const QString acme = QStringLiteral("acme");
        const QString bot = QStringLiteral("support-bot");
        QTest::newRow("401 unknown key")
            << "unknown" << acme << bot << "" << false << 401 << k(ErrorKind::Auth) << "" << false;
        QTest::newRow("403 project_scope_mismatch")
            << "other" << acme << bot << "" << false << 403 << k(ErrorKind::Permission)
            << "project_scope_mismatch" << false;
        QTest::newRow("403 scope_insufficient")
            << "billing" << acme << bot << "" << false << 403 << k(ErrorKind::Permission)
            << "scope_insufficient" << false;
        QTest::newRow("404 workload")
            << "chat" << acme << "no-such-workload"
            << "" << false << 404 << k(ErrorKind::NotFound) << "" << false;
        QTest::newRow("404 project") << "chat"
                                     << "no-such-project" << bot << "" << false << 404
                                     << k(ErrorKind::NotFound) << "" << false;
        QTest::newRow("400 wrong kind") << "chat" << acme << bot << "" << true << 400
                                        << k(ErrorKind::BadRequest) << "" << false;
        QTest::newRow("429 rate-limit") << "chat" << acme << bot << "rate-limit" << false << 429
                                        << k(ErrorKind::RateLimited) << "" << true;
        QTest::newRow("500 server-error") << "chat" << acme << bot << "server-error" << false << 500
                                          << k(ErrorKind::Server) << "" << false;
        QTest::newRow("503 cold-start") << "chat" << acme << bot << "cold-start" << false << 503
                                        << k(ErrorKind::Server) << "" << true;
    }

    void httpErrors() {
        QFETCH(QString, who);
        QFETCH(QString, project);
        QFETCH(QString, workload);
        QFETCH(QString, fault);
        QFETCH(bool, embed);
        QFETCH(int, status);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(bool, retryAfter);
        QString key = m_chatKey;
        if (who == QLatin1String("unknown"))
            key = QStringLiteral("ik_live_0badc0de_") + QString(64, QLatin1Char('0'));
        else if (who == QLatin1String("other"))
            key = m_otherProjectKey;
        else if (who == QLatin1String("billing"))
            key = m_billingKey;
        Endpoint* e = endpoint(workload, key, fault, project);
        Run* run = nullptr;
        if (embed) {
            EmbeddingsRequest r;
            r.input = QStringList{QStringLiteral("text")};
            run = e->embed(r);
        } else {
            // Streaming asked: the error body must still be read whole, never as events.
            run = e->chat(chatRequest(true));
        }
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(int(run->error().kind), kind);
        QCOMPARE(run->error().httpStatus, status);
        if (!code.isEmpty())
            QCOMPARE(run->error().code, code);
        QCOMPARE(run->error().retryAfterSeconds.has_value(), retryAfter);
        if (retryAfter)
            QVERIFY(*run->error().retryAfterSeconds > 0);
        QVERIFY(!run->error().hint.isEmpty());
        QCOMPARE(run->record().status, status);
        QVERIFY(run->record().frames.isEmpty());
        QVERIFY(!run->record().responseBody.isEmpty());
        QVERIFY(!mentionsSecret(run, key));
        QVERIFY(w.events.contains(QStringLiteral("headers")));
        QVERIFY(!w.events.contains(QStringLiteral("chunk")));
    }

    void streamFaults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("kind");      // -1: no error
        QTest::addColumn<bool>("sameText"); // same text as the clean stream
        const int none = -1;
        QTest::newRow("disconnect")
            << "disconnect" << int(RunState::Truncated) << int(ErrorKind::Truncated) << false;
        QTest::newRow("no-done") << "no-done" << int(RunState::Truncated)
                                 << int(ErrorKind::Truncated) << true;
        QTest::newRow("error-frame")
            << "error-frame" << int(RunState::Failed) << int(ErrorKind::Server) << false;
        QTest::newRow("malformed-chunk")
            << "malformed-chunk" << int(RunState::Done) << none << false;
        QTest::newRow("keep-alive") << "keep-alive" << int(RunState::Done) << none << true;
        QTest::newRow("crlf") << "crlf" << int(RunState::Done) << none << true;
        QTest::newRow("large-chunk") << "large-chunk" << int(RunState::Done) << none << false;
        QTest::newRow("invalid-utf8") << "invalid-utf8" << int(RunState::Done) << none << false;
        QTest::newRow("slow-first-byte")
            << "slow-first-byte" << int(RunState::Done) << none << true;
    }

    void streamFaults() {
        QFETCH(QString, fault);
        QFETCH(int, state);
        QFETCH(int, kind);
        QFETCH(bool, sameText);
        Endpoint* clean = endpoint(QStringLiteral("support-bot"), m_chatKey);
        Run* reference = clean->chat(chatRequest(true));
        Watch rw(reference);
        QVERIFY(rw.wait());
        QCOMPARE(reference->state(), RunState::Done);

        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey, fault);
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait(30000));
        QVERIFY(w.endedCleanly());
        QVERIFY2(
            int(run->state()) == state,
            qPrintable(runStateName(run->state()) + QStringLiteral(": ") + run->error().summary()));
        if (kind >= 0) {
            QCOMPARE(int(run->error().kind), kind);
            QVERIFY(!run->error().message.isEmpty());
            QVERIFY(!run->error().hint.isEmpty());
        }
        // Whatever the end, the text received is kept.
        QVERIFY(!run->text().isEmpty());
        QCOMPARE(w.deltas.join(QString()), run->text());
        if (sameText)
            QCOMPARE(run->text(), reference->text());

        const RunRecord& r = run->record();
        if (fault == QLatin1String("malformed-chunk")) {
            QVERIFY(r.nonJsonFrames >= 1);
            int notJson = 0;
            for (const Frame& f : r.frames)
                notJson += f.json ? 0 : 1;
            QCOMPARE(notJson, r.nonJsonFrames);
        }
        if (fault == QLatin1String("keep-alive"))
            QVERIFY(r.comments >= 1);
        if (fault == QLatin1String("large-chunk")) {
            qsizetype largest = 0;
            for (const Frame& f : r.frames)
                largest = std::max(largest, f.bytes);
            QVERIFY2(largest > 256 * 1024, qPrintable(QString::number(largest)));
        }
        if (fault == QLatin1String("invalid-utf8"))
            QVERIFY(run->text().contains(QChar::ReplacementCharacter));
        if (fault == QLatin1String("error-frame") || fault == QLatin1String("disconnect") ||
            fault == QLatin1String("no-done"))
            QVERIFY(!r.frames.isEmpty() && !r.frames.last().done);
        else
            QVERIFY(r.frames.last().done);
        expectSilence(run);
    }

    void nonStreamingFaults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("idleMs");
        QTest::addColumn<int>("kind");
        // Half a body, then the connection closes: not a success and not a parse error.
        QTest::newRow("disconnect") << "disconnect" << 0 << int(ErrorKind::Network);
        QTest::newRow("stall") << "stall" << 300 << int(ErrorKind::Timeout);
    }

    void nonStreamingFaults() {
        QFETCH(QString, fault);
        QFETCH(int, idleMs);
        QFETCH(int, kind);
        m_sandbox->setStallMs(30000);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey, fault);
        if (idleMs > 0)
            e->setIdleTimeoutMs(idleMs);
        Run* run = e->chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QVERIFY2(int(run->error().kind) == kind, qPrintable(run->error().summary()));
        QVERIFY(!run->error().hint.isEmpty());
        QVERIFY(run->text().isEmpty());
        expectSilence(run);
    }

    void slowFirstByteHitsConnectTimeout() {
        Endpoint* e =
            endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("slow-first-byte"));
        e->setConnectTimeoutMs(200);
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(run->error().kind, ErrorKind::Timeout);
        QVERIFY(!w.events.contains(QStringLiteral("cancelled")));
        QVERIFY(!w.events.contains(QStringLiteral("headers")));
        expectSilence(run);
    }

    void stallHitsIdleTimeout() {
        m_sandbox->setStallMs(30000);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("stall"));
        e->setIdleTimeoutMs(300);
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(run->error().kind, ErrorKind::Timeout);
        QVERIFY(!w.events.contains(QStringLiteral("cancelled")));
        QVERIFY(!run->text().isEmpty()); // what came before the stall is kept
        expectSilence(run);
    }

    void stallWithoutTimeoutCompletes() {
        m_sandbox->setStallMs(400);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("stall"));
        e->setIdleTimeoutMs(5000);
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QCOMPARE(run->state(), RunState::Done);
        QVERIFY(*std::max_element(run->timings().tokenGapsMs.cbegin(),
                                  run->timings().tokenGapsMs.cend()) >= 300);
        m_sandbox->setStallMs(30000);
    }

    void redirectToAnotherHostIsRefused() {
        QSignalSpy followed(m_sandbox.get(), &sandbox::Sandbox::redirectFollowed);
        for (bool stream : {false, true}) {
            Endpoint* e =
                endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("redirect"));
            Run* run = e->chat(chatRequest(stream));
            Watch w(run);
            QVERIFY(w.wait());
            QVERIFY(w.endedCleanly());
            QCOMPARE(run->state(), RunState::Failed);
            QCOMPARE(run->error().kind, ErrorKind::Network);
            QVERIFY2(run->error().message.contains(
                         QLatin1String("refused a redirect to another host (localhost")),
                     qPrintable(run->error().message));
            QVERIFY(run->record().redirects.isEmpty());
            QVERIFY(!mentionsSecret(run, m_chatKey));
            expectSilence(run);
        }
        // The other host never saw a request at all, so never the key.
        QCOMPARE(followed.count(), 0);
        QVERIFY(!m_sandbox->lastRedirectSawAuthorization().has_value());
    }

    void cancelBeforeHeaders() {
        // Cancelled inside the call that started it, before the event loop ran once.
        Endpoint* e =
            endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("slow-first-byte"));
        Run* early = e->chat(chatRequest(true));
        Watch we(early);
        early->cancel();
        QCOMPARE(early->state(), RunState::Cancelled);
        QVERIFY(we.endedCleanly());
        QCOMPARE(early->error().kind, ErrorKind::Cancelled);
        expectSilence(early);

        // Cancelled once the request reached a peer that has not answered yet.
        Peer peer;
        Endpoint silent(&m_nam,
                        ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                        m_chatKey);
        Run* run = silent.chat(chatRequest(true));
        Watch w(run);
        QTRY_COMPARE(peer.requests.size(), 1);
        QVERIFY(w.events.contains(QStringLiteral("started")));
        QVERIFY(!w.events.contains(QStringLiteral("headers")));
        run->cancel();
        QCOMPARE(run->state(), RunState::Cancelled);
        QVERIFY(w.endedCleanly());
        QVERIFY(!w.events.contains(QStringLiteral("failed")));
        run->cancel(); // a no-op once ended
        QVERIFY(w.endedCleanly());
        expectSilence(run);
        QTRY_COMPARE(peer.disconnects, 1); // the connection was closed, not left hanging
    }

    void cancelMidStream() {
        m_sandbox->setTokensPerSecond(30);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey);
        Run* run = e->chat(chatRequest(true, QStringLiteral("tell me a long story")));
        Watch w(run);
        QTRY_VERIFY_WITH_TIMEOUT(w.deltas.size() >= 3, 10000);
        QVERIFY(m_sandbox->activeStreams() > 0);
        const QString soFar = run->text();
        run->cancel();
        QCOMPARE(run->state(), RunState::Cancelled);
        QVERIFY(w.endedCleanly());
        QCOMPARE(w.events[w.events.size() - 2], QStringLiteral("cancelled"));
        QCOMPARE(run->text(), soFar); // kept, and nothing more
        QVERIFY(!soFar.isEmpty());
        QCOMPARE(run->error().kind, ErrorKind::Cancelled);
        // The connection is really gone: the sandbox stops writing.
        QTRY_COMPARE(m_sandbox->activeStreams(), 0);
        expectSilence(run);
        QCOMPARE(run->text(), soFar);
    }

    void cancelFromASlot() {
        // A slot that cancels on the first chunk: nothing else is emitted afterwards.
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey);
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        connect(run, &Run::chunkReceived, run, &Run::cancel);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Cancelled);
        QCOMPARE(w.deltas.size(), 1);
        QCOMPARE(run->text(), w.deltas.first());
    }

    void refusedWithoutARequest_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("kind");
        const int config = int(ErrorKind::Configuration);
        QTest::newRow("control token") << "sdk" << config;
        QTest::newRow("truncated key") << "truncated" << config;
        QTest::newRow("non-hex key") << "nonhex" << config;
        QTest::newRow("missing key") << "missing" << config;
        QTest::newRow("Bearer prefix") << "bearer" << config;
        QTest::newRow("trailing newline") << "newline" << config;
        QTest::newRow("foreign key") << "foreign" << config;
        QTest::newRow("blank prompt") << "blank" << int(ErrorKind::Validation);
    }

    void refusedWithoutARequest() {
        QFETCH(QString, what);
        QFETCH(int, kind);
        QString key = m_chatKey;
        if (what == QLatin1String("sdk"))
            key = m_controlToken;
        else if (what == QLatin1String("truncated"))
            key.chop(1);
        else if (what == QLatin1String("nonhex"))
            key[key.size() - 5] = QLatin1Char('g');
        else if (what == QLatin1String("missing"))
            key.clear();
        else if (what == QLatin1String("bearer"))
            key = QStringLiteral("Bearer ") + key;
        else if (what == QLatin1String("newline"))
            key += QLatin1Char('\n');
        else if (what == QLatin1String("foreign"))
            key = QStringLiteral("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789");

        // A peer that counts connections: the proof that nothing left.
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(500, "text/plain", "should never be asked"));
            s->disconnectFromHost();
        };
        for (const QString& base : {peer.baseUrl(), m_sandbox->baseUrl()}) {
            const int sandboxBefore = m_sandboxRequests;
            Endpoint e(&m_nam, ref(QStringLiteral("support-bot"), QStringLiteral("acme"), base),
                       key);
            ChatRequest request = chatRequest(true);
            if (what == QLatin1String("blank"))
                request.prompt = QStringLiteral("   ");
            QVERIFY(e.refusal().has_value() == (what != QLatin1String("blank")));
            Run* run = e.chat(request);
            Watch w(run);
            // Ended, but it says so from the event loop, never inside chat().
            QVERIFY(run->isFinished());
            QVERIFY(w.events.isEmpty());
            QVERIFY(w.wait());
            QVERIFY(w.endedCleanly());
            QCOMPARE(w.events, (QStringList{QStringLiteral("failed"), QStringLiteral("ended")}));
            QCOMPARE(run->state(), RunState::Failed);
            QCOMPARE(int(run->error().kind), kind);
            QVERIFY(!run->error().message.isEmpty());
            QVERIFY(!run->error().hint.isEmpty());
            QVERIFY(!mentionsSecret(run, m_chatKey));
            QVERIFY(!mentionsSecret(run, m_controlToken));
            expectSilence(run);
            QCOMPARE(m_sandboxRequests, sandboxBefore);
        }
        QCOMPARE(peer.connections, 0);
    }

    // A control character in an extra header would split it on the wire (a second
    // Authorization, a control token smuggled in): refused locally for every caller.
    void headerWithControlCharacterIsRefused_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        const QByteArray smuggled = "b\r\nAuthorization: Bearer " + m_controlToken.toLatin1();
        QTest::newRow("CRLF in value") << QByteArray("X-A") << smuggled;
        QTest::newRow("LF in value") << QByteArray("X-A") << QByteArray("b\nX-B: c");
        QTest::newRow("CR in value") << QByteArray("X-A") << QByteArray("b\rc");
        QTest::newRow("NUL in value") << QByteArray("X-A") << QByteArray("b\0c", 3);
        QTest::newRow("tab-free C0 in value") << QByteArray("X-A") << QByteArray("b\x01c");
        QTest::newRow("DEL in value") << QByteArray("X-A") << QByteArray("b\x7f");
        QTest::newRow("LF in name") << QByteArray("X-A\nAuthorization") << QByteArray("c");
        QTest::newRow("colon in name") << QByteArray("X-A: b") << QByteArray("c");
        QTest::newRow("space in name") << QByteArray("X A") << QByteArray("c");
    }

    void headerWithControlCharacterIsRefused() {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(500, "text/plain", "should never be asked"));
            s->disconnectFromHost();
        };
        for (const QString& base : {peer.baseUrl(), m_sandbox->baseUrl()}) {
            const int sandboxBefore = m_sandboxRequests;
            Endpoint e(&m_nam, ref(QStringLiteral("support-bot"), QStringLiteral("acme"), base),
                       m_chatKey);
            e.setExtraHeader(name, value);
            const std::optional<Error> refused = e.refusal();
            QVERIFY(refused.has_value());
            QCOMPARE(refused->kind, ErrorKind::Configuration);
            QVERIFY2(refused->message.contains(QLatin1String("header")),
                     qPrintable(refused->message));
            QVERIFY(!refused->message.contains(QLatin1String("Bearer")));
            QVERIFY(!refused->hint.isEmpty());
            Run* run = e.chat(chatRequest(true));
            Watch w(run);
            QVERIFY(w.wait());
            QVERIFY(w.endedCleanly());
            QCOMPARE(w.events, (QStringList{QStringLiteral("failed"), QStringLiteral("ended")}));
            QCOMPARE(run->error().kind, ErrorKind::Configuration);
            QVERIFY(!mentionsSecret(run, m_controlToken));
            QCOMPARE(m_sandboxRequests, sandboxBefore);
            // Replacing the bad header by a good one makes the endpoint usable again.
            e.setExtraHeader(name, {});
            QVERIFY(!e.refusal().has_value());
        }
        QCOMPARE(peer.connections, 0);
    }

    // A 400's hint names what the route takes: chat parameters for chat, inputs for
    // embeddings, query and documents for rerank.
    void badRequestHintPerRoute() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(
                400, "application/json",
                R"({"error":{"message":"bad field","type":"invalid_request_error"}})"));
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* chat = e.chat(chatRequest(false));
        Watch chatWatch(chat);
        EmbeddingsRequest embed;
        embed.input = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        Run* vectors = e.embed(embed);
        Watch vectorsWatch(vectors);
        RerankRequest rerank;
        rerank.query = QStringLiteral("q");
        rerank.documents = QStringList{QStringLiteral("d")};
        Run* ranks = e.rerank(rerank);
        Watch ranksWatch(ranks);
        for (Watch* w : {&chatWatch, &vectorsWatch, &ranksWatch})
            QVERIFY(w->wait());
        for (Run* run : {chat, vectors, ranks})
            QCOMPARE(run->error().kind, ErrorKind::BadRequest);
        QVERIFY2(chat->error().hint.contains(QLatin1String("max_tokens")),
                 qPrintable(chat->error().hint));
        for (Run* run : {vectors, ranks}) {
            const QString hint = run->error().hint;
            for (const char* word : {"max_tokens", "temperature", "stop"})
                QVERIFY2(!hint.contains(QLatin1String(word)), qPrintable(hint));
        }
        QVERIFY2(vectors->error().hint.contains(QLatin1String("input")),
                 qPrintable(vectors->error().hint));
        QVERIFY2(vectors->error().hint.contains(QLatin1String("4096")),
                 qPrintable(vectors->error().hint));
        QVERIFY2(ranks->error().hint.contains(QLatin1String("documents")),
                 qPrintable(ranks->error().hint));
        QVERIFY2(ranks->error().hint.contains(QLatin1String("top_n")),
                 qPrintable(ranks->error().hint));
    }

    void controlTokenReasonIsTheVerdicts() {
        Endpoint e(&m_nam, ref(QStringLiteral("support-bot")), m_controlToken);
        const Verdict v = judgeKey(m_controlToken);
        const std::optional<Error> refused = e.refusal();
        QVERIFY(refused);
        QCOMPARE(refused->kind, ErrorKind::Configuration);
        QCOMPARE(refused->message, v.reason);
        QCOMPARE(refused->hint, v.fix);
        QVERIFY(refused->message.contains(QLatin1String("wrong credential type")));
        // Not even to an endpoint marked as not InferenceKey.
        e.setInferenceKey(false);
        QVERIFY(e.refusal().has_value());
    }

    void foreignKeyOnlyForOtherServers() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(
                200, "application/json",
                R"({"object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"ok"},"finish_reason":"stop"}]})"));
            s->disconnectFromHost();
        };
        const QString foreign = QStringLiteral("sk-local-0123456789abcdef");
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   foreign);
        QVERIFY(e.refusal().has_value());
        e.setInferenceKey(false);
        QVERIFY(!e.refusal().has_value());
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QCOMPARE(run->state(), RunState::Done);
        QCOMPARE(peer.requests.size(), 1);
        QVERIFY(peer.requests.first().contains("\r\nAuthorization: Bearer " + foreign.toLatin1()));
    }

    void plainHttpOnlyToLoopback_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("refused");
        QTest::newRow("non-loopback name") << "http://example.invalid" << true;
        QTest::newRow("name that starts like loopback") << "http://127.0.0.1.example.com" << true;
        QTest::newRow("private address") << "http://10.0.0.1:8000" << true;
        QTest::newRow("localhost") << "http://localhost:8000" << false;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST:8000" << false;
        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8000" << false;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3" << false;
        QTest::newRow("::1") << "http://[::1]:8000" << false;
        QTest::newRow("https remote") << "https://api.inferencekey.com" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << true;
    }

    void plainHttpOnlyToLoopback() {
        QFETCH(QString, base);
        QFETCH(bool, refused);
        Endpoint e(&m_nam, ref(QStringLiteral("support-bot"), QStringLiteral("acme"), base),
                   m_chatKey);
        const std::optional<Error> r = e.refusal();
        QCOMPARE(r.has_value(), refused);
        if (!refused)
            return;
        QCOMPARE(r->kind, ErrorKind::Configuration);
        // Refused before any lookup: the failure comes from the event loop with no DNS answer.
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait(2000));
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->error().kind, ErrorKind::Configuration);
        QVERIFY(!w.events.contains(QStringLiteral("started")));
    }

    void recordRedactsAuthorization() {
        Endpoint* e =
            endpoint(QStringLiteral("support-bot"), m_chatKey, QStringLiteral("malformed-chunk"));
        e->setExtraHeader("authorization", "Bearer sneaky"); // ignored: never Authorization
        Run* run = e->chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        const RunRecord& r = run->record();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.path(), QStringLiteral("/endpoint/acme/support-bot/v1/chat/completions"));
        QHash<QByteArray, QByteArray> headers;
        int authorizations = 0;
        for (const auto& [name, value] : r.requestHeaders) {
            headers.insert(name.toLower(), value);
            if (name.toLower() == "authorization")
                ++authorizations;
        }
        QCOMPARE(authorizations, 1);
        QCOMPARE(headers.value("authorization"),
                 (QStringLiteral("Bearer ") + redactKey(m_chatKey)).toUtf8());
        QCOMPARE(headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(headers.value("accept"), QByteArray("text/event-stream"));
        QCOMPARE(headers.value("x-sandbox-fault"), QByteArray("malformed-chunk"));
        QVERIFY(r.requestBody.contains("\"stream\":true"));
        QVERIFY(!mentionsSecret(run, m_chatKey));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.responseHeaders.isEmpty());
        QVERIFY(r.nonJsonFrames >= 1);
        qint64 last = 0;
        for (const Frame& f : r.frames) {
            QVERIFY(f.atMs >= last);
            last = f.atMs;
        }
    }

    // ---- against a scripted peer: bytes the sandbox would not send ----

    void wireHeadersAndKey() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(
                200, "application/json",
                R"({"object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}]})"));
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QCOMPARE(run->state(), RunState::Done);
        QCOMPARE(run->text(), QStringLiteral("hi"));
        QCOMPARE(peer.requests.size(), 1);
        const QByteArray request = peer.requests.first();
        QVERIFY(request.startsWith("POST /endpoint/acme/support-bot/v1/chat/completions HTTP/1.1"));
        QVERIFY(request.contains("\r\nAuthorization: Bearer " + m_chatKey.toLatin1() + "\r\n"));
        QVERIFY(request.contains("\r\nContent-Type: application/json\r\n"));
        QVERIFY(!request.contains("text/event-stream"));
        QVERIFY(request.contains("\"model\":\"support-bot\""));
    }

    void sameHostRedirectIsFollowed() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray& request) {
            if (request.startsWith("POST /endpoint/acme/support-bot/v1/chat/completions")) {
                s->write("HTTP/1.1 307 Temporary Redirect\r\nLocation: /moved/chat\r\n"
                         "Content-Length: 0\r\nConnection: close\r\n\r\n");
            } else {
                s->write(Peer::response(
                    200, "application/json",
                    R"({"object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"moved"},"finish_reason":"stop"}]})"));
            }
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QCOMPARE(run->text(), QStringLiteral("moved"));
        QCOMPARE(run->record().redirects.size(), 1);
        QCOMPARE(run->record().redirects.first().path(), QStringLiteral("/moved/chat"));
        QCOMPARE(peer.requests.size(), 2);
        QVERIFY(peer.requests[1].startsWith("POST /moved/chat"));
    }

    void redirectToAnotherPortIsRefused() {
        Peer target;
        Peer peer;
        const QByteArray location =
            QStringLiteral("http://127.0.0.1:%1/steal").arg(target.port()).toUtf8();
        peer.handler = [location](QTcpSocket* s, const QByteArray&) {
            s->write("HTTP/1.1 308 Permanent Redirect\r\nLocation: " + location +
                     "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->error().kind, ErrorKind::Network);
        QVERIFY(run->error().message.contains(QLatin1String("redirect to another host")));
        expectSilence(run);
        QCOMPARE(target.connections, 0);
    }

    void errorBodyIsNeverParsedAsEvents() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(
                403, "text/event-stream",
                "data: " + chunkJson("not text") +
                    "\n\ndata: {\"error\":{\"code\":\"wrong_credential_type\",\"message\":\"an "
                    "ik_sdk_ token on a data route\"}}\n\n"));
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(run->error().httpStatus, 403);
        QCOMPARE(run->error().kind, ErrorKind::Permission);
        QVERIFY(run->text().isEmpty());
        QVERIFY(run->record().frames.isEmpty());
        QCOMPARE(w.frames, 0);
    }

    void wwwAuthenticateIsStillAnAuthError() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(
                Peer::response(401, "application/json",
                               R"({"error":{"code":"invalid_api_key","message":"unknown key"}})",
                               "WWW-Authenticate: Bearer realm=\"inferencekey\"\r\n"));
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->error().kind, ErrorKind::Auth);
        QCOMPARE(run->error().httpStatus, 401);
        QCOMPARE(peer.requests.size(), 1);
    }

    void utf8SplitAcrossReads() {
        Peer peer;
        // "¡Hola" with the two bytes of '¡' in separate TCP writes, then [DONE] split too.
        const QByteArray first = "data: " + chunkJson("\xC2");
        peer.handler = [first](QTcpSocket* s, const QByteArray&) {
            s->write(kSseHeaders);
            s->write(first.left(first.indexOf('\xC2') + 1));
            s->flush();
            QPointer<QTcpSocket> socket(s);
            QTimer::singleShot(60, s, [socket] {
                socket->write("\xA1Hola\"},\"finish_reason\":null}]}\n\ndata: [DO");
                socket->flush();
                QTimer::singleShot(60, socket, [socket] {
                    socket->write("NE]\n\n");
                    socket->disconnectFromHost();
                });
            });
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QCOMPARE(run->text(), QString::fromUtf8("\xC2\xA1Hola"));
    }

    void closedAfterHeadersIsTruncated() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(kSseHeaders);
            s->write("data: " + chunkJson("partial") + "\n\n");
            s->flush();
            QPointer<QTcpSocket> socket(s);
            QTimer::singleShot(50, s, [socket] { socket->abort(); });
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Truncated);
        QCOMPARE(run->error().kind, ErrorKind::Truncated);
        QCOMPARE(run->text(), QStringLiteral("partial"));
        QVERIFY(w.events.contains(QStringLiteral("truncated")));
    }

    void jsonAnswerToAStreamRequest() {
        // Some OpenAI-compatible servers ignore "stream": the answer is read as what it is.
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(Peer::response(
                200, "application/json",
                R"({"object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"whole"},"finish_reason":"stop"}]})"));
            s->disconnectFromHost();
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY2(run->state() == RunState::Done, qPrintable(run->error().summary()));
        QCOMPARE(run->text(), QStringLiteral("whole"));
    }

    void oversizedEventIsAProtocolError() {
        Peer peer;
        peer.handler = [](QTcpSocket* s, const QByteArray&) {
            s->write(kSseHeaders);
            s->write("data: " + chunkJson("before") + "\n\n");
            s->write("data: " + QByteArray(17 * 1024 * 1024, 'a'));
        };
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait(30000));
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(run->error().kind, ErrorKind::Protocol);
        QVERIFY2(run->error().message.contains(QLatin1String("exceeded 16 MiB")),
                 qPrintable(run->error().message));
        QCOMPARE(run->text(), QStringLiteral("before"));
        expectSilence(run);
    }

    void silentPeerHitsConnectTimeout() {
        Peer peer; // accepts, reads, never answers
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"), peer.baseUrl()),
                   m_chatKey);
        e.setConnectTimeoutMs(250);
        Run* run = e.chat(chatRequest(true));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->state(), RunState::Failed);
        QCOMPARE(run->error().kind, ErrorKind::Timeout);
        QCOMPARE(w.events, (QStringList{QStringLiteral("started"), QStringLiteral("failed"),
                                        QStringLiteral("ended")}));
        QVERIFY(run->timings().totalMs >= 200); // coarse timers may fire a little early
        expectSilence(run);
    }

    void refusedConnectionIsANetworkError() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Endpoint e(&m_nam,
                   ref(QStringLiteral("support-bot"), QStringLiteral("acme"),
                       QStringLiteral("http://127.0.0.1:%1").arg(port)),
                   m_chatKey);
        Run* run = e.chat(chatRequest(false));
        Watch w(run);
        QVERIFY(w.wait());
        QVERIFY(w.endedCleanly());
        QCOMPARE(run->error().kind, ErrorKind::Network);
        QCOMPARE(run->error().httpStatus, 0);
        QVERIFY(!run->error().hint.isEmpty());
    }

    void deletingTheRunStopsIt() {
        m_sandbox->setTokensPerSecond(30);
        Endpoint* e = endpoint(QStringLiteral("support-bot"), m_chatKey);
        QPointer<Run> run = e->chat(chatRequest(true));
        QSignalSpy chunks(run.data(), &Run::chunkReceived);
        QVERIFY(chunks.wait(10000));
        delete run.data();
        QTRY_COMPARE(m_sandbox->activeStreams(), 0);
    }
};

QTEST_GUILESS_MAIN(TstEndpoint)
#include "tst_endpoint.moc"
