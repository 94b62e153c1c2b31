// SPDX-License-Identifier: GPL-3.0-or-later
#include "sampledatabase.h"

#include "sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace atlas::db {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("atlas::db::Sample", text); }

QString readResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The sample data %1 is missing from this build.").arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString createDatabase(const QString& path, const QStringList& scripts)
{
    if (QFile::exists(path))
        return tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    // The messages of the steps name the temporary file; the user asked for `path`.
    const auto named = [&](QString message) {
        for (const QString& name :
             {QDir::toNativeSeparators(QFileInfo(partial).absoluteFilePath()), partial})
            message.replace(name, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        return message;
    };
    QString error;
    {
        OpenResult opened = SqliteStore::open(partial);
        if (!opened.store)
            return named(opened.error);
        for (const QString& part : scripts) {
            const QString script = readResource(part, &error);
            if (error.isEmpty())
                error = opened.store->runScript(script);
            if (!error.isEmpty())
                break;
        }
        if (error.isEmpty())
            error = opened.store->saveCopy(path);
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    if (!error.isEmpty()) {
        QFile::remove(path);
        return tr("Building the database failed: %1").arg(named(error));
    }
    return {};
}

} // namespace

QString createCatalogueDatabase(const QString& path)
{
    return createDatabase(path, {QStringLiteral(":/seed/catalogue.sql")});
}

QString createSampleDatabase(const QString& path)
{
    return createDatabase(path, {QStringLiteral(":/seed/catalogue.sql"), QStringLiteral(":/seed/sample.sql"),
                                 QStringLiteral(":/seed/scenarios.sql")});
}

QString ensureUserSampleDatabase(QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        *error = tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QString path = QDir(folder).filePath(QStringLiteral("sample.gpkg"));
    if (QFile::exists(path))
        return path;
    if (QString failed = createSampleDatabase(path); !failed.isEmpty()) {
        *error = failed;
        return {};
    }
    return path;
}

} // namespace atlas::db
