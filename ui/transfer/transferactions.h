// SPDX-License-Identifier: GPL-3.0-or-later
// Files in and out of the database from the window: File > Import (sites, fiber links,
// phases, from CSV or GeoJSON, each after a preview) and File > Export (what the tables show
// now, in the columns the import reads back).
#pragma once

#include "core/domain/entities.h"
#include "core/io/columnmapping.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace atlas {

class AtlasDocument;
class DataTables;
class EpochImportDialog;
class ImportDialog;
class SitesPanel;

class TransferActions : public QObject
{
    Q_OBJECT
public:
    TransferActions(AtlasDocument* document, SitesPanel* sites, DataTables* tables,
                    QWidget* window);

    QAction* importAction(io::ImportKind kind) const;
    QAction* exportAction(io::ImportKind kind) const;
    // The File menu's Import and Export submenus.
    void addMenus(QMenu* file);

    // Import with preview; `path` empty asks for a file. Returns the dialog (for tests), or
    // nullptr when nothing was read.
    ImportDialog* importFile(io::ImportKind kind, const QString& path = {});
    // Epoch AI's data-center release: its ZIP, folder or one of its CSVs; asks when empty.
    EpochImportDialog* importEpoch(const QString& path = {});
    // Writes what the tables show now (their search and filters) to `path`; asks when empty.
    // Phases: those of the sites the sites table shows.
    bool exportVisible(io::ImportKind kind, const QString& path = {});

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void updateEnabled();
    QString dialogFolder() const;
    void rememberFolder(const QString& path);
    QVector<Id> visibleIds(io::ImportKind kind) const;

    AtlasDocument* m_document;
    SitesPanel* m_sites;
    DataTables* m_tables;
    QWidget* m_window;
    QAction* m_import[3];
    QAction* m_export[3];
    QAction* m_importEpoch;
};

} // namespace atlas
