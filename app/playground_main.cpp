// ik-playground: the desktop application. `--sandbox` opens it on an in-process local sandbox
// (demo workloads and keys for this session; nothing goes to the keychain unless asked).

#include "mainwindow.h"
#include "shell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InferenceKey"));
    QApplication::setOrganizationDomain(QStringLiteral("inferencekey.com"));
    QApplication::setApplicationName(QStringLiteral("InferenceKey Playground"));
    QApplication::setApplicationVersion(QStringLiteral(IK_VERSION));
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
    parser.process(app);

    ik::ui::MainWindow window;
    ik::ui::installViews(&window);
    if (parser.isSet(sandbox)) {
        QString error;
        if (!window.startSandbox(&error))
            qWarning("ik-playground: the local sandbox did not start: %s", qPrintable(error));
    }
    window.show();
    return app.exec();
}
