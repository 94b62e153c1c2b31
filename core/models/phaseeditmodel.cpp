// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/phaseeditmodel.h"

#include "core/domain/datasetchecks.h"
#include "core/domain/enumtext.h"
#include "core/editing/numbertext.h"
#include "core/models/rowsfromthelast.h"
#include "core/models/sitetext.h"
#include "core/models/tooltiptext.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <cmath>

namespace atlas {
namespace {

constexpr double kUsdPerBillion = 1e9;

int columnOfField(const QString& field)
{
    static const QHash<QString, int> columns = {
        {QStringLiteral("online_date"), PhaseEditModel::OnlineColumn},
        {QStringLiteral("it_mw"), PhaseEditModel::ItMwColumn},
        {QStringLiteral("facility_mw"), PhaseEditModel::FacilityMwColumn},
        {QStringLiteral("h100e"), PhaseEditModel::H100eColumn},
        {QStringLiteral("buildings"), PhaseEditModel::BuildingsColumn},
        {QStringLiteral("gpu_model_id"), PhaseEditModel::GpuModelColumn},
        {QStringLiteral("gpu_model"), PhaseEditModel::GpuModelColumn},
        {QStringLiteral("gpu_count"), PhaseEditModel::GpuCountColumn},
        {QStringLiteral("capex_usd"), PhaseEditModel::CapexColumn},
        {QStringLiteral("note"), PhaseEditModel::NoteColumn},
        {QStringLiteral("source_id"), PhaseEditModel::SourceColumn},
    };
    return columns.value(field, -1);
}

} // namespace

PhaseEditModel::PhaseEditModel(const Dataset* data, QObject* parent) : QAbstractTableModel(parent), m_data(data) {}

void PhaseEditModel::setPhases(const QVector<SitePhase>& phases)
{
    beginResetModel();
    m_original = phases;
    std::stable_sort(m_original.begin(), m_original.end(),
                     [](const SitePhase& a, const SitePhase& b) { return a.onlineDate < b.onlineDate; });
    m_rows.clear();
    for (const SitePhase& phase : std::as_const(m_original))
        m_rows.append({phase, {}});
    m_removed.clear();
    endResetModel();
}

int PhaseEditModel::addPhase()
{
    SitePhase phase;
    if (!m_rows.isEmpty()) {
        const SitePhase& last = m_rows.last().phase;
        // The fleet's model(s), without counts: a new phase usually grows the same chips.
        for (const ChipCount& chip : last.chips)
            phase.chips.append({chip.gpuModelId, std::nullopt, false, QString()});
        phase.sourceId = last.sourceId;
        phase.datePrecision = last.datePrecision;
        phase.onlineDate = last.onlineDate.isValid() ? last.onlineDate.addYears(1) : QDate();
    }
    if (!phase.onlineDate.isValid()) {
        const QDate today = QDate::currentDate();
        phase.onlineDate = QDate(today.year(), 12, 31);
        phase.datePrecision = DatePrecision::Year;
    }
    phase.projected = isFuture(phase.onlineDate);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({phase, {}});
    endInsertRows();
    return row;
}

void PhaseEditModel::removePhaseRows(const QList<int>& rows)
{
    for (int row : rowsFromTheLast(rows, rowCount())) {
        beginRemoveRows({}, row, row);
        if (m_rows[row].phase.id != 0)
            m_removed.append(m_rows[row].phase.id);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

bool PhaseEditModel::isFuture(const QDate& date) const
{
    return date > (m_today.isValid() ? m_today : QDate::currentDate());
}

std::optional<double> SitePhase::*PhaseEditModel::figureOf(int column)
{
    switch (column) {
    case ItMwColumn:
        return &SitePhase::itMw;
    case FacilityMwColumn:
        return &SitePhase::facilityMw;
    case H100eColumn:
        return &SitePhase::h100e;
    case BuildingsColumn:
        return &SitePhase::buildingsOperational;
    default:
        return nullptr;
    }
}

void PhaseEditModel::setChips(int row, const QVector<ChipCount>& chips)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Entry& entry = m_rows[row];
    entry.phase.chips.clear();
    for (const ChipCount& chip : chips) {
        if (chip.gpuModelId != 0 || chip.count || !chip.note.isEmpty())
            entry.phase.chips.append(chip);
    }
    entry.unparsed.remove(GpuModelColumn);
    entry.unparsed.remove(GpuCountColumn);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int PhaseEditModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int PhaseEditModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PhaseEditModel::displayText(const Entry& entry, int column) const
{
    if (entry.unparsed.contains(column))
        return entry.unparsed.value(column);
    const SitePhase& p = entry.phase;
    switch (column) {
    case OnlineColumn:
        return formatDate(p.onlineDate, p.datePrecision);
    case ItMwColumn:
    case FacilityMwColumn:
    case H100eColumn:
    case BuildingsColumn:
        return numberText(p.*figureOf(column));
    case GpuModelColumn:
        return fleetModels(*m_data, p.chips);
    case GpuCountColumn: {
        const std::optional<qint64> count = p.gpuCount();
        return count ? QString::number(*count) : QString();
    }
    case CapexColumn:
        return p.capexUsd ? numberText(*p.capexUsd / kUsdPerBillion) : QString();
    case NoteColumn:
        return p.note;
    case SourceColumn: {
        const Source* source = m_data->source(p.sourceId);
        return source ? source->title : QString();
    }
    default:
        return {};
    }
}

QString PhaseEditModel::columnHelp(int column)
{
    switch (column) {
    case OnlineColumn:
        return tr("When this phase's power is online: 2027-Q1, 2025-09, 2026 or 2025-10-09.");
    case ItMwColumn:
        return tr("The site's IT power in total once this phase is online, in MW (not in addition "
                  "to earlier phases).");
    case FacilityMwColumn:
        return tr("The site's facility power in total once this phase is online (IT power with "
                  "cooling and losses), in MW.");
    case GpuModelColumn:
    case GpuCountColumn:
        return tr("A fleet of one model; Edit Chips… (Ctrl+Shift+G) lists several models and "
                  "their counts.");
    case H100eColumn:
        return tr("The fleet's compute in H100-equivalents, as the source states it.");
    case BuildingsColumn:
        return tr("How many of the site's buildings are operational once this phase is online.");
    case CapexColumn:
        return tr("Capital spent on this phase, in billions of US dollars.");
    case EstimateColumn:
        return tr("Checked when the figures are an estimate rather than announced.");
    case ProjectedColumn:
        return tr("Checked when this phase is a projection (a source's forecast): it is drawn as "
                  "planned, never as capacity that exists.");
    default:
        return {};
    }
}

QVariant PhaseEditModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry& entry = m_rows[index.row()];
    const int column = index.column();
    if (column == EstimateColumn || column == ProjectedColumn) {
        const bool checked =
            column == EstimateColumn ? entry.phase.estimate : entry.phase.projected;
        if (role == Qt::CheckStateRole)
            return checked ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return columnHelp(column);
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (role == Qt::EditRole && (column == GpuModelColumn || column == SourceColumn))
            return column == GpuModelColumn ? entry.phase.singleGpuModelId() : entry.phase.sourceId;
        return displayText(entry, column);
    case IdRole:
        if (column == GpuModelColumn)
            return entry.phase.singleGpuModelId();
        if (column == SourceColumn)
            return entry.phase.sourceId;
        return {};
    case Qt::BackgroundRole:
        if (rowProblems(index.row()).contains(column))
            return QBrush(QColor(0xfd, 0xe2, 0xe0));
        return {};
    case Qt::ToolTipRole: {
        const QString problem = rowProblems(index.row()).value(column);
        if (!problem.isEmpty())
            return plainToolTip(problem); // it quotes what was typed
        if ((column == GpuModelColumn || column == GpuCountColumn) && isMixedFleet(index.row()))
            return plainToolTip(
                tr("A fleet of several models:\n%1\nEdit Chips… (Ctrl+Shift+G) or a "
                   "double-click edits it.")
                    .arg(fleetLines(*m_data, entry.phase.chips).join(QLatin1Char('\n'))));
        return columnHelp(column);
    }
    case Qt::TextAlignmentRole:
        if (figureOf(column) || column == GpuCountColumn || column == CapexColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool PhaseEditModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Entry& entry = m_rows[index.row()];
    SitePhase& p = entry.phase;
    const int column = index.column();
    if (column == EstimateColumn || column == ProjectedColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
        if (column == EstimateColumn) {
            p.estimate = checked;
        } else {
            p.projected = checked;
            entry.projectedChosen = true;
        }
    } else if (role != Qt::EditRole) {
        return false;
    } else if (column == GpuModelColumn || column == GpuCountColumn) {
        if (isMixedFleet(index.row()))
            return false; // a mixed fleet is edited line by line, not in one cell
        setFleetCell(entry, column, value);
    } else if (column == SourceColumn) {
        p.sourceId = value.toLongLong();
    } else if (column == NoteColumn) {
        p.note = value.toString().trimmed();
    } else {
        const QString text = value.toString().trimmed();
        bool bad = false;
        if (column == OnlineColumn) {
            const std::optional<DateWithPrecision> date = parseDate(text);
            bad = !date;
            if (date) {
                p.onlineDate = date->date;
                p.datePrecision = date->precision;
                // A new phase's date says whether it is a forecast, until the user says.
                if (p.id == 0 && !entry.projectedChosen)
                    p.projected = isFuture(p.onlineDate);
            }
        } else {
            const NumberText number = parseNumberText(text);
            bad = number.bad;
            if (!bad && figureOf(column))
                p.*figureOf(column) = number.value;
            else if (!bad && column == CapexColumn)
                p.capexUsd = number.value ? std::optional<double>(*number.value * kUsdPerBillion)
                                          : std::nullopt;
        }
        if (bad)
            entry.unparsed.insert(column, text);
        else
            entry.unparsed.remove(column);
    }
    // The whole row: a fixed cell can clear another cell's mark (and the tooltip).
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

void PhaseEditModel::setFleetCell(Entry& entry, int column, const QVariant& value)
{
    QVector<ChipCount>& chips = entry.phase.chips;
    if (column == GpuModelColumn) {
        const Id model = value.toLongLong();
        if (chips.isEmpty() && model != 0)
            chips.append(ChipCount{model, std::nullopt, false, QString()});
        else if (!chips.isEmpty() && model == 0 && !chips.first().count)
            chips.clear();
        else if (!chips.isEmpty())
            chips.first().gpuModelId = model;
        return;
    }
    const QString text = value.toString().trimmed();
    const CountText count = parseCountText(text);
    if (count.bad) {
        entry.unparsed.insert(column, text);
        return;
    }
    entry.unparsed.remove(column);
    if (chips.isEmpty() && count.value)
        chips.append(ChipCount{0, count.value, false, QString()});
    else if (!chips.isEmpty() && !count.value && chips.first().gpuModelId == 0)
        chips.clear();
    else if (!chips.isEmpty())
        chips.first().count = count.value;
}

Qt::ItemFlags PhaseEditModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if ((index.column() == GpuModelColumn || index.column() == GpuCountColumn) &&
        isMixedFleet(index.row()))
        return flags; // a mixed fleet: edited line by line, not in one cell
    const bool check = index.column() == EstimateColumn || index.column() == ProjectedColumn;
    return flags | (check ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant PhaseEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole)
        return columnHelp(section);
    if (role != Qt::DisplayRole)
        return {};
    static const char* const titles[] = {
        QT_TR_NOOP("Online"),    QT_TR_NOOP("IT MW"),    QT_TR_NOOP("Facility MW"),
        QT_TR_NOOP("GPU model"), QT_TR_NOOP("GPUs"),     QT_TR_NOOP("H100e"),
        QT_TR_NOOP("Buildings"), QT_TR_NOOP("Capex $B"), QT_TR_NOOP("Estimate"),
        QT_TR_NOOP("Projected"), QT_TR_NOOP("Note"),     QT_TR_NOOP("Source")};
    static_assert(std::size(titles) == ColumnCount);
    return tr(titles[section]);
}

QHash<int, QString> PhaseEditModel::rowProblems(int row) const
{
    const Entry& entry = m_rows[row];
    QHash<int, QString> problems;
    for (auto it = entry.unparsed.cbegin(); it != entry.unparsed.cend(); ++it) {
        problems.insert(it.key(), it.key() == OnlineColumn
                                      ? tr("\"%1\" is not a date: write 2027-Q1, 2025-09, 2026 or 2025-10-09.").arg(it.value())
                                  : it.key() == GpuCountColumn
                                      ? tr("\"%1\" is not a whole number of GPUs.").arg(it.value())
                                      : tr("\"%1\" is not a number.").arg(it.value()));
    }
    SitePhase phase = entry.phase;
    if (phase.siteId == 0)
        phase.siteId = insertedBy(0); // the site itself is checked by the form
    for (const FieldError& error : checkRow(phase, *m_data)) {
        const int column = columnOfField(error.field);
        if (!problems.contains(column))
            problems.insert(column, error.message);
    }
    return problems;
}

QStringList PhaseEditModel::problems() const
{
    QStringList lines;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QHash<int, QString> problems = rowProblems(row);
        for (int column = -1; column < ColumnCount; ++column) {
            if (problems.contains(column))
                lines << tr("Phase %1 (%2): %3").arg(row + 1).arg(displayText(m_rows[row], OnlineColumn), problems.value(column));
        }
    }
    return lines;
}

bool PhaseEditModel::isModified() const
{
    if (!m_removed.isEmpty() || m_rows.size() != m_original.size())
        return true;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!(m_rows[i].phase == m_original[i]) || !m_rows[i].unparsed.isEmpty())
            return true;
    }
    return false;
}

ChangeSet PhaseEditModel::changes(Id site) const
{
    ChangeSet set;
    for (Id id : m_removed)
        set.remove<SitePhase>(id);
    for (const Entry& entry : m_rows) {
        SitePhase phase = entry.phase;
        const auto stored = std::find_if(m_original.cbegin(), m_original.cend(),
                                         [&](const SitePhase& p) { return p.id != 0 && p.id == phase.id; });
        phase.siteId = site;
        if (stored != m_original.cend() && *stored == phase)
            continue; // unchanged
        set.upsert(phase);
    }
    return set;
}

} // namespace atlas
