// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartview.h"

#include "ui/charts/chartstyle.h"
#include "ui/charts/claimranges.h"
#include "ui/widgets/theme.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QToolTip>

namespace atlas::charts {

ChartView::ChartView(ChartKind kind, QWidget* parent) : QChartView(parent), m_chart(makeChart(kind))
{
    // QChartView makes a chart of its own and lets go of it when given another: delete it.
    QChart* placeholder = chart();
    setChart(m_chart->chart()); // the view owns our QChart now
    delete placeholder;
    setRenderHint(QPainter::Antialiasing);
    setObjectName(chartFileStem(kind));
    setToolTip(tr("Right-click to export or copy; click a point or a bar for how it was "
                  "computed; double-click to show this chart alone"));
    setMinimumSize(180, 150);
    setMouseTracking(true); // a hand over a claim
    viewport()->setMouseTracking(true);
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
    menu.addSeparator();
    // The figure under the pointer, else the chart's main figure in the selected year.
    const ExplainRequest request = explainAt(event->pos()).value_or(m_chart->mainExplanation());
    menu.addAction(tr("How Was This Computed?"), this,
                   [this, request] { Q_EMIT explainRequested(request); });
    menu.exec(event->globalPos());
}

int ChartView::claimAt(const QPoint& viewportPosition) const
{
    const ClaimRanges* claims = m_chart->claimRanges();
    if (!claims)
        return -1;
    return claims->claimAt(chart()->mapFromScene(mapToScene(viewportPosition)));
}

std::optional<ExplainRequest> ChartView::explainAt(const QPoint& viewportPosition) const
{
    return m_chart->explainAt(chart()->mapFromScene(mapToScene(viewportPosition)));
}

bool ChartView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const int claim = claimAt(help->pos()); claim >= 0) {
            QToolTip::showText(help->globalPos(), m_chart->claimRanges()->toolTip(claim),
                               viewport());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void ChartView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint at = event->position().toPoint();
    if (claimAt(at) >= 0 || explainAt(at))
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
    QChartView::mouseMoveEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        if (const int index = claimAt(event->position().toPoint()); index >= 0) {
            Q_EMIT claimActivated(m_chart->claimRanges()->claim(index)->id);
            event->accept();
            return;
        }
        if (const auto request = explainAt(event->position().toPoint())) {
            Q_EMIT explainRequested(*request);
            event->accept();
            return;
        }
    }
    QChartView::mouseReleaseEvent(event);
}

void ChartView::mouseDoubleClickEvent(QMouseEvent* event)
{
    // A double click on a claim is a click that opened it, not a wish to show the chart alone.
    if (claimAt(event->position().toPoint()) >= 0) {
        event->accept();
        return;
    }
    Q_EMIT soloToggled(kind());
    QChartView::mouseDoubleClickEvent(event);
}

} // namespace atlas::charts
