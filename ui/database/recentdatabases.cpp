// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/database/recentdatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace atlas {
namespace {
const QString kKey = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::list() { return QSettings().value(kKey).toStringList(); }

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = list();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    while (paths.size() > kMaxEntries)
        paths.removeLast();
    QSettings().setValue(kKey, paths);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList paths = list();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

} // namespace atlas
