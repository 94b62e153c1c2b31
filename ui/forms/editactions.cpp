// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/editactions.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/editing/deletionplan.h"
#include "core/undo/execute.h"
#include "ui/forms/linkform.h"
#include "ui/forms/simpleforms.h"
#include "ui/forms/siteform.h"
#include "ui/map/mapwidget.h"
#include "ui/sites/sitespanel.h"
#include "ui/tables/datatables.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace atlas {
namespace {

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

EditActions::EditActions(AtlasDocument* document, ViewState* view, SitesPanel* sites,
                         DataTables* tables, QWidget* window)
    : QObject(window), m_document(document), m_view(view), m_sites(sites), m_tables(tables),
      m_window(window),
      m_newSite(new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("New &Site…"), this)),
      m_editSite(new QAction(QIcon::fromTheme(QStringLiteral("document-edit")),
                             tr("&Edit Selected Site…"), this)),
      m_deleteSites(new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")),
                                tr("&Delete Selected Sites…"), this)),
      m_newLink(new QAction(tr("New Fiber &Link…"), this))

{
    m_newSite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newSite->setStatusTip(tr("Add a site with its phases of capacity"));
    m_editSite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_editSite->setStatusTip(tr("Open the form of the site selected on the map or in the table"));
    m_deleteSites->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_deleteSites->setStatusTip(tr("Delete the selected sites, with their phases and links (after asking)"));
    m_newLink->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_newLink->setStatusTip(tr("Add a fiber link between two sites"));

    connect(m_newSite, &QAction::triggered, this, [this] { openSiteForm(0); });
    connect(m_editSite, &QAction::triggered, this, [this] {
        if (m_view->currentSite())
            openSiteForm(m_view->currentSite());
    });
    connect(m_deleteSites, &QAction::triggered, this, [this] { deleteSites(m_view->selectedSites()); });
    connect(m_newLink, &QAction::triggered, this,
            [this] { openNewForm(RowTableModel::Kind::Links); });

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
    for (QAction* action : {m_newSite, m_newLink})
        action->setEnabled(writable);
    m_editSite->setEnabled(writable && selected);
    m_deleteSites->setEnabled(writable && selected);
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
    const WriteResult result = undo::execute(*m_document, plan.changes, plan.changes.description());
    if (!result.ok) {
        QMessageBox::warning(m_window, tr("Nothing was deleted"), result.error);
        return false;
    }
    Q_EMIT statusMessage(tr("%1 (Ctrl+Z brings it back).").arg(plan.changes.description()));
    return true;
}

} // namespace atlas
