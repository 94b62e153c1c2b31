// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tables/rowtablepanel.h"

#include "ui/widgets/tablebuttons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace atlas {

RowTablePanel::RowTablePanel(AtlasDocument* document, RowTableModel::Kind kind, QWidget* parent)
    : QWidget(parent), m_model(new RowTableModel(document, kind, this)), m_filter(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_count(new QLabel(this)), m_table(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(RowTableModel::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(RowTableModel::SortRole);
    m_search->setPlaceholderText(tr("Search %1").arg(m_model->rowsName()));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows the rows with this text in any column"));

    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setColumnWidth(0, 220);
    // A header and two rows: the bottom docks may be short on a small screen (the map above
    // keeps its room).
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 4);

    TableActions actions;
    actions.create = [this] { Q_EMIT newRequested(m_model->kind()); };
    actions.edit = [this] { editCurrent(); };
    actions.remove = [this] {
        if (const QVector<Row> rows = selectedRows(); !rows.isEmpty())
            Q_EMIT deleteRequested(rows);
    };
    actions.createTip = tr("Add a row to this table");
    actions.editTip = tr("Edit the selected row (Enter, F2 or double-click)");
    actions.removeTip = tr("Delete the selected rows (Delete)");
    QWidget* buttons = makeTableButtons(m_table, actions, this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RowTablePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RowTablePanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RowTablePanel::updateCount);
    connect(m_filter, &QSortFilterProxyModel::layoutChanged, this, &RowTablePanel::updateCount);
    // An edit reloads the data and resets the model; the selection survives it.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection.clear();
        for (const Row& row : selectedRows())
            m_keptSelection.append(rowId(row));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectIds(m_keptSelection); });
    updateCount();
}

void RowTablePanel::updateCount()
{
    m_count->setText(tr("%L1 of %L2").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

QVector<Id> RowTablePanel::visibleIds() const
{
    QVector<Id> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(RowTableModel::IdRole).toLongLong());
    return ids;
}

QVector<Row> RowTablePanel::selectedRows() const
{
    QVector<Row> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(m_model->rowAt(m_filter->mapToSource(index).row()));
    return rows;
}

void RowTablePanel::selectIds(const QVector<Id>& ids)
{
    QItemSelection selection;
    for (Id id : ids) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(m_filter->columnCount() - 1));
    }
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RowTablePanel::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        Q_EMIT editRequested(m_model->rowAt(m_filter->mapToSource(current).row()));
}

} // namespace atlas
