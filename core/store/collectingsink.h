// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeSinks that do not write: one keeps the changes (tests, and the stores that write a
// produced set in one go), the other only counts them (an import's preview of a large file).
#pragma once

#include "core/store/store.h"

namespace atlas {

class CollectingSink final : public ChangeSink
{
public:
    bool add(const Change& change) override
    {
        m_changes.append(change);
        return true;
    }
    QString error() const override { return {}; }
    qsizetype count() const override { return m_changes.size(); }
    const ChangeSet& changes() const { return m_changes; }
    ChangeSet take() { return std::move(m_changes); }

private:
    ChangeSet m_changes;
};

class CountingSink final : public ChangeSink
{
public:
    bool add(const Change&) override
    {
        ++m_count;
        return true;
    }
    QString error() const override { return {}; }
    qsizetype count() const override { return m_count; }

private:
    qsizetype m_count = 0;
};

} // namespace atlas
