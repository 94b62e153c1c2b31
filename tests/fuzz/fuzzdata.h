// SPDX-License-Identifier: GPL-3.0-or-later
// What the import fuzzers share: a small database to plan against (so that names in the
// input can match sites and operators) and the checks every plan must pass.
#pragma once

#include "domain/dataset.h"
#include "domain/validation.h"
#include "io/importplan.h"

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

// A plan with no issues holds only rows that pass their own checks and a change for every
// row; a plan with issues holds no changes, and each issue names its row and says why.
inline void checkPlan(const io::ImportPlan& plan)
{
    if (!plan.issues.isEmpty()) {
        if (!plan.changes.isEmpty())
            std::abort();
        for (const io::ImportIssue& issue : plan.issues)
            if (issue.message.isEmpty() || issue.row < 1)
                std::abort();
        return;
    }
    if (plan.changes.size() != plan.changeRows.size() || plan.added + plan.updated > plan.records)
        std::abort();
    for (const Change& change : plan.changes.changes()) {
        const FieldErrors errors = std::visit([](const auto& row) { return validate(row); }, change.row);
        if (!errors.isEmpty())
            std::abort();
    }
}

} // namespace atlas::fuzz
