// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/charttable.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/chartexport.h"
#include "ui/charts/chartstext.h"
#include "core/domain/capacity.h"

#include <limits>

namespace atlas::charts {
namespace {

constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// A table over the years, filled column by column.
class YearTable
{
public:
    YearTable(const ChartInputs& in, io::DataTable* table) : m_in(in), m_table(table)
    {
        m_table->columns << io::DataColumn{ChartsText::tr("Year"), 0};
        for (const YearResult& y : in.result->years)
            m_table->rows << QVector<QVariant>{double(y.year)};
    }

    // A column of `value` for every year: with the recorded phases only, with the sources'
    // projections too (when some year rests on them, as the chart's dashes), and of the
    // scenario compared with (when there is one).
    void addLine(const QString& column, double (*value)(const YearResult&), double scale,
                 int decimals)
    {
        const ScenarioResult& result = *m_in.result;
        const bool projected = result.anyProjected();
        add(projected ? ChartsText::tr("%1, recorded phases", "a data table's column").arg(column)
                      : column,
            decimals, [&](int y) { return value(result.recordedYears[y]) * scale; });
        if (projected)
            add(ChartsText::tr("%1, with projections", "a data table's column").arg(column),
                decimals, [&](int y) { return value(result.years[y]) * scale; });
        if (const ScenarioResult* b = m_in.comparison) {
            add(ChartsText::tr("%1, %2",
                               "a data table's column: its name, the scenario compared with")
                    .arg(column, m_in.comparisonName.isEmpty() ? ChartsText::tr("Unsaved scenario")
                                                               : m_in.comparisonName),
                decimals, [&](int y) {
                    const YearResult* at = b->atYear(result.years[y].year);
                    return at ? value(*at) * scale : kNoValue;
                });
        }
    }

    template <typename Value> void add(const QString& column, int decimals, Value valueOfYear)
    {
        m_table->columns << io::DataColumn{column, decimals};
        for (int y = 0; y < m_table->rows.size(); ++y)
            m_table->rows[y] << valueOfYear(y);
    }

private:
    const ChartInputs& m_in;
    io::DataTable* m_table;
};

void addYearLines(std::span<const YearLine> lines, const ChartInputs& in, io::DataTable* table)
{
    YearTable years(in, table);
    for (const YearLine& line : lines)
        years.addLine(ChartsText::tr(line.column), line.value, line.tableScale, line.tableDecimals);
}

void addGigawatts(const ChartInputs& in, io::DataTable* table)
{
    YearTable years(in, table);
    for (const CapacityBand& band : capacityBands(in))
        years.add(ChartsText::tr("%1, capacity online, recorded (GW)").arg(band.name), 4,
                  [&](int y) { return band.gw.value(y); });
    const ScenarioResult& result = *in.result;
    years.add(ChartsText::tr("Capacity online, recorded (GW)"), 4,
              [&](int y) { return result.recordedYears[y].facilityCapacityGw; });
    if (result.anyProjected())
        years.add(ChartsText::tr("Capacity online, with projections (GW)"), 4,
                  [&](int y) { return result.years[y].facilityCapacityGw; });
    years.addLine(ChartsText::tr("Demand (GW)"), demandGw, 1, 4);
}

void addSites(const ChartInputs& in, io::DataTable* table)
{
    const Dataset& data = *in.data;
    const QDate date = endOfYear(in.year);
    table->columns << io::DataColumn{ChartsText::tr("Site"), -1}
                   << io::DataColumn{ChartsText::tr("Sites"), 0}
                   << io::DataColumn{ChartsText::tr("IT power, recorded phases (MW)"), 1}
                   << io::DataColumn{ChartsText::tr("IT power, with projections (MW)"), 1}
                   << io::DataColumn{ChartsText::tr("GPUs (scenario), recorded phases"), 0}
                   << io::DataColumn{ChartsText::tr("GPUs (scenario), with projections"), 0}
                   << io::DataColumn{ChartsText::tr("GPUs (recorded)"), 0};
    for (const SiteBar& bar : siteBars(in)) {
        // The count the site's phases state (the sites table's GPUs (recorded)), beside the
        // scenario's allocation; for the rest of the sites, none.
        double recordedCount = kNoValue;
        if (bar.siteId != 0)
            recordedCount = double(capacityAt(data, data.phasesOf(bar.siteId), date).gpuCount);
        table->rows << QVector<QVariant>{bar.name,     double(bar.siteCount), bar.recordedMw,
                                         bar.mw,       bar.recordedGpus,      bar.gpus,
                                         recordedCount};
    }
}

} // namespace

io::DataTable chartTable(ChartKind kind, const ChartInputs& inputs)
{
    io::DataTable table;
    const PageText text = chartPageText(kind, inputs);
    table.notes << text.title << text.subtitle << text.caption << text.footnote;
    switch (kind) {
    case ChartKind::ClusterSize:
        addYearLines(clusterSizeLines(), inputs, &table);
        break;
    case ChartKind::Money:
        addYearLines(moneyLines(), inputs, &table);
        break;
    case ChartKind::Gigawatts:
        addGigawatts(inputs, &table);
        break;
    case ChartKind::Sites:
        addSites(inputs, &table);
        break;
    }
    return table;
}

} // namespace atlas::charts
