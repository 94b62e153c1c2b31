// SPDX-License-Identifier: GPL-3.0-or-later
// Opening files that are not what they should be: each gets a clear message, and nothing is
// written to it. Files that cannot be written open read-only and say so.
#include "db/migrations.h"
#include "sampledata.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace atlas;
using namespace atlas::test;

namespace {

QString makeDatabase(const QString& path)
{
    db::OpenResult opened = db::SqliteStore::open(path);
    if (!opened.store || !opened.store->apply(smallAtlas()).ok)
        qFatal("cannot build %s", qPrintable(path));
    return path;
}

bool runningAsRoot() { return ::geteuid() == 0; }

} // namespace

class TestOpening : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void createsMissingFileWithCurrentSchema()
    {
        const QString file = path(QStringLiteral("new.gpkg"));
        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->schemaVersion(), db::latestSchemaVersion());
        QVERIFY(!opened.store->isReadOnly());
        QVERIFY(opened.store->integrityProblems().isEmpty());
    }

    void missingFileIsAnErrorWhenNotCreating()
    {
        db::OpenOptions options;
        options.createIfMissing = false;
        const db::OpenResult opened = db::SqliteStore::open(path(QStringLiteral("absent.gpkg")), options);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::Missing);
        QVERIFY(opened.error.contains(QStringLiteral("There is no database")));
        QVERIFY(!QFile::exists(path(QStringLiteral("absent.gpkg"))));
    }

    void textFileIsNotADatabase()
    {
        const QString file = path(QStringLiteral("notes.gpkg"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("site,lat,lon\nAbilene,32.5,-99.7\n").repeated(20));
        text.close();
        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::NotADatabase);
        QVERIFY2(opened.error.contains(QStringLiteral("not a database")), qPrintable(opened.error));
        QCOMPARE(fingerprint(file), before);
    }

    void sqliteHeaderWithGarbageIsNotADatabase()
    {
        const QString file = path(QStringLiteral("fake.gpkg"));
        QFile fake(file);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
        fake.close();
        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QVERIFY(opened.errorKind == db::OpenErrorKind::NotADatabase ||
                opened.errorKind == db::OpenErrorKind::Corrupt);
        QCOMPARE(fingerprint(file), before);
    }

    void corruptFileIsRefusedUntouched()
    {
        const QString file = makeDatabase(path(QStringLiteral("corrupt.gpkg")));
        // Damage the sites table's first page (its b-tree header), as a bad disk would.
        const int root = querySql(file, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'sites'"))
                             .value(0).toInt();
        const int pageSize = querySql(file, QStringLiteral("PRAGMA page_size")).value(0).toInt();
        QVERIFY(root > 1);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        QVERIFY(damaged.seek(qint64(root - 1) * pageSize));
        damaged.write(QByteArray(64, '\xff'));
        damaged.close();

        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::Corrupt);
        QVERIFY2(opened.error.contains(QStringLiteral("integrity check")), qPrintable(opened.error));
        QVERIFY(opened.error.contains(QStringLiteral("Restore it from a backup")));
        QCOMPARE(fingerprint(file), before);
    }

    // quick_check passes a file whose name index no longer matches its table; the next import
    // then failed as "malformed". Opening runs integrity_check and refuses it, saying what.
    void damagedIndexIsRefusedUntouched()
    {
        const QString file = makeDatabase(path(QStringLiteral("damaged-index.gpkg")));
        QCOMPARE(damageSiteNameIndex(file), QString());
        QCOMPARE(querySql(file, QStringLiteral("PRAGMA quick_check")), (QVariantList{QStringLiteral("ok")}));
        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::Corrupt);
        QVERIFY2(opened.error.contains(QStringLiteral("The index of sites by name (sqlite_autoindex_sites_1) "
                                                      "does not match its table: 3 rows are missing from it")),
                 qPrintable(opened.error));
        QVERIFY(opened.error.contains(QStringLiteral("REINDEX")));
        QCOMPARE(fingerprint(file), before);
    }

    void newerSchemaIsRefusedAndNamesVersions()
    {
        const QString file = makeDatabase(path(QStringLiteral("future.gpkg")));
        QCOMPARE(execSql(file, QStringLiteral("UPDATE atlas_meta SET value = '7' WHERE key = 'schema_version'")),
                 QString());
        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::NewerSchema);
        QVERIFY2(opened.error.contains(QStringLiteral("schema version 7")), qPrintable(opened.error));
        QVERIFY(opened.error.contains(QStringLiteral("versions 1 to %1").arg(db::latestSchemaVersion())));
        QCOMPARE(fingerprint(file), before);
    }

    void foreignSqliteDatabaseIsRefused()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        QCOMPARE(execSql(file, QStringLiteral("CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)")),
                 QString());
        const FileFingerprint before = fingerprint(file);
        const db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::NotADatabase);
        QVERIFY(opened.error.contains(QStringLiteral("not a Compute Atlas one")));
        QCOMPARE(fingerprint(file), before);
    }

    void folderCannotBeOpened()
    {
        const db::OpenResult opened = db::SqliteStore::open(m_dir.path());
        QVERIFY(!opened.store);
        QVERIFY(opened.error.contains(QStringLiteral("folder")));
    }

    void readOnlyFileOpensReadOnly()
    {
        if (runningAsRoot())
            QSKIP("root ignores file permissions; ctest runs this case again as the user nobody "
                  "(tst_opening_as_nobody)");
        const QString file = makeDatabase(path(QStringLiteral("readonly.gpkg")));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const FileFingerprint before = fingerprint(file);
        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->isReadOnly());
        QVERIFY(opened.store->readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(opened.store->load().dataset.sites.size(), 3);
        const WriteResult write = opened.store->apply(ChangeSet().remove<Site>(12));
        QVERIFY(!write.ok);
        QVERIFY(write.error.contains(QStringLiteral("read-only")));
        opened.store.reset();
        QCOMPARE(fingerprint(file), before);
    }

    void readOnlyFolderOpensReadOnly()
    {
        if (runningAsRoot())
            QSKIP("root ignores folder permissions; ctest runs this case again as the user "
                  "nobody (tst_opening_as_nobody)");
        QTemporaryDir folder;
        const QString file = makeDatabase(folder.filePath(QStringLiteral("locked.gpkg")));
        // A clean close has checkpointed the WAL; lock the folder.
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->isReadOnly());
        QVERIFY(opened.store->readOnlyReason().contains(QStringLiteral("folder")));
        QCOMPARE(opened.store->load().dataset.sites.size(), 3);
        opened.store.reset();
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void cannotCreateInReadOnlyFolder()
    {
        if (runningAsRoot())
            QSKIP("root ignores folder permissions; ctest runs this case again as the user "
                  "nobody (tst_opening_as_nobody)");
        QTemporaryDir folder;
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::ExeOwner));
        const db::OpenResult opened = db::SqliteStore::open(folder.filePath(QStringLiteral("x.gpkg")));
        QVERIFY(!opened.store);
        QCOMPARE(opened.errorKind, db::OpenErrorKind::CannotCreate);
        QVERIFY(opened.error.contains(QStringLiteral("not writable")));
        QVERIFY(QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    void readOnlyOnRequest()
    {
        const QString file = makeDatabase(path(QStringLiteral("request.gpkg")));
        db::OpenOptions options;
        options.readOnly = true;
        db::OpenResult opened = db::SqliteStore::open(file, options);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->isReadOnly());
        QVERIFY(!opened.store->apply(ChangeSet().remove<Site>(12)).ok);
        QCOMPARE(opened.store->load().dataset.sites.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestOpening)
#include "tst_opening.moc"
