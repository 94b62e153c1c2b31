// SPDX-License-Identifier: GPL-3.0-or-later
// The Store over a SQLite/GeoPackage file. Opening checks the file before anything is written
// (db/databaseopener.h); every apply() is one IMMEDIATE transaction.
#pragma once

#include "db/integritycheck.h"
#include "core/io/protectedfiles.h"
#include "db/rawsqlite.h"
#include "db/siblingfile.h"
#include "core/store/store.h"

#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace atlas::db {

struct OpenOptions
{
    bool createIfMissing = true; // else a missing file is an error
    bool readOnly = false;       // open read-only even when the file is writable
    // For `check`: read-only and never created; an older file is opened as it is, not
    // upgraded (schemaVersion() says which it is), and what integrityProblems() would find
    // does not refuse it.
    bool inspectOnly = false;
};

enum class OpenErrorKind {
    None,
    Missing,       // no file, and createIfMissing was off
    CannotCreate,  // the folder is not writable, say
    NotADatabase,  // not SQLite, or SQLite but not Compute Atlas
    Corrupt,       // failed the integrity check
    NewerSchema,   // written by a newer Compute Atlas
    NeedsUpgrade,  // older schema, but read-only so it cannot be upgraded
    Other
};

class SqliteStore;

struct OpenResult
{
    std::unique_ptr<SqliteStore> store;
    OpenErrorKind errorKind = OpenErrorKind::None;
    QString error; // a sentence for the user: what is wrong and what to do
};

class SqliteStore : public Store
{
    Q_OBJECT
public:
    static OpenResult open(const QString& path, const OpenOptions& options = {});
    // Why an existing file would open read-only (it or its folder cannot be written), or empty.
    static QString fileReadOnlyReason(const QString& path);
    ~SqliteStore() override;

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    int schemaVersion() const override { return m_schemaVersion; }

    LoadResult load() override;
    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress = {}) override;
    WriteResult applyProduced(const ChangeProducer& produce) override;
    QMap<QString, qint64> rowCounts() override;

    // PRAGMA integrity_check, foreign_key_check and GDAL's spatial indexes, in plain words
    // (integritycheck.h): the problems found, none when healthy.
    QStringList integrityProblems() override;
    // The same, and whether only indexes are damaged (the rows are intact).
    IntegrityReport integrityReport();
    // Runs a SQL script in one transaction (the sample data). Returns the error, or empty.
    QString runScript(const QString& script);
    // Copies the whole database, consistently (VACUUM INTO), to `path`: written beside it and
    // renamed over what is there, so that a failed copy leaves that file as it was.
    QString saveCopy(const QString& path) override;
    // The same, but only where no file is yet: when another program made `path` meanwhile,
    // it is left alone and `alreadyThere` set (the error then says so).
    QString saveNewCopy(const QString& path, bool* alreadyThere);

    // Another process (a second window, a script) may write to the same file. SQLite's
    // data_version changes when it does; the store checks it every second while an event
    // loop runs, and emits changed() so the views reload without a restart.
    void checkForExternalChanges();
    static constexpr int kPollMilliseconds = 1000;

private:
    QString copyTo(const QString& path, Placement placement, Placed* placed);
    SqliteStore(QSqlDatabase db, QString path, QString readOnlyReason, int schemaVersion);
    // The connection writes go through, opened on the first write.
    RawConnection* writer(QString* error);
    // The same, or null with the reason when the file is open read-only.
    RawConnection* writableConnection(QString* error);
    // After our own write: note the new data_version, so polling does not take our write
    // for someone else's.
    void acknowledgeOwnWrite();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    io::ProtectedFile m_protected; // no export writes over this file while it is open
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    qint64 m_dataVersion = -1;
    std::unique_ptr<RawConnection> m_writer;
    QTimer* m_poll;
};

} // namespace atlas::db
