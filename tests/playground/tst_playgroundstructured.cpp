// The playground against the sandbox, read as a user reads it: a structured answer marked valid
// or its errors shown with their pointers, a call card with the reason its arguments are
// invalid, and a call answered with a canned result that gets the final reply. A screenshot of
// the window at 1024x700 is saved when IK_SCREENSHOT_DIR is set.

#include "playgroundview.h"
#include "responseformateditor.h"
#include "sandbox.h"
#include "streamview.h"
#include "toolcallcards.h"
#include "toolcalls.h"
#include "toolseditor.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::StringLiterals;

namespace {

const QString kOrderSchema = uR"({
  "type": "object",
  "required": ["customer", "items"],
  "properties": {
    "customer": {"type": "string"},
    "items": {"type": "array", "minItems": 1,
              "items": {"type": "object", "required": ["sku", "price"],
                        "properties": {"sku": {"type": "string"},
                                       "price": {"type": "number", "minimum": 0}}}}
  }
})"_s;

const QString kTools = uR"([{"type": "function", "function": {"name": "get_weather",
  "parameters": {"type": "object", "required": ["city"],
                 "properties": {"city": {"type": "string"}}}}}])"_s;

} // namespace

class TstPlaygroundStructured : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;

    PlaygroundView* makeView() {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        const QString key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
        m_services.keyLookup = [key](const Workload&, std::function<void(QString)> done) {
            QTimer::singleShot(0, [done, key] { done(key); });
        };
        m_view = std::make_unique<PlaygroundView>(&m_services);
        Workload w;
        w.id = u"wl-support-bot"_s;
        w.name = u"Support bot"_s;
        w.baseUrl = m_sandbox->baseUrl();
        w.project = u"acme"_s;
        w.slug = u"support-bot"_s;
        w.kind = WorkloadKind::Chat;
        m_view->setWorkload(w);
        m_view->resize(1024, 700);
        m_view->show();
        return m_view.get();
    }

    static bool send(PlaygroundView* view, const QString& prompt) {
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        view->setPrompt(prompt);
        QTest::keyClick(view->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        return ended.wait(20000);
    }

    static void screenshot(QWidget* window, const QString& name) {
        const QString dir = qEnvironmentVariable("IK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window->grab().save(dir + u'/' + name));
    }

    void useSchema(PlaygroundView* view) {
        ResponseFormatEditor* format = view->responseFormat();
        format->setType(ResponseFormat::Type::JsonSchema);
        format->setSchema(u"order"_s, kOrderSchema, true);
        QVERIFY2(format->check().ok(), qPrintable(format->status()));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    }
    void init() {
        QSettings().clear();
        m_sandbox->setFault({});
        m_sandbox->setTokensPerSecond(0);
    }
    void cleanup() { m_view.reset(); }

    void validAnswerIsMarkedValid() {
        PlaygroundView* view = makeView();
        useSchema(view);
        QVERIFY(send(view, u"The order for Ada"_s));
        QVERIFY2(view->currentRun()->record().requestBody.contains(
                     "\"response_format\":{\"json_schema\":{\"name\":\"order\""),
                 view->currentRun()->record().requestBody.constData());
        QCOMPARE(view->schemaOutcomeShown(), u"valid JSON · matches schema order"_s);
        QVERIFY(view->findChild<QLabel*>(u"schemaOutcome"_s)->isVisible());
    }

    void brokenAnswerShowsItsPointer() {
        m_sandbox->setFault(u"schema-break"_s);
        PlaygroundView* view = makeView();
        useSchema(view);
        QVERIFY(send(view, u"The order for Ada"_s));
        QCOMPARE(view->schemaOutcomeShown(),
                 u"valid JSON · breaks schema order\n(root): missing required property "
                 "\"customer\""_s);
        screenshot(view, u"schema-error.png"_s);
    }

    // A mistake in the schema is placed as typed, and nothing is sent until it is fixed.
    void badSchemaIsNotSent() {
        PlaygroundView* view = makeView();
        ResponseFormatEditor* format = view->responseFormat();
        format->setType(ResponseFormat::Type::JsonSchema);
        format->setSchema(u"order"_s, u"{\n  \"type\": \"object\",,\n}"_s, true);
        QVERIFY2(format->status().contains(u"line 2, column "_s), qPrintable(format->status()));
        view->findChild<QTabWidget*>()->setCurrentIndex(1); // the Parameters page
        for (QScrollArea* scroll : view->findChildren<QScrollArea*>())
            if (scroll->isAncestorOf(format))
                scroll->ensureWidgetVisible(format->findChild<QLabel*>(u"responseFormatStatus"_s));
        screenshot(view, u"schema-editor.png"_s);
        view->setPrompt(u"hi"_s);
        QTest::keyClick(view->findChild<QPlainTextEdit*>(u"prompt"_s), Qt::Key_Return,
                        Qt::ControlModifier);
        QVERIFY(view->errorCard()->isVisible());
        QVERIFY2(view->errorCard()->message().contains(u"The response format is not valid: "
                                                       "line 2"_s),
                 qPrintable(view->errorCard()->message()));
    }

    void invalidArgumentsAreMarkedOnTheCard() {
        m_sandbox->setFault(u"tool-args-not-json"_s);
        PlaygroundView* view = makeView();
        view->tools()->setText(kTools);
        QVERIFY(send(view, u"Please call get_weather for Paris"_s));
        auto* cards = view->findChild<ToolCallCards*>(u"toolCallCards"_s);
        QVERIFY(cards->isVisible());
        const QList<QLabel*> status = cards->findChildren<QLabel*>(u"toolCallStatus"_s);
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first()->text().startsWith(u"invalid · the arguments are not JSON: "_s),
                 qPrintable(status.first()->text()));
        QCOMPARE(cards->findChild<QLabel*>(u"toolCallTitle"_s)->text().section(u" · "_s, 0, 0),
                 u"get_weather"_s);
    }

    // One round answered by typing and keeping the result as canned; the next round to the same
    // tool is answered at once; each ends with the model's reply that uses the result.
    void answeringACallGetsTheFinalReply() {
        PlaygroundView* view = makeView();
        view->tools()->setText(kTools);
        QVERIFY(send(view, u"Please call get_weather for Paris"_s));
        auto* cards = view->findChild<ToolCallCards*>(u"toolCallCards"_s);
        QVERIFY(cards->isVisible());
        QCOMPARE(cards->findChild<QLabel*>(u"toolCallStatus"_s)->text(), u"ok"_s);
        screenshot(view, u"tool-call.png"_s);
        auto* sendResults = cards->findChild<QPushButton*>(u"sendToolResults"_s);
        QTest::mouseClick(sendResults, Qt::LeftButton);
        QVERIFY2(cards->note().startsWith(u"Not sent: no result yet for get_weather"_s),
                 qPrintable(cards->note()));
        auto* result = cards->findChild<QPlainTextEdit*>(u"toolCallResult"_s);
        result->setFocus();
        QTest::keyClicks(result, u"sunny, 21 C"_s);
        QTest::mouseClick(cards->findChild<QPushButton*>(u"toolCallCanned"_s), Qt::LeftButton);
        QCOMPARE(view->toolCallsModel()->cannedResult(u"get_weather"_s), u"sunny, 21 C"_s);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        QTest::mouseClick(sendResults, Qt::LeftButton);
        QVERIFY(ended.wait(20000));
        QVERIFY2(view->answerView()->text().contains(u"sunny, 21 C"_s),
                 qPrintable(view->answerView()->text()));
        QVERIFY(!cards->isVisible());
        const QList<ChatMessage> turns = view->turns();
        QCOMPARE(turns.size(), 4); // user, the call, its result, the reply
        QCOMPARE(turns[2].role, u"tool"_s);
        QCOMPARE(turns[2].toolCallId, turns[1].toolCalls.first().id);

        // A second round: the canned result answers the new call before the user types.
        QVERIFY(send(view, u"And call get_weather for Oslo"_s));
        QCOMPARE(cards->findChild<QPlainTextEdit*>(u"toolCallResult"_s)->toPlainText(),
                 u"sunny, 21 C"_s);
        QTest::mouseClick(cards->findChild<QPushButton*>(u"sendToolResults"_s), Qt::LeftButton);
        QVERIFY(ended.wait(20000));
        QCOMPARE(view->turns().size(), 8);
        QVERIFY(view->answerView()->text().contains(u"sunny, 21 C"_s));
    }
};

QTEST_MAIN(TstPlaygroundStructured)
#include "tst_playgroundstructured.moc"
