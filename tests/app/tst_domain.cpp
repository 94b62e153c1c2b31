// SPDX-License-Identifier: GPL-3.0-or-later
// Domain rules: validation, the text forms of enums, capacity over time, dataset lookups.
#include "domain/capacity.h"
#include "domain/dataset.h"
#include "domain/enumtext.h"
#include "domain/validation.h"
#include "fakestore.h"
#include "sampledata.h"

#include <QTest>

using namespace atlas;

namespace {
QStringList fields(const FieldErrors& errors)
{
    QStringList names;
    for (const FieldError& e : errors)
        names << e.field;
    return names;
}
} // namespace

class TestDomain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siteValidation_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("badFields");
        QTest::newRow("valid") << -97.0 << 33.0 << "Denton" << QStringList{};
        QTest::newRow("edges are valid") << 180.0 << -90.0 << "Pole" << QStringList{};
        QTest::newRow("latitude above 90") << 0.0 << 90.5 << "X" << QStringList{"lat"};
        QTest::newRow("latitude below -90") << 0.0 << -91.0 << "X" << QStringList{"lat"};
        QTest::newRow("longitude beyond 180") << 180.01 << 0.0 << "X" << QStringList{"lon"};
        QTest::newRow("not a number") << qQNaN() << 0.0 << "X" << QStringList{"lon"};
        QTest::newRow("blank name") << 0.0 << 0.0 << "   " << QStringList{"name"};
    }
    void siteValidation()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(QString, name);
        QFETCH(QStringList, badFields);
        Site site;
        site.name = name;
        site.lon = lon;
        site.lat = lat;
        QCOMPARE(fields(validate(site)), badFields);
    }

    void messagesSayWhatIsAllowed()
    {
        Site site;
        site.name = QStringLiteral("X");
        site.lat = 123;
        const FieldErrors errors = validate(site);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].message.contains(QStringLiteral("between -90 and 90")));
        QVERIFY(errors[0].message.contains(QStringLiteral("123")));
    }

    void linkToItselfIsRejected()
    {
        FiberLink link;
        link.siteA = 3;
        link.siteB = 3;
        QCOMPARE(fields(validate(link)), QStringList{QStringLiteral("site_b")});
        link.siteB = 4;
        QVERIFY(validate(link).isEmpty());
    }

    void phaseValidation()
    {
        SitePhase phase;
        phase.siteId = 1;
        phase.onlineDate = QDate(2025, 9, 30);
        QVERIFY(validate(phase).isEmpty());
        phase.itMw = -1;
        phase.chips = {ChipCount{1, -3, false, QString()}};
        phase.onlineDate = QDate();
        QCOMPARE(fields(validate(phase)),
                 (QStringList{QStringLiteral("online_date"), QStringLiteral("it_mw"),
                              QStringLiteral("gpu_count")}));
    }

    void claimRangeMustBeOrdered()
    {
        Claim claim;
        claim.metric = QStringLiteral("single_site_gw");
        claim.low = 2;
        claim.high = 1;
        QCOMPARE(fields(validate(claim)), QStringList{QStringLiteral("high")});
    }

    void operatorColourIsHex()
    {
        Operator op{0, QStringLiteral("A"), QStringLiteral("blue"), {}};
        QCOMPARE(fields(validate(op)), QStringList{QStringLiteral("color")});
        op.color = QStringLiteral("#A1b2C3");
        QVERIFY(validate(op).isEmpty());
    }

    void gpuModelNeedsPowerAndOverhead()
    {
        GpuModel model;
        model.name = QStringLiteral("X");
        model.tdpW = 0;
        model.overhead = 0.9;
        QCOMPARE(fields(validate(model)),
                 (QStringList{QStringLiteral("tdp_w"), QStringLiteral("overhead")}));
    }

    void sourceUrlMustBeComplete()
    {
        Source source{0, QStringLiteral("T"), QStringLiteral("example.org/x"), {}, {}, {}};
        QCOMPARE(fields(validate(source)), QStringList{QStringLiteral("url")});
        source.url = QStringLiteral("https://example.org/x");
        QVERIFY(validate(source).isEmpty());
    }

    void enumKeysRoundTrip()
    {
        for (const QString& key : siteStatusKeys())
            QCOMPARE(toKey(*siteStatusFromKey(key)), key);
        for (const QString& key : linkStatusKeys())
            QCOMPARE(toKey(*linkStatusFromKey(key)), key);
        QCOMPARE(locationPrecisionFromKey(QStringLiteral("APPROXIMATE")),
                 std::optional(LocationPrecision::Approximate));
        QVERIFY(!siteStatusFromKey(QStringLiteral("demolished")));
    }

    void datesShowTheirPrecision_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("text");
        QTest::newRow("day") << int(DatePrecision::Day) << "2027-03-31";
        QTest::newRow("month") << int(DatePrecision::Month) << "2027-03";
        QTest::newRow("quarter") << int(DatePrecision::Quarter) << "2027-Q1";
        QTest::newRow("year") << int(DatePrecision::Year) << "2027";
    }
    void datesShowTheirPrecision()
    {
        QFETCH(int, precision);
        QFETCH(QString, text);
        QCOMPARE(formatDate(QDate(2027, 3, 31), DatePrecision(precision)), text);
    }

    void capacityIsAStepFunction()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        Dataset data = store.load().dataset;
        const auto phases = data.phasesOf(10);
        QCOMPARE(phases.size(), 2);
        QVERIFY(phases[0]->onlineDate < phases[1]->onlineDate);

        QVERIFY(!capacityAt(data, phases, QDate(2024, 1, 1)).online);
        QCOMPARE(capacityAt(data, phases, QDate(2024, 1, 1)).itMw(), 0.0);
        const SiteCapacity in2024 = capacityAt(data, phases, endOfYear(2024));
        QVERIFY(in2024.online);
        QCOMPARE(in2024.itMw(), 150.0);
        QVERIFY(!in2024.isDerived());
        QCOMPARE(in2024.gpuCount, qint64(100000));
        // The 2026 phase states power but no count: the count carries over.
        const SiteCapacity in2026 = capacityAt(data, phases, endOfYear(2026));
        QCOMPARE(in2026.itMw(), 400.0);
        QCOMPARE(in2026.gpuCount, qint64(100000));
        QCOMPARE(in2026.gpuModelId, Id(1));
    }

    void powerIsDerivedFromGpusWhenNotStated()
    {
        test::FakeStore store;
        ChangeSet set = test::smallAtlas();
        SitePhase gpusOnly;
        gpusOnly.id = 104;
        gpusOnly.siteId = 12;
        gpusOnly.onlineDate = QDate(2025, 6, 30);
        gpusOnly.chips = {ChipCount{1, 100000, false, QString()}}; // H100: 700 W x 1.82
        set.upsert(gpusOnly);
        QVERIFY(store.apply(set).ok);
        Dataset data = store.load().dataset;
        const SiteCapacity capacity = capacityAt(data, data.phasesOf(12), endOfYear(2025));
        QVERIFY(capacity.isDerived());
        QCOMPARE(capacity.statedItMw, 0.0);
        QVERIFY(qFuzzyCompare(capacity.itMw(), 127.4)); // 100,000 x 700 W x 1.82
    }

    void fleetsMixChipsAndProjectionsCanBeLeftOut()
    {
        Dataset data;
        GpuModel h100 = test::h100Model();
        GpuModel b300 = h100;
        b300.id = 2;
        b300.name = QStringLiteral("B300");
        b300.tdpW = 1400;
        b300.overhead = 1.45;
        b300.aliases = {QStringLiteral("GB300")};
        data.gpuModels = {h100, b300};
        const auto phase = [](Id id, QDate date, std::optional<double> mw, QVector<ChipCount> chips,
                              bool projected) {
            SitePhase p;
            p.id = id;
            p.siteId = 1;
            p.onlineDate = date;
            p.itMw = mw;
            p.chips = std::move(chips);
            p.projected = projected;
            return p;
        };
        data.phases = {phase(1, QDate(2024, 6, 30), std::nullopt,
                             {{1, 100000, false, {}}, {2, 20000, true, {}}}, false),
                       phase(2, QDate(2025, 6, 30), 300, {{2, std::nullopt, false, {}}}, false),
                       phase(3, QDate(2027, 6, 30), 900, {{2, 400000, true, {}}}, true)};
        data.phases[1].h100e = 250000;
        data.reindex();
        QCOMPARE(data.gpuModelByName(QStringLiteral("gb300"))->id, Id(2));

        const SiteCapacity mixed = capacityAt(data, data.phasesOf(1), endOfYear(2024));
        QCOMPARE(mixed.gpuCount, qint64(120000));
        QCOMPARE(mixed.gpuModelId, Id(0)); // two models
        // No power stated yet: derived from both chips, 100k x 700 W x 1.82 + 20k x 1400 W x 1.45.
        QVERIFY(qFuzzyCompare(mixed.itMw(), 127.4 + 40.6));
        // Naming B300 without a count does not undo the counted fleet.
        const SiteCapacity named = capacityAt(data, data.phasesOf(1), endOfYear(2025));
        QCOMPARE(named.gpuCount, qint64(120000));
        QCOMPARE(named.itMw(), 300.0);
        QCOMPARE(named.statedH100e, 250000.0);
        QVERIFY(!named.projected);
        // The projection counts by default and can be left out.
        const SiteCapacity all = capacityAt(data, data.phasesOf(1), endOfYear(2027));
        QCOMPARE(all.itMw(), 900.0);
        QVERIFY(all.projected);
        QCOMPARE(all.gpuModelId, Id(2));
        const SiteCapacity recorded =
            capacityAt(data, data.phasesOf(1), endOfYear(2027), PhaseScope::RecordedOnly);
        QCOMPARE(recorded.itMw(), 300.0);
        QVERIFY(!recorded.projected);
        QCOMPARE(recorded.gpuCount, qint64(120000));
    }

    void unplacedSitesNeedNoCoordinates()
    {
        Site site;
        site.name = QStringLiteral("Somewhere");
        site.precision = LocationPrecision::Unknown;
        site.lat = 1000; // ignored
        QVERIFY(validate(site).isEmpty());
        site.precision = LocationPrecision::Approximate;
        QCOMPARE(fields(validate(site)), QStringList{QStringLiteral("lat")});
    }

    void datasetLookups()
    {
        test::FakeStore store;
        QVERIFY(store.apply(test::smallAtlas()).ok);
        Dataset data = store.load().dataset;
        QCOMPARE(data.site(11)->name, QStringLiteral("Memphis Two"));
        QVERIFY(!data.site(99));
        QCOMPARE(data.linksOf(10).size(), 1);
        QCOMPARE(data.linksOf(11).size(), 1);
        QCOMPARE(data.linksOf(12).size(), 0);
        // Site 10, its phases and its link all cite source 1: listed once.
        QCOMPARE(data.sourcesOf(10).size(), 1);
        QCOMPARE(data.operatorByName(QStringLiteral("Beta"))->id, Id(2));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
