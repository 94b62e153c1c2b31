// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/viewstate.h"

#include <QDate>

#include <algorithm>

namespace atlas {

ViewState::ViewState(QObject* parent)
    : QObject(parent), m_year(std::clamp(QDate::currentDate().year(), m_minYear, m_maxYear))
{
}

void ViewState::setYear(int year)
{
    year = std::clamp(year, m_minYear, m_maxYear);
    if (year == m_year)
        return;
    m_year = year;
    Q_EMIT yearChanged(m_year);
}

void ViewState::setYearRange(int minYear, int maxYear)
{
    if (maxYear < minYear)
        std::swap(minYear, maxYear);
    if (minYear == m_minYear && maxYear == m_maxYear)
        return;
    m_minYear = minYear;
    m_maxYear = maxYear;
    Q_EMIT yearRangeChanged(m_minYear, m_maxYear);
    setYear(m_year);
}

void ViewState::setSelectedSites(const QVector<Id>& ids)
{
    if (ids == m_selected)
        return;
    m_selected = ids;
    Q_EMIT selectionChanged();
}

} // namespace atlas
