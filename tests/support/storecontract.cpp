// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecontract.h"

#include "sampledata.h"

#include <QSignalSpy>
#include <QTest>

namespace atlas::test {
namespace {

Dataset loaded(Store& store)
{
    LoadResult result = store.load();
    if (!result.ok())
        qWarning("load failed: %s", qPrintable(result.error));
    return result.dataset;
}

std::unique_ptr<Store> withSmallAtlas(std::unique_ptr<Store> store)
{
    const WriteResult result = store->apply(smallAtlas());
    if (!result.ok)
        qWarning("seeding failed: %s", qPrintable(result.error));
    return store;
}

} // namespace

void StoreContract::insertAssignsIdsAndLoadsBack()
{
    auto store = makeStore();
    ChangeSet set;
    set.upsert(Operator{0, QStringLiteral("Gamma"), QStringLiteral("#123456"), {}});
    set.upsert(makeSite(0, QStringLiteral("Fresh"), 10.5, -20.25, 0));
    const WriteResult result = store->apply(set);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.ids.size(), 2);
    QVERIFY(result.ids[0] > 0);
    QVERIFY(result.ids[1] > 0);

    const Dataset data = loaded(*store);
    QCOMPARE(data.operators.size(), 1);
    QCOMPARE(data.operators[0].name, QStringLiteral("Gamma"));
    const Site* site = data.site(result.ids[1]);
    QVERIFY(site);
    QCOMPARE(site->name, QStringLiteral("Fresh"));
    QCOMPARE(site->lon, 10.5);
    QCOMPARE(site->lat, -20.25);
}

void StoreContract::updateChangesTheRow()
{
    auto store = withSmallAtlas(makeStore());
    Site site = *loaded(*store).site(10);
    site.lat = 33.0;
    site.note = QStringLiteral("moved");
    QVERIFY(store->apply(ChangeSet().upsert(site)).ok);
    const Dataset data = loaded(*store);
    QCOMPARE(data.sites.size(), 3);
    QCOMPARE(data.site(10)->lat, 33.0);
    QCOMPARE(data.site(10)->note, QStringLiteral("moved"));
}

void StoreContract::removingSiteRemovesItsPhasesAndLinks()
{
    auto store = withSmallAtlas(makeStore());
    QCOMPARE(loaded(*store).phasesOf(10).size(), 2);
    const WriteResult result = store->apply(ChangeSet().remove<Site>(10));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Dataset data = loaded(*store);
    QVERIFY(!data.site(10));
    QCOMPARE(data.phasesOf(10).size(), 0);
    QCOMPARE(data.phases.size(), 2); // site 11's
    QCOMPARE(data.links.size(), 0);
}

void StoreContract::removedSiteComesBackWithItsOldId()
{
    auto store = withSmallAtlas(makeStore());
    const Dataset before = loaded(*store);
    QVERIFY(store->apply(ChangeSet().remove<Site>(10)).ok);

    // What an undo does: put the site, its phases and its link back as they were.
    ChangeSet restore;
    restore.upsert(*before.site(10));
    for (const SitePhase* phase : before.phasesOf(10))
        restore.upsert(*phase);
    restore.upsert(*before.link(200));
    const WriteResult result = store->apply(restore);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.ids.first(), Id(10));
    const Dataset after = loaded(*store);
    QCOMPARE(*after.site(10), *before.site(10));
    QCOMPARE(after.phases.size(), before.phases.size());
    QCOMPARE(*after.link(200), *before.link(200));
}

void StoreContract::removingSourceClearsReferencesToIt()
{
    auto store = withSmallAtlas(makeStore());
    QVERIFY(store->apply(ChangeSet().remove<Source>(1)).ok);
    const Dataset data = loaded(*store);
    QCOMPARE(data.sources.size(), 0);
    QCOMPARE(data.site(10)->sourceId, Id(0));
    QCOMPARE(data.link(200)->sourceId, Id(0));
    for (const SitePhase& phase : data.phases)
        QCOMPARE(phase.sourceId, Id(0));
}

void StoreContract::removingGpuModelClearsPhasesModel()
{
    auto store = withSmallAtlas(makeStore());
    QVERIFY(store->apply(ChangeSet().remove<GpuModel>(1)).ok);
    const Dataset data = loaded(*store);
    QCOMPARE(data.phases.size(), 4);
    for (const SitePhase& phase : data.phases) {
        QCOMPARE(phase.chips.size(), 1); // the count stays, of a model no longer known
        QCOMPARE(phase.chips.first().gpuModelId, Id(0));
    }
}

void StoreContract::failedChangeSetLeavesNothingBehind()
{
    auto store = withSmallAtlas(makeStore());
    ChangeSet set;
    set.upsert(makeSite(0, QStringLiteral("Good one"), 1, 1));
    set.upsert(makeSite(0, QStringLiteral("Good two"), 2, 2));
    set.upsert(makeSite(0, QStringLiteral("Abilene One"), 3, 3)); // duplicate name
    const WriteResult result = store->apply(set);
    QVERIFY(!result.ok);
    QCOMPARE(result.failedChange, 2);
    QVERIFY(!result.error.isEmpty());
    const Dataset data = loaded(*store);
    QCOMPARE(data.sites.size(), 3);
    QVERIFY(!data.siteByName(QStringLiteral("Good one")));
}

void StoreContract::rejectsLinkToItself()
{
    auto store = withSmallAtlas(makeStore());
    FiberLink link;
    link.siteA = 10;
    link.siteB = 10;
    const WriteResult result = store->apply(ChangeSet().upsert(link));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("different sites")), qPrintable(result.error));
    QCOMPARE(loaded(*store).links.size(), 1);
}

void StoreContract::rejectsDuplicateSiteName()
{
    auto store = withSmallAtlas(makeStore());
    const WriteResult result =
        store->apply(ChangeSet().upsert(makeSite(0, QStringLiteral("Memphis Two"), 0, 0)));
    QVERIFY(!result.ok);
    QCOMPARE(loaded(*store).sites.size(), 3);
}

void StoreContract::rejectsLatitudeOutOfRange()
{
    auto store = makeStore();
    const WriteResult result =
        store->apply(ChangeSet().upsert(makeSite(0, QStringLiteral("North of north"), 0, 91, 0)));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(QStringLiteral("Latitude")), qPrintable(result.error));
    QCOMPARE(loaded(*store).sites.size(), 0);
}

void StoreContract::rejectsNegativePower()
{
    auto store = withSmallAtlas(makeStore());
    SitePhase phase = *loaded(*store).phasesOf(10).first();
    phase.itMw = -5;
    QVERIFY(!store->apply(ChangeSet().upsert(phase)).ok);
    QCOMPARE(*loaded(*store).phasesOf(10).first()->itMw, 150.0);
}

void StoreContract::rejectsReferenceToMissingSite()
{
    auto store = withSmallAtlas(makeStore());
    SitePhase phase;
    phase.siteId = 999;
    phase.onlineDate = QDate(2025, 1, 31);
    QVERIFY(!store->apply(ChangeSet().upsert(phase)).ok);
    QCOMPARE(loaded(*store).phases.size(), 4);
}

void StoreContract::rejectsRemovingOperatorWithSites()
{
    auto store = withSmallAtlas(makeStore());
    QVERIFY(!store->apply(ChangeSet().remove<Operator>(1)).ok);
    QCOMPARE(loaded(*store).operators.size(), 2);
}

void StoreContract::removingMissingRowFails()
{
    auto store = withSmallAtlas(makeStore());
    const WriteResult result = store->apply(ChangeSet().remove<Site>(4242));
    QVERIFY(!result.ok);
    QCOMPARE(loaded(*store).sites.size(), 3);
}

void StoreContract::emitsChangedOncePerWrite()
{
    auto store = withSmallAtlas(makeStore());
    QSignalSpy spy(store.get(), &Store::changed);
    ChangeSet set;
    set.upsert(makeSite(0, QStringLiteral("One"), 1, 1));
    set.upsert(makeSite(0, QStringLiteral("Two"), 2, 2));
    QVERIFY(store->apply(set).ok);
    QCOMPARE(spy.count(), 1);
    QVERIFY(!store->apply(ChangeSet().remove<Site>(4242)).ok);
    QCOMPARE(spy.count(), 1); // a failed write changes nothing, so says nothing
}

void StoreContract::cancelledWriteLeavesNothing()
{
    auto store = withSmallAtlas(makeStore());
    ChangeSet set;
    for (int i = 0; i < 2500; ++i)
        set.upsert(makeSite(0, QStringLiteral("Bulk %1").arg(i), -100 + i * 0.01, 35));
    int calls = 0;
    const WriteResult result = store->apply(set, [&calls](qsizetype done, qsizetype) {
        ++calls;
        return done < 1000; // cancel part-way
    });
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(calls >= 2);
    QCOMPARE(loaded(*store).sites.size(), 3);
}

void StoreContract::namesRoundTripUnchanged()
{
    auto store = makeStore();
    const QStringList names = {QStringLiteral("O'Brien \"quoted\"; DROP TABLE sites; --"),
                               QStringLiteral("数据中心 東京"), QStringLiteral("Zürich – Ωmega")};
    ChangeSet set;
    for (int i = 0; i < names.size(); ++i)
        set.upsert(makeSite(0, names[i], i, i, 0));
    QVERIFY(store->apply(set).ok);
    const Dataset data = loaded(*store);
    QCOMPARE(data.sites.size(), 3);
    for (const QString& name : names)
        QVERIFY2(data.siteByName(name), qPrintable(name));
}

void StoreContract::placeholdersReferToRowsInsertedEarlier()
{
    // A form adding a site with its phases, and a link to an existing site, in one write.
    auto store = withSmallAtlas(makeStore());
    ChangeSet set;
    set.upsert(makeSite(0, QStringLiteral("With phases"), -100, 40, 0));
    SitePhase phase;
    phase.siteId = insertedBy(0);
    phase.onlineDate = QDate(2026, 6, 30);
    phase.itMw = 150;
    set.upsert(phase);
    FiberLink link;
    link.siteA = insertedBy(0);
    link.siteB = 10;
    set.upsert(link);
    const WriteResult result = store->apply(set);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Dataset data = loaded(*store);
    const Id site = result.ids[0];
    QCOMPARE(data.phasesOf(site).size(), 1);
    QCOMPARE(data.phasesOf(site).first()->itMw, std::optional<double>(150));
    QCOMPARE(data.link(result.ids[2])->siteA, site);
}

void StoreContract::placeholderToALaterChangeIsRefused()
{
    auto store = withSmallAtlas(makeStore());
    const Dataset before = loaded(*store);
    SitePhase phase;
    phase.siteId = insertedBy(1); // the site comes after it
    phase.onlineDate = QDate(2026, 6, 30);
    ChangeSet set;
    set.upsert(phase);
    set.upsert(makeSite(0, QStringLiteral("Too late"), -100, 40, 0));
    const WriteResult result = store->apply(set);
    QVERIFY(!result.ok);
    QCOMPARE(result.failedChange, 0);
    QCOMPARE(loaded(*store).sites.size(), before.sites.size());
    QCOMPARE(loaded(*store).phases.size(), before.phases.size());
}

void StoreContract::mixedFleetRoundTrips()
{
    auto store = withSmallAtlas(makeStore());
    ChangeSet set;
    GpuModel b300 = h100Model();
    b300.id = 0;
    b300.name = QStringLiteral("B300");
    set.upsert(b300);
    SitePhase phase;
    phase.siteId = 11;
    phase.onlineDate = QDate(2026, 5, 31);
    phase.itMw = 420;
    phase.facilityMw = 546;
    phase.h100e = 777777.5;
    phase.buildingsOperational = 2.5;
    phase.projected = true;
    phase.chips = {ChipCount{1, 100000, false, QStringLiteral("disclosed")},
                   ChipCount{insertedBy(0), 50000, true, QString()},
                   ChipCount{0, 7, true, QStringLiteral("other")}};
    set.upsert(phase);
    const WriteResult result = store->apply(set);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Dataset data = loaded(*store);
    const SitePhase* stored = data.phase(result.ids[1]);
    QVERIFY(stored);
    phase.id = stored->id;
    phase.chips[1].gpuModelId = result.ids[0];
    QCOMPARE(*stored, phase);
    QCOMPARE(stored->gpuCount(), std::optional<qint64>(150007));
    QCOMPARE(stored->singleGpuModelId(), Id(0));
}

void StoreContract::chipsOfAnUpdatedPhaseAreReplaced()
{
    auto store = withSmallAtlas(makeStore());
    SitePhase phase = *loaded(*store).phase(100);
    phase.chips = {ChipCount{1, 5, false, QString()}, ChipCount{0, 6, false, QString()}};
    QVERIFY(store->apply(ChangeSet().upsert(phase)).ok);
    QCOMPARE(loaded(*store).phase(100)->chips, phase.chips);
    phase.chips = {ChipCount{0, 9, false, QString()}};
    QVERIFY(store->apply(ChangeSet().upsert(phase)).ok);
    QCOMPARE(loaded(*store).phase(100)->chips, phase.chips);
    phase.chips.clear();
    QVERIFY(store->apply(ChangeSet().upsert(phase)).ok);
    QVERIFY(loaded(*store).phase(100)->chips.isEmpty());
}

void StoreContract::unplacedSiteRoundTrips()
{
    auto store = makeStore();
    Site site = makeSite(0, QStringLiteral("Somewhere in Texas"), 0, 0, 0);
    site.precision = LocationPrecision::Unknown;
    site.address = QStringLiteral("2950 S. Litchfield Road");
    site.lon = 12; // ignored: an unplaced site has no coordinates
    const WriteResult result = store->apply(ChangeSet().upsert(site));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Dataset data = loaded(*store);
    const Site* stored = data.site(result.ids[0]);
    QVERIFY(stored);
    QVERIFY(!stored->hasLocation());
    QCOMPARE(stored->address, site.address);
    // Placing it later gives it coordinates.
    Site placed = *stored;
    placed.precision = LocationPrecision::Approximate;
    placed.lon = -112.36;
    placed.lat = 33.43;
    placed.locationNote = QStringLiteral("Placed by hand.");
    QVERIFY(store->apply(ChangeSet().upsert(placed)).ok);
    QCOMPARE(*loaded(*store).site(result.ids[0]), placed);
}

void StoreContract::siteReferencesRoundTripAndFollowDeletes()
{
    auto store = withSmallAtlas(makeStore());
    ChangeSet set;
    set.upsert(
        Source{0, QStringLiteral("Filing"), QStringLiteral("https://example.org/f"), {}, {}, {}});
    set.upsert(
        Source{0, QStringLiteral("Sheet"), QStringLiteral("https://example.org/s"), {}, {}, {}});
    Site site = *loaded(*store).site(10);
    site.referenceIds = {insertedBy(1), insertedBy(0)};
    set.upsert(site);
    const WriteResult result = store->apply(set);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(loaded(*store).site(10)->referenceIds, (QVector<Id>{result.ids[1], result.ids[0]}));
    QVERIFY(store->apply(ChangeSet().remove<Source>(result.ids[1])).ok);
    QCOMPARE(loaded(*store).site(10)->referenceIds, QVector<Id>{result.ids[0]});
    Site missing = *loaded(*store).site(10);
    missing.referenceIds.append(99999);
    QVERIFY(!store->apply(ChangeSet().upsert(missing)).ok);
}

void StoreContract::gpuAliasesRoundTripAndAreUnique()
{
    auto store = withSmallAtlas(makeStore());
    GpuModel rubin = h100Model();
    rubin.id = 0;
    rubin.name = QStringLiteral("Rubin (VR200)");
    rubin.aliases = {QStringLiteral("R200"), QStringLiteral("VR200")};
    const WriteResult result = store->apply(ChangeSet().upsert(rubin));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Dataset data = loaded(*store);
    QCOMPARE(data.gpuModel(result.ids[0])->aliases, rubin.aliases);
    QCOMPARE(data.gpuModelByName(QStringLiteral("r200"))->id, result.ids[0]);
    GpuModel other = h100Model();
    other.id = 0;
    other.name = QStringLiteral("Kunlun R200");
    other.aliases = {QStringLiteral("r200")};
    QVERIFY(!store->apply(ChangeSet().upsert(other)).ok);
    QCOMPARE(loaded(*store).gpuModels.size(), 2);
}

void StoreContract::importOriginRoundTrips()
{
    auto store = withSmallAtlas(makeStore());
    Site site = *loaded(*store).site(11);
    site.origin = {QStringLiteral("epoch-data-centers"), QStringLiteral("Colossus 1"),
                   QStringLiteral("abc123")};
    SitePhase phase = *loaded(*store).phase(102);
    phase.origin = {QStringLiteral("epoch-data-centers"), QStringLiteral("2025-12-31"),
                    QStringLiteral("def456")};
    QVERIFY(store->apply(ChangeSet().upsert(site).upsert(phase)).ok);
    const Dataset data = loaded(*store);
    QCOMPARE(data.site(11)->origin, site.origin);
    QCOMPARE(data.phase(102)->origin, phase.origin);
}

} // namespace atlas::test
