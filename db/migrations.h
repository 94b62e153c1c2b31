// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema steps, run on open: each one in its own transaction, which also records the
// new version in atlas_meta, so an interrupted upgrade leaves the previous version intact.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace atlas::db {

struct Migration
{
    int version;         // the schema version the step produces
    QString description; // for messages (translated in "atlas::db::Migrations" when shown)
    QString scriptPath;  // a Qt resource with the step's SQL
};

const QVector<Migration>& migrations();
int latestSchemaVersion();

// The version recorded in atlas_meta, 0 for a database without one (a new, empty file).
// Returns -1 and sets *error when the version cannot be read.
int readSchemaVersion(QSqlDatabase& db, QString* error);

// Runs every step after `fromVersion`. Returns an empty string on success, else what failed;
// the steps before the failing one stay applied.
QString migrate(QSqlDatabase& db, int fromVersion);
// The same over given steps (tests use it to run a step that fails).
QString migrate(QSqlDatabase& db, int fromVersion, const QVector<Migration>& steps);

} // namespace atlas::db
