// SPDX-License-Identifier: GPL-3.0-or-later
// The headline numbers of the year as a row of large tiles (presentation mode), drawn by the
// same code as the dashboard export.
#pragma once

#include "core/scenario/explanation.h"

#include <QWidget>

namespace atlas {

class ScenarioController;
class ViewState;

class HeadlineStrip : public QWidget
{
    Q_OBJECT
public:
    HeadlineStrip(const ScenarioController* scenario, const ViewState* view, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    // The tiles as painted, left to right.
    QVector<QRectF> tileRects() const;

Q_SIGNALS:
    // A tile was clicked: how its number was computed.
    void explainRequested(const atlas::ExplainRequest& request);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    qreal unit() const;
    QRectF tileRow() const;

    const ScenarioController* m_scenario;
    const ViewState* m_view;
};

} // namespace atlas
