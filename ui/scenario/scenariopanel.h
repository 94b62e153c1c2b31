// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario's sliders: GPU model, chip power, overhead, PUE, funding, capex, lifetime,
// multi-site loss, route factor, years and operators; with the readout of what binds.
#pragma once

#include "core/scenario/parameterranges.h"

#include <QHash>
#include <QWidget>

class QSpinBox;

namespace atlas {

class AtlasDocument;
class BindingReadout;
class GpuModelSlider;
class OperatorFilterButton;
class ParameterSlider;
class ScenarioController;
class ViewState;

class ScenarioPanel : public QWidget
{
    Q_OBJECT
public:
    ScenarioPanel(ScenarioController* scenario, ViewState* view, QWidget* parent = nullptr);

    ParameterSlider* slider(ParameterKey key) const { return m_sliders.value(int(key)); }
    GpuModelSlider* gpuModelSlider() const { return m_model; }
    BindingReadout* readout() const { return m_readout; }
    QSize sizeHint() const override;

protected:
    bool event(QEvent* event) override;

private:
    void showParams();
    void showCatalogue();
    void keepSlidersWhole();

    ScenarioController* m_scenario;
    QHash<int, ParameterSlider*> m_sliders;
    GpuModelSlider* m_model;
    OperatorFilterButton* m_operators;
    QSpinBox* m_yearFrom;
    QSpinBox* m_yearTo;
    BindingReadout* m_readout;
    QWidget* m_content = nullptr; // the sliders' form, inside the scroll area
};

} // namespace atlas
