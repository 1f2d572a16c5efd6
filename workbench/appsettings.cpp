#include "appsettings.h"

#include "datafolder.h"
#include "history.h"
#include "httpversion.h"
#include "runsession.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>
#include <memory>

namespace ik {

namespace {

QString key(const char* name) {
    return QString::fromLatin1(name);
}

int readTimeout(const QSettings& settings, const char* name, int fallback) {
    bool ok = false;
    const int ms = settings.value(key(name)).toInt(&ok);
    return ok ? ms : fallback;
}

bool isProxyUrl(const QString& proxy) {
    const QString p = proxy.trimmed();
    return !p.isEmpty() && p != u"system" && p != u"none";
}

} // namespace

AppSettings AppSettings::load(QSettings& settings) {
    AppSettings s;
    s.connectTimeoutMs = readTimeout(settings, kConnectTimeout, s.connectTimeoutMs);
    s.idleTimeoutMs = readTimeout(settings, kIdleTimeout, s.idleTimeoutMs);
    const QString proxy = settings.value(key(kProxy)).toString().trimmed();
    s.proxy = proxy.isEmpty() ? QStringLiteral("system") : proxy;
    s.noProxy = settings.value(key(kNoProxy)).toString();
    const int count = settings.beginReadArray(key(kCaFiles));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        s.caFiles.append({settings.value(QStringLiteral("baseUrl")).toString(),
                          settings.value(QStringLiteral("path")).toString()});
    }
    settings.endArray();
    s.http2 = settings.value(key(kHttp2), false).toBool();
    s.language = settings.value(key(kLanguage)).toString();
    const QString palette = settings.value(key(kPalette)).toString();
    s.palette = palette.isEmpty() ? QStringLiteral("system") : palette;
    s.keepFrames = settings.value(key(kKeepFrames), true).toBool();
    s.dataFolder = settings.value(key(DataFolderKeys::kFolder)).toString();
    if (s.dataFolder.isEmpty())
        s.dataFolder = defaultDataFolder();
    return s;
}

void AppSettings::save(QSettings& settings) const {
    settings.setValue(key(kConnectTimeout), connectTimeoutMs);
    settings.setValue(key(kIdleTimeout), idleTimeoutMs);
    settings.setValue(key(kProxy), proxy.trimmed());
    settings.setValue(key(kNoProxy), noProxy.trimmed());
    settings.remove(key(kCaFiles));
    settings.beginWriteArray(key(kCaFiles), int(caFiles.size()));
    for (int i = 0; i < caFiles.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("baseUrl"), caFiles[i].baseUrl.trimmed());
        settings.setValue(QStringLiteral("path"), caFiles[i].path.trimmed());
    }
    settings.endArray();
    settings.setValue(key(kHttp2), http2);
    settings.setValue(key(kLanguage), language);
    settings.setValue(key(kPalette), palette);
    settings.setValue(key(kKeepFrames), keepFrames);
    settings.sync();
}

QString AppSettings::proxyProblem(const QProcessEnvironment& env) const {
    // The environment's own mistakes are reported where it is read; only what was typed here
    // keeps the settings from being saved.
    if (!isProxyUrl(proxy))
        return {};
    QStringList problems;
    proxyRulesFromSetting(proxy, noProxy, env, &problems);
    if (problems.isEmpty())
        return {};
    return QCoreApplication::translate(
               "ik::AppSettings",
               "%1; type the proxy as http://host:port, or choose the system's proxy or none")
        .arg(problems.join(QStringLiteral("; ")));
}

QString AppSettings::timeoutProblem() const {
    const auto outOfRange = [](int ms) { return ms < 0 || ms > kMaxTimeoutSeconds * 1000; };
    if (outOfRange(connectTimeoutMs))
        return QCoreApplication::translate(
                   "ik::AppSettings",
                   "the connect timeout of %1 s is out of range; use 0 (no timeout) to %2 s")
            .arg(connectTimeoutMs / 1000)
            .arg(kMaxTimeoutSeconds);
    if (outOfRange(idleTimeoutMs))
        return QCoreApplication::translate(
                   "ik::AppSettings",
                   "the idle timeout of %1 s is out of range; use 0 (no timeout) to %2 s")
            .arg(idleTimeoutMs / 1000)
            .arg(kMaxTimeoutSeconds);
    return {};
}

QStringList AppSettings::problems(const QProcessEnvironment& env) const {
    QStringList out;
    for (const QString& p : {timeoutProblem(), proxyProblem(env)}) {
        if (!p.isEmpty())
            out.append(p);
    }
    for (const CaFile& file : caFiles) {
        const QString p = caFileProblem(file);
        if (!p.isEmpty())
            out.append(p);
    }
    if (palette != u"system" && palette != u"light" && palette != u"dark")
        out.append(QCoreApplication::translate(
                       "ik::AppSettings", "the palette \"%1\" is not one of system, light or dark")
                       .arg(palette));
    return out;
}

ProxyRules AppSettings::proxyRules(const QProcessEnvironment& env) const {
    return proxyRulesFromSetting(proxy, noProxy, env);
}

QStringList AppSettings::applyTo(SessionServices* services) const {
    // Out of range (a hand-edited file): the nearest value allowed; problems() names it.
    const auto allowed = [](int ms) { return std::clamp(ms, 0, kMaxTimeoutSeconds * 1000); };
    services->connectTimeoutMs = allowed(connectTimeoutMs);
    services->idleTimeoutMs = allowed(idleTimeoutMs);
    services->keepFrames = keepFrames;
    setHttp2Allowed(services->nam, http2);
    if (caFiles.isEmpty()) {
        services->trustedCas = nullptr;
        return {};
    }
    // Read once here, not per request; the next apply reads them again.
    auto files = std::make_shared<CaFiles>();
    const QStringList problems = files->set(caFiles);
    services->trustedCas = [files](const QUrl& baseUrl) { return files->lookup(baseUrl); };
    return problems;
}

qint64 dataFolderSize(const QString& folder) {
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

QString defaultDataFolder() {
    return QFileInfo(History::defaultPath()).absolutePath();
}

} // namespace ik
