// SPDX-License-Identifier: GPL-3.0-or-later
// The sites table with its search field and operator, status and placement filters. Its selection
// is the shared one (ViewState): selecting here selects on the map and in the details pane.
#pragma once

#include "core/domain/entities.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTableView;
class QToolButton;

namespace atlas {

class AtlasDocument;
class FlowLayout;
class ViewState;
class SiteTableModel;
class SiteFilterModel;

class SitesPanel : public QWidget
{
    Q_OBJECT
public:
    SitesPanel(AtlasDocument* document, ViewState* view, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    SiteFilterModel* filterModel() const { return m_filter; }
    void focusSearch();
    // Shows only the sites not placed yet (the map's count of them leads here).
    void showUnplacedSites();
    QComboBox* placementFilter() const { return m_placement; }
    // The sites the table shows now (search and filters applied), in the table's order:
    // what File > Export Sites writes.
    QVector<Id> visibleSiteIds() const;
    QVector<Id> selectedSiteIds() const;

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    void newSiteRequested();
    void editSiteRequested(Id siteId);
    void deleteSitesRequested(const QVector<Id>& siteIds);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The constructor's steps, in order.
    void setUpFilters();
    void setUpTable();
    void layOut();
    void connectFiltersAndSelection();

    void refreshOperatorChoices();
    void updateCompactFilters();
    void updateCount();
    void pushSelectionToView();
    void pullSelectionFromView();
    QWidget* buildButtons();

    AtlasDocument* m_document;
    ViewState* m_view;
    SiteTableModel* m_model;
    SiteFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_operator;
    QComboBox* m_status;
    QComboBox* m_placement;
    QLabel* m_count;
    QTableView* m_table;
    QToolButton* m_filterToggle;
    QWidget* m_buttons = nullptr;
    FlowLayout* m_filters = nullptr;
    bool m_syncing = false;
};

} // namespace atlas
