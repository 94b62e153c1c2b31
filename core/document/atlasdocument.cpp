// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/document/atlasdocument.h"

namespace atlas {

AtlasDocument::AtlasDocument(QObject* parent) : QObject(parent) {}

AtlasDocument::~AtlasDocument()
{
    // The undo commands refer to the store and the dataset; drop them before those go.
    m_undoStack.clear();
}

bool AtlasDocument::setStore(std::unique_ptr<Store> store)
{
    m_undoStack.clear();
    m_store = std::move(store);
    if (m_store) {
        // Direct: a store emits changed() after its write has committed, so the caller of
        // undo::execute() sees its own write as soon as it returns.
        connect(m_store.get(), &Store::changed, this, &AtlasDocument::reload);
    }
    const bool ok = load(true);
    Q_EMIT storeReplaced();
    return ok;
}

bool AtlasDocument::reload()
{
    return load(false);
}

bool AtlasDocument::load(bool everything)
{
    if (!m_store) {
        m_dataset = Dataset();
        Q_EMIT datasetChanged(DataChange::everything());
        return true;
    }
    LoadResult loaded = m_store->load();
    if (!loaded.ok()) {
        m_lastError = loaded.error;
        Q_EMIT errorOccurred(loaded.error);
        return false;
    }
    loaded.dataset.reindex();
    const DataChange what =
        everything ? DataChange::everything() : DataChange::between(m_dataset, loaded.dataset);
    m_dataset = std::move(loaded.dataset);
    Q_EMIT datasetChanged(what);
    return true;
}

void AtlasDocument::reportError(const QString& message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace atlas
