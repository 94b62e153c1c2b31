// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace atlas::i18n {

namespace {

constexpr auto kLanguageKey = "language";
constexpr auto kCatalogue = "compute-atlas";
constexpr auto kCatalogueFolder = ":/i18n";

// Loads the catalogue `name` for `locale` from `folder` into a translator owned by `app` and
// installs it. False when the folder has no catalogue for any of the locale's UI languages.
bool installCatalogue(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString chosenLanguage()
{
    const QString code = QSettings().value(QLatin1String(kLanguageKey)).toString();
    for (const Language& language : languages())
        if (language.code == code)
            return code;
    return {};
}

void setChosenLanguage(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kLanguageKey));
    else
        settings.setValue(QLatin1String(kLanguageKey), code);
}

QLocale uiLocale()
{
    const QString code = chosenLanguage();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

QString installTranslators(QCoreApplication& app, const QLocale& locale)
{
    QLocale::setDefault(locale);
    const QString catalogue = QLatin1String(kCatalogue);
    const QString folder = QLatin1String(kCatalogueFolder);
    if (installCatalogue(app, locale, catalogue, folder)) {
        // Qt's own texts (dialog buttons, the file dialog) in the same language, where the
        // system has Qt's catalogue for it; English needs none.
        if (locale.language() != QLocale::English)
            installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    }
    // A language the app is not translated into (or the C locale): English, with its plurals.
    installCatalogue(app, QLocale(QLocale::English), catalogue, folder);
    return QStringLiteral("en");
}

} // namespace atlas::i18n
