// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/clustersizechart.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/claimranges.h"
#include "ui/charts/projected.h"
#include "ui/charts/seriespair.h"
#include "ui/charts/yearaxis.h"
#include "core/scenario/scenariocaption.h"

#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

namespace atlas::charts {
namespace {

// Log axes cannot show 0: years without GPUs are left out of the line.
// Values are in millions, so the log axis reads 0.1, 1, 10 rather than 100000, 1000000.
QList<QPointF> positivePoints(const QVector<YearResult>* years, double (*value)(const YearResult&),
                              double* minPositive, double* maximum)
{
    QList<QPointF> points;
    if (!years)
        return points;
    for (const YearResult& y : *years) {
        const double v = value(y) / 1e6;
        if (v <= 0)
            continue;
        points << QPointF(y.year, v);
        *maximum = std::max(*maximum, v);
        *minPositive = *minPositive > 0 ? std::min(*minPositive, v) : v;
    }
    return points;
}

} // namespace

ClusterSizeChart::ClusterSizeChart() : YearLinesChart(ChartKind::ClusterSize, clusterSizeLines())
{
    QChart* c = chart();
    m_count = new QLogValueAxis;
    m_count->setBase(10);
    m_count->setLabelFormat(QStringLiteral("%g"));
    // Short, so that it stays whole on a short chart (a slide of four); the legend names the lines.
    m_count->setTitleText(ChartsText::tr("Millions (log scale)"));
    m_count->setTitleFont(chartFont(12));
    m_count->setLabelsFont(chartFont(11));
    m_count->setMinorTickCount(8);
    // Solid, light minor grid lines: dashed ones cost far more to draw at every slider step.
    m_count->setMinorGridLinePen(QPen(QColor(0xee, 0xee, 0xee), 1));
    c->addAxis(m_count, Qt::AlignLeft);
    addYearMarker(m_years, m_count);
    const std::span<const YearLine> lines = clusterSizeLines();
    for (int i = 0; i < int(lines.size()); ++i) {
        m_lines.push_back(std::make_unique<SeriesPair>(
            c, m_years, m_count, ChartsText::tr(lines[i].name), seriesColor(i)));
        m_lines.back()->setValueText([](double millions) { return shortNumber(millions * 1e6); });
    }
    addProjectedLegendAndClaims(m_count);
}

ClusterSizeChart::~ClusterSizeChart() = default;

QStringList ClusterSizeChart::claimMetrics() const
{
    return {QStringLiteral("largest_cluster_gpus"), QStringLiteral("largest_cluster_h100e")};
}

void ClusterSizeChart::updateSeries(const ChartInputs& in)
{
    double minPositive = 0, maximum = 0;
    setLines(in, [&](const QVector<YearResult>* years, double (*value)(const YearResult&)) {
        return positivePoints(years, value, &minPositive, &maximum);
    });
    chart()->setTitle(in.result->asRecorded ? ChartsText::tr("%1, as recorded").arg(title())
                                            : title());
    const auto [claimMax, claimMin] =
        m_claims->show(*in.data, claimMetrics(), in.params->yearFrom, in.params->yearTo, 1e6);
    maximum = std::max(maximum, claimMax);
    if (claimMin > 0)
        minPositive = minPositive > 0 ? std::min(minPositive, claimMin) : claimMin;
    const auto [low, high] = decadeRange(minPositive, maximum);
    m_count->setRange(low, high);
    setYearRange(m_years, in.params->yearFrom, in.params->yearTo);
    m_claims->placeLabels();
}

} // namespace atlas::charts
