// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/undo/changecommand.h"

#include "core/undo/inversechanges.h"
#include "core/document/atlasdocument.h"

namespace atlas {
namespace {

// Passes each change on to the store and keeps a copy for undo and redo.
class TeeSink final : public ChangeSink
{
public:
    TeeSink(ChangeSink& store, ChangeSet* kept) : m_store(store), m_kept(kept) {}
    bool add(const Change& change) override
    {
        if (!m_store.add(change))
            return false;
        m_kept->append(change);
        return true;
    }
    QString error() const override { return m_store.error(); }
    qsizetype count() const override { return m_store.count(); }
    Id lastStoredId() const override { return m_store.lastStoredId(); }
    qsizetype failedIndex() const override { return m_store.failedIndex(); }
    bool flush() override { return m_store.flush(); }

private:
    ChangeSink& m_store;
    ChangeSet* m_kept;
};

} // namespace

ChangeCommand::ChangeCommand(AtlasDocument* document, ChangeSet changes, const QString& text,
                             WriteProgress progress)
    : QUndoCommand(text), m_document(document), m_forward(std::move(changes)), m_firstProgress(std::move(progress))
{
}

ChangeCommand::ChangeCommand(AtlasDocument* document, ChangeProducer produce, const QString& text)
    : QUndoCommand(text), m_document(document), m_producer(std::move(produce))
{}

void ChangeCommand::redo()
{
    // Worked out anew each time: another window may have changed the rows in between.
    Dataset before = m_document->dataset();
    if (m_producer && !m_done) {
        // The changes the producer makes are kept as they go to the store, with the data it
        // planned from (the rows as they were when the write lock was taken).
        m_lastResult =
            m_document->applyProduced([this, &before](const Dataset& current, ChangeSink& sink) {
                before = current;
                TeeSink tee(sink, &m_forward);
                return m_producer(current, tee);
            });
        m_producer = {};
    } else {
        m_lastResult = m_document->apply(m_forward, m_done ? WriteProgress() : m_firstProgress);
    }
    if (!m_lastResult.ok) {
        // Obsolete: QUndoStack drops the command (push() after a failed first redo, redo()
        // after a later one), so the history never claims a state the file is not in.
        setObsolete(true);
        if (m_done)
            Q_EMIT m_document->errorOccurred(
                tr("Could not redo “%1”: %2 It was taken out of the undo history.")
                    .arg(text(), m_lastResult.error));
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
            tr("Could not undo “%1”: %2 It was taken out of the undo history.")
                .arg(text(), m_lastResult.error));
    }
}

} // namespace atlas
