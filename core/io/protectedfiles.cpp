// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/protectedfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>

#include <optional>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace atlas::io {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::io::ProtectedFiles)
};

// Stores may be opened on worker threads (imports), exports run on the main thread.
QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList& registry()
{
    static QStringList paths; // a path once per open store (the same file may be open twice)
    return paths;
}

// The path with every symbolic link resolved, also for a file that does not exist yet (a
// -wal file before the first write): its folder resolved, its name kept.
QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                           info.fileName());
}

struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    friend bool operator==(const FileIdentity&, const FileIdentity&) = default;
};

// The device and inode of an existing file, through symbolic links: two names of one file
// (a hard link) have the same. Windows has no inodes here; resolvedPath() still compares
// names and links there.
std::optional<FileIdentity> identityOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
#else
    Q_UNUSED(path);
    return std::nullopt;
#endif
}

} // namespace

ProtectedFile::ProtectedFile(const QString& path) : m_path(QFileInfo(path).absoluteFilePath())
{
    const QMutexLocker lock(&registryMutex());
    registry().append(m_path);
}

ProtectedFile::~ProtectedFile()
{
    const QMutexLocker lock(&registryMutex());
    registry().removeOne(m_path);
}

QString protectedFileConflict(const QString& target)
{
    QStringList databases;
    {
        const QMutexLocker lock(&registryMutex());
        databases = registry();
    }
    const QString wanted = resolvedPath(target);
    const std::optional<FileIdentity> wantedIdentity = identityOf(target);
    for (const QString& database : std::as_const(databases)) {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            const QString file = database + QLatin1String(suffix);
            const std::optional<FileIdentity> identity = identityOf(file);
            if (resolvedPath(file) != wanted &&
                !(wantedIdentity && identity && *wantedIdentity == *identity))
                continue;
            const QString shownTarget = QDir::toNativeSeparators(target);
            const QString shownDatabase = QDir::toNativeSeparators(database);
            if (*suffix)
                return Text::tr(
                           "%1 is a file of the open database %2; writing there would destroy the "
                           "database. Choose another file name.")
                    .arg(shownTarget, shownDatabase);
            if (QFileInfo(target).absoluteFilePath() == file)
                return Text::
                    tr("%1 is the open database; writing there would destroy it. Choose another "
                       "file name.")
                        .arg(shownTarget);
            // Another name of it: a symbolic link, a hard link, a linked folder.
            return Text::tr(
                       "%1 is another name of the open database %2; writing there would destroy "
                       "it. Choose another file name.")
                .arg(shownTarget, shownDatabase);
        }
    }
    return {};
}

} // namespace atlas::io
