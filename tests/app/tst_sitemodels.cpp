// SPDX-License-Identifier: GPL-3.0-or-later
// The sites table model, its filter, and the details HTML, over the fake store.
#include "document/atlasdocument.h"
#include "document/viewstate.h"
#include "fakestore.h"
#include "models/sitedetailshtml.h"
#include "models/sitefiltermodel.h"
#include "models/sitetablemodel.h"
#include "sampledata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace atlas;

class TestSiteModels : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<AtlasDocument> makeDocument()
    {
        auto document = std::make_unique<AtlasDocument>();
        auto store = std::make_unique<test::FakeStore>();
        if (!store->apply(test::smallAtlas()).ok)
            qFatal("seeding failed");
        document->setStore(std::move(store));
        return document;
    }

private Q_SLOTS:
    void tableShowsSitesInTheYear()
    {
        auto document = makeDocument();
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
        auto document = makeDocument();
        ViewState view;
        SiteTableModel model(document.get(), &view);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(document->apply(ChangeSet().remove<Site>(12)).ok);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(12), -1);
    }

    void filterBySearchOperatorAndStatus()
    {
        auto document = makeDocument();
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
        auto document = makeDocument();
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

    void detailsListPhasesLinksAndSources()
    {
        auto document = makeDocument();
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
