// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changecommand.h"

#include "commands/inversechanges.h"
#include "document/atlasdocument.h"

namespace atlas {

ChangeCommand::ChangeCommand(AtlasDocument* document, ChangeSet changes, const QString& text,
                             WriteProgress progress)
    : QUndoCommand(text), m_document(document), m_forward(std::move(changes)), m_firstProgress(std::move(progress))
{
}

void ChangeCommand::redo()
{
    // Worked out anew each time: another window may have changed the rows in between.
    const Dataset before = m_document->dataset();
    m_lastResult = m_document->apply(m_forward, m_done ? WriteProgress() : m_firstProgress);
    if (!m_lastResult.ok) {
        // Obsolete: QUndoStack drops the command (push() after a failed first redo, redo()
        // after a later one), so the history never claims a state the file is not in.
        setObsolete(true);
        if (m_done)
            Q_EMIT m_document->errorOccurred(
                QObject::tr("Could not redo “%1”: %2 It was taken out of the undo history.").arg(text(), m_lastResult.error));
        return;
    }
    if (!m_done) {
        m_storedIds = m_lastResult.ids;
        m_forward = withStoredIds(m_forward, m_storedIds);
        m_done = true;
    }
    m_backward = inverseChanges(before, m_forward, m_storedIds);
}

void ChangeCommand::undo()
{
    m_lastResult = m_document->apply(m_backward);
    if (!m_lastResult.ok) {
        // The data is still as the command left it; dropping the command keeps the history
        // true to the file (another program may have changed the rows it would restore).
        setObsolete(true);
        Q_EMIT m_document->errorOccurred(
            QObject::tr("Could not undo “%1”: %2 It was taken out of the undo history.").arg(text(), m_lastResult.error));
    }
}

} // namespace atlas
