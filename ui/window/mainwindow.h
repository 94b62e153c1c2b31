// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: menus, docks and the status bar around the panels. It wires panels to the
// shared document and view state and holds no logic of its own.
#pragma once

#include <QMainWindow>

namespace atlas {

class AtlasDocument;
class DatabaseActions;
class DatabaseStatus;
class SiteDetailsView;
class SitesPanel;
class StoreFactory;
class ViewState;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(StoreFactory* factory, QWidget* parent = nullptr);
    ~MainWindow() override;

    AtlasDocument* document() const { return m_document; }
    ViewState* viewState() const { return m_view; }
    DatabaseActions* databaseActions() const { return m_databaseActions; }
    SitesPanel* sitesPanel() const { return m_sitesPanel; }
    SiteDetailsView* detailsView() const { return m_details; }
    DatabaseStatus* databaseStatus() const { return m_status; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void updateTitle();
    void showAbout();
    void saveLayout();
    void restoreLayout();

    AtlasDocument* m_document;
    ViewState* m_view;
    DatabaseActions* m_databaseActions;
    SitesPanel* m_sitesPanel;
    SiteDetailsView* m_details;
    DatabaseStatus* m_status;
    QMenu* m_viewMenu = nullptr;
};

} // namespace atlas
