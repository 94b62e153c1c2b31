// SPDX-License-Identifier: GPL-3.0-or-later
// Files for db tests: a fresh store in a temporary folder, raw SQL on a file (to reach the
// schema's constraints without the Store's own checks), and file fingerprints to prove that
// nothing was written.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace atlas::test {

// The bytes and modification time of a file and of its -wal/-shm companions.
struct FileFingerprint
{
    QByteArray hash;
    QDateTime modified;
    QStringList companions; // which of -wal, -shm exist
    friend bool operator==(const FileFingerprint&, const FileFingerprint&) = default;
};
FileFingerprint fingerprint(const QString& path);

// A digest of every row of every table: the same rows give the same digest, whatever SQLite
// did to the pages. Times of writing (gpkg_contents.last_change, scenarios.modified) are
// left out, so two runs of the same write give the same digest.
QByteArray rowsDigest(const QString& path);

// Runs one statement on the file with its own connection (foreign keys on). Returns the
// SQLite error text, or an empty string on success.
QString execSql(const QString& path, const QString& sql, const QVariantList& values = {});
// The first column of every row of a query.
QVariantList querySql(const QString& path, const QString& sql);

// Leaves the index that keeps site names unique (sqlite_autoindex_sites_1) out of step with
// the table, as a crash in the middle of a write with a lying disk would: its b-tree is
// swapped for one of the sites' cities. Every page stays well formed, so quick_check passes;
// integrity_check finds every row missing from the index. Returns the error, or empty.
QString damageSiteNameIndex(const QString& path);

} // namespace atlas::test
