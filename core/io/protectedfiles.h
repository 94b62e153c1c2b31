// SPDX-License-Identifier: GPL-3.0-or-later
// Files that no export may write over: the databases this process has open, with the files
// SQLite keeps beside them (-wal, -shm, -journal). `--out` naming the database, a symbolic
// link to it or a hard link to it would otherwise replace the database with a picture.
#pragma once

#include <QString>

namespace atlas::io {

// Protects a database file while it lives: the store holds one while its file is open.
class ProtectedFile
{
public:
    explicit ProtectedFile(const QString& path);
    ~ProtectedFile();
    ProtectedFile(const ProtectedFile&) = delete;
    ProtectedFile& operator=(const ProtectedFile&) = delete;

private:
    QString m_path;
};

// Why `target` may not be written: it is one of the protected files, by name, through a
// symbolic link (its own or its folder's) or as a hard link to the same file (the same
// device and inode). Empty when it may be written.
QString protectedFileConflict(const QString& target);

} // namespace atlas::io
