#pragma once
// A real proxy from Debian's packages (tinyproxy), started by a test on a free loopback port and
// stopped with it; its log says which requests went through it.

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

class TinyProxy {
public:
    ~TinyProxy() {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        m_process.waitForFinished(5000);
    }

    // False with *error when tinyproxy is missing or does not listen within 10 s.
    bool start(QString* error) {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("tinyproxy"));
        if (program.isEmpty()) {
            *error = QStringLiteral("tinyproxy is missing: scripts/deps.sh test installs it");
            return false;
        }
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
        }
        QFile config(m_dir.filePath(QStringLiteral("tinyproxy.conf")));
        if (!config.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + config.fileName();
            return false;
        }
        config.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\n"
                                    "Allow 127.0.0.1\nLogLevel Info\nLogFile \"%2\"\n")
                         .arg(m_port)
                         .arg(m_dir.filePath(QStringLiteral("tinyproxy.log")))
                         .toUtf8());
        config.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, {QStringLiteral("-d"), QStringLiteral("-c"), config.fileName()});
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("tinyproxy did not start: ") + m_process.errorString();
            return false;
        }
        const bool listening = QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            10000);
        if (!listening)
            *error = QStringLiteral("tinyproxy did not listen: ") +
                     QString::fromUtf8(m_process.readAll());
        return listening;
    }

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString log() const {
        QFile f(m_dir.filePath(QStringLiteral("tinyproxy.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};
