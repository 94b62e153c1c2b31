// SPDX-License-Identifier: GPL-3.0-or-later
// Help works offline: F1 opens the bundled user guide, its link opens the scenario model in
// place, every menu path the guide names is a real menu item, and the shortcut list has
// the menus' keys and those without a menu item.
#include "ui/database/databaseactions.h"
#include "ui/help/helpbrowser.h"
#include "ui/help/shortcutlist.h"
#include "menupaths.h"
#include "db/sqlitestorefactory.h"
#include "core/session/atlassession.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace atlas;

namespace {

QAction* actionWithShortcut(const QMenuBar* bar, const QKeySequence& key)
{
    for (QAction* action : bar->findChildren<QAction*>())
        if (action->shortcuts().contains(key))
            return action;
    for (QMenu* menu : bar->findChildren<QMenu*>())
        for (QAction* action : menu->actions())
            if (action->shortcuts().contains(key))
                return action;
    return nullptr;
}

} // namespace

class HelpTest : public QObject
{
    Q_OBJECT

private:
    db::SqliteStoreFactory m_factory;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_help"));
        QSettings().clear();
    }

    void f1OpensTheBundledGuide()
    {
        MainWindow window(new AtlasSession, &m_factory);
        QVERIFY(window.databaseActions()->openSample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction* f1 = actionWithShortcut(window.menuBar(), QKeySequence(QKeySequence::HelpContents));
        QVERIFY(f1);
        f1->trigger();
        auto* help = window.findChild<HelpBrowser*>(QStringLiteral("helpBrowser"));
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->browser()->source().scheme(), QStringLiteral("qrc"));
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("user guide")));
        // The guide's link to the scenario model opens it in the same window, and Back returns.
        help->browser()->setSource(QUrl(QStringLiteral("scenario-model.md")), QTextDocument::MarkdownResource);
        QVERIFY2(help->browser()->toPlainText().contains(QStringLiteral("The scenario model")),
                 qPrintable(help->browser()->toPlainText().left(200)));
        help->browser()->backward();
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("user guide")));
    }

    // The guide may not name a menu item the app does not have (a renamed or moved action
    // makes this fail, so the guide is corrected with it).
    void everyMenuPathTheGuideNamesExists()
    {
        MainWindow window(new AtlasSession, &m_factory);
        static const QRegularExpression path(QStringLiteral("\\*([^*]+ > [^*]+)\\*"));
        int paths = 0;
        const QStringList missing = test::missingGuideMenuPaths(window.menuBar(), QStringLiteral(":/help/user-guide.md"), path,
                                                                QStringLiteral(", "), &paths);
        QVERIFY(paths >= 10);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void theShortcutListHasEveryKey()
    {
        MainWindow window(new AtlasSession, &m_factory);
        const QList<Shortcut> shortcuts = collectShortcuts(window.menuBar());
        const auto has = [&shortcuts](const QString& what, const QKeySequence& key) {
            const QString keys = key.toString(QKeySequence::NativeText);
            for (const Shortcut& shortcut : shortcuts)
                if (shortcut.what == what && shortcut.keys.split(QStringLiteral(", ")).contains(keys))
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("Undo"), QKeySequence::Undo));
        QVERIFY(has(QStringLiteral("Present"), QKeySequence(Qt::Key_F5)));
        QVERIFY(has(QStringLiteral("Fit Map to Data"), QKeySequence(Qt::CTRL | Qt::Key_0)));
        QVERIFY(has(QStringLiteral("User Guide"), QKeySequence::HelpContents));
        QVERIFY(has(QStringLiteral("Next, previous saved scenario"), QKeySequence(Qt::Key_Right)));
        ShortcutList list(window.menuBar());
        QCOMPARE(list.table()->rowCount(), int(shortcuts.size()));
        QVERIFY(list.table()->rowCount() > 20);
    }
};

QTEST_MAIN(HelpTest)
#include "tst_help.moc"
