// SPDX-License-Identifier: GPL-3.0-or-later
// What limits the GPUs each year, power or money, as a row of years (starred where a year
// rests on a source's projections); and the headline figures of the selected year.
#pragma once

#include "core/scenario/explanation.h"
#include "core/scenario/scenarioresult.h"

#include <QLabel>

namespace atlas {

class ScenarioController;
class ViewState;

class BindingReadout : public QLabel
{
    Q_OBJECT
public:
    BindingReadout(const ScenarioController* scenario, const ViewState* view, QWidget* parent = nullptr);

Q_SIGNALS:
    // One of the selected year's numbers was clicked: how it was computed.
    void explainRequested(const atlas::ExplainRequest& request);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    static QString bindsWord(Binding binds);

    const ScenarioController* m_scenario;
    const ViewState* m_view;
};

} // namespace atlas
