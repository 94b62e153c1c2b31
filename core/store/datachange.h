// SPDX-License-Identifier: GPL-3.0-or-later
// What a write changed, so that views refresh those rows and no others: for each kind of row,
// the ids added, changed and removed — or "everything", when that cannot be known or is not
// worth listing (a file opened again, an import of thousands of rows). The document works it
// out by comparing its snapshots before and after (`between`), which also names what the
// database did along with a write (a site's phases deleted with it) and what another writer
// changed; a store told which rows changed (a team database's LISTEN/NOTIFY) can say so with
// `add()` instead.
#pragma once

#include "core/domain/dataset.h"
#include "core/store/changeset.h"

#include <QMetaType>
#include <QSet>

#include <array>

namespace atlas {

// The kinds of row, in the order of the Row variant (RowKind(row.index())).
enum class RowKind { Source, Operator, GpuModel, Site, Phase, Link, Claim, Scenario };
inline constexpr int kRowKinds = int(std::variant_size_v<Row>);

struct RowIds
{
    QSet<Id> added, changed, removed;
    bool isEmpty() const { return added.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    qsizetype size() const { return added.size() + changed.size() + removed.size(); }
    friend bool operator==(const RowIds&, const RowIds&) = default;
};

class DataChange
{
public:
    enum class How { Added, Changed, Removed };

    // Beyond this many rows a change is reported as everything: resetting a view then costs
    // less than thousands of row signals.
    static constexpr qsizetype kMaxListed = 1000;

    DataChange() = default; // nothing changed
    static DataChange everything();
    // The rows that differ between two snapshots of the data.
    static DataChange between(const Dataset& before, const Dataset& after,
                              qsizetype maxListed = kMaxListed);

    void add(RowKind kind, Id id, How how);

    bool isEverything() const { return m_everything; }
    bool isEmpty() const;
    // Whether rows of this kind may have changed (always, when everything did).
    bool touches(RowKind kind) const;
    // The ids of one kind; empty when everything changed (ask isEverything() first).
    const RowIds& ids(RowKind kind) const { return m_ids[std::size_t(kind)]; }
    qsizetype size() const;

    friend bool operator==(const DataChange&, const DataChange&) = default;

private:
    bool m_everything = false;
    std::array<RowIds, kRowKinds> m_ids;
};

} // namespace atlas

Q_DECLARE_METATYPE(atlas::DataChange)
