// The language changes while the window runs: saving another language in the settings turns the
// menus, tabs, buttons, labels and placeholders of the open window into it at once, texts made
// with values ("%n runs") keep their values, the user's own text is never touched, and going
// there and back again (English, Spanish, French, English) gives every text exactly as it was.

#include "catalogue.h"
#include "language.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "retranslate.h"
#include "settingsdialog.h"
#include "shell.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTreeView>
#include <QtTest>

using namespace ik;
using namespace ik::ui;
using namespace Qt::StringLiterals;

namespace {

// Every text the window shows that a language switch may change, keyed by where it is.
QMap<QString, QString> shownTexts(QWidget* root) {
    QMap<QString, QString> texts;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (int i = 0; i < widgets.size(); ++i) {
        QWidget* w = widgets[i];
        const QString at = u"%1 %2 %3"_s.arg(i).arg(
            QString::fromLatin1(w->metaObject()->className()), w->objectName());
        texts.insert(at + u" tooltip"_s, w->toolTip());
        texts.insert(at + u" name"_s, w->accessibleName());
        if (auto* label = qobject_cast<QLabel*>(w))
            texts.insert(at + u" text"_s, label->text());
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts.insert(at + u" text"_s, button->text());
        if (auto* line = qobject_cast<QLineEdit*>(w))
            texts.insert(at + u" placeholder"_s, line->placeholderText());
        if (auto* tabs = qobject_cast<QTabBar*>(w)) {
            for (int t = 0; t < tabs->count(); ++t)
                texts.insert(at + u" tab %1"_s.arg(t), tabs->tabText(t));
        }
        const QList<QAction*> actions = w->actions();
        for (int a = 0; a < actions.size(); ++a)
            texts.insert(at + u" action %1"_s.arg(a), actions[a]->text());
    }
    return texts;
}

QStringList menuTitles(MainWindow* window) {
    QStringList titles;
    for (QAction* a : window->menuBar()->actions())
        titles << a->text();
    return titles;
}

} // namespace

class TstRetranslate : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"InferenceKeyTests"_s);
        QCoreApplication::setApplicationName(u"tst_retranslate"_s);
        QSettings().clear();
        QSettings().setValue(QLatin1String(kLanguageSetting), u"en"_s);
        QVERIFY(installLanguage(u"en"_s));
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        m_shell = installViews(m_window.get());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
    }
    void cleanupTestCase() {
        m_window.reset();
        QVERIFY(installLanguage(u"en"_s));
    }

    void everyLanguageHasItsCatalogue() {
        for (const QString& language : availableLanguages()) {
            const Catalogue catalogue = Catalogue::shownIn(language);
            QVERIFY2(catalogue.size() > 1000, qPrintable(language));
        }
    }

    void valuesStayInTheirPlaceholders() {
        const Catalogue english = Catalogue::shownIn(u"en"_s);
        QVERIFY(installLanguage(u"es"_s));
        // A plural message: the count picks the form in the new language.
        QCOMPARE(english.translate(u"Imported 3 workloads."_s),
                 std::optional<QString>(u"Se importaron 3 cargas de trabajo."_s));
        QCOMPARE(english.translate(u"Imported 1 workload."_s),
                 std::optional<QString>(u"Se importó 1 carga de trabajo."_s));
        // What no message made is not the catalogue's to change.
        QCOMPARE(english.translate(u"acme/support-bot"_s), std::nullopt);
        QCOMPARE(english.translate(QString()), std::nullopt);
        // Back from Spanish, through Spanish's own forms.
        const Catalogue spanish = Catalogue::shownIn(u"es"_s);
        QVERIFY(installLanguage(u"en"_s));
        QCOMPARE(spanish.translate(u"Se importaron 12 cargas de trabajo."_s),
                 std::optional<QString>(u"Imported 12 workloads."_s));
    }

    void theOpenWindowChangesAtOnce() {
        const QStringList english = menuTitles(m_window.get());
        QVERIFY(english.contains(u"&File"_s));
        // The user's own words, even when they happen to be a message of the window.
        m_shell.playground->setPrompt(u"&File"_s);
        QString problem;
        QVERIFY2(switchLanguage(u"es"_s, &problem), qPrintable(problem));
        const QStringList spanish = menuTitles(m_window.get());
        QVERIFY2(spanish.contains(u"&Archivo"_s), qPrintable(spanish.join(u", "_s)));
        // Every menu but the sandbox's, which Spanish calls a sandbox too.
        QCOMPARE(spanish.size(), english.size());
        for (qsizetype i = 0; i < english.size(); ++i)
            QVERIFY2(spanish[i] != english[i] || english[i] == u"&Sandbox"_s,
                     qPrintable(english[i]));
        QCOMPARE(m_shell.playground->prompt(), u"&File"_s);
        // Numbers in fields are written the Spanish way.
        QDoubleSpinBox* decimal = nullptr;
        for (QDoubleSpinBox* box : m_window->findChildren<QDoubleSpinBox*>())
            decimal = decimal ? decimal : (box->decimals() > 0 ? box : nullptr);
        QVERIFY(decimal);
        QVERIFY2(decimal->text().contains(u','), qPrintable(decimal->text()));
        // The workload tree's own label, and the status bar's passing message with its values.
        const QAbstractItemModel* tree = m_window->findChild<QTreeView*>()->model();
        QCOMPARE(tree->index(0, 0).data().toString(), u"Sandbox local"_s);
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.startsWith(u"Sandbox local iniciado en http://127.0.0.1:"_s) &&
                     message.endsWith(u" con 5 cargas de trabajo de demostración."_s),
                 qPrintable(message));
        QVERIFY2(switchLanguage(u"en"_s, &problem), qPrintable(problem));
        QCOMPARE(menuTitles(m_window.get()), english);
        QVERIFY2(decimal->text().contains(u'.'), qPrintable(decimal->text()));
    }

    void thereAndBackGivesEveryTextAsItWas() {
        const QMap<QString, QString> english = shownTexts(m_window.get());
        QString problem;
        QVERIFY2(switchLanguage(u"es"_s, &problem), qPrintable(problem));
        const QMap<QString, QString> spanish = shownTexts(m_window.get());
        QCOMPARE(spanish.keys(), english.keys());
        int changed = 0;
        for (auto it = english.cbegin(); it != english.cend(); ++it)
            changed += spanish.value(it.key()) != it.value();
        QVERIFY2(changed > 150, qPrintable(QString::number(changed)));
        QVERIFY2(switchLanguage(u"fr"_s, &problem), qPrintable(problem));
        QVERIFY2(switchLanguage(u"en"_s, &problem), qPrintable(problem));
        const QMap<QString, QString> again = shownTexts(m_window.get());
        QStringList differ;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (again.value(it.key()) != it.value())
                differ << u"%1: \"%2\" became \"%3\""_s.arg(it.key(), it.value(),
                                                            again.value(it.key()));
        }
        QVERIFY2(differ.isEmpty(), qPrintable(differ.mid(0, 10).join(u"\n"_s)));
    }

    void savingTheSettingSwitchesIt() {
        m_window->openSettings();
        auto* dialog = m_window->findChild<SettingsDialog*>();
        QVERIFY(dialog);
        auto* language = dialog->findChild<QComboBox*>(u"language"_s);
        language->setCurrentIndex(language->findData(u"fr"_s));
        QVERIFY2(dialog->save(), qPrintable(dialog->problemText()));
        QCOMPARE(installedLanguage(), u"fr"_s);
        QCOMPARE(QSettings().value(QLatin1String(kLanguageSetting)).toString(), u"fr"_s);
        QVERIFY2(menuTitles(m_window.get()).contains(u"&Fichier"_s),
                 qPrintable(menuTitles(m_window.get()).join(u", "_s)));
        // The open dialog is in French too, and says the language changed at once.
        auto* tabs = dialog->findChild<QTabBar*>();
        QVERIFY(tabs);
        QCOMPARE(tabs->tabText(0),
                 QCoreApplication::translate("ik::ui::SettingsDialog", "&Network"));
        QVERIFY(tabs->tabText(0) != u"&Network"_s);
        language->setCurrentIndex(language->findData(u"en"_s));
        QVERIFY2(dialog->save(), qPrintable(dialog->problemText()));
        QVERIFY(menuTitles(m_window.get()).contains(u"&File"_s));
        dialog->close();
    }
};

QTEST_MAIN(TstRetranslate)
#include "tst_retranslate.moc"
