// SPDX-License-Identifier: GPL-3.0-or-later
// For the import benchmarks: a new database with the schema and the GPU catalogue (what
// File > New makes), built once a run and copied for each iteration.
#pragma once

#include "db/sampledatabase.h"

#include <QFile>
#include <QTemporaryDir>

namespace atlas::bench {

// A fresh copy in `dir`, named PREFIX-N.gpkg.
inline QString newCatalogueDatabase(const QTemporaryDir& dir, const QString& prefix)
{
    static const QString original = [&dir] {
        const QString path = dir.filePath(QStringLiteral("empty.gpkg"));
        db::createCatalogueDatabase(path);
        return path;
    }();
    static int n = 0;
    const QString copy = dir.filePath(QStringLiteral("%1-%2.gpkg").arg(prefix).arg(++n));
    QFile::copy(original, copy);
    return copy;
}

} // namespace atlas::bench
