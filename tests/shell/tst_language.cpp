// The window under a Spanish desktop: LANG=es_ES.UTF-8 (set before the application starts, as a
// session sets it) picks Spanish with no --lang and no setting; --lang and the ui/language
// setting override it. The assembled window then shows Spanish menus, a Spanish guard reason when
// a control token is pasted as the key, and a Spanish error card for a sandbox fault, while the
// wire codes in the card stay as the server sent them.

#include "cafiles.h"
#include "errorcard.h"
#include "evalset.h"
#include "keyfield.h"
#include "language.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "shell.h"
#include "workloadpanel.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

using namespace ik;
using namespace ik::ui;
using namespace Qt::StringLiterals;

class TstLanguage : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;

    KeyField* keyField() const {
        return m_window->panel()->findChild<KeyField*>(u"panelKeyField"_s);
    }
    QString demoKey() const {
        return m_window->sandbox()->config().keyFor(u"acme"_s, u"support-bot"_s);
    }
    // Sends the prompt from the playground and waits for its error card.
    ErrorCard* sendAndWaitForCard(const QString& prompt) {
        PlaygroundView* view = m_shell.playground;
        view->errorCard()->hide();
        view->setPrompt(prompt);
        view->send();
        const bool shown = QTest::qWaitFor(
            [view] { return view->errorCard()->isVisible() && !view->isRunning(); }, 20000);
        return shown ? view->errorCard() : nullptr;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"InferenceKeyTests"_s);
        QCoreApplication::setApplicationName(u"tst_language"_s);
        QSettings().clear();
    }
    void cleanupTestCase() {
        m_window.reset();
        QVERIFY(installLanguage(u"en"_s));
    }

    void theSystemLocaleIsFollowed() {
        QSettings().remove(QLatin1String(kLanguageSetting));
        QString problem;
        QCOMPARE(chooseLanguage(QString(), &problem), u"es"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void langAndTheSettingOverrideIt() {
        QCOMPARE(chooseLanguage(u"fr"_s), u"fr"_s);
        QCOMPARE(chooseLanguage(u"en"_s), u"en"_s);
        QCOMPARE(chooseLanguage(u"fr_FR.UTF-8"_s), u"fr"_s);
        QSettings().setValue(QLatin1String(kLanguageSetting), u"fr"_s);
        QCOMPARE(chooseLanguage(QString()), u"fr"_s);
        QCOMPARE(chooseLanguage(u"en"_s), u"en"_s); // --lang wins over the setting
        QSettings().remove(QLatin1String(kLanguageSetting));
    }

    void anUnknownLanguageSaysWhichOnesExist() {
        QString problem;
        QCOMPARE(chooseLanguage(u"de"_s, &problem), u"es"_s); // back to the system's
        QVERIFY2(problem.contains(u"--lang"_s) && problem.contains(u"\"de\""_s) &&
                     problem.contains(u"en, es, fr"_s),
                 qPrintable(problem));
        QSettings().setValue(QLatin1String(kLanguageSetting), u"klingon"_s);
        problem.clear();
        QCOMPARE(chooseLanguage(QString(), &problem), u"es"_s);
        QVERIFY2(problem.contains(QLatin1String(kLanguageSetting)), qPrintable(problem));
        QSettings().remove(QLatin1String(kLanguageSetting));
    }

    void qtsOwnStringsFollowWhenInstalled() {
        QString problem;
        QVERIFY2(installLanguage(chooseLanguage(QString()), &problem), qPrintable(problem));
        QCOMPARE(QLocale().language(), QLocale::Spanish);
        const QString qtbase =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_es.qm"_s;
        if (!QFileInfo::exists(qtbase))
            QSKIP("qtbase_es.qm is not installed (Debian package qt6-translations-l10n)");
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(u'&'), u"Cancelar"_s);
    }

    // Messages made below the widgets are found at run time under the context lupdate filed them
    // in: a context that differs only between the two leaves them English in Spanish.
    void coreMessagesFollowTheLanguage() {
        const auto messages = [] {
            QString assertion;
            eval::parseAssertion(QJsonValue(42), &assertion);
            return QStringList{caFileProblem({u"http://staging.example.com"_s, u"/nowhere.pem"_s}),
                               assertion,
                               eval::parseEvalSet("{}", u"set.json"_s).errors.value(0).message};
        };
        QVERIFY(installLanguage(u"en"_s));
        const QStringList english = messages();
        QVERIFY(installLanguage(u"es"_s));
        const QStringList spanish = messages();
        for (qsizetype i = 0; i < english.size(); ++i) {
            QVERIFY2(!english[i].isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(spanish[i] != english[i], qPrintable(english[i]));
        }
        QVERIFY2(spanish[0].startsWith(u"la URL base"_s), qPrintable(spanish[0]));
    }

    void englishSaysItsPluralsInWords() {
        QVERIFY(installLanguage(u"en"_s));
        QCOMPARE(QCoreApplication::translate("ik::ui::MainWindow", "Imported %n workload(s).",
                                             nullptr, 1),
                 u"Imported 1 workload."_s);
        QCOMPARE(QCoreApplication::translate("ik::ui::MainWindow", "Imported %n workload(s).",
                                             nullptr, 3),
                 u"Imported 3 workloads."_s);
        QVERIFY(installLanguage(u"es"_s));
        QCOMPARE(QCoreApplication::translate("ik::ui::MainWindow", "Imported %n workload(s).",
                                             nullptr, 1),
                 u"Se importó 1 carga de trabajo."_s);
        QCOMPARE(QCoreApplication::translate("ik::ui::MainWindow", "Imported %n workload(s).",
                                             nullptr, 3),
                 u"Se importaron 3 cargas de trabajo."_s);
        QVERIFY(installLanguage(u"fr"_s));
        // French counts 0 and 1 as singular.
        QCOMPARE(QCoreApplication::translate("ik::ui::MainWindow", "Imported %n workload(s).",
                                             nullptr, 0),
                 u"0 charge de travail importée."_s);
        QVERIFY(installLanguage(u"es"_s));
    }

    void theMenusAreSpanish() {
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        m_shell = installViews(m_window.get());
        m_window->resize(1280, 800);
        m_window->show();
        QString error;
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        m_window->sandbox()->setTokensPerSecond(2000);
        QStringList titles;
        for (QAction* a : m_window->menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles, (QStringList{u"&Archivo"_s, u"&Cargas de trabajo"_s, u"&Ver"_s,
                                      u"&Sandbox"_s, u"Ay&uda"_s}));
        QCOMPARE(m_window->viewAction(u"compare"_s)->text(), u"&Comparar"_s);
    }

    void aControlTokenGetsASpanishGuardReason() {
        QVERIFY(m_window->selectWorkload(m_window->sandboxWorkloadId(u"acme"_s, u"support-bot"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(!keyField()->key().isEmpty(), 10000);
        keyField()->setKey(m_window->sandbox()->config().controlTokens.first().token);
        ErrorCard* card = sendAndWaitForCard(u"¿Cómo funcionan los reembolsos?"_s);
        QVERIFY(card);
        QCOMPARE(card->title(), u"No enviada: el control de credenciales la bloqueó"_s);
        QVERIFY2(card->message().startsWith(u"Tipo de credencial incorrecto: esto es un token de "
                                            "control ik_sdk_"_s),
                 qPrintable(card->message()));
        QVERIFY2(card->hint().startsWith(u"Pegue la clave ik_live_"_s), qPrintable(card->hint()));
    }

    void aSandboxFaultGetsASpanishErrorCard() {
        keyField()->setKey(demoKey());
        m_window->sandbox()->setFault(u"server-error"_s);
        ErrorCard* card = sendAndWaitForCard(u"¿Y los plazos?"_s);
        m_window->sandbox()->setFault(QString());
        QVERIFY(card);
        // The headline is Spanish; the error kind and the status stay as the wire says them.
        QVERIFY2(card->title().startsWith(u"La petición falló · server · HTTP 500"_s),
                 qPrintable(card->title()));
        QVERIFY2(card->message().startsWith(u"error de la API (estado 500)"_s),
                 qPrintable(card->message()));
        QVERIFY2(card->hint().startsWith(u"El servidor no pudo responder a esta petición"_s),
                 qPrintable(card->hint()));
        QCOMPARE(card->retryButton()->text(), u"Reintentar"_s);
    }
};

int main(int argc, char** argv) {
    // A Spanish desktop session, before the application reads the locale.
    qputenv("LANG", "es_ES.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    QApplication app(argc, argv);
    TstLanguage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_language.moc"
