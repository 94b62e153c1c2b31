// SPDX-License-Identifier: GPL-3.0-or-later
// The change set that undoes another, worked out from the data before it is applied:
// an update is undone by the old row, an insert by a delete, a delete by putting the row
// back together with what was deleted or cleared with it (a site's phases and links, the
// references to a deleted GPU model or source).
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

namespace atlas {

// `before` is the data before `forward` is applied; `storedIds` are the ids the store gave
// each change of `forward` (WriteResult::ids), so inserts can be undone by id.
ChangeSet inverseChanges(const Dataset& before, const ChangeSet& forward,
                         const QVector<Id>& storedIds);

// `forward` with the stored ids filled in (the rows' own, and references to rows inserted by
// the same set), so that redoing an insert after its undo brings back the same row under the
// same id.
ChangeSet withStoredIds(const ChangeSet& forward, const QVector<Id>& storedIds);

} // namespace atlas
