// SPDX-License-Identifier: GPL-3.0-or-later
// The databases opened lately, newest first, kept in the settings.
#pragma once

#include <QStringList>

namespace atlas {

class RecentDatabases
{
public:
    static constexpr int kMaxEntries = 8;

    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static QString last() { return list().value(0); }
};

} // namespace atlas
