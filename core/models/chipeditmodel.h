// SPDX-License-Identifier: GPL-3.0-or-later
// One phase's fleet as the Chips dialog edits it: a line per GPU model with its count, whether
// the count is an estimate, and a note. Like the phase table it keeps what the user typed (a
// count that does not parse keeps its text and is marked) and says what is wrong with each
// line; chips() gives the fleet to put back into the phase.
#pragma once

#include "core/domain/dataset.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace atlas {

class ChipEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { GpuModelColumn, CountColumn, EstimateColumn, NoteColumn, ColumnCount };

    // `data` names the GPU models; it must outlive the model.
    explicit ChipEditModel(const Dataset* data, QObject* parent = nullptr);

    void setChips(const QVector<ChipCount>& chips);
    // The fleet as edited, without the lines that name no model, state no count and have no
    // note (a line added and left blank).
    QVector<ChipCount> chips() const;
    // A new blank line at the end; its row.
    int addChip();
    void removeChipRows(const QList<int>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One line per problem: "Line 2 (GB200): \"lots\" is not a whole number of GPUs."
    QStringList problems() const;
    // The fleet's chips together; nullopt when no line states a count.
    std::optional<qint64> totalCount() const;
    bool isModified() const { return m_modified; }

private:
    struct Line
    {
        ChipCount chip;
        QString unparsedCount; // the count as typed when it does not parse
    };
    // Problems of one line, by column.
    QHash<int, QString> lineProblems(int row) const;

    const Dataset* m_data;
    QVector<Line> m_lines;
    bool m_modified = false;
};

} // namespace atlas
