// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/chipeditmodel.h"

#include "core/domain/datasetchecks.h"
#include "core/editing/numbertext.h"
#include "core/models/rowsfromthelast.h"
#include "core/models/sitetext.h"
#include "core/models/tooltiptext.h"
#include "core/store/changeset.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace atlas {

ChipEditModel::ChipEditModel(const Dataset* data, QObject* parent)
    : QAbstractTableModel(parent), m_data(data)
{}

void ChipEditModel::setChips(const QVector<ChipCount>& chips)
{
    beginResetModel();
    m_lines.clear();
    for (const ChipCount& chip : chips)
        m_lines.append({chip, {}});
    m_modified = false;
    endResetModel();
}

QVector<ChipCount> ChipEditModel::chips() const
{
    QVector<ChipCount> chips;
    for (const Line& line : m_lines) {
        const ChipCount& chip = line.chip;
        if (chip.gpuModelId != 0 || chip.count || !chip.note.isEmpty() ||
            !line.unparsedCount.isEmpty())
            chips.append(chip);
    }
    return chips;
}

int ChipEditModel::addChip()
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(Line());
    endInsertRows();
    m_modified = true;
    return row;
}

void ChipEditModel::removeChipRows(const QList<int>& rows)
{
    for (int row : rowsFromTheLast(rows, rowCount())) {
        beginRemoveRows({}, row, row);
        m_lines.removeAt(row);
        endRemoveRows();
        m_modified = true;
    }
}

int ChipEditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}
int ChipEditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChipEditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line& line = m_lines[index.row()];
    const ChipCount& chip = line.chip;
    const int column = index.column();
    if (column == EstimateColumn) {
        if (role == Qt::CheckStateRole)
            return chip.estimate ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("Checked when this count is an estimate rather than announced.");
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == GpuModelColumn)
            return chip.gpuModelId == 0 ? QString() : chipName(*m_data, chip.gpuModelId);
        if (column == CountColumn)
            return !line.unparsedCount.isEmpty() ? line.unparsedCount
                   : chip.count                  ? QString::number(*chip.count)
                                                 : QString();
        if (column == NoteColumn)
            return chip.note;
        return {};
    case Qt::EditRole:
        if (column == GpuModelColumn)
            return chip.gpuModelId;
        return data(index, Qt::DisplayRole);
    case Qt::BackgroundRole:
        if (lineProblems(index.row()).contains(column))
            return QBrush(QColor(0xfd, 0xe2, 0xe0));
        return {};
    case Qt::ToolTipRole: {
        const QString problem = lineProblems(index.row()).value(column);
        if (!problem.isEmpty())
            return plainToolTip(problem); // it quotes what was typed
        if (column == GpuModelColumn)
            return tr("The chip, from the GPU models; left empty for a chip the catalogue does not "
                      "have.");
        if (column == CountColumn)
            return tr("How many of these chips the site has once the phase is online; empty when "
                      "not known.");
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool ChipEditModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return false;
    Line& line = m_lines[index.row()];
    ChipCount& chip = line.chip;
    switch (index.column()) {
    case EstimateColumn:
        if (role != Qt::CheckStateRole)
            return false;
        chip.estimate = value.value<Qt::CheckState>() == Qt::Checked;
        break;
    case GpuModelColumn:
        if (role != Qt::EditRole)
            return false;
        chip.gpuModelId = value.toLongLong();
        break;
    case CountColumn: {
        if (role != Qt::EditRole)
            return false;
        const QString text = value.toString().trimmed();
        const CountText count = parseCountText(text);
        line.unparsedCount = count.bad ? text : QString();
        if (!count.bad)
            chip.count = count.value;
        break;
    }
    case NoteColumn:
        if (role != Qt::EditRole)
            return false;
        chip.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    m_modified = true;
    // Every line: a model chosen on one line can make another line's model a repeat.
    Q_EMIT dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    return true;
}

Qt::ItemFlags ChipEditModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return flags |
           (index.column() == EstimateColumn ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant ChipEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = {QT_TR_NOOP("GPU model"), QT_TR_NOOP("GPUs"),
                                         QT_TR_NOOP("Estimate"), QT_TR_NOOP("Note")};
    static_assert(std::size(titles) == ColumnCount);
    return tr(titles[section]);
}

QHash<int, QString> ChipEditModel::lineProblems(int row) const
{
    const Line& line = m_lines[row];
    QHash<int, QString> problems;
    if (!line.unparsedCount.isEmpty())
        problems.insert(CountColumn,
                        tr("\"%1\" is not a whole number of GPUs.").arg(line.unparsedCount));
    // The line's own rules are the phase's rules for its chips.
    SitePhase alone;
    alone.siteId = insertedBy(0);
    alone.onlineDate = QDate(2025, 1, 1);
    alone.chips = {line.chip};
    const QHash<QString, int> columns = {{QStringLiteral("gpu_count"), CountColumn},
                                         {QStringLiteral("gpu_model_id"), GpuModelColumn},
                                         {QStringLiteral("note"), NoteColumn}};
    for (const FieldError& error : checkRow(alone, *m_data)) {
        const int column = columns.value(error.field, -1);
        if (column >= 0 && !problems.contains(column))
            problems.insert(column, error.message);
    }
    const Id model = line.chip.gpuModelId;
    const bool repeated = model != 0 && std::any_of(m_lines.cbegin(), m_lines.cbegin() + row,
                                                    [model](const Line& earlier) {
                                                        return earlier.chip.gpuModelId == model;
                                                    });
    if (repeated && !problems.contains(GpuModelColumn))
        problems.insert(GpuModelColumn, tr("%1 is listed on an earlier line; give its count once.")
                                            .arg(chipName(*m_data, model)));
    return problems;
}

QStringList ChipEditModel::problems() const
{
    QStringList lines;
    for (int row = 0; row < m_lines.size(); ++row) {
        const QHash<int, QString> problems = lineProblems(row);
        const QString name = chipName(*m_data, m_lines[row].chip.gpuModelId);
        for (int column = 0; column < ColumnCount; ++column) {
            if (problems.contains(column))
                lines << tr("Line %1 (%2): %3").arg(row + 1).arg(name, problems.value(column));
        }
    }
    return lines;
}

std::optional<qint64> ChipEditModel::totalCount() const
{
    std::optional<qint64> total;
    for (const Line& line : m_lines) {
        if (line.chip.count)
            total = total.value_or(0) + *line.chip.count;
    }
    return total;
}

} // namespace atlas
