// SPDX-License-Identifier: GPL-3.0-or-later
// What every view shows in common: the year on the timeline and the selected sites. The map,
// the table, the details pane and the charts follow it and change it.
#pragma once

#include "core/domain/entities.h"

#include <QObject>
#include <QVector>

namespace atlas {

class ViewState : public QObject
{
    Q_OBJECT
public:
    explicit ViewState(QObject* parent = nullptr);

    int year() const { return m_year; }
    void setYear(int year);
    int minYear() const { return m_minYear; }
    int maxYear() const { return m_maxYear; }
    void setYearRange(int minYear, int maxYear);

    const QVector<Id>& selectedSites() const { return m_selected; }
    // The first selected site, 0 when none.
    Id currentSite() const { return m_selected.isEmpty() ? 0 : m_selected.first(); }
    void setSelectedSites(const QVector<Id>& ids);
    void selectSite(Id id) { setSelectedSites(id ? QVector<Id>{id} : QVector<Id>{}); }

Q_SIGNALS:
    void yearChanged(int year);
    void yearRangeChanged(int minYear, int maxYear);
    void selectionChanged();

private:
    // The range comes first: the year is clamped to it when constructed.
    int m_minYear = 2020;
    int m_maxYear = 2035;
    int m_year;
    QVector<Id> m_selected;
};

} // namespace atlas
