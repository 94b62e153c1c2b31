// SPDX-License-Identifier: GPL-3.0-or-later
// The schema on its own: every constraint refuses a bad row even when a program other than
// Compute Atlas writes it; deletes cascade; the GeoPackage side is in place and in step.
#include "db/geopackagegeometry.h"
#include "sampledata.h"
#include "db/migrations.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestSchema : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_path = m_dir.filePath(QStringLiteral("schema-%1.gpkg").arg(++n));
        db::OpenResult opened = db::SqliteStore::open(m_path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        QVERIFY(opened.store->apply(smallAtlas()).ok);
    }

    void isAGeoPackage()
    {
        QCOMPARE(querySql(m_path, QStringLiteral("PRAGMA application_id")).value(0).toInt(),
                 0x47504B47);
        QCOMPARE(querySql(m_path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), 10300);
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT table_name FROM gpkg_contents ORDER BY 1")),
                 (QVariantList{QStringLiteral("fiber_links"), QStringLiteral("sites")}));
        QCOMPARE(querySql(m_path, QStringLiteral(
                                      "SELECT geometry_type_name FROM gpkg_geometry_columns ORDER BY table_name")),
                 (QVariantList{QStringLiteral("LINESTRING"), QStringLiteral("POINT")}));
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id IN (-1, 0, 4326)"))
                     .value(0).toInt(), 3);
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT value FROM atlas_meta WHERE key = 'schema_version'"))
                     .value(0).toString(), QString::number(db::latestSchemaVersion()));
        QCOMPARE(querySql(m_path, QStringLiteral("PRAGMA journal_mode")).value(0).toString(),
                 QStringLiteral("wal"));
    }

    void constraintsRefuseBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected"); // part of SQLite's message
        QTest::newRow("latitude above 90")
            << "INSERT INTO sites (name, lon, lat) VALUES ('x', 0, 90.5)" << "site_lat_range";
        QTest::newRow("latitude below -90")
            << "INSERT INTO sites (name, lon, lat) VALUES ('x', 0, -91)" << "site_lat_range";
        QTest::newRow("longitude beyond 180")
            << "INSERT INTO sites (name, lon, lat) VALUES ('x', 181, 0)" << "site_lon_range";
        QTest::newRow("duplicate site name")
            << "INSERT INTO sites (name, lon, lat) VALUES ('Abilene One', 0, 0)" << "UNIQUE";
        QTest::newRow("blank site name")
            << "INSERT INTO sites (name, lon, lat) VALUES ('  ', 0, 0)" << "site_name_not_blank";
        QTest::newRow("unknown precision")
            << "INSERT INTO sites (name, lon, lat, location_precision) VALUES ('x', 0, 0, 'roughly')"
            << "site_precision_known";
        QTest::newRow("negative planned power")
            << "INSERT INTO sites (name, lon, lat, planned_mw) VALUES ('x', 0, 0, -1)"
            << "site_planned_mw_not_negative";
        QTest::newRow("negative IT power")
            << "INSERT INTO site_phases (site_id, online_date, it_mw) VALUES (10, '2025-01-31', -1)"
            << "phase_it_mw_not_negative";
        QTest::newRow("negative GPU count")
            << "INSERT INTO phase_chips (phase_id, position, gpu_count) VALUES (100, 5, -5)"
            << "chip_count_not_negative";
        QTest::newRow("chips of a missing phase")
            << "INSERT INTO phase_chips (phase_id, position, gpu_count) VALUES (999, 0, 5)" << "FOREIGN KEY";
        QTest::newRow("negative facility power")
            << "INSERT INTO site_phases (site_id, online_date, facility_mw) VALUES (10, '2025-01-31', -1)"
            << "phase_facility_mw_not_negative";
        QTest::newRow("placed site without coordinates")
            << "INSERT INTO sites (name, location_precision) VALUES ('x', 'approximate')" << "site_location_given";
        QTest::newRow("unplaced site with coordinates")
            << "INSERT INTO sites (name, lon, lat, location_precision) VALUES ('x', 1, 1, 'unknown')"
            << "site_location_given";
        QTest::newRow("alias taken, whatever its case")
            << "INSERT INTO gpu_model_aliases (alias, gpu_model_id, position) VALUES ('h100', 1, 0), ('H100', 1, 1)"
            << "UNIQUE";
        QTest::newRow("half an import origin")
            << "INSERT INTO sites (name, lon, lat, origin_dataset) VALUES ('x', 0, 0, 'epoch')" << "site_origin_complete";
        QTest::newRow("impossible date")
            << "INSERT INTO site_phases (site_id, online_date) VALUES (10, '2025-02-30')"
            << "phase_date_valid";
        QTest::newRow("phase of a missing site")
            << "INSERT INTO site_phases (site_id, online_date) VALUES (999, '2025-01-31')"
            << "FOREIGN KEY";
        QTest::newRow("link to itself")
            << "INSERT INTO fiber_links (site_a, site_b) VALUES (10, 10)" << "link_ends_differ";
        QTest::newRow("link to a missing site")
            << "INSERT INTO fiber_links (site_a, site_b) VALUES (10, 999)" << "FOREIGN KEY";
        QTest::newRow("unknown link status")
            << "INSERT INTO fiber_links (site_a, site_b, status) VALUES (10, 11, 'dark')"
            << "link_status_known";
        QTest::newRow("negative capacity")
            << "INSERT INTO fiber_links (site_a, site_b, capacity_tbps) VALUES (10, 11, -1)"
            << "link_capacity_not_negative";
        QTest::newRow("claim range upside down")
            << "INSERT INTO claims (metric, low, high) VALUES ('m', 5, 1)" << "claim_range_ordered";
        QTest::newRow("zero-watt GPU")
            << "INSERT INTO gpu_models (name, tdp_w) VALUES ('x', 0)" << "gpu_tdp_positive";
        QTest::newRow("overhead below one")
            << "INSERT INTO gpu_models (name, tdp_w, overhead) VALUES ('x', 700, 0.5)"
            << "gpu_overhead_at_least_one";
        QTest::newRow("colour not hex")
            << "INSERT INTO operators (name, color) VALUES ('x', 'red')" << "operator_color_hex";
        QTest::newRow("duplicate operator")
            << "INSERT INTO operators (name) VALUES ('Alpha')" << "UNIQUE";
        QTest::newRow("scenario params not JSON")
            << "INSERT INTO scenarios (name, params) VALUES ('s', '{oops')" << "scenario_params_json";
        QTest::newRow("operator with sites deleted") << "DELETE FROM operators WHERE id = 1"
                                                     << "FOREIGN KEY";
    }
    void constraintsRefuseBadRows()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QVariantList before = querySql(m_path, QStringLiteral(
            "SELECT (SELECT count(*) FROM sites) || '/' || (SELECT count(*) FROM site_phases) || '/' || "
            "(SELECT count(*) FROM fiber_links) || '/' || (SELECT count(*) FROM operators)"));
        const QString error = execSql(m_path, sql);
        QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
        QCOMPARE(querySql(m_path, QStringLiteral(
                     "SELECT (SELECT count(*) FROM sites) || '/' || (SELECT count(*) FROM site_phases) || '/' || "
                     "(SELECT count(*) FROM fiber_links) || '/' || (SELECT count(*) FROM operators)")),
                 before);
    }

    void deletingSiteCascadesToPhasesAndLinks()
    {
        QCOMPARE(execSql(m_path, QStringLiteral("DELETE FROM sites WHERE fid = 10")), QString());
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT count(*) FROM site_phases WHERE site_id = 10"))
                     .value(0).toInt(), 0);
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT count(*) FROM fiber_links")).value(0).toInt(), 0);
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT count(*) FROM site_phases")).value(0).toInt(), 2);
    }

    void geometryFollowsCoordinates()
    {
        const auto point = [this] {
            return db::decodePoint(
                querySql(m_path, QStringLiteral("SELECT geom FROM sites WHERE fid = 10")).value(0).toByteArray());
        };
        QCOMPARE(point(), std::optional<LonLat>(LonLat{-99.78, 32.51}));

        db::OpenResult opened = db::SqliteStore::open(m_path);
        QVERIFY(opened.store);
        Site moved = *opened.store->load().dataset.site(10);
        moved.lon = -100.5;
        moved.lat = 31.25;
        QVERIFY(opened.store->apply(ChangeSet().upsert(moved)).ok);
        QCOMPARE(point(), std::optional<LonLat>(LonLat{-100.5, 31.25}));
        // The link from the moved site follows it.
        const auto line = db::decodeLineString(
            querySql(m_path, QStringLiteral("SELECT geom FROM fiber_links WHERE fid = 200")).value(0).toByteArray());
        QVERIFY(line);
        QCOMPARE(line->first(), (LonLat{-100.5, 31.25}));
        QCOMPARE(line->last(), (LonLat{-90.14, 35.06}));
        // The layer's extent in gpkg_contents follows too.
        QCOMPARE(querySql(m_path, QStringLiteral("SELECT min_x FROM gpkg_contents WHERE table_name = 'sites'"))
                     .value(0).toDouble(), -100.5);
    }
};

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
