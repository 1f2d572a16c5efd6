// ik-playground: the desktop application. `--sandbox` opens it on an in-process local sandbox
// (demo workloads and keys for this session; nothing goes to the keychain unless asked).
// `--palette dark|light|system` picks the colours (Fusion with a dark or light palette).
// `--lang es|fr|en` picks the language over the setting ui/language and the system locale.

#include "buildinfo.h"
#include "datafolder.h"
#include "history.h"
#include "hooks.h"
#include "language.h"
#include "mainwindow.h"
#include "proxy.h"
#include "settingsdialog.h"
#include "shell.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTimer>

namespace {

// Proxies as curl reads them from the environment (proxy.h), unless the settings say otherwise
// (network/proxy: none, system or a URL; network/noProxy), for every request of the window.
void installProxy(ik::ui::MainWindow* window) {
    const QSettings settings;
    QStringList problems;
    ik::ProxyRules rules =
        ik::proxyRulesFromSetting(settings.value(QStringLiteral("network/proxy")).toString(),
                                  settings.value(QStringLiteral("network/noProxy")).toString(),
                                  QProcessEnvironment::systemEnvironment(), &problems);
    for (const QString& problem : problems)
        qWarning("ik-playground: %s; requests go without that proxy", qPrintable(problem));
    window->setProxyRules(rules);
}

// The views over the history in the data folder the settings name (datafolder.h), after carrying
// over a change made in the last session. What went wrong there is said in the window too, once
// it shows: where the history is matters to whoever chose the folder.
void installViewsInDataFolder(ik::ui::MainWindow* window) {
    QStringList problems;
    QSettings settings;
    const QString folder = ik::dataFolderAtStart(settings, &problems);
    ik::ui::installViews(window, new ik::History(ik::historyPathIn(folder), window));
    if (problems.isEmpty())
        return;
    for (const QString& problem : std::as_const(problems))
        qWarning("ik-playground: %s", qPrintable(problem));
    QTimer::singleShot(0, window, [window, problems] {
        ik::ui::hooks().inform(window, QCoreApplication::translate("ik::DataFolder", "Data folder"),
                               problems.join(u'\n'));
    });
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InferenceKey"));
    QApplication::setOrganizationDomain(QStringLiteral("inferencekey.com"));
    QApplication::setApplicationName(QStringLiteral("InferenceKey Playground"));
    QApplication::setApplicationVersion(ik::buildDescription());
    QApplication::setDesktopFileName(QStringLiteral("ik-playground"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Test prompts against InferenceKey workloads, with keys kept in the system keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QStringLiteral("Start a local sandbox on a free loopback port and list its demo "
                       "workloads (their demo keys are held for this session only)."));
    parser.addOption(sandbox);
    const QCommandLineOption palette(
        QStringLiteral("palette"),
        QStringLiteral("Colours of the window: dark or light (the Fusion style with that "
                       "palette), or system (default: the desktop's own)."),
        QStringLiteral("dark|light|system"), QStringLiteral("system"));
    parser.addOption(palette);
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QStringLiteral("Language of the window: en, es or fr (default: the ui/language setting, "
                       "else the system locale)."),
        QStringLiteral("en|es|fr"));
    parser.addOption(lang);
    parser.process(app);
    QString languageProblem;
    const QString language = ik::ui::chooseLanguage(parser.value(lang), &languageProblem);
    if (!languageProblem.isEmpty())
        qWarning("ik-playground: %s", qPrintable(languageProblem));
    if (!ik::ui::installLanguage(language, &languageProblem))
        qWarning("ik-playground: %s; the window stays in English", qPrintable(languageProblem));
    const std::optional<ik::theme::Scheme> scheme = ik::theme::parseScheme(parser.value(palette));
    if (!scheme) {
        qWarning("ik-playground: --palette takes dark, light or system, not \"%s\"",
                 qPrintable(parser.value(palette)));
        return 2;
    }
    ik::theme::apply(*scheme);

    ik::ui::MainWindow window;
    installViewsInDataFolder(&window);
    installProxy(&window);
    {
        // The rest of the saved settings (settingsdialog.h); --palette wins over the saved one.
        QSettings settings;
        const ik::AppSettings saved = ik::AppSettings::load(settings);
        QStringList problems = ik::ui::applySettings(
            &window, saved, !parser.isSet(palette) && saved.palette != u"system");
        problems.prepend(saved.timeoutProblem()); // the proxy's are said by installProxy
        for (const QString& problem : problems) {
            if (!problem.isEmpty())
                qWarning("ik-playground: %s", qPrintable(problem));
        }
    }
    if (parser.isSet(sandbox)) {
        QString error;
        if (!window.startSandbox(&error))
            qWarning("ik-playground: the local sandbox did not start: %s", qPrintable(error));
    }
    window.show();
    return app.exec();
}
