// SPDX-License-Identifier: GPL-3.0-or-later
// The sink of a produced write (Store::applyProduced): each change is checked when it is
// added and written on a thread of its own, so that reading and planning the next rows of an
// import overlap with SQLite writing the last ones. On a million-row import the two halves
// take about 1.7 s and 3 s of CPU; one after the other they took the sum, side by side the
// longer of them.
//
// The producer may run ahead of the writer by at most ChangeSink::kMaxPending changes. A
// change that SQLite refuses fails a later add() (or flush()); failedIndex() names it.
// Nothing else touches the connection while the thread runs: finish() joins it before the
// store commits or rolls back.
#pragma once

#include "db/sqlitewriter.h"
#include "core/store/store.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace atlas::db {

class QueuedWriterSink final : public ChangeSink
{
public:
    explicit QueuedWriterSink(SqliteWriter& writer);
    ~QueuedWriterSink() override; // finish()es
    QueuedWriterSink(const QueuedWriterSink&) = delete;
    QueuedWriterSink& operator=(const QueuedWriterSink&) = delete;

    bool add(const Change& change) override;
    QString error() const override;
    qsizetype count() const override { return m_count; }
    qsizetype failedIndex() const override;
    bool flush() override;

    // Ends the thread, dropping what it has not written (call flush() first to keep it). The
    // writer and its connection are the caller's again afterwards.
    void finish();
    bool failed() const;

private:
    static constexpr size_t kBatch = 256;
    // Batches waiting, besides the one being filled and the one being written.
    static constexpr size_t kQueuedBatches = size_t(kMaxPending) / kBatch - 2;

    void run();
    void fail(qsizetype index, const QString& error); // with m_mutex held
    void submitBatch(std::unique_lock<std::mutex>& lock);

    SqliteWriter& m_writer;
    // The producer's side, touched only by the thread that adds.
    std::vector<Change> m_filling;
    qsizetype m_count = 0;
    // Shared with the writer thread, under m_mutex.
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::vector<Change>> m_queue;
    std::deque<std::vector<Change>> m_spent; // written, to be freed on the producer's thread
    qsizetype m_written = 0; // changes the thread has written (or passed over after a failure)
    qsizetype m_submitted = 0;
    bool m_closing = false;
    QString m_error;
    qsizetype m_failedAt = -1;
    std::atomic<bool> m_failed{false}; // m_failedAt >= 0, read without the lock
    std::thread m_thread;
};

} // namespace atlas::db
