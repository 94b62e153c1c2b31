// SPDX-License-Identifier: GPL-3.0-or-later
// A chart for a room: drawn as a picture with large type (the export's drawing, zoomed), and
// drawn again only when the scenario, the year, the size or the theme changes.
#pragma once

#include "ui/charts/scenariochart.h"

#include <QImage>
#include <QWidget>

namespace atlas {

class ScenarioController;
class ViewState;

class ChartPicture : public QWidget
{
    Q_OBJECT
public:
    ChartPicture(charts::ChartKind kind, const ScenarioController* scenario, const ViewState* view, QWidget* parent = nullptr);

    // The largest type size relative to the export's (1.4 there): 2 on a 1080-line
    // projector. Smaller when the widget is too small for it.
    void setZoom(qreal zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void invalidate();

    charts::ChartKind m_kind;
    const ScenarioController* m_scenario;
    const ViewState* m_view;
    qreal m_zoom = 2.0;
    QImage m_picture;
};

} // namespace atlas
