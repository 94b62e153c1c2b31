// SPDX-License-Identifier: GPL-3.0-or-later
// One chart on screen. Right-click to export it or its numbers, or copy either; double-click
// to show it alone. Hovering a published claim says who said what; clicking it asks for the
// claim to be opened.
#pragma once

#include "ui/charts/scenariochart.h"
#include "core/domain/entities.h"

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
    void claimActivated(atlas::Id claimId);
    // "How was this computed?" for a figure drawn (a click on it, or the context menu).
    void explainRequested(const atlas::ExplainRequest& request);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    // The index of the claim under a point of the viewport in the chart's ClaimRanges, or -1.
    int claimAt(const QPoint& viewportPosition) const;
    // The figure drawn at a point of the viewport, if any.
    std::optional<ExplainRequest> explainAt(const QPoint& viewportPosition) const;

    std::unique_ptr<ScenarioChart> m_chart;
};

} // namespace atlas::charts
