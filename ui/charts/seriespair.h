// SPDX-License-Identifier: GPL-3.0-or-later
// A line of scenario A and the same line of the compared scenario B (dashed), kept together.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QChart;
class QLineSeries;
QT_END_NAMESPACE

namespace atlas::charts {

class SeriesPair
{
public:
    SeriesPair(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, const QString& name, const QColor& color);

    QLineSeries* main() const { return m_main; }
    QLineSeries* compared() const { return m_compared; }
    void setMain(const QList<QPointF>& points);
    // Empty points hide B's line (no comparison).
    void setCompared(const QList<QPointF>& points, const QString& scenarioName);
    // Draws the pair above the series added after it (series are drawn in the order added).
    void raise();

private:
    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QLineSeries* m_main;
    QLineSeries* m_compared;
    QString m_name;
};

} // namespace atlas::charts
