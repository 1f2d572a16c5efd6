// The window's own sends honour the proxy: a playground send from the assembled window goes
// through a real tinyproxy on loopback when the settings dialog names it, or when the
// environment does (http_proxy, read as the window reads it with the "system" setting), and the
// bypass list of either (the dialog's field, NO_PROXY) sends it directly.

#include "../tinyproxy.h"

#include "hooks.h"
#include "mainwindow.h"
#include "playgroundview.h"
#include "sandbox.h"
#include "settingsdialog.h"
#include "shell.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace ik;
using namespace ik::ui;
using namespace Qt::Literals::StringLiterals;

class TstWindowProxy : public QObject {
    Q_OBJECT
    TinyProxy m_proxy;
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Shell m_shell;

    // What tinyproxy logs for a chat request it carried to the window's sandbox.
    int proxiedChats() const {
        return int(m_proxy.log().count(u"POST http://127.0.0.1:%1/endpoint/acme/support-bot/"_s.arg(
            m_window->sandbox()->port())));
    }
    // A send from the playground, as Ctrl+Enter does it; true when it came back done.
    bool sendFromThePlayground() {
        m_shell.playground->setPrompt(u"¿Cómo funcionan los reembolsos?"_s);
        QSignalSpy ended(m_shell.playground, &PlaygroundView::runEnded);
        m_shell.playground->send();
        return ended.wait(30000) && ended.first().first().value<RunState>() == RunState::Done;
    }
    // The settings dialog, filled and saved as a user does: "This proxy:" with url and bypass.
    void saveProxyInTheDialog(const QString& mode, const QString& url, const QString& bypass) {
        SettingsDialog dialog(m_window.get());
        auto* combo = dialog.findChild<QComboBox*>(u"proxyMode"_s);
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(mode));
        dialog.findChild<QLineEdit*>(u"proxyUrl"_s)->setText(url);
        dialog.findChild<QLineEdit*>(u"noProxy"_s)->setText(bypass);
        QVERIFY2(dialog.save(), qPrintable(dialog.problemText()));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"InferenceKeyTests"_s);
        QCoreApplication::setApplicationName(u"tst_windowproxy"_s);
        QSettings().clear();
        for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "HTTPS_PROXY",
                                 "ALL_PROXY", "no_proxy", "NO_PROXY"})
            qunsetenv(name);
        hooks().confirm = [](QWidget*, const QString&, const QString&) { return true; };
        hooks().inform = [](QWidget*, const QString&, const QString&) {};
        QString error;
        QVERIFY2(m_proxy.start(&error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(MainWindow::Options{nullptr, {}, nullptr, false});
        m_shell = installViews(m_window.get(),
                               new History(m_dir.filePath(u"history.sqlite"_s), m_window.get()));
        m_window->show();
        QVERIFY2(m_window->startSandbox(&error), qPrintable(error));
        m_window->sandbox()->setTokensPerSecond(0);
        QVERIFY(m_window->selectWorkload(m_window->sandboxWorkloadId(u"acme"_s, u"support-bot"_s)));
        QTRY_COMPARE(m_shell.playground->workload().slug, u"support-bot"_s);
    }
    void cleanupTestCase() {
        m_window.reset();
        QSettings().clear();
    }

    void directUntilAProxyIsSet() {
        QVERIFY(sendFromThePlayground());
        QCOMPARE(proxiedChats(), 0);
    }

    void theDialogsProxyCarriesTheSend() {
        saveProxyInTheDialog(u"url"_s, m_proxy.url(), {});
        const int before = proxiedChats();
        QVERIFY(sendFromThePlayground());
        QTRY_COMPARE(proxiedChats(), before + 1);
        // Saved, so the next start reads the same.
        QCOMPARE(QSettings().value(u"network/proxy"_s).toString(), m_proxy.url());
    }

    void theDialogsBypassListGoesDirect() {
        saveProxyInTheDialog(u"url"_s, m_proxy.url(), u"example.org, 127.0.0.1"_s);
        const int before = proxiedChats();
        QVERIFY(sendFromThePlayground());
        // Had it gone through tinyproxy, the line would be there: it logs before it relays.
        QCOMPARE(proxiedChats(), before);
    }

    void theEnvironmentsProxyCarriesTheSend() {
        qputenv("http_proxy", m_proxy.url().toUtf8());
        saveProxyInTheDialog(u"system"_s, {}, {});
        const int before = proxiedChats();
        QVERIFY(sendFromThePlayground());
        QTRY_COMPARE(proxiedChats(), before + 1);
    }

    void noProxyGoesDirect() {
        qputenv("http_proxy", m_proxy.url().toUtf8());
        qputenv("NO_PROXY", "127.0.0.1");
        saveProxyInTheDialog(u"system"_s, {}, {});
        const int before = proxiedChats();
        QVERIFY(sendFromThePlayground());
        QCOMPARE(proxiedChats(), before);
        qunsetenv("NO_PROXY");
        qunsetenv("http_proxy");
    }

    // "None" wins over the environment.
    void noneIgnoresTheEnvironment() {
        qputenv("http_proxy", m_proxy.url().toUtf8());
        saveProxyInTheDialog(u"none"_s, {}, {});
        const int before = proxiedChats();
        QVERIFY(sendFromThePlayground());
        QCOMPARE(proxiedChats(), before);
        qunsetenv("http_proxy");
    }
};

QTEST_MAIN(TstWindowProxy)
#include "tst_windowproxy.moc"
