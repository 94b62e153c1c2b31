// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/gigawattchart.h"

#include "charts/claimranges.h"
#include "charts/seriespair.h"
#include "charts/yearaxis.h"

#include <QAreaSeries>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace atlas::charts {
namespace {

constexpr int kMaxBands = 5; // the largest operators; the rest share one band

QList<QPointF> demandPoints(const ScenarioResult* result)
{
    QList<QPointF> points;
    if (result) {
        for (const YearResult& y : result->years)
            points << QPointF(y.year, y.facilityDemandGw);
    }
    return points;
}

} // namespace

GigawattChart::GigawattChart() : ScenarioChart(ChartKind::Gigawatts)
{
    QChart* c = chart();
    m_years = addYearAxis(c);
    m_gw = new QValueAxis;
    styleValueAxis(m_gw, QStringLiteral("Facility power (GW)"), QStringLiteral("%.1f"));
    c->addAxis(m_gw, Qt::AlignLeft);
    m_demand = std::make_unique<SeriesPair>(c, m_years, m_gw, QStringLiteral("Demand"),
                                            QColor(0x22, 0x22, 0x22));
    m_claims = std::make_unique<ClaimRanges>(c, m_years, m_gw);
}

GigawattChart::~GigawattChart() = default;

QStringList GigawattChart::claimMetrics() const
{
    return {QStringLiteral("single_site_gw"), QStringLiteral("multi_site_gw")};
}

QVector<GigawattChart::Band> GigawattChart::bands(const ChartInputs& in) const
{
    const ScenarioResult& result = *in.result;
    const int years = int(result.years.size());
    QVector<Band> all;
    for (int o = 0; o < result.operatorIds.size(); ++o) {
        const QVector<double>& mw = result.operatorItMw[o];
        if (std::all_of(mw.begin(), mw.end(), [](double v) { return v <= 0; }))
            continue;
        Band band;
        const Operator* op = in.data->op(result.operatorIds[o]);
        band.name = op ? op->name : QStringLiteral("No operator");
        band.color = op && !op->color.isEmpty() ? QColor::fromString(op->color) : QColor(Qt::gray);
        for (double v : mw)
            band.gw << v * in.params->pue / 1000.0;
        all << band;
    }
    // Largest at the bottom of the stack; the smallest share a grey band on top.
    std::sort(all.begin(), all.end(), [](const Band& a, const Band& b) { return a.gw.last() > b.gw.last(); });
    if (all.size() > kMaxBands) {
        Band rest{QStringLiteral("%1 others").arg(all.size() - kMaxBands + 1),
                  QColor(0xba, 0xb0, 0xac), QVector<double>(years, 0.0)};
        for (int i = kMaxBands - 1; i < all.size(); ++i) {
            for (int y = 0; y < years; ++y)
                rest.gw[y] += all[i].gw[y];
        }
        all.resize(kMaxBands - 1);
        all << rest;
    }
    return all;
}

void GigawattChart::setBandCount(const QVector<Band>& wanted)
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
    // The demand line and the claims go back on top of the new bands.
    m_demand->raise();
    m_claims->raise();
}

void GigawattChart::updateSeries(const ChartInputs& in)
{
    const QVector<Band> stack = bands(in);
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
    const QList<QPointF> demand = demandPoints(in.result);
    const QList<QPointF> compared = demandPoints(in.comparison);
    m_demand->setMain(demand);
    m_demand->setCompared(compared, in.comparisonName);
    for (const QPointF& p : demand + compared)
        maximum = std::max(maximum, p.y());
    const double claimMax =
        m_claims->show(in.data->claims, claimMetrics(), in.params->yearFrom, in.params->yearTo).first;
    setZeroBasedRange(m_gw, m_range.fit(std::max(maximum, claimMax)));
    setYearRange(m_years, in.params->yearFrom, in.params->yearTo);
    m_claims->placeLabels();
}

} // namespace atlas::charts
