// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk for tests: a small tmpfs mounted in a temporary folder, filled on request, so
// that the next write fails with "No space left on device" as on a real full disk; or made
// read-only, as read-only media are. Mounting needs root (CI runs as root); elsewhere
// isReady() is false and whyNot() says why, for QSKIP.
#pragma once

#include <QString>
#include <QTemporaryDir>

namespace atlas::test {

class FullDisk
{
public:
    explicit FullDisk(int kilobytes = 1024);
    ~FullDisk(); // unmounts
    FullDisk(const FullDisk&) = delete;
    FullDisk& operator=(const FullDisk&) = delete;

    bool isReady() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // Takes up every byte left but `leaveBytes` (a file named "filler"), so the next write
    // fails, or the first write that needs more than was left.
    void fill(qint64 leaveBytes = 0);
    // Remounts the folder read-only, as read-only media are; false (whyNot() says why) when
    // it cannot.
    bool remountReadOnly();
    // The names in the folder, sorted: what an export left behind.
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace atlas::test
