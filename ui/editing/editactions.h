// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the database from the window: the actions of the Edit and File menus that change
// rows (new, edit, delete, import) or write them out (export), the forms they open, and the
// confirmation a delete asks for. Panels ask (signals); this does.
#pragma once

#include "models/rowtablemodel.h"

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace atlas {

class AtlasDocument;
class DataTables;
class ImportDialog;
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
    QAction* importSitesAction() const { return m_importSites; }
    QAction* importLinksAction() const { return m_importLinks; }
    QAction* exportSitesAction() const { return m_exportSites; }
    QAction* exportLinksAction() const { return m_exportLinks; }

    // Map clicks with Shift go to the site form used last.
    void connectMap(MapWidget* map);

    // Opens the form for a row (id 0: a new one). Site forms are not modal and one per site.
    SiteForm* openSiteForm(Id siteId);
    QWidget* openForm(const Row& row);
    void openNewForm(RowTableModel::Kind kind);
    // Asks, then deletes; says why when it cannot. Returns whether anything was deleted.
    bool deleteRows(const QVector<Row>& rows);
    bool deleteSites(const QVector<Id>& siteIds);

    // Import with preview; `path` empty asks for a file. Returns the dialog (for tests), or
    // nullptr when nothing was read.
    ImportDialog* importFile(bool sites, const QString& path = {});
    // Writes what the table shows now (its search and filters) to `path`; asks when empty.
    bool exportVisible(bool sites, const QString& path = {});

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateEnabled();
    QString dialogFolder() const;
    void rememberFolder(const QString& path);

    AtlasDocument* m_document;
    ViewState* m_view;
    SitesPanel* m_sites;
    DataTables* m_tables;
    QWidget* m_window;
    QAction* m_newSite;
    QAction* m_editSite;
    QAction* m_deleteSites;
    QAction* m_newLink;
    QAction* m_importSites;
    QAction* m_importLinks;
    QAction* m_exportSites;
    QAction* m_exportLinks;
    QPointer<SiteForm> m_lastSiteForm;
};

} // namespace atlas
