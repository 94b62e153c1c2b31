// SPDX-License-Identifier: GPL-3.0-or-later
// Turning the rows of a file into changes, or into the list of what is wrong with them: the
// one import pipeline (reader → column mapping → plan) that sites, links and phases files go
// through. The plan hands its changes to a ChangeSink as it reads: a store's (the import is
// written as it is read, under the write lock, all or nothing) or a CollectingSink (the
// preview). At the first problem it stops handing changes on but reads to the end, so every
// problem is listed by row and column.
#pragma once

#include "core/domain/dataset.h"
#include "core/io/columnmapping.h"
#include "core/io/records.h"
#include "core/store/changeset.h"
#include "core/store/store.h"

#include <QDate>

#include <functional>

namespace atlas::io {

struct ImportIssue
{
    int row = 0;    // the file's line (CSV) or feature number (GeoJSON)
    QString column; // as the file names it
    QString message;
};

// A status word read as one of ours ("operational" as operating), and on how many rows.
struct ValueMapping
{
    QString column;
    QString word;
    QString key;
    int rows = 0;
};

struct ImportOptions
{
    ColumnChoices choices;
    // The date of a phase that a sites file gives without one (its power "now").
    QDate today = QDate::currentDate();
    // Rows of the plan kept for a preview table (the changes themselves go to the sink).
    int previewRows = 200;
};

// One row of the preview: the file row and what it does.
struct PreviewRow
{
    int row = 0;
    bool updates = false; // false: adds
    Row change;
};

struct ImportPlan
{
    ImportKind kind = ImportKind::Sites;
    // Problems found, the first kMaxIssues of them; issueCount counts all.
    static constexpr int kMaxIssues = 1000;
    QVector<ImportIssue> issues;
    int issueCount = 0;
    QStringList columns; // the file's, as read (lower case)
    QStringList ignoredColumns;
    QVector<AppliedMapping> mappings;
    QVector<ValueMapping> valueMappings;
    QStringList notes; // what the plan decided that the user should know
    QVector<PreviewRow> preview;
    bool cancelled = false;

    int records = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int phasesAdded = 0;
    int phasesUpdated = 0;
    int operatorsAdded = 0;
    int sourcesAdded = 0;

    bool ok() const { return issueCount == 0 && records > 0 && !cancelled; }
    // "12 new sites, 3 updated, 1 new operator" or the count of problems.
    QString summary() const;
    // "power_mw → it_mw", "status: operational → operating (3 rows)", one line each.
    QStringList mappingLines() const;
};

// Reports how far the reading is (0 to 1) and how many rows it has read; returns false to
// cancel.
using ImportProgress = std::function<bool(double done, int records)>;

// Reads `source` and plans its rows against `data`, handing the changes to `sink`.
ImportPlan planImport(ImportKind kind, const Dataset& data, RecordSource& source, ChangeSink& sink,
                      const ImportOptions& options = {}, const ImportProgress& progress = {});

// A plan with its changes kept: tests, fuzzers and small callers.
struct KeptPlan
{
    ImportPlan plan;
    ChangeSet changes;
};
KeptPlan planKept(ImportKind kind, const Dataset& data, RecordSource& source,
                  const ImportOptions& options = {});
KeptPlan planKept(ImportKind kind, const Dataset& data, const RecordTable& table,
                  const ImportOptions& options = {});

// A file imported into a store as one write: read and planned under the write lock, written
// as it is read. On success the plan's counts say what was done; otherwise its issues (or
// WriteResult::error) say why nothing was.
struct ImportOutcome
{
    ImportPlan plan;
    WriteResult write;
    ReadError readError; // when the file could not be read
    bool readFailed = false;
    // Whether the file was read at all: a store that refuses the write before it starts
    // (read-only, or the write lock not to be had) never calls the producer, and then only
    // the write's error says why.
    bool planned = false;
};
// The producer an import writes through (Store::applyProduced, or an undoable command).
ChangeProducer importProducer(ImportKind kind,
                              std::function<std::unique_ptr<RecordSource>()> openSource,
                              ImportOptions options, ImportOutcome* outcome,
                              ImportProgress progress = {});

} // namespace atlas::io
