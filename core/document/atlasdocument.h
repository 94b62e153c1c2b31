// SPDX-License-Identifier: GPL-3.0-or-later
// The open database as the rest of the app sees it: the Store, the snapshot of its rows
// that views read, and the undo stack through which every edit goes (undo::execute()).
#pragma once

#include "core/domain/dataset.h"
#include "core/store/datachange.h"
#include "core/store/store.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace atlas {

class AtlasDocument : public QObject
{
    Q_OBJECT
public:
    explicit AtlasDocument(QObject* parent = nullptr);
    ~AtlasDocument() override;

    // Takes over the store, forgets the undo history of the previous one, and loads.
    // Returns false (and keeps the store, with an empty dataset) when loading fails.
    bool setStore(std::unique_ptr<Store> store);
    Store* store() const { return m_store.get(); }
    bool hasStore() const { return m_store != nullptr; }

    const Dataset& dataset() const { return m_dataset; }
    QUndoStack* undoStack() { return &m_undoStack; }
    QString lastError() const { return m_lastError; }

    // Reads the store again and tells the views what differs from the snapshot they had.
    bool reload();

    // A message for the person (an undo or redo that failed): errorOccurred().
    void reportError(const QString& message);

Q_SIGNALS:
    void storeReplaced();
    // The snapshot is new: `what` says which rows differ from the one before (everything
    // after a store was replaced). Views that can refresh only those rows do.
    void datasetChanged(const atlas::DataChange& what);
    void errorOccurred(const QString& message);

private:
    bool load(bool everything);

    std::unique_ptr<Store> m_store;
    Dataset m_dataset;
    QUndoStack m_undoStack;
    QString m_lastError;
};

} // namespace atlas
