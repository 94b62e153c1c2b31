// SPDX-License-Identifier: GPL-3.0-or-later
// The four charts of the scenario in a 2×2 grid (a row or a column of four when the panel is
// that shape), or one at a time under a row of tabs when a grid's charts would be smaller than
// can be read (a small screen, a large scale); kept in step with the sliders, the year and the
// data; with export and copy.
#pragma once

#include "ui/charts/scenariochart.h"

#include <QWidget>

#include <optional>

class QGridLayout;
class QTabBar;

namespace atlas {
class AtlasDocument;
class ScenarioController;
class ViewState;
} // namespace atlas

namespace atlas::charts {

class ChartView;

class ChartsPanel : public QWidget
{
    Q_OBJECT
public:
    ChartsPanel(const ScenarioController* scenario, const ViewState* view, QWidget* parent = nullptr);

    // The smallest a chart is drawn in the grid, in logical pixels (a dashboard tile's size):
    // its title, axis labels and legend take about half of it, and the plot keeps the rest.
    static constexpr QSize kReadableChart{240, 180};

    ChartInputs inputs() const;
    ChartView* view(ChartKind kind) const;
    // Whether the charts are shown one at a time under tabs; showChart() brings one up then.
    bool showsTabs() const;
    void showChart(ChartKind kind);
    QTabBar* tabBar() const { return m_tabs; }
    // Updates every chart from the scenario now (they also follow its signals).
    void refresh();

    // The dialogs: a file for one chart, a folder for all.
    void exportChartWithDialog(ChartKind kind, const QString& format, qreal scale);
    void exportAllWithDialog();
    void copyChart(ChartKind kind);
    // The numbers behind a chart (charttable.h): into a CSV file, or onto the clipboard as
    // tab-separated text and an HTML table.
    void exportDataWithDialog(ChartKind kind);
    void copyTable(ChartKind kind);

Q_SIGNALS:
    // A claim drawn on a chart was clicked: open it.
    void claimActivated(atlas::Id claimId);
    // A figure on a chart was clicked, or its context menu asked how it was computed.
    void explainRequested(const atlas::ExplainRequest& request);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void toggleSolo(ChartKind kind);
    void arrange();
    void showArrangement();

    const ScenarioController* m_scenario;
    const ViewState* m_view;
    QList<ChartView*> m_views;
    QTabBar* m_tabs;
    QGridLayout* m_grid;
    int m_columns = 0; // 0: tabs
    bool m_arranged = false;
    std::optional<ChartKind> m_solo; // double-clicked: shown alone in the grid
};

} // namespace atlas::charts
