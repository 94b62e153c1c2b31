// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commandline.h"

#include "app/cli/commands.h"
#include "core/store/storefactory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace atlas::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(atlas::cli::CommandLine)
};

QString describeCommands()
{
    QString text = Text::tr("\nCommands (no window is opened):\n");
    for (const Command& command : commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.usage, commandText(command.summary));
    return text;
}

void addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        Text::tr("Compute Atlas: maps, scenarios and charts of the AI compute build-out.\n"
                 "Without a command, opens the window on the database (by default the one "
                 "used last, or the sample database in your data folder); "
                 "compute-atlas FILE.gpkg opens that file."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      Text::tr("Open or create the database FILE instead of the sample."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("present"),
                      Text::tr("Start in presentation mode (full screen; Esc leaves).")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 Text::tr("A command to run without a window (see below)."),
                                 Text::tr("[command [arguments]]"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

} // namespace

Invocation classify(int argc, char** argv)
{
    Invocation invocation;
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--db") == 0 || std::strcmp(arg, "--db=") == 0) {
            // An empty (or missing) name is refused by the command line, not taken for the
            // sample database by the window.
            if (arg[4] == '=' || i + 1 >= argc || argv[i + 1][0] == '\0') {
                invocation.headless = true;
                return invocation;
            }
            ++i; // skip its value
            continue;
        }
        if (!std::strcmp(arg, "--help") || !std::strcmp(arg, "-h") || !std::strcmp(arg, "-?") ||
            !std::strcmp(arg, "--version") || !std::strcmp(arg, "-v") ||
            !std::strcmp(arg, "--help-all")) {
            invocation.headless = true;
            return invocation;
        }
        if (arg[0] == '-')
            continue;
        // A database file rather than a command (a file manager's "Open with"): the window.
        if (!findCommand(QString::fromLocal8Bit(arg)) && QFileInfo(QString::fromLocal8Bit(arg)).isFile())
            return invocation;
        invocation.headless = true;
        if (const Command* command = findCommand(QString::fromLocal8Bit(arg)))
            invocation.needsGui = command->needsGui;
        return invocation;
    }
    return invocation;
}

QString databaseArgument(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments);
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    // compute-atlas FILE.gpkg, as the desktop file starts it for a file.
    const QString first = parser.positionalArguments().value(0);
    return !first.isEmpty() && !findCommand(first) && QFileInfo(first).isFile() ? first : QString();
}

int runHeadless(const QStringList& arguments, StoreFactory& factory)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n'
            << Text::tr("Run compute-atlas --help for the options.") << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText() << describeCommands();
        return 0;
    }
    // --db "" is a mistake (a variable that was not set, say), not a request for the sample.
    if (parser.isSet(QStringLiteral("db")) &&
        parser.value(QStringLiteral("db")).trimmed().isEmpty()) {
        err << Text::tr("--db needs the name of a database file; leave --db out to use the sample "
                        "database.")
            << '\n';
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << Text::tr("No command given. Run compute-atlas --help for the commands.") << '\n';
        return 2;
    }
    const Command* command = findCommand(positional.first());
    if (!command) {
        err << Text::tr("Unknown command \"%1\". Run compute-atlas --help for the commands.")
                   .arg(positional.first())
            << '\n';
        return 2;
    }
    // compute-atlas COMMAND --help, whatever else is there.
    const QStringList rest = positional.mid(1);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")) ||
        rest.contains(QStringLiteral("-?"))) {
        out << commandHelp(*command);
        return 0;
    }
    Context context{factory, parser.value(QStringLiteral("db")), positional.mid(1), out, err};
    return command->run(context);
}

} // namespace atlas::cli
