// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/seriespair.h"

#include "charts/chartstyle.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>

namespace atlas::charts {

SeriesPair::SeriesPair(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& name,
                       const QColor& color)
    : m_x(x), m_y(y), m_main(new QLineSeries), m_compared(new QLineSeries), m_name(name)
{
    m_main->setName(name);
    m_main->setPen(linePen(color));
    m_main->setPointsVisible(true);
    m_compared->setPen(linePen(color.lighter(115), 2, Qt::DashLine));
    m_compared->setVisible(false);
    for (QLineSeries* series : {m_main, m_compared}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    for (QLegendMarker* marker : chart->legend()->markers(m_compared))
        marker->setVisible(false);
}

void SeriesPair::setMain(const QList<QPointF>& points) { m_main->replace(points); }

void SeriesPair::setCompared(const QList<QPointF>& points, const QString& scenarioName)
{
    m_compared->replace(points);
    const bool visible = !points.isEmpty();
    m_compared->setVisible(visible);
    // Legend labels are rich text (and their tooltips too): the scenario's name is escaped.
    m_compared->setName(QStringLiteral("%1 (%2)").arg(m_name, scenarioName.toHtmlEscaped()));
    if (QChart* chart = m_compared->chart()) {
        for (QLegendMarker* marker : chart->legend()->markers(m_compared))
            marker->setVisible(visible);
    }
}

} // namespace atlas::charts

namespace atlas::charts {

void SeriesPair::raise()
{
    QChart* chart = m_main->chart();
    if (!chart)
        return;
    for (QLineSeries* series : {m_main, m_compared}) {
        chart->removeSeries(series);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    for (QLegendMarker* marker : chart->legend()->markers(m_compared))
        marker->setVisible(m_compared->isVisible());
}

} // namespace atlas::charts
