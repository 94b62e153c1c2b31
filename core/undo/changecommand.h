// SPDX-License-Identifier: GPL-3.0-or-later
// An undoable write: applies a change set through the Store and undoes it with the inverse
// worked out from the data just before. Every edit of the database is one of these, made and
// pushed by undo::execute() (core/undo/execute.h).
#pragma once

#include "core/store/changeset.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace atlas {

class ChangeCommand : public QUndoCommand
{
public:
    // What a redo or an undo that fails says (after the first write, whose result is returned).
    using ErrorReport = std::function<void(const QString& message)>;

    // `current` is the data as the views have it (the document's snapshot, kept up to date by
    // the store's changed()): what each redo and undo works out the inverse from. `progress`
    // (may be empty) follows the first write: an import's.
    ChangeCommand(Store* store, const Dataset* current, ChangeSet changes, const QString& text,
                  ErrorReport reportError, WriteProgress progress = {});
    // The first write makes the changes under the store's write lock (an import planned from
    // the data as it is when written); they are kept, and later redos apply them again.
    ChangeCommand(Store* store, const Dataset* current, ChangeProducer produce, const QString& text,
                  ErrorReport reportError);

    // Makes the first write and says how it went. A command whose first write failed (or was
    // cancelled) changed nothing and is not pushed; one that succeeded is, and the redo() that
    // QUndoStack::push() runs then does not write again.
    WriteResult writeFirst();

    void redo() override;
    void undo() override;

    // The ids of the rows the first write wrote, in the order of the change set.
    const QVector<Id>& storedIds() const { return m_storedIds; }

private:
    Q_DECLARE_TR_FUNCTIONS(atlas::ChangeCommand)

    WriteResult write(bool first);

    Store* m_store;
    const Dataset* m_current;
    ErrorReport m_reportError;
    ChangeSet m_forward;
    ChangeSet m_backward;
    QVector<Id> m_storedIds;
    WriteProgress m_firstProgress;
    ChangeProducer m_producer;
    bool m_written = false;  // the first write succeeded
    bool m_skipRedo = false; // push()'s redo: the first write was just made
};

} // namespace atlas
