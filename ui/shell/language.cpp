#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ik::ui {

namespace {

// Owned by the application once installed, so they live as long as it does.
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;
QString g_installed = QStringLiteral("en");

void removeTranslators() {
    for (QTranslator** t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

// "es_ES.UTF-8", "fr-CA" and "FR" all mean the same shipped language.
QString normalised(const QString& value) {
    return value.trimmed().section(u'.', 0, 0).section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString chooseLanguage(const QString& requested, QString* problem) {
    const QStringList known = availableLanguages();
    const auto unknown = [&](const QString& where, const QString& value) {
        if (problem)
            *problem = QCoreApplication::translate("ik::ui::Language",
                                                   "%1 names the language \"%2\", which the "
                                                   "window does not have; use one of %3.")
                           .arg(where, value, known.join(QStringLiteral(", ")));
    };
    if (!requested.trimmed().isEmpty()) {
        if (known.contains(normalised(requested)))
            return normalised(requested);
        unknown(QStringLiteral("--lang"), requested);
    } else {
        const QString stored = QSettings().value(QLatin1String(kLanguageSetting)).toString();
        if (known.contains(normalised(stored)))
            return normalised(stored);
        if (!stored.trimmed().isEmpty())
            unknown(QCoreApplication::translate("ik::ui::Language", "The setting %1")
                        .arg(QLatin1String(kLanguageSetting)),
                    stored);
    }
    // uiLanguages() follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG as the desktop does.
    for (const QString& ui : QLocale::system().uiLanguages()) {
        if (known.contains(normalised(ui)))
            return normalised(ui);
    }
    return QStringLiteral("en");
}

QString installedLanguage() {
    return g_installed;
}

bool installLanguage(const QString& language, QString* problem) {
    removeTranslators();
    QLocale::setDefault(QLocale(language));
    g_installed = language;
    if (language == u"en") {
        // Only the plural forms: the source strings are English already.
        g_app = new QTranslator;
        if (g_app->load(QStringLiteral(":/i18n/ik_en.qm"))) {
            QCoreApplication::installTranslator(g_app);
        } else {
            delete g_app;
            g_app = nullptr;
        }
        return true;
    }
    g_qt = new QTranslator;
    if (g_qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(g_qt);
    } else {
        delete g_qt; // Qt's own strings stay English; the package qt6-translations-l10n has them
        g_qt = nullptr;
    }
    g_app = new QTranslator;
    if (!g_app->load(QStringLiteral(":/i18n/ik_%1.qm").arg(language))) {
        if (problem)
            *problem = QCoreApplication::translate("ik::ui::Language",
                                                   "The translation for \"%1\" is not built "
                                                   "into this program.")
                           .arg(language);
        delete g_app;
        g_app = nullptr;
        g_installed = QStringLiteral("en");
        return false;
    }
    QCoreApplication::installTranslator(g_app);
    return true;
}

} // namespace ik::ui
