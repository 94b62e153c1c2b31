// SPDX-License-Identifier: GPL-3.0-or-later
// The Store over a SQLite/GeoPackage file. Opening checks the file before anything is written
// (db/databaseopener.h); every apply() is one IMMEDIATE transaction.
#pragma once

#include "io/protectedfiles.h"
#include "rawsqlite.h"
#include "store/store.h"

#include <QSqlDatabase>
#include <QTimer>

#include <memory>

namespace atlas::db {

struct OpenOptions
{
    bool createIfMissing = true; // else a missing file is an error
    bool readOnly = false;       // open read-only even when the file is writable
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
    ~SqliteStore() override;

    QString location() const override { return m_path; }
    bool isReadOnly() const override { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const override { return m_readOnlyReason; }
    int schemaVersion() const override { return m_schemaVersion; }

    LoadResult load() override;
    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress = {}) override;
    QMap<QString, qint64> rowCounts() override;

    // PRAGMA quick_check and foreign_key_check: the problems found, none when healthy.
    QStringList integrityProblems() override;
    // Runs a SQL script in one transaction (the sample data). Returns the error, or empty.
    QString runScript(const QString& script);
    // Copies the whole database, consistently, to a new file (VACUUM INTO).
    QString saveCopy(const QString& path) override;

    // Another process (a second window, a script) may write to the same file. SQLite's
    // data_version changes when it does; the store checks it every second while an event
    // loop runs, and emits changed() so the views reload without a restart.
    void checkForExternalChanges();
    static constexpr int kPollMilliseconds = 1000;

private:
    SqliteStore(QSqlDatabase db, QString path, QString readOnlyReason, int schemaVersion);
    // The connection writes go through, opened on the first write.
    RawConnection* writer(QString* error);
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
