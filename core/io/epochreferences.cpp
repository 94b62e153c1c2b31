// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/epochplanner.h"

#include "core/domain/capacity.h"
#include "core/domain/namekey.h"
#include "core/domain/validation.h"
#include "core/geo/gazetteer.h"
#include "core/io/importorigin.h"
#include "core/io/operatorcolors.h"

namespace atlas::io::epoch {

Id EpochPlanner::pending(QHash<QString, Id>& known, const QString& key, const QString& name,
                         Row row)
{
    if (const Id id = known.value(key))
        return id;
    const Id id = m_nextPending++;
    known.insert(key, id);
    m_pendingNames.insert(id, name);
    m_pendingRows.insert(id, std::move(row));
    return id;
}

Id EpochPlanner::operatorNamed(const QString& name)
{
    if (name.isEmpty())
        return 0;
    const QString stored = normalizedName(name);
    const Operator row{0, stored, QString(),
                       Text::tr("Added by the import of Epoch AI's data-center hub.")};
    if (!validate(row).isEmpty()) {
        m_plan->notes
            << Text::tr("An owner whose name cannot be stored was left out: %1").arg(stored);
        return 0;
    }
    return pending(m_operators, nameKey(stored), stored, row);
}

Id EpochPlanner::source(const QString& title, const QString& url, const QString& publisher,
                        const QString& note)
{
    const Source row{0, title.isEmpty() ? url : title, url, publisher, QString(), note};
    if (!validate(row).isEmpty()) {
        m_plan->notes << Text::tr("A link that is not a web address was left out: %1").arg(url);
        return 0;
    }
    const QString key = url.isEmpty() ? QStringLiteral("title:") + row.title : url;
    return pending(m_sources, key, key, row);
}

qsizetype EpochPlanner::add(const Row& row, bool remove)
{
    if (!m_ok)
        return -1;
    const qsizetype index = m_sink.count();
    if (!m_sink.add(Change{remove ? Change::Kind::Remove : Change::Kind::Upsert, row})) {
        m_ok = false;
        m_plan->error = m_sink.error();
        return -1;
    }
    ++m_plan->changes;
    return index;
}

// A pending reference becomes a row of the write the first time a written row needs it.
Id EpochPlanner::materialise(Id id)
{
    if (id >= kFirstPending / 2)
        return id; // stored, none, or already a placeholder
    if (const Id placeholder = m_written.value(id))
        return placeholder;
    const Row row = m_pendingRows.value(id);
    const qsizetype index = add(row);
    if (index < 0)
        return 0;
    const Id placeholder = insertedBy(index);
    m_written.insert(id, placeholder);
    m_pendingNames.insert(placeholder, m_pendingNames.value(id));
    if (std::holds_alternative<Operator>(row))
        ++m_plan->operatorsAdded;
    else
        ++m_plan->sourcesAdded;
    return placeholder;
}

} // namespace atlas::io::epoch
