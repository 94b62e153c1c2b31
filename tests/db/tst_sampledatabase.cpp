// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample: Epoch AI's release of July 2026 with what the facts file adds, every row
// tied to its source, and GDAL reads the file as a GeoPackage.
#include "db/geopackagegeometry.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"
#include "tempdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;
using namespace atlas::test;

class TestSampleDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    Dataset m_data;

    const Site& site(const QString& name)
    {
        const Site* found = m_data.siteByName(name);
        if (!found)
            qFatal("no site %s", qPrintable(name));
        return *found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("sample.gpkg"));
        QCOMPARE(db::createSampleDatabase(m_path), QString());
        db::OpenResult opened = db::SqliteStore::open(m_path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        m_data = opened.store->load().dataset;
        QVERIFY(opened.store->integrityProblems().isEmpty());
    }

    // Epoch AI's release, whole (its 74 data centers and the ten its other files name), and
    // the one site of the facts file it lacks.
    void holdsEpochsReleaseAndTheFacts()
    {
        QCOMPARE(m_data.sites.size(), 85);
        int epoch = 0;
        for (const Site& s : m_data.sites)
            epoch += s.origin.dataset == QLatin1String("epoch-data-centers");
        QCOMPARE(epoch, 84);
        QCOMPARE(m_data.phases.size(), 449);
        const Site& plano = site(QStringLiteral("CoreWeave Plano"));
        QVERIFY(plano.origin.isEmpty());
        QCOMPARE(m_data.op(plano.operatorId)->name, QStringLiteral("CoreWeave"));
        // Power over time as the release gives it.
        const auto phases = m_data.phasesOf(site(QStringLiteral("Colossus 2")).id);
        const auto october = std::find_if(phases.begin(), phases.end(), [](const SitePhase* p) {
            return p->onlineDate == QDate(2025, 10, 19);
        });
        QVERIFY(october != phases.end());
        QCOMPARE(*(*october)->itMw, 239.0);
        QVERIFY(!(*october)->projected);
        // The release's projections are marked: Abilene's later buildings.
        const auto abilene = m_data.phasesOf(site(QStringLiteral("OpenAI Stargate Abilene")).id);
        QVERIFY(abilene.last()->projected);
        QVERIFY(abilene.last()->onlineDate > QDate(2026, 7, 17));
    }

    void coordinatesAndPrecisionAsInTheFacts()
    {
        // Exact where the facts give the parcel; the rest placed by the gazetteer, approximate,
        // saying how; those Epoch gives no usable address for are not placed.
        const Site& abilene = site(QStringLiteral("OpenAI Stargate Abilene"));
        QCOMPARE(abilene.lat, 32.508056);
        QCOMPARE(abilene.lon, -99.777222);
        QCOMPARE(abilene.precision, LocationPrecision::Exact);
        QCOMPARE(site(QStringLiteral("Microsoft Fairwater Wisconsin")).precision,
                 LocationPrecision::Exact);
        QCOMPARE(site(QStringLiteral("Microsoft Fairwater Atlanta")).precision,
                 LocationPrecision::Exact);
        QCOMPARE(site(QStringLiteral("Meta Prometheus")).precision, LocationPrecision::Exact);
        // The two Memphis sites: one ZIP code's centre by their addresses, apart by the facts.
        const Site& colossus = site(QStringLiteral("Colossus 1"));
        QCOMPARE(colossus.precision, LocationPrecision::Approximate);
        QCOMPARE(colossus.lat, 35.06);
        QVERIFY(colossus.locationNote.contains(QStringLiteral("Paul R. Lowry Rd")));
        QCOMPARE(site(QStringLiteral("Colossus 2")).lon, -90.02);
        const Site& columbus = site(QStringLiteral("Google Columbus"));
        QCOMPARE(columbus.precision, LocationPrecision::Approximate);
        QVERIFY2(columbus.locationNote.contains(QStringLiteral("ZIP code")),
                 qPrintable(columbus.locationNote));
        int unplaced = 0;
        for (const Site& s : m_data.sites) {
            unplaced += !s.hasLocation();
            QVERIFY2(!s.locationNote.isEmpty(), qPrintable(s.name)); // each says how it was placed
        }
        QVERIFY(unplaced > 0 && unplaced < 20);
        QVERIFY(!site(QStringLiteral("Bridge Data Centres Kulai")).hasLocation());
    }

    void phasesCarryTheTimelineAndTheChips()
    {
        const auto osmium = m_data.phasesOf(site(QStringLiteral("Microsoft Project Osmium")).id);
        const auto first = std::find_if(osmium.begin(), osmium.end(), [](const SitePhase* p) {
            return p->onlineDate == QDate(2021, 1, 1);
        });
        QVERIFY(first != osmium.end());
        QCOMPARE((*first)->gpuCount(), std::optional<qint64>(25000));
        qint64 chips = 0;
        for (const SitePhase& p : m_data.phases)
            chips += p.gpuCount().value_or(0);
        QVERIFY(chips > 5000000); // millions of accelerators across the release
    }

    void gpuCatalogueAsInTheFacts()
    {
        // The facts file's seven, then the chips of Epoch AI's data-center hub (tst_catalogue).
        QCOMPARE(m_data.gpuModels.size(), 17);
        const GpuModel* gb200 = m_data.gpuModelByName(QStringLiteral("GB200 (NVL72)"));
        QVERIFY(gb200);
        QCOMPARE(gb200->tdpW, 1200.0);
        QCOMPARE(gb200->overhead, 1.45);
        QCOMPARE(*gb200->bf16Tflops, 2500.0);
        const GpuModel* h100 = m_data.gpuModelByName(QStringLiteral("H100 SXM"));
        QCOMPARE(h100->overhead, 1.82);
        QCOMPARE(*h100->bf16Tflops, 989.0);
    }

    void claimsOfThePodcastArePresent()
    {
        int podcast = 0;
        for (const Claim& claim : m_data.claims)
            podcast += claim.saidOn == QDate(2024, 10, 9);
        QCOMPARE(podcast, 10);
        const auto found = std::find_if(m_data.claims.begin(), m_data.claims.end(), [](const Claim& c) {
            return c.metric == QLatin1String("largest_cluster_gpus") && c.year == 2025;
        });
        QVERIFY(found != m_data.claims.end());
        QCOMPARE(found->low, 300000.0);
        QCOMPARE(found->high, 700000.0);
    }

    void everyRowIsTiedToASource()
    {
        for (const Site& s : m_data.sites)
            QVERIFY2(m_data.source(s.sourceId), qPrintable(s.name));
        for (const SitePhase& p : m_data.phases)
            QVERIFY2(m_data.source(p.sourceId), qPrintable(p.note));
        for (const FiberLink& l : m_data.links)
            QVERIFY(m_data.source(l.sourceId));
        for (const GpuModel& g : m_data.gpuModels)
            QVERIFY2(m_data.source(g.sourceId), qPrintable(g.name));
        for (const Claim& c : m_data.claims)
            QVERIFY2(m_data.source(c.sourceId), qPrintable(c.label));
    }

    void fiberLinkJoinsTheFairwaterSites()
    {
        QCOMPARE(m_data.links.size(), 1);
        const FiberLink& link = m_data.links.first();
        QCOMPARE(m_data.site(link.siteA)->name, QStringLiteral("Microsoft Fairwater Wisconsin"));
        QCOMPARE(m_data.site(link.siteB)->name, QStringLiteral("Microsoft Fairwater Atlanta"));
        QCOMPARE(link.status, LinkStatus::Lit);
    }

    void gdalReadsItAsAGeoPackage()
    {
        const QString ogrinfo = QStandardPaths::findExecutable(QStringLiteral("ogrinfo"));
        if (ogrinfo.isEmpty())
            QFAIL("ogrinfo not found: install GDAL (Debian: gdal-bin; packaging/install-deps.sh does)");
        QProcess process;
        process.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-so"), QStringLiteral("-al"), m_path});
        QVERIFY(process.waitForFinished(60000));
        const QString summary = QString::fromUtf8(process.readAllStandardOutput());
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(!errors.contains(QStringLiteral("Warning")) && !errors.contains(QStringLiteral("ERROR")),
                 qPrintable(errors));
        QVERIFY2(summary.contains(QStringLiteral("using driver `GPKG' successful")), qPrintable(summary));
        const auto layerCount = [&summary](const QString& layer) {
            const QRegularExpression re(QStringLiteral("Layer name: %1\\n(?:.*\\n)*?Feature Count: (\\d+)").arg(layer));
            return re.match(summary).captured(1).toInt();
        };
        QCOMPARE(layerCount(QStringLiteral("sites")), 85);
        QCOMPARE(layerCount(QStringLiteral("fiber_links")), 1);
        QVERIFY(summary.contains(QStringLiteral("Geometry: Point")));
        QVERIFY(summary.contains(QStringLiteral("Geometry: Line String")));

        QProcess feature;
        feature.start(ogrinfo, {QStringLiteral("-ro"), QStringLiteral("-q"), m_path,
                                QStringLiteral("sites"), QStringLiteral("-where"),
                                QStringLiteral("name = 'Microsoft Fairwater Wisconsin'")});
        QVERIFY(feature.waitForFinished(60000));
        const QString text = QString::fromUtf8(feature.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("POINT (-87.894888 42.6748702)")), qPrintable(text));
    }

    void geometryBlobsMatchCoordinates()
    {
        const QVariantList blobs = querySql(m_path, QStringLiteral("SELECT geom FROM sites ORDER BY fid"));
        QCOMPARE(blobs.size(), m_data.sites.size());
        for (int i = 0; i < blobs.size(); ++i) {
            if (!m_data.sites[i].hasLocation()) {
                QVERIFY(blobs[i].isNull()); // a site not placed has no geometry
                continue;
            }
            const auto point = db::decodePoint(blobs[i].toByteArray());
            QVERIFY(point);
            QCOMPARE(point->lon, m_data.sites[i].lon);
            QCOMPARE(point->lat, m_data.sites[i].lat);
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleDatabase)
#include "tst_sampledatabase.moc"
