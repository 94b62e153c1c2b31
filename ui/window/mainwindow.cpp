// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/mainwindow.h"

#include "database/databaseactions.h"
#include "database/databasestatus.h"
#include "document/atlasdocument.h"
#include "document/viewstate.h"
#include "sites/sitedetailsview.h"
#include "sites/sitespanel.h"
#include "window/aboutdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>

namespace atlas {
namespace {
// Bump when the docks change, so that an old saved layout is not forced onto new docks.
constexpr int kLayoutVersion = 1;

QDockWidget* makeDock(const QString& title, const QString& objectName, QWidget* content,
                      QMainWindow* window)
{
    auto* dock = new QDockWidget(title, window);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(content);
    return dock;
}
} // namespace

MainWindow::MainWindow(StoreFactory* factory, QWidget* parent)
    : QMainWindow(parent), m_document(new AtlasDocument(this)), m_view(new ViewState(this)),
      m_databaseActions(new DatabaseActions(m_document, factory, this)),
      m_sitesPanel(new SitesPanel(m_document, m_view, this)),
      m_details(new SiteDetailsView(m_document, m_view, this)),
      m_status(new DatabaseStatus(m_document, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setCentralWidget(m_sitesPanel);
    QDockWidget* details = makeDock(tr("Site Details"), QStringLiteral("detailsDock"), m_details, this);
    addDockWidget(Qt::RightDockWidgetArea, details);
    resizeDocks({details}, {440}, Qt::Horizontal);
    statusBar()->addPermanentWidget(m_status);

    buildMenus();
    connect(m_document, &AtlasDocument::storeReplaced, this, &MainWindow::updateTitle);
    connect(m_document, &AtlasDocument::errorOccurred, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    updateTitle();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_databaseActions->newAction());
    file->addAction(m_databaseActions->openAction());
    file->addMenu(m_databaseActions->recentMenu());
    file->addSeparator();
    file->addAction(m_databaseActions->saveCopyAction());
    file->addSeparator();
    QAction* quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")),
                                    tr("&Find Site"), m_sitesPanel, &SitesPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        m_viewMenu->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Compute Atlas"),
                    this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateTitle()
{
    if (!m_document->hasStore()) {
        setWindowTitle(QStringLiteral("Compute Atlas"));
        return;
    }
    const Store* store = m_document->store();
    setWindowFilePath(store->location());
    setWindowTitle(QStringLiteral("%1%2 — Compute Atlas")
                       .arg(QFileInfo(store->location()).fileName(),
                            store->isReadOnly() ? tr(" [read-only]") : QString()));
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kLayoutVersion);
    m_sitesPanel->restoreState(settings);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

} // namespace atlas
