#include "credential.h"
#include "snippets.h"
#include "wire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ik;

namespace {
const QString kSecret = QStringLiteral("9f").repeated(32);
const QString kKey = QStringLiteral("ik_live_0a1b2c3d_") + kSecret;

SnippetInput chatInput(bool stream,
                       const QString& prompt = QStringLiteral("It's \"quoted\" $HOME")) {
    ChatRequest r;
    r.model = QStringLiteral("support-bot");
    r.prompt = prompt;
    r.params.temperature = 0.2;
    r.params.maxTokens = 30;
    r.stream = stream;
    return {{QUrl(QStringLiteral("https://api.inferencekey.com/")), QStringLiteral("acme"),
             QStringLiteral("support-bot")},
            QStringLiteral("/chat/completions"),
            chatBody(r),
            stream};
}
} // namespace

class TstSnippets : public QObject {
    Q_OBJECT
private slots:
    void curlUsesPlaceholderAndQuotes() {
        const QString s = curlSnippet(chatInput(true));
        QVERIFY(s.contains(QLatin1String("\"Authorization: Bearer $IK_LIVE_KEY\"")));
        QVERIFY(s.contains(QLatin1String(
            "'https://api.inferencekey.com/endpoint/acme/support-bot/v1/chat/completions'")));
        QVERIFY(s.contains(QLatin1String("-H 'Accept: text/event-stream'")));
        QVERIFY(s.startsWith(QLatin1String("curl -sS -N ")));
        // The body survives the shell: the apostrophe is closed, escaped and reopened, and $HOME
        // stays inside single quotes where the shell does not expand it.
        QVERIFY(s.contains(QLatin1String("It'\\''s")));
        QVERIFY(s.contains(QLatin1String("$HOME")));
        const QString nonStream = curlSnippet(chatInput(false));
        QVERIFY(!nonStream.contains(QLatin1String("event-stream")));
        QVERIFY(!nonStream.contains(QLatin1String(" -N ")));
    }

    void keyInPromptNeverCopied_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("curl") << 0;
        QTest::newRow("python") << 1;
        QTest::newRow("typescript") << 2;
    }
    void keyInPromptNeverCopied() {
        QFETCH(int, which);
        const SnippetInput in = chatInput(false, QStringLiteral("my key is ") + kKey);
        const QString s = which == 0   ? curlSnippet(in)
                          : which == 1 ? pythonSnippet(in)
                                       : typeScriptSnippet(in);
        QVERIFY2(!s.contains(kSecret), qPrintable(s));
        QVERIFY(s.contains(redactKey(kKey)));
        QVERIFY(s.contains(QLatin1String("IK_LIVE_KEY")));
    }

    void pythonUsesSdkShape() {
        const QString s = pythonSnippet(chatInput(true));
        QVERIFY(s.contains(QLatin1String("from inferencekey import DataClient")));
        QVERIFY(s.contains(QLatin1String(
            "DataClient(base_url=\"https://api.inferencekey.com\", project=\"acme\")")));
        QVERIFY(s.contains(QLatin1String(
            "client.endpoint(\"support-bot\", api_key=os.environ[\"IK_LIVE_KEY\"])")));
        QVERIFY(s.contains(QLatin1String("endpoint.generate_text_stream(")));
        QVERIFY(s.contains(QLatin1String("temperature=0.2")));
        QVERIFY(s.contains(QLatin1String("max_tokens=30")));
        QVERIFY(!s.contains(QLatin1String("stream=")));
    }

    void typeScriptUsesSdkShape() {
        const QString s = typeScriptSnippet(chatInput(false));
        QVERIFY(s.contains(QLatin1String("import { DataClient } from \"@inferencekey/sdk\";")));
        QVERIFY(s.contains(QLatin1String("process.env.IK_LIVE_KEY!")));
        QVERIFY(s.contains(QLatin1String("endpoint.generateText(")));
        QVERIFY(s.contains(QLatin1String("\"maxTokens\": 30")));
    }

    void embeddingsSnippets() {
        EmbeddingsRequest r;
        r.model = QStringLiteral("billing");
        r.input = {QStringLiteral("a"), QStringLiteral("b")};
        const SnippetInput in{{QUrl(QStringLiteral("http://127.0.0.1:8931")),
                               QStringLiteral("acme"), QStringLiteral("billing")},
                              QStringLiteral("/embeddings"),
                              embeddingsBody(r),
                              false};
        QVERIFY(curlSnippet(in).contains(QLatin1String("/endpoint/acme/billing/v1/embeddings")));
        QVERIFY(pythonSnippet(in).contains(QLatin1String("endpoint.embed(")));
        QVERIFY(typeScriptSnippet(in).contains(QLatin1String("endpoint.embed(")));
    }

    void shellQuoting_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "abc"
                               << "'abc'";
        QTest::newRow("apostrophe") << "a'b"
                                    << "'a'\\''b'";
        QTest::newRow("dollar") << "$X"
                                << "'$X'";
        QTest::newRow("empty") << ""
                               << "''";
    }
    void shellQuoting() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(shellQuote(in), out);
    }
};

QTEST_GUILESS_MAIN(TstSnippets)
#include "tst_snippets.moc"
