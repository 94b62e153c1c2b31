// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the database from the window: the actions of the Edit menu that change rows (new,
// edit, delete), the forms they open, and the confirmation a delete asks for. Panels ask
// (signals); this does. (Files in and out: ui/transfer/transferactions.h.)
#pragma once

#include "core/models/rowtablemodel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace atlas {

class AtlasDocument;
class DataTables;
class MapWidget;
class SiteForm;
class SitesPanel;
class ViewState;

class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(AtlasDocument* document, ViewState* view, SitesPanel* sites, DataTables* tables, QWidget* window);

    QAction* newSiteAction() const { return m_newSite; }
    QAction* editSiteAction() const { return m_editSite; }
    QAction* deleteSitesAction() const { return m_deleteSites; }
    QAction* newLinkAction() const { return m_newLink; }

    // Map clicks with Shift go to the site form used last.
    void connectMap(MapWidget* map);

    // Opens the form for a row (id 0: a new one). Site forms are not modal and one per site.
    SiteForm* openSiteForm(Id siteId);
    QWidget* openForm(const Row& row);
    void openNewForm(RowTableModel::Kind kind);
    // Asks, then deletes; says why when it cannot. Returns whether anything was deleted.
    bool deleteRows(const QVector<Row>& rows);
    bool deleteSites(const QVector<Id>& siteIds);

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateEnabled();

    AtlasDocument* m_document;
    ViewState* m_view;
    SitesPanel* m_sites;
    DataTables* m_tables;
    QWidget* m_window;
    QAction* m_newSite;
    QAction* m_editSite;
    QAction* m_deleteSites;
    QAction* m_newLink;
    QPointer<SiteForm> m_lastSiteForm;
};

} // namespace atlas
