// SPDX-License-Identifier: GPL-3.0-or-later
// An undoable write: applies a change set through the document and undoes it with the inverse
// worked out from the data just before. Every edit of the database is one of these.
#pragma once

#include "core/store/changeset.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace atlas {

class AtlasDocument;

class ChangeCommand : public QUndoCommand
{
public:
    // `progress` (may be empty) follows the first redo, the one push() runs: an import's.
    ChangeCommand(AtlasDocument* document, ChangeSet changes, const QString& text,
                  WriteProgress progress = {});
    // The first redo makes the changes under the store's write lock (an import planned from
    // the data as it is when written); they are kept, and later redos apply them again.
    ChangeCommand(AtlasDocument* document, ChangeProducer produce, const QString& text);

    void redo() override;
    void undo() override;

    // The result of the latest redo() or undo(); after push(), whether the write succeeded.
    const WriteResult& lastResult() const { return m_lastResult; }
    // The ids of the rows the first redo() wrote, in the order of the change set.
    const QVector<Id>& storedIds() const { return m_storedIds; }

private:
    Q_DECLARE_TR_FUNCTIONS(atlas::ChangeCommand)

    AtlasDocument* m_document;
    ChangeSet m_forward;
    ChangeSet m_backward;
    QVector<Id> m_storedIds;
    WriteResult m_lastResult;
    WriteProgress m_firstProgress;
    ChangeProducer m_producer;
    bool m_done = false;
};

} // namespace atlas
