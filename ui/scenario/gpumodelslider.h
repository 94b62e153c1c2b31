// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU model as a slider that steps through the catalogue, oldest to newest, by name.
#pragma once

#include "domain/entities.h"

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
    void setCurrentModel(Id id);
    Id currentModel() const;
    QString currentName() const;

Q_SIGNALS:
    void modelChosen(Id id);

private:
    void showName();

    QLabel* m_label;
    QSlider* m_slider;
    QLabel* m_name;
    QVector<GpuModel> m_models; // by year, then id
    bool m_updating = false;
};

} // namespace atlas
