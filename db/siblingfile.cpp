// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/siblingfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::SiblingFile)
};

} // namespace

QString reserveSiblingFile(const QString& target, QString* error)
{
    const QFileInfo info(target);
    QTemporaryFile file(
        info.absoluteDir().filePath(info.fileName() + QStringLiteral(".XXXXXX.partial")));
    file.setAutoRemove(false);
    if (!file.open()) {
        *error =
            info.absoluteDir().exists()
                ? Text::tr("Cannot create %1: %2.")
                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()), file.errorString())
                : Text::tr("Cannot create %1: the folder %2 does not exist. Create it, or choose "
                           "another folder.")
                      .arg(QDir::toNativeSeparators(info.absoluteFilePath()),
                           QDir::toNativeSeparators(info.absolutePath()));
        return {};
    }
    // Left empty: SQLite takes an empty file as a new database, and VACUUM INTO writes into one.
    return file.fileName();
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Placed placeFile(const QString& from, const QString& to, Placement placement, QString* error)
{
    if (placement == Placement::OnlyIfAbsent) {
        // Qt renames without replacing, atomically where the system can (renameat2's
        // RENAME_NOREPLACE, or a hard link and an unlink): of two programs, one wins.
        QFile file(from);
        if (file.rename(to))
            return Placed::Done;
        if (QFileInfo::exists(to))
            return Placed::AlreadyThere;
        *error =
            Text::tr("Cannot create %1: %2.").arg(QDir::toNativeSeparators(to), file.errorString());
        return Placed::Failed;
    }
    // POSIX rename() replaces the target in one step: a reader sees the old file or the new.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return Placed::Done;
    *error = Text::tr("Cannot replace %1: %2.")
                 .arg(QDir::toNativeSeparators(to), QString::fromLocal8Bit(std::strerror(errno)));
    return Placed::Failed;
}

} // namespace atlas::db
