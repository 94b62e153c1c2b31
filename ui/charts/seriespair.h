// SPDX-License-Identifier: GPL-3.0-or-later
// A line of scenario A and the same line of the compared scenario B (dashed), kept together.
// A's line is what the recorded phases give (solid) and, where counting a source's projected
// phases changes it, what they give (dashed, branching off the solid line).
#pragma once

#include "core/domain/capacity.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

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
    QLineSeries* projected() const { return m_projected; }
    QLineSeries* compared() const { return m_compared; }
    // A's line: `recorded` solid; `withProjections` dashed where it differs (empty: the same).
    void setMain(const QList<QPointF>& recorded, const QList<QPointF>& withProjections = {});
    // Whether A's dashed part shows.
    bool hasProjected() const;
    // Empty points hide B's line (no comparison).
    void setCompared(const QList<QPointF>& points, const QString& scenarioName);
    // How the tooltip of the dashed part writes a value (plain numbers unless set).
    void setValueText(const std::function<QString(double)>& text) { m_valueText = text; }
    // The year of A's point within `tolerance` pixels of `position` (chart coordinates), and
    // whether it is of the solid line (the recorded phases) or of the dashed one (every phase).
    struct Point
    {
        int year = 0;
        PhaseScope scope = PhaseScope::RecordedOnly;
    };
    std::optional<Point> pointNear(const QPointF& position, qreal tolerance = 8) const;
    // Draws the pair above the series added after it (series are drawn in the order added).
    void raise();

private:
    QString projectedTip(const QPointF& at) const;

    QAbstractAxis* m_x;
    QAbstractAxis* m_y;
    QLineSeries* m_main;
    QLineSeries* m_projected;
    QLineSeries* m_compared;
    QString m_name;
    QList<QPointF> m_recorded;
    std::function<QString(double)> m_valueText;
};

} // namespace atlas::charts
