// SPDX-License-Identifier: GPL-3.0-or-later
// The compute-atlas binary (ATLAS_BINARY, set by tests/cli/CMakeLists.txt) run as a user
// would run it from a shell: no display, its data and settings in a folder of the test's.
#pragma once

#include <QDir>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace atlas::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// `environment` adds to (or replaces in) the test's own environment, e.g. LANG.
inline Run runAtlas(const QDir& home, const QStringList& arguments, const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the sample database of the test apart from the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ATLAS_BINARY), arguments);
    if (!process.waitForFinished(120000))
        qFatal("compute-atlas did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace atlas::test
