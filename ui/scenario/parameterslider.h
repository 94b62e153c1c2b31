// SPDX-License-Identifier: GPL-3.0-or-later
// One scenario parameter: a slider and a value box side by side, labelled with its unit.
// Arrow keys and Page Up/Down move it; a double-click on the label or slider resets it; an
// optional pin keeps it when the GPU model changes.
#pragma once

#include "core/scenario/parameterranges.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

namespace atlas {

class ParameterSlider : public QWidget
{
    Q_OBJECT
public:
    ParameterSlider(const ParameterSpec& spec, bool pinnable, QWidget* parent = nullptr);

    ParameterKey key() const { return m_spec.key; }
    // The label for a form layout's first column (double-click resets too).
    QLabel* label() const { return m_label; }
    QSlider* slider() const { return m_slider; }
    QDoubleSpinBox* valueBox() const { return m_box; }

    // In the model's units (USD, W, ...); does not emit valueEdited.
    void setValue(double value);
    double value() const { return m_value; }
    void setPinned(bool pinned);
    void setDefaultHint(double defaultValue);

Q_SIGNALS:
    void valueEdited(double value);
    void resetRequested();
    void pinToggled(bool pinned);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int sliderPosition(double value) const;
    double valueAt(int position) const;
    void show(double value);

    ParameterSpec m_spec;
    double m_value = 0;
    QLabel* m_label;
    QSlider* m_slider;
    QDoubleSpinBox* m_box;
    QToolButton* m_pin = nullptr;
    bool m_updating = false;
};

} // namespace atlas
