// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/migrations.h"

#include "db/schemakeeper.h"
#include "db/sqlscript.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace atlas::db {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::db::Migrations)
};

// A step's description as people read it: the steps of migrations() are
// QT_TRANSLATE_NOOP texts of this context; others (tests' steps) show as they are.
QString shown(const Migration& step)
{
    return QCoreApplication::translate("atlas::db::Migrations",
                                       step.description.toUtf8().constData());
}

class ForeignKeysOffDuring
{
public:
    explicit ForeignKeysOffDuring(QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOffDuring() { QSqlQuery(m_db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
    ForeignKeysOffDuring(const ForeignKeysOffDuring&) = delete;
    ForeignKeysOffDuring& operator=(const ForeignKeysOffDuring&) = delete;

private:
    QSqlDatabase& m_db;
};

QString foreignKeyProblems(QSqlDatabase& db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return check.lastError().text();
    if (!check.next())
        return {};
    return Text::tr("row %1 of %2 refers to a missing row of %3")
        .arg(check.value(1).toString(), check.value(0).toString(), check.value(2).toString());
}

} // namespace

const QVector<Migration>& migrations()
{
    static const QVector<Migration> steps = {
        {1,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::db::Migrations",
             "initial schema: sites, phases, fiber links, GPU models, sources, claims, scenarios; "
             "GeoPackage tables")),
         QStringLiteral(":/db/migrations/0001_initial_schema.sql")},
        {2,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::db::Migrations",
             "the same CHECK rules without IN lists, which SQLite checks slowly")),
         QStringLiteral(":/db/migrations/0002_cheap_check_constraints.sql")},
        {3,
         QString::fromUtf8(QT_TRANSLATE_NOOP(
             "atlas::db::Migrations",
             "sites without a location yet, further sources per site; phases with facility power, "
             "H100-equivalents, buildings, projections and mixed fleets; GPU aliases; import "
             "origins")),
         QStringLiteral(":/db/migrations/0003_fleets_origins_unplaced_sites.sql")},
    };
    return steps;
}

int latestSchemaVersion() { return migrations().last().version; }

int readSchemaVersion(QSqlDatabase& db, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'atlas_meta'"))) {
        *error = query.lastError().text();
        return -1;
    }
    query.next();
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM atlas_meta WHERE key = 'schema_version'"))) {
        *error = query.lastError().text();
        return -1;
    }
    if (!query.next())
        return 0;
    bool ok = false;
    const int version = query.value(0).toString().toInt(&ok);
    if (!ok || version < 0) {
        *error = Text::tr("atlas_meta holds a schema version that is not a number: \"%1\"")
                     .arg(query.value(0).toString());
        return -1;
    }
    return version;
}

QString migrate(QSqlDatabase& db, int fromVersion) { return migrate(db, fromVersion, migrations()); }

QString migrate(QSqlDatabase& db, int fromVersion, const QVector<Migration>& steps)
{
    for (const Migration& step : steps) {
        if (step.version <= fromVersion)
            continue;
        QFile file(step.scriptPath);
        if (!file.open(QIODevice::ReadOnly))
            return Text::tr("The schema step %1 is missing from this build (%2).")
                .arg(step.version)
                .arg(step.scriptPath);
        const QString script = QString::fromUtf8(file.readAll());

        // Foreign keys off for the step, as SQLite's procedure for rebuilding a table asks
        // (dropping a parent table would otherwise cascade); checked before the commit
        // instead. The pragma has no effect inside a transaction, hence out here.
        ForeignKeysOffDuring keysOff(db);
        // IMMEDIATE: the write lock from the start, so that a second program opening the new
        // file at the same moment waits here (the busy timeout) rather than upgrading from the
        // same version too; it then reads the version again and finds the step done.
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Text::tr("Upgrading the database to schema version %1 (%2) could not start: %3")
                .arg(step.version)
                .arg(shown(step), begin.lastError().text());
        begin.finish();
        QString versionError;
        const int current = readSchemaVersion(db, &versionError);
        if (current >= step.version) {
            db.commit(); // another program made this step while we waited
            continue;
        }
        // Other programs' triggers, views and spatial indexes survive the step (schemakeeper.h).
        SchemaKeeper kept;
        QString error = kept.takeOff(db, script);
        if (error.isEmpty())
            error = runSqlScript(db, script);
        if (error.isEmpty())
            error = kept.putBack(db);
        if (error.isEmpty())
            error = foreignKeyProblems(db);
        if (error.isEmpty()) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral(
                "INSERT INTO atlas_meta (key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
            record.addBindValue(QString::number(step.version));
            if (!record.exec())
                error = record.lastError().text();
        }
        if (error.isEmpty() && !db.commit())
            error = db.lastError().text();
        if (!error.isEmpty()) {
            db.rollback();
            return Text::tr("Upgrading the database to schema version %1 (%2) failed: %3")
                .arg(step.version)
                .arg(shown(step), error);
        }
    }
    return {};
}

} // namespace atlas::db
