// ik-call end to end: the real binary against the real ik-sandbox binary over loopback.
// Asserts what a terminal user sees: stdout, stderr and the exit status.

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include <csignal>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString bin(const char* var) {
    const QString path = qEnvironmentVariable(var);
    if (path.isEmpty())
        qFatal("%s is not set: run this test through ctest", var);
    return path;
}

} // namespace

class TstIkCall : public QObject {
    Q_OBJECT

private:
    QProcess m_sandbox;
    QString m_base;
    QHash<QString, QString> m_keys; // "acme/support-bot" -> key
    QString m_control;

    QProcessEnvironment cleanEnv() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"INFERENCEKEY_BASE_URL", "INFERENCEKEY_PROJECT",
                              "INFERENCEKEY_API_KEY", "INFERENCEKEY_SDK_TOKEN"})
            env.remove(QString::fromLatin1(v));
        return env;
    }

    Result call(const QStringList& args, const QString& key, const QByteArray& input = {},
                QProcessEnvironment env = {}) {
        if (env.isEmpty())
            env = cleanEnv();
        if (!key.isNull())
            env.insert(QStringLiteral("INFERENCEKEY_API_KEY"), key);
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(bin("IK_CALL_BIN"), args);
        if (!p.waitForStarted(10000))
            return {};
        if (!input.isNull())
            p.write(input);
        p.closeWriteChannel();
        if (!done.wait(60000)) {
            p.kill();
            done.wait(5000);
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList target(const QString& workload,
                       const QString& project = QStringLiteral("acme")) const {
        return {QStringLiteral("--base-url"), m_base,  QStringLiteral("--project"), project,
                QStringLiteral("--workload"), workload};
    }

    QString key(const QString& which) const {
        const QString k = m_keys.value(which);
        if (k.isEmpty())
            qFatal("the sandbox printed no key for %s", qPrintable(which));
        return k;
    }

    // A listener that counts connections: what is refused locally must not even connect.
    struct Counter {
        QTcpServer server;
        int connections = 0;
        Counter() {
            server.listen(QHostAddress::LocalHost);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                ++connections;
                delete server.nextPendingConnection();
            });
        }
        QStringList target(const QString& workload) const {
            return {QStringLiteral("--base-url"),
                    QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()),
                    QStringLiteral("--project"),
                    QStringLiteral("acme"),
                    QStringLiteral("--workload"),
                    workload};
        }
        int settled() {
            QCoreApplication::processEvents();
            return connections;
        }
    };

    static int exitFor(const char* kind) {
        // Mirrors the table ik-call --help prints; checked against it in helpListsExitStatuses.
        static const QHash<QString, int> t = {
            {QStringLiteral("configuration"), 3}, {QStringLiteral("validation"), 4},
            {QStringLiteral("auth"), 5},          {QStringLiteral("permission"), 6},
            {QStringLiteral("not_found"), 7},     {QStringLiteral("bad_request"), 8},
            {QStringLiteral("rate_limited"), 9},  {QStringLiteral("server"), 10},
            {QStringLiteral("network"), 11},      {QStringLiteral("timeout"), 12},
            {QStringLiteral("cancelled"), 13},    {QStringLiteral("truncated"), 14},
            {QStringLiteral("protocol"), 15}};
        return t.value(QString::fromLatin1(kind), -1);
    }

private slots:
    void initTestCase() {
        QSignalSpy ready(&m_sandbox, &QProcess::readyReadStandardOutput);
        m_sandbox.start(bin("IK_SANDBOX_BIN"),
                        {QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--tokens-per-second"), QStringLiteral("400")});
        QVERIFY(m_sandbox.waitForStarted(10000));
        QByteArray banner;
        // The banner ends with the control-token line.
        while (!banner.contains("control-token")) {
            QVERIFY2(ready.wait(10000), banner.constData());
            banner += m_sandbox.readAllStandardOutput();
        }
        for (const QByteArray& raw : banner.split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            const QStringList f = line.split(QLatin1Char(' '));
            if (f.value(0) == QLatin1String("listening"))
                m_base = f.value(1);
            else if (f.value(0) == QLatin1String("key"))
                m_keys.insert(f.value(1), f.value(2));
            else if (f.value(0) == QLatin1String("control-token"))
                m_control = f.value(2);
        }
        QVERIFY2(m_base.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(m_base));
        QVERIFY(!m_control.isEmpty());
    }

    void cleanupTestCase() {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(5000);
    }

    // Both programs name their version, the commit they were built from and their Qt, so a bug
    // report says which build it is about; the commit is this tree's when it is a git checkout.
    void versionNamesBuildCommitAndQt() {
        QProcess git;
        git.start(u"git"_s,
                  {u"-C"_s, bin("IK_SOURCE_DIR"), u"rev-parse"_s, u"--short=12"_s, u"HEAD"_s});
        const bool haveGit = git.waitForFinished(10000) && git.exitCode() == 0;
        const QString head = QString::fromUtf8(git.readAllStandardOutput()).trimmed();
        for (const char* program : {"IK_CALL_BIN", "IK_SANDBOX_BIN"}) {
            QProcess p;
            p.start(bin(program), {u"--version"_s});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitCode(), 0);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            const QRegularExpression line(
                uR"(^ik-(call|sandbox) \d+\.\d+\.\d+ \(commit ([0-9a-f]{12}(-modified)?|unknown), )"
                uR"(Qt 6\.\d+\.\d+; built with Qt 6\.\d+\.\d+\)\n$)"_s);
            const QRegularExpressionMatch m = line.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            if (haveGit)
                QVERIFY2(m.captured(2).startsWith(head), qPrintable(out + u" vs "_s + head));
        }
    }

    void helpListsExitStatuses() {
        const Result r = call({QStringLiteral("--help")}, {});
        QCOMPARE(r.exitCode, 0);
        for (const char* kind : {"configuration", "validation", "auth", "permission", "not_found",
                                 "bad_request", "rate_limited", "server", "network", "timeout",
                                 "cancelled", "truncated", "protocol"}) {
            const QRegularExpression row(
                QStringLiteral("\\n\\s+%1\\s+%2\\n")
                    .arg(exitFor(kind))
                    .arg(QRegularExpression::escape(QString::fromLatin1(kind))));
            QVERIFY2(row.match(r.out).hasMatch(), kind);
        }
    }

    void chatPlainAndStreamAgree() {
        const QStringList common =
            target(QStringLiteral("support-bot")) +
            QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                        QStringLiteral("--temperature"), QStringLiteral("0.5"),
                        QStringLiteral("Tell me about invoices")};
        const Result plain = call(QStringList{QStringLiteral("chat")} + common,
                                  key(QStringLiteral("acme/support-bot")));
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(plain.out.trimmed().size() > 10);
        QVERIFY2(plain.err.isEmpty(), qPrintable(plain.err));
        const Result streamed =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--stream")} + common,
                 key(QStringLiteral("acme/support-bot")));
        const Result plain2 = call(QStringList{QStringLiteral("chat")} + common,
                                   key(QStringLiteral("acme/support-bot")));
        QCOMPARE(streamed.exitCode, 0);
        QCOMPARE(plain2.exitCode, 0);
        QCOMPARE(streamed.out, plain2.out);
    }

    void chatJson() {
        const Result r =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--stream"),
                             QStringLiteral("--json"), QStringLiteral("--include-usage"),
                             QStringLiteral("--max-tokens"), QStringLiteral("5")} +
                     target(QStringLiteral("support-bot")) + QStringList{QStringLiteral("Hola")},
                 key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QVERIFY(!o.value(QStringLiteral("text")).toString().isEmpty());
        // The serving model's real name, not the slug.
        const QString model = o.value(QStringLiteral("model")).toString();
        QVERIFY(!model.isEmpty());
        QVERIFY(model != QLatin1String("support-bot"));
        QCOMPARE(o.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("length"));
        QCOMPARE(o.value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("completion_tokens"))
                     .toInt(),
                 5);
        QCOMPARE(o.value(QStringLiteral("chunks")).toInt(), 5);
        const QJsonObject t = o.value(QStringLiteral("timings")).toObject();
        QVERIFY(t.value(QStringLiteral("headers_ms")).toDouble() >= 0);
        QVERIFY(t.value(QStringLiteral("first_token_ms")).toDouble() >=
                t.value(QStringLiteral("headers_ms")).toDouble());
        QVERIFY(t.value(QStringLiteral("total_ms")).toDouble() >=
                t.value(QStringLiteral("first_token_ms")).toDouble());
    }

    void chatReasoning_data() {
        QTest::addColumn<QStringList>("mode");
        QTest::newRow("plain") << QStringList{};
        QTest::newRow("stream") << QStringList{QStringLiteral("--stream")};
    }

    // The thinking goes to standard error marked "thinking:", the answer alone to standard
    // output; --json carries both and the reasoning timings.
    void chatReasoning() {
        QFETCH(QStringList, mode);
        const QStringList common =
            target(QStringLiteral("support-bot")) +
            QStringList{QStringLiteral("--header"), QStringLiteral("X-Sandbox-Reasoning: content"),
                        QStringLiteral("What is two and two?")};
        const QString k = key(QStringLiteral("acme/support-bot"));
        const Result shown = call(QStringList{QStringLiteral("chat"), QStringLiteral("--reasoning"),
                                              QStringLiteral("show")} +
                                      mode + common,
                                  k);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.err.startsWith(u"thinking: The user asks:"), qPrintable(shown.err));
        QVERIFY(shown.err.endsWith(u'\n'));
        QVERIFY(!shown.out.contains(u"The user asks"));
        QVERIFY(shown.out.trimmed().size() > 10);
        // Piped (the test's case) it is hidden by default; the answer is the same.
        const Result hidden = call(QStringList{QStringLiteral("chat")} + mode + common, k);
        QCOMPARE(hidden.exitCode, 0);
        QVERIFY2(hidden.err.isEmpty(), qPrintable(hidden.err));
        QCOMPARE(hidden.out, shown.out);
        const Result json = call(QStringList{QStringLiteral("chat"), QStringLiteral("--json"),
                                             QStringLiteral("--include-usage")} +
                                     mode + common,
                                 k);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("reasoning")).toString().startsWith(u"The user asks:"));
        QVERIFY(!o.value(QStringLiteral("text")).toString().contains(u"The user asks"));
        QVERIFY(o.value(QStringLiteral("usage"))
                    .toObject()
                    .value(QStringLiteral("reasoning_tokens"))
                    .toInt() > 0);
        const QJsonObject t = o.value(QStringLiteral("timings")).toObject();
        QVERIFY(t.value(QStringLiteral("first_output_ms")).toDouble() >= 0);
        QVERIFY(t.value(QStringLiteral("first_token_ms")).toDouble() >=
                t.value(QStringLiteral("first_output_ms")).toDouble());
        if (!mode.isEmpty()) {
            QVERIFY(t.value(QStringLiteral("first_reasoning_ms")).toDouble() >= 0);
            QVERIFY(t.value(QStringLiteral("reasoning_ms")).toDouble() >= 0);
        }
        QCOMPARE(o.value(QStringLiteral("tool_calls")).toArray().size(), 0);
    }

    void chatToolCalls_data() { chatReasoning_data(); }

    void chatToolCalls() {
        QFETCH(QStringList, mode);
        QTemporaryDir dir;
        const QString tools = dir.filePath(QStringLiteral("tools.json"));
        QFile f(tools);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"([{"type":"function","function":{"name":"get_weather","parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}])");
        f.close();
        const QStringList common = target(QStringLiteral("support-bot")) +
                                   QStringList{QStringLiteral("--tools"), tools,
                                               QStringLiteral("call get_weather for Oslo")};
        const QString k = key(QStringLiteral("acme/support-bot"));
        const Result text = call(QStringList{QStringLiteral("chat")} + mode + common, k);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(u"tool call get_weather {\"city\":\"Oslo\"} (call_"),
                 qPrintable(text.out));
        QVERIFY(!text.out.contains(u"not JSON"));
        const Result json =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--json")} + mode + common, k);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("done"));
        QCOMPARE(o.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("tool_calls"));
        const QJsonArray calls = o.value(QStringLiteral("tool_calls")).toArray();
        QCOMPARE(calls.size(), 1);
        const QJsonObject c = calls.first().toObject();
        QCOMPARE(c.value(QStringLiteral("name")).toString(), QStringLiteral("get_weather"));
        QCOMPARE(c.value(QStringLiteral("arguments")).toString(),
                 QStringLiteral(R"({"city":"Oslo"})"));
        QVERIFY(c.value(QStringLiteral("arguments_valid")).toBool());
        QVERIFY(o.value(QStringLiteral("reasoning")).isNull());
        // tool_choice none: a plain answer.
        const Result none =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--tool-choice"),
                             QStringLiteral("none")} +
                     mode + common,
                 k);
        QCOMPARE(none.exitCode, 0);
        QVERIFY(!none.out.contains(u"tool call"));
        QVERIFY(none.out.trimmed().size() > 10);
    }

    void chatFromStdinWithSystem() {
        const Result r =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--system"),
                             QStringLiteral("Answer briefly.")} +
                     target(QStringLiteral("support-bot")) + QStringList{QStringLiteral("-")},
                 key(QStringLiteral("acme/support-bot")), "What is a refund?\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
    }

    void embedJsonInInputOrder() {
        const QStringList inputs = {QStringLiteral("the invoice is overdue"),
                                    QStringLiteral("a cat sleeps on the sofa"),
                                    QStringLiteral("the invoice was paid late")};
        const Result r = call(QStringList{QStringLiteral("embed"), QStringLiteral("--json")} +
                                  target(QStringLiteral("billing")) + inputs,
                              key(QStringLiteral("acme/billing")));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("dimension")).toInt(), 384);
        const QJsonArray all = o.value(QStringLiteral("embeddings")).toArray();
        QCOMPARE(all.size(), 3);
        // Each vector equals the one the same input gets alone: the order is the input order.
        for (int i = 0; i < 3; ++i) {
            const Result one = call(QStringList{QStringLiteral("embed"), QStringLiteral("--json")} +
                                        target(QStringLiteral("billing")) + QStringList{inputs[i]},
                                    key(QStringLiteral("acme/billing")));
            const QJsonArray v = QJsonDocument::fromJson(one.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("embeddings"))
                                     .toArray()
                                     .at(0)
                                     .toArray();
            QCOMPARE(v, all.at(i).toArray());
        }
    }

    void embedShuffledStillInInputOrder() {
        const QStringList inputs = {QStringLiteral("alpha"), QStringLiteral("beta gamma"),
                                    QStringLiteral("delta epsilon zeta")};
        const QStringList args = QStringList{QStringLiteral("embed"), QStringLiteral("--json")} +
                                 target(QStringLiteral("billing")) + inputs;
        const Result straight = call(args, key(QStringLiteral("acme/billing")));
        const Result shuffled = call(args + QStringList{QStringLiteral("--header"),
                                                        QStringLiteral("X-Sandbox-Fault: shuffle")},
                                     key(QStringLiteral("acme/billing")));
        QCOMPARE(straight.exitCode, 0);
        QCOMPARE(shuffled.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(shuffled.out.toUtf8())
                     .object()
                     .value(QStringLiteral("embeddings")),
                 QJsonDocument::fromJson(straight.out.toUtf8())
                     .object()
                     .value(QStringLiteral("embeddings")));
    }

    void embedStdinToNpy() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.npy"));
        const Result r =
            call(QStringList{QStringLiteral("embed"), QStringLiteral("--npy"), path} +
                     target(QStringLiteral("billing")) + QStringList{QStringLiteral("-")},
                 key(QStringLiteral("acme/billing")), "one\ntwo\n\nthree\r\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("3 vectors of dimension 384")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray b = f.readAll();
        QVERIFY(b.startsWith(QByteArray("\x93NUMPY\x01\x00", 8)));
        const quint16 hlen = qFromLittleEndian<quint16>(b.constData() + 8);
        QCOMPARE((10 + hlen) % 64, 0);
        const QByteArray header = b.mid(10, hlen);
        QVERIFY2(header.contains("'descr': '<f4'"), header.constData());
        QVERIFY2(header.contains("'shape': (3, 384)"), header.constData());
        QCOMPARE(b.size(), 10 + hlen + 3 * 384 * 4);
        // The sandbox's vectors are L2-normalised: check the first row from the raw floats.
        double n2 = 0;
        for (int j = 0; j < 384; ++j) {
            float x;
            std::memcpy(&x, b.constData() + 10 + hlen + j * 4, 4);
            n2 += double(x) * x;
        }
        QVERIFY(qAbs(n2 - 1.0) < 1e-4);
    }

    void rerankRanks() {
        const Result r = call(QStringList{QStringLiteral("rerank"), QStringLiteral("--json")} +
                                  target(QStringLiteral("ranker")) +
                                  QStringList{QStringLiteral("refund an invoice"),
                                              QStringLiteral("the weather is nice"),
                                              QStringLiteral("how to refund an invoice")},
                              key(QStringLiteral("acme/ranker")));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray res = QJsonDocument::fromJson(r.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("results"))
                                   .toArray();
        QCOMPARE(res.size(), 2);
        QCOMPARE(res.at(0).toObject().value(QStringLiteral("index")).toInt(), 1);
        QVERIFY(res.at(0).toObject().value(QStringLiteral("relevance_score")).toDouble() >
                res.at(1).toObject().value(QStringLiteral("relevance_score")).toDouble());
    }

    void refusedKeysNeverLeave_data() {
        QTest::addColumn<QString>("keyText");
        QTest::addColumn<QString>("stderrHas");
        const QString good = QStringLiteral("ik_live_0a1b2c3d_") + QString(64, QLatin1Char('e'));
        QTest::newRow("control token")
            << (QStringLiteral("ik_sdk_0a1b2c3d_") + QString(64, QLatin1Char('e')))
            << QStringLiteral("wrong credential type");
        QTest::newRow("truncated paste")
            << good.left(good.size() - 1) << QStringLiteral("63 of 64");
        QTest::newRow("empty") << QString() << QStringLiteral("no ik_live_ key");
        QTest::newRow("foreign") << QStringLiteral("sk-abcdef0123456789")
                                 << QStringLiteral("ik-call:");
    }

    void refusedKeysNeverLeave() {
        QFETCH(QString, keyText);
        QFETCH(QString, stderrHas);
        // A listener that counts connections: a refused key must not even connect.
        QTcpServer counter;
        QVERIFY(counter.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&counter, &QTcpServer::newConnection, this, [&] {
            ++connections;
            delete counter.nextPendingConnection();
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(counter.serverPort());
        QProcessEnvironment env = cleanEnv();
        // An empty key falls through to the keychain, whose entry for this account is absent.
        if (!keyText.isEmpty())
            env.insert(QStringLiteral("IK_TEST_KEY"), keyText);
        QStringList args = {QStringLiteral("chat"),
                            QStringLiteral("--base-url"),
                            base,
                            QStringLiteral("--project"),
                            QStringLiteral("acme"),
                            QStringLiteral("--workload"),
                            QStringLiteral("support-bot")};
        if (!keyText.isEmpty())
            args << QStringLiteral("--api-key-env") << QStringLiteral("IK_TEST_KEY");
        args << QStringLiteral("hello");
        const Result r = call(args, QString(), {}, env);
        QCOMPARE(r.exitCode, exitFor("configuration"));
        QVERIFY2(r.err.contains(stderrHas), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("hint:")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(connections, 0);
        // The secret never reaches the terminal.
        if (keyText.size() > 40)
            QVERIFY(!r.err.contains(keyText.mid(17, 40)));
    }

    // A key typed where a variable name or an argument belongs is echoed in usage errors and
    // hints: always in its redacted form, on stderr and in --json.
    void aKeyInTheWrongPlaceIsNotEchoed_data() {
        QTest::addColumn<QStringList>("args");
        const QString k = key(QStringLiteral("acme/support-bot"));
        const QStringList common = {QStringLiteral("--project"), QStringLiteral("acme"),
                                    QStringLiteral("--workload"), QStringLiteral("support-bot")};
        QTest::newRow("--api-key-env KEY")
            << (QStringList{QStringLiteral("chat"), QStringLiteral("--api-key-env"), k} + common +
                QStringList{QStringLiteral("hi")});
        QTest::newRow("--api-key-env KEY --json")
            << (QStringList{QStringLiteral("chat"), QStringLiteral("--json"),
                            QStringLiteral("--api-key-env"), k} +
                common + QStringList{QStringLiteral("hi")});
        QTest::newRow("key as command") << (QStringList{k} + common);
        QTest::newRow("key as header")
            << (QStringList{QStringLiteral("chat"), QStringLiteral("--header"), k} + common +
                QStringList{QStringLiteral("hi")});
        QTest::newRow("key as number")
            << (QStringList{QStringLiteral("chat"), QStringLiteral("--temperature"), k} + common +
                QStringList{QStringLiteral("hi")});
    }
    void aKeyInTheWrongPlaceIsNotEchoed() {
        QFETCH(QStringList, args);
        const QString secret = key(QStringLiteral("acme/support-bot")).mid(17);
        const Result r = call(args, QString());
        QVERIFY(r.exitCode != 0);
        QVERIFY(!r.err.isEmpty());
        for (qsizetype i = 0; i + 16 <= secret.size(); ++i) {
            QVERIFY2(!r.err.contains(secret.mid(i, 16)), qPrintable(r.err.left(200)));
            QVERIFY(!r.out.contains(secret.mid(i, 16)));
        }
    }

    void plainHttpToRemoteHostRefused() {
        const Result r =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--base-url"),
                             QStringLiteral("http://example.invalid"), QStringLiteral("--project"),
                             QStringLiteral("acme"), QStringLiteral("--workload"),
                             QStringLiteral("support-bot"), QStringLiteral("hi")},
                 key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, exitFor("configuration"));
        QVERIFY2(r.err.contains(QLatin1String("http://")), qPrintable(r.err));
    }

    void serverErrorsMapToExitStatuses_data() {
        QTest::addColumn<QString>("keyName");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("workload");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("stderrHas");
        const QString sb = QStringLiteral("support-bot");
        const QString acmeKey = QStringLiteral("acme/support-bot");
        QTest::newRow("unknown key") << QStringLiteral("unknown") << "acme" << sb << ""
                                     << "auth"
                                     << "authentication failed";
        QTest::newRow("other project's key")
            << QStringLiteral("other-project") << "acme" << sb << ""
            << "permission"
            << "permission denied [project_scope_mismatch]";
        QTest::newRow("other workload's key")
            << QStringLiteral("acme/billing") << "acme" << sb << ""
            << "permission"
            << "permission denied [scope_insufficient]";
        QTest::newRow("unknown workload") << QStringLiteral("acme/*") << "acme"
                                          << "nope"
                                          << ""
                                          << "not_found"
                                          << "not found";
        QTest::newRow("429") << acmeKey << "acme" << sb << "rate-limit"
                             << "rate_limited"
                             << "retry";
        QTest::newRow("500") << acmeKey << "acme" << sb << "server-error"
                             << "server"
                             << "status 500";
        QTest::newRow("503") << acmeKey << "acme" << sb << "cold-start"
                             << "server"
                             << "status 503";
        QTest::newRow("redirect") << acmeKey << "acme" << sb << "redirect"
                                  << "network"
                                  << "redirect";
    }

    void serverErrorsMapToExitStatuses() {
        QFETCH(QString, keyName);
        QFETCH(QString, project);
        QFETCH(QString, workload);
        QFETCH(QString, fault);
        QFETCH(QString, kind);
        QFETCH(QString, stderrHas);
        QString k;
        if (keyName == QLatin1String("unknown"))
            k = QStringLiteral("ik_live_00000000_") + QString(64, QLatin1Char('0'));
        else if (keyName == QLatin1String("other-project")) {
            for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
                if (!it.key().startsWith(QLatin1String("acme/")))
                    k = it.value();
            QVERIFY2(!k.isEmpty(), "the sandbox printed no key of a second project");
        } else
            k = key(keyName);
        QStringList args = QStringList{QStringLiteral("chat")} + target(workload, project);
        if (!fault.isEmpty())
            args << QStringLiteral("--header") << QStringLiteral("X-Sandbox-Fault: ") + fault;
        args << QStringLiteral("hello");
        const Result r = call(args, k);
        QCOMPARE(r.exitCode, exitFor(kind.toLatin1().constData()));
        QVERIFY2(r.err.contains(stderrHas, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("\nhint: ")), qPrintable(r.err));
        QVERIFY(!r.err.contains(k.mid(17)));
    }

    void streamFaults_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("kind"); // empty: success
        QTest::addColumn<bool>("partialText");
        QTest::newRow("disconnect") << "disconnect"
                                    << "truncated" << true;
        QTest::newRow("no [DONE]") << "no-done"
                                   << "truncated" << true;
        QTest::newRow("error frame") << "error-frame"
                                     << "server" << true;
        QTest::newRow("malformed chunk skipped") << "malformed-chunk"
                                                 << "" << true;
        QTest::newRow("keep-alive comments") << "keep-alive"
                                             << "" << true;
        QTest::newRow("CRLF framing") << "crlf"
                                      << "" << true;
        QTest::newRow("invalid UTF-8") << "invalid-utf8"
                                       << "" << true;
    }

    void streamFaults() {
        QFETCH(QString, fault);
        QFETCH(QString, kind);
        QFETCH(bool, partialText);
        const Result r = call(QStringList{QStringLiteral("chat"), QStringLiteral("--stream")} +
                                  target(QStringLiteral("support-bot")) +
                                  QStringList{QStringLiteral("--header"),
                                              QStringLiteral("X-Sandbox-Fault: ") + fault,
                                              QStringLiteral("hello there")},
                              key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, kind.isEmpty() ? 0 : exitFor(kind.toLatin1().constData()));
        if (partialText)
            QVERIFY2(!r.out.trimmed().isEmpty(), qPrintable(r.err));
        if (!kind.isEmpty())
            QVERIFY2(r.err.contains(QLatin1String("hint:")), qPrintable(r.err));
    }

    void idleTimeoutOnStall() {
        const Result r =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--stream"),
                             QStringLiteral("--idle-timeout"), QStringLiteral("400")} +
                     target(QStringLiteral("support-bot")) +
                     QStringList{QStringLiteral("--header"),
                                 QStringLiteral("X-Sandbox-Fault: stall"), QStringLiteral("hello")},
                 key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, exitFor("timeout"));
        QVERIFY(!r.out.trimmed().isEmpty());
    }

    void connectionRefusedIsNetwork() {
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost));
        const quint16 port = s.serverPort();
        s.close(); // nothing listens there now
        const Result r = call(QStringList{QStringLiteral("chat"), QStringLiteral("--base-url"),
                                          QStringLiteral("http://127.0.0.1:%1").arg(port),
                                          QStringLiteral("--project"), QStringLiteral("acme"),
                                          QStringLiteral("--workload"),
                                          QStringLiteral("support-bot"), QStringLiteral("hi")},
                              key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, exitFor("network"));
    }

    void validationAndConfiguration() {
        const Result blank =
            call(QStringList{QStringLiteral("chat")} + target(QStringLiteral("support-bot")) +
                     QStringList{QStringLiteral("   ")},
                 key(QStringLiteral("acme/support-bot")));
        QCOMPARE(blank.exitCode, exitFor("validation"));
        const Result noProject = call({QStringLiteral("chat"), QStringLiteral("--base-url"), m_base,
                                       QStringLiteral("--workload"), QStringLiteral("support-bot"),
                                       QStringLiteral("hi")},
                                      key(QStringLiteral("acme/support-bot")));
        QCOMPARE(noProject.exitCode, exitFor("configuration"));
        QVERIFY(noProject.err.contains(QLatin1String("INFERENCEKEY_PROJECT")));
        // The project comes from the environment when not given.
        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("INFERENCEKEY_PROJECT"), QStringLiteral("acme"));
        env.insert(QStringLiteral("INFERENCEKEY_BASE_URL"), m_base + QStringLiteral("///"));
        const Result fromEnv = call({QStringLiteral("chat"), QStringLiteral("--workload"),
                                     QStringLiteral("support-bot"), QStringLiteral("hi")},
                                    key(QStringLiteral("acme/support-bot")), {}, env);
        QCOMPARE(fromEnv.exitCode, 0);
        const Result keyAsSlug = call(QStringList{QStringLiteral("chat")} +
                                          target(key(QStringLiteral("acme/support-bot"))) +
                                          QStringList{QStringLiteral("hi")},
                                      key(QStringLiteral("acme/support-bot")));
        QCOMPARE(keyAsSlug.exitCode, exitFor("configuration"));
        QVERIFY(!keyAsSlug.err.contains(key(QStringLiteral("acme/support-bot")).mid(17)));
        const Result usage = call({QStringLiteral("frobnicate")}, {});
        QCOMPARE(usage.exitCode, 2);
        const Result badNumber =
            call(QStringList{QStringLiteral("chat"), QStringLiteral("--temperature"),
                             QStringLiteral("warm")} +
                     target(QStringLiteral("support-bot")) + QStringList{QStringLiteral("hi")},
                 key(QStringLiteral("acme/support-bot")));
        QCOMPARE(badNumber.exitCode, 2);
        QVERIFY(badNumber.err.contains(QLatin1String("--temperature expects a number")));
    }

    // A line break in --header would put a second header (a second Authorization, with any
    // token) on the wire: a usage error, and the value (which may hold a key) is not echoed.
    void headerWithLineBreakIsAUsageError_data() {
        QTest::addColumn<QString>("header");
        const QString token = m_control;
        QTest::newRow("CRLF") << QStringLiteral("X-A: b\r\nAuthorization: Bearer ") + token;
        QTest::newRow("LF") << QStringLiteral("X-A: b\nAuthorization: Bearer ") + token;
        QTest::newRow("CR") << QStringLiteral("X-A: b\rc ") + token;
        QTest::newRow("NUL-free C0") << QStringLiteral("X-A: b\x01c ") + token;
        QTest::newRow("DEL") << QStringLiteral("X-A: b\x7f ") + token;
        QTest::newRow("LF in name") << QStringLiteral("X-A\nAuthorization: Bearer ") + token;
    }
    void headerWithLineBreakIsAUsageError() {
        QFETCH(QString, header);
        Counter counter;
        const Result r = call(
            QStringList{QStringLiteral("chat"), QStringLiteral("--header"), header} +
                counter.target(QStringLiteral("support-bot")) + QStringList{QStringLiteral("hi")},
            key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(counter.settled(), 0);
        QVERIFY2(r.err.contains(QLatin1String("--header")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("control character")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const QString secret = m_control.mid(m_control.lastIndexOf(QLatin1Char('_')) + 1);
        for (qsizetype i = 0; i + 16 <= secret.size(); ++i)
            QVERIFY2(!r.err.contains(secret.mid(i, 16)), qPrintable(r.err));
    }

    // Numbers that do not fit are refused with their range, never wrapped into another value.
    void numbersOutOfRangeAreUsageErrors_data() {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("range");
        const QString chat = QStringLiteral("chat");
        const QString rerank = QStringLiteral("rerank");
        const QString positive = QStringLiteral("from 1 to 2147483647");
        const QString ms = QStringLiteral("from 0 to 2147483647");
        QTest::newRow("max-tokens 2^32+5") << "max-tokens"
                                           << "4294967301" << chat << positive;
        QTest::newRow("max-tokens -(2^32-1)") << "max-tokens"
                                              << "-4294967295" << chat << positive;
        QTest::newRow("max-tokens 2^31") << "max-tokens"
                                         << "2147483648" << chat << positive;
        QTest::newRow("max-tokens huge") << "max-tokens"
                                         << "99999999999999999999" << chat << positive;
        QTest::newRow("top-n 2^32+1") << "top-n"
                                      << "4294967297" << rerank << positive;
        QTest::newRow("top-n -1") << "top-n"
                                  << "-1" << rerank << positive;
        QTest::newRow("connect-timeout 2^32") << "connect-timeout"
                                              << "4294967296" << chat << ms;
        QTest::newRow("connect-timeout -1") << "connect-timeout"
                                            << "-1" << chat << ms;
        QTest::newRow("idle-timeout 2^32+400") << "idle-timeout"
                                               << "4294967696" << chat << ms;
        QTest::newRow("idle-timeout -4294966896") << "idle-timeout"
                                                  << "-4294966896" << chat << ms;
    }
    void numbersOutOfRangeAreUsageErrors() {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, command);
        QFETCH(QString, range);
        Counter counter;
        QStringList args =
            QStringList{command, QStringLiteral("--") + option, value} +
            counter.target(command == QLatin1String("chat") ? QStringLiteral("support-bot")
                                                            : QStringLiteral("ranker"));
        args << QStringLiteral("hi");
        if (command == QLatin1String("rerank"))
            args << QStringLiteral("doc");
        const Result r = call(args, key(QStringLiteral("acme/support-bot")));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--") + option), qPrintable(r.err));
        QVERIFY2(r.err.contains(range), qPrintable(r.err));
        QVERIFY2(r.err.contains(value), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(counter.settled(), 0);
    }

    // The server takes at most 4096 inputs per request: more from standard input is refused
    // before anything is sent, with the limit in the message.
    void embedTooManyStdinLinesRefusedEarly() {
        QByteArray lines;
        for (int i = 0; i < 4097; ++i)
            lines += "line " + QByteArray::number(i) + '\n';
        Counter counter;
        const Result r =
            call(QStringList{QStringLiteral("embed")} + counter.target(QStringLiteral("billing")) +
                     QStringList{QStringLiteral("-")},
                 key(QStringLiteral("acme/billing")), lines);
        QCOMPARE(r.exitCode, exitFor("validation"));
        QVERIFY2(r.err.contains(QLatin1String("4096")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(counter.settled(), 0);
        // Exactly the limit still goes through.
        lines.truncate(lines.lastIndexOf("line 4096"));
        const Result ok =
            call(QStringList{QStringLiteral("embed")} + target(QStringLiteral("billing")) +
                     QStringList{QStringLiteral("-")},
                 key(QStringLiteral("acme/billing")), lines);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QLatin1String("4096 vectors of dimension")),
                 qPrintable(ok.out.left(200)));
    }

    void keyInPromptRefusedUnlessAllowed() {
        const QString pasted = key(QStringLiteral("acme/billing"));
        const QStringList args = QStringList{QStringLiteral("chat")} +
                                 target(QStringLiteral("support-bot")) +
                                 QStringList{QStringLiteral("my other key is ") + pasted};
        const Result refused = call(args, key(QStringLiteral("acme/support-bot")));
        QCOMPARE(refused.exitCode, exitFor("configuration"));
        QVERIFY2(refused.err.contains(QLatin1String("looks like an InferenceKey key")),
                 qPrintable(refused.err));
        QVERIFY(!refused.err.contains(pasted.mid(17)));
        QVERIFY(refused.out.isEmpty());
        const Result allowed = call(QStringList{QStringLiteral("--allow-key-in-input")} + args,
                                    key(QStringLiteral("acme/support-bot")));
        QCOMPARE(allowed.exitCode, 0);
    }

    void interruptKeepsPartialText() {
        QProcessEnvironment env = cleanEnv();
        env.insert(QStringLiteral("INFERENCEKEY_API_KEY"), key(QStringLiteral("acme/support-bot")));
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy out(&p, &QProcess::readyReadStandardOutput);
        QSignalSpy done(&p, &QProcess::finished);
        p.start(bin("IK_CALL_BIN"),
                QStringList{QStringLiteral("chat"), QStringLiteral("--stream")} +
                    target(QStringLiteral("support-bot")) +
                    QStringList{QStringLiteral("--header"),
                                QStringLiteral("X-Sandbox-Fault: stall"), QStringLiteral("hello")});
        QVERIFY(out.wait(20000));
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(done.wait(20000));
        QCOMPARE(p.exitCode(), exitFor("cancelled"));
        QVERIFY(!p.readAllStandardOutput().trimmed().isEmpty() || out.count() > 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("cancelled")));
    }
};

QTEST_GUILESS_MAIN(TstIkCall)
#include "tst_ikcall.moc"
