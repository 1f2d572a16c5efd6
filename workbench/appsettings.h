#pragma once
// The application's settings, without their dialog: loaded from and saved to QSettings, checked
// with messages that say what is wrong and how to fix it, and applied to what every run session
// of the window shares. The dialog edits one of these; it never reads QSettings itself.

#include "cafiles.h"
#include "proxy.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class QSettings;

namespace ik {

class History;
struct SessionServices;

struct AppSettings {
    // Keys, shared with the code that reads them at start (app/playground_main.cpp).
    static constexpr char kProxy[] = "network/proxy";     // "system", "none" or a URL
    static constexpr char kNoProxy[] = "network/noProxy"; // comma-separated, as NO_PROXY
    static constexpr char kConnectTimeout[] = "network/connectTimeoutMs";
    static constexpr char kIdleTimeout[] = "network/idleTimeoutMs";
    static constexpr char kCaFiles[] = "network/caFiles"; // an array of baseUrl + path
    static constexpr char kHttp2[] = "network/http2";     // HTTP/2 when an https server offers it
    static constexpr char kLanguage[] = "ui/language";    // "", "en", "es", "fr"
    static constexpr char kPalette[] = "ui/palette";      // "system", "light", "dark"
    static constexpr char kKeepFrames[] = "history/keepFrames";
    static constexpr int kMaxTimeoutSeconds = 3600;

    int connectTimeoutMs = 30000; // until headers; 0 = none
    int idleTimeoutMs = 60000;    // between reads; 0 = none
    QString proxy = QStringLiteral("system");
    QString noProxy;
    QList<CaFile> caFiles;
    bool http2 = false; // off: HTTP/1.1 is the faster with Qt 6.4 (core/httpversion.h)
    QString language;   // empty: the system's
    QString palette = QStringLiteral("system");
    bool keepFrames = true;
    QString dataFolder; // where history lives; changed through datafolder.h, never by save()

    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;

    // Every problem, each saying what is wrong and how to fix it; empty when all is well.
    QStringList
    problems(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    QString
    proxyProblem(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;
    QString timeoutProblem() const;
    ProxyRules
    proxyRules(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) const;

    // Timeouts, CA files, the HTTP version (on the services' manager) and whether frames are
    // kept, for the next request of every session.
    // Returns the CA files' problems (a request to such a base URL is stopped with the same).
    QStringList applyTo(SessionServices* services) const;

    bool operator==(const AppSettings&) const = default;
};

// The bytes under the data folder: the history database (with its WAL and shared-memory files)
// and whatever else is kept there.
qint64 dataFolderSize(const QString& folder);
// The folder History::defaultPath() is in.
QString defaultDataFolder();

} // namespace ik
