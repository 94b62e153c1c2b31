// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/undo/changecommand.h"

#include "core/undo/inversechanges.h"

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

ChangeCommand::ChangeCommand(Store* store, const Dataset* current, ChangeSet changes,
                             const QString& text, ErrorReport reportError, WriteProgress progress)
    : QUndoCommand(text), m_store(store), m_current(current), m_reportError(std::move(reportError)),
      m_forward(std::move(changes)), m_firstProgress(std::move(progress))
{
}

ChangeCommand::ChangeCommand(Store* store, const Dataset* current, ChangeProducer produce,
                             const QString& text, ErrorReport reportError)
    : QUndoCommand(text), m_store(store), m_current(current), m_reportError(std::move(reportError)),
      m_producer(std::move(produce))
{}

WriteResult ChangeCommand::writeFirst()
{
    const WriteResult result = write(true);
    m_skipRedo = result.ok;
    return result;
}

WriteResult ChangeCommand::write(bool first)
{
    // Worked out anew each time: another window may have changed the rows in between.
    Dataset before = *m_current;
    WriteResult result;
    if (m_producer && first) {
        // The changes the producer makes are kept as they go to the store, with the data it
        // planned from (the rows as they were when the write lock was taken).
        result = m_store->applyProduced([this, &before](const Dataset& current, ChangeSink& sink) {
            before = current;
            TeeSink tee(sink, &m_forward);
            return m_producer(current, tee);
        });
        m_producer = {};
    } else {
        result = m_store->apply(m_forward, first ? m_firstProgress : WriteProgress());
    }
    if (!result.ok)
        return result;
    if (first) {
        m_storedIds = result.ids;
        m_forward = withStoredIds(m_forward, m_storedIds);
        m_written = true;
    }
    m_backward = inverseChanges(before, m_forward, m_storedIds);
    return result;
}

void ChangeCommand::redo()
{
    if (m_skipRedo) { // push() after writeFirst(): already written
        m_skipRedo = false;
        return;
    }
    const WriteResult result = write(!m_written);
    if (!result.ok) {
        // Obsolete: QUndoStack drops the command, so the history never claims a state the
        // file is not in.
        setObsolete(true);
        if (m_reportError)
            m_reportError(tr("Could not redo “%1”: %2 It was taken out of the undo history.")
                              .arg(text(), result.error));
    }
}

void ChangeCommand::undo()
{
    const WriteResult result = m_store->apply(m_backward);
    if (!result.ok) {
        // The data is still as the command left it; dropping the command keeps the history
        // true to the file (another program may have changed the rows it would restore).
        setObsolete(true);
        if (m_reportError)
            m_reportError(tr("Could not undo “%1”: %2 It was taken out of the undo history.")
                              .arg(text(), result.error));
    }
}

} // namespace atlas
