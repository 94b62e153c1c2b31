// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulldisk.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace atlas::test {

FullDisk::FullDisk(int kilobytes)
{
#ifdef Q_OS_UNIX
    if (geteuid() != 0) {
        m_whyNot = QStringLiteral("mounting a small tmpfs to fill needs root (CI runs as root)");
        return;
    }
#endif
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                 QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_dir.path()});
    if (!mount.waitForFinished(30000) || mount.exitStatus() != QProcess::NormalExit ||
        mount.exitCode() != 0) {
        m_whyNot = QStringLiteral("cannot mount a tmpfs here: %1")
                       .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed() +
                            mount.errorString());
        return;
    }
    m_mounted = true;
}

FullDisk::~FullDisk()
{
    if (m_mounted)
        QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
}

void FullDisk::fill(qint64 leaveBytes)
{
    QFile filler(filePath(QStringLiteral("filler")));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        qFatal("cannot create the filler");
    const QByteArray page(4096, 'x');
    while (filler.write(page) == page.size()) {
    }
    // Then byte by byte what is left of a page, if anything.
    while (filler.write("x", 1) == 1) {
    }
    if (leaveBytes > 0 && !filler.resize(std::max<qint64>(0, filler.size() - leaveBytes)))
        qFatal("cannot make room in the filler");
}

bool FullDisk::remountReadOnly()
{
    QProcess mount;
    mount.start(QStringLiteral("mount"),
                {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()});
    if (mount.waitForFinished(30000) && mount.exitStatus() == QProcess::NormalExit &&
        mount.exitCode() == 0)
        return true;
    m_whyNot = QStringLiteral("cannot remount read-only: %1")
                   .arg(QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
    return false;
}

QStringList FullDisk::entries() const
{
    return QDir(m_dir.path())
        .entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace atlas::test
