// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/moneychart.h"

#include "ui/charts/chartdata.h"
#include "ui/charts/chartstext.h"
#include "ui/charts/claimranges.h"
#include "ui/charts/projected.h"
#include "ui/charts/seriespair.h"
#include "ui/charts/yearaxis.h"

#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace atlas::charts {
namespace {

// How each of moneyLines() is drawn, in its order.
struct LineStyle
{
    QColor color;
    qreal width; // capex needed is drawn wide, so it shows under capex spent where they agree
};
const LineStyle kStyles[] = {
    {QColor(0x2e, 0x7d, 0x32), 2.5}, // funding
    {QColor(0xe8, 0x8e, 0x86), 7},   // capex needed
    {QColor(0xa9, 0x32, 0x26), 2.5}, // capex spent
};

QList<QPointF> billions(const QVector<YearResult>* years, double (*usd)(const YearResult&),
                        double* maximum)
{
    QList<QPointF> points;
    if (!years)
        return points;
    for (const YearResult& y : *years) {
        points << QPointF(y.year, usd(y) / 1e9);
        *maximum = std::max(*maximum, usd(y) / 1e9);
    }
    return points;
}

} // namespace

MoneyChart::MoneyChart() : YearLinesChart(ChartKind::Money, moneyLines())
{
    QChart* c = chart();
    m_busd = new QValueAxis;
    styleValueAxis(m_busd, ChartsText::tr("$ billions per year"), QStringLiteral("%.0f"));
    c->addAxis(m_busd, Qt::AlignLeft);
    addYearMarker(m_years, m_busd);
    const std::span<const YearLine> lines = moneyLines();
    Q_ASSERT(lines.size() == std::size(kStyles));
    for (int i = 0; i < int(lines.size()); ++i) {
        const LineStyle& style = kStyles[i];
        m_lines.push_back(std::make_unique<SeriesPair>(c, m_years, m_busd,
                                                       ChartsText::tr(lines[i].name), style.color));
        m_lines.back()->main()->setPen(linePen(style.color, style.width));
        m_lines.back()->main()->setPointsVisible(style.width < 4);
        m_lines.back()->setValueText(
            [](double b) { return ChartsText::tr("$%1B").arg(QLocale().toString(b, 'f', 1)); });
    }
    addProjectedLegendAndClaims(m_busd);
}

MoneyChart::~MoneyChart() = default;

QStringList MoneyChart::claimMetrics() const { return {QStringLiteral("funding_needed_busd")}; }

void MoneyChart::updateSeries(const ChartInputs& in)
{
    double maximum = 0;
    setLines(in, [&](const QVector<YearResult>* years, double (*value)(const YearResult&)) {
        return billions(years, value, &maximum);
    });
    const double claimMax =
        m_claims->show(*in.data, claimMetrics(), in.params->yearFrom, in.params->yearTo).first;
    setZeroBasedRange(m_busd, m_range.fit(std::max(maximum, claimMax)));
    setYearRange(m_years, in.params->yearFrom, in.params->yearTo);
    m_claims->placeLabels();
}

} // namespace atlas::charts
