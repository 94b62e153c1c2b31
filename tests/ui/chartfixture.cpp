// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"

#include "fakestore.h"
#include "db/sampledatabase.h"
#include "db/sqlitestore.h"

namespace atlas::test {

ChartFixture::ChartFixture()
{
    const QString path = m_dir.filePath(QStringLiteral("sample.gpkg"));
    if (const QString error = db::createSampleDatabase(path); !error.isEmpty())
        qFatal("%s", qPrintable(error));
    db::OpenResult opened = db::SqliteStore::open(path);
    document.setStore(std::move(opened.store));
    scenario = std::make_unique<ScenarioController>(&document);
    view.setYearRange(2023, 2030);
    view.setYear(2026);
}

ChartFixture::ChartFixture(const ChangeSet& rows)
{
    auto store = std::make_unique<FakeStore>();
    if (!store->apply(rows).ok)
        qFatal("the test's rows do not apply");
    document.setStore(std::move(store));
    scenario = std::make_unique<ScenarioController>(&document);
    view.setYearRange(2023, 2030);
    view.setYear(2028);
}

charts::ChartInputs ChartFixture::inputs() const
{
    charts::ChartInputs in;
    in.data = &document.dataset();
    in.atlas = &scenario->atlas();
    in.params = &scenario->params();
    in.result = &scenario->result();
    in.scenarioName = QStringLiteral("Test scenario");
    in.comparisonParams = scenario->comparisonParams();
    in.comparison = scenario->comparison();
    in.comparisonName = scenario->comparisonName();
    in.year = view.year();
    return in;
}

} // namespace atlas::test
