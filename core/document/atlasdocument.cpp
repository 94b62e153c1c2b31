// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/atlasdocument.h"

#include "core/undo/changecommand.h"

namespace atlas {

AtlasDocument::AtlasDocument(QObject* parent) : QObject(parent) {}

AtlasDocument::~AtlasDocument()
{
    // The undo commands refer to the document; drop them before the store goes.
    m_undoStack.clear();
}

bool AtlasDocument::setStore(std::unique_ptr<Store> store)
{
    m_undoStack.clear();
    m_store = std::move(store);
    if (m_store) {
        // Direct: a store emits changed() after its write has committed, so the caller of
        // apply() sees its own write as soon as apply() returns.
        connect(m_store.get(), &Store::changed, this, &AtlasDocument::reload);
    }
    const bool ok = reload();
    Q_EMIT storeReplaced();
    return ok;
}

bool AtlasDocument::reload()
{
    if (!m_store) {
        m_dataset = Dataset();
        Q_EMIT datasetChanged();
        return true;
    }
    LoadResult loaded = m_store->load();
    if (!loaded.ok()) {
        m_lastError = loaded.error;
        Q_EMIT errorOccurred(loaded.error);
        return false;
    }
    m_dataset = std::move(loaded.dataset);
    m_dataset.reindex();
    Q_EMIT datasetChanged();
    return true;
}

WriteResult AtlasDocument::apply(const ChangeSet& changes, const WriteProgress& progress)
{
    if (!m_store)
        return WriteResult::failure(tr("No database is open."));
    WriteResult result = m_store->apply(changes, progress);
    if (!result.ok)
        m_lastError = result.error;
    m_lastResult = result;
    return result;
}

WriteResult AtlasDocument::applyProduced(const ChangeProducer& produce)
{
    if (!m_store)
        return WriteResult::failure(tr("No database is open."));
    WriteResult result = m_store->applyProduced(produce);
    if (!result.ok)
        m_lastError = result.error;
    m_lastResult = result;
    return result;
}

} // namespace atlas

namespace atlas {

WriteResult AtlasDocument::execute(const ChangeSet& changes, const QString& text, const WriteProgress& progress)
{
    if (!m_store)
        return WriteResult::failure(tr("No database is open."));
    // push() runs redo(), which applies through apply() and so sets m_lastResult; a command
    // whose first redo failed marks itself obsolete and push() drops it.
    m_undoStack.push(new ChangeCommand(this, changes, text, progress));
    return m_lastResult;
}

} // namespace atlas

namespace atlas {

WriteResult AtlasDocument::execute(const ChangeProducer& produce, const QString& text)
{
    if (!m_store)
        return WriteResult::failure(tr("No database is open."));
    m_undoStack.push(new ChangeCommand(this, produce, text));
    return m_lastResult;
}

} // namespace atlas
