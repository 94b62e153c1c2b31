// SPDX-License-Identifier: GPL-3.0-or-later
// The four charts of the scenario in a 2×2 grid, kept in step with the sliders, the year and
// the data; with export and copy.
#pragma once

#include "charts/scenariochart.h"

#include <QWidget>

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

    ChartInputs inputs() const;
    ChartView* view(ChartKind kind) const;
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

    const ScenarioController* m_scenario;
    const ViewState* m_view;
    QList<ChartView*> m_views;
    int m_columns = 0;
};

} // namespace atlas::charts
