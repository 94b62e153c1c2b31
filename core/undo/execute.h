// SPDX-License-Identifier: GPL-3.0-or-later
// The one way to write: a change as an undoable command on the document's undo stack
// (Edit > Undo takes it back). The command writes through the document's Store; the store's
// changed() brings the document up to date, and the document tells the views what changed
// (AtlasDocument::datasetChanged). Forms, deletes, imports and the scenario library call these.
#pragma once

#include "core/store/store.h"

namespace atlas {

class AtlasDocument;

namespace undo {

// Returns what the store said; on failure (or when `progress` cancels) nothing changed and
// nothing is added to the undo history.
WriteResult execute(AtlasDocument& document, const ChangeSet& changes, const QString& text,
                    const WriteProgress& progress = {});
// The same for changes made under the write lock from the data as it is then: imports.
WriteResult execute(AtlasDocument& document, const ChangeProducer& produce, const QString& text);

} // namespace undo
} // namespace atlas
