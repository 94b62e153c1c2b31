// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/gpumodelslider.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>

#include <algorithm>

namespace atlas {

GpuModelSlider::GpuModelSlider(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(tr("&GPU model"), parent)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_name(new QLabel(this))
{
    setObjectName(QStringLiteral("gpuModel"));
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_slider->setFocusPolicy(Qt::StrongFocus);
    m_slider->setMinimumWidth(100); // as the other sliders: steps one can aim at
    m_name->setMinimumWidth(100);
    m_label->setBuddy(m_slider);
    m_slider->setToolTip(
        tr("First the fleets as recorded, then the GPU catalogue, oldest to newest. "
           "Changing the model resets chip power, overhead and capex unless pinned."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_name);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        showName();
        if (m_updating || m_models.isEmpty())
            return;
        if (isAsRecorded())
            Q_EMIT asRecordedChosen();
        else
            Q_EMIT modelChosen(currentModel());
    });
}

QString GpuModelSlider::asRecordedName()
{
    return tr("As recorded");
}

void GpuModelSlider::setCatalogue(QVector<GpuModel> models)
{
    std::sort(models.begin(), models.end(), [](const GpuModel& a, const GpuModel& b) {
        return a.year != b.year ? a.year < b.year : a.id < b.id;
    });
    const bool asRecorded = isAsRecorded() && !m_models.isEmpty();
    const Id current = currentModel();
    m_models = std::move(models);
    m_updating = true;
    m_slider->setRange(0, int(m_models.size()));
    m_slider->setEnabled(!m_models.isEmpty());
    m_updating = false;
    setCurrent(asRecorded, current);
}

void GpuModelSlider::setCurrent(bool asRecorded, Id id)
{
    const auto it = std::find_if(m_models.begin(), m_models.end(), [id](const GpuModel& m) { return m.id == id; });
    m_updating = true;
    if (asRecorded)
        m_slider->setValue(0);
    else if (it != m_models.end())
        m_slider->setValue(1 + int(it - m_models.begin()));
    m_updating = false;
    showName();
}

bool GpuModelSlider::isAsRecorded() const
{
    return m_slider->value() == 0;
}

Id GpuModelSlider::currentModel() const
{
    const int index = m_slider->value() - 1;
    return index >= 0 && index < m_models.size() ? m_models[index].id : 0;
}

QString GpuModelSlider::currentName() const { return m_name->text(); }

void GpuModelSlider::showName()
{
    if (m_models.isEmpty()) {
        m_name->setText(tr("(no models)"));
        return;
    }
    if (isAsRecorded()) {
        m_name->setText(asRecordedName());
        m_name->setToolTip(
            tr("Each site's GPUs are the chips its phases count, of whatever models; its "
               "H100-equivalents as stated, else its chips × each model's dense BF16 / an "
               "H100's. Neither power nor money limits them."));
        return;
    }
    const GpuModel& model = m_models[m_slider->value() - 1];
    m_name->setText(model.name);
    m_name->setToolTip(tr("%1 (%2): %3 W, %4 dense BF16 TFLOPS. %5")
                           .arg(model.name)
                           .arg(model.year)
                           .arg(QLocale().toString(model.tdpW, 'f', 0),
                                model.bf16Tflops ? QLocale().toString(*model.bf16Tflops, 'f', 0)
                                                 : tr("unpublished"),
                                model.note));
}

} // namespace atlas
