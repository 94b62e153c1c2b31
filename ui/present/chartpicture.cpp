// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/present/chartpicture.h"

#include "ui/charts/chartexport.h"
#include "core/document/viewstate.h"
#include "core/scenario/scenariocontroller.h"
#include "ui/widgets/theme.h"

#include <QPainter>

#include <algorithm>

namespace atlas {

ChartPicture::ChartPicture(charts::ChartKind kind, const ScenarioController* scenario, const ViewState* view, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_scenario(scenario), m_view(view)
{
    setObjectName(charts::chartFileStem(kind));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 180);
    connect(scenario, &ScenarioController::resultChanged, this, &ChartPicture::invalidate);
    connect(scenario, &ScenarioController::scenarioIdentityChanged, this, &ChartPicture::invalidate);
    connect(view, &ViewState::yearChanged, this, &ChartPicture::invalidate);
}

void ChartPicture::setZoom(qreal zoom)
{
    m_zoom = zoom;
    invalidate();
}

void ChartPicture::invalidate()
{
    m_picture = QImage();
    update();
}

void ChartPicture::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    invalidate();
}

void ChartPicture::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        invalidate();
}

void ChartPicture::paintEvent(QPaintEvent*)
{
    if (m_picture.size() != size() * devicePixelRatioF()) {
        m_picture = QImage(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        m_picture.setDevicePixelRatio(devicePixelRatioF());
        m_picture.fill(palette().color(QPalette::Window));
        QPainter painter(&m_picture);
        // As large as asked, but never laid out smaller than a chart can be read at (about
        // 420 × 260): a small widget gets smaller type rather than a squashed chart.
        const qreal zoom = std::clamp(std::min(width() / 420.0, height() / 260.0), 1.0, m_zoom);
        charts::paintChart(painter, QRectF(QPointF(0, 0), QSizeF(size())), m_kind, charts::chartInputsOf(*m_scenario, m_view->year()),
                           isDarkPalette(palette()), zoom);
    }
    QPainter painter(this);
    painter.drawImage(0, 0, m_picture);
}

} // namespace atlas
