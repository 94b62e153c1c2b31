// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/scenariopanel.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "ui/scenario/bindingreadout.h"
#include "ui/scenario/gpumodelslider.h"
#include "ui/scenario/operatorfilterbutton.h"
#include "ui/scenario/parameterslider.h"
#include "core/scenario/scenariocontroller.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

namespace atlas {
namespace {

bool isModelParameter(ParameterKey key)
{
    return key == ParameterKey::TdpW || key == ParameterKey::Overhead ||
           key == ParameterKey::CapexPerGpuUsd;
}

QSpinBox* yearBox(const ParameterSpec& spec, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(int(spec.minimum), int(spec.maximum));
    box->setKeyboardTracking(false);
    box->setToolTip(spec.toolTip);
    box->setObjectName(QLatin1String(spec.jsonKey));
    return box;
}

} // namespace

ScenarioPanel::ScenarioPanel(ScenarioController* scenario, ViewState* view, QWidget* parent)
    : QWidget(parent), m_scenario(scenario), m_model(new GpuModelSlider(this)),
      m_operators(new OperatorFilterButton(this)),
      m_yearFrom(yearBox(parameterSpec(ParameterKey::YearFrom), this)),
      m_yearTo(yearBox(parameterSpec(ParameterKey::YearTo), this)),
      m_readout(new BindingReadout(scenario, view, this))
{
    auto* content = new QWidget;
    auto* form = new QFormLayout(content);
    form->setContentsMargins(0, 0, 4, 0); // the panel has its margins; 4 px off the scroll bar
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock (a 1366-wide laptop) a slider goes under its label rather than being
    // squeezed to nothing beside it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_model->label(), m_model);
    for (const ParameterSpec& spec : parameterSpecs()) {
        if (spec.key == ParameterKey::YearFrom || spec.key == ParameterKey::YearTo)
            continue;
        auto* slider = new ParameterSlider(spec, isModelParameter(spec.key), content);
        m_sliders.insert(int(spec.key), slider);
        form->addRow(slider->label(), slider);
        const ParameterKey key = spec.key;
        connect(slider, &ParameterSlider::valueEdited, scenario,
                [scenario, key](double value) { scenario->setParameter(key, value); });
        connect(slider, &ParameterSlider::resetRequested, scenario,
                [scenario, key] { scenario->resetParameter(key); });
        connect(slider, &ParameterSlider::pinToggled, scenario,
                [scenario, key](bool pinned) { scenario->setPinned(key, pinned); });
    }
    auto* years = new QWidget(content);
    auto* yearsLayout = new QHBoxLayout(years);
    yearsLayout->setContentsMargins(0, 0, 0, 0);
    yearsLayout->addWidget(m_yearFrom);
    yearsLayout->addWidget(new QLabel(tr("to"), years));
    yearsLayout->addWidget(m_yearTo);
    yearsLayout->addStretch();
    form->addRow(tr("&Years"), years);
    form->addRow(tr("&Sites of"), m_operators);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_readout);
    layout->addWidget(scroll, 1);
    // The scroll area scrolls down, never sideways: the panel (and its dock) is never narrower
    // than a slider with its value and pin (under its label, when the labels do not fit beside).
    m_content = content;
    keepSlidersWhole();

    connect(m_model, &GpuModelSlider::modelChosen, scenario, &ScenarioController::setGpuModel);
    connect(m_model, &GpuModelSlider::asRecordedChosen, scenario,
            [scenario] { scenario->setAsRecorded(true); });
    connect(m_operators, &OperatorFilterButton::selectionEdited, scenario, &ScenarioController::setOperators);
    connect(m_yearFrom, &QSpinBox::valueChanged, scenario,
            [scenario](int year) { scenario->setParameter(ParameterKey::YearFrom, year); });
    connect(m_yearTo, &QSpinBox::valueChanged, scenario,
            [scenario](int year) { scenario->setParameter(ParameterKey::YearTo, year); });
    connect(scenario, &ScenarioController::paramsChanged, this, &ScenarioPanel::showParams);
    connect(scenario->document(), &AtlasDocument::datasetChanged, this, &ScenarioPanel::showCatalogue);
    showCatalogue();
}

void ScenarioPanel::keepSlidersWhole()
{
    auto* scroll = findChild<QScrollArea*>();
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(m_content->minimumSizeHint().width() + margins.left() + margins.right() +
                    scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
}

QSize ScenarioPanel::sizeHint() const
{
    // Wide enough for every slider beside its label (the scroll area would offer less).
    const QMargins margins = layout()->contentsMargins();
    return {std::max(minimumWidth(),
                     m_content->sizeHint().width() + margins.left() + margins.right() +
                         findChild<QScrollArea*>()->verticalScrollBar()->sizeHint().width()),
            QWidget::sizeHint().height()};
}

bool ScenarioPanel::event(QEvent* event)
{
    // Fonts and styles change the sliders' widths (a language, a scale).
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange ||
        event->type() == QEvent::LayoutRequest)
        keepSlidersWhole();
    return QWidget::event(event);
}

void ScenarioPanel::showCatalogue()
{
    m_model->setCatalogue(m_scenario->document()->dataset().gpuModels);
    m_operators->setOperators(m_scenario->document()->dataset().operators);
    showParams();
}

void ScenarioPanel::showParams()
{
    const ScenarioParams& params = m_scenario->params();
    m_model->setCurrent(params.asRecorded, params.gpuModelId);
    for (ParameterSlider* slider : std::as_const(m_sliders)) {
        // As recorded, each chip has its own power, overhead and price: the model's sliders rest.
        if (isModelParameter(slider->key())) {
            slider->setEnabled(!params.asRecorded);
            slider->label()->setEnabled(!params.asRecorded);
        }
        slider->setValue(parameterValue(params, slider->key()));
        slider->setPinned(m_scenario->isPinned(slider->key()));
        slider->setDefaultHint(m_scenario->defaultValue(slider->key()));
    }
    m_operators->setSelection(params.operatorIds);
    const QSignalBlocker blockFrom(m_yearFrom);
    const QSignalBlocker blockTo(m_yearTo);
    m_yearFrom->setValue(params.yearFrom);
    m_yearTo->setValue(params.yearTo);
}

} // namespace atlas
