// SPDX-License-Identifier: GPL-3.0-or-later
// One chart on screen. Right-click to export it or its numbers, or copy either; double-click
// to show it alone.
#pragma once

#include "charts/scenariochart.h"

#include <QChartView>

#include <memory>

namespace atlas::charts {

class ChartView : public QChartView
{
    Q_OBJECT
public:
    explicit ChartView(ChartKind kind, QWidget* parent = nullptr);
    ~ChartView() override;

    ScenarioChart* scenarioChart() const { return m_chart.get(); }
    ChartKind kind() const { return m_chart->kind(); }

Q_SIGNALS:
    void exportRequested(ChartKind kind, const QString& format, qreal scale);
    void copyRequested(ChartKind kind);
    void dataExportRequested(ChartKind kind); // the numbers behind the chart, as CSV
    void tableCopyRequested(ChartKind kind);  // the same, onto the clipboard
    void soloToggled(ChartKind kind);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::unique_ptr<ScenarioChart> m_chart;
};

} // namespace atlas::charts
