// SPDX-License-Identifier: GPL-3.0-or-later
// What the README promises of the command line: every `compute-atlas ...` line of its
// examples runs, as it is, on a fresh copy of the sample database (in a temporary folder that
// has the repository's docs/ and resources/), and exits 0; every command answers --help.
#include "app/cli/commands.h"
#include "clirun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace atlas;

namespace {

// The README's example lines: indented code that starts with the command's name.
QStringList readmeExamples()
{
    QFile file(QStringLiteral(ATLAS_SOURCE_DIR "/README.md"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("README.md cannot be read");
    QStringList examples;
    const QRegularExpression example(QStringLiteral("^    (compute-atlas( .*)?)$"));
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (const QRegularExpressionMatch match = example.match(line); match.hasMatch())
            examples << match.captured(1);
    }
    return examples;
}

} // namespace

class TestReadme : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work; // the folder the examples run in, as a shell's current folder
    int m_run = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        // compute-atlas on the PATH is the binary built with this test.
        QVERIFY(QDir(m_work.path()).mkdir(QStringLiteral("bin")));
        QVERIFY(QFile::link(QStringLiteral(ATLAS_BINARY),
                            m_work.filePath(QStringLiteral("bin/compute-atlas"))));
        for (const char* folder : {"docs", "resources"})
            QVERIFY(QFile::link(QStringLiteral(ATLAS_SOURCE_DIR "/") + QLatin1String(folder),
                                m_work.filePath(QLatin1String(folder))));
    }

    // In the README's order, so that an import reads what the export before it wrote.
    void everyExampleRuns_data()
    {
        QTest::addColumn<QString>("line");
        const QStringList examples = readmeExamples();
        QVERIFY(examples.size() >= 10);
        for (const QString& line : examples)
            QTest::newRow(qPrintable(line.left(70))) << line;
    }
    void everyExampleRuns()
    {
        QFETCH(QString, line);
        QVERIFY2(!line.contains(QLatin1Char('[')),
                 "an example is a command to run, not a synopsis with [options]");
        // The shell reads the line (its quotes and # comments), with our binary as compute-atlas
        // and a data folder of its own: the first use copies the sample there.
        const QString data = m_work.filePath(QStringLiteral("home-%1").arg(++m_run));
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   m_work.filePath(QStringLiteral("bin:")) + env.value(QStringLiteral("PATH")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), data + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), data + QStringLiteral("/config"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        shell.setProcessEnvironment(env);
        shell.setWorkingDirectory(m_work.path());
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
        QVERIFY(shell.waitForFinished(180000));
        const QString err = QString::fromUtf8(shell.readAllStandardError());
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0,
                 qPrintable(QStringLiteral("exit %1: %2").arg(shell.exitCode()).arg(err)));
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("command");
        for (const cli::Command& command : cli::commands())
            QTest::newRow(qPrintable(command.name)) << command.name;
    }
    void everyCommandAnswersHelp()
    {
        QFETCH(QString, command);
        QTemporaryDir home;
        for (const char* help : {"--help", "-h"}) {
            const test::Run result =
                test::runAtlas(QDir(home.path()), {command, QLatin1String(help)});
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.startsWith(QStringLiteral("Usage: compute-atlas [--db FILE] ") +
                                           command),
                     qPrintable(result.out + result.err));
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestReadme)
#include "tst_readme.moc"
