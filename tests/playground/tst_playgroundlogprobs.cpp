// Token probabilities in the playground, offscreen against an in-process ik-sandbox: the tint a
// user sees on each token, the alternatives of a hovered or selected token, and a click on an
// alternative sending the continuation (asserted on the request body that went out).

#include "conversationmodel.h"
#include "guard.h"
#include "history.h"
#include "historymodel.h"
#include "paramseditor.h"
#include "playgroundview.h"
#include "runsession.h"
#include "sandbox.h"
#include "streamview.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QHelpEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QtTest>

#include <memory>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(QPalette)

namespace {

Workload supportBot(const QString& baseUrl) {
    Workload w;
    w.id = u"wl-support-bot"_s;
    w.name = u"Support bot"_s;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = u"support-bot"_s;
    w.kind = WorkloadKind::Chat;
    return w;
}

// The background the raw view paints under answer position pos.
QColor backgroundAt(StreamView* answer, qsizetype pos) {
    QTextCursor c(answer->rawEdit()->document());
    c.setPosition(int(pos) + 1); // the format of the character before the cursor
    const QBrush b = c.charFormat().background();
    return b.style() == Qt::NoBrush ? QColor() : b.color();
}

int bandOf(const TokenLogprob& t) {
    return probabilityBand(tokenProbability(t.logprob));
}

} // namespace

class TstPlaygroundLogprobs : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    QString m_key;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;

    PlaygroundView* makeView() {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload&, std::function<void(QString)> done) {
            const QString key = m_key;
            QTimer::singleShot(0, [done, key] { done(key); });
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        m_view->setWorkload(supportBot(m_sandbox->baseUrl()));
        m_view->resize(1024, 700);
        m_view->show();
        return m_view.get();
    }

    // Turns on token probabilities as a user does, in the parameters.
    static void askForLogprobs(PlaygroundView* view, int top) {
        auto* on = view->findChild<QCheckBox*>(u"logprobs"_s);
        QVERIFY(on);
        on->setChecked(true);
        auto* n = view->findChild<QSpinBox*>(u"topLogprobs"_s);
        QVERIFY(n && n->isEnabled());
        n->setValue(top);
    }

    static bool sendAndWait(PlaygroundView* view, const QString& prompt) {
        view->setPrompt(prompt);
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        view->send();
        return ended.wait(20000) && ended.first().first().value<RunState>() == RunState::Done;
    }

    // Every token's background is its band's colour in the palette shown.
    static void verifyTints(StreamView* answer) {
        const QPalette pal = answer->rawEdit()->palette();
        for (const TokenLogprob& t : answer->tokens()) {
            if (t.token.isEmpty())
                continue;
            QCOMPARE(backgroundAt(answer, t.offset), StreamView::tintColour(bandOf(t), pal));
        }
    }

    void saveShot(const QString& name) {
        const QString dir = qEnvironmentVariable("IK_SHOT_DIR");
        if (!dir.isEmpty())
            m_view->grab().save(dir + u'/' + name);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
        m_key = m_sandbox->config().keyFor(u"acme"_s, u"support-bot"_s);
    }
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QVERIFY(m_history->isOpen());
        m_sandbox->setTokensPerSecond(0);
        QSettings().clear();
    }
    void cleanup() {
        m_view.reset();
        m_history.reset();
    }

    void tintsHoverAndContinuation() {
        m_sandbox->setTokensPerSecond(400); // streamed over many flushes
        PlaygroundView* view = makeView();
        askForLogprobs(view, 3);
        // The switch is kept with the parameters (drafts and presets store this JSON).
        const ChatParams back = paramsFromJson(paramsToJson(view->params()));
        QVERIFY(back.logprobs);
        QCOMPARE(back.topLogprobs, std::optional<int>(3));
        QVERIFY(sendAndWait(view, u"How do I rotate the webhook secret?"_s));
        StreamView* answer = view->answerView();
        QVERIFY(answer->tokens().size() > 10);
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY(body.contains("\"logprobs\":true"));
        QVERIFY(body.contains("\"top_logprobs\":3"));
        const QString metrics = view->metricsText();
        QVERIFY2(metrics.contains(u"mean logprob -"_s), qPrintable(metrics));
        QVERIFY(metrics.contains(u"perplexity "_s));

        // Off by default: no token has a background.
        auto* toggle = answer->findChild<QToolButton*>(u"tintToggle"_s);
        QVERIFY(toggle->isVisible());
        QVERIFY(!toggle->isChecked());
        QVERIFY(!backgroundAt(answer, answer->tokens()[0].offset).isValid());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(answer->tinted());
        QVERIFY(answer->rawMode()); // the tint lives in the raw view
        verifyTints(answer);
        QSet<int> bands;
        for (const TokenLogprob& t : answer->tokens())
            bands.insert(bandOf(t));
        QVERIFY(bands.size() >= 3); // shades a reader can tell apart, not one colour
        saveShot(u"logprobs-light.png"_s);

        // Hovering a token: its alternatives in a tooltip.
        const int k = int(answer->tokens().size() / 2);
        const TokenLogprob hovered = answer->tokens()[k];
        QTextCursor at(answer->rawEdit()->document());
        at.setPosition(int(hovered.offset) + 1);
        const QRect r = answer->rawEdit()->cursorRect(at);
        QWidget* viewport = answer->rawEdit()->viewport();
        const QPoint inside(r.left() - 1, r.center().y());
        QHelpEvent hover(QEvent::ToolTip, inside, viewport->mapToGlobal(inside));
        QApplication::sendEvent(viewport, &hover);
        QTRY_COMPARE(QToolTip::text(), alternativesText(hovered));
        QVERIFY(QToolTip::text().contains(u"alternatives: "_s));

        // Clicking it shows the alternatives under the bar, as buttons.
        QTest::mouseClick(viewport, Qt::LeftButton, {}, inside);
        QCOMPARE(answer->shownToken(), k);
        QCOMPARE(answer->alternativesShown(), alternativesText(hovered));
        QList<QToolButton*> buttons = answer->findChildren<QToolButton*>(u"alternative"_s);
        QCOMPARE(buttons.size(), 2); // three asked, the token itself is one of them
        QToolButton* pick = buttons.first();
        QVERIFY(pick->isVisible());
        QString alternative;
        for (const TokenAlternative& a : hovered.top)
            if (a.token != hovered.token && alternative.isEmpty())
                alternative = a.token;
        QCOMPARE(pick->text(),
                 tokenLabel(alternative) + u' ' + percentText(hovered.top[1].logprob));

        // ... and clicking one sends the prefix plus the alternative as a continuation.
        const QString prefix = answer->text().left(hovered.offset) + alternative;
        const QString before = answer->text();
        QSignalSpy ended(view, &PlaygroundView::runEnded);
        QTest::mouseClick(pick, Qt::LeftButton);
        QVERIFY(ended.wait(20000));
        const QJsonObject sent =
            QJsonDocument::fromJson(view->currentRun()->record().requestBody).object();
        QCOMPARE(sent.value(u"continue_final_message"), QJsonValue(true));
        QCOMPARE(sent.value(u"add_generation_prompt"), QJsonValue(false));
        const QJsonArray messages = sent.value(u"messages").toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0][u"role"].toString(), u"user"_s);
        QCOMPARE(messages[1][u"role"].toString(), u"assistant"_s);
        QCOMPARE(messages[1][u"content"].toString(), prefix);
        // The new answer is the prefix and what the server continued with, tinted as it came.
        QVERIFY(answer->text().startsWith(prefix));
        QCOMPARE(answer->text(), prefix + view->currentRun()->text());
        QVERIFY(answer->text() != before);
        QVERIFY(answer->tokens().size() > k + 1);
        QCOMPARE(answer->tokens()[k].token, alternative);
        verifyTints(answer);
        // It takes the old answer's place in the conversation; the old one stays in history.
        const QList<ChatMessage> turns = view->turns();
        QCOMPARE(turns.size(), 2);
        QCOMPARE(turns[1].content, answer->text());
        QTRY_COMPARE(view->historyModel()->rowCount(), 2);

        // Dark palette: the same tints, recomputed, every one readable.
        view->setPalette(theme::darkPalette());
        verifyTints(answer);
        saveShot(u"logprobs-dark.png"_s);
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!backgroundAt(answer, answer->tokens()[0].offset).isValid());
    }

    void bandsReadableInBothPalettes_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << theme::lightPalette();
        QTest::newRow("dark") << theme::darkPalette();
    }
    void bandsReadableInBothPalettes() {
        QFETCH(QPalette, palette);
        QSet<QRgb> colours;
        for (int band = 0; band < kProbabilityBands; ++band) {
            const QColor bg = StreamView::tintColour(band, palette);
            colours.insert(bg.rgb());
            const QColor fg = theme::readableTextOn(bg, palette.color(QPalette::Text));
            QVERIFY2(theme::contrastRatio(fg, bg) >= 4.5, qPrintable(QString::number(band)));
            QVERIFY(bg != palette.color(QPalette::Base));
        }
        QCOMPARE(colours.size(), kProbabilityBands);
    }

    // What drafts and presets keep; an edited file's out-of-range count is dropped, not sent.
    void paramsJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("logprobs");
        QTest::addColumn<int>("top"); // -1: unset
        QTest::newRow("none") << QByteArray("{}") << false << -1;
        QTest::newRow("on") << QByteArray(R"({"logprobs":true})") << true << -1;
        QTest::newRow("on, 4") << QByteArray(R"({"logprobs":true,"top_logprobs":4})") << true << 4;
        QTest::newRow("21") << QByteArray(R"({"logprobs":true,"top_logprobs":21})") << true << -1;
        QTest::newRow("text") << QByteArray(R"({"logprobs":true,"top_logprobs":"3"})") << true
                              << -1;
    }
    void paramsJson() {
        QFETCH(QByteArray, json);
        QFETCH(bool, logprobs);
        QFETCH(int, top);
        const ChatParams p = paramsFromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(p.logprobs, logprobs);
        QCOMPARE(p.topLogprobs.value_or(-1), top);
        // The editor shows and gives back the same.
        ParamsEditor editor;
        editor.setParams(p);
        QCOMPARE(editor.findChild<QCheckBox*>(u"logprobs"_s)->isChecked(), logprobs);
        QCOMPARE(editor.params().logprobs, logprobs);
        if (top >= 0)
            QCOMPARE(editor.params().topLogprobs, std::optional<int>(top));
    }

    // Without logprobs the toggle is not there (a narrow compare pane has no room for it).
    void noTokensNoTint() {
        PlaygroundView* view = makeView();
        QVERIFY(sendAndWait(view, u"Hola"_s));
        auto* toggle = view->answerView()->findChild<QToolButton*>(u"tintToggle"_s);
        QVERIFY(toggle->isHidden());
        QVERIFY(!view->metricsText().contains(u"perplexity"_s));
        QVERIFY(!view->currentRun()->record().requestBody.contains("logprobs"));
    }

    // A whole (non-streamed) answer is tinted too.
    void wholeAnswerTinted() {
        PlaygroundView* view = makeView();
        askForLogprobs(view, 2);
        view->setStreaming(false);
        auto* toggle = view->answerView()->findChild<QToolButton*>(u"tintToggle"_s);
        toggle->setChecked(true);
        QVERIFY(sendAndWait(view, u"Summarise our refund policy"_s));
        StreamView* answer = view->answerView();
        QVERIFY(answer->tokens().size() > 5);
        QCOMPARE(answer->tokens().last().offset + answer->tokens().last().token.size(),
                 answer->text().size());
        verifyTints(answer);
    }

    // Reopened from history, an answer brings back its tokens: the same tints and alternatives.
    void reopenedRunKeepsItsTokens() {
        PlaygroundView* view = makeView();
        askForLogprobs(view, 2);
        QVERIFY(sendAndWait(view, u"How do I rotate the webhook secret?"_s));
        const QList<TokenLogprob> live = view->answerView()->tokens();
        QVERIFY(live.size() > 5);
        QTRY_COMPARE(view->historyModel()->rowCount(), 1);
        const qint64 id = m_history->list(view->workload().id).first().id;
        QTRY_VERIFY(m_history->load(id)->extra.contains(u"logprobs"));
        QVERIFY(sendAndWait(view, u"Hola"_s)); // another answer in between
        view->reopen(id);
        StreamView* answer = view->answerView();
        QCOMPARE(answer->tokens().size(), live.size());
        QCOMPARE(answer->tokens().last().offset, live.last().offset);
        QCOMPARE(answer->tokens().last().top, live.last().top);
        QVERIFY(answer->findChild<QToolButton*>(u"tintToggle"_s)->isVisible());
        answer->findChild<QToolButton*>(u"tintToggle"_s)->setChecked(true);
        verifyTints(answer);
    }
};

QTEST_MAIN(TstPlaygroundLogprobs)
#include "tst_playgroundlogprobs.moc"
