// SPDX-License-Identifier: GPL-3.0-or-later
// Turning rows of a file into a change set, or into the list of what is wrong with them. The
// plan is made without writing anything, so the preview can show every problem by row and
// column; the store then applies the change set all-or-nothing.
#pragma once

#include "domain/dataset.h"
#include "io/records.h"
#include "store/changeset.h"

namespace atlas::io {

struct ImportIssue
{
    int row = 0;    // the file's line (CSV) or feature number (GeoJSON)
    QString column; // as the file names it
    QString message;
};

struct ImportPlan
{
    ChangeSet changes;
    QVector<int> changeRows; // the file row of each change; 0 for operators or sources it adds
    QVector<ImportIssue> issues; // any issue stops the import
    QStringList ignoredColumns;
    int records = 0;
    int added = 0;
    int updated = 0;
    int operatorsAdded = 0;
    int sourcesAdded = 0;

    bool ok() const { return issues.isEmpty() && records > 0; }
    // "12 new sites, 3 updated, 1 new operator" or the count of problems.
    QString summary() const;
};

// Sites: a row per site; a site whose name is in the database is updated (columns the file
// does not have keep their values), others are added. Unknown operators and sources (by URL)
// are added with them.
ImportPlan planSiteImport(const Dataset& data, const RecordTable& table);
// Links: a row per link, its ends named by site name; each is added.
ImportPlan planLinkImport(const Dataset& data, const RecordTable& table);

} // namespace atlas::io
