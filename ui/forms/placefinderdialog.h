// SPDX-License-Identifier: GPL-3.0-or-later
// "Find Place": a search field over the offline gazetteer and the places that match as one
// types (town, region, country or US ZIP code). Down moves into the list; Enter or a
// double-click picks the highlighted place.
#pragma once

#include "core/geo/gazetteer.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace atlas {

class PlaceFinderDialog : public QDialog
{
    Q_OBJECT
public:
    // `text`: what to search for at first ("Memphis, TN").
    PlaceFinderDialog(const QString& text, QWidget* parent);

    // The place picked, once the dialog is accepted.
    const GeocodeResult& place() const { return m_place; }
    QLineEdit* searchField() const { return m_search; }
    QTreeWidget* resultList() const { return m_list; }

public Q_SLOTS:
    // Picks the highlighted place; stays open when there is none.
    void accept() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    QLineEdit* m_search;
    QTreeWidget* m_list;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QVector<GeocodeResult> m_results;
    GeocodeResult m_place;
};

} // namespace atlas
