// SPDX-License-Identifier: GPL-3.0-or-later
// The composition root: chooses the window or the command line, gives both the SQLite store
// factory, and makes the window's session (document, view state, scenario) before the window.
#include "app/cli/commandline.h"
#include "ui/database/databaseactions.h"
#include "core/i18n/language.h"
#include "core/session/atlassession.h"
#include "db/sqlitestorefactory.h"
#include "ui/window/mainwindow.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

// Names the application (its settings live under these names) and installs the translators
// of the chosen or the system's language, before the first user-facing string is made.
void describeApplication(QCoreApplication& app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("ComputeAtlas"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("compute-atlas.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Compute Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ATLAS_VERSION));
    atlas::i18n::installTranslators(app, atlas::i18n::uiLocale());
}

int runHeadless(int argc, char** argv, bool needsGui)
{
    atlas::db::SqliteStoreFactory factory;
    if (!needsGui) {
        QCoreApplication app(argc, argv);
        describeApplication(app);
        return atlas::cli::runHeadless(app.arguments(), factory);
    }
    // Charts and maps draw with QtGui, which needs a platform; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Without a desktop session there is no runtime folder, and Qt would warn that it makes
    // one; make it quietly, private to this user, as Qt would.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray folder = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        if (QDir().mkpath(QString::fromLocal8Bit(folder)) &&
            QFile::setPermissions(QString::fromLocal8Bit(folder), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", folder);
    }
#endif
    QApplication app(argc, argv);
    describeApplication(app);
    return atlas::cli::runHeadless(app.arguments(), factory);
}

} // namespace

int main(int argc, char* argv[])
{
    const atlas::cli::Invocation invocation = atlas::cli::classify(argc, argv);
    if (invocation.headless)
        return runHeadless(argc, argv, invocation.needsGui);

    QApplication app(argc, argv);
    describeApplication(app);
    QApplication::setApplicationDisplayName(QStringLiteral("Compute Atlas"));
    QApplication::setDesktopFileName(QStringLiteral("org.computeatlas.ComputeAtlas"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.computeatlas.ComputeAtlas.svg")));

    atlas::followSystemTheme(app);

    atlas::db::SqliteStoreFactory factory;
    atlas::MainWindow window(new atlas::AtlasSession, &factory);
    const QString path = atlas::cli::databaseArgument(app.arguments());
    if (!path.isEmpty())
        window.databaseActions()->openPath(path, !QFileInfo::exists(path));
    else
        window.databaseActions()->openLastOrSample();
    window.show();
    if (app.arguments().contains(QStringLiteral("--present")))
        window.present();
    return app.exec();
}
