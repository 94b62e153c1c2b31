// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/siteschart.h"

#include "scenario/scenariocaption.h"
#include "scenario/scenarioengine.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace atlas::charts {

SitesChart::SitesChart()
    : ScenarioChart(ChartKind::Sites), m_names(new QBarCategoryAxis), m_mw(new QValueAxis),
m_series(new QHorizontalBarSeries), m_bars(new QBarSet(QStringLiteral("IT power")))
{
    QChart* c = chart();
    m_bars->setColor(seriesColor(0));
    m_bars->setBorderColor(seriesColor(0).darker(120));
    m_bars->setLabelColor(Qt::black);
    m_bars->setLabelFont(chartFont(10));
    m_series->append(m_bars);
    m_series->setBarWidth(0.7);
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value MW"));
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    c->addSeries(m_series);
    m_names->setLabelsFont(chartFont(11));
    styleValueAxis(m_mw, QStringLiteral("IT power (MW)"), QStringLiteral("%.0f"));
    c->addAxis(m_names, Qt::AlignLeft);
    c->addAxis(m_mw, Qt::AlignBottom);
    m_series->attachAxis(m_names);
    m_series->attachAxis(m_mw);
    c->legend()->setVisible(false);
}

QStringList SitesChart::categories() const
{
    QStringList names = m_names->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void SitesChart::updateSeries(const ChartInputs& in)
{
    chart()->setTitle(QStringLiteral("%1 in %2").arg(title()).arg(in.year));
    const QVector<SiteAllocation> sites = allocateSites(*in.atlas, *in.params, *in.result, in.year, kShownSites);
    // Each label carries the site's allocated GPUs, so one axis (MW) reads both.
    const auto label = [](QString name, double gpus) {
        if (name.size() > 24)
            name = name.left(22) + QStringLiteral("…");
        return gpus > 0 ? QStringLiteral("%1 · %2 GPUs").arg(name, shortNumber(gpus)) : name;
    };
    QStringList names;
    QList<qreal> values;
    for (const SiteAllocation& allocation : sites) {
        const Site* site = in.data->site(in.atlas->siteIds[allocation.site]);
        names << label(site ? site->name : QStringLiteral("?"), allocation.gpus);
        values << allocation.itMw;
    }
    // The rest of the sites as one bar.
    const RestOfSites rest = restOfSites(*in.atlas, *in.params, *in.result, in.year, sites);
    if (rest.count > 0) {
        names << label(QStringLiteral("Others (%1 sites)").arg(rest.count), rest.gpus);
        values << rest.itMw;
    }
    // The horizontal bar chart draws the first category at the bottom: reverse, largest on top.
    std::reverse(names.begin(), names.end());
    std::reverse(values.begin(), values.end());
    if (m_names->categories() != names) {
        m_names->clear();
        m_names->append(names.isEmpty() ? QStringList{QStringLiteral("(no sites with power)")} : names);
    }
    if (m_bars->count() != values.size()) {
        m_bars->remove(0, m_bars->count());
        m_bars->append(values);
    } else {
        for (int i = 0; i < values.size(); ++i)
            m_bars->replace(i, values[i]);
    }
    double maximum = 0;
    for (qreal v : values)
        maximum = std::max(maximum, v);
    m_mw->setRange(0, m_range.fit(maximum * 1.15)); // room for the value labels
}

} // namespace atlas::charts
