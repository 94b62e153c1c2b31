// SPDX-License-Identifier: GPL-3.0-or-later
// Small file chores of tests: a file's bytes, writing bytes, and a hard link (a second name
// of the same file: the same device and inode).
#pragma once

#include <QByteArray>
#include <QString>

namespace atlas::test {

// The file's bytes, empty when it cannot be read.
QByteArray fileBytes(const QString& path);
// Writes (replaces) the file; a test that cannot is stopped.
void writeFileBytes(const QString& path, const QByteArray& bytes);
// Makes `link` a hard link to `target`; false where the system has none (not Unix).
bool makeHardLink(const QString& target, const QString& link);

} // namespace atlas::test
