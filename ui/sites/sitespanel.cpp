// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sites/sitespanel.h"

#include "core/document/atlasdocument.h"
#include "core/document/viewstate.h"
#include "core/domain/enumtext.h"
#include "core/models/sitefiltermodel.h"
#include "core/models/sitetablemodel.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/tablebuttons.h"

#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace atlas {

SitesPanel::SitesPanel(AtlasDocument* document, ViewState* view, QWidget* parent)
    : QWidget(parent), m_document(document), m_view(view),
      m_model(new SiteTableModel(document, view, this)), m_filter(new SiteFilterModel(this)),
      m_search(new QLineEdit(this)), m_operator(new QComboBox(this)), m_status(new QComboBox(this)),
      m_placement(new QComboBox(this)), m_count(new QLabel(this)), m_table(new QTableView(this)),
      m_filterToggle(new QToolButton(this))
{
    m_filter->setSourceModel(m_model);
    setUpFilters();
    setUpTable();
    layOut();
    connectFiltersAndSelection();
    refreshOperatorChoices();
    updateCount();
}

void SitesPanel::setUpFilters()
{
    m_search->setPlaceholderText(tr("Search sites, operators, places (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the sites whose name, operator, parties or place contain "
                            "this text"));
    m_operator->setToolTip(tr("Show only the sites of one operator"));
    // Sized for a short name, not the longest one: the row of controls must fit a narrow dock.
    m_operator->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operator->setMinimumContentsLength(10);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(8);
    m_search->setMinimumWidth(80);
    m_status->setToolTip(tr("Show only the sites with this status"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& key : siteStatusKeys())
        m_status->addItem(displayName(*siteStatusFromKey(key)), key);
    m_placement->setToolTip(
        tr("Show only the sites that are placed on the map, or only those that are "
           "not placed yet (they count in the figures but are not drawn)"));
    m_placement->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_placement->setMinimumContentsLength(7);
    m_placement->addItem(tr("Any place"), int(SiteFilterModel::Placement::Any));
    m_placement->addItem(tr("Placed"), int(SiteFilterModel::Placement::Placed));
    m_placement->addItem(tr("Not placed"), int(SiteFilterModel::Placement::NotPlaced));

    // In a narrow dock the three filters wait behind this button, so that the table keeps
    // its rows; it says how many are set.
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filterToggle->setToolTip(tr("Show or hide the operator, status and placement filters"));
    m_filterToggle->hide();
    connect(m_filterToggle, &QToolButton::toggled, this, &SitesPanel::updateCompactFilters);
    for (QComboBox* box : {m_operator, m_status, m_placement})
        connect(box, &QComboBox::currentIndexChanged, this, &SitesPanel::updateCompactFilters);
}

void SitesPanel::setUpTable()
{
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteTableModel::ItMwColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(SiteTableModel::NameColumn, 280);
    m_table->setColumnWidth(SiteTableModel::LocationColumn, 150);
    m_table->setColumnWidth(SiteTableModel::FleetColumn, 130);
    // A header and two rows: on a small screen the map above keeps its room.
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4);
}

void SitesPanel::layOut()
{
    // The search field and filters share a row that wraps in a narrow dock (a 1366-wide
    // laptop), rather than holding the dock, and with it the window, wide.
    m_filters = new FlowLayout;
    FlowLayout* filters = m_filters;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_search);
    filters->addWidget(m_filterToggle);
    filters->addWidget(m_operator);
    filters->addWidget(m_status);
    filters->addWidget(m_placement);
    filters->addWidget(m_count);
    m_buttons = buildButtons();
    filters->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
}

void SitesPanel::connectFiltersAndSelection()
{
    connect(m_search, &QLineEdit::textChanged, m_filter, &SiteFilterModel::setSearchText);
    connect(m_operator, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOperatorId(m_operator->currentData().toLongLong()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusKey(m_status->currentData().toString()); });
    connect(m_placement, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setPlacement(SiteFilterModel::Placement(m_placement->currentData().toInt()));
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &SitesPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &SitesPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SitesPanel::updateCount);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, &SitesPanel::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SitesPanel::pushSelectionToView);
    connect(m_view, &ViewState::selectionChanged, this, &SitesPanel::pullSelectionFromView);
    connect(m_document, &AtlasDocument::datasetChanged, this, [this] {
        refreshOperatorChoices();
        pullSelectionFromView();
        updateCount();
    });
}

void SitesPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateCompactFilters();
}

void SitesPanel::updateCompactFilters()
{
    // Compact where the row of controls would wrap onto more than two rows.
    int oneRow = 0;
    for (QWidget* part : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_operator),
                          static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_placement),
                          static_cast<QWidget*>(m_count), m_buttons})
        oneRow += part->sizeHint().width();
    const bool compact = width() < oneRow / 2;
    int set = 0;
    for (const QComboBox* box : {m_operator, m_status, m_placement})
        set += box->currentIndex() > 0 ? 1 : 0;
    m_filterToggle->setText(set > 0 ? tr("Filters (%L1)").arg(set) : tr("Filters"));
    m_filterToggle->setVisible(compact);
    for (QComboBox* box : {m_operator, m_status, m_placement})
        box->setVisible(!compact || m_filterToggle->isChecked());
    // A dock does not ask its widget's height for its width: the rows the controls wrap onto
    // are made the panel's minimum, so that they never run under the table.
    const QMargins margins = layout()->contentsMargins();
    const int needed = margins.top() +
                       m_filters->heightForWidth(width() - margins.left() - margins.right()) +
                       layout()->spacing() + m_table->minimumHeight() + margins.bottom();
    if (minimumHeight() != needed)
        setMinimumHeight(needed);
}

QWidget* SitesPanel::buildButtons()
{
    TableActions actions;
    actions.create = [this] { Q_EMIT newSiteRequested(); };
    actions.edit = [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT editSiteRequested(current.data(SiteTableModel::SiteIdRole).toLongLong());
    };
    actions.remove = [this] {
        if (const QVector<Id> ids = selectedSiteIds(); !ids.isEmpty())
            Q_EMIT deleteSitesRequested(ids);
    };
    actions.createTip = tr("New site (Ctrl+Shift+N)");
    actions.editTip = tr("Edit the selected site (Enter, F2 or double-click)");
    actions.removeTip = tr("Delete the selected sites, with their phases and links (Delete)");
    return makeTableButtons(m_table, actions, this);
}

QVector<Id> SitesPanel::visibleSiteIds() const
{
    QVector<Id> ids;
    ids.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(SiteTableModel::SiteIdRole).toLongLong());
    return ids;
}

QVector<Id> SitesPanel::selectedSiteIds() const
{
    QVector<Id> ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(SiteTableModel::SiteIdRole).toLongLong());
    return ids;
}

void SitesPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void SitesPanel::showUnplacedSites()
{
    m_placement->setCurrentIndex(m_placement->findData(int(SiteFilterModel::Placement::NotPlaced)));
}

void SitesPanel::refreshOperatorChoices()
{
    const Id current = m_operator->currentData().toLongLong();
    QSignalBlocker block(m_operator);
    m_operator->clear();
    m_operator->addItem(tr("All operators"), Id(0));
    QVector<Operator> operators = m_document->dataset().operators;
    std::sort(operators.begin(), operators.end(),
              [](const Operator& a, const Operator& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Operator& op : operators)
        m_operator->addItem(op.name, op.id);
    const int index = m_operator->findData(current);
    m_operator->setCurrentIndex(index < 0 ? 0 : index);
    m_filter->setOperatorId(m_operator->currentData().toLongLong());
}

void SitesPanel::updateCount()
{
    m_count->setText(
        tr("%L1 of %Ln sites", nullptr, m_model->rowCount()).arg(m_filter->rowCount()));
}

void SitesPanel::pushSelectionToView()
{
    if (m_syncing)
        return;
    QVector<Id> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows)
        ids.append(row.data(SiteTableModel::SiteIdRole).toLongLong());
    // The row the user clicked last comes first: it is the one the details pane shows.
    const Id current = m_table->currentIndex().data(SiteTableModel::SiteIdRole).toLongLong();
    if (ids.removeOne(current))
        ids.prepend(current);
    m_syncing = true;
    m_view->setSelectedSites(ids);
    m_syncing = false;
}

void SitesPanel::pullSelectionFromView()
{
    if (m_syncing)
        return;
    m_syncing = true;
    QItemSelection selection;
    QModelIndex first;
    for (Id id : m_view->selectedSites()) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (!index.isValid())
            continue;
        selection.select(index, index.siblingAtColumn(SiteTableModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel* model = m_table->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_table->scrollTo(first);
    }
    m_syncing = false;
}

void SitesPanel::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("sitesTable/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("sitesTable/columns"), int(SiteTableModel::ColumnCount));
}

void SitesPanel::restoreState(const QSettings& settings)
{
    const QByteArray header = settings.value(QStringLiteral("sitesTable/header")).toByteArray();
    // A layout saved for other columns (an older version) would put widths on the wrong ones.
    const bool sameColumns =
        settings.value(QStringLiteral("sitesTable/columns")).toInt() == SiteTableModel::ColumnCount;
    if (!header.isEmpty() && sameColumns)
        m_table->horizontalHeader()->restoreState(header);
}

} // namespace atlas
