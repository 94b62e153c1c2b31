// SPDX-License-Identifier: GPL-3.0-or-later
// The year shared by the map, the table and the charts: ◀ 2026 ▶ in the toolbar, also
// stepped with Alt+Left and Alt+Right.
#pragma once

#include <QWidget>

class QSpinBox;
class QToolButton;

namespace atlas {

class ViewState;

class YearControl : public QWidget
{
    Q_OBJECT
public:
    explicit YearControl(ViewState* view, QWidget* parent = nullptr);

private:
    void showView();

    ViewState* m_view;
    QToolButton* m_back;
    QSpinBox* m_year;
    QToolButton* m_forward;
};

} // namespace atlas
