// SPDX-License-Identifier: GPL-3.0-or-later
// Files that GDAL (or QGIS, through GDAL) has given an R-tree spatial index: its triggers call
// ST_* functions that only GDAL defines. Writing through the command line and the Store must
// work and leave the index right, as GDAL's own spatial filter (ogrinfo -spat) reads it.
// (Upgrading such a file: tst_migrations.)
#include "externalprograms.h"
#include "sampledata.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

namespace {

Site siteIn(const Dataset& data, Id id)
{
    const Site* site = data.site(id);
    if (!site)
        qFatal("no site %lld", qlonglong(id));
    return *site;
}

} // namespace

class TestGdalIndex : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // A file with the small atlas, indexed by GDAL: Abilene One (10) and Memphis Two (11),
    // joined by link 200, and Planned Three (12).
    QString indexedAtlas(const QString& name)
    {
        const QString file = m_dir.filePath(name);
        {
            db::OpenResult opened = db::SqliteStore::open(file);
            if (!opened.store || !opened.store->apply(smallAtlas()).ok)
                qFatal("cannot build %s", qPrintable(file));
        }
        createGdalSpatialIndex(file, QStringLiteral("sites"));
        createGdalSpatialIndex(file, QStringLiteral("fiber_links"));
        return file;
    }

private Q_SLOTS:
    void gdalIndexesWithTriggersThatCallItsOwnFunctions()
    {
        // What the other tests rely on: GDAL's triggers call ST_IsEmpty and ST_MinX..ST_MaxY.
        const QString file = indexedAtlas(QStringLiteral("triggers.gpkg"));
        // GDAL 3.6 makes 6 (GeoPackage 1.3's set); later GDALs may make 1.4's 7.
        QVERIFY(gdalIndexTriggers(file, QStringLiteral("sites")) >= 6);
        QVERIFY(querySql(file, QStringLiteral("SELECT group_concat(sql) FROM sqlite_master WHERE type = 'trigger'"))
                    .value(0).toString().contains(QStringLiteral("ST_IsEmpty")));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM gpkg_extensions WHERE extension_name = "
                                               "'gpkg_rtree_index'")),
                 (QVariantList{2}));
        QCOMPARE(gdalSitesNear(file, -99.78, 32.51), QStringList{QStringLiteral("Abilene One")});
    }

    void importMoveAndDeleteKeepGdalsIndexRight()
    {
        const QString file = indexedAtlas(QStringLiteral("edited.gpkg"));

        // The command line's import (it crashed here: the insert did not prepare).
        const QString csv = m_dir.filePath(QStringLiteral("new-sites.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("name,operator,lon,lat,status\nImported Four,Alpha,10.5,20.5,announced\n");
        out.close();
        const ProgramRun import = runProgram(QStringLiteral(ATLAS_BINARY),
                                      {QStringLiteral("--db"), file, QStringLiteral("import-sites"), csv});
        QVERIFY2(import.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(import.exitCode).arg(import.err)));

        // Moving a site that has a link, and deleting one, through the Store.
        {
            db::OpenResult opened = db::SqliteStore::open(file);
            QVERIFY2(opened.store, qPrintable(opened.error));
            const LoadResult loaded = opened.store->load();
            QVERIFY(loaded.ok());
            Site moved = siteIn(loaded.dataset, 10);
            moved.lon = -97.5;
            moved.lat = 30.25;
            ChangeSet changes;
            changes.upsert(moved);
            changes.remove<Site>(12);
            const WriteResult written = opened.store->apply(changes);
            QVERIFY2(written.ok, qPrintable(written.error));
        }

        QCOMPARE(gdalSitesNear(file, 10.5, 20.5), QStringList{QStringLiteral("Imported Four")});
        QCOMPARE(gdalSitesNear(file, -97.5, 30.25), QStringList{QStringLiteral("Abilene One")});
        QCOMPARE(gdalSitesNear(file, -99.78, 32.51), QStringList());   // its old place
        QCOMPARE(gdalSitesNear(file, -87.89, 42.67), QStringList());   // the deleted site
        QCOMPARE(gdalSitesNear(file, -90.14, 35.06), QStringList{QStringLiteral("Memphis Two")});
        // The link now runs from the new place: found there, and not west of it any more.
        QCOMPARE(gdalFindsInBox(file, QStringLiteral("fiber_links"), -97.6, 30.2, -97.4, 30.3),
                 QStringList{QStringLiteral("200")});
        QCOMPARE(gdalFindsInBox(file, QStringLiteral("fiber_links"), -99.9, 32.4, -99.7, 32.6), QStringList());
        // Every indexed row once: the four sites left, the one link.
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM rtree_sites_geom")), (QVariantList{3}));
        QCOMPARE(querySql(file, QStringLiteral("SELECT count(*) FROM rtree_fiber_links_geom")), (QVariantList{1}));
        // and check, which compares every box in both indexes with its geometry, agrees.
        const ProgramRun check = runProgram(QStringLiteral(ATLAS_BINARY), {QStringLiteral("--db"), file, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    // What an older Compute Atlas left behind: upgrading dropped GDAL's triggers on sites, and
    // a site moved afterwards stayed at its old place in the index. check says so.
    void checkFindsAStaleSpatialIndex()
    {
        const QString file = indexedAtlas(QStringLiteral("stale.gpkg"));
        const QVariantList triggers = querySql(
            file, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sites'"));
        QVERIFY(triggers.size() >= 6);
        for (const QVariant& trigger : triggers)
            QCOMPARE(execSql(file, QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.toString())), QString());
        {
            db::OpenResult opened = db::SqliteStore::open(file);
            QVERIFY2(opened.store, qPrintable(opened.error));
            QVERIFY(opened.store->integrityProblems().size() == 1); // the triggers, not yet the rows
            ChangeSet changes;
            changes.upsert(makeSite(10, QStringLiteral("Abilene One"), -97.5, 30.25));
            QVERIFY(opened.store->apply(changes).ok);
        }
        const ProgramRun check = runProgram(QStringLiteral(ATLAS_BINARY), {QStringLiteral("--db"), file, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("GDAL's spatial index of sites.geom has lost its triggers")),
                 qPrintable(check.err));
        QVERIFY2(check.err.contains(QStringLiteral("GDAL's spatial index of sites.geom is out of date: a row is missing "
                                                   "from it or at the wrong place in it")),
                 qPrintable(check.err));
        QVERIFY(check.err.contains(QStringLiteral("DisableSpatialIndex('sites', 'geom')")));
        QVERIFY(!check.err.contains(QStringLiteral("fiber_links.geom is out of date")));
    }
};

QTEST_GUILESS_MAIN(TestGdalIndex)
#include "tst_gdalindex.moc"
