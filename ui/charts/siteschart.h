// SPDX-License-Identifier: GPL-3.0-or-later
// The sites in the selected year: a bar of IT power per site, largest at the top, the rest
// gathered as "others" so it stays readable with thousands. Each bar's label gives the site's
// GPUs (the what-if gives each site GPUs in proportion to its power; as recorded, its fleet).
// What the recorded phases give is the solid bar; what a source projects beyond it, a light
// dashed one after it.
#pragma once

#include "ui/charts/chartstyle.h"
#include "ui/charts/scenariochart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class SitesChart : public ScenarioChart
{
public:
    // One bar's site and its figures.
    struct Label
    {
        QString name;
        Id siteId = 0;            // 0: the rest of the sites
        double gpus = 0;          // recorded
        double projectedGpus = 0; // with the sources' projections
        double recordedMw = 0;
        double projectedMw = 0;
        QString value, shortValue; // at the bar's end: "300 MW + 700 projected", "300+700 MW"
    };

    SitesChart();
    ~SitesChart() override;
    // The sites charted, top bar first, as "name · GPUs" in full (for tests).
    QStringList categories() const;
    // The axis's labels as drawn, top bar first: names cut to fit, rich text (for tests).
    QStringList axisLabels() const;
    // The labels at the bars' ends, top bar first: "300 MW", "300 MW + 700 projected" (or,
    // where that does not fit, "300+700 MW").
    QStringList valueLabels() const;
    QBarSet* recordedBars() const { return m_bars; }
    QBarSet* projectedBars() const { return m_projectedBars; }

    std::optional<ExplainRequest> explainAt(const QPointF& position) const override;
    // The top site's power.
    ExplainRequest mainExplanation() const override;

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    // Sets the axis's labels from m_labels, each name cut to the width the chart's layout gives
    // the axis, so that the GPUs line survives (Qt's own cut of rich text drops it).
    void applyLabels();
    // The values at the bars' ends, placed where the bars end (and kept there on resizes).
    void placeValueLabels();
    QString barTip(int index) const;

    QVector<Label> m_labels; // bottom bar first, as the axis wants them
    QMetaObject::Connection m_resized, m_plotMoved;
    QBarCategoryAxis* m_names;
    QValueAxis* m_mw;
    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_bars;          // recorded
    QBarSet* m_projectedBars; // what the sources project beyond it
    QList<QGraphicsSimpleTextItem*> m_valueLabels;
    StableRange m_range;
};

} // namespace atlas::charts
