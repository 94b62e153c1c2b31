// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include "charts/chartstyle.h"
#include "window/theme.h"

#include <QContextMenuEvent>
#include <QMenu>

namespace atlas::charts {

ChartView::ChartView(ChartKind kind, QWidget* parent) : QChartView(parent), m_chart(makeChart(kind))
{
    // QChartView makes a chart of its own and lets go of it when given another: delete it.
    QChart* placeholder = chart();
    setChart(m_chart->chart()); // the view owns our QChart now
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setObjectName(chartFileStem(kind));
    setToolTip(tr("Right-click to export or copy; double-click to show this chart alone"));
    setMinimumSize(180, 150);
    m_chart->setDark(isDarkPalette(palette()));
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    // Light or dark with the palette the view is shown with (the system's, or presentation's).
    if (event->type() == QEvent::PaletteChange)
        m_chart->setDark(isDarkPalette(palette()));
}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event); // resizes the chart to the view
    fitLegend(chart());
}

ChartView::~ChartView() = default;

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    const ChartKind k = kind();
    for (int scale : {1, 2, 3}) {
        menu.addAction(tr("Export as PNG (%1×)…").arg(scale), this,
                       [this, k, scale] { Q_EMIT exportRequested(k, QStringLiteral("png"), scale); });
    }
    menu.addAction(tr("Export as SVG…"), this,
                   [this, k] { Q_EMIT exportRequested(k, QStringLiteral("svg"), 1); });
    menu.addAction(tr("Export Data (CSV)…"), this, [this, k] { Q_EMIT dataExportRequested(k); });
    menu.addSeparator();
    menu.addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy Chart"), this,
                   [this, k] { Q_EMIT copyRequested(k); });
    menu.addAction(tr("Copy as Table"), this, [this, k] { Q_EMIT tableCopyRequested(k); });
    menu.addAction(tr("Show Alone / Show All"), this, [this, k] { Q_EMIT soloToggled(k); });
    menu.exec(event->globalPos());
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    Q_EMIT soloToggled(kind());
    QChartView::mouseDoubleClickEvent(event);
}

} // namespace atlas::charts
