// SPDX-License-Identifier: GPL-3.0-or-later
// The phases of one site as the site form edits them: an editable table that keeps what the
// user typed (a cell that does not parse keeps its text and is marked), says what is wrong
// with each phase, and turns the edits into changes (new, changed and removed phases) once
// the form is saved.
//
// A phase's fleet may mix chips (H100 and GB200 at one date). The GPU model and GPU count
// cells edit a fleet of one model; a mixed fleet is shown there but edited line by line
// (setChips(), from the site form's Chips dialog and its ChipEditModel).
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

#include <QAbstractTableModel>
#include <QHash>

namespace atlas {

class PhaseEditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OnlineColumn,
        ItMwColumn,
        FacilityMwColumn,
        GpuModelColumn,
        GpuCountColumn,
        H100eColumn,
        BuildingsColumn,
        CapexColumn,
        EstimateColumn,
        ProjectedColumn,
        NoteColumn,
        SourceColumn,
        ColumnCount
    };
    // For the GPU model and source columns: the id (EditRole shows and takes the same).
    static constexpr int IdRole = Qt::UserRole + 1;

    // `data` names the GPU models and sources; it must outlive the model.
    explicit PhaseEditModel(const Dataset* data, QObject* parent = nullptr);

    // Starts over with a site's stored phases (oldest first).
    void setPhases(const QVector<SitePhase>& phases);
    // A new phase after the last: a year later, with the last one's GPU model(s) and source.
    // A new phase dated after today is projected (see setToday()) until the user says
    // otherwise: its date follows until the Projected check is clicked.
    int addPhase();
    // "Today" for telling a forecast from a record; the system's date unless set (tests).
    void setToday(const QDate& today) { m_today = today; }
    // Removes rows; stored phases among them are deleted when the form is saved.
    void removePhaseRows(const QList<int>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const SitePhase& phaseAt(int row) const { return m_rows[row].phase; }
    // Whether the row's fleet mixes models: its GPU cells are then read-only.
    bool isMixedFleet(int row) const { return m_rows[row].phase.chips.size() > 1; }
    // Replaces the row's fleet (the lines with neither a model nor a count are left out).
    void setChips(int row, const QVector<ChipCount>& chips);
    // One line per problem: "Phase 2 (2027-Q1): IT power cannot be negative (got -5)."
    QStringList problems() const;
    bool hasProblems() const { return !problems().isEmpty(); }
    bool isModified() const;

    // The changes that store the edits: deletes of removed phases, then the new and changed
    // phases with their site set to `site` (an id, or insertedBy() for a new site).
    ChangeSet changes(Id site) const;

private:
    struct Entry
    {
        SitePhase phase;
        QHash<int, QString> unparsed; // column → the text that did not parse
        bool projectedChosen = false; // the user clicked Projected: the date no longer sets it
    };
    // What a column holds, for its header's and its cells' tooltips.
    static QString columnHelp(int column);
    // The figure a number column edits (IT, facility, H100e, buildings); null for others.
    static std::optional<double> SitePhase::*figureOf(int column);
    // The GPU model or count cell of a fleet of one model (or none).
    static void setFleetCell(Entry& entry, int column, const QVariant& value);
    bool isFuture(const QDate& date) const;
    // Problems of one row, by column (-1 for the row as a whole).
    QHash<int, QString> rowProblems(int row) const;
    QString displayText(const Entry& entry, int column) const;

    const Dataset* m_data;
    QVector<Entry> m_rows;
    QVector<SitePhase> m_original;
    QVector<Id> m_removed;
    QDate m_today;
};

} // namespace atlas
