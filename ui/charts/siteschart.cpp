// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/siteschart.h"

#include "scenario/scenariocaption.h"
#include "scenario/scenarioengine.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
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
    m_resized = QObject::connect(c, &QGraphicsWidget::geometryChanged, c, [this] { applyLabels(); });
}

SitesChart::~SitesChart() { QObject::disconnect(m_resized); }

void SitesChart::applyLabels()
{
    if (m_labels.isEmpty()) {
        const QStringList none{QStringLiteral("(no sites with power)")};
        if (m_names->categories() != none) {
            m_names->clear();
            m_names->append(none);
        }
        return;
    }
    // Qt's chart layout gives the left axes at most 40% of the chart's width; leave room for
    // the axis's own padding.
    const QMarginsF margins = chart()->margins();
    const qreal budget = std::max<qreal>(60, 0.4 * (chart()->size().width() - margins.left() - margins.right()) - 18);
    const QFontMetricsF metrics(m_names->labelsFont());
    // The GPUs go on a line of their own when each bar has the height of two lines; a short
    // chart (a slide with four charts) puts them after the name. The plot's height is the last
    // layout's; before the first, the chart's less its title and value axis.
    const qreal plotHeight = chart()->plotArea().height() > 0 ? chart()->plotArea().height()
                                                               : chart()->size().height() - 90;
    const bool twoLines = plotHeight / m_labels.size() >= 2.3 * metrics.height();
    QStringList names;
    for (const Label& label : m_labels) {
        const QString gpus = label.gpus > 0 ? QStringLiteral("%1 GPUs").arg(shortNumber(label.gpus)) : QString();
        const QString separator = gpus.isEmpty() ? QString() : twoLines ? QStringLiteral("<br>") : QStringLiteral(" · ");
        const qreal nameRoom = twoLines || gpus.isEmpty() ? budget : budget - metrics.horizontalAdvance(QStringLiteral(" · ") + gpus);
        // Axis labels are rich text: names are escaped.
        const QString name = metrics.elidedText(label.name, Qt::ElideRight, std::max<qreal>(30, nameRoom)).toHtmlEscaped();
        names << name + separator + gpus;
    }
    if (m_names->categories() != names) {
        m_names->clear();
        m_names->append(names);
    }
}

QStringList SitesChart::categories() const
{
    QStringList names;
    for (auto it = m_labels.crbegin(); it != m_labels.crend(); ++it)
        names << (it->gpus > 0 ? QStringLiteral("%1 · %2 GPUs").arg(it->name, shortNumber(it->gpus)) : it->name);
    return names;
}

QStringList SitesChart::axisLabels() const
{
    QStringList names = m_names->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

void SitesChart::updateSeries(const ChartInputs& in)
{
    chart()->setTitle(QStringLiteral("%1 in %2").arg(title()).arg(in.year));
    const QVector<SiteAllocation> sites = allocateSites(*in.atlas, *in.params, *in.result, in.year, kShownSites);
    // Each label carries the site's allocated GPUs on a second line, so one axis (MW) reads
    // both and the name keeps its width.
    QVector<Label> labels;
    QList<qreal> values;
    for (const SiteAllocation& allocation : sites) {
        const Site* site = in.data->site(in.atlas->siteIds[allocation.site]);
        labels << Label{site ? site->name : QStringLiteral("?"), allocation.gpus};
        values << allocation.itMw;
    }
    // The rest of the sites as one bar.
    const RestOfSites rest = restOfSites(*in.atlas, *in.params, *in.result, in.year, sites);
    if (rest.count > 0) {
        labels << Label{QStringLiteral("Others (%1 sites)").arg(rest.count), rest.gpus};
        values << rest.itMw;
    }
    // The horizontal bar chart draws the first category at the bottom: reverse, largest on top.
    std::reverse(labels.begin(), labels.end());
    std::reverse(values.begin(), values.end());
    m_labels = labels;
    applyLabels();
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
    // Room for the value labels; with no power at all, an axis to 100 MW rather than to 1.
    setZeroBasedRange(m_mw, m_range.fit(std::max(maximum * 1.15, 100.0)));
}

} // namespace atlas::charts
