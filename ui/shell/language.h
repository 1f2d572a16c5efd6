#pragma once
// The window's language: the system locale unless `--lang` or the ui/language setting names
// one. The application's strings come from the .qm files built into the program (translations/),
// Qt's own (dialog buttons, context menus) from the system's qtbase_<lang>.qm when installed.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ik::ui {

// The settings key that overrides the system locale: "es", "fr", "en" or empty for the system's.
inline constexpr char kLanguageSetting[] = "ui/language";

// Languages the window ships in, English first (it has no .qm: the source strings are English).
QStringList availableLanguages();

// The language to use: `requested` ("--lang") if given, else the setting, else the system
// locale's language when one of availableLanguages(), else "en". `problem` says why a requested
// or stored value was not used.
QString chooseLanguage(const QString& requested, QString* problem = nullptr);

// Installs the translators of `language` (replacing any earlier ones) and makes QLocale's
// default that language, so numbers and dates follow it. Returns false, with `problem` set, when
// the application's own translation for it is missing; Qt's own is optional.
bool installLanguage(const QString& language, QString* problem = nullptr);

// The language installLanguage() last put into effect; "en" before it is called.
QString installedLanguage();

} // namespace ik::ui
