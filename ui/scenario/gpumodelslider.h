// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU model as a slider: first "As recorded" (each site's own fleet, as the data counts
// it), then the catalogue, oldest to newest, by name.
#pragma once

#include "core/domain/entities.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QSlider;

namespace atlas {

class GpuModelSlider : public QWidget
{
    Q_OBJECT
public:
    explicit GpuModelSlider(QWidget* parent = nullptr);

    QLabel* label() const { return m_label; }
    QSlider* slider() const { return m_slider; }
    void setCatalogue(QVector<GpuModel> models);
    // Shows "As recorded", or else the model `id`.
    void setCurrent(bool asRecorded, Id id);
    bool isAsRecorded() const;
    Id currentModel() const; // 0 at "As recorded"
    QString currentName() const;
    // The name of the slider's first position.
    static QString asRecordedName();

Q_SIGNALS:
    void modelChosen(Id id);
    void asRecordedChosen();

private:
    void showName();

    QLabel* m_label;
    QSlider* m_slider;
    QLabel* m_name;
    QVector<GpuModel> m_models; // by year, then id; at slider positions 1, 2, ...
    bool m_updating = false;
};

} // namespace atlas
