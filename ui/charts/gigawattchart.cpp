// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/gigawattchart.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/claimranges.h"
#include "ui/charts/projected.h"
#include "ui/charts/seriespair.h"
#include "ui/charts/yearaxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace atlas::charts {
namespace {

QList<QPointF> demandPoints(const QVector<YearResult>* years)
{
    QList<QPointF> points;
    if (years) {
        for (const YearResult& y : *years)
            points << QPointF(y.year, demandGw(y));
    }
    return points;
}

QString gigawattText(double gw)
{
    return ChartsText::tr("%1 GW").arg(QLocale().toString(gw, 'f', 2));
}

} // namespace

GigawattChart::GigawattChart() : ScenarioChart(ChartKind::Gigawatts)
{
    QChart* c = chart();
    m_years = addYearAxis(c);
    m_gw = new QValueAxis;
    styleValueAxis(m_gw, ChartsText::tr("Facility power (GW)"), QStringLiteral("%.1f"));
    c->addAxis(m_gw, Qt::AlignLeft);
    addYearMarker(m_years, m_gw);
    makeProjectedBand();
    m_demand = std::make_unique<SeriesPair>(c, m_years, m_gw, ChartsText::tr("Demand"),
                                            QColor(0x22, 0x22, 0x22));
    m_demand->setValueText(gigawattText);
    legendLikeSeries(c, m_demand->main()); // a line, apart from the claims' diamond
    m_projectedLegend = std::make_unique<ProjectedLegend>(c, m_years, m_gw);
    m_claims = std::make_unique<ClaimRanges>(c, m_years, m_gw);
}

GigawattChart::~GigawattChart() = default;

QStringList GigawattChart::claimMetrics() const
{
    return {QStringLiteral("single_site_gw"), QStringLiteral("multi_site_gw")};
}

void GigawattChart::setBandCount(const QVector<CapacityBand>& wanted)
{
    if (m_areas.size() == wanted.size())
        return;
    QChart* c = chart();
    while (m_areas.size() < wanted.size()) {
        // The area does not own its boundary lines: give them to it, so they go with it.
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        c->addSeries(area);
        area->attachAxis(m_years);
        area->attachAxis(m_gw);
        m_areas << area;
    }
    while (m_areas.size() > wanted.size()) {
        QAreaSeries* area = m_areas.takeLast();
        c->removeSeries(area);
        delete area;
    }
    // The projections, the demand line and the claims go back on top of the new bands.
    raiseProjectedBand();
    m_demand->raise();
    legendLikeSeries(chart(), m_demand->main());
    m_claims->raise();
    m_projectedLegend->raise();
}

void GigawattChart::makeProjectedBand()
{
    // The area does not own its boundary lines: give them to it, so they go with it.
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    m_projectedBand = new QAreaSeries(upper, lower);
    upper->setParent(m_projectedBand);
    lower->setParent(m_projectedBand);
    m_projectedBand->setName(projectedLegendName());
    m_projectedBand->setBrush(projectedFill());
    m_projectedBand->setPen(Qt::NoPen); // its top edge is a dashed line of its own
    m_projectedTop = new QLineSeries;
    m_projectedTop->setPen(projectedPen(QColor(0x75, 0x75, 0x75), 1.5));
    raiseProjectedBand();
    tipOnHover(m_projectedTop, [this](QPointF at) { return projectedBandTip(at); });
}

void GigawattChart::raiseProjectedBand()
{
    QChart* c = chart();
    for (QAbstractSeries* series : {static_cast<QAbstractSeries*>(m_projectedBand),
                                    static_cast<QAbstractSeries*>(m_projectedTop)}) {
        if (series->chart())
            c->removeSeries(series);
        c->addSeries(series);
        series->attachAxis(m_years);
        series->attachAxis(m_gw);
        // The chart's one "projected" entry (ProjectedLegend) names the band too.
        for (QLegendMarker* marker : c->legend()->markers(series))
            marker->setVisible(false);
    }
}

QString GigawattChart::projectedBandTip(QPointF at) const
{
    const int year = int(std::round(at.x()));
    for (int y = 0; y < m_recordedGw.size(); ++y) {
        if (m_bandYears[y] == year)
            return ChartsText::tr(
                       "Capacity online in %1: %2 with the sources' projections; %3 recorded")
                .arg(year)
                .arg(gigawattText(m_allGw[y]), gigawattText(m_recordedGw[y]));
    }
    return {};
}

void GigawattChart::updateSeries(const ChartInputs& in)
{
    const QVector<CapacityBand> stack = capacityBands(in);
    m_stack = stack;
    setBandCount(stack);
    const int years = int(in.result->years.size());
    QVector<double> below(years, 0.0);
    double maximum = 0;
    for (int b = 0; b < stack.size(); ++b) {
        QList<QPointF> lower, upper;
        for (int y = 0; y < years; ++y) {
            const double year = in.result->years[y].year;
            lower << QPointF(year, below[y]);
            below[y] += stack[b].gw[y];
            upper << QPointF(year, below[y]);
            maximum = std::max(maximum, below[y]);
        }
        QAreaSeries* area = m_areas[b];
        area->lowerSeries()->replace(lower);
        area->upperSeries()->replace(upper);
        area->setName(stack[b].name.toHtmlEscaped()); // legend labels are rich text
        QColor fill = stack[b].color;
        fill.setAlpha(150);
        area->setBrush(fill);
        area->setPen(QPen(stack[b].color.darker(120), 1));
    }
    // Capacity the sources project, over what is recorded: a light band with a dashed top,
    // where (and from the year before) the two differ.
    m_bandYears.clear();
    m_recordedGw.clear();
    m_allGw.clear();
    QList<QPointF> recordedTop, allTop;
    for (int y = 0; y < years; ++y) {
        const YearResult& all = in.result->years[y];
        m_bandYears << all.year;
        m_recordedGw << in.result->recordedYears[y].facilityCapacityGw;
        m_allGw << all.facilityCapacityGw;
        recordedTop << QPointF(all.year, m_recordedGw.last());
        allTop << QPointF(all.year, m_allGw.last());
        maximum = std::max(maximum, m_allGw.last());
    }
    const QList<QPointF> top = projectedPart(recordedTop, allTop);
    QList<QPointF> bottom;
    for (const QPointF& p : top)
        bottom << recordedTop[m_bandYears.indexOf(int(p.x()))];
    m_projectedBand->upperSeries()->replace(top);
    m_projectedBand->lowerSeries()->replace(bottom);
    m_projectedTop->replace(top);

    const QList<QPointF> demand = demandPoints(&in.result->years);
    const QList<QPointF> recordedDemand = demandPoints(&in.result->recordedYears);
    const QList<QPointF> compared = demandPoints(in.comparison ? &in.comparison->years : nullptr);
    m_demand->setMain(recordedDemand, demand);
    m_demand->setCompared(compared, in.comparisonName);
    m_projectedLegend->setShown(!top.isEmpty() || m_demand->hasProjected());
    for (const QPointF& p : demand + compared)
        maximum = std::max(maximum, p.y());
    const double claimMax =
        m_claims->show(*in.data, claimMetrics(), in.params->yearFrom, in.params->yearTo).first;
    setZeroBasedRange(m_gw, m_range.fit(std::max(maximum, claimMax)));
    setYearRange(m_years, in.params->yearFrom, in.params->yearTo);
    m_claims->placeLabels();
}

std::optional<ExplainRequest> GigawattChart::explainAt(const QPointF& position) const
{
    if (const auto point = m_demand->pointNear(position))
        return ExplainRequest{ExplainedMetric::DemandGw, point->year, point->scope};
    if (!chart()->plotArea().contains(position))
        return std::nullopt;
    // A band: the operator's recorded capacity (the smaller ones' shared band: all of it);
    // the light band above: the capacity with the sources' projections.
    const QPointF value = chart()->mapToValue(position, m_demand->main());
    const int y = int(m_bandYears.indexOf(int(std::round(value.x()))));
    if (y < 0 || value.y() < 0)
        return std::nullopt;
    const int year = m_bandYears[y];
    double below = 0;
    for (const CapacityBand& band : m_stack) {
        if (value.y() <= below + band.gw[y])
            return ExplainRequest{ExplainedMetric::CapacityGw, year, PhaseScope::RecordedOnly, 0,
                                  band.operatorId};
        below += band.gw[y];
    }
    if (value.y() <= m_allGw[y] && m_allGw[y] > m_recordedGw[y])
        return ExplainRequest{ExplainedMetric::CapacityGw, year};
    return std::nullopt;
}

} // namespace atlas::charts
