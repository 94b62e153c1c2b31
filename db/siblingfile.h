// SPDX-License-Identifier: GPL-3.0-or-later
// Files a database is built or copied in before it takes its name: beside the target (the
// same file system, so the last step is a rename), and named for this one write, so that two
// programs making the same file at once never share, remove or replace each other's.
#pragma once

#include <QString>

namespace atlas::db {

// Creates an empty file beside `target` with a name no other file has ("NAME.XXXXXX.partial"
// in its folder), for SQLite to build a database in or VACUUM INTO. Returns its path, or an
// empty string with `error` set.
QString reserveSiblingFile(const QString& target, QString* error);

// Removes `path` with the -wal, -shm and -journal files SQLite may have left beside it.
void removeDatabaseFiles(const QString& path);

// How `from` (a finished file) takes the name `to`.
enum class Placement {
    Replace,     // atomically over whatever is there (File > Save a Copy after "Replace?")
    OnlyIfAbsent // only if nothing is there yet, atomically (a new database)
};
enum class Placed { Done, AlreadyThere, Failed };
// Renames `from` to `to`. With OnlyIfAbsent, a file that appeared at `to` meanwhile is left
// alone (AlreadyThere). On Failed, `error` says why; `from` is never removed here.
Placed placeFile(const QString& from, const QString& to, Placement placement, QString* error);

} // namespace atlas::db
