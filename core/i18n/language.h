// SPDX-License-Identifier: GPL-3.0-or-later
// The language the app speaks: the system's unless the user chose one (View > Language),
// and the translators that make it so. The window and the command line both install them
// before their first string is made, so the command line's messages follow LANG as the
// window's do (its command names and options stay English).
//
// Translations are Qt's own: .ts files in translations/, compiled by lrelease and embedded
// under :/i18n; Qt's dialogs (file, message box buttons) come from Qt's qtbase catalogue,
// Debian's qt6-translations-l10n.
#pragma once

#include <QList>
#include <QLocale>
#include <QString>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

namespace atlas::i18n {

struct Language
{
    QString code;       // a locale name ("en", "zh_CN"); settings and --lang use it
    QString nativeName; // the language's name in itself, as a menu shows it
};

// The languages the app is translated into, English first.
QList<Language> languages();

// The language chosen in View > Language: a code of languages(), or empty to follow the
// system (LANG, LC_ALL, LC_MESSAGES).
QString chosenLanguage();
void setChosenLanguage(const QString& code);

// The locale the app runs in: the chosen language's, else the system's.
QLocale uiLocale();

// Makes `locale` the default (so QLocale() formats numbers and dates for it) and installs
// the app's and Qt's translators for it into `app`. English needs a translator too: it gives
// the plural forms ("1 site", "3 sites") of texts written with %n. Returns the translators'
// language ("en" or "zh_CN"): the one the app now speaks.
QString installTranslators(QCoreApplication& app, const QLocale& locale);

} // namespace atlas::i18n
