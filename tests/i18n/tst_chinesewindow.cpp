// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in Chinese, as a zh_CN system shows it: every menu and every action in
// Chinese, and at 1366x768 (a laptop) no menu title pushed off the bar and no label or button
// narrower than its text.
#include "chinesetext.h"
#include "ui/database/databaseactions.h"
#include "core/i18n/language.h"
#include "menupaths.h"
#include "screenshots.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QMessageBox>
#include <QTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace atlas;

namespace {

using atlas::test::hasChinese;

// Texts that stay as they are in every language: names (Qt, Compute Atlas), the languages'
// own names, files and scenarios the user named.
bool staysAsItIs(const QAction* action, const QMenu* menu)
{
    if (menu->objectName() == QLatin1String("languageMenu") && !action->data().toString().isEmpty())
        return true;
    if (menu->objectName() == QLatin1String("recentMenu"))
        return true;
    return action->data().canConvert<QString>() && !action->data().toString().isEmpty() &&
           action->text().contains(action->data().toString());
}

void collectUntranslated(const QMenu* menu, QStringList& untranslated)
{
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        if (!staysAsItIs(action, menu) && !hasChinese(action->text()))
            untranslated.append(menu->title() + QStringLiteral(" > ") + action->text());
        if (action->menu())
            collectUntranslated(action->menu(), untranslated);
    }
}

} // namespace

class ChineseWindowTest : public QObject
{
    Q_OBJECT

private:
    db::SqliteStoreFactory m_factory;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chinesewindow"));
        QSettings().clear();
        QCOMPARE(i18n::installTranslators(*QCoreApplication::instance(), QLocale(QStringLiteral("zh_CN"))),
                 QStringLiteral("zh_CN"));
    }

    void everyMenuSpeaksChinese()
    {
        MainWindow window(new AtlasSession, &m_factory);
        QVERIFY(window.databaseActions()->openSample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList untranslated;
        const QList<QAction*> menus = window.menuBar()->actions();
        QVERIFY(menus.size() >= 5);
        for (const QAction* action : menus) {
            QVERIFY2(hasChinese(action->text()), qPrintable(action->text()));
            if (action->menu())
                collectUntranslated(action->menu(), untranslated);
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
        // Qt's own texts come in Chinese too (Debian's qt6-translations-l10n).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }

    // View > Language offers the system's language and each translation named in itself;
    // a choice is remembered, and "Later" leaves the window as it is.
    void theLanguageMenuRemembersTheChoice()
    {
        MainWindow window(new AtlasSession, &m_factory);
        QVERIFY(window.databaseActions()->openSample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* menu = window.findChild<QMenu*>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QStringList names;
        QAction* chinese = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator())
                continue;
            names << action->text();
            if (action->data().toString() == QLatin1String("zh_CN"))
                chinese = action;
        }
        QCOMPARE(names.size(), 3);
        QVERIFY(names.contains(QStringLiteral("English")) && names.contains(QStringLiteral("简体中文")));
        QVERIFY(chinese && !chinese->isChecked()); // the system's language is the default
        bool asked = false;
        QTimer::singleShot(0, &window, [&asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = hasChinese(box->text());
            for (QAbstractButton* button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::RejectRole)
                    button->click();
        });
        chinese->trigger();
        QVERIFY(asked);
        QCOMPARE(i18n::chosenLanguage(), QStringLiteral("zh_CN"));
        QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("zh_CN"));
        QVERIFY(window.isVisible());
        QCOMPARE(i18n::uiLocale().name(), QStringLiteral("zh_CN"));
        i18n::setChosenLanguage({});
        QVERIFY(!QSettings().contains(QStringLiteral("language")));
    }

    // The Chinese user guide names the menus as the Chinese window shows them.
    void theChineseGuideNamesRealMenus()
    {
        MainWindow window(new AtlasSession, &m_factory);
        static const QRegularExpression path(QStringLiteral("“([^”]+ > [^”]+)”"));
        int paths = 0;
        const QStringList missing = test::missingGuideMenuPaths(window.menuBar(), QStringLiteral(":/help/user-guide.zh_CN.md"), path,
                                                                QStringLiteral("、"), &paths);
        QVERIFY(paths >= 10);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void nothingIsCutOffOnALaptopScreen()
    {
        MainWindow window(new AtlasSession, &m_factory);
        QVERIFY(window.databaseActions()->openSample());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        test::keepScreenshot(&window, QStringLiteral("mainwindow-zh_CN-1366x768"));
        QMenuBar* bar = window.menuBar();
        for (QAction* action : bar->actions())
            QVERIFY2(bar->actionGeometry(action).right() <= bar->width(), qPrintable(action->text()));
        QStringList cut;
        for (const QLabel* label : window.findChildren<QLabel*>()) {
            if (!label->isVisibleTo(&window) || label->text().isEmpty() || label->wordWrap() ||
                label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                continue;
            const int needed = label->fontMetrics().size(Qt::TextShowMnemonic, label->text()).width() + label->margin() * 2;
            if (label->width() < needed)
                cut.append(QStringLiteral("label “%1”: %2 px of %3").arg(label->text()).arg(label->width()).arg(needed));
        }
        for (const QAbstractButton* button : window.findChildren<QAbstractButton*>()) {
            if (!button->isVisibleTo(&window) || button->text().isEmpty())
                continue;
            if (button->width() < button->minimumSizeHint().width())
                cut.append(QStringLiteral("button “%1”: %2 px of %3")
                               .arg(button->text())
                               .arg(button->width())
                               .arg(button->minimumSizeHint().width()));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u'\n')));
    }
};

QTEST_MAIN(ChineseWindowTest)
#include "tst_chinesewindow.moc"
