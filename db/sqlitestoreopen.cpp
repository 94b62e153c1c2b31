// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore::open: everything that is checked before the first write. A file that is not
// ours, is damaged, or is from a newer version is refused with nothing written to it; a file
// that cannot be written is opened read-only and says why.
#include "db/integritycheck.h"
#include "db/migrations.h"
#include "db/rawsqlite.h"
#include "db/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <atomic>
#include <optional>

namespace atlas::db {
namespace {

// Less free space than this, with an I/O error on opening: the disk is taken for full (a
// -shm file is 32 KB).
constexpr qint64 kFullDiskBytes = 64 * 1024;

OpenResult failure(OpenErrorKind kind, QString message)
{
    OpenResult result;
    result.errorKind = kind;
    result.error = std::move(message);
    return result;
}

// Removes the connection unless release() is called: every early return cleans up.
class ConnectionGuard
{
public:
    explicit ConnectionGuard(QString name) : m_name(std::move(name)) {}
    ~ConnectionGuard()
    {
        if (m_name.isEmpty())
            return;
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    void release() { m_name.clear(); }

private:
    QString m_name;
};

bool hasSqliteHeader(const QString& path, qint64 size)
{
    if (size == 0)
        return true; // SQLite treats an empty file as an empty database
    QFile file(path);
    if (size < 100 || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("atlas-store-%1").arg(++counter);
}

} // namespace

QString SqliteStore::fileReadOnlyReason(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isWritable())
        return tr("the file is read-only");
    if (!QFileInfo(info.absolutePath()).isWritable())
        return tr("its folder is read-only, and SQLite keeps its journal there");
    return {};
}

namespace {

// Step 1, before any connection: what the file (or the folder it is to be made in) is.
std::optional<OpenResult> fileProblem(const QFileInfo& info, const QString& shown, const OpenOptions& options)
{
    const bool exists = info.exists();
    const QFileInfo folder(info.absolutePath());
    if (!exists && !options.createIfMissing)
        return failure(OpenErrorKind::Missing, SqliteStore::tr("There is no database at %1.").arg(shown));
    if (exists && !info.isFile())
        return failure(OpenErrorKind::NotADatabase,
                       SqliteStore::tr("%1 is a folder, not a database file.").arg(shown));
    if (!exists) {
        if (!folder.isDir())
            return failure(OpenErrorKind::CannotCreate,
                           SqliteStore::tr("Cannot create %1: the folder %2 does not exist.")
                               .arg(shown, QDir::toNativeSeparators(folder.absoluteFilePath())));
        if (!folder.isWritable())
            return failure(OpenErrorKind::CannotCreate,
                           SqliteStore::tr("Cannot create %1: the folder is not writable. Choose a folder "
                              "you can write to.")
                               .arg(shown));
    }
    if (exists && !info.isReadable())
        return failure(OpenErrorKind::Other,
                       SqliteStore::tr("Cannot read %1: permission denied.").arg(shown));
    if (exists && !hasSqliteHeader(info.absoluteFilePath(), info.size()))
        return failure(OpenErrorKind::NotADatabase,
                       SqliteStore::tr("%1 is not a database: it does not start with the SQLite header. "
                          "Open a .gpkg file made by Compute Atlas, or create one with File > "
                          "New.")
                           .arg(shown));
    if (options.inspectOnly && exists && info.size() == 0)
        return failure(OpenErrorKind::NotADatabase,
                       SqliteStore::tr("%1 is empty (0 bytes): it is not a database yet. Opening it in "
                          "Compute Atlas would set it up as a new one; nothing was changed.")
                           .arg(shown));
    return std::nullopt;
}

// Step 2: the connection. A read-only connection to a WAL database creates -wal and -shm
// files beside it when the folder allows, and cannot open it at all when the folder does not.
// With no -wal file there is no writer whose changes could be missed, so it is opened as
// immutable: read straight from the file, with nothing created or written next to it.
std::optional<OpenResult> openConnection(QSqlDatabase& db, const QString& path, const QFileInfo& info,
                                         const QString& shown, bool readOnly)
{
    const bool immutable = readOnly && !QFileInfo::exists(path + QStringLiteral("-wal"));
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(info.absoluteFilePath());
        uri.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return failure(OpenErrorKind::Other,
                       SqliteStore::tr("Cannot open %1: %2").arg(shown, db.lastError().text()));
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return std::nullopt;
}

// Step 3: whether the file reads whole. integrity_check reads every page, so it also finds a
// file that only looks like SQLite, and checks every index against its table: quick_check
// passes an index that no longer matches, and the next write then fails as "malformed". It
// costs 0.43 s against 0.23 s on a file of 200,000 sites (docs/database.md). `check` runs it
// itself, with the rest, so an inspecting open only reads the schema.
std::optional<OpenResult> structureProblem(QSqlDatabase& db, const QFileInfo& info, const QString& shown,
                                           const OpenOptions& options)
{
    QString checkError;
    const IntegrityReport checked =
        options.inspectOnly ? IntegrityReport() : checkStructure(db, &checkError);
    QSqlQuery query(db);
    if (options.inspectOnly && !query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        checkError = query.lastError().databaseText();
    if (!checkError.isEmpty()) {
        if (checkError.contains(QLatin1String("not a database")))
            return failure(OpenErrorKind::NotADatabase,
                           SqliteStore::tr("%1 is not a SQLite database (or it is encrypted). Nothing was "
                              "changed.")
                               .arg(shown));
        // SQLite reports a disk that refuses its -shm file (a full disk) as an I/O error
        // while reading: the file is not damaged, and must not be called so.
        if (checkError.contains(QLatin1String("disk I/O")) ||
            checkError.contains(QLatin1String("full"))) {
            const QStorageInfo disk(info.absolutePath());
            if (disk.isValid() && disk.bytesAvailable() < kFullDiskBytes)
                return failure(OpenErrorKind::Other,
                               SqliteStore::tr("The disk holding %1 is full, so it cannot be opened (SQLite "
                                  "needs room for its -shm file beside it). The file was not "
                                  "changed; free some space and open it again.")
                                   .arg(shown));
            return failure(OpenErrorKind::Other,
                           SqliteStore::tr("%1 could not be read: the disk reported an error (%2). The "
                              "file was not changed; check the disk, or copy the file to "
                              "another one and open the copy.")
                               .arg(shown, checkError));
        }
        return failure(OpenErrorKind::Corrupt,
                       SqliteStore::tr("%1 is damaged and cannot be read (%2). Nothing was changed; restore "
                          "it from a backup.")
                           .arg(shown, checkError));
    }
    if (!checked.ok())
        return failure(OpenErrorKind::Corrupt,
                       SqliteStore::tr("%1 failed its integrity check and was not opened, so nothing in it "
                          "was changed. %2 %3 (compute-atlas --db FILE check lists every "
                          "problem.)")
                           .arg(shown, checked.problems.first(), checked.advice()));
    return std::nullopt;
}

// Step 4: whether this version can use the schema, migrating it when it is older and the
// file can be written. *version is the version the file has.
std::optional<OpenResult> schemaProblem(QSqlDatabase& db, const QString& shown, const OpenOptions& options,
                                        const QString& readOnlyReason, int* version)
{
    QString error;
    *version = readSchemaVersion(db, &error);
    if (*version < 0)
        return failure(OpenErrorKind::Other, SqliteStore::tr("Cannot read %1: %2").arg(shown, error));
    if (*version == 0) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (query.next() && query.value(0).toInt() > 0)
            return failure(OpenErrorKind::NotADatabase,
                           SqliteStore::tr("%1 is a SQLite database, but not a Compute Atlas one (it has no "
                              "atlas_meta table). Nothing was changed; import its sites "
                              "instead.")
                               .arg(shown));
    }
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return failure(OpenErrorKind::NewerSchema,
                       SqliteStore::tr("%1 was written by a newer Compute Atlas (schema version %2); this "
                          "version reads schema versions 1 to %3. Nothing was changed; update "
                          "Compute Atlas to open it.")
                           .arg(shown)
                           .arg(*version)
                           .arg(latest));
    if (*version == 0 && options.inspectOnly)
        return failure(OpenErrorKind::NeedsUpgrade,
                       SqliteStore::tr("%1 is an empty SQLite database: it is not set up yet. Opening it in "
                          "Compute Atlas would set it up as a new one; nothing was changed.")
                           .arg(shown));
    if (*version < latest && !options.inspectOnly) {
        if (!readOnlyReason.isEmpty())
            return failure(OpenErrorKind::NeedsUpgrade,
                           *version == 0
                               ? SqliteStore::tr("%1 is empty and cannot be set up because %2.")
                                     .arg(shown, readOnlyReason)
                               : SqliteStore::tr("%1 uses schema version %2 and needs upgrading to %3, but "
                                    "%4. Open a writable copy instead.")
                                     .arg(shown)
                                     .arg(*version)
                                     .arg(latest)
                                     .arg(readOnlyReason));
        if (QString failed = migrate(db, *version); !failed.isEmpty())
            return failure(OpenErrorKind::Other, failed);
    }
    return std::nullopt;
}

} // namespace

OpenResult SqliteStore::open(const QString& path, const OpenOptions& options)
{
    configureSqliteLibrary();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (std::optional<OpenResult> refused = fileProblem(info, shown, options))
        return std::move(*refused);

    QString readOnlyReason = info.exists() ? fileReadOnlyReason(path) : QString();
    if (readOnlyReason.isEmpty() && options.inspectOnly)
        readOnlyReason = tr("opened only to be checked");
    else if (readOnlyReason.isEmpty() && options.readOnly)
        readOnlyReason = tr("opened read-only on request");
    const bool readOnly = !readOnlyReason.isEmpty();

    const QString name = uniqueConnectionName();
    ConnectionGuard guard(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    int version = 0;
    if (std::optional<OpenResult> refused = openConnection(db, path, info, shown, readOnly))
        return std::move(*refused);
    if (std::optional<OpenResult> refused = structureProblem(db, info, shown, options))
        return std::move(*refused);
    if (std::optional<OpenResult> refused = schemaProblem(db, shown, options, readOnlyReason, &version))
        return std::move(*refused);
    if (!readOnly) {
        // WAL lets the views read while a write is under way, and a second instance too.
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }

    guard.release();
    OpenResult result;
    result.store.reset(new SqliteStore(db, info.absoluteFilePath(), readOnlyReason,
                                       options.inspectOnly ? version : latestSchemaVersion()));
    return result;
}

} // namespace atlas::db
