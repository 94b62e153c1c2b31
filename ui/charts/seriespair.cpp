// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/seriespair.h"

#include "ui/charts/chartstext.h"
#include "ui/charts/chartstyle.h"
#include "ui/charts/projected.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>

#include <cmath>

namespace atlas::charts {

SeriesPair::SeriesPair(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& name,
                       const QColor& color)
    : m_x(x), m_y(y), m_main(new QLineSeries), m_projected(new QLineSeries),
      m_compared(new QLineSeries), m_name(name)
{
    m_main->setName(name);
    m_main->setPen(linePen(color));
    m_main->setPointsVisible(true);
    m_projected->setName(ChartsText::tr("%1, projected").arg(name));
    m_projected->setPen(projectedPen(color));
    m_projected->setVisible(false);
    m_compared->setPen(linePen(color.lighter(115), 2, Qt::DashLine));
    m_compared->setVisible(false);
    for (QLineSeries* series : {m_main, m_projected, m_compared}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // The chart's one "projected" entry stands for every dashed part.
    for (QLineSeries* series : {m_projected, m_compared}) {
        for (QLegendMarker* marker : chart->legend()->markers(series))
            marker->setVisible(false);
    }
    tipOnHover(m_projected, [this](QPointF at) { return projectedTip(at); });
}

void SeriesPair::setMain(const QList<QPointF>& recorded, const QList<QPointF>& withProjections)
{
    m_recorded = recorded;
    m_main->replace(recorded);
    const QList<QPointF> part = projectedPart(recorded, withProjections);
    m_projected->replace(part);
    m_projected->setVisible(!part.isEmpty());
    // Showing a series shows its legend entry again: the chart's one "projected" entry stands
    // for it.
    if (QChart* chart = m_projected->chart()) {
        for (QLegendMarker* marker : chart->legend()->markers(m_projected))
            marker->setVisible(false);
    }
}

bool SeriesPair::hasProjected() const
{
    return m_projected->isVisible();
}

QString SeriesPair::projectedTip(const QPointF& at) const
{
    const double year = std::round(at.x());
    const auto valueIn = [year](const QList<QPointF>& points, double* value) {
        for (const QPointF& p : points) {
            if (p.x() == year) {
                *value = p.y();
                return true;
            }
        }
        return false;
    };
    const auto text = [this](double v) {
        return m_valueText ? m_valueText(v) : QLocale().toString(v, 'g', 3);
    };
    double projected = 0, recorded = 0;
    if (!valueIn(m_projected->points(), &projected))
        return {};
    const bool hasRecorded = valueIn(m_recorded, &recorded);
    return ChartsText::tr("%1 in %2: %3 with the sources' projections; %4 recorded")
        .arg(m_name)
        .arg(int(year))
        .arg(text(projected), hasRecorded ? text(recorded) : ChartsText::tr("none"));
}

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

std::optional<SeriesPair::Point> SeriesPair::pointNear(const QPointF& position,
                                                       qreal tolerance) const
{
    QChart* chart = m_main->chart();
    if (!chart)
        return std::nullopt;
    std::optional<Point> nearest;
    qreal best = tolerance;
    // The solid line first: where the two meet, the point is what is recorded.
    for (auto [series, scope] :
         {std::pair{m_main, PhaseScope::RecordedOnly}, std::pair{m_projected, PhaseScope::All}}) {
        if (!series->isVisible())
            continue;
        for (const QPointF& point : series->points()) {
            const qreal distance = QLineF(chart->mapToPosition(point, series), position).length();
            if (distance < best) {
                best = distance;
                nearest = Point{int(std::round(point.x())), scope};
            }
        }
    }
    return nearest;
}

void SeriesPair::raise()
{
    QChart* chart = m_main->chart();
    if (!chart)
        return;
    for (QLineSeries* series : {m_main, m_projected, m_compared}) {
        chart->removeSeries(series);
        chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    for (QLegendMarker* marker : chart->legend()->markers(m_projected))
        marker->setVisible(false);
    for (QLegendMarker* marker : chart->legend()->markers(m_compared))
        marker->setVisible(m_compared->isVisible());
}

} // namespace atlas::charts
