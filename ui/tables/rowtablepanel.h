// SPDX-License-Identifier: GPL-3.0-or-later
// One table of the database (links, operators, GPU models, sources or claims) with a search
// field, a count, and New / Edit / Delete. Double-click or Enter edits a row; Delete removes
// the selected rows (after asking). The panel only asks; EditActions does the work.
#pragma once

#include "core/models/rowtablemodel.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace atlas {

class AtlasDocument;

class RowTablePanel : public QWidget
{
    Q_OBJECT
public:
    RowTablePanel(AtlasDocument* document, RowTableModel::Kind kind, QWidget* parent = nullptr);

    RowTableModel::Kind kind() const { return m_model->kind(); }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    // The stored rows the table shows now (search applied), in the table's order.
    QVector<Id> visibleIds() const;
    QVector<Row> selectedRows() const;
    void selectIds(const QVector<Id>& ids);

Q_SIGNALS:
    void newRequested(RowTableModel::Kind kind);
    void editRequested(const Row& row);
    void deleteRequested(const QVector<Row>& rows);

private:
    void updateCount();
    void editCurrent();

    RowTableModel* m_model;
    QSortFilterProxyModel* m_filter;
    QLineEdit* m_search;
    QLabel* m_count;
    QTableView* m_table;
    QVector<Id> m_keptSelection; // across a reset of the model
};

} // namespace atlas
