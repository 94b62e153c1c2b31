// SPDX-License-Identifier: GPL-3.0-or-later
// The rows of one table of the database (fiber links, operators, GPU models, sources or
// claims) for the data tables: read-only, one row per stored row. After an edit only the rows
// it touched change (rows inserted, removed, changed), so the selection stays; the model
// resets when everything changed. Search and sorting are a QSortFilterProxyModel's job (SortRole,
// SearchRole).
#pragma once

#include "core/store/changeset.h"
#include "core/store/datachange.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <functional>

namespace atlas {

class AtlasDocument;
class Dataset;

class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Links, Operators, GpuModels, Sources, Claims };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,   // numbers as numbers, text folded
        SearchRole, // every column's text in one string, folded
    };

    RowTableModel(const AtlasDocument* document, Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    // "fiber links", "operators": what the rows are, for counts and messages.
    QString rowsName() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The stored row shown on a row of this model, and the row that shows a stored id.
    Row rowAt(int row) const;
    Id idAt(int row) const;
    int rowOf(Id id) const;

private:
    struct Column
    {
        QString title;
        std::function<QVariant(const Dataset&, int row)> display;
        std::function<QVariant(const Dataset&, int row)> sort; // empty: the display text
        bool number = false;
    };
    void defineColumns();
    static QVector<Column> linkColumns();
    static QVector<Column> operatorColumns();
    static QVector<Column> gpuModelColumns();
    static QVector<Column> sourceColumns();
    static QVector<Column> claimColumns();
    RowKind rowKind() const;
    void update(const DataChange& what);
    void rebuild();
    // Whether a change of other rows may change what this table shows (a link's site names).
    bool showsOtherRowsOf(const DataChange& what) const;
    // Where the row of the model is in the dataset's rows of its kind; -1 when gone.
    int datasetIndex(int row) const;

    const AtlasDocument* m_document;
    Kind m_kind;
    QVector<Column> m_columns;
    QVector<Id> m_ids; // the stored row of each row
    QHash<Id, int> m_rowOf;
};

} // namespace atlas
