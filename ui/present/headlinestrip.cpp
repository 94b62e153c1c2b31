// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/headlinestrip.h"

#include "core/document/viewstate.h"
#include "ui/present/dashboardpage.h"
#include "core/scenario/headlinefigures.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/widgets/theme.h"

#include <QMouseEvent>
#include <QPainter>

namespace atlas {

HeadlineStrip::HeadlineStrip(const ScenarioController* scenario, const ViewState* view, QWidget* parent)
    : QWidget(parent), m_scenario(scenario), m_view(view)
{
    setObjectName(QStringLiteral("headlines"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Click a number for how it was computed"));
    connect(scenario, &ScenarioController::resultChanged, this, qOverload<>(&QWidget::update));
    connect(view, &ViewState::yearChanged, this, qOverload<>(&QWidget::update));
}

qreal HeadlineStrip::unit() const
{
    // Type that reads from the back of a room: a 54th of the screen's height (20 px at 1080).
    const QWidget* top = window();
    return std::max<qreal>(14, top->height() / 54.0);
}

QSize HeadlineStrip::sizeHint() const { return QSize(800, int(unit() * 6.4)); }

QRectF HeadlineStrip::tileRow() const
{
    return QRectF(rect()).adjusted(1, 1, -1, -1);
}

void HeadlineStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintHeadlineTiles(painter, tileRow(), m_scenario->result(), m_view->year(),
                       isDarkPalette(palette()), unit());
}

QVector<QRectF> HeadlineStrip::tileRects() const
{
    const int count = int(headlineFigures(m_scenario->result(), m_view->year()).size());
    QVector<QRectF> tiles;
    for (int i = 0; i < count; ++i)
        tiles << headlineTileRect(tileRow(), count, i, unit());
    return tiles;
}

void HeadlineStrip::mouseReleaseEvent(QMouseEvent* event)
{
    const QVector<HeadlineFigure> figures = headlineFigures(m_scenario->result(), m_view->year());
    const QVector<QRectF> tiles = tileRects();
    for (int i = 0; i < tiles.size() && i < figures.size(); ++i) {
        if (event->button() == Qt::LeftButton && tiles[i].contains(event->position())) {
            Q_EMIT explainRequested({figures[i].explains, m_view->year()});
            return;
        }
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace atlas
