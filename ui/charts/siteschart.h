// SPDX-License-Identifier: GPL-3.0-or-later
// The sites in the selected year: a bar of IT power per site, largest at the top, the rest
// gathered as "others" so it stays readable with thousands. Each bar's label gives the site's
// allocated GPUs (each site gets GPUs in proportion to its power).
#pragma once

#include "charts/chartstyle.h"
#include "charts/scenariochart.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSet;
class QHorizontalBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace atlas::charts {

class SitesChart : public ScenarioChart
{
public:
    static constexpr int kShownSites = 10;

    SitesChart();
    ~SitesChart() override;
    // The sites charted, top bar first, as "name · GPUs" in full (for tests).
    QStringList categories() const;
    // The axis's labels as drawn, top bar first: names cut to fit, rich text (for tests).
    QStringList axisLabels() const;

protected:
    void updateSeries(const ChartInputs& inputs) override;

private:
    struct Label
    {
        QString name;
        double gpus = 0;
    };
    // Sets the axis's labels from m_labels, each name cut to the width the chart's layout gives
    // the axis, so that the GPUs line survives (Qt's own cut of rich text drops it).
    void applyLabels();

    QVector<Label> m_labels; // bottom bar first, as the axis wants them
    QMetaObject::Connection m_resized;
    QBarCategoryAxis* m_names;
    QValueAxis* m_mw;
    QHorizontalBarSeries* m_series;
    QBarSet* m_bars;
    StableRange m_range;
};

} // namespace atlas::charts
