// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/mainwindow.h"

#include "ui/charts/chartspanel.h"
#include "ui/tables/datatables.h"
#include "ui/database/databaseactions.h"
#include "ui/database/databasestatus.h"
#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "ui/forms/editactions.h"
#include "ui/transfer/transferactions.h"
#include "ui/explain/explanationpanel.h"
#include "ui/help/helpbrowser.h"
#include "ui/help/shortcutlist.h"
#include "ui/map/mapviews.h"
#include "ui/map/mapwidget.h"
#include "ui/present/dashboardexportdialog.h"
#include "ui/present/dashboardpage.h"
#include "ui/present/presentationwindow.h"
#include "ui/scenario/bindingreadout.h"
#include "ui/scenario/scenarioactions.h"
#include "core/scenario/scenariocontroller.h"
#include "core/session/atlassession.h"
#include "ui/scenario/scenariopanel.h"
#include "ui/sites/sitedetailsview.h"
#include "ui/sites/sitespanel.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/languagemenu.h"
#include "ui/window/yearcontrol.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

namespace atlas {
namespace {
// Bump when the docks change, so that an old saved layout is not forced onto new docks.
constexpr int kLayoutVersion = 4;
// The first start's size before the window is maximized.
constexpr QSize kFirstStartSize(1800, 1000);

QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content,
                      QMainWindow* window)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    return dock;
}
} // namespace

MainWindow::MainWindow(AtlasSession* session, StoreFactory* factory, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_document(session->document()),
      m_view(session->view()), m_scenario(session->scenario()),
      m_databaseActions(new DatabaseActions(m_document, factory, this)),
      m_scenarioActions(new ScenarioActions(m_document, m_scenario, this)),
      m_sitesPanel(new SitesPanel(m_document, m_view, this)),
      m_details(new SiteDetailsView(m_document, m_view, this)),
      m_scenarioPanel(new ScenarioPanel(m_scenario, m_view, this)),
      m_charts(new charts::ChartsPanel(m_scenario, m_view, this)),
      m_map(new MapWidget(m_document, m_view, m_scenario, this)),
      m_mapViews(new MapViews(m_map, m_document, m_view, m_scenario, this)),
      m_status(new DatabaseStatus(m_document, this)), m_tables(new DataTables(m_document, this)),
      m_editActions(new EditActions(m_document, m_view, m_sitesPanel, m_tables, this)),
      m_transferActions(new TransferActions(m_document, m_sitesPanel, m_tables, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_session->setParent(this);
    // Opening another database replaces the scenario too: slider work is not lost unasked.
    m_databaseActions->setLeaveCheck([this] { return m_scenarioActions->confirmReplacing(this); });
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setCentralWidget(m_mapViews);
    buildDocks();
    statusBar()->addPermanentWidget(m_status);

    buildMenus();
    buildToolBar();
    connect(m_document, &AtlasDocument::storeReplaced, this, &MainWindow::updateTitle);
    connect(m_document, &AtlasDocument::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_editActions, &EditActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_transferActions, &TransferActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    m_editActions->connectMap(m_map);
    // A claim clicked on a chart opens in its form.
    connect(m_charts, &charts::ChartsPanel::claimActivated, m_editActions, [this](Id claimId) {
        if (const Claim* claim = m_document->dataset().claim(claimId))
            m_editActions->openForm(*claim);
    });
    // "How was this computed?": a figure clicked on a chart; the panel's links open the site,
    // the GPU model or the source in their forms.
    connect(m_charts, &charts::ChartsPanel::explainRequested, this,
            [this](const ExplainRequest& request) { openExplanation(request); });
    connect(m_scenarioPanel->readout(), &BindingReadout::explainRequested, this,
            [this](const ExplainRequest& request) { openExplanation(request); });
    // The map's count of sites not placed leads to them: the Sites table, filtered.
    connect(m_map, &MapWidget::unplacedSitesRequested, this, [this] {
        if (auto* dock = findChild<QDockWidget*>(QStringLiteral("sitesDock"))) {
            dock->show();
            dock->raise();
        }
        m_sitesPanel->showUnplacedSites();
    });
    updateTitle();
    restoreLayout();
}

void MainWindow::openExplanation(const ExplainRequest& request)
{
    const bool made = !findChild<ExplanationPanel*>(QStringLiteral("explanationPanel"),
                                                    Qt::FindDirectChildrenOnly);
    ExplanationPanel* panel = ExplanationPanel::open(m_scenario, request, this);
    if (!made)
        return;
    connect(panel, &ExplanationPanel::siteActivated, m_editActions, [this](Id siteId) {
        m_view->selectSite(siteId);
        m_editActions->openSiteForm(siteId);
    });
    connect(panel, &ExplanationPanel::gpuModelActivated, m_editActions, [this](Id modelId) {
        if (const GpuModel* model = m_document->dataset().gpuModel(modelId))
            m_editActions->openForm(*model);
    });
    connect(panel, &ExplanationPanel::sourceActivated, m_editActions, [this](Id sourceId) {
        if (const Source* source = m_document->dataset().source(sourceId))
            m_editActions->openForm(*source);
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildDocks()
{
    // The map in the middle; the scenario on the left and the charts on the right, both full
    // height; the sites and the selected site's details under the map. Every dock can be
    // moved, tabbed or closed, and the layout is remembered.
    QDockWidget* scenario = makeDock(tr("Scenario"), QStringLiteral("scenarioDock"), m_scenarioPanel, this);
    QDockWidget* charts = makeDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, this);
    QDockWidget* sites = makeDock(tr("Sites"), QStringLiteral("sitesDock"), m_sitesPanel, this);
    QDockWidget* details = makeDock(tr("Details"), QStringLiteral("detailsDock"), m_details, this);
    QDockWidget* data = makeDock(tr("Data"), QStringLiteral("dataDock"), m_tables, this);
    auto* undoView = new QUndoView(m_document->undoStack(), this);
    undoView->setEmptyLabel(tr("<opened>"));
    undoView->setToolTip(tr("Every change since the database was opened; click a line to go back to it"));
    QDockWidget* history = makeDock(tr("History"), QStringLiteral("historyDock"), undoView, this);
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, scenario);
    addDockWidget(Qt::RightDockWidgetArea, charts);
    addDockWidget(Qt::BottomDockWidgetArea, sites);
    addDockWidget(Qt::BottomDockWidgetArea, details);
    splitDockWidget(sites, details, Qt::Horizontal);
    // The other tables share the sites' place, a tab away; the history shares the details'.
    tabifyDockWidget(sites, data);
    tabifyDockWidget(details, history);
    sites->raise();
    details->raise();
}

void MainWindow::applyDefaultDockSizes()
{
    // Sizes only take once the window has its own size: called after the first show and as
    // that size settles.
    const auto dock = [this](const char* name) { return findChild<QDockWidget*>(QLatin1String(name)); };
    QDockWidget* scenario = dock("scenarioDock");
    QDockWidget* charts = dock("chartsDock");
    QDockWidget* sites = dock("sitesDock");
    QDockWidget* details = dock("detailsDock");
    // A window meant to fill its screen (the first start) but held larger by the docks'
    // minimums is laid out for the screen, and put back inside it below.
    const bool meantToFit = windowState() & Qt::WindowMaximized;
    const int width =
        meantToFit ? std::min(this->width(), screen()->availableGeometry().width()) : this->width();
    // The scenario dock is as wide as its sliders beside their labels, within a quarter of the
    // window; never narrower than a slider with its value under its label.
    const int scenarioWidth =
        std::max(scenario->minimumSizeHint().width(),
                 std::min(std::max(scenario->sizeHint().width(), width * 18 / 100), width / 4));
    // The map and the tables under it keep the room they need; the charts take up to 43% of
    // the window from what is left.
    const auto groupNeeds = [this](QDockWidget* first) {
        int least = first->minimumSizeHint().width();
        for (const QDockWidget* tab : tabifiedDockWidgets(first))
            least = std::max(least, tab->minimumSizeHint().width());
        return least;
    };
    const auto middleNeeds = [&] {
        return tabifiedDockWidgets(sites).contains(details)
                   ? groupNeeds(sites) + 24
                   : groupNeeds(sites) + groupNeeds(details) + 24;
    };
    const auto chartsRoom = [&] {
        return std::min(std::max(560, width * 43 / 100), width - scenarioWidth - middleNeeds());
    };
    // On a small screen (or a large scale) the details give way to the charts: they share the
    // sites' place, a tab away, rather than charts too small to read.
    if (chartsRoom() < charts::ChartsPanel::kReadableChart.width() &&
        !tabifiedDockWidgets(sites).contains(details)) {
        tabifyDockWidget(sites, details);
        tabifyDockWidget(sites, dock("historyDock"));
        sites->raise();
    }
    const int chartsWidth = std::max(charts->minimumSizeHint().width(), chartsRoom());
    resizeDocks({scenario, charts}, {scenarioWidth, chartsWidth}, Qt::Horizontal);
    // The sites table shows a good number of rows where the screen has the height for them.
    resizeDocks({sites}, {std::max(sites->minimumSizeHint().height(), height() * 30 / 100)},
                Qt::Vertical);
    if (!tabifiedDockWidgets(sites).contains(details)) {
        // The middle column, shared by the sites table and the details beside it (in pixels:
        // Qt does not read these sizes as ratios).
        const int middleWidth = std::max(middleNeeds(), width - scenarioWidth - chartsWidth);
        resizeDocks({sites, details}, {middleWidth * 3 / 5, middleWidth * 2 / 5}, Qt::Horizontal);
    }
    // The docks' minimums held the window wider or taller than its screen until now: back
    // inside, once the docks' new places have given the window its new minimum.
    if (!meantToFit)
        return;
    QTimer::singleShot(0, this, [this] {
        const QRect available = screen()->availableGeometry();
        if (!available.contains(frameGeometry())) {
            const QSize frame = frameGeometry().size() - size();
            resize(size().boundedTo(available.size() - frame));
            move(available.topLeft());
        }
    });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // First start: the whole screen, unless given a size of its own before it was shown (a
    // test, a caller).
    if (m_firstStart && size() == kFirstStartSize)
        setWindowState(windowState() | Qt::WindowMaximized);
    m_firstStart = false;
    if (!m_layoutRestored && !m_defaultSizesApplied) {
        m_defaultSizesApplied = true;
        m_shownAt.start();
        queueDefaultDockSizes();
    }
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // The first size settles after the show (a window manager maximizes the window a moment
    // after it is mapped): the defaults follow it for that moment, then the docks are the user's.
    if (m_shownAt.isValid() && m_shownAt.elapsed() < 1000)
        queueDefaultDockSizes();
}

void MainWindow::queueDefaultDockSizes()
{
    if (m_defaultSizesQueued)
        return;
    m_defaultSizesQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_defaultSizesQueued = false;
        applyDefaultDockSizes();
    });
}

void MainWindow::buildMenus()
{
    buildFileMenu(menuBar()->addMenu(tr("&File")));
    buildEditMenu(menuBar()->addMenu(tr("&Edit")));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    buildViewMenu(m_viewMenu);
    menuBar()->addMenu(m_scenarioActions->menu());
    buildHelpMenu(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::buildFileMenu(QMenu* file)
{
    file->addAction(m_databaseActions->newAction());
    file->addAction(m_databaseActions->openAction());
    file->addMenu(m_databaseActions->recentMenu());
    file->addSeparator();
    file->addAction(m_databaseActions->saveCopyAction());
    file->addSeparator();
    m_transferActions->addMenus(file);
    file->addSeparator();
    QAction* exportAll = file->addAction(tr("&Export All Charts…"), m_charts, &charts::ChartsPanel::exportAllWithDialog);
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* exportDashboard = file->addAction(tr("Export &Dashboard…"), this, [this] {
        if (const QString path = exportDashboardWithDialog(this, m_scenario, m_view, kWideSlide, QStringLiteral("pdf"), m_darkDashboards);
            !path.isEmpty())
            statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
    });
    exportDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportDashboard->setStatusTip(tr("The headline numbers, the map and the two main charts on one 16:9 PDF page"));
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::buildEditMenu(QMenu* edit)
{
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_editActions->newSiteAction());
    edit->addAction(m_editActions->editSiteAction());
    edit->addAction(m_editActions->deleteSitesAction());
    edit->addAction(m_editActions->newLinkAction());
    edit->addSeparator();
    QAction* find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                    tr("&Find Site"), m_sitesPanel, &SitesPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
}

void MainWindow::buildViewMenu(QMenu* view)
{
    QAction* zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), m_mapViews, &MapViews::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), m_mapViews, &MapViews::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-fit-best")), tr("&Fit Map to Data"), m_mapViews, &MapViews::fitToData);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    buildMapMenu(view->addMenu(tr("&Map")));
    view->addSeparator();
    QAction* present = view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Present"), this, &MainWindow::present);
    present->setShortcut(QKeySequence(Qt::Key_F5));
    present->setStatusTip(tr("Full screen for a room: the year's numbers, the map and the main charts (Esc leaves)"));
    view->addMenu(new LanguageMenu(this, view));
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());
}

void MainWindow::buildHelpMenu(QMenu* help)
{
    QAction* guide = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("User &Guide"), this,
                                     [this] { showHelp(int(HelpBrowser::Page::UserGuide)); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("How to use Compute Atlas, bundled: it opens without a network"));
    help->addAction(tr("How the &Scenario Model Works"), this,
                    [this] { showHelp(int(HelpBrowser::Page::ScenarioModel)); });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* list = new ShortcutList(menuBar(), this);
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->show();
    });
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Compute Atlas"),
                    this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::buildMapMenu(QMenu* menu)
{
    auto* kinds = new QActionGroup(menu);
    QAction* vector = menu->addAction(tr("&Vector Map"));
    vector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    vector->setStatusTip(tr("The app's own map: works offline, exports as PNG and SVG"));
    QAction* street = menu->addAction(tr("&Street Map"));
    street->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction* offline = menu->addAction(tr("&Offline Tile Folder…"), m_mapViews, &MapViews::chooseOfflineFolder);
    offline->setStatusTip(tr("A folder of OpenStreetMap tiles the street map uses before (or without) the network"));
    for (QAction* action : {vector, street}) {
        action->setCheckable(true);
        kinds->addAction(action);
    }
    if (MapViews::streetMapAvailable()) {
        street->setStatusTip(tr("OpenStreetMap tiles under the same sites and links (needs the network or cached tiles)"));
    } else {
        // Say why rather than hide it: the reason is in the menu itself and its tooltip.
        street->setEnabled(false);
        offline->setEnabled(false);
        street->setText(tr("&Street Map (needs Qt Location 6.5+)"));
        street->setStatusTip(MapViews::streetMapUnavailableReason());
        street->setToolTip(MapViews::streetMapUnavailableReason());
        menu->setToolTipsVisible(true);
    }
    const auto check = [vector, street](MapViews::Kind kind) {
        (kind == MapViews::Kind::Street ? street : vector)->setChecked(true);
    };
    check(m_mapViews->kind());
    connect(m_mapViews, &MapViews::kindChanged, menu, check);
    connect(vector, &QAction::triggered, m_mapViews, [this] { m_mapViews->showKind(MapViews::Kind::Vector); });
    connect(street, &QAction::triggered, m_mapViews, [this] { m_mapViews->showKind(MapViews::Kind::Street); });
    // What the vector map shows, and its projection: the same items as its context menu.
    menu->addSeparator();
    menu->addActions(m_map->areaActions());
    menu->addMenu(tr("&Projection"))->addActions(m_map->projectionActions());
}

void MainWindow::buildToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr(" Scenario "), bar));
    bar->addWidget(m_scenarioActions->chooser());
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Year "), bar));
    bar->addWidget(new YearControl(m_view, bar));
    bar->addSeparator();
    auto* exportButton = new QToolButton(bar);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    for (charts::ChartKind kind : charts::kAllCharts) {
        QMenu* one = exportMenu->addMenu(charts::chartTitle(kind));
        for (int scale : {1, 2, 3})
            one->addAction(tr("PNG (%1×)…").arg(scale), m_charts,
                           [this, kind, scale] { m_charts->exportChartWithDialog(kind, QStringLiteral("png"), scale); });
        one->addAction(tr("SVG…"), m_charts,
                       [this, kind] { m_charts->exportChartWithDialog(kind, QStringLiteral("svg"), 1); });
        one->addAction(tr("Copy"), m_charts, [this, kind] { m_charts->copyChart(kind); });
    }
    exportMenu->addSeparator();
    exportMenu->addAction(tr("All Charts…"), m_charts, &charts::ChartsPanel::exportAllWithDialog);
    exportMenu->addSeparator();
    QMenu* dashboard = exportMenu->addMenu(tr("Dashboard"));
    for (const auto& [label, size] : {std::pair{tr("16:9"), kWideSlide}, {tr("4:3"), kStandardSlide}}) {
        for (const QString& suffix : {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")}) {
            dashboard->addAction(tr("%1 %2…").arg(suffix.toUpper(), label), this, [this, size, suffix] {
                if (const QString path = exportDashboardWithDialog(this, m_scenario, m_view, size, suffix, m_darkDashboards);
                    !path.isEmpty())
                    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 8000);
            });
        }
    }
    dashboard->addSeparator();
    QAction* dark = dashboard->addAction(tr("Dark"));
    dark->setCheckable(true);
    dark->setToolTip(tr("Light text on a dark page, as in presentation mode's dark theme"));
    connect(dark, &QAction::toggled, this, [this](bool on) { m_darkDashboards = on; });
    exportMenu->addSeparator();
    QMenu* map = exportMenu->addMenu(tr("Map"));
    for (int scale : {1, 2, 3})
        map->addAction(tr("PNG (%1×)…").arg(scale), m_map,
                       [this, scale] { m_map->exportWithDialog(QStringLiteral("png"), scale); });
    map->addAction(tr("SVG…"), m_map, [this] { m_map->exportWithDialog(QStringLiteral("svg"), 1); });
    map->addAction(tr("PDF…"), m_map, [this] { m_map->exportWithDialog(QStringLiteral("pdf"), 1); });
    map->addSeparator();
    map->addAction(m_map->highlightSelectionAction());
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);
}

void MainWindow::updateTitle()
{
    if (!m_document->hasStore()) {
        setWindowTitle(QStringLiteral("Compute Atlas"));
        return;
    }
    const Store* store = m_document->store();
    setWindowFilePath(store->location());
    const QString file = QFileInfo(store->location()).fileName();
    setWindowTitle(store->isReadOnly() ? tr("%1 [read-only] — Compute Atlas").arg(file)
                                       : tr("%1 — Compute Atlas").arg(file));
}

PresentationWindow* MainWindow::presentation() const { return m_presentation; }

void MainWindow::present()
{
    if (m_presentation) {
        m_presentation->close();
        return;
    }
    m_presentation = new PresentationWindow(m_document, m_view, m_scenario, m_scenarioActions);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    // On the screen the main window is on, all of it (also without a window manager to do it).
    QScreen* screen = this->screen();
    m_presentation->setGeometry(screen->geometry());
    m_presentation->showFullScreen();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kLayoutVersion));
    m_sitesPanel->saveState(settings);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the whole screen; the map, charts and table all want room.
        resize(kFirstStartSize);
        m_firstStart = true; // maximized when first shown
    }
    m_layoutRestored = restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    m_sitesPanel->restoreState(settings);
}

void MainWindow::showHelp(int page)
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    m_help->show(HelpBrowser::Page(page));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Slider work is not thrown away unasked; Cancel keeps the window open.
    if (!m_scenarioActions->confirmReplacing(m_presentation ? static_cast<QWidget*>(m_presentation)
                                                            : this)) {
        event->ignore();
        return;
    }
    if (m_presentation)
        m_presentation->close();
    saveLayout();
    event->accept();
}

} // namespace atlas
