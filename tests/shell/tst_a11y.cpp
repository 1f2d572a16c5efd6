// Accessibility and legibility of the assembled window (issue 3 "The window"): every control a
// user can reach has a name a screen reader can say, the keyboard reaches the sidebar, the prompt
// and Send, no two actions share a shortcut, and in the dark palette the error card, the guard's
// verdict and the status colours keep text at a contrast ratio of at least 4.5:1.

#include "compareview.h"
#include "diffview.h"
#include "embeddingsview.h"
#include "errorcard.h"
#include "history.h"
#include "hooks.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "shell.h"
#include "theme.h"
#include "verdictview.h"
#include "workloadpanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtTest>

using namespace ik;
using namespace ik::ui;

namespace {

QString describe(const QWidget* w) {
    QStringList chain;
    for (const QWidget* p = w; p; p = p->parentWidget())
        chain.append(QString::fromLatin1(p->metaObject()->className()) +
                     (p->objectName().isEmpty() ? QString() : u'#' + p->objectName()));
    return chain.join(QStringLiteral(" < "));
}

bool isControl(const QWidget* w) {
    if (qobject_cast<const QScrollBar*>(w))
        return false; // a scroll area's own, named by Qt after its orientation
    if (auto* box = qobject_cast<const QGroupBox*>(w))
        return box->isCheckable();
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
           qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QTextEdit*>(w) ||
           qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
           qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSlider*>(w) ||
           qobject_cast<const QTabBar*>(w);
}

// Parts Qt builds inside a composite control and names itself (or exposes through the
// composite): a combo box's line edit and popup, a spin box's editor, an item view's headers and
// corner button.
bool isPartOfAComposite(const QWidget* w) {
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            return true;
        if (qobject_cast<const QAbstractItemView*>(p) &&
            (qobject_cast<const QHeaderView*>(w) ||
             QByteArrayView(w->metaObject()->className()) == "QTableCornerButton"))
            return true;
    }
    return false;
}

QString accessibleName(QWidget* w) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddyLabel(const QWidget* w) {
    const QWidget* top = w->window();
    const auto labels = top->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(), [w](const QLabel* l) {
        return l->buddy() == w && !l->text().remove(u'&').trimmed().isEmpty();
    });
}

// The colour that covers most of an image: the background it was painted on.
QColor dominantColour(const QImage& image) {
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    QRgb best = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return QColor::fromRgb(best);
}

// The best contrast any pixel of `area` reaches against `background`: the core of the glyphs.
double strongestContrast(const QImage& image, const QRect& area, const QColor& background) {
    double best = 1.0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            best = std::max(best,
                            theme::contrastRatio(QColor::fromRgb(image.pixel(x, y)), background));
    return best;
}

QRect areaIn(const QWidget* child, const QWidget* ancestor, qreal dpr) {
    const QRect r(child->mapTo(ancestor, QPoint(0, 0)), child->size());
    return QRect(QPoint(int(r.left() * dpr), int(r.top() * dpr)),
                 QSize(int(r.width() * dpr), int(r.height() * dpr)));
}

} // namespace

class TstA11y : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;
    QTemporaryDir m_dir;
    QPalette m_startPalette;

    QList<QWidget*> roots() const {
        return {m_window.get(),     m_shell.playground,    m_shell.compare,
                m_shell.embeddings, m_shell.inspectorDock, m_shell.playground->inspector()};
    }

    void applyScheme(theme::Scheme scheme) {
        theme::apply(scheme);
        QCoreApplication::processEvents();
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InferenceKeyTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_a11y"));
        QSettings().clear();
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        // The window as `--palette light` opens it: Fusion and its own palette.
        applyScheme(theme::Scheme::Light);
        m_startPalette = QApplication::palette();
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        auto* history =
            new History(m_dir.filePath(QStringLiteral("history.sqlite")), m_window.get());
        m_shell = installViews(m_window.get(), history);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        QVERIFY(m_window->selectWorkload(
            m_window->sandboxWorkloadId(QStringLiteral("acme"), QStringLiteral("support-bot"))));
    }
    void cleanupTestCase() { m_window.reset(); }

    // Every control, shown or on a page not shown yet (other views, the inspector dock), has a
    // name: its accessible name, its own text (buttons), or the label it is the buddy of.
    void everyControlHasAName() {
        QSet<QWidget*> seen;
        QStringList offenders;
        int checked = 0;
        for (QWidget* root : roots()) {
            QVERIFY(root);
            QList<QWidget*> all = root->findChildren<QWidget*>();
            all.prepend(root);
            for (QWidget* w : std::as_const(all)) {
                if (seen.contains(w) || !isControl(w) || isPartOfAComposite(w))
                    continue;
                seen.insert(w);
                ++checked;
                if (accessibleName(w).isEmpty() && !hasBuddyLabel(w))
                    offenders.append(describe(w));
            }
        }
        qInfo("%d controls checked", checked);
        for (const QString& o : std::as_const(offenders))
            qWarning("no accessible name: %s", qPrintable(o));
        QVERIFY(checked > 60);
        QVERIFY2(offenders.isEmpty(), qPrintable(QStringLiteral("controls without a name:\n  ") +
                                                 offenders.join(QStringLiteral("\n  "))));
    }

    // Two actions on one key sequence in the same window fire neither.
    void noShortcutIsTakenTwice() {
        QHash<QString, QString> owner;
        QStringList clashes;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            for (const QKeySequence& k : a->shortcuts()) {
                if (k.isEmpty() || a->shortcutContext() != Qt::WindowShortcut)
                    continue;
                const QString key = k.toString(QKeySequence::PortableText);
                const QString name = a->text().remove(u'&');
                if (owner.contains(key) && owner.value(key) != name)
                    clashes.append(key + QStringLiteral(": ") + owner.value(key) +
                                   QStringLiteral(" / ") + name);
                owner.insert(key, name);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    // Ctrl+1/2/3 turn the pages (Ctrl+1 into the prompt); Ctrl+0 goes to the sidebar; Tab from
    // there reaches the prompt, then Send, without being trapped in a text field.
    void keyboardReachesSidebarPromptAndSend() {
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto* tree = m_window->findChild<QTreeView*>(QStringLiteral("workloadTree"));
        auto* prompt = m_shell.playground->findChild<QPlainTextEdit*>(QStringLiteral("prompt"));
        auto* send = m_shell.playground->findChild<QPushButton*>(QStringLiteral("send"));
        QVERIFY(tree && prompt && send);

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.compare));
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.embeddings));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentView(), static_cast<QWidget*>(m_shell.playground));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(prompt));

        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(tree));

        QStringList path;
        bool reachedPrompt = false;
        for (int i = 0; i < 120 && QApplication::focusWidget() != send; ++i) {
            QWidget* from = QApplication::focusWidget();
            QVERIFY(from);
            QTest::keyClick(from, Qt::Key_Tab);
            QWidget* to = QApplication::focusWidget();
            QVERIFY2(to != from, qPrintable(QStringLiteral("Tab is trapped in ") + describe(from)));
            path.append(to ? describe(to).section(QStringLiteral(" < "), 0, 0)
                           : QStringLiteral("-"));
            reachedPrompt = reachedPrompt || to == prompt;
        }
        QVERIFY2(reachedPrompt, qPrintable(path.join(QStringLiteral(", "))));
        QVERIFY2(QApplication::focusWidget() == send, qPrintable(path.join(QStringLiteral(", "))));
        // Shift+Tab walks back the same way.
        QTest::keyClick(send, Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(QApplication::focusWidget() != send);
    }

    // The palettes themselves: every text role on the background it is drawn on.
    void palettesKeepTextLegible_data() {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << theme::lightPalette();
        QTest::newRow("dark") << theme::darkPalette();
    }
    void palettesKeepTextLegible() {
        QFETCH(QPalette, palette);
        const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
            {QPalette::WindowText, QPalette::Window},
            {QPalette::Text, QPalette::Base},
            {QPalette::Text, QPalette::AlternateBase},
            {QPalette::ButtonText, QPalette::Button},
            {QPalette::ToolTipText, QPalette::ToolTipBase},
            {QPalette::HighlightedText, QPalette::Highlight},
            {QPalette::PlaceholderText, QPalette::Base},
        };
        for (auto [fg, bg] : pairs) {
            const double ratio = theme::contrastRatio(palette.color(QPalette::Active, fg),
                                                      palette.color(QPalette::Active, bg));
            // Placeholder text is a hint, not content: WCAG's 3:1 for large or incidental text.
            const double floor = fg == QPalette::PlaceholderText ? 3.0 : 4.5;
            QVERIFY2(ratio >= floor, qPrintable(QStringLiteral("role %1 on %2: %3")
                                                    .arg(int(fg))
                                                    .arg(int(bg))
                                                    .arg(ratio, 0, 'f', 2)));
        }
        // Status colours and tints, and the diff marks over the text they mark.
        for (auto tone : {theme::Tone::Ok, theme::Tone::Warn, theme::Tone::Error}) {
            QVERIFY(theme::contrastRatio(theme::toneText(tone, palette),
                                         palette.color(QPalette::Window)) >= 4.5);
            QVERIFY(theme::contrastRatio(palette.color(QPalette::WindowText),
                                         theme::toneTint(tone, palette)) >= 4.5);
        }
        for (const QColor& tint : {DiffView::deletionTint(), DiffView::insertionTint()}) {
            const QColor under = theme::composite(tint, palette.color(QPalette::Base));
            QVERIFY2(theme::contrastRatio(palette.color(QPalette::Text), under) >= 4.5,
                     qPrintable(under.name()));
        }
    }

    // In dark: grab the error card and the verdict, find their background in the picture and
    // measure the text drawn on it.
    void darkErrorCardAndVerdictAreLegible() {
        applyScheme(theme::Scheme::Dark);
        QVERIFY(theme::isDark(m_window->palette()));
        m_window->showView(QStringLiteral("playground"));
        ErrorCard* card = m_shell.playground->errorCard();
        Error e;
        e.kind = ErrorKind::RateLimited;
        e.httpStatus = 429;
        e.code = QStringLiteral("rate_limited");
        e.message = QStringLiteral("Too many requests for this workload.");
        e.hint = QStringLiteral("Wait for the countdown, then retry.");
        e.retryAfterSeconds = 30;
        card->showError(e, QStringLiteral("The request failed"));
        QTRY_VERIFY(card->isVisible() && card->height() > 40);

        const QImage shot = card->grab().toImage();
        const qreal dpr = card->devicePixelRatioF();
        const QColor background = dominantColour(shot);
        QCOMPARE(background.name(), card->backgroundColour().name());
        QVERIFY2(theme::luminance(background) < 0.1, qPrintable(background.name()));    // dark
        QVERIFY2(background.red() > background.green(), qPrintable(background.name())); // red
        for (const char* name : {"errorTitle", "errorMessage", "errorHint", "errorCountdown"}) {
            auto* label = card->findChild<QLabel*>(QString::fromLatin1(name));
            QVERIFY(label && label->isVisible());
            const QColor text = label->palette().color(QPalette::WindowText);
            QVERIFY2(theme::contrastRatio(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1: %2 on %3")
                                    .arg(QLatin1String(name), text.name(), background.name())));
            const double seen = strongestContrast(shot, areaIn(label, card, dpr), background);
            QVERIFY2(seen >= 4.5, qPrintable(QStringLiteral("%1 drawn at %2:1")
                                                 .arg(QLatin1String(name))
                                                 .arg(seen, 0, 'f', 2)));
        }

        auto* verdict = m_window->findChild<VerdictView*>(QStringLiteral("panelVerdict"));
        QVERIFY(verdict);
        // The verdict's words are in the header's key editor (the line shows only its mark).
        m_window->panel()->setExpanded(true);
        QTRY_VERIFY(verdict->isVisible() && verdict->height() > 10);
        QTRY_VERIFY(!verdict->text().isEmpty()); // the selected sandbox workload's verdict
        const QImage vshot = verdict->grab().toImage();
        const QColor vbackground = dominantColour(vshot);
        QVERIFY2(theme::luminance(vbackground) < 0.1, qPrintable(vbackground.name()));
        auto* vtext = verdict->findChild<QLabel*>(QStringLiteral("verdictText"));
        QVERIFY(vtext);
        QVERIFY(theme::contrastRatio(vtext->palette().color(QPalette::WindowText), vbackground) >=
                4.5);
        const double seen = strongestContrast(vshot, areaIn(vtext, verdict, dpr), vbackground);
        QVERIFY2(seen >= 4.5, qPrintable(QString::number(seen)));
        card->dismiss();

        // The compare panes' verdicts, in a status colour on the window.
        const auto paneVerdicts =
            m_shell.compare->findChildren<QLabel*>(QStringLiteral("paneVerdict"));
        QVERIFY(!paneVerdicts.isEmpty());
        for (QLabel* l : paneVerdicts) {
            const QColor window = l->parentWidget()->palette().color(QPalette::Window);
            const double ratio =
                theme::contrastRatio(l->palette().color(QPalette::WindowText), window);
            QVERIFY2(ratio >= 4.5, qPrintable(l->text() + u' ' + QString::number(ratio)));
        }
    }

    // A label shown in a status colour picks a new shade when the palette changes under it.
    void statusColoursFollowThePalette() {
        applyScheme(theme::Scheme::Dark);
        auto* status = m_shell.embeddings->findChild<QLabel*>(QStringLiteral("inputError"));
        QVERIFY(status);
        QCOMPARE(theme::textTone(status), std::optional(theme::Tone::Error));
        const auto legible = [status] {
            const QColor window = status->parentWidget()->palette().color(QPalette::Window);
            return theme::contrastRatio(status->palette().color(QPalette::WindowText), window);
        };
        QVERIFY2(legible() >= 4.5, qPrintable(QString::number(legible())));
        const QColor inDark = status->palette().color(QPalette::WindowText);
        applyScheme(theme::Scheme::Light);
        QTRY_VERIFY(status->palette().color(QPalette::WindowText) != inDark);
        QVERIFY2(legible() >= 4.5, qPrintable(QString::number(legible())));
        // The error card follows too: light tint, dark text.
        QVERIFY(theme::luminance(m_shell.playground->errorCard()->backgroundColour()) > 0.5);
    }

    // Every control's edge keeps 3:1 against the window it sits on, and an indicator's or an
    // editor's edge against its own inside too (WCAG non-text contrast), in both palettes: an
    // unchecked checkbox is exactly the "unset parameter" state. Grabbed and read as pixels.
    void controlEdgesKeepThreeToOne_data() {
        QTest::addColumn<int>("scheme");
        QTest::newRow("light") << int(theme::Scheme::Light);
        QTest::newRow("dark") << int(theme::Scheme::Dark);
    }
    void controlEdgesKeepThreeToOne() {
        QFETCH(int, scheme);
        applyScheme(theme::Scheme(scheme));
        QWidget panel;
        auto* layout = new QVBoxLayout(&panel);
        auto* check = new QCheckBox(QStringLiteral("Temperature"), &panel);
        auto* radio = new QRadioButton(QStringLiteral("One"), &panel);
        auto* edit = new QLineEdit(&panel);
        auto* spin = new QSpinBox(&panel);
        auto* combo = new QComboBox(&panel);
        combo->addItems({QStringLiteral("Chat"), QStringLiteral("Rerank")});
        auto* editableCombo = new QComboBox(&panel);
        editableCombo->setEditable(true);
        auto* button = new QPushButton(QStringLiteral("Send"), &panel);
        auto* text = new QPlainTextEdit(&panel);
        text->setFixedHeight(60);
        const QList<QWidget*> controls = {check, radio,         edit,   spin,
                                          combo, editableCombo, button, text};
        for (QWidget* w : controls)
            layout->addWidget(w);
        panel.resize(300, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QColor window = panel.palette().color(QPalette::Window);
        QStringList offenders;
        for (QWidget* w : controls) {
            const QImage shot = w->grab().toImage();
            const qreal dpr = w->devicePixelRatioF();
            // Where the edge is: an indicator's left side, else the control's, at mid-height.
            QRect box = w->rect();
            QStyleOptionButton option;
            option.initFrom(w);
            if (w == check)
                box = w->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, w);
            else if (w == radio)
                box = w->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, w);
            const int y = int(box.center().y() * dpr);
            QColor edge;
            double outside = 1.0;
            for (int x = int(box.left() * dpr); x <= int((box.left() + 2) * dpr); ++x) {
                const QColor c = QColor::fromRgb(shot.pixel(x, y));
                if (theme::contrastRatio(c, window) > outside) {
                    outside = theme::contrastRatio(c, window);
                    edge = c;
                }
            }
            double inside = 21.0;
            if (w == check || w == radio || w == edit || w == text) {
                const QPoint centre(int(box.center().x() * dpr), y);
                inside = theme::contrastRatio(edge, QColor::fromRgb(shot.pixel(centre)));
            }
            if (outside < 3.0 || inside < 3.0)
                offenders.append(QStringLiteral("%1: edge %2 at %3:1 on the window %4, %5:1 "
                                                "inside")
                                     .arg(QLatin1String(w->metaObject()->className()), edge.name())
                                     .arg(outside, 0, 'f', 2)
                                     .arg(window.name())
                                     .arg(inside, 0, 'f', 2));
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
        // The playground's own parameter boxes are drawn the same way.
        QVERIFY(!m_shell.playground->findChildren<QCheckBox*>().isEmpty());
    }
};

QTEST_MAIN(TstA11y)
#include "tst_a11y.moc"
