// SPDX-License-Identifier: GPL-3.0-or-later
// The sites table model, its filter, and the details HTML, over the fake store.
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "fakestore.h"
#include "core/models/sitedetailshtml.h"
#include "core/models/sitefiltermodel.h"
#include "core/models/sitetablemodel.h"
#include "sampledata.h"
#include "sampledocument.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class TestSiteModels : public QObject
{
    Q_OBJECT
private:
    // Abilene One's first phase a mixed fleet with its H100e; a site not placed yet, with an
    // address, how it was placed, two further sources and a fiber link to Abilene One.
    static ChangeSet unplacedAndMixed(const Dataset& data)
    {
        ChangeSet set(QStringLiteral("unplaced and mixed"));
        GpuModel gb200;
        gb200.id = 2;
        gb200.name = QStringLiteral("GB200");
        gb200.tdpW = 1200;
        set.upsert(gb200);
        set.upsert(Source{2,
                          QStringLiteral("County filing"),
                          QStringLiteral("https://example.org/filing"),
                          {},
                          {},
                          {}});
        set.upsert(Source{3,
                          QStringLiteral("Local news"),
                          QStringLiteral("https://example.org/news"),
                          {},
                          {},
                          {}});
        Site hidden = test::makeSite(13, QStringLiteral("Hidden Four"), 0, 0, 2);
        hidden.precision = LocationPrecision::Unknown;
        hidden.city.clear();
        hidden.region = QStringLiteral("LA");
        hidden.address = QStringLiteral("Richland Parish <near the river>");
        hidden.locationNote = QStringLiteral("Parish known; the parcel not yet.");
        hidden.referenceIds = {2, 3};
        hidden.sourceId = 1;
        set.upsert(hidden);
        SitePhase phase;
        phase.id = 104;
        phase.siteId = 13;
        phase.onlineDate = QDate(2025, 6, 30);
        phase.itMw = 100;
        phase.buildingsOperational = 1;
        phase.projected = true;
        set.upsert(phase);
        SitePhase mixed = *data.phasesOf(10).first();
        mixed.chips = {ChipCount{1, 100000, false, {}}, ChipCount{2, 20000, true, {}}};
        mixed.h100e = 160000;
        set.upsert(mixed);
        FiberLink link;
        link.id = 201;
        link.siteA = 10;
        link.siteB = 13;
        link.status = LinkStatus::Planned;
        set.upsert(link);
        return set;
    }

    std::unique_ptr<AtlasDocument> makeDocumentWithUnplaced()
    {
        auto document = test::smallAtlasDocument();
        if (!document->store()->apply(unplacedAndMixed(document->dataset())).ok)
            qFatal("adding the site not placed failed");
        return document;
    }

private Q_SLOTS:
    void tableShowsSitesInTheYear()
    {
        auto document = test::smallAtlasDocument();
        ViewState view;
        view.setYear(2024);
        SiteTableModel model(document.get(), &view);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        const int abilene = model.rowOf(10);
        QCOMPARE(model.index(abilene, SiteTableModel::NameColumn).data().toString(),
                 QStringLiteral("Abilene One"));
        QCOMPARE(model.index(abilene, SiteTableModel::ItMwColumn).data(SiteTableModel::SortRole).toDouble(),
                 150.0);
        QCOMPARE(model.index(abilene, SiteTableModel::OperatorColumn).data().toString(),
                 QStringLiteral("Alpha"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        view.setYear(2027);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(abilene, SiteTableModel::ItMwColumn).data(SiteTableModel::SortRole).toDouble(),
                 400.0);
        QCOMPARE(model.headerData(SiteTableModel::ItMwColumn, Qt::Horizontal).toString(),
                 QStringLiteral("IT MW 2027"));
    }

    void tableFollowsWrites()
    {
        auto document = test::smallAtlasDocument();
        ViewState view;
        SiteTableModel model(document.get(), &view);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(document->store()->apply(ChangeSet().remove<Site>(12)).ok);
        QCOMPARE(reset.count(), 0); // the row goes; the others stay as they were
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(12), -1);
    }

    void filterBySearchOperatorAndStatus()
    {
        auto document = test::smallAtlasDocument();
        ViewState view;
        SiteTableModel model(document.get(), &view);
        SiteFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setSearchText(QStringLiteral("memphis"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("beta")); // the operator's name
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QString());
        filter.setOperatorId(1);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusKey(QStringLiteral("announced"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SiteTableModel::SiteIdRole).toLongLong(), Id(12));
    }

    void sortsNumbersAsNumbers()
    {
        auto document = test::smallAtlasDocument();
        ViewState view;
        view.setYear(2027);
        SiteTableModel model(document.get(), &view);
        SiteFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(SiteTableModel::ItMwColumn, Qt::DescendingOrder);
        // 1,000 MW sorts above 400 MW (as text, "400" would come first).
        QCOMPARE(filter.index(0, 0).data(SiteTableModel::SiteIdRole).toLongLong(), Id(11));
        QCOMPARE(filter.index(1, 0).data(SiteTableModel::SiteIdRole).toLongLong(), Id(10));
    }

    void unplacedSitesAreMarkedAndFiltered()
    {
        auto document = makeDocumentWithUnplaced();
        ViewState view;
        view.setYear(2026);
        SiteTableModel model(document.get(), &view);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int hidden = model.rowOf(13);
        const int abilene = model.rowOf(10);
        QCOMPARE(model.index(hidden, SiteTableModel::PrecisionColumn).data().toString(),
                 QStringLiteral("Not placed"));
        QCOMPARE(model.index(hidden, SiteTableModel::LocationColumn).data().toString(),
                 QStringLiteral("LA (not placed)"));
        QVERIFY(model.index(hidden, SiteTableModel::PrecisionColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
        QVERIFY(model.index(hidden, SiteTableModel::LocationColumn)
                    .data(Qt::FontRole)
                    .value<QFont>()
                    .italic());
        QVERIFY(!model.index(abilene, SiteTableModel::LocationColumn).data(Qt::FontRole).isValid());
        QVERIFY(model.index(hidden, SiteTableModel::PrecisionColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not drawn on the map")));
        QVERIFY(!model.index(hidden, 0).data(SiteTableModel::PlacedRole).toBool());
        QVERIFY(model.index(abilene, 0).data(SiteTableModel::PlacedRole).toBool());

        SiteFilterModel filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setPlacement(SiteFilterModel::Placement::NotPlaced);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(SiteTableModel::SiteIdRole).toLongLong(), Id(13));
        filter.setPlacement(SiteFilterModel::Placement::Placed);
        QCOMPARE(filter.rowCount(), 3);
        filter.setStatusKey(QStringLiteral("announced")); // with the other filters
        QCOMPARE(filter.rowCount(), 1);
        filter.setPlacement(SiteFilterModel::Placement::Any);
        filter.setStatusKey(QString());
        QCOMPARE(filter.rowCount(), 4);
        // A search for the words finds them too.
        filter.setSearchText(QStringLiteral("not placed"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void tableShowsTheFleetAndItsCompute()
    {
        auto document = makeDocumentWithUnplaced();
        ViewState view;
        view.setYear(2025);
        SiteTableModel model(document.get(), &view);
        const int abilene = model.rowOf(10);
        QCOMPARE(model.index(abilene, SiteTableModel::GpusColumn).data().toString(),
                 QStringLiteral("120,000"));
        QCOMPARE(model.index(abilene, SiteTableModel::FleetColumn).data().toString(),
                 QStringLiteral("H100 SXM + GB200"));
        const QString tip =
            model.index(abilene, SiteTableModel::GpusColumn).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, QStringLiteral("100,000 × H100 SXM\n20,000 × GB200 (estimate)"));
        QCOMPARE(model.index(abilene, SiteTableModel::H100eColumn).data().toString(),
                 QStringLiteral("160,000"));
        QCOMPARE(model.index(abilene, SiteTableModel::H100eColumn)
                     .data(SiteTableModel::SortRole)
                     .toDouble(),
                 160000.0);
        QCOMPARE(model.headerData(SiteTableModel::H100eColumn, Qt::Horizontal).toString(),
                 QStringLiteral("H100e 2025"));
        // One model: the fleet column names it.
        const int memphis = model.rowOf(11);
        QCOMPARE(model.index(memphis, SiteTableModel::FleetColumn).data().toString(),
                 QStringLiteral("H100 SXM"));
        QVERIFY(model.index(memphis, SiteTableModel::H100eColumn).data().toString().isEmpty());
    }

    void detailsOfASiteNotPlaced()
    {
        auto document = makeDocumentWithUnplaced();
        const QString html = siteDetailsHtml(document->dataset(), 13);
        QVERIFY2(html.contains(QStringLiteral("not placed")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("0.0000, 0.0000"))); // no made-up coordinates
        QVERIFY(html.contains(QStringLiteral("Richland Parish &lt;near the river&gt;"))); // escaped
        QVERIFY(html.contains(QStringLiteral("Parish known; the parcel not yet.")));
        // The further sources are cited by their numbers in the list of sources.
        QVERIFY(html.contains(QStringLiteral(
            "Further sources: <a href=\"#source-2\">[2]</a> <a href=\"#source-3\">[3]</a>")));
        QVERIFY(html.contains(QStringLiteral("County filing")));
        QVERIFY(html.contains(QStringLiteral("Local news")));
        QVERIFY(html.contains(QStringLiteral("1 building operational")));
        QVERIFY(html.contains(QStringLiteral("(projected)")));
        // A link to a site not placed has no distance to give.
        QVERIFY(html.contains(QStringLiteral("distance not known")));
        QVERIFY(!html.contains(QStringLiteral("km great-circle")));
        const QString abilene = siteDetailsHtml(document->dataset(), 10);
        QVERIFY2(abilene.contains(QStringLiteral("100,000 × H100 SXM + 20,000 × GB200 (estimate)")),
                 qPrintable(abilene));
        QVERIFY(abilene.contains(QStringLiteral("160,000 H100e")));
    }

    void detailsListPhasesLinksAndSources()
    {
        auto document = test::smallAtlasDocument();
        const QString html = siteDetailsHtml(document->dataset(), 10);
        QVERIFY(html.contains(QStringLiteral("Abilene One")));
        QVERIFY(html.contains(QStringLiteral("2024-09")));
        QVERIFY(html.contains(QStringLiteral("100,000")) || html.contains(QStringLiteral("100000")));
        QVERIFY(html.contains(QStringLiteral("href=\"site:11\"")));       // the linked site
        QVERIFY(html.contains(QStringLiteral("https://example.org/report"))); // the source
        QVERIFY(siteDetailsHtml(document->dataset(), 0).contains(QStringLiteral("Select a site")));
    }
};

QTEST_GUILESS_MAIN(TestSiteModels)
#include "tst_sitemodels.moc"
