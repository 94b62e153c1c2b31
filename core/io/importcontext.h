// SPDX-License-Identifier: GPL-3.0-or-later
// What the row planners of an import share (internal to io/): the data planned against, the
// column map, the plan's counts and problems, the sink the changes go to, and the operators
// and sources the import finds or adds along the way.
#pragma once

#include "core/io/importplan.h"

#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace atlas::io {

class ImportContext
{
public:
    ImportContext(ImportKind kind, const Dataset& data, ChangeSink& sink, ImportPlan& plan,
                  const ImportOptions& options);

    const Dataset& data() const { return m_data; }
    ImportPlan& plan() { return m_plan; }
    const ImportOptions& options() const { return m_options; }
    ColumnMap& columns() { return m_columns; }

    // The field's text in the row, trimmed ("" when the file has no such column).
    QString text(const Record& record, const char* field) const;
    bool has(const char* field) const { return m_columns.has(field); }
    // A number as a computer writes it (a dot for decimals, no thousands separators); adds a
    // problem and returns nullopt when it is not one. *given says whether the cell had text.
    std::optional<double> number(const Record& record, const char* field, bool* given = nullptr);
    // A date as people write it: 2027-Q1, 2025-09, 2026 or 2025-10-09 (with its precision).
    std::optional<std::pair<QDate, DatePrecision>> date(const Record& record, const char* field);
    // "yes"/"no", "true"/"false", "1"/"0", "x" and blank (no).
    bool flag(const Record& record, const char* field);
    // A status word, read with its synonyms; counted for the preview. Empty: none given.
    QString statusKey(const Record& record, const char* field, bool sites);

    void issue(int row, const char* field, const QString& message);
    void issueInColumn(int row, const QString& column, const QString& message);
    // Whether changes may still be handed on: no problem so far and the sink took them all.
    bool writing() const { return m_plan.issueCount == 0 && m_sinkOk; }
    // Hands a change on (while writing()). Returns the id later changes refer to its row by:
    // the stored id when the sink writes as it goes, else a placeholder (insertedBy()); 0
    // when it was not handed on.
    Id add(Change change, int row, bool updates);
    // Waits until the sink has written every change; a change it could not write is then a
    // problem of the row it came from. False when one failed.
    bool flush();

    // An operator found by name (case and Unicode form aside), or added: its id or placeholder;
    // 0 for none. A name that cannot be stored is a problem of the row (under "operator").
    Id operatorNamed(int row, const QString& name);
    // A source found by URL (or by title when it has none), or added; 0 for none. A source
    // that cannot be stored is a problem of the row (reported under the source columns).
    Id source(int row, const QString& title, const QString& url);

private:
    const Dataset& m_data;
    ChangeSink& m_sink;
    ImportPlan& m_plan;
    const ImportOptions& m_options;
    ColumnMap m_columns;
    bool m_sinkOk = true;
    // The file row of each of the latest changes, by change index modulo its size: a sink
    // may fail a change up to ChangeSink::kMaxPending changes after taking it.
    std::vector<int> m_recentRows = std::vector<int>(size_t(ChangeSink::kMaxPending) * 2);
    void sinkFailed(int row);
    QHash<QString, Id> m_operators;      // name key → id or placeholder
    QHash<QString, Id> m_sources;        // url, or "title:" + title → id or placeholder
    QHash<QString, int> m_valueMappings; // column + word → index in plan.valueMappings
};

// The planner of one kind of file: called for each record in file order, then once at the end.
class RowPlanner
{
public:
    virtual ~RowPlanner() = default;
    virtual void plan(const Record& record) = 0;
    virtual void finish() {}
    // Fields the file must have, with the message when it lacks one.
    virtual QVector<std::pair<const char*, QString>> required() const = 0;
};
std::unique_ptr<RowPlanner> siteRows(ImportContext& context);
std::unique_ptr<RowPlanner> linkRows(ImportContext& context);
std::unique_ptr<RowPlanner> phaseRows(ImportContext& context);

} // namespace atlas::io
