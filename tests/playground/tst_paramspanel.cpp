// The playground's Parameters side panel against an in-process ik-sandbox, offscreen: the panel
// beside the prompt and its values in sight while the prompt box has focus, collapsing and
// opening it (remembered), presets with their "(modified)" mark and the reasons a Save or Delete
// is refused, and the cost of a run on the metrics line and of the conversation in the panel
// once a price is set on the workload.

#include "cost.h"
#include "history.h"
#include "playgroundview.h"
#include "pricing.h"
#include "runsession.h"
#include "sandbox.h"
#include "sidepanel.h"
#include "streamview.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace ik;
using namespace Qt::Literals::StringLiterals;

namespace {

Workload chatWorkload(const QString& baseUrl, const QString& id, const QString& slug) {
    Workload w;
    w.id = id;
    w.name = slug;
    w.baseUrl = baseUrl;
    w.project = u"acme"_s;
    w.slug = slug;
    w.kind = WorkloadKind::Chat;
    w.sandbox = true;
    return w;
}

// What the user sees of a widget: its rectangle in the view, inside the panel's viewport.
bool inSight(QWidget* widget, SidePanel* panel, QWidget* view) {
    QWidget* viewport = panel->scrollArea()->viewport();
    const QRect seen(viewport->mapTo(view, QPoint(0, 0)), viewport->size());
    return widget->isVisible() &&
           seen.contains(QRect(widget->mapTo(view, QPoint(0, 0)), widget->size()));
}

} // namespace

class TstParamsPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QNetworkAccessManager m_nam;
    CredentialGuard m_guard;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<History> m_history;
    SessionServices m_services;
    std::unique_ptr<PlaygroundView> m_view;

    PlaygroundView* makeView(const QSize& size = {1024, 700}) {
        m_view.reset();
        m_services = SessionServices();
        m_services.nam = &m_nam;
        m_services.guard = &m_guard;
        m_services.keyLookup = [this](const Workload& w, std::function<void(QString)> done) {
            const QString key = m_sandbox->config().keyFor(w.project, w.slug);
            QTimer::singleShot(0, [done, key] { done(key); });
        };
        m_services.history = m_history.get();
        m_view = std::make_unique<PlaygroundView>(&m_services);
        m_view->setConfirmHook([](const GuardVerdict&) { return true; });
        m_view->setWorkload(supportBot());
        m_view->resize(size);
        m_view->show();
        return m_view.get();
    }
    Workload supportBot() const {
        return chatWorkload(m_sandbox->baseUrl(), u"sandbox:acme/support-bot"_s, u"support-bot"_s);
    }
    template <typename T> T* child(const char* name) const {
        T* w = m_view->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    QPlainTextEdit* prompt() const { return child<QPlainTextEdit>("prompt"); }
    void send(const QString& text) {
        m_view->setPrompt(text);
        QSignalSpy ended(m_view.get(), &PlaygroundView::runEnded);
        QTest::keyClick(prompt(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ended.wait(20000));
    }
    // Types a preset's name into the picker and clicks a button of the panel, as a user does.
    void presetAction(const QString& name, const char* button) {
        auto* presets = child<QComboBox>("presets");
        presets->lineEdit()->clear();
        QTest::keyClicks(presets->lineEdit(), name);
        QTest::mouseClick(child<QToolButton>(button), Qt::LeftButton);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = std::make_unique<sandbox::Sandbox>();
        QString error;
        QVERIFY2(m_sandbox->listen(0, &error), qPrintable(error));
    }

    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_history = std::make_unique<History>(m_dir->filePath(u"history.sqlite"_s));
        QVERIFY(m_history->isOpen());
        QSettings().clear();
    }

    void cleanup() {
        m_view.reset();
        m_history.reset();
    }

    // At 1024x700 the panel is beside the prompt, and what is in effect can be read there
    // while the prompt box has focus: the preset in effect and the temperature it set.
    void theValuesInEffectAreInSightWhileComposing() {
        PlaygroundView* view = makeView();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        SidePanel* panel = view->paramsPanel();
        QVERIFY(view->applyPreset(u"Deterministic"_s));
        prompt()->setFocus();
        QTest::keyClicks(prompt(), u"Hello"_s);
        QTRY_VERIFY(prompt()->hasFocus());
        const QRect promptRect(prompt()->mapTo(view, QPoint(0, 0)), prompt()->size());
        QVERIFY(panel->mapTo(view, QPoint(0, 0)).x() >= promptRect.right());
        auto* temperature = child<QDoubleSpinBox>("temperature");
        auto* seed = child<QWidget>("seed");
        auto* status = child<QLabel>("presetStatus");
        for (QWidget* w : {static_cast<QWidget*>(temperature), seed, static_cast<QWidget*>(status)})
            QVERIFY2(inSight(w, panel, view), qPrintable(w->objectName()));
        QCOMPARE(temperature->text(), u"0.00"_s);
        QVERIFY(temperature->isEnabled());
        QCOMPARE(status->text(), u"In effect: Deterministic"_s);
        QVERIFY(prompt()->hasFocus());
        QCOMPARE(view->prompt(), u"Hello"_s);
    }

    // The button and Ctrl+Shift+P (from the prompt box) collapse and open the panel; the
    // conversation gets the room; the next start remembers how it was left.
    void collapsesAndOpensAndRemembers() {
        PlaygroundView* view = makeView();
        QVERIFY(QTest::qWaitForWindowExposed(view));
        SidePanel* panel = view->paramsPanel();
        QVERIFY(panel->isExpanded());
        const auto conversationWidth = [&] {
            return prompt()->width() + m_view->answerView()->width();
        };
        const int width = conversationWidth();
        QTest::mouseClick(panel->toggleButton(), Qt::LeftButton);
        QVERIFY(!panel->isExpanded());
        QVERIFY(!panel->scrollArea()->isVisible());
        QVERIFY(panel->width() < panel->expandedWidth() / 4);
        QTRY_VERIFY(conversationWidth() > width); // the room goes to the conversation
        QVERIFY(panel->toggleButton()->accessibleName().contains(u"Show"_s));
        QVERIFY(panel->toggleButton()->toolTip().contains(u"Ctrl+Shift+P"_s));
        auto* strip = panel->findChild<QWidget*>(u"sidePanelStripTitle"_s);
        QVERIFY(strip && strip->isVisible()); // it still says what it holds

        makeView(); // the next start
        panel = m_view->paramsPanel();
        QVERIFY(!panel->isExpanded());
        prompt()->setFocus();
        QTRY_VERIFY(prompt()->hasFocus());
        QTest::keyClick(prompt(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(panel->isExpanded());
        QVERIFY(panel->scrollArea()->isVisible());
        QVERIFY(panel->toggleAction()->isChecked());
        QVERIFY(prompt()->hasFocus()); // typing goes on
        QVERIFY(prompt()->toPlainText().isEmpty());
        makeView();
        QVERIFY(m_view->paramsPanel()->isExpanded());
    }

    // A preset picked shows by name; a value changed by hand marks it modified; picking it
    // again restores its values and the mark goes. Its values are what goes on the wire.
    void aChangedPresetIsMarkedAndPickingItAgainRestoresIt() {
        PlaygroundView* view = makeView();
        presetAction(u"Balanced"_s, "applyPreset");
        auto* status = child<QLabel>("presetStatus");
        QCOMPARE(status->text(), u"In effect: Balanced"_s);
        auto* temperature = child<QDoubleSpinBox>("temperature");
        QCOMPARE(temperature->value(), 0.7);
        temperature->setFocus();
        QTest::keyClick(temperature, Qt::Key_Up); // 0.8
        QCOMPARE(temperature->value(), 0.8);
        QVERIFY2(status->text().contains(u"Balanced (modified)"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"again to restore"_s));
        // Picked again from the list: its values come back.
        auto* presets = child<QComboBox>("presets");
        const int balanced = presets->findText(u"Balanced"_s);
        QVERIFY(balanced >= 0);
        presets->showPopup();
        QAbstractItemView* list = presets->view();
        QTRY_VERIFY(list->isVisible());
        const QRect item = list->visualRect(list->model()->index(balanced, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
        QTRY_VERIFY(!list->isVisible());
        QCOMPARE(temperature->value(), 0.7);
        QCOMPARE(status->text(), u"In effect: Balanced"_s);
        // Deterministic on the wire: temperature 0 and its fixed seed.
        presetAction(u"deterministic"_s, "applyPreset");
        QCOMPARE(status->text(), u"In effect: Deterministic"_s);
        send(u"Hola"_s);
        const QByteArray body = view->currentRun()->record().requestBody;
        QVERIFY2(body.contains("\"temperature\":0") && body.contains("\"seed\":42"),
                 body.constData());
        // A value of your own after no preset at all.
        m_view->setWorkload(chatWorkload(m_sandbox->baseUrl(), u"other"_s, u"support-bot"_s));
        QCOMPARE(status->text(), u"In effect: your own values"_s);
    }

    // Save with no name says why; a built-in name cannot be overwritten or deleted, and says so;
    // a name of your own saves, and deletes.
    void aRefusedSaveOrDeleteSaysWhy() {
        PlaygroundView* view = makeView();
        auto* message = child<QLabel>("presetMessage");
        QVERIFY(!message->isVisible());
        presetAction(QString(), "savePreset");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"Type a name"_s), qPrintable(message->text()));
        QCOMPARE(view->presetMessage(), message->text());
        QCOMPARE(view->presetNames().size(), 3);
        presetAction(u"Creative"_s, "savePreset");
        QVERIFY2(message->text().contains(u"built-in"_s) &&
                     message->text().contains(u"cannot be overwritten"_s),
                 qPrintable(message->text()));
        presetAction(u"Creative"_s, "deletePreset");
        QVERIFY2(message->text().contains(u"built-in"_s), qPrintable(message->text()));
        QVERIFY(view->presetNames().contains(u"Creative"_s));
        child<QCheckBox>("maxTokensSet")->setChecked(true);
        presetAction(u"short answers"_s, "savePreset");
        QVERIFY(!message->isVisible());
        QVERIFY(view->presetNames().contains(u"short answers"_s));
        QCOMPARE(child<QLabel>("presetStatus")->text(), u"In effect: short answers"_s);
        presetAction(u"short answers"_s, "deletePreset");
        QVERIFY(!message->isVisible());
        QVERIFY(!view->presetNames().contains(u"short answers"_s));
    }

    // A price typed into the panel of a sandbox workload: the metrics line shows the run's
    // cost, worked from the usage it shows, and the panel the conversation's total; a stream
    // without usage says "tokens unknown", never $0. The price stays with its workload.
    void thePriceGivesTheCostOfARunAndOfTheConversation() {
        PlaygroundView* view = makeView();
        QTest::mouseClick(child<QCheckBox>("priceSet"), Qt::LeftButton);
        auto* input = child<QDoubleSpinBox>("priceInput");
        auto* output = child<QDoubleSpinBox>("priceOutput");
        input->selectAll();
        QTest::keyClicks(input, u"2"_s);
        output->selectAll();
        QTest::keyClicks(output, u"8"_s);
        QCOMPARE(view->price(), std::optional<TokenPrice>(TokenPrice{2, 8}));
        QCOMPARE(workloadPrice(supportBot()), view->price());

        send(u"How do I reset my password?"_s);
        const QString metrics = view->metricsText();
        const QRegularExpression usage(u"usage (\\d+) prompt \\+ (\\d+) completion = \\d+"_s);
        const QRegularExpressionMatch m = usage.match(metrics);
        QVERIFY2(m.hasMatch(), qPrintable(metrics));
        const int prompt = m.captured(1).toInt(), completion = m.captured(2).toInt();
        QVERIFY(prompt > 0 && completion > 0);
        const double first = (prompt * 2.0 + completion * 8.0) / 1e6;
        QVERIFY2(metrics.contains(u"cost "_s + formatCost(first)), qPrintable(metrics));
        auto* totals = child<QLabel>("conversationTotals");
        QVERIFY(totals->isVisible());
        QCOMPARE(totals->text(), u"This conversation: 1 run · %1 prompt + %2 completion tokens · "
                                 "cost %3"_s.arg(prompt)
                                     .arg(completion)
                                     .arg(formatCost(first)));
        // History keeps the cost with the run.
        const qint64 firstId = view->currentHistoryId();
        QTRY_VERIFY(m_history->load(firstId)->extra.contains(u"cost"));
        const QString firstTotal = totals->text();

        // Without usage: no cost, and the total says a run's cost is unknown.
        child<QCheckBox>("includeUsage")->setChecked(false);
        send(u"And in French?"_s);
        QVERIFY2(view->metricsText().contains(u"tokens unknown · cost: tokens unknown"_s),
                 qPrintable(view->metricsText()));
        QVERIFY(!view->metricsText().contains(u"$0.00"_s));
        QVERIFY2(totals->text().contains(u"2 runs"_s) &&
                     totals->text().contains(u"cost %1 + 1 run unknown"_s.arg(formatCost(first))),
                 qPrintable(totals->text()));

        // Reopened from history, the run brings back its own cost, on its metrics line and as
        // the conversation's total.
        view->reopen(firstId);
        QVERIFY2(view->metricsText().contains(u"cost "_s + formatCost(first)),
                 qPrintable(view->metricsText()));
        QCOMPARE(totals->text(), firstTotal);
        send(u"And in French?"_s); // no usage still
        QVERIFY(totals->text().contains(u"2 runs"_s));

        // Another workload has no price; this one's comes back with it.
        view->setWorkload(chatWorkload(m_sandbox->baseUrl(), u"other"_s, u"support-bot"_s));
        QVERIFY(!child<QCheckBox>("priceSet")->isChecked());
        QVERIFY(!input->isEnabled());
        QCOMPARE(totals->text(), u"This conversation: no runs yet"_s);
        view->setWorkload(supportBot());
        QCOMPARE(view->price(), std::optional<TokenPrice>(TokenPrice{2, 8}));
        QVERIFY(totals->text().contains(u"2 runs"_s));
        // Clear starts a new conversation, and a new total.
        QTest::mouseClick(child<QPushButton>("clearConversation"), Qt::LeftButton);
        QCOMPARE(totals->text(), u"This conversation: no runs yet"_s);
    }

    // The conversation's total survives a restart with its draft.
    void theTotalIsKeptWithTheDraft() {
        PlaygroundView* view = makeView();
        send(u"Hola"_s);
        const QString total = view->conversationTotals();
        QVERIFY2(total.contains(u"1 run"_s), qPrintable(total));
        QVERIFY(!total.contains(u"cost"_s)); // no price, no cost
        view->saveDraftNow();
        makeView();
        QCOMPARE(m_view->conversationTotals(), total);
    }
};

QTEST_MAIN(TstParamsPanel)
#include "tst_paramspanel.moc"
