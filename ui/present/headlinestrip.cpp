// SPDX-License-Identifier: GPL-3.0-or-later
#include "present/headlinestrip.h"

#include "document/viewstate.h"
#include "present/dashboardpage.h"
#include "scenario/scenariocontroller.h"
#include "window/theme.h"

#include <QPainter>

namespace atlas {

HeadlineStrip::HeadlineStrip(const ScenarioController* scenario, const ViewState* view, QWidget* parent)
    : QWidget(parent), m_scenario(scenario), m_view(view)
{
    setObjectName(QStringLiteral("headlines"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
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

void HeadlineStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintHeadlineTiles(painter, QRectF(rect()).adjusted(1, 1, -1, -1), m_scenario->result(), m_view->year(),
                       isDarkPalette(palette()), unit());
}

} // namespace atlas
