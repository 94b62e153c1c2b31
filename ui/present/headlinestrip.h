// SPDX-License-Identifier: GPL-3.0-or-later
// The headline numbers of the year as a row of large tiles (presentation mode), drawn by the
// same code as the dashboard export.
#pragma once

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

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    qreal unit() const;

    const ScenarioController* m_scenario;
    const ViewState* m_view;
};

} // namespace atlas
