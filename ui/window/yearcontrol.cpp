// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/yearcontrol.h"

#include "core/document/viewstate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QSpinBox>
#include <QToolButton>

namespace atlas {

YearControl::YearControl(ViewState* view, QWidget* parent)
    : QWidget(parent), m_view(view), m_back(new QToolButton(this)), m_year(new QSpinBox(this)),
      m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("yearControl"));
    auto* back = new QAction(QStringLiteral("◀"), this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    back->setToolTip(tr("Previous year (Alt+Left)"));
    auto* forward = new QAction(QStringLiteral("▶"), this);
    forward->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    forward->setToolTip(tr("Next year (Alt+Right)"));
    m_back->setDefaultAction(back);
    m_forward->setDefaultAction(forward);
    m_year->setToolTip(tr("The year the map, the table and the sites chart show"));
    m_year->setKeyboardTracking(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_back);
    layout->addWidget(m_year);
    layout->addWidget(m_forward);

    connect(back, &QAction::triggered, view, [view] { view->setYear(view->year() - 1); });
    connect(forward, &QAction::triggered, view, [view] { view->setYear(view->year() + 1); });
    connect(m_year, &QSpinBox::valueChanged, view, &ViewState::setYear);
    connect(view, &ViewState::yearChanged, this, &YearControl::showView);
    connect(view, &ViewState::yearRangeChanged, this, &YearControl::showView);
    showView();
}

void YearControl::showView()
{
    const QSignalBlocker block(m_year);
    m_year->setRange(m_view->minYear(), m_view->maxYear());
    m_year->setValue(m_view->year());
    m_back->setEnabled(m_view->year() > m_view->minYear());
    m_forward->setEnabled(m_view->year() < m_view->maxYear());
}

} // namespace atlas
