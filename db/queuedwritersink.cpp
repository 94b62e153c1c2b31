// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/queuedwritersink.h"

#include <QCoreApplication>

namespace atlas::db {

QueuedWriterSink::QueuedWriterSink(SqliteWriter& writer) : m_writer(writer)
{
    m_filling.reserve(kBatch);
    m_thread = std::thread([this] { run(); });
}

QueuedWriterSink::~QueuedWriterSink()
{
    finish();
}

bool QueuedWriterSink::add(const Change& change)
{
    if (m_failed.load(std::memory_order_acquire))
        return false;
    std::unique_lock lock(m_mutex, std::defer_lock);
    // Checked here, on the producer's thread: a row that cannot be stored fails at once, at
    // its own index.
    if (QString invalid = SqliteWriter::check(change); !invalid.isEmpty()) {
        lock.lock();
        fail(m_count, invalid);
        return false;
    }
    m_filling.push_back(change);
    ++m_count;
    if (m_filling.size() >= kBatch) {
        lock.lock();
        submitBatch(lock);
        return m_failedAt < 0;
    }
    return true;
}

void QueuedWriterSink::submitBatch(std::unique_lock<std::mutex>& lock)
{
    // Waits for room: the producer stays at most kMaxPending changes ahead.
    m_wake.wait(lock, [this] { return m_queue.size() < kQueuedBatches || m_failedAt >= 0; });
    if (m_failedAt >= 0) {
        m_filling.clear();
        return;
    }
    m_submitted += qsizetype(m_filling.size());
    m_queue.push_back(std::move(m_filling));
    m_wake.notify_all();
    std::deque<std::vector<Change>> spent;
    spent.swap(m_spent);
    lock.unlock();
    m_filling = {};
    if (!spent.empty()) {
        m_filling = std::move(spent.back()); // its room is reused
        spent.clear();                       // the rows freed, outside the lock
    }
    m_filling.clear();
    m_filling.reserve(kBatch);
    lock.lock();
}

bool QueuedWriterSink::flush()
{
    std::unique_lock lock(m_mutex);
    if (!m_filling.empty())
        submitBatch(lock);
    m_wake.wait(lock, [this] { return m_written == m_submitted || m_failedAt >= 0; });
    return m_failedAt < 0;
}

void QueuedWriterSink::finish()
{
    if (!m_thread.joinable())
        return;
    // What is not written yet is dropped: after flush() there is none; after a failure or a
    // cancel the write is rolled back anyway.
    m_filling.clear();
    std::deque<std::vector<Change>> dropped;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        dropped.swap(m_queue);
    }
    m_wake.notify_all();
    m_thread.join();
}

void QueuedWriterSink::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return !m_queue.empty() || m_closing; });
        if (m_queue.empty())
            return; // closing, and everything written
        std::vector<Change> batch = std::move(m_queue.front());
        m_queue.pop_front();
        const qsizetype first = m_written;
        const qsizetype size = qsizetype(batch.size());
        const bool skip = m_failedAt >= 0; // after a failure the rest is passed over
        lock.unlock();
        qsizetype failedAt = -1;
        QString error;
        for (qsizetype i = 0; i < size && !skip; ++i) {
            if (m_writer.write(std::move(batch[size_t(i)]), &error) == 0) {
                failedAt = first + i;
                if (error.isEmpty())
                    error = QCoreApplication::translate("atlas::db::SqliteStore",
                                                        "A change could not be written.");
                break;
            }
        }
        lock.lock();
        if (failedAt >= 0)
            fail(failedAt, error);
        m_written = first + size;
        // Handed back to be freed by the producer, whose thread made the rows: freeing them
        // here took 7% of this thread's time (the allocator's arena of another thread).
        m_spent.push_back(std::move(batch));
        m_wake.notify_all();
    }
}

void QueuedWriterSink::fail(qsizetype index, const QString& error)
{
    if (m_failedAt >= 0 && m_failedAt <= index)
        return; // the earliest change that failed is the one to report
    m_failedAt = index;
    m_error = error;
    m_failed.store(true, std::memory_order_release);
    m_wake.notify_all();
}

QString QueuedWriterSink::error() const
{
    std::lock_guard lock(m_mutex);
    return m_error;
}

qsizetype QueuedWriterSink::failedIndex() const
{
    std::lock_guard lock(m_mutex);
    return m_failedAt;
}

bool QueuedWriterSink::failed() const
{
    return m_failed.load(std::memory_order_acquire);
}

} // namespace atlas::db
