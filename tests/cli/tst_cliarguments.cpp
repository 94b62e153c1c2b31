// SPDX-License-Identifier: GPL-3.0-or-later
// How the binary reads its arguments before any window exists: which starts are headless, and
// which database a window start opens (--db, or a file as a file manager passes it).
#include "app/cli/commandline.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <string>
#include <vector>

using atlas::cli::classify;
using atlas::cli::databaseArgument;

namespace {

// argv as main() receives it, built from strings that outlive the call.
atlas::cli::Invocation classifyArguments(const QStringList& arguments)
{
    std::vector<std::string> storage{"compute-atlas"};
    for (const QString& argument : arguments)
        storage.push_back(argument.toStdString());
    std::vector<char*> argv;
    for (std::string& s : storage)
        argv.push_back(s.data());
    return classify(int(argv.size()), argv.data());
}

} // namespace

class TestCliArguments : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString existingFile(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write("x");
        return path;
    }

private Q_SLOTS:
    void noArgumentsOpensTheWindow()
    {
        const auto invocation = classifyArguments({});
        QVERIFY(!invocation.headless);
        QCOMPARE(databaseArgument({QStringLiteral("compute-atlas")}), QString());
    }

    void commandsRunHeadlessAndThoseThatDrawNeedGui()
    {
        QVERIFY(classifyArguments({QStringLiteral("check")}).headless);
        QVERIFY(!classifyArguments({QStringLiteral("check")}).needsGui);
        const auto chart = classifyArguments({QStringLiteral("--db"), QStringLiteral("x.gpkg"),
                                              QStringLiteral("export-chart"), QStringLiteral("gigawatts")});
        QVERIFY(chart.headless);
        QVERIFY(chart.needsGui);
        QVERIFY(classifyArguments({QStringLiteral("--version")}).headless);
    }

    void anUnknownWordIsAHeadlessUsageError()
    {
        // Not a file and not a command: the headless path reports it as wrong usage.
        QVERIFY(classifyArguments({QStringLiteral("no-such-command")}).headless);
        QCOMPARE(databaseArgument({QStringLiteral("compute-atlas"), QStringLiteral("no-such-command")}),
                 QString());
    }

    void aFileOpensTheWindowOnIt()
    {
        const QString file = existingFile(QStringLiteral("brief.gpkg"));
        QVERIFY(!classifyArguments({file}).headless);
        QCOMPARE(databaseArgument({QStringLiteral("compute-atlas"), file}), file);
    }

    void dbOptionWinsOverAFile()
    {
        const QString file = existingFile(QStringLiteral("other.gpkg"));
        QCOMPARE(databaseArgument({QStringLiteral("compute-atlas"), QStringLiteral("--db"),
                                   QStringLiteral("chosen.gpkg"), file}),
                 QStringLiteral("chosen.gpkg"));
    }

    void aFileNamedLikeACommandIsStillTheCommand()
    {
        // A file called "check" in the working folder must not turn the command into a window.
        const QString previous = QDir::currentPath();
        QDir::setCurrent(m_dir.path());
        existingFile(QStringLiteral("check"));
        const bool headless = classifyArguments({QStringLiteral("check")}).headless;
        const QString database = databaseArgument({QStringLiteral("compute-atlas"), QStringLiteral("check")});
        QDir::setCurrent(previous);
        QVERIFY(headless);
        QCOMPARE(database, QString());
    }
};

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
