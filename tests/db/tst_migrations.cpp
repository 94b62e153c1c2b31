// SPDX-License-Identifier: GPL-3.0-or-later
// The migration framework and the SQL script splitter it runs on.
#include "migrations.h"
#include "sqlitestore.h"
#include "sqlscript.h"
#include "tempdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

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
        const QString script = m_dir.filePath(QStringLiteral("0002_broken.sql"));
        QFile broken(script);
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("CREATE TABLE added_by_step_two (x INTEGER);\n"
                     "INSERT INTO no_such_table VALUES (1);\n");
        broken.close();

        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("m"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVector<db::Migration> steps = db::migrations();
            steps.append({db::latestSchemaVersion() + 1, QStringLiteral("broken"), script});
            error = db::migrate(db, db::latestSchemaVersion(), steps);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("m"));
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
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QCOMPARE(db::migrate(db, 0, db::migrations().mid(0, 1)), QString());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
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
