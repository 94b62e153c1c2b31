// SPDX-License-Identifier: GPL-3.0-or-later
// What the import fuzzers share: a small database to plan against (so that names in the
// input can match sites and operators) and the checks every plan must pass.
#pragma once

#include "core/domain/dataset.h"
#include "core/domain/validation.h"
#include "core/io/importplan.h"

#include <cstdlib>

namespace atlas::fuzz {

inline const Dataset& smallDataset()
{
    static const Dataset data = [] {
        Dataset d;
        d.operators = {Operator{1, QStringLiteral("xAI"), QStringLiteral("#e15759"), {}}};
        Site memphis;
        memphis.id = 10;
        memphis.name = QStringLiteral("Memphis");
        memphis.operatorId = 1;
        memphis.lon = -90.0;
        memphis.lat = 35.0;
        Site abilene = memphis;
        abilene.id = 11;
        abilene.name = QStringLiteral("Abilene");
        d.sites = {memphis, abilene};
        d.sources = {Source{1, QStringLiteral("A report"), QStringLiteral("https://example.org/r"), {}, {}, {}}};
        d.reindex();
        return d;
    }();
    return data;
}

// A plan with no issues holds only rows that pass their own checks, with the file row of each
// change; a plan with issues holds no changes, and each issue names its row and says why.
// Every kind of file is planned: any columns may be a sites, links or phases file.
inline void checkPlan(const io::KeptPlan& kept);
inline void checkEveryKind(const Dataset& known, const io::RecordTable& records)
{
    for (io::ImportKind kind :
         {io::ImportKind::Sites, io::ImportKind::Links, io::ImportKind::Phases})
        checkPlan(io::planKept(kind, known, records));
}

inline void checkPlan(const io::KeptPlan& kept)
{
    const io::ImportPlan& plan = kept.plan;
    if (plan.issueCount > 0) {
        if (!kept.changes.isEmpty() || plan.issues.isEmpty())
            std::abort();
        for (const io::ImportIssue& issue : plan.issues)
            if (issue.message.isEmpty() || issue.row < 1)
                std::abort();
        return;
    }
    if (kept.changes.size() < plan.added + plan.updated ||
        plan.added + plan.updated + plan.unchanged > plan.records)
        std::abort();
    for (const Change& change : kept.changes.changes()) {
        const FieldErrors errors = std::visit([](const auto& row) { return validate(row); }, change.row);
        if (!errors.isEmpty())
            std::abort();
    }
}

} // namespace atlas::fuzz
