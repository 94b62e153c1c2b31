// SPDX-License-Identifier: GPL-3.0-or-later
// The open database as the rest of the app sees it: the Store, the snapshot of its rows
// that views read, and the undo stack through which every edit goes.
#pragma once

#include "core/domain/dataset.h"
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

    // Applies the changes through the store; views hear of it through datasetChanged().
    // Undo commands call this; forms go through undo commands instead.
    WriteResult apply(const ChangeSet& changes, const WriteProgress& progress = {});

    // A write whose changes are made under the store's write lock (Store::applyProduced).
    WriteResult applyProduced(const ChangeProducer& produce);

    bool reload();

    // Applies the changes as an undoable command (Edit > Undo takes it back). Returns what
    // the store said; on failure (or when `progress` cancels) nothing changed and nothing is
    // added to the undo history.
    WriteResult execute(const ChangeSet& changes, const QString& text, const WriteProgress& progress = {});
    // The same for changes made under the write lock from the data as it is then: imports.
    WriteResult execute(const ChangeProducer& produce, const QString& text);

Q_SIGNALS:
    void storeReplaced();
    void datasetChanged();
    void errorOccurred(const QString& message);

private:
    std::unique_ptr<Store> m_store;
    Dataset m_dataset;
    QUndoStack m_undoStack;
    QString m_lastError;
    WriteResult m_lastResult;
};

} // namespace atlas
