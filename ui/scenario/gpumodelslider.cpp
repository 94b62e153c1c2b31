// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/gpumodelslider.h"

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
    m_name->setMinimumWidth(120);
    m_label->setBuddy(m_slider);
    m_slider->setToolTip(tr("Step through the GPU catalogue, oldest to newest. Changing the model "
                            "resets chip power, overhead and capex unless pinned."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_name);
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        showName();
        if (!m_updating && !m_models.isEmpty())
            Q_EMIT modelChosen(currentModel());
    });
}

void GpuModelSlider::setCatalogue(QVector<GpuModel> models)
{
    std::sort(models.begin(), models.end(), [](const GpuModel& a, const GpuModel& b) {
        return a.year != b.year ? a.year < b.year : a.id < b.id;
    });
    const Id current = currentModel();
    m_models = std::move(models);
    m_updating = true;
    m_slider->setRange(0, std::max<int>(0, int(m_models.size()) - 1));
    m_slider->setEnabled(!m_models.isEmpty());
    m_updating = false;
    setCurrentModel(current);
}

void GpuModelSlider::setCurrentModel(Id id)
{
    const auto it = std::find_if(m_models.begin(), m_models.end(), [id](const GpuModel& m) { return m.id == id; });
    m_updating = true;
    if (it != m_models.end())
        m_slider->setValue(int(it - m_models.begin()));
    m_updating = false;
    showName();
}

Id GpuModelSlider::currentModel() const
{
    const int index = m_slider->value();
    return index >= 0 && index < m_models.size() ? m_models[index].id : 0;
}

QString GpuModelSlider::currentName() const { return m_name->text(); }

void GpuModelSlider::showName()
{
    const int index = m_slider->value();
    if (index < 0 || index >= m_models.size()) {
        m_name->setText(tr("(no models)"));
        return;
    }
    const GpuModel& model = m_models[index];
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
