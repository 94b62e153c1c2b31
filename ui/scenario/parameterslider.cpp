// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scenario/parameterslider.h"

#include "ui/widgets/icons.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace atlas {

ParameterSlider::ParameterSlider(const ParameterSpec& spec, bool pinnable, QWidget* parent)
    : QWidget(parent), m_spec(spec),
      m_label(new QLabel(spec.unit.isEmpty() ? spec.label
                                             : QStringLiteral("%1 (%2)").arg(spec.label, spec.unit),
                         parent)),
      m_slider(new QSlider(Qt::Horizontal, this)), m_box(new QDoubleSpinBox(this))
{
    setObjectName(QLatin1String(spec.jsonKey));
    m_slider->setRange(0, sliderPosition(spec.maximum));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(std::max(1, m_slider->maximum() / 10));
    m_slider->setFocusPolicy(Qt::StrongFocus);
    // Room to move it in steps one can aim at; the panel keeps its dock this wide.
    m_slider->setMinimumWidth(100);
    m_box->setRange(spec.minimum * spec.displayScale, spec.maximum * spec.displayScale);
    m_box->setDecimals(spec.decimals);
    m_box->setSingleStep(spec.step * spec.displayScale);
    m_box->setKeyboardTracking(false); // typing "1200" is one change, not four
    m_box->setAccelerated(true);
    m_box->setMinimumWidth(72);
    m_label->setBuddy(m_slider);
    for (QWidget* widget : {static_cast<QWidget*>(m_label), static_cast<QWidget*>(m_slider),
                            static_cast<QWidget*>(m_box)})
        widget->setToolTip(tr("%1\nDouble-click to reset.").arg(spec.toolTip));
    m_label->installEventFilter(this);
    m_slider->installEventFilter(this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_box);
    if (pinnable) {
        m_pin = new QToolButton(this);
        m_pin->setCheckable(true);
        m_pin->setIcon(pinIcon());
        m_pin->setAutoRaise(true);
        m_pin->setToolTip(tr("Pin: keep this value when the GPU model changes"));
        layout->addWidget(m_pin);
        connect(m_pin, &QToolButton::toggled, this, [this](bool on) {
            if (!m_updating)
                Q_EMIT pinToggled(on);
        });
    }

    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        if (m_updating)
            return;
        const double value = valueAt(position);
        show(value);
        Q_EMIT valueEdited(value);
    });
    connect(m_box, &QDoubleSpinBox::valueChanged, this, [this](double shown) {
        if (m_updating)
            return;
        const double value = shown / m_spec.displayScale;
        show(value);
        Q_EMIT valueEdited(value);
    });
}

namespace {
// A logarithmic slider has no whole number of steps: its travel is cut this finely.
constexpr int logarithmicPositions = 1000;
} // namespace

int ParameterSlider::sliderPosition(double value) const
{
    if (m_spec.logOffset > 0)
        return int(std::lround(travelOf(m_spec, value) * logarithmicPositions));
    return int(std::lround((value - m_spec.minimum) / m_spec.step));
}

double ParameterSlider::valueAt(int position) const
{
    if (m_spec.logOffset > 0)
        return valueAtTravel(m_spec, double(position) / logarithmicPositions);
    return m_spec.minimum + position * m_spec.step;
}

void ParameterSlider::show(double value)
{
    m_value = value;
    m_updating = true;
    m_slider->setValue(sliderPosition(value));
    m_box->setValue(value * m_spec.displayScale);
    m_updating = false;
}

void ParameterSlider::setValue(double value)
{
    if (value != m_value || m_slider->value() != sliderPosition(value))
        show(value);
}

void ParameterSlider::setPinned(bool pinned)
{
    if (!m_pin)
        return;
    m_updating = true;
    m_pin->setChecked(pinned);
    m_updating = false;
}

void ParameterSlider::setDefaultHint(double defaultValue)
{
    const QString text = QLocale().toString(defaultValue * m_spec.displayScale, 'f', m_spec.decimals);
    m_box->setToolTip(tr("%1\nDefault: %2 %3. Double-click the slider to reset.")
                          .arg(m_spec.toolTip, text, m_spec.unit));
}

bool ParameterSlider::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonDblClick && (watched == m_label || watched == m_slider)) {
        Q_EMIT resetRequested();
        return true;
    }
    // On a logarithmic slider one position is a different amount at each end; the arrow keys
    // move by the value's own step instead, as on a linear slider and the value box.
    if (event->type() == QEvent::KeyPress && watched == m_slider && m_spec.logOffset > 0) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        int direction = 0;
        if (key == Qt::Key_Up || key == Qt::Key_Right)
            direction = 1;
        else if (key == Qt::Key_Down || key == Qt::Key_Left)
            direction = -1;
        if ((key == Qt::Key_Left || key == Qt::Key_Right) && m_slider->isRightToLeft())
            direction = -direction;
        if (direction != 0) {
            const double value = std::clamp(m_value + direction * m_spec.step, m_spec.minimum, m_spec.maximum);
            if (value != m_value) {
                show(value);
                Q_EMIT valueEdited(value);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace atlas
