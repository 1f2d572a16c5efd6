// The run session against the sandbox over loopback: the whole send sequence in one place, what
// goes on the wire, what history keeps, what the guard learns, and that every attempt ends once.

#include "cost.h"
#include "credential.h"
#include "guard.h"
#include "history.h"

#include "runsession.h"
#include "sandbox.h"
#include "scrub.h"
#include <QJsonArray>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

class TestRunSession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void chatDoneRecordsHistoryAndEndsOnce();
    void structuredAnswerCheckedInHistory_data();
    void structuredAnswerCheckedInHistory();
    void aPricedRunKeepsItsCostInHistory();
    void invalidNeedsNoKey();
    void wrongKindIsInvalid();
    void controlTokenBlockedNothingSent();
    void warningAsksAndDeclineSendsNothing();
    void warningConfirmedSends();
    void scopeMismatchIsRemembered();
    void cancelWhileReadingKeyAbandons();
    void cancelMidStreamKeepsText();
    void againReusesTheJudgedKey();
    void repeatedRunsSayWhichComparisonTheyCameFrom();
    void extraHeadersReachTheServerButNeverAuthorization();
    void probeForEachKind_data();
    void probeForEachKind();

private:
    Workload workload(const QString& project, const QString& slug, WorkloadKind kind) const;
    QString keyFor(const QString& project, const QString& slug) const;

    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    sandbox::Sandbox* m_sandbox = nullptr;
    CredentialGuard m_guard;
    History* m_history = nullptr;
    SessionServices m_services;
    QString controlToken() const;
    QString m_nextKey; // what the key lookup answers
    int m_served = 0;  // requests the sandbox answered
    int m_lookups = 0;
    bool m_answerLater = false;
    std::function<void(QString)> m_heldAnswer;
};

void TestRunSession::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_sandbox = new sandbox::Sandbox(sandbox::Config::builtIn(), this);
    QString error;
    QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    connect(m_sandbox, &sandbox::Sandbox::requestFinished, this, [this] { ++m_served; });
    m_history = new History(m_dir.filePath(u"history.sqlite"_s), this);
    m_services.nam = &m_nam;
    m_services.guard = &m_guard;
    m_services.history = m_history;
    m_services.keyLookup = [this](const Workload&, std::function<void(QString)> done) {
        ++m_lookups;
        if (m_answerLater)
            m_heldAnswer = done;
        else
            done(m_nextKey);
    };
}

Workload TestRunSession::workload(const QString& project, const QString& slug,
                                  WorkloadKind kind) const {
    Workload w;
    w.id = project + u'/' + slug;
    w.name = slug;
    w.baseUrl = m_sandbox->baseUrl();
    w.project = project;
    w.slug = slug;
    w.kind = kind;
    return w;
}

QString TestRunSession::keyFor(const QString& project, const QString& slug) const {
    return m_sandbox->config().keyFor(project, slug);
}

QString TestRunSession::controlToken() const {
    return m_sandbox->config().controlTokens.first().token;
}

static ChatRequest hola(bool stream = true) {
    ChatRequest r;
    r.model = u"support-bot"_s;
    r.prompt = u"Hola"_s;
    r.stream = stream;
    return r;
}

void TestRunSession::chatDoneRecordsHistoryAndEndsOnce() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy started(&session, &RunSession::started);
    QSignalSpy ended(&session, &RunSession::ended);
    QVERIFY(session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                          SessionRequest::forChat(hola())));
    QVERIFY(ended.wait(10000));
    QTest::qWait(50);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Done);
    QVERIFY(session.run());
    QVERIFY(!session.run()->text().isEmpty());
    QCOMPARE(session.keyId(), Credential::parse(m_nextKey).id);
    const std::optional<HistoryRun> row = m_history->load(session.historyId());
    QVERIFY(row);
    QCOMPARE(row->state, u"done"_s);
    QCOMPARE(row->answer, session.run()->text());
    QCOMPARE(row->messages.size(), 1);
    QCOMPARE(row->messages.first().content, u"Hola"_s);
    QVERIFY(row->frameCount > 0);
}

// A structured answer is judged when whole, and history keeps the verdict with its pointers.
void TestRunSession::structuredAnswerCheckedInHistory_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("firstError");
    QTest::newRow("none") << int(ResponseFormat::Type::None) << QByteArray() << false << QString();
    QTest::newRow("schema, valid")
        << int(ResponseFormat::Type::JsonSchema) << QByteArray() << true << QString();
    QTest::newRow("schema, broken")
        << int(ResponseFormat::Type::JsonSchema) << QByteArray("schema-break") << false
        << u"missing required property \"city\""_s;
    QTest::newRow("object, valid")
        << int(ResponseFormat::Type::JsonObject) << QByteArray() << true << QString();
}

void TestRunSession::structuredAnswerCheckedInHistory() {
    QFETCH(int, type);
    QFETCH(QByteArray, fault);
    QFETCH(bool, valid);
    QFETCH(QString, firstError);
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest r = hola();
    r.responseFormat.type = ResponseFormat::Type(type);
    r.responseFormat.name = u"weather"_s;
    r.responseFormat.schema = R"({"type":"object","required":["city"],
        "properties":{"city":{"type":"string"}}})";
    SessionOptions options;
    if (!fault.isEmpty())
        options.extraHeaders.append({"X-Sandbox-Fault", fault});
    QVERIFY(session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                          SessionRequest::forChat(r), options));
    QVERIFY(ended.wait(10000));
    QTRY_VERIFY(m_history->load(session.historyId())->state == u"done"_s);
    const QJsonObject check =
        m_history->load(session.historyId())->extra.value(u"schema"_s).toObject();
    QCOMPARE(session.schemaCheck(), check); // what the answer area shows is what history keeps
    if (type == int(ResponseFormat::Type::None)) {
        QVERIFY(check.isEmpty());
        return;
    }
    QCOMPARE(check.value(u"valid"_s).toBool(), valid);
    QCOMPARE(check.value(u"type"_s).toString(),
             type == int(ResponseFormat::Type::JsonSchema) ? u"json_schema"_s : u"json_object"_s);
    const QJsonArray errors = check.value(u"errors"_s).toArray();
    QCOMPARE(errors.isEmpty(), firstError.isEmpty());
    if (!errors.isEmpty()) {
        QCOMPARE(errors.first()[u"reason"_s].toString(), firstError);
        QCOMPARE(errors.first()[u"pointer"_s].toString(), QString());
    }
}

// At $1 per million input tokens and $2 per million output tokens, a million times over, the
// cost in dollars is prompt + 2 x completion: what the row keeps beside the usage it came from.
// A stream without usage keeps the price and no amount: "tokens unknown", never 0.
void TestRunSession::aPricedRunKeepsItsCostInHistory() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    SessionOptions options;
    options.price = TokenPrice{1e6, 2e6};
    for (const bool withUsage : {true, false}) {
        RunSession session(&m_services);
        QSignalSpy ended(&session, &RunSession::ended);
        ChatRequest request = hola();
        request.params.includeUsage = withUsage;
        QVERIFY(session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                              SessionRequest::forChat(request), options));
        QVERIFY(ended.wait(10000));
        std::optional<HistoryRun> row;
        QTRY_VERIFY((row = m_history->load(session.historyId())) && row->state == u"done"_s);
        const QJsonObject cost = row->extra[u"cost"].toObject();
        QCOMPARE(cost[u"input_per_million"].toDouble(), 1e6);
        QCOMPARE(cost[u"output_per_million"].toDouble(), 2e6);
        QCOMPARE(costText(cost).contains(u"tokens unknown"_s), !withUsage);
        if (!withUsage) {
            QVERIFY(row->usage.isEmpty());
            QVERIFY(!cost.contains(u"amount"));
            continue;
        }
        const int prompt = row->usage[u"prompt_tokens"].toInt();
        const int completion = row->usage[u"completion_tokens"].toInt();
        QVERIFY(prompt > 0 && completion > 0);
        QCOMPARE(cost[u"amount"].toDouble(), double(prompt + 2 * completion));
    }
    // Without a price, no cost at all.
    RunSession plain(&m_services);
    QSignalSpy ended(&plain, &RunSession::ended);
    QVERIFY(plain.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                        SessionRequest::forChat(hola())));
    QVERIFY(ended.wait(10000));
    std::optional<HistoryRun> row;
    QTRY_VERIFY((row = m_history->load(plain.historyId())) && row->state == u"done"_s);
    QVERIFY(!row->extra.contains(u"cost"));
}

void TestRunSession::invalidNeedsNoKey() {
    const int before = m_lookups;
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest blank = hola();
    blank.prompt = u"   "_s;
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(blank));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Invalid);
    QCOMPARE(session.error().kind, ErrorKind::Validation);
    QCOMPARE(m_lookups, before);
    QVERIFY(!session.run());
}

void TestRunSession::wrongKindIsInvalid() {
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    session.start(workload(u"acme"_s, u"billing"_s, WorkloadKind::Embedding),
                  SessionRequest::forChat(hola()));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Invalid);
    QVERIFY(session.error().message.contains(u"embedding"_s));
}

void TestRunSession::controlTokenBlockedNothingSent() {
    const int served = m_served;
    m_nextKey = controlToken();
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    QSignalSpy started(&session, &RunSession::started);
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(hola()));
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Blocked);
    QVERIFY(session.verdict().has(u"wrong_credential_type"_s));
    QCOMPARE(started.count(), 0);
    QTest::qWait(50);
    QCOMPARE(m_served, served);
}

void TestRunSession::warningAsksAndDeclineSendsNothing() {
    const int served = m_served;
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy asked(&session, &RunSession::confirmationNeeded);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest r = hola();
    r.prompt = u"my key is "_s + m_nextKey;
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(r));
    QCOMPARE(asked.count(), 1);
    QVERIFY(session.awaitingConfirmation());
    QVERIFY(asked.at(0).at(0).value<GuardVerdict>().has(u"key_in_prompt"_s));
    QCOMPARE(ended.count(), 0);
    session.confirm(false);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Declined);
    QTest::qWait(50);
    QCOMPARE(m_served, served);
}

void TestRunSession::warningConfirmedSends() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest r = hola(false);
    r.prompt = u"please echo "_s + m_nextKey;
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(r));
    QVERIFY(session.awaitingConfirmation());
    session.confirm(true);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Done);
    // The secret sent in the prompt is scrubbed from anything written later.
    const QString secret = Credential::parse(m_nextKey).secret;
    QVERIFY(!scrubSecrets(u"echo: "_s + secret).contains(secret.left(16)));
}

void TestRunSession::scopeMismatchIsRemembered() {
    // The acme key sent to another project's workload: the server says project_scope_mismatch,
    // and the next attempt with that key there asks first.
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    int learned = 0;
    SessionServices services = m_services;
    services.guardLearned = [&learned] { ++learned; };
    const Workload elsewhere = workload(u"globex"_s, u"helpdesk"_s, WorkloadKind::Chat);
    RunSession session(&services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest r = hola(false);
    r.model = elsewhere.slug;
    session.start(elsewhere, SessionRequest::forChat(r));
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Failed);
    QCOMPARE(session.error().code, u"project_scope_mismatch"_s);
    QCOMPARE(learned, 1);
    QVERIFY(judgeSend(&m_guard, elsewhere, m_nextKey).has(u"known_project_scope_mismatch"_s));
}

void TestRunSession::cancelWhileReadingKeyAbandons() {
    m_answerLater = true;
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    QSignalSpy started(&session, &RunSession::started);
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(hola()));
    QCOMPARE(session.stage(), SessionStage::ReadingKey);
    session.cancel();
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Abandoned);
    m_answerLater = false;
    m_heldAnswer(keyFor(u"acme"_s, u"support-bot"_s)); // the keychain answers late
    QCOMPARE(started.count(), 0);
    QCOMPARE(ended.count(), 1);
}

void TestRunSession::cancelMidStreamKeepsText() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    ChatRequest r = hola();
    r.params.maxTokens = 4000;
    m_sandbox->setTokensPerSecond(100);
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(r));
    QTRY_VERIFY_WITH_TIMEOUT(session.run() && !session.run()->text().isEmpty(), 10000);
    session.cancel();
    m_sandbox->setTokensPerSecond(0);
    QCOMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Cancelled);
    QVERIFY(!session.run()->text().isEmpty());
    const std::optional<HistoryRun> row = m_history->load(session.historyId());
    QVERIFY(row);
    QCOMPARE(row->state, u"cancelled"_s);
    QCOMPARE(row->answer, session.run()->text());
}

void TestRunSession::againReusesTheJudgedKey() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    const int lookups = m_lookups;
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    const Workload w = workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat);
    QVERIFY(!session.again(SessionRequest::forChat(hola(false)))); // nothing judged yet
    session.start(w, SessionRequest::forChat(hola(false)));
    QVERIFY(ended.wait(10000));
    const qint64 first = session.historyId();
    ChatRequest second = hola(false);
    second.params.seed = 7;
    QVERIFY(session.again(SessionRequest::forChat(second)));
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.count(), 2);
    QCOMPARE(m_lookups, lookups + 1);
    QVERIFY(session.historyId() != first);
    QVERIFY(session.run()->record().requestBody.contains("\"seed\":7"));
    session.release();
    QVERIFY(!session.again(SessionRequest::forChat(second)));
}

// What a compare pane does on Repeat with 3 runs: one start() and two again(), the options
// carrying the comparison; each history row says it is that comparison's run 1, 2 and 3.
void TestRunSession::repeatedRunsSayWhichComparisonTheyCameFrom() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    SessionOptions options;
    options.origin = compareOrigin(u"2024-05-01T12:00:00.000"_s, u"Hola"_s, 3);
    QVERIFY(session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                          SessionRequest::forChat(hola(false)), options));
    QList<qint64> ids;
    for (int run = 1; run <= 3; ++run) {
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.count(), run);
        ids.append(session.historyId());
        if (run < 3)
            QVERIFY(session.again(SessionRequest::forChat(hola(false))));
    }
    for (int run = 1; run <= 3; ++run) {
        const std::optional<HistoryRun> row = m_history->load(ids.at(run - 1));
        QVERIFY(row);
        QCOMPARE(row->state, u"done"_s);
        const HistoryOrigin origin = parseOrigin(row->origin);
        QVERIFY(origin.compare);
        QCOMPARE(origin.comparison, u"2024-05-01T12:00:00.000"_s);
        QCOMPARE(origin.title, u"Hola"_s);
        QCOMPARE(origin.run, run);
        QCOMPARE(origin.runs, 3);
    }
    QCOMPARE(m_history->list(u"acme/support-bot"_s, {}, 500, HistoryOriginFilter::Compare).size(),
             3);
    // A session without an origin is the playground's.
    RunSession playground(&m_services);
    QSignalSpy playgroundEnded(&playground, &RunSession::ended);
    playground.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                     SessionRequest::forChat(hola(false)));
    QVERIFY(playgroundEnded.wait(10000));
    QCOMPARE(m_history->load(playground.historyId())->origin, u"playground"_s);
}

void TestRunSession::extraHeadersReachTheServerButNeverAuthorization() {
    m_nextKey = keyFor(u"acme"_s, u"support-bot"_s);
    SessionServices services = m_services;
    services.setExtraHeader("Authorization", "Bearer stolen");
    services.setExtraHeader("X-Sandbox-Fault", "cold-start");
    RunSession session(&services);
    QSignalSpy ended(&session, &RunSession::ended);
    session.start(workload(u"acme"_s, u"support-bot"_s, WorkloadKind::Chat),
                  SessionRequest::forChat(hola(false)));
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Failed);
    QCOMPARE(session.run()->record().status, 503);
    for (const auto& [name, value] : session.run()->record().requestHeaders)
        if (name.compare("Authorization", Qt::CaseInsensitive) == 0)
            QVERIFY(!value.contains("stolen"));
}

void TestRunSession::probeForEachKind_data() {
    QTest::addColumn<QString>("slug");
    QTest::addColumn<int>("kind");
    QTest::newRow("chat") << u"support-bot"_s << int(WorkloadKind::Chat);
    QTest::newRow("embedding") << u"billing"_s << int(WorkloadKind::Embedding);
    QTest::newRow("rerank") << u"ranker"_s << int(WorkloadKind::Rerank);
}

void TestRunSession::probeForEachKind() {
    QFETCH(QString, slug);
    QFETCH(int, kind);
    m_nextKey = keyFor(u"acme"_s, slug);
    const Workload w = workload(u"acme"_s, slug, WorkloadKind(kind));
    RunSession session(&m_services);
    QSignalSpy ended(&session, &RunSession::ended);
    SessionOptions options;
    options.recordHistory = false;
    session.start(w, SessionRequest::probe(w), options);
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).value<SessionEnd>(), SessionEnd::Done);
    QCOMPARE(session.historyId(), qint64(-1));
}

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
