// SPDX-License-Identifier: GPL-3.0-or-later
// The migration framework and the SQL script splitter it runs on; what other programs added to
// the tables (GDAL's spatial index, views, triggers) through a step that rebuilds them.
#include "externalprograms.h"
#include "db/geopackagegeometry.h"
#include "db/migrations.h"
#include "db/sqlitestore.h"
#include "db/sqlscript.h"
#include "tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

namespace {

// Runs the given steps on the file through a connection of its own; the runner's error.
QString migrateFile(const QString& file, int fromVersion, const QVector<db::Migration>& steps)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("migrate"));
        db.setDatabaseName(file);
        if (!db.open())
            qFatal("cannot open %s", qPrintable(file));
        error = db::migrate(db, fromVersion, steps);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("migrate"));
    return error;
}

// A file as Compute Atlas 0.1 left it: schema version 1.
void makeVersionOneFile(const QString& file)
{
    if (const QString error = migrateFile(file, 0, db::migrations().mid(0, 1)); !error.isEmpty())
        qFatal("%s", qPrintable(error));
}

// Runs one more step, after this build's last, with the given SQL.
QString runExtraStep(const QString& file, const QString& scriptPath, const QByteArray& sql)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::WriteOnly) || script.write(sql) != sql.size())
        qFatal("cannot write %s", qPrintable(scriptPath));
    script.close();
    QVector<db::Migration> steps = db::migrations();
    steps.append({db::latestSchemaVersion() + 1, QStringLiteral("a test's step"), scriptPath});
    return migrateFile(file, db::latestSchemaVersion(), steps);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void stepsAreNumberedFromOne()
    {
        const auto& steps = db::migrations();
        QVERIFY(!steps.isEmpty());
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].version, i + 1);
        QCOMPARE(db::latestSchemaVersion(), steps.last().version);
    }

    void emptyFileIsMigratedToTheLatestVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("empty.gpkg"));
        QFile(file).open(QIODevice::WriteOnly); // a zero-byte file, as `touch` makes
        QCOMPARE(QFileInfo(file).size(), 0);
        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        opened.store.reset();
        QCOMPARE(querySql(file, QStringLiteral("SELECT value FROM atlas_meta WHERE key = 'schema_version'"))
                     .value(0).toString(),
                 QString::number(db::latestSchemaVersion()));
        for (const char* table : {"sources", "operators", "gpu_models", "sites", "site_phases",
                                  "fiber_links", "claims", "scenarios"}) {
            QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                                        .arg(QLatin1String(table)))
                         .value(0).toInt(),
                     1);
        }
    }

    void reopeningRunsNothingAgain()
    {
        const QString file = m_dir.filePath(QStringLiteral("twice.gpkg"));
        QVERIFY(db::SqliteStore::open(file).store);
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO sources (title) VALUES ('kept')")), QString());
        QVERIFY(db::SqliteStore::open(file).store);
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sources")).value(0).toInt(), 1);
    }

    void failingStepLeavesThePreviousVersion()
    {
        const QString file = m_dir.filePath(QStringLiteral("failing.gpkg"));
        QVERIFY(db::SqliteStore::open(file).store);
        const QString error = runExtraStep(file, m_dir.filePath(QStringLiteral("0003_broken.sql")),
                                           "CREATE TABLE added_by_step_two (x INTEGER);\n"
                                           "INSERT INTO no_such_table VALUES (1);\n");
        QVERIFY(error.contains(QStringLiteral("no_such_table")));
        QVERIFY(error.contains(QStringLiteral("schema version %1").arg(db::latestSchemaVersion() + 1)));
        // The step's first statement was rolled back with the rest; the version is unchanged.
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'added_by_step_two'"))
                     .value(0).toInt(), 0);
        QCOMPARE(querySql(file, QStringLiteral("SELECT value FROM atlas_meta WHERE key = 'schema_version'"))
                     .value(0).toString(), QString::number(db::latestSchemaVersion()));
    }

    // Version 2 rebuilds sites, site_phases and fiber_links: a version 1 file keeps every row,
    // its AUTOINCREMENT counters (ids of deleted rows stay unused), and its rules.
    void versionTwoKeepsTheRowsAndTheRules()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1.gpkg"));
        makeVersionOneFile(file);
        for (const char* sql :
             {"INSERT INTO operators (id, name) VALUES (1, 'O''Brien; \"quoted\"')",
              "INSERT INTO sites (fid, name, operator_id, lon, lat, status) VALUES (1, 'A', 1, -97, 32, 'operating')",
              "INSERT INTO sites (fid, name, lon, lat, status) VALUES (2, 'B', -90, 35, 'building')",
              "INSERT INTO sites (fid, name, lon, lat) VALUES (3, 'Deleted later', 0, 0)",
              "DELETE FROM sites WHERE fid = 3",
              "INSERT INTO site_phases (site_id, online_date, date_precision, it_mw) VALUES (1, '2025-06-01', 'quarter', 300)",
              "INSERT INTO fiber_links (site_a, site_b, status, active_date) VALUES (1, 2, 'lit', '2025-01-31')"})
            QCOMPARE(execSql(file, QString::fromUtf8(sql)), QString());

        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->schemaVersion(), db::latestSchemaVersion());
        opened.store.reset();

        QCOMPARE(querySql(file, QStringLiteral("SELECT name FROM sites ORDER BY fid")),
                 (QVariantList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT it_mw FROM site_phases WHERE site_id = 1")).value(0).toDouble(), 300.0);
        QCOMPARE(querySql(file, QStringLiteral("SELECT status FROM fiber_links WHERE site_a = 1 AND site_b = 2")),
                 (QVariantList{QStringLiteral("lit")}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'sites'")),
                 (QVariantList{3}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_v2' OR name LIKE '%_v3'")),
                 (QVariantList{0}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                               "name IN ('sites_operator', 'site_phases_site', "
                                               "'fiber_links_site_a', 'fiber_links_site_b')")),
                 (QVariantList{4}));
        QCOMPARE(querySql(file, QStringLiteral("PRAGMA foreign_key_check")), QVariantList());

        // The rules hold as before, under the same names.
        QVERIFY(execSql(file, QStringLiteral("INSERT INTO sites (name, lon, lat, status) VALUES ('C', 0, 0, 'rumoured')"))
                    .contains(QStringLiteral("site_status_known")));
        QVERIFY(execSql(file, QStringLiteral("INSERT INTO site_phases (site_id, online_date, date_precision) "
                                             "VALUES (1, '2026-01-01', 'decade')"))
                    .contains(QStringLiteral("phase_date_precision_known")));
        QVERIFY(execSql(file, QStringLiteral("UPDATE fiber_links SET status = 'dark'"))
                    .contains(QStringLiteral("link_status_known")));
        // and the cascades: deleting a site still deletes its phases and links.
        QCOMPARE(execSql(file, QStringLiteral("DELETE FROM sites WHERE fid = 1")), QString());
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM site_phases")), (QVariantList{0}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM fiber_links")), (QVariantList{0}));
    }

    void versionThreeMovesEachPhasesGpusIntoItsFleet()
    {
        const QString file = m_dir.filePath(QStringLiteral("v2.gpkg"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QCOMPARE(db::migrate(db, 0, db::migrations().mid(0, 2)), QString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v2"));
        for (const char* sql : {"INSERT INTO gpu_models (id, name, tdp_w) VALUES (7, 'H100', 700)",
                                "INSERT INTO sites (fid, name, lon, lat, location_precision) "
                                "VALUES (1, 'A', -97, 32, 'approximate')",
                                "INSERT INTO site_phases (id, site_id, online_date, it_mw, "
                                "gpu_model_id, gpu_count, estimate) "
                                "VALUES (4, 1, '2025-06-30', 300, 7, 100000, 1)",
                                "INSERT INTO site_phases (id, site_id, online_date, gpu_model_id) "
                                "VALUES (5, 1, '2026-06-30', 7)",
                                "INSERT INTO site_phases (id, site_id, online_date, it_mw) VALUES "
                                "(6, 1, '2027-06-30', 500)"})
            QCOMPARE(execSql(file, QString::fromUtf8(sql)), QString());

        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->schemaVersion(), 3);
        const LoadResult loaded = opened.store->load();
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        opened.store.reset();
        const Dataset& data = loaded.dataset;
        QCOMPARE(data.phases.size(), 3);
        QCOMPARE(data.phase(4)->chips, (QVector<ChipCount>{ChipCount{7, 100000, true, QString()}}));
        QCOMPARE(data.phase(5)->chips,
                 (QVector<ChipCount>{ChipCount{7, std::nullopt, false, QString()}}));
        QVERIFY(data.phase(6)->chips.isEmpty());
        QCOMPARE(*data.phase(4)->itMw, 300.0);
        QVERIFY(data.site(1)->hasLocation());
        QCOMPARE(
            querySql(file, QStringLiteral("SELECT count(*) FROM pragma_table_info('site_phases') "
                                          "WHERE name IN ('gpu_model_id', 'gpu_count')")),
            (QVariantList{0}));
        QCOMPARE(querySql(file, QStringLiteral(
                                    "SELECT seq FROM sqlite_sequence WHERE name = 'site_phases'")),
                 (QVariantList{6}));
        // A site without a location has neither coordinate; a placed one has both.
        QVERIFY(
            execSql(file, QStringLiteral(
                              "INSERT INTO sites (name, location_precision) VALUES ('B', 'exact')"))
                .contains(QStringLiteral("site_location_given")));
        QCOMPARE(
            execSql(file,
                    QStringLiteral(
                        "INSERT INTO sites (name, location_precision) VALUES ('C', 'unknown')")),
            QString());
        QVERIFY(
            execSql(
                file,
                QStringLiteral(
                    "INSERT INTO sites (name, lon, location_precision) VALUES ('D', 5, 'unknown')"))
                .contains(QStringLiteral("site_location_given")));
        // Deleting a phase deletes its chips.
        QCOMPARE(execSql(file, QStringLiteral("DELETE FROM site_phases WHERE id = 4")), QString());
        QCOMPARE(
            querySql(file, QStringLiteral("SELECT count(*) FROM phase_chips WHERE phase_id = 4")),
            (QVariantList{0}));
    }

    // Upgrading a version 1 file rebuilds `sites` (migration 2), which drops GDAL's triggers
    // with the old table; the runner must put them back and refill the index.
    void upgradingKeepsGdalsIndexRight()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1-indexed.gpkg"));
        makeVersionOneFile(file);
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO sites (fid, name, lon, lat, geom) VALUES (1, 'A', -97, 32, ?)"),
                         {db::encodePoint({-97, 32})}),
                 QString());
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO sites (fid, name, lon, lat, geom) VALUES (2, 'B', -90, 35, ?)"),
                         {db::encodePoint({-90, 35})}),
                 QString());
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO fiber_links (fid, site_a, site_b, geom) VALUES (1, 1, 2, ?)"),
                         {db::encodeLineString({{-97, 32}, {-90, 35}})}),
                 QString());
        createGdalSpatialIndex(file, QStringLiteral("sites"));
        createGdalSpatialIndex(file, QStringLiteral("fiber_links"));
        const int siteTriggers = gdalIndexTriggers(file, QStringLiteral("sites"));
        const int linkTriggers = gdalIndexTriggers(file, QStringLiteral("fiber_links"));
        QVERIFY(siteTriggers >= 6 && linkTriggers >= 6); // GeoPackage 1.3's set, or 1.4's

        {
            db::OpenResult opened = db::SqliteStore::open(file);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QCOMPARE(opened.store->schemaVersion(), db::latestSchemaVersion());
            QCOMPARE(gdalIndexTriggers(file, QStringLiteral("sites")), siteTriggers);
            QCOMPARE(gdalIndexTriggers(file, QStringLiteral("fiber_links")), linkTriggers);
            QCOMPARE(gdalSitesNear(file, -97, 32), QStringList{QStringLiteral("A")});

            const LoadResult loaded = opened.store->load();
            QVERIFY(loaded.dataset.site(1));
            Site moved = *loaded.dataset.site(1);
            moved.lon = -80;
            moved.lat = 40;
            ChangeSet changes;
            changes.upsert(moved);
            const WriteResult written = opened.store->apply(changes);
            QVERIFY2(written.ok, qPrintable(written.error));
        }
        QCOMPARE(gdalSitesNear(file, -80, 40), QStringList{QStringLiteral("A")});
        QCOMPARE(gdalSitesNear(file, -97, 32), QStringList());
        QCOMPARE(gdalSitesNear(file, -90, 35), QStringList{QStringLiteral("B")});
        QCOMPARE(gdalFindsInBox(file, QStringLiteral("fiber_links"), -81, 39, -79, 41), QStringList{QStringLiteral("1")});
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE extension_name = "
                                               "'gpkg_rtree_index'")),
                 (QVariantList{2}));
    }

    // A step that takes the geometry column away: the index goes whole (R-tree, triggers and
    // its gpkg_extensions row), never left stale. The runner's rule, on a table of its own.
    void aStepThatDropsTheColumnRemovesTheIndex()
    {
        const QString file = m_dir.filePath(QStringLiteral("dropped-column.gpkg"));
        QVERIFY(db::SqliteStore::open(file).store);
        for (const char* sql :
             {"CREATE TABLE extra_points (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom POINT, label TEXT)",
              "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES "
              "('extra_points', 'features', 'extra_points', 4326)",
              "INSERT INTO gpkg_geometry_columns VALUES ('extra_points', 'geom', 'POINT', 4326, 0, 0)"})
            QCOMPARE(execSql(file, QString::fromUtf8(sql)), QString());
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO extra_points (geom, label) VALUES (?, 'x')"),
                         {db::encodePoint({5, 5})}),
                 QString());
        createGdalSpatialIndex(file, QStringLiteral("extra_points"));
        QVERIFY(gdalIndexTriggers(file, QStringLiteral("extra_points")) >= 6);

        const QString error = runExtraStep(
            file, m_dir.filePath(QStringLiteral("0003_drop_geometry.sql")),
            "CREATE TABLE extra_points_new (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, label TEXT);\n"
            "INSERT INTO extra_points_new SELECT fid, label FROM extra_points;\n"
            "DROP TABLE extra_points;\n"
            "ALTER TABLE extra_points_new RENAME TO extra_points;\n"
            "DELETE FROM gpkg_geometry_columns WHERE table_name = 'extra_points';\n");
        QCOMPARE(error, QString());
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_extra_points%'")),
                 (QVariantList{0}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE table_name = 'extra_points'")),
                 (QVariantList{0}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT label FROM extra_points")), (QVariantList{QStringLiteral("x")}));
    }

    // A view another program made on `sites` (QGIS's DB Manager, say): renaming the rebuilt
    // table checks every view, so it failed the upgrade; it is taken off and put back.
    void viewsSurviveARebuild()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1-view.gpkg"));
        makeVersionOneFile(file);
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO sites (fid, name, lon, lat) VALUES (1, 'A', -97, 32)")), QString());
        QCOMPARE(execSql(file, QStringLiteral("CREATE VIEW site_names AS SELECT name FROM sites")), QString());
        db::OpenResult opened = db::SqliteStore::open(file);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QCOMPARE(opened.store->schemaVersion(), db::latestSchemaVersion());
        opened.store.reset();
        QCOMPARE(querySql(file, QStringLiteral("SELECT name FROM site_names")), (QVariantList{QStringLiteral("A")}));
    }

    // A trigger another program hung on `sites` goes with the old table; it comes back, and
    // keeps working on the new one.
    void otherProgramsTriggersSurviveARebuild()
    {
        const QString file = m_dir.filePath(QStringLiteral("v1-trigger.gpkg"));
        makeVersionOneFile(file);
        for (const char* sql : {"CREATE TABLE audit (site TEXT)",
                                "CREATE TRIGGER audit_new_sites AFTER INSERT ON sites BEGIN "
                                "INSERT INTO audit VALUES (NEW.name); END"})
            QCOMPARE(execSql(file, QString::fromUtf8(sql)), QString());
        QVERIFY(db::SqliteStore::open(file).store);
        QCOMPARE(execSql(file, QStringLiteral("INSERT INTO sites (name, lon, lat) VALUES ('After', 1, 2)")), QString());
        QCOMPARE(querySql(file, QStringLiteral("SELECT site FROM audit")), (QVariantList{QStringLiteral("After")}));
    }

    // ... unless the step names it: then what the step does with it stands.
    void aTriggerTheStepDropsStaysDropped()
    {
        const QString file = m_dir.filePath(QStringLiteral("named-trigger.gpkg"));
        QVERIFY(db::SqliteStore::open(file).store);
        QCOMPARE(execSql(file, QStringLiteral("CREATE TRIGGER old_rule AFTER INSERT ON sources BEGIN SELECT 1; END")),
                 QString());
        QCOMPARE(runExtraStep(file, m_dir.filePath(QStringLiteral("0003_drop_trigger.sql")),
                              "DROP TRIGGER old_rule;\n"),
                 QString());
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'old_rule'")),
                 (QVariantList{0}));
    }

    void splitterKeepsQuotedSemicolonsAndTriggers()
    {
        const QStringList statements = db::splitSqlStatements(QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE t (a TEXT);\n"
            "INSERT INTO t VALUES ('x;y'), ('it''s; fine');\n"
            "/* block; comment */ INSERT INTO t VALUES (\"q;\");\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN INSERT INTO t VALUES ('a'); "
            "UPDATE t SET a = 'b'; END;\n"
            "SELECT 1"));
        QCOMPARE(statements.size(), 5);
        QVERIFY(statements[1].contains(QStringLiteral("'it''s; fine'")));
        QVERIFY(statements[3].startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(statements[3].endsWith(QStringLiteral("END")));
        QCOMPARE(statements[4], QStringLiteral("SELECT 1"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
