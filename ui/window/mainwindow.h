// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: menus, toolbar, docks and the status bar around the panels. It wires the
// panels to the session it is given (document, view state, scenario: made by the composition
// root, app/main.cpp), and holds no logic of its own.
#pragma once

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>

namespace atlas {

class AtlasDocument;
class AtlasSession;
struct ExplainRequest;
class DataTables;
class DatabaseActions;
class EditActions;
class TransferActions;
class DatabaseStatus;
class MapViews;
class MapWidget;
class HelpBrowser;
class PresentationWindow;
class ScenarioActions;
class ScenarioController;
class ScenarioPanel;
class SiteDetailsView;
class SitesPanel;
class StoreFactory;
class ViewState;
namespace charts {
class ChartsPanel;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Takes the session over (it lives as long as the window); `factory` opens databases.
    MainWindow(AtlasSession* session, StoreFactory* factory, QWidget* parent = nullptr);
    ~MainWindow() override;

    AtlasSession* session() const { return m_session; }
    AtlasDocument* document() const { return m_document; }
    ViewState* viewState() const { return m_view; }
    ScenarioController* scenario() const { return m_scenario; }
    DatabaseActions* databaseActions() const { return m_databaseActions; }
    ScenarioActions* scenarioActions() const { return m_scenarioActions; }
    SitesPanel* sitesPanel() const { return m_sitesPanel; }
    SiteDetailsView* detailsView() const { return m_details; }
    ScenarioPanel* scenarioPanel() const { return m_scenarioPanel; }
    charts::ChartsPanel* chartsPanel() const { return m_charts; }
    MapWidget* mapWidget() const { return m_map; }
    MapViews* mapViews() const { return m_mapViews; }
    DatabaseStatus* databaseStatus() const { return m_status; }
    DataTables* dataTables() const { return m_tables; }
    PresentationWindow* presentation() const;
    EditActions* editActions() const { return m_editActions; }
    TransferActions* transferActions() const { return m_transferActions; }

public Q_SLOTS:
    // Presentation mode (F5): opens it full screen, or closes it when open.
    void present();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildDocks();
    void applyDefaultDockSizes();
    void queueDefaultDockSizes();
    void buildMenus();
    void buildFileMenu(QMenu* file);
    void buildEditMenu(QMenu* edit);
    void buildViewMenu(QMenu* view);
    void buildHelpMenu(QMenu* help);
    void buildToolBar();
    void buildMapMenu(QMenu* menu);
    void updateTitle();
    void showAbout();
    // Opens (or brings up) the help browser on a HelpBrowser::Page.
    void showHelp(int page);
    // "How was this computed?" for a figure of the scenario, in the window's one panel.
    void openExplanation(const ExplainRequest& request);
    void saveLayout();
    void restoreLayout();

    AtlasSession* m_session;
    AtlasDocument* m_document;
    ViewState* m_view;
    ScenarioController* m_scenario;
    DatabaseActions* m_databaseActions;
    ScenarioActions* m_scenarioActions;
    SitesPanel* m_sitesPanel;
    SiteDetailsView* m_details;
    ScenarioPanel* m_scenarioPanel;
    charts::ChartsPanel* m_charts;
    MapWidget* m_map;
    MapViews* m_mapViews;
    DatabaseStatus* m_status;
    DataTables* m_tables;
    EditActions* m_editActions;
    TransferActions* m_transferActions;
    QMenu* m_viewMenu = nullptr;
    QPointer<PresentationWindow> m_presentation;
    HelpBrowser* m_help = nullptr; // made on first use
    bool m_darkDashboards = false;
    bool m_layoutRestored = false;
    bool m_defaultSizesApplied = false;
    bool m_defaultSizesQueued = false;
    bool m_firstStart = false; // no geometry was saved
    QElapsedTimer m_shownAt;   // the first show, while the default layout follows the window's size
};

} // namespace atlas
