// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/sampledatabase.h"

#include "core/io/epochplan.h"
#include "core/io/epochrelease.h"
#include "db/siblingfile.h"
#include "db/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <functional>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::Sample)
};

QString readResource(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("The sample data %1 is missing from this build.").arg(path);
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

// One step of building a database: SQL text from the resources, or the import of a release.
using BuildStep = std::function<QString(SqliteStore& store)>;

BuildStep script(const QString& resource)
{
    return [resource](SqliteStore& store) {
        QString error;
        const QString text = readResource(resource, &error);
        return error.isEmpty() ? store.runScript(text) : error;
    };
}

// Epoch AI's release of July 2026, from the resources, through the same import as the
// window's and the command line's, as of the release's own date.
BuildStep epochRelease()
{
    return [](SqliteStore& store) {
        QVector<io::EpochFile> files;
        for (const char* name : {"data_centers.csv", "data_center_timelines.csv",
                                 "data_center_chip_quantities.csv", "README.md"}) {
            QFile file(QStringLiteral(":/epoch/2026-07/") + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                return Text::tr("The sample data %1 is missing from this build.")
                    .arg(file.fileName());
            files.append({QLatin1String(name), file.readAll()});
        }
        const io::EpochRelease release =
            io::readEpochRelease(QStringLiteral("Epoch AI, July 2026"), files);
        io::EpochPlan plan;
        const WriteResult result = store.applyProduced(io::epochProducer(release, {}, &plan));
        return result.ok ? QString() : (plan.ok() ? result.error : plan.error);
    };
}

// Built in a file of its own beside `path` and given the name only when whole. When another
// program made `path` meanwhile (a second import into the same new file), its database is
// kept and used: both asked for the same new file.
QString createDatabase(const QString& path, const QVector<BuildStep>& steps)
{
    if (QFile::exists(path))
        return Text::tr("%1 already exists.").arg(QDir::toNativeSeparators(path));
    QString error;
    const QString partial = reserveSiblingFile(path, &error);
    if (partial.isEmpty())
        return Text::tr("Building the database failed: %1").arg(error);
    // The messages of the steps name the temporary file; the user asked for `path`.
    const auto named = [&](QString message) {
        for (const QString& name :
             {QDir::toNativeSeparators(QFileInfo(partial).absoluteFilePath()), partial})
            message.replace(name, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        return message;
    };
    bool alreadyThere = false;
    {
        OpenResult opened = SqliteStore::open(partial);
        if (!opened.store) {
            removeDatabaseFiles(partial);
            return named(opened.error);
        }
        for (const BuildStep& step : steps) {
            if (error = step(*opened.store); !error.isEmpty())
                break;
        }
        if (error.isEmpty())
            error = opened.store->saveNewCopy(path, &alreadyThere);
    }
    removeDatabaseFiles(partial);
    if (alreadyThere)
        return {};
    if (!error.isEmpty())
        return Text::tr("Building the database failed: %1").arg(named(error));
    return {};
}

} // namespace

QString createCatalogueDatabase(const QString& path)
{
    return createDatabase(path, {script(QStringLiteral(":/seed/catalogue.sql"))});
}

QString createSampleDatabase(const QString& path)
{
    return createDatabase(path, {script(QStringLiteral(":/seed/catalogue.sql")),
                                 script(QStringLiteral(":/seed/claims.sql")), epochRelease(),
                                 script(QStringLiteral(":/seed/facts.sql")),
                                 script(QStringLiteral(":/seed/scenarios.sql"))});
}

QString ensureUserSampleDatabase(QString* error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        *error =
            Text::tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    // Named by the release it is built from: a build with a newer sample makes a new file and
    // leaves the old one, perhaps edited, as it is (File > Open Recent still has it).
    const QString path = QDir(folder).filePath(QLatin1String(kSampleFileName));
    if (QFile::exists(path))
        return path;
    if (QString failed = createSampleDatabase(path); !failed.isEmpty()) {
        *error = failed;
        return {};
    }
    return path;
}

} // namespace atlas::db
