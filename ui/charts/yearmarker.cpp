// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/yearmarker.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <utility>

namespace atlas::charts {
namespace {

std::pair<double, double> rangeOf(const QAbstractAxis* axis)
{
    if (const auto* linear = qobject_cast<const QValueAxis*>(axis))
        return {linear->min(), linear->max()};
    if (const auto* log = qobject_cast<const QLogValueAxis*>(axis))
        return {log->min(), log->max()};
    return {0, 0};
}

} // namespace

YearMarker::YearMarker(QChart* chart, QAbstractAxis* years, QAbstractAxis* values)
    : m_years(years), m_values(values), m_line(new QLineSeries)
{
    m_line->setObjectName(QStringLiteral("yearMarker"));
    // Near the text colour, so the theme's ink rule draws it light on a dark chart; faint, so
    // it reads as a guide, not as data.
    m_line->setPen(QPen(QColor(0x22, 0x22, 0x22, 110), 1.5, Qt::SolidLine, Qt::FlatCap));
    chart->addSeries(m_line);
    m_line->attachAxis(years);
    m_line->attachAxis(values);
    for (QLegendMarker* marker : chart->legend()->markers(m_line))
        marker->setVisible(false);
}

void YearMarker::show(int year)
{
    const auto [firstYear, lastYear] = rangeOf(m_years);
    const auto [low, high] = rangeOf(m_values);
    if (year < firstYear || year > lastYear || high <= low) {
        m_line->clear();
        return;
    }
    m_line->replace(QList<QPointF>{QPointF(year, low), QPointF(year, high)});
}

} // namespace atlas::charts
