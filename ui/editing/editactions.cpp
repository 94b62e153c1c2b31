// SPDX-License-Identifier: GPL-3.0-or-later
#include "editing/editactions.h"

#include "data/datatables.h"
#include "document/atlasdocument.h"
#include "document/viewstate.h"
#include "editing/deletionplan.h"
#include "editing/importdialog.h"
#include "forms/linkform.h"
#include "forms/simpleforms.h"
#include "forms/siteform.h"
#include "io/exportfiles.h"
#include "io/outputfile.h"
#include "map/mapwidget.h"
#include "sites/sitespanel.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace atlas {
namespace {

constexpr char kFolderKey[] = "editing/lastFolder";
const QString kFileFilter = QObject::tr("Sites or links (*.csv *.geojson *.json);;CSV (*.csv);;GeoJSON (*.geojson *.json)");

// Which site form a Shift+click on the map fills: the one activated last.
class ActivationWatcher : public QObject
{
public:
    ActivationWatcher(SiteForm* form, QPointer<SiteForm>* last) : QObject(form), m_form(form), m_last(last) {}
    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::WindowActivate)
            *m_last = m_form;
        return false;
    }

private:
    SiteForm* m_form;
    QPointer<SiteForm>* m_last;
};

} // namespace

EditActions::EditActions(AtlasDocument* document, ViewState* view, SitesPanel* sites, DataTables* tables, QWidget* window)
    : QObject(window), m_document(document), m_view(view), m_sites(sites), m_tables(tables), m_window(window),
      m_newSite(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New &Site…"), this)),
      m_editSite(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Selected Site…"), this)),
      m_deleteSites(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Selected Sites…"), this)),
      m_newLink(new QAction(tr("New Fiber &Link…"), this)),
      m_importSites(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Sites…"), this)),
      m_importLinks(new QAction(tr("Import Fiber &Links…"), this)),
      m_exportSites(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export &Sites…"), this)),
      m_exportLinks(new QAction(tr("Export Fiber L&inks…"), this))
{
    m_newSite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newSite->setStatusTip(tr("Add a site with its phases of capacity"));
    m_editSite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_editSite->setStatusTip(tr("Open the form of the site selected on the map or in the table"));
    m_deleteSites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_deleteSites->setStatusTip(tr("Delete the selected sites, with their phases and links (after asking)"));
    m_newLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_newLink->setStatusTip(tr("Add a fiber link between two sites"));
    m_importSites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importSites->setStatusTip(tr("Add or update sites from a CSV or GeoJSON file, after a preview"));
    m_importLinks->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importLinks->setStatusTip(tr("Add fiber links from a CSV or GeoJSON file, after a preview"));
    m_exportSites->setStatusTip(tr("Write the sites the table shows (its search and filters) as CSV or GeoJSON"));
    m_exportLinks->setStatusTip(tr("Write the fiber links the Fiber Links table shows as CSV or GeoJSON"));

    connect(m_newSite, &QAction::triggered, this, [this] { openSiteForm(0); });
    connect(m_editSite, &QAction::triggered, this, [this] {
        if (m_view->currentSite())
            openSiteForm(m_view->currentSite());
    });
    connect(m_deleteSites, &QAction::triggered, this, [this] { deleteSites(m_view->selectedSites()); });
    connect(m_newLink, &QAction::triggered, this, [this] { openNewForm(RowTableModel::Kind::Links); });
    connect(m_importSites, &QAction::triggered, this, [this] { importFile(true); });
    connect(m_importLinks, &QAction::triggered, this, [this] { importFile(false); });
    connect(m_exportSites, &QAction::triggered, this, [this] { exportVisible(true); });
    connect(m_exportLinks, &QAction::triggered, this, [this] { exportVisible(false); });

    connect(m_sites, &SitesPanel::newSiteRequested, this, [this] { openSiteForm(0); });
    connect(m_sites, &SitesPanel::editSiteRequested, this, &EditActions::openSiteForm);
    connect(m_sites, &SitesPanel::deleteSitesRequested, this, &EditActions::deleteSites);
    for (RowTablePanel* panel : m_tables->panels()) {
        connect(panel, &RowTablePanel::newRequested, this, &EditActions::openNewForm);
        connect(panel, &RowTablePanel::editRequested, this, &EditActions::openForm);
        connect(panel, &RowTablePanel::deleteRequested, this, &EditActions::deleteRows);
    }
    connect(m_view, &ViewState::selectionChanged, this, &EditActions::updateEnabled);
    connect(m_document, &AtlasDocument::storeReplaced, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::updateEnabled()
{
    const bool writable = m_document->hasStore() && !m_document->store()->isReadOnly();
    const bool selected = !m_view->selectedSites().isEmpty();
    for (QAction* action : {m_newSite, m_newLink, m_importSites, m_importLinks})
        action->setEnabled(writable);
    m_editSite->setEnabled(writable && selected);
    m_deleteSites->setEnabled(writable && selected);
    m_exportSites->setEnabled(m_document->hasStore());
    m_exportLinks->setEnabled(m_document->hasStore());
}

void EditActions::connectMap(MapWidget* map)
{
    connect(map, &MapWidget::locationPicked, this, [this](double lon, double lat) {
        if (m_lastSiteForm) {
            m_lastSiteForm->setLocation(lon, lat);
            return;
        }
        Q_EMIT statusMessage(tr("Shift+click puts a site where you click: open a site's form first (Ctrl+Shift+N for a new one)."));
    });
}

SiteForm* EditActions::openSiteForm(Id siteId)
{
    // One form per site: a second request brings the open one forward.
    for (SiteForm* open : m_window->findChildren<SiteForm*>()) {
        if (siteId != 0 && open->original().id == siteId) {
            open->show();
            open->raise();
            open->activateWindow();
            m_lastSiteForm = open;
            return open;
        }
    }
    Site site;
    if (siteId != 0) {
        const Site* stored = m_document->dataset().site(siteId);
        if (!stored)
            return nullptr;
        site = *stored;
    }
    auto* form = new SiteForm(m_document, site, m_window);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->installEventFilter(new ActivationWatcher(form, &m_lastSiteForm));
    connect(form, &QDialog::accepted, this, [this, form] {
        if (!form->savedIds().isEmpty())
            m_view->selectSite(form->savedIds().first());
    });
    m_lastSiteForm = form;
    form->show();
    return form;
}

QWidget* EditActions::openForm(const Row& row)
{
    if (const auto* site = std::get_if<Site>(&row))
        return openSiteForm(site->id);
    FormDialog* form = std::visit(
        [this](const auto& r) -> FormDialog* {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, FiberLink>) return new LinkForm(m_document, r, m_window);
            else if constexpr (std::is_same_v<T, Operator>) return new OperatorForm(m_document, r, m_window);
            else if constexpr (std::is_same_v<T, GpuModel>) return new GpuModelForm(m_document, r, m_window);
            else if constexpr (std::is_same_v<T, Source>) return new SourceForm(m_document, r, m_window);
            else if constexpr (std::is_same_v<T, Claim>) return new ClaimForm(m_document, r, m_window);
            else return nullptr;
        },
        row);
    if (!form)
        return nullptr;
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
    return form;
}

void EditActions::openNewForm(RowTableModel::Kind kind)
{
    switch (kind) {
    case RowTableModel::Kind::Links: {
        // A new link starts from the sites selected on the map or in the table.
        FiberLink link;
        const QVector<Id>& selected = m_view->selectedSites();
        link.siteA = selected.value(0);
        link.siteB = selected.value(1);
        openForm(link);
        break;
    }
    case RowTableModel::Kind::Operators: openForm(Operator()); break;
    case RowTableModel::Kind::GpuModels: openForm(GpuModel()); break;
    case RowTableModel::Kind::Sources: openForm(Source()); break;
    case RowTableModel::Kind::Claims: openForm(Claim()); break;
    }
}

bool EditActions::deleteSites(const QVector<Id>& siteIds)
{
    QVector<Row> rows;
    for (Id id : siteIds) {
        Site site;
        site.id = id;
        rows.append(site);
    }
    return deleteRows(rows);
}

bool EditActions::deleteRows(const QVector<Row>& rows)
{
    const DeletionPlan plan = planDeletion(m_document->dataset(), rows);
    if (!plan.refusal.isEmpty()) {
        QMessageBox::information(m_window, tr("Cannot delete"), plan.refusal);
        return false;
    }
    if (!plan.allowed())
        return false;
    QMessageBox ask(QMessageBox::Question, tr("Delete"), plan.question, QMessageBox::NoButton, m_window);
    if (!plan.consequences.isEmpty())
        ask.setInformativeText(tr("This also deletes or changes: %1.\n\nEdit > Undo brings all of it back.")
                                   .arg(plan.consequences.join(QStringLiteral("; "))));
    else
        ask.setInformativeText(tr("Edit > Undo brings it back."));
    QPushButton* yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != static_cast<QAbstractButton*>(yes))
        return false;
    const WriteResult result = m_document->execute(plan.changes, plan.changes.description());
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Nothing was deleted"), result.error);
        return false;
    }
    Q_EMIT statusMessage(tr("%1 (Ctrl+Z brings it back).").arg(plan.changes.description()));
    return true;
}

QString EditActions::dialogFolder() const
{
    const QString folder = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return m_document->hasStore() ? QFileInfo(m_document->store()->location()).absolutePath() : QDir::homePath();
}

void EditActions::rememberFolder(const QString& path) { QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath()); }

ImportDialog* EditActions::importFile(bool sites, const QString& givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(m_window, sites ? tr("Import Sites") : tr("Import Fiber Links"), dialogFolder(), kFileFilter);
        if (path.isEmpty())
            return nullptr;
    }
    rememberFolder(path);
    auto* dialog = new ImportDialog(m_document, sites ? ImportDialog::Rows::Sites : ImportDialog::Rows::Links, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!dialog->preview(path)) {
        delete dialog;
        return nullptr;
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] { Q_EMIT statusMessage(dialog->outcome()); });
    dialog->open();
    return dialog;
}

bool EditActions::exportVisible(bool sites, const QString& givenPath)
{
    const QVector<Id> ids = sites ? m_sites->visibleSiteIds() : m_tables->panel(RowTableModel::Kind::Links)->visibleIds();
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString title = sites ? tr("Export %n Site(s)", nullptr, int(ids.size())) : tr("Export %n Fiber Link(s)", nullptr, int(ids.size()));
        const QString suggested = QDir(dialogFolder()).filePath(sites ? QStringLiteral("sites.csv") : QStringLiteral("fiber-links.csv"));
        path = QFileDialog::getSaveFileName(m_window, title, suggested, kFileFilter);
        if (path.isEmpty())
            return false;
    }
    const std::optional<io::FileFormat> format = io::formatOf(path);
    if (!format) {
        QMessageBox::warning(m_window, tr("Nothing was exported"), tr("Name the file .csv or .geojson, so it is clear which format to write."));
        return false;
    }
    const QByteArray bytes = sites ? io::exportSites(m_document->dataset(), ids, *format)
                                   : io::exportLinks(m_document->dataset(), ids, *format);
    // All or nothing: an existing file is replaced only once the new one is complete, and
    // never the open database.
    if (const QString error = io::writeOutputFile(path, bytes); !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Nothing was exported"), error);
        return false;
    }
    rememberFolder(path);
    Q_EMIT statusMessage(tr("Wrote %1 %2 to %3.")
                             .arg(ids.size())
                             .arg(sites ? tr("sites") : tr("fiber links"), QDir::toNativeSeparators(path)));
    return true;
}

} // namespace atlas
