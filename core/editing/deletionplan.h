// SPDX-License-Identifier: GPL-3.0-or-later
// What deleting rows means before it is done: the change set, a question to ask, and the
// other rows that go or change with them (a site's phases and links, the phases that name a
// GPU model, the rows that cite a source), so the confirmation can say so. An operator that
// still runs sites cannot be deleted (the schema refuses it too); the plan says why.
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

#include <QStringList>

namespace atlas {

struct DeletionPlan
{
    ChangeSet changes;
    QString question;         // "Delete the site “Abilene”?" / "Delete 3 sites?"
    QStringList consequences; // "its 2 phases", "1 fiber link (to Memphis)", ...
    QString refusal;          // why it cannot be done; empty when it can

    bool allowed() const { return refusal.isEmpty() && !changes.isEmpty(); }
    // The question and the consequences as one paragraph for a message box.
    QString text() const;
};

// `rows` name what to delete by type and id (other fields are ignored); rows that are no
// longer in `data` are skipped.
DeletionPlan planDeletion(const Dataset& data, const QVector<Row>& rows);

} // namespace atlas
