// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/changecommand.h"

#include "commands/inversechanges.h"
#include "document/atlasdocument.h"

namespace atlas {

ChangeCommand::ChangeCommand(AtlasDocument* document, ChangeSet changes, const QString& text)
    : QUndoCommand(text), m_document(document), m_forward(std::move(changes))
{
}

void ChangeCommand::redo()
{
    // Worked out anew each time: another window may have changed the rows in between.
    const Dataset before = m_document->dataset();
    m_lastResult = m_document->apply(m_forward);
    if (!m_lastResult.ok) {
        if (!m_done)
            setObsolete(true); // a first redo that failed: QUndoStack::push() drops it
        else
            Q_EMIT m_document->errorOccurred(m_lastResult.error);
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
    if (!m_lastResult.ok)
        Q_EMIT m_document->errorOccurred(m_lastResult.error);
}

} // namespace atlas
