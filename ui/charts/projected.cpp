// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/projected.h"

#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QToolTip>

#include <cmath>

namespace atlas::charts {

QPen projectedPen(const QColor& color, qreal width)
{
    // Flat dashes of 2.4 × 1.6 line widths: clearly broken, where a compared scenario's long
    // round dashes read almost solid. The same pattern in every SVG renderer (butt caps).
    QPen pen(color, width, Qt::CustomDashLine);
    pen.setDashPattern({2.4, 1.6});
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

QColor projectedFill()
{
    return QColor(0x9e, 0x9e, 0x9e, 70);
}

QString projectedLegendName()
{
    return QCoreApplication::translate("atlas::charts", "projected");
}

QList<QPointF> projectedPart(const QList<QPointF>& recorded, const QList<QPointF>& withProjections)
{
    const auto recordedAt = [&recorded](double year, double* value) {
        for (const QPointF& p : recorded) {
            if (p.x() == year) {
                *value = p.y();
                return true;
            }
        }
        return false;
    };
    int first = -1, last = -1;
    for (int i = 0; i < withProjections.size(); ++i) {
        double value = 0;
        if (!recordedAt(withProjections[i].x(), &value) || value != withProjections[i].y()) {
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first < 0)
        return {};
    return withProjections.mid(std::max(0, first - 1), last - std::max(0, first - 1) + 1);
}

ProjectedLegend::ProjectedLegend(QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
    : m_x(x), m_y(y), m_series(new QLineSeries)
{
    m_series->setName(projectedLegendName());
    m_series->setPen(projectedPen(QColor(0x44, 0x44, 0x44), 1.5));
    chart->addSeries(m_series);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    setShown(false);
}

void ProjectedLegend::raise()
{
    QChart* chart = m_series->chart();
    if (!chart)
        return;
    chart->removeSeries(m_series);
    chart->addSeries(m_series);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setShown(m_shown);
}

void ProjectedLegend::setShown(bool shown)
{
    m_shown = shown;
    if (QChart* chart = m_series->chart()) {
        for (QLegendMarker* marker : chart->legend()->markers(m_series)) {
            marker->setShape(QLegend::MarkerShapeFromSeries); // a dashed line, not a square
            marker->setVisible(shown);
        }
    }
}

void tipOnHover(QXYSeries* series, const std::function<QString(QPointF)>& text)
{
    QObject::connect(series, &QXYSeries::hovered, series,
                     [text](const QPointF& point, bool entered) {
                         if (entered)
                             QToolTip::showText(QCursor::pos(), text(point));
                         else
                             QToolTip::hideText();
                     });
}

} // namespace atlas::charts
