// What today's models send, in compare panes: each pane shows its model's thinking apart from the
// answer, its tool calls checked against the tools every pane was offered, its token
// probabilities, and keeps them when the comparison is reopened. Tools and response format are
// one input for every pane; a mistake in them stops the send before anything goes out.

#include "comparepane.h"
#include "compareview.h"
#include "guard.h"
#include "history.h"
#include "sandbox.h"
#include "streamview.h"
#include "thinkingblock.h"

#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTools = uR"([{"type":"function","function":{"name":"get_weather",
  "parameters":{"type":"object","required":["city"],"properties":{"city":{"type":"string"}}}}}])"_s;

Workload chatWorkload(const QString& baseUrl, const QString& project, const QString& slug) {
    Workload w;
    w.id = u"wl-"_s + slug;
    w.name = slug;
    w.baseUrl = baseUrl;
    w.project = project;
    w.slug = slug;
    w.kind = WorkloadKind::Chat;
    return w;
}

} // namespace

class TstCompareModern : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<CompareView> m_view;
    Workload m_support, m_helpdesk;
    int m_requests = 0;

    CompareView* makeView() {
        m_view.reset();
        m_services.history = m_history.get();
        m_view = std::make_unique<CompareView>(&m_services);
        m_view->setWorkloads({m_support, m_helpdesk});
        m_view->setPaneCount(2);
        m_view->pane(0)->setWorkloadId(m_support.id);
        m_view->pane(1)->setWorkloadId(m_helpdesk.id);
        m_view->resize(1400, 900);
        m_view->show();
        return m_view.get();
    }

    static bool sendAndWait(CompareView* view, const QString& prompt) {
        view->setPrompt(prompt);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->send();
        return (!finished.isEmpty() || finished.wait(20000)) && !view->isRunning();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        connect(m_sandbox.get(), &sandbox::Sandbox::requestFinished, this,
                [this] { ++m_requests; });
        m_support = chatWorkload(m_sandbox->baseUrl(), u"acme"_s, u"support-bot"_s);
        m_helpdesk = chatWorkload(m_sandbox->baseUrl(), u"globex"_s, u"helpdesk"_s);
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
            const QString key = m_sandbox->config().keyFor(w.project, w.slug);
            QTimer::singleShot(0, [done, key] { done(key); });
        };
    }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        m_sandbox->setTokensPerSecond(0);
        m_sandbox->setReasoning(QString());
        QSettings().remove(CompareView::draftSettingsKey());
    }
    void cleanup() {
        m_view.reset();
        m_history.reset();
    }

    void thinkingApartFromTheAnswer() {
        m_sandbox->setTokensPerSecond(400); // streamed: the thinking arrives before the answer
        m_sandbox->setReasoning(u"content"_s);
        CompareView* view = makeView();
        QVERIFY(sendAndWait(view, u"What is two and two?"_s));
        for (int p = 0; p < 2; ++p) {
            ComparePane* pane = view->pane(p);
            QCOMPARE(pane->result().runs.size(), 1);
            const CompareRun& run = pane->result().runs.first();
            QVERIFY(!run.reasoning.isEmpty());
            QVERIFY(pane->thinkingView()->isVisible());
            QCOMPARE(pane->thinkingView()->text(), run.reasoning);
            QVERIFY2(pane->thinkingView()->title().contains(u"first after"_s),
                     qPrintable(pane->thinkingView()->title()));
            QCOMPARE(pane->text(), run.text);
            QVERIFY(!pane->text().contains(run.reasoning));
        }
        // Reopened, each pane has its thinking back from history.
        const qint64 id = view->currentComparisonId();
        const QString thought = view->pane(1)->thinkingView()->text();
        makeView();
        QVERIFY(m_view->reopen(id));
        QCOMPARE(m_view->pane(1)->thinkingView()->text(), thought);
        QVERIFY(m_view->pane(1)->thinkingView()->isVisible());
    }

    void toolCallsCheckedInEveryPane() {
        CompareView* view = makeView();
        view->findChild<QToolButton*>(u"compareExtrasToggle"_s)->click();
        auto* tools = view->findChild<QPlainTextEdit*>(u"tools"_s);
        QVERIFY(tools && tools->isVisible());
        tools->setPlainText(kTools);
        QVERIFY(sendAndWait(view, u"Please call get_weather for Paris"_s));
        for (int p = 0; p < 2; ++p) {
            const QString calls = view->pane(p)->toolCallsText();
            QVERIFY2(calls.contains(u"Tool call: get_weather("_s), qPrintable(calls));
            QVERIFY2(calls.contains(u"Paris"_s) && calls.endsWith(u" · ok"_s), qPrintable(calls));
            QCOMPARE(view->pane(p)->result().runs.first().toolCalls.size(), 1);
        }
        const qint64 id = view->currentComparisonId();
        const QString shown = view->pane(0)->toolCallsText();
        makeView();
        QVERIFY(m_view->reopen(id));
        QVERIFY2(m_view->pane(0)->toolCallsText().contains(u"get_weather("_s),
                 qPrintable(m_view->pane(0)->toolCallsText()));
        QVERIFY(!shown.isEmpty());
    }

    void badToolsStopTheSend() {
        CompareView* view = makeView();
        view->findChild<QToolButton*>(u"compareExtrasToggle"_s)->click();
        view->findChild<QPlainTextEdit*>(u"tools"_s)->setPlainText(u"[{\"type\": \"function\""_s);
        view->findChild<QToolButton*>(u"compareExtrasToggle"_s)->click(); // folded again
        QSignalSpy status(view, &CompareView::statusMessage);
        const int before = m_requests;
        view->setPrompt(u"hello"_s);
        view->send();
        QVERIFY(!view->isRunning());
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().startsWith(u"Not sent: "_s),
                 qPrintable(status.first().first().toString()));
        // Unfolded again, where the mistake is; nothing reached the sandbox.
        QVERIFY(view->findChild<QPlainTextEdit*>(u"tools"_s)->isVisible());
        QTest::qWait(50);
        QCOMPARE(m_requests, before);
    }

    void tokenProbabilitiesTintEachPane() {
        CompareView* view = makeView();
        ChatParams p;
        p.logprobs = true;
        p.topLogprobs = 2;
        view->pane(0)->setParams(p);
        QVERIFY(sendAndWait(view, u"How do I rotate the webhook secret?"_s));
        StreamView* answer = view->pane(0)->answerView();
        QVERIFY(answer->tokens().size() > 5);
        QCOMPARE(answer->tokens().size(), view->pane(0)->result().runs.first().tokens.size());
        QVERIFY(answer->findChild<QToolButton*>(u"tintToggle"_s)->isVisible());
        QVERIFY(view->pane(1)->answerView()->tokens().isEmpty()); // not asked there
        const qint64 id = view->currentComparisonId();
        const QList<TokenLogprob> live = answer->tokens();
        makeView();
        QVERIFY(m_view->reopen(id));
        const QList<TokenLogprob> back = m_view->pane(0)->answerView()->tokens();
        QCOMPARE(back.size(), live.size());
        QCOMPARE(back.last().offset, live.last().offset);
    }
};

QTEST_MAIN(TstCompareModern)
#include "tst_comparemodern.moc"
