// SPDX-License-Identifier: GPL-3.0-or-later
// The command line of the compute-atlas binary: with a command (check, ...) it works without
// a window or display; without one it starts the desktop app.
#pragma once

#include <QStringList>

namespace atlas {
class StoreFactory;
}

namespace atlas::cli {

struct Invocation
{
    bool headless = false; // a command, --help or --version: no window
    bool needsGui = false; // the command draws (charts, maps): needs QApplication, offscreen
};

// Looks at the raw arguments, before any application object exists, to choose which kind
// to construct.
Invocation classify(int argc, char** argv);

// Parses the arguments; for a command, runs it. Returns the exit code: 0 success, 1 failure,
// 2 wrong usage. `databaseForGui` receives the --db path (or empty) when no command is given.
int runHeadless(const QStringList& arguments, StoreFactory& factory);

// The --db value of a GUI start, or an empty string for the sample database.
QString databaseArgument(const QStringList& arguments);

} // namespace atlas::cli
